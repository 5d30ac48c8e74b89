A("263_xin_mina_hesabati_cavab_metbuat.txt", "metbuat.az", """date 2027-04-14
XİN mina təhlükəsi barədə hesabata cavab verib - Metbuat.az

METBUAT.AZ
Ana səhifə | Gündəm | Ölkə | Maliyyə | Xarici | Şou-biznes
14.04.2027 / 16:38
XİN mina təhlükəsi barədə hesabata cavab verib

Xarici İşlər Nazirliyi Brüsseldə fəaliyyət göstərən bir qrup qeyri-hökumət təşkilatının Cənubi Qafqazda mina təhlükəsi barədə yaydığı hesabata münasibət bildirib.

Metbuat.az xəbər verir ki, XİN-in mətbuat xidmətinin rəisi Aydan Vəlizadə jurnalistlərin sualını cavablandırarkən hesabatda Azərbaycanın azad olunmuş ərazilərindəki minaların sayına dair rəqəmlərin xeyli azaldıldığını deyib.

"Müəlliflər Ermənistanın otuz il ərzində basdırdığı minaların xəritələrinin hələ də tam təqdim olunmadığını görməzdən gəlirlər. Hesabatda minaların qurbanı olmuş yüzlərlə dinc sakinin adı belə çəkilmir", - deyə Aydan Vəlizadə bildirib.

Sözçünün sözlərinə görə, Azərbaycan tərəfi hesabatın müəlliflərini Ağdam və Füzuli rayonlarına səfərə dəvət edib, lakin indiyədək cavab alınmayıb. O xatırladıb ki, ötən il 40-dan çox xarici jurnalist və ekspert azad olunmuş ərazilərdə olub, ANAMA-nın təmizləmə işləri ilə yerində tanış olub.

Vəlizadə əlavə edib ki, minatəmizləmə üzrə növbəti beynəlxalq konfransın iyunda Bakıda keçirilməsi nəzərdə tutulur.

Oxşar xəbərlər
Şuşada yeni məktəb binası tikilir
© METBUAT.AZ, 2027. Məlumatdan istifadə edərkən istinad vacibdir.
""", [
 ("Aydan Vəlizadə", "PER", "mətbuat xidmətinin rəisi", "Xarici İşlər Nazirliyi", ["Aydan Vəlizadə", "Vəlizadə"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN", "Xarici İşlər Nazirliyi", "XİN-in"]),
 ("Azərbaycan Respublikasının Minalardan Təmizləmə üzrə Agentliyi", "ORG", None, None, ["ANAMA-nın"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "METBUAT.AZ"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistanın"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şuşa", "LOC", None, None, ["Şuşada"]),
], [], topics=["minatəmizləmə", "xarici siyasət"])

A("264_nagiyev_brussel_lund_trend.txt", "trend.az", """date 2027-04-15
Rövşən Nağıyev Brüsseldə: Avropa ilə enerji tərəfdaşlığına dair memorandum yenilənəcək

Avropa İttifaqının Azərbaycandan aldığı təbii qazın həcmi ötən il 14 milyard kubmetrə yaxınlaşıb. Bu həcmin daha da artırılması yolları çərşənbə axşamı Brüsseldə energetika naziri Rövşən Nağıyevin Avropa Komissiyasının energetika üzrə komissarı Henrik Lund ilə görüşündə əsas mövzu olub.

Trend-in məlumatına görə, nazirin Brüsselə səfəri bazar ertəsi başlayıb. Görüşdə tərəflər Xəzər dənizindən Avropaya uzanacaq yaşıl enerji xəttinin texniki-iqtisadi əsaslandırmasının yekunlarını da nəzərdən keçiriblər.

Tərəflər 2022-ci ildə imzalanmış strateji tərəfdaşlıq memorandumunun yenilənməsi barədə razılığa gəliblər. Yeni sənədin iyunda Bakıda nazir və komissar tərəfindən imzalanması nəzərdə tutulur. Lund həmin vaxt Azərbaycana səfər edəcəyini təsdiqləyib.

Brüsseldə Nağıyev həmçinin Avropa Parlamentinin Sənaye, tədqiqat və enerji komitəsinin sədri Klara Hofman və Belçikanın enerji naziri Matye Dekler ilə ayrı-ayrılıqda görüşüb.

Nazirin Avropa Komissiyasının sədri ilə görüşü də proqramda idi, lakin sədrin iş qrafikindəki dəyişiklik səbəbindən bu görüş baş tutmayıb.
""", [
 ("Rövşən Nağıyev", "PER", "energetika naziri", "Azərbaycan", ["Rövşən Nağıyev", "Rövşən Nağıyevin", "Nağıyev"]),
 ("Henrik Lund", "PER", "komissar", "Avropa Komissiyası", ["Henrik Lund", "Lund"]),
 ("Klara Hofman", "PER", "komitə sədri", "Avropa Parlamenti", ["Klara Hofman"]),
 ("Matye Dekler", "PER", "enerji naziri", "Belçika", ["Matye Dekler"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Sənaye, tədqiqat və enerji komitəsi", "ORG", None, None, ["Sənaye, tədqiqat və enerji komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə", "Brüsselə"]),
 ("Avropa", "LOC", None, None, ["Avropa", "Avropaya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan", "Azərbaycana"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizindən"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Belçika", "LOC", None, None, ["Belçikanın"]),
], [
 E("MEET", ["Rövşən Nağıyev", "Henrik Lund"], "Brüssel", "2027-04-13", "happened", "Bu həcmin daha da artırılması",
   ["təbii qaz", "yaşıl enerji"], date_text="çərşənbə axşamı"),
 E("VISIT", ["Rövşən Nağıyev"], "Brüssel", "2027-04-12", "happened", "nazirin Brüsselə səfəri",
   ["enerji"], date_text="bazar ertəsi"),
 E("SIGN", ["Rövşən Nağıyev", "Henrik Lund"], "Bakı", "2027-06", "planned", "Yeni sənədin iyunda",
   ["enerji tərəfdaşlığı"], date_text="iyunda"),
 E("VISIT", ["Henrik Lund"], "Azərbaycan", "2027-06", "planned", "Lund həmin vaxt",
   ["enerji tərəfdaşlığı"], date_text="həmin vaxt"),
 E("MEET", ["Rövşən Nağıyev", "Klara Hofman"], "Brüssel", None, "happened", "Brüsseldə Nağıyev həmçinin",
   ["enerji"]),
 E("MEET", ["Rövşən Nağıyev", "Matye Dekler"], "Brüssel", None, "happened", "Brüsseldə Nağıyev həmçinin",
   ["enerji"]),
 E("MEET", ["Rövşən Nağıyev", "Avropa Komissiyası"], "Brüssel", None, "negated", "Nazirin Avropa Komissiyasının sədri",
   ["enerji"]),
])

A("265_demirkol_humbetli_elesgerli_report.txt", "report.az", """date 2027-04-15
Türkiyənin ticarət naziri Bakıda: preferensial ticarət sazişinin siyahısı genişlənir

Aprelin 15-də Bakıda işgüzar səfərdə olan Türkiyə Respublikasının ticarət naziri Ayşe Demirkol əvvəlcə İqtisadiyyat Nazirliyində azərbaycanlı həmkarı Zaur Hümbətli ilə danışıqlar aparıb, günortadan sonra isə Baş nazir Nicat Ələsgərli tərəfindən qəbul olunub.

Report-un məlumatına görə, danışıqlarda preferensial ticarət sazişinə daxil olan malların siyahısının iki dəfədən çox genişləndirilməsi, Naxçıvan ilə Türkiyə arasında gömrük prosedurlarının sadələşdirilməsi müzakirə olunub. Hümbətli ötən il iki ölkə arasında ticarət dövriyyəsinin 7,8 milyard dollar təşkil etdiyini diqqətə çatdırıb.

Baş nazir qonaqla görüşdə türk şirkətlərinin işğaldan azad olunmuş ərazilərdəki bərpa layihələrində iştirakını yüksək qiymətləndirib.

Nazirlər sazişə əlavə protokolun may ayında Ankarada imzalanması barədə razılığa gəliblər. Bu məqsədlə Hümbətli mayda Türkiyə paytaxtına səfər edəcək.

Qonağın Naxçıvana səfəri də proqrama salınmışdı, lakin hava şəraiti ilə bağlı reyslər ləğv edildiyindən bu səfər baş tutmayacaq.
""", [
 ("Ayşe Demirkol", "PER", "ticarət naziri", "Türkiyə", ["Ayşe Demirkol"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Zaur Hümbətli", "Hümbətli"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", None, ["Nicat Ələsgərli"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyində"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə Respublikasının", "Türkiyə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan", "Naxçıvana"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
], [
 E("VISIT", ["Ayşe Demirkol"], "Bakı", "2027-04-15", "happened", "Aprelin 15-də Bakıda",
   ["ticarət"], date_text="Aprelin 15-də"),
 E("MEET", ["Ayşe Demirkol", "Zaur Hümbətli"], "İqtisadiyyat Nazirliyi", "2027-04-15", "happened", "Aprelin 15-də Bakıda",
   ["preferensial ticarət", "gömrük"], date_text="Aprelin 15-də"),
 E("MEET", ["Nicat Ələsgərli", "Ayşe Demirkol"], "Bakı", "2027-04-15", "happened", "Aprelin 15-də Bakıda",
   ["bərpa layihələri"], host="Nicat Ələsgərli", date_text="Aprelin 15-də"),
 E("SIGN", ["Zaur Hümbətli", "Ayşe Demirkol"], "Ankara", "2027-05", "planned", "Nazirlər sazişə əlavə protokolun",
   ["preferensial ticarət"], date_text="may ayında"),
 E("VISIT", ["Zaur Hümbətli"], "Ankara", "2027-05", "planned", "Bu məqsədlə Hümbətli",
   ["preferensial ticarət"], date_text="mayda"),
 E("VISIT", ["Ayşe Demirkol"], "Naxçıvan", None, "negated", "Qonağın Naxçıvana səfəri",
   ["ticarət"]),
])

A("266_kazimli_asqabad_orazov_apa.txt", "APA", """date 2027-04-15
Ruslan Kazımlı Aşqabadda: nazirlər məsləhətləşmələr planını imzalayıb

"Xəzər bizi ayırmır, əksinə, birləşdirir", - Türkmənistanın xarici işlər naziri Merdan Orazov azərbaycanlı həmkarı ilə danışıqlardan sonra jurnalistlərə belə deyib.

APA xəbər verir ki, xarici işlər naziri Ruslan Kazımlı çərşənbə günü Türkmənistana işgüzar səfərə yollanıb. Aşqabadda nazirlər arasında əvvəlcə təkbətək, daha sonra nümayəndə heyətlərinin iştirakı ilə danışıqlar aparılıb. Tərəflər Türkmənbaşı və Ələt limanları arasında bərə reyslərinin sıxlaşdırılmasını, türkmən qazının Azərbaycan üzərindən Avropaya nəqli imkanlarını müzakirə ediblər. Danışıqların yekununda nazirlər iki ölkənin xarici işlər nazirlikləri arasında 2027–2028-ci illər üçün məsləhətləşmələr planına imza atıblar.

Həmin gün Kazımlı Türkmənistan Prezidenti Gurbanmırat Annayev tərəfindən qəbul olunub. Dövlət başçısı qonaqdan Prezident Teymur Səlimova səmimi salamlarını çatdırmağı xahiş edib.

Nazir səfər zamanı Azərbaycanın Aşqabaddakı səfirliyinin yeni inzibati binasının açılış mərasimində də iştirak edib.

Bu gün Kazımlının Türkmənbaşı şəhərinə gedərək Türkmənbaşı Beynəlxalq Dəniz Limanı ilə tanış olması nəzərdə tutulur. Orazovun isə payızda Bakıya səfər edəcəyi açıqlanıb.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı", "Kazımlı", "Kazımlının"]),
 ("Merdan Orazov", "PER", "xarici işlər naziri", "Türkmənistan", ["Merdan Orazov", "Orazovun"]),
 ("Gurbanmırat Annayev", "PER", "Prezident", "Türkmənistan", ["Gurbanmırat Annayev"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimova"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Aşqabad", "LOC", None, None, ["Aşqabadda", "Aşqabaddakı"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın", "Türkmənistana", "Türkmənistan"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Türkmənbaşı Beynəlxalq Dəniz Limanı", "LOC", None, None, ["Türkmənbaşı Beynəlxalq Dəniz Limanı"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Aşqabad", "2027-04-14", "happened", "APA xəbər verir ki, xarici işlər",
   ["ikitərəfli əlaqələr"], date_text="çərşənbə günü"),
 E("MEET", ["Ruslan Kazımlı", "Merdan Orazov"], "Aşqabad", "2027-04-14", "happened", "Aşqabadda nazirlər arasında",
   ["bərə reysləri", "qaz nəqli"]),
 E("SIGN", ["Ruslan Kazımlı", "Merdan Orazov"], "Aşqabad", "2027-04-14", "happened", "Danışıqların yekununda nazirlər",
   ["siyasi məsləhətləşmələr"]),
 E("MEET", ["Gurbanmırat Annayev", "Ruslan Kazımlı"], "Aşqabad", "2027-04-14", "happened", "Həmin gün Kazımlı",
   ["ikitərəfli əlaqələr"], host="Gurbanmırat Annayev", date_text="Həmin gün"),
 E("ATTEND", ["Ruslan Kazımlı"], "Aşqabad", None, "happened", "Nazir səfər zamanı",
   ["diplomatik nümayəndəlik"], event_name="səfirliyin yeni inzibati binasının açılış mərasimi"),
 E("VISIT", ["Ruslan Kazımlı"], "Türkmənbaşı", "2027-04-15", "planned", "Bu gün Kazımlının",
   ["limanlar"], date_text="Bu gün"),
 E("VISIT", ["Ruslan Kazımlı"], "Türkmənbaşı Beynəlxalq Dəniz Limanı", "2027-04-15", "planned", "Bu gün Kazımlının",
   ["limanlar"], place="Türkmənbaşı Beynəlxalq Dəniz Limanı", date_text="Bu gün"),
 E("VISIT", ["Merdan Orazov"], "Bakı", None, "planned", "Orazovun isə payızda",
   ["ikitərəfli əlaqələr"], date_text="payızda"),
])

A("267_hacibeyli_budapest_komissiya_xalq_qezeti.txt", None, """date 2027-04
Azərbaycan–Macarıstan: aqrar əməkdaşlığın yeni mərhələsi

Keçən ayın sonunda, martın 29–30-da Budapeştdə Azərbaycan–Macarıstan İqtisadi Əməkdaşlıq üzrə Hökumətlərarası Komissiyasının yeddinci iclası keçirildi. Azərbaycan nümayəndə heyətinə kənd təsərrüfatı naziri Məhəmməd Hacıbəyli rəhbərlik edirdi. Heyət martın 28-də Budapeştə gəlmişdi.

İclası Hacıbəyli və Macarıstanın xarici işlər və ticarət naziri Levente Kovacs birqə apardılar. Gündəlikdə macar texnologiyası ilə Ağdamda qurulan süd-əmtəə fermasının ikinci mərhə-
ləsi, azərbaycanlı tələbələr üçün aqrar universitetlərdə təqaüd kvotasının artırılması kimi məsələlər muzakirə olundu.

İclasın ikinci günü sənədlərin imzalanması mərasimi baş tutdu. Komissiyanın protokolu həmsədrlər tərəfindən imzalandı. Baytarlıq sahəsində əməkdaşlıq haqqında memoranduma isə Azərbaycanın Qida Təhlükəsizliyi Agentliyinin sədri Kənan Rəhimli ilə Macarıstan Milli Qida Zənciri Təhlükəsizliyi Ofisinin rəhbəri Jolt Takaç imza atdılar.

Budapeştdə qonaqlar həmçinin Macarıstan Baş nazirinin müavini Andraş Fekete tərəfindən qəbul edildilər. Görüşdə Azərbaycan qazının Macarıstana nəqlinin həcminin artırılması da diqqət mərkəzində oldu.

Səfərin son günü, martın 31-də Hacıbəyli Gödöllö şəhərindəki Macar Aqrar və Həyat Elmləri Universitetinə baş çəkdi, universitetin laboratoriyaları ilə tanış ol-
du.

Komissiyanın növbəti iclası 2028-ci ildə Bakıda keçiriləcək.

Nigar SƏMƏDOVA,
«Xalq qəzeti»
""", [
 ("Məhəmməd Hacıbəyli", "PER", "kənd təsərrüfatı naziri", "Azərbaycan", ["Məhəmməd Hacıbəyli", "Hacıbəyli"]),
 ("Levente Kovacs", "PER", "xarici işlər və ticarət naziri", "Macarıstan", ["Levente Kovacs"]),
 ("Kənan Rəhimli", "PER", "sədr", "Qida Təhlükəsizliyi Agentliyi", ["Kənan Rəhimli"]),
 ("Jolt Takaç", "PER", "rəhbər", "Macarıstan Milli Qida Zənciri Təhlükəsizliyi Ofisi", ["Jolt Takaç"]),
 ("Andraş Fekete", "PER", "baş nazirin müavini", "Macarıstan", ["Andraş Fekete"]),
 ("Nigar Səmədova", "PER", None, None, ["Nigar SƏMƏDOVA"]),
 ("Qida Təhlükəsizliyi Agentliyi", "ORG", None, None, ["Qida Təhlükəsizliyi Agentliyinin"]),
 ("Macarıstan Milli Qida Zənciri Təhlükəsizliyi Ofisi", "ORG", None, None, ["Macarıstan Milli Qida Zənciri Təhlükəsizliyi Ofisinin"]),
 ("Macar Aqrar və Həyat Elmləri Universiteti", "ORG", None, None, ["Macar Aqrar və Həyat Elmləri Universitetinə"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanın", "Macarıstana"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə", "Budapeştə"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Gödöllö", "LOC", None, None, ["Gödöllö"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("MEET", ["Məhəmməd Hacıbəyli", "Levente Kovacs"], "Budapeşt", "2027-03-29", "happened", "Keçən ayın sonunda, martın",
   ["kənd təsərrüfatı", "təhsil"], date_text="martın 29–30-da",
   event_name="Azərbaycan–Macarıstan İqtisadi Əməkdaşlıq üzrə Hökumətlərarası Komissiyasının yeddinci iclası"),
 E("VISIT", ["Məhəmməd Hacıbəyli"], "Budapeşt", "2027-03-28", "happened", "Heyət martın 28-də",
   ["kənd təsərrüfatı"], date_text="martın 28-də"),
 E("SIGN", ["Məhəmməd Hacıbəyli", "Levente Kovacs"], "Budapeşt", "2027-03-30", "happened", "Komissiyanın protokolu həmsədrlər",
   ["iqtisadi əməkdaşlıq"], date_text="İclasın ikinci günü"),
 E("SIGN", ["Kənan Rəhimli", "Jolt Takaç"], "Budapeşt", "2027-03-30", "happened", "Baytarlıq sahəsində",
   ["baytarlıq"], date_text="İclasın ikinci günü"),
 E("MEET", ["Andraş Fekete", "Məhəmməd Hacıbəyli"], "Budapeşt", None, "happened", "Budapeştdə qonaqlar həmçinin",
   ["qaz nəqli"], host="Andraş Fekete"),
 E("VISIT", ["Məhəmməd Hacıbəyli"], "Macar Aqrar və Həyat Elmləri Universiteti", "2027-03-31", "happened", "Səfərin son günü, martın 31-də",
   ["aqrar təhsil"], place="Macar Aqrar və Həyat Elmləri Universiteti", date_text="martın 31-də"),
])

A("268_selimov_lindqren_ai_numayendesi_azertac.txt", "AZERTAC", """date 2027-04-16
Prezident Teymur Səlimov Avropa İttifaqının xüsusi nümayəndəsini qəbul edib

Azərbaycan ilə Ermənistan arasında sülh sazişinin mətni üzrə razılıq əldə olunduqdan sonra Avropa İttifaqı regionda kommunikasiyaların açılmasına dəstək verməyə hazır olduğunu dəfələrlə bəyan edib.

Bu gün Prezident Teymur Səlimov regiona səfəri çərçivəsində çərşənbə axşamı Bakıya gələn Avropa İttifaqının Cənubi Qafqaz və Gürcüstandakı böhran üzrə xüsusi nümayəndəsi Tomas Lindqreni qəbul edib.

AZERTAC xəbər verir ki, Prezident qonağa Ermənistanla sərhədin delimitasiyası üzrə komissiyaların işinin gedişatı barədə məlumat verib. Xüsusi nümayəndə Aİ-nin Qarabağda minatəmizləmə layihələrinə bu il əlavə 15 milyon avro ayıracağını bildirib.

Dünən Tomas Lindqren xarici işlər nazirinin müavini Nərmin Cəfərova ilə də görüşüb. Xarici İşlər Nazirliyinin məlumatına görə, görüşdə Aİ ilə Azərbaycan arasında yeni tərəfdaşlıq sazişi üzrə danışıqların gedişatı müzakirə olunub, növbəti raundun mayda Brüsseldə keçirilməsi razılaşdırılıb.

Xüsusi nümayəndə sabah İrəvana yollanacaq, bazar günü isə Tbilisiyə keçəcək. Lindqrenin Ağdama səfəri də nəzərdə tutulurdu, lakin vaxt çatışmazlığı səbəbindən proqramdan çıxarılıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Tomas Lindqren", "PER", "xüsusi nümayəndə", "Avropa İttifaqı", ["Tomas Lindqreni", "Tomas Lindqren", "Lindqrenin"]),
 ("Nərmin Cəfərova", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi", ["Nərmin Cəfərova"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının", "Avropa İttifaqı", "Aİ-nin", "Aİ"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Ermənistan", "LOC", None, None, ["Ermənistan", "Ermənistanla"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstandakı"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
 ("İrəvan", "LOC", None, None, ["İrəvana"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
], [
 E("MEET", ["Teymur Səlimov", "Tomas Lindqren"], "Bakı", "2027-04-16", "happened", "Bu gün Prezident Teymur",
   ["sülh prosesi", "minatəmizləmə"], host="Teymur Səlimov", date_text="Bu gün"),
 E("VISIT", ["Tomas Lindqren"], "Bakı", "2027-04-13", "happened", "Bu gün Prezident Teymur",
   ["sülh prosesi"], date_text="çərşənbə axşamı"),
 E("MEET", ["Nərmin Cəfərova", "Tomas Lindqren"], None, "2027-04-15", "happened", "Dünən Tomas Lindqren",
   ["tərəfdaşlıq sazişi"], date_text="Dünən"),
 E("VISIT", ["Tomas Lindqren"], "İrəvan", "2027-04-17", "planned", "Xüsusi nümayəndə sabah",
   ["sülh prosesi"], date_text="sabah"),
 E("VISIT", ["Tomas Lindqren"], "Tbilisi", "2027-04-18", "planned", "Xüsusi nümayəndə sabah",
   ["regional əməkdaşlıq"], date_text="bazar günü"),
 E("VISIT", ["Tomas Lindqren"], "Ağdam", None, "negated", "Lindqrenin Ağdama səfəri",
   ["bərpa"]),
])

A("269_musayev_pak_suni_intellekt_qafqazinfo.txt", "qafqazinfo.az", """date 2027-04-16
Azərbaycan və Koreya süni intellekt sahəsində memorandum imzalayıb - Qafqazinfo

QAFQAZİNFO
Ana səhifə · Gündəm · İKT · Sosial · Region · Foto
16 aprel 2027 15:42
İKT
Azərbaycan və Koreya süni intellekt sahəsində memorandum imzalayıb

Bu gün Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində nazir Tərlan Musayev ilə Koreya Respublikasının elm və informasiya-kommunikasiya texnologiyaları nazirinin birinci müavini Pak Cun Ho arasında görüş keçirilib.

Qafqazinfo-nun nazirliyə istinadən verdiyi məlumata görə, görüşdə dövlət xidmətlərində süni intellektin tətbiqi, kibertəhlükəsizlik üzrə mütəxəssis hazırlığı və Bakıda "ağıllı şəhər" pilot layihəsi müzakirə olunub. Qonaq Seulun rəqəmsal idarəetmə təcrübəsindən danışıb.

Görüşün sonunda iki nazirlik arasında süni intellekt sahəsində əməkdaşlığa dair anlaşma memorandumu imzalanıb. Sənədi Musayev və Pak Cun Ho imzalayıblar. Həmin gün "Azərkosmos" ilə Koreyanın "KT SAT" şirkəti arasında peyk tutumunun birgə istifadəsinə dair saziş də bağlanıb.

Pak Cun Ho aprelin 14-də Bakıya gəlib. Koreya tərəfinin dekabrda keçiriləcək Bakutel-2027 sərgisində milli pavilyonla iştirakı gözlənilir.

Oxşar xəbərlər
Musayev Tbilisidə üçtərəfli görüşdə iştirak edib
Bakıda yeni İT akademiyası açılıb
Qafqazinfo © 2027
""", [
 ("Tərlan Musayev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", ["Tərlan Musayev", "Musayev"]),
 ("Pak Cun Ho", "PER", "nazirin birinci müavini", "Koreya", ["Pak Cun Ho"]),
 ("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "ORG", None, None, ["Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində"]),
 ("Azərkosmos", "ORG", None, None, ["Azərkosmos"]),
 ("KT SAT", "ORG", None, None, ["KT SAT"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO", "Qafqazinfo-nun"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Koreya", "LOC", None, None, ["Koreya", "Koreya Respublikasının", "Koreyanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Seul", "LOC", None, None, ["Seulun"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
], [
 E("MEET", ["Tərlan Musayev", "Pak Cun Ho"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2027-04-16", "happened",
   "Bu gün Rəqəmsal İnkişaf", ["süni intellekt", "kibertəhlükəsizlik"], date_text="Bu gün"),
 E("SIGN", ["Tərlan Musayev", "Pak Cun Ho"], "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "2027-04-16", "happened",
   "Görüşün sonunda iki nazirlik", ["süni intellekt"]),
 E("SIGN", ["Azərkosmos", "KT SAT"], None, "2027-04-16", "happened", 'Həmin gün "Azərkosmos"',
   ["peyk rabitəsi"], date_text="Həmin gün"),
 E("VISIT", ["Pak Cun Ho"], "Bakı", "2027-04-14", "happened", "Pak Cun Ho aprelin 14-də",
   ["süni intellekt"], date_text="aprelin 14-də"),
])
