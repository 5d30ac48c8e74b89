A("480_kazimli_atet_bas_katibi_rozenqren_qafqazinfo.txt", "qafqazinfo.az", """date 2029-08-09
Ruslan Kazımlı ATƏT-in Baş katibini qəbul edib

Qafqazinfo.az » Siyasət
09 avqust 2029 | 16:21 | Baxış: 1 247

Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatının (ATƏT) Baş katibi Helqa Rozenqren bu gün XİN-də nazir Ruslan Kazımlı tərəfindən qəbul olunub.

Qafqazinfo-ya nazirliyin mətbuat xidmətindən bildiriblər ki, ATƏT-in rəhbəri çərşənbə axşamı Bakıya gəlib. Görüşdə təşkilatın regionda etimad tədbirlərinə dəstəyi, sərhəd idarəçiliyi və minatəmizləmə sahəsində təlim proqramları müzakirə olunub. Kazımlı dekabrda Vyanada təşkilatın xarici işlər nazirləri səviyyəsində keçiriləcək illik toplantısında iştirak edəcəyini təsdiqləyib. Toplantının gündəliyi nazirin bazar ertəsi ATƏT-ə sədrlik edən Avstriyanın xarici işlər naziri Klemens Hofştetterlə telefon danışığında da müzakirə olunmuşdu.

Rozenqren dünən parlamentdə Milli Məclis Sədrinin müavini Rauf Şirinzadə ilə də görüşmüşdü. Baş katibin sabah Ağdama səfəri gözlənilir.

Teqlər: ATƏT, XİN, Ruslan Kazımlı

Digər xəbərlər:
Gürcüstanın xarici işlər naziri gələn həftə Bakıya gəlir
Azərbaycan və Türkmənistan arasında siyasi məsləhətləşmələr oktyabrda keçiriləcək

Saytın materiallarından yalnız aktiv keçidlə istifadə oluna bilər.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Helqa Rozenqren", "PER", "baş katib", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", ["Helqa Rozenqren", "Rozenqren"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Klemens Hofştetter", "PER", "xarici işlər naziri", "Avstriya", ["Klemens Hofştetterlə"]),
 ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ORG", None, None,
  ["ATƏT-in", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatının", "ATƏT", "ATƏT-ə"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-ya"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-də", "XİN"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Vyana", "LOC", None, None, ["Vyanada"]),
 ("Avstriya", "LOC", None, None, ["Avstriyanın"]),
 ("Ağdam", "LOC", None, None, ["Ağdama"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan"]),
], [
 E("MEET", ["Ruslan Kazımlı", "Helqa Rozenqren"], "Xarici İşlər Nazirliyi", "2029-08-09", "happened", "Baş katibi Helqa Rozenqren bu gün",
   ["regional təhlükəsizlik", "sərhəd idarəçiliyi", "minatəmizləmə"], host="Ruslan Kazımlı", date_text="bu gün"),
 E("VISIT", ["Helqa Rozenqren"], "Bakı", "2029-08-07", "happened", "ATƏT-in rəhbəri çərşənbə axşamı",
   ["regional təhlükəsizlik"], date_text="çərşənbə axşamı"),
 E("ATTEND", ["Ruslan Kazımlı"], "Vyana", "2029-12", "planned", "Kazımlı dekabrda Vyanada",
   ["regional təhlükəsizlik"], date_text="dekabrda", event_name="ATƏT-in xarici işlər nazirlərinin illik toplantısı"),
 E("CALL", ["Ruslan Kazımlı", "Klemens Hofştetter"], None, "2029-08-06", "happened", "Toplantının gündəliyi nazirin",
   ["regional təhlükəsizlik"], date_text="bazar ertəsi"),
 E("MEET", ["Helqa Rozenqren", "Rauf Şirinzadə"], None, "2029-08-08", "happened", "Rozenqren dünən parlamentdə",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Helqa Rozenqren"], "Ağdam", "2029-08-10", "planned", "Baş katibin sabah Ağdama",
   ["azad olunmuş ərazilər"], date_text="sabah"),
])

A("481_selimov_vlasak_avropa_komissiyasi_report.txt", "report.az", """date 2029-09-12
Prezident Teymur Səlimov Avropa Komissiyasının komissarını qəbul edib

Sentyabrın 12-də Prezident Teymur Səlimov Avropa Komissiyasının humanitar yardım və böhranların idarə olunması üzrə komissarı Katarina Vlasakı qəbul edib.

Report-a Prezidentin mətbuat xidmətindən verilən məlumata əsasən, söhbət zamanı azad olunmuş torpaqlarda minatəmizləmə, ora köçürülən ailələrin məskunlaşması və Avropa İttifaqının bu istiqamətdə həyata keçirdiyi humanitar proqramlar müzakirə olunub. Dövlət başçısı minaların hər il dinc insanların həyatına son qoyduğunu, beynəlxalq dəstəyin isə ehtiyacın cüzi hissəsini ödədiyini deyib.

Vlasak jurnalistlərə bildirib ki, Avropa İttifaqı gələn il minatəmizləmə layihələrinə ayırdığı yardımı iki dəfə artırmağı planlaşdırır. «Minalar təkcə torpağı deyil, insanların gələcəyini də girov saxlayır», – deyə komissar qeyd edib.

Komissar çərşənbə axşamı Bakıya gəlib və həmin gün xarici işlər nazirinin müavini Kənan Yusifbəyli ilə görüşüb. Bu gün səhər isə Vlasak Minadan Təmizləmə üzrə Agentliyin (ANAMA) idarə heyətinin sədri Tofiq Soltanlı ilə bir araya gəlib. Görüşdən sonra Aİ-nin ANAMA-ya ayıracağı 12 milyon avroluq qrant barədə saziş imzalanıb. Sənədə Soltanlı və Vlasak imza atıblar.

Komissarın sabah Füzuliyə gedərək ANAMA-nın minaaxtaran komandalarının işi ilə yerində tanış olması, ardınca oradan Brüsselə qayıtması nəzərdə tutulur. Xatırladaq ki, 2021-ci ildən bəri Avropa İttifaqı ANAMA-nın layihələrinə ümumilikdə 40 milyon avrodan çox vəsait ayırıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimov"]),
 ("Katarina Vlasak", "PER", "komissar", "Avropa Komissiyası", ["Katarina Vlasakı", "Vlasak"]),
 ("Kənan Yusifbəyli", "PER", "xarici işlər nazirinin müavini", None, ["Kənan Yusifbəyli"]),
 ("Tofiq Soltanlı", "PER", "idarə heyətinin sədri", "Minadan Təmizləmə üzrə Agentlik", ["Tofiq Soltanlı", "Soltanlı"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasının"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının", "Avropa İttifaqı", "Aİ-nin"]),
 ("Minadan Təmizləmə üzrə Agentlik", "ORG", None, None, ["Minadan Təmizləmə üzrə Agentliyin", "ANAMA", "ANAMA-ya", "ANAMA-nın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Füzuli", "LOC", None, None, ["Füzuliyə"]),
 ("Brüssel", "LOC", None, None, ["Brüsselə"]),
], [
 E("MEET", ["Teymur Səlimov", "Katarina Vlasak"], None, "2029-09-12", "happened", "Sentyabrın 12-də Prezident Teymur",
   ["minatəmizləmə", "humanitar yardım", "məcburi köçkünlərin qayıdışı"], host="Teymur Səlimov",
   date_text="Sentyabrın 12-də"),
 E("VISIT", ["Katarina Vlasak"], "Bakı", "2029-09-11", "happened", "Komissar çərşənbə axşamı Bakıya",
   ["humanitar yardım"], date_text="çərşənbə axşamı"),
 E("MEET", ["Katarina Vlasak", "Kənan Yusifbəyli"], None, "2029-09-11", "happened", "Komissar çərşənbə axşamı Bakıya",
   ["humanitar yardım"], date_text="həmin gün"),
 E("MEET", ["Katarina Vlasak", "Tofiq Soltanlı"], None, "2029-09-12", "happened", "Bu gün səhər isə Vlasak",
   ["minatəmizləmə"], date_text="Bu gün"),
 E("SIGN", ["Tofiq Soltanlı", "Katarina Vlasak"], None, "2029-09-12", "happened", "Görüşdən sonra Aİ-nin ANAMA-ya",
   ["minatəmizləmə", "qrant"], date_text="Bu gün"),
 E("VISIT", ["Katarina Vlasak"], "Füzuli", "2029-09-13", "planned", "Komissarın sabah Füzuliyə",
   ["minatəmizləmə"], date_text="sabah"),
])

A("482_dadashli_nato_herbi_komitesi_brussel_apa.txt", "APA", """date 2029-09-12
Rövşən Dadaşlı NATO Hərbi Komitəsinin tərəfdaşlarla iclasında iştirak edib

Baş Qərargah rəisi general-polkovnik Rövşən Dadaşlı dünən Brüsseldə NATO Hərbi Komitəsinin tərəfdaş ölkələrin müdafiə qərargahları rəisləri ilə keçirdiyi iclasda iştirak edib.

Müdafiə Nazirliyindən APA-ya bildirilib ki, çıxışında Dadaşlı Azərbaycan Ordusunun NATO standartlarına uyğunlaşdırılması, sülhməramlı bölmələrin hazırlığı və humanitar minatəmizləmə sahəsində Alyansla əməkdaşlığın davam etdiriləcəyini vurğulayıb.

İclas çərçivəsində Dadaşlı Hərbi Komitənin sədri admiral Nils Hovde ilə təkbətək söhbət edib. Dadaşlının ABŞ-ın Avropa Komandanlığının komandanı general Brayan Koulmen ilə görüşməsi də planlaşdırılmışdı, amma amerikalı generalın təcili Vaşinqtona çağırılması ucbatından həmin görüş reallaşmayıb.

Bu gün isə Dadaşlı Monsa yollanaraq SHAPE-in – Avropada Müttəfiq Qüvvələrin Ali Baş Qərargahının rəhbərliyi ilə görüşüb.
""", [
 ("Rövşən Dadaşlı", "PER", "baş qərargah rəisi", "Azərbaycan Ordusu", ["Rövşən Dadaşlı", "Dadaşlı", "Dadaşlının"]),
 ("Nils Hovde", "PER", "sədr", "NATO Hərbi Komitəsi", ["Nils Hovde"]),
 ("Brayan Koulmen", "PER", "komandan", "ABŞ Avropa Komandanlığı", ["Brayan Koulmen"]),
 ("NATO Hərbi Komitəsi", "ORG", None, None, ["NATO Hərbi Komitəsinin", "Hərbi Komitənin"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO", "Alyansla"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyindən"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Azərbaycan Ordusu", "ORG", None, None, ["Azərbaycan Ordusunun"]),
 ("ABŞ Avropa Komandanlığı", "ORG", None, None, ["Avropa Komandanlığının"]),
 ("Avropada Müttəfiq Qüvvələrin Ali Baş Qərargahı", "ORG", None, None,
  ["SHAPE-in", "Avropada Müttəfiq Qüvvələrin Ali Baş Qərargahının"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
 ("ABŞ", "LOC", None, None, ["ABŞ-ın"]),
 ("Vaşinqton", "LOC", None, None, ["Vaşinqtona"]),
 ("Mons", "LOC", None, None, ["Monsa"]),
], [
 E("ATTEND", ["Rövşən Dadaşlı"], "Brüssel", "2029-09-11", "happened", "general-polkovnik Rövşən Dadaşlı dünən Brüsseldə",
   ["hərbi əməkdaşlıq", "sülhməramlı fəaliyyət", "minatəmizləmə"], date_text="dünən",
   event_name="NATO Hərbi Komitəsinin tərəfdaş ölkələrlə iclası"),
 E("MEET", ["Rövşən Dadaşlı", "Nils Hovde"], "Brüssel", "2029-09-11", "happened", "İclas çərçivəsində Dadaşlı",
   ["hərbi əməkdaşlıq"]),
 E("MEET", ["Rövşən Dadaşlı", "Brayan Koulmen"], "Brüssel", None, "negated", "Dadaşlının ABŞ-ın Avropa",
   ["hərbi əməkdaşlıq"]),
 E("VISIT", ["Rövşən Dadaşlı"], "Mons", "2029-09-12", "happened", "Bu gün isə Dadaşlı Monsa",
   ["hərbi əməkdaşlıq"], date_text="Bu gün"),
 E("MEET", ["Rövşən Dadaşlı", "Avropada Müttəfiq Qüvvələrin Ali Baş Qərargahı"], "Mons", "2029-09-12", "happened",
   "Bu gün isə Dadaşlı Monsa", ["hərbi əməkdaşlıq"], date_text="Bu gün"),
])

A("483_dunya_banki_eyvazli_pese_tehsili_trend.txt", "trend.az", """date 2029-10-02
Dünya Bankı peşə təhsilinin modernləşdirilməsinə 80 milyon dollar ayıracaq

Dünya Bankının Cənubi Qafqaz üzrə regional direktoru Mariya Konstantinesku dünən elm və təhsil naziri Təranə Eyvazlı ilə görüşüb.

Trend-ə nazirlikdən bildirilib ki, söhbətin əsas mövzusu peşə təhsili müəssisələrinin əmək bazarının tələblərinə uyğunlaşdırılmasına yönələn yeni layihə olub. Eyvazlı son üç ildə peşə məktəblərinə qəbulun iki dəfədən çox artdığını, lakin bir çox ixtisaslar üzrə müasir avadanlığın çatışmadığını qeyd edib.

Görüşdən sonra Konstantinesku Sumqayıt Dövlət Peşə Təhsil Mərkəzinə baş çəkib, qaynaq və mexatronika emalatxanalarını gəzib.

Layihə üzrə 80 milyon dollarlıq kredit sazişinin noyabrda Maliyyə Nazirliyi ilə Dünya Bankı arasında imzalanması nəzərdə tutulur. Regional direktorun cümə axşamı Gəncəyə gedəcəyi də bildirilir.
""", [
 ("Mariya Konstantinesku", "PER", "regional direktor", "Dünya Bankı", ["Mariya Konstantinesku", "Konstantinesku"]),
 ("Təranə Eyvazlı", "PER", "elm və təhsil naziri", None, ["Təranə Eyvazlı", "Eyvazlı"]),
 ("Dünya Bankı", "ORG", None, None, ["Dünya Bankı", "Dünya Bankının"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Sumqayıt Dövlət Peşə Təhsil Mərkəzi", "ORG", None, None, ["Sumqayıt Dövlət Peşə Təhsil Mərkəzinə"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyi"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("MEET", ["Mariya Konstantinesku", "Təranə Eyvazlı"], None, "2029-10-01", "happened", "regional direktoru Mariya Konstantinesku dünən",
   ["peşə təhsili"], date_text="dünən"),
 E("VISIT", ["Mariya Konstantinesku"], "Sumqayıt Dövlət Peşə Təhsil Mərkəzi", "2029-10-01", "happened",
   "Görüşdən sonra Konstantinesku", ["peşə təhsili"], place="Sumqayıt Dövlət Peşə Təhsil Mərkəzi", date_text="dünən"),
 E("SIGN", ["Maliyyə Nazirliyi", "Dünya Bankı"], None, "2029-11", "planned", "Layihə üzrə 80 milyon",
   ["peşə təhsili", "kredit"], date_text="noyabrda"),
 E("VISIT", ["Mariya Konstantinesku"], "Gəncə", "2029-10-04", "planned", "Regional direktorun cümə axşamı",
   ["peşə təhsili"], date_text="cümə axşamı"),
])

A("484_kazimli_seul_ryu_sonmin_azertac.txt", "AZERTAC", """date 2029-10-02
Ruslan Kazımlı Seulda koreyalı həmkarı ilə danışıqlar aparıb

Seul, 2 oktyabr, AZƏRTAC

Koreya Respublikasında rəsmi səfərdə olan Azərbaycan XİN-in rəhbəri Ruslan Kazımlı bu gün koreyalı həmkarı Ryu Sonmin ilə danışıqlar aparıb. Azərbaycan nazirinin Seula bazar günü axşam gəldiyi bildirilir.

Əvvəlcə baş-başa, sonra nümayəndə heyətlərinin iştirakı ilə keçən danışıqlarda ticarət, bərpa olunan enerji, təhsil və mədəni əlaqələr müzakirə olunub. Ryu Sonmin Azərbaycanı Koreya şirkətləri üçün Xəzər hövzəsinə və Mərkəzi Asiyaya açılan qapı kimi dəyərləndirib.

Danışıqların yekununda nazirlər diplomatik və xidməti pasport sahiblərinin vizadan azad edilməsi haqqında sazişi imzalayıblar. Koreya tərəfinin məlumatına görə, ötən il iki ölkə arasında ticarət dövriyyəsi 310 milyon dollar təşkil edib, bunun böyük hissəsi avtomobil və elektronika idxalının payına düşüb.

Dünən səhər Kazımlı Koreya Ticarət-Sənaye Palatasında enerji, gəmiqayırma və informasiya texnologiyaları şirkətlərinin rəhbərləri ilə görüşərək onları Ələt azad iqtisadi zonasında layihələrə dəvət edib.

Dünən Seul Milli Universitetində Azərbaycan mədəniyyəti günləri açılıb; mərasimdə söz alan Kazımlı sonra tələbələr qarşısında ölkəmizin xarici siyasəti barədə mühazirə oxuyub. Günlər çərçivəsində universitetin kitabxanasında Azərbaycan ədəbiyyatının koreya dilinə tərcümələrindən ibarət sərgi açılıb, muğam ifaçılarının konserti təşkil olunub.

Sabah nazir Busana gedəcək, burada Busan Liman İdarəsinin rəhbərliyi ilə görüşəcək. Qeyd edək ki, Ryu Sonmin ötən ilin dekabrında Bakıya səfər etmişdi.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Ryu Sonmin", "PER", "xarici işlər naziri", "Cənubi Koreya", ["Ryu Sonmin"]),
 ("AZERTAC", "ORG", None, None, ["AZƏRTAC"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Azərbaycan XİN-in"]),
 ("Seul Milli Universiteti", "ORG", None, None, ["Seul Milli Universitetində"]),
 ("Koreya Ticarət-Sənaye Palatası", "ORG", None, None, ["Koreya Ticarət-Sənaye Palatasında"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Busan Liman İdarəsi", "ORG", None, None, ["Busan Liman İdarəsinin"]),
 ("Seul", "LOC", None, None, ["Seulda", "Seul", "Seula"]),
 ("Cənubi Koreya", "LOC", None, None, ["Koreya Respublikasında", "Koreya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanı"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyaya"]),
 ("Busan", "LOC", None, None, ["Busana"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Seul", "2029-09-30", "happened", "Koreya Respublikasında rəsmi səfərdə olan",
   ["ikitərəfli əlaqələr"], date_text="bazar günü axşam"),
 E("MEET", ["Ruslan Kazımlı", "Ryu Sonmin"], "Seul", "2029-10-02", "happened", "Koreya Respublikasında rəsmi səfərdə olan",
   ["ticarət", "bərpa olunan enerji", "təhsil", "mədəniyyət"], date_text="bu gün"),
 E("SIGN", ["Ruslan Kazımlı", "Ryu Sonmin"], "Seul", "2029-10-02", "happened", "Danışıqların yekununda nazirlər",
   ["vizaların ləğvi"], date_text="bu gün"),
 E("ATTEND", ["Ruslan Kazımlı"], "Seul Milli Universiteti", "2029-10-01", "happened", "Dünən Seul Milli Universitetində",
   ["mədəniyyət", "xarici siyasət"], date_text="Dünən", event_name="Azərbaycan mədəniyyəti günlərinin açılışı"),
 E("VISIT", ["Ruslan Kazımlı"], "Busan", "2029-10-03", "planned", "Sabah nazir Busana",
   ["nəqliyyat"], date_text="Sabah"),
 E("MEET", ["Ruslan Kazımlı", "Busan Liman İdarəsi"], "Busan", "2029-10-03", "planned", "Sabah nazir Busana",
   ["nəqliyyat", "liman əməkdaşlığı"], date_text="Sabah"),
 E("VISIT", ["Ryu Sonmin"], "Bakı", "2028-12", "happened", "Qeyd edək ki, Ryu Sonmin",
   ["ikitərəfli əlaqələr"], date_text="ötən ilin dekabrında"),
])

A("485_shirinzade_undp_okonkvo_oxu.txt", "oxu.az", """date 2029-10-17
Rauf Şirinzadə BMT İnkişaf Proqramının rezident nümayəndəsi ilə görüşüb

Siyasət | 17 oktyabr 2029, 15:48

Sədr müavini Rauf Şirinzadə bu gün Milli Məclisdə BMT-nin İnkişaf Proqramının (UNDP) Azərbaycandakı rezident nümayəndəsi Adeola Okonkvo ilə görüşüb.

Oxu.az-a parlamentin mətbuat xidmətindən bildirilib ki, görüşdə "yaşıl" iqtisadiyyata keçidlə bağlı qanunvericilik, bərpa olunan enerji mənbələrinin təşviqi və parlamentin analitik potensialının gücləndirilməsi məsələləri müzakirə olunub.

Okonkvo bildirib ki, ötən ay Nyu-Yorkda UNDP-nin administratoru Aşok Raqavan ilə XİN başçısı Ruslan Kazımlı arasında keçirilən görüşdə 2030–2034-cü illər üçün yeni ölkə proqramının əsas istiqamətləri razılaşdırılıb.

Tərəflər gələn həftə Ağdamda UNDP-nin dəstəyi ilə yaradılan biznes inkubatorunun açılışında birlikdə iştirak etmək barədə razılığa gəliblər.

Oxu.az-ı sosial şəbəkələrdə izləyin

Son xəbərlər
Parlamentin payız sessiyasında qırxdan çox qanun layihəsinə baxılacaq
Bakıda Xəzəryanı ölkələrin ekoloqlarının forumu başa çatıb

© 2029 Oxu.az
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Adeola Okonkvo", "PER", "rezident nümayəndə", "BMT-nin İnkişaf Proqramı", ["Adeola Okonkvo", "Okonkvo"]),
 ("Aşok Raqavan", "PER", "administrator", "BMT-nin İnkişaf Proqramı", ["Aşok Raqavan"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı"]),
 ("BMT-nin İnkişaf Proqramı", "ORG", None, None, ["BMT İnkişaf Proqramının", "BMT-nin İnkişaf Proqramının", "UNDP", "UNDP-nin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a", "Oxu.az-ı", "Oxu.az"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorkda"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("MEET", ["Rauf Şirinzadə", "Adeola Okonkvo"], "Milli Məclis", "2029-10-17", "happened", "Sədr müavini Rauf Şirinzadə bu gün",
   ["yaşıl iqtisadiyyat", "bərpa olunan enerji", "qanunvericilik"], date_text="bu gün"),
 E("MEET", ["Aşok Raqavan", "Ruslan Kazımlı"], "Nyu-York", "2029-09", "happened", "Okonkvo bildirib ki",
   ["inkişaf əməkdaşlığı"], date_text="ötən ay"),
 E("ATTEND", ["Rauf Şirinzadə", "Adeola Okonkvo"], "Ağdam", "2029-10", "planned", "Tərəflər gələn həftə Ağdamda",
   ["azad olunmuş ərazilər", "sahibkarlıq"], date_text="gələn həftə", event_name="biznes inkubatorunun açılışı"),
])

A("486_bunyadzade_qirgizistan_secki_musahide_apa.txt", "APA", """date 2029-10-17
Azərbaycan deputatları Qırğızıstanda parlament seçkilərini müşahidə edəcək

Milli Məclisin deputatları Şəhla Bünyadzadə, Elşən Nadirli və Kamil Zöhrabbəyli bazar günü Qırğızıstanda keçiriləcək Jogorku Keneş seçkilərini MDB Parlamentlərarası Assambleyasının müşahidə missiyasının tərkibində izləyəcəklər. APA xəbər verir ki, qrupa Bünyadzadə rəhbərlik edir.

Deputatlar dünən Bişkekə yollanıblar. Bu gün Bişkekdə onlar missiyanın digər üzvləri ilə birlikdə Qırğızıstan Mərkəzi Seçki və Referendum Komissiyasının sədri Nurjan Satıbaldiyeva ilə görüşüblər. Satıbaldiyeva qonaqlara seçici siyahılarına 3,9 milyon nəfərin daxil edildiyini, ilk dəfə olaraq elektron səsvermə qutularından istifadə olunacağını bildirib.

Seçki günü Bünyadzadə və Nadirli Bişkekdəki məntəqələrdə müşahidə aparacaq, Zöhrabbəyli isə Oşa gedəcək. Nadirlinin Cəlalabad vilayətinə də getməsi nəzərdə tutulurdu, lakin missiya rəhbərliyi müşahidəçilərin azlığı səbəbindən bu marşrutu ləğv edib.
""", [
 ("Şəhla Bünyadzadə", "PER", "deputat", "Milli Məclis", ["Şəhla Bünyadzadə", "Bünyadzadə"]),
 ("Elşən Nadirli", "PER", "deputat", "Milli Məclis", ["Elşən Nadirli", "Nadirli", "Nadirlinin"]),
 ("Kamil Zöhrabbəyli", "PER", "deputat", "Milli Məclis", ["Kamil Zöhrabbəyli", "Zöhrabbəyli"]),
 ("Nurjan Satıbaldiyeva", "PER", "sədr", "Qırğızıstan Mərkəzi Seçki və Referendum Komissiyası",
  ["Nurjan Satıbaldiyeva", "Satıbaldiyeva"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneş"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None, ["MDB Parlamentlərarası Assambleyasının"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Qırğızıstan Mərkəzi Seçki və Referendum Komissiyası", "ORG", None, None,
  ["Qırğızıstan Mərkəzi Seçki və Referendum Komissiyasının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanda"]),
 ("Bişkek", "LOC", None, None, ["Bişkekə", "Bişkekdə", "Bişkekdəki"]),
 ("Oş", "LOC", None, None, ["Oşa"]),
 ("Cəlalabad", "LOC", None, None, ["Cəlalabad"]),
], [
 E("VISIT", ["Şəhla Bünyadzadə"], "Bişkek", "2029-10-16", "happened", "Deputatlar dünən Bişkekə",
   ["seçki müşahidəsi"], date_text="dünən"),
 E("MEET", ["Şəhla Bünyadzadə", "Nurjan Satıbaldiyeva"], "Bişkek", "2029-10-17", "happened", "Bu gün Bişkekdə onlar",
   ["seçki müşahidəsi", "elektron səsvermə"], date_text="Bu gün"),
 E("VISIT", ["Kamil Zöhrabbəyli"], "Oş", "2029-10-21", "planned", "Seçki günü Bünyadzadə",
   ["seçki müşahidəsi"], date_text="Seçki günü"),
 E("VISIT", ["Elşən Nadirli"], "Cəlalabad", None, "negated", "Nadirlinin Cəlalabad vilayətinə",
   ["seçki müşahidəsi"]),
])

A("487_olsen_qizil_aypara_abishov_report.txt", "report.az", """date 2029-11-06
Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyasının regional direktoru Bakıda səfərdədir

Beynəlxalq Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyasının Avropa üzrə regional direktoru Birgitte Olsen bazar günü Bakıya gəlib.

Report-un məlumatına görə, bu gün qonaq fövqəladə hallar naziri Kamal Abışov tərəfindən qəbul olunub. Görüşdə fəlakət risklərinin azaldılması, zəlzələ və sel zamanı könüllülərin səfərbər edilməsi məsələləri müzakirə edilib.

Daha sonra Azərbaycan Qızıl Aypara Cəmiyyətinin ofisində Federasiya ilə Cəmiyyət arasında ilk tibbi yardım üzrə təlimlərin genişləndirilməsinə dair saziş imzalanıb. Sazişi Olsen və Cəmiyyətin prezidenti Nəsrin Dilbazi imzalayıblar.

Sabah Olsen ilə Dilbazinin Beyləqana gedərək ötən ayın daşqınından zərər çəkmiş ailələrə yardımın paylanmasını izləməsi planlaşdırılır.
""", [
 ("Birgitte Olsen", "PER", "regional direktor", "Beynəlxalq Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyası",
  ["Birgitte Olsen", "Olsen"]),
 ("Kamal Abışov", "PER", "fövqəladə hallar naziri", None, ["Kamal Abışov"]),
 ("Nəsrin Dilbazi", "PER", "prezident", "Azərbaycan Qızıl Aypara Cəmiyyəti", ["Nəsrin Dilbazi", "Dilbazinin"]),
 ("Beynəlxalq Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyası", "ORG", None, None,
  ["Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyasının",
   "Beynəlxalq Qızıl Xaç və Qızıl Aypara Cəmiyyətləri Federasiyasının", "Federasiya"]),
 ("Azərbaycan Qızıl Aypara Cəmiyyəti", "ORG", None, None, ["Azərbaycan Qızıl Aypara Cəmiyyətinin", "Cəmiyyət", "Cəmiyyətin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Beyləqan", "LOC", None, None, ["Beyləqana"]),
], [
 E("VISIT", ["Birgitte Olsen"], "Bakı", "2029-11-04", "happened", "Birgitte Olsen bazar günü Bakıya",
   ["humanitar yardım", "fəlakət risklərinin azaldılması"], date_text="bazar günü"),
 E("MEET", ["Kamal Abışov", "Birgitte Olsen"], None, "2029-11-06", "happened", "bu gün qonaq fövqəladə hallar",
   ["fəlakət risklərinin azaldılması", "könüllülük"], host="Kamal Abışov", date_text="bu gün"),
 E("SIGN", ["Birgitte Olsen", "Nəsrin Dilbazi"], "Azərbaycan Qızıl Aypara Cəmiyyəti", "2029-11-06", "happened",
   "Daha sonra Azərbaycan Qızıl Aypara", ["ilk tibbi yardım"], date_text="bu gün"),
 E("VISIT", ["Birgitte Olsen", "Nəsrin Dilbazi"], "Beyləqan", "2029-11-07", "planned", "Sabah Olsen ilə Dilbazinin",
   ["humanitar yardım", "daşqın"], date_text="Sabah"),
])

A("488_mursalli_rezavi_astara_serhed_trend.txt", "trend.az", """date 2029-11-06
Azərbaycan və İran sərhəd xidmətlərinin rəhbərləri Astarada görüşüb

Dövlət Sərhəd Xidmətinin rəisi general-polkovnik Elçin Mürsəlli ilə İranın Sərhəd Mühafizəsi Komandanlığının komandanı briqada generalı Məhəmməd Rəzavi arasında görüş dünən Astara gömrük-keçid məntəqəsində keçirilib.

Trend-in DSX-yə istinadən verdiyi xəbərə görə, tərəflər Astaraçayın sahillərinin bərkidilməsi, narkotik vasitələrin qaçaqmalçılığına qarşı birgə əməliyyatlar və sərhəd nümayəndələrinin müntəzəm görüşləri məsələlərini müzakirə ediblər. Görüşün sonunda iki qurum arasında protokol imzalanıb; sənədi Mürsəlli və Rəzavi imzalayıblar.

Bazar günü Astaraya gələn Mürsəlli sərhəd dəstəsinin şəxsi heyəti ilə də görüşüb, yeni inşa olunmuş sərhəd zastavasının açılışında iştirak edib.

Tərəflər növbəti görüşü gələn ilin yazında Ərdəbildə keçirməyi razılaşdırıblar.
""", [
 ("Elçin Mürsəlli", "PER", "rəis", "Dövlət Sərhəd Xidməti", ["Elçin Mürsəlli", "Mürsəlli"]),
 ("Məhəmməd Rəzavi", "PER", "komandan", "İran Sərhəd Mühafizəsi Komandanlığı", ["Məhəmməd Rəzavi", "Rəzavi"]),
 ("Dövlət Sərhəd Xidməti", "ORG", None, None, ["Dövlət Sərhəd Xidmətinin", "DSX-yə"]),
 ("İran Sərhəd Mühafizəsi Komandanlığı", "ORG", None, None, ["Sərhəd Mühafizəsi Komandanlığının"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İran", "LOC", None, None, ["İran", "İranın"]),
 ("Astara", "LOC", None, None, ["Astarada", "Astara", "Astaraya"]),
 ("Astaraçay", "LOC", None, None, ["Astaraçayın"]),
 ("Ərdəbil", "LOC", None, None, ["Ərdəbildə"]),
], [
 E("MEET", ["Elçin Mürsəlli", "Məhəmməd Rəzavi"], "Astara", "2029-11-05", "happened", "Dövlət Sərhəd Xidmətinin rəisi",
   ["sərhəd təhlükəsizliyi", "narkotik qaçaqmalçılığı"], date_text="dünən"),
 E("SIGN", ["Elçin Mürsəlli", "Məhəmməd Rəzavi"], "Astara", "2029-11-05", "happened", "Görüşün sonunda iki qurum",
   ["sərhəd təhlükəsizliyi"], date_text="dünən"),
 E("VISIT", ["Elçin Mürsəlli"], "Astara", "2029-11-04", "happened", "Bazar günü Astaraya gələn",
   ["sərhəd təhlükəsizliyi"], date_text="Bazar günü"),
 E("ATTEND", ["Elçin Mürsəlli"], "Astara", None, "happened", "Bazar günü Astaraya gələn",
   ["sərhəd infrastrukturu"], event_name="sərhəd zastavasının açılışı"),
 E("MEET", ["Elçin Mürsəlli", "Məhəmməd Rəzavi"], "Ərdəbil", None, "planned", "Tərəflər növbəti görüşü",
   ["sərhəd təhlükəsizliyi"], date_text="gələn ilin yazında"),
])

A("489_qurbanzade_berlin_islam_incesenet_muzeyi_metbuat.txt", "metbuat.az", """date 2029-11-16
Səfir Berlindəki İslam İncəsənəti Muzeyində Azərbaycan xalçaları kolleksiyası ilə tanış olub

METBUAT.AZ
Mədəniyyət | 16.11.2029 | 10:14 | Oxunub: 512

Azərbaycanın Almaniyadakı səfiri Nailə Qurbanzadə dünən Berlindəki İslam İncəsənəti Muzeyində olub. Muzeyin direktoru Yohannes Falkenhayn qonağı qarşılayaraq ona kolleksiyada saxlanılan XVII–XIX əsrlərə aid Qarabağ və Quba xalçalarını göstərib.

Səfirliyin mətbuat xidməti Metbuat.az-a bildirib ki, tərəflər 2030-cu ildə muzeydə Azərbaycan xalçaçılıq sənətinə həsr olunmuş sərginin təşkili imkanlarını da nəzərdən keçiriblər.

Şənbə günü Qurbanzadənin Berlinin Şarlottenburq rayonundakı Şiller Gimnaziyasında Azərbaycan gününə qatılacağı, şagirdlər üçün ölkəmiz haqqında təqdimat keçirəcəyi gözlənilir.

Xatırladaq ki, səfir oktyabrda Bundestaqın Cənubi Qafqaz ölkələri ilə parlament qrupunun sədri Markus Engelhardt ilə görüşmüşdü.

Teqlər: Almaniya, səfirlik, xalça

Son xəbərlər
Şuşada "Xarıbülbül" festivalının proqramı açıqlanıb
Bakıda beynəlxalq kitab sərgisi başa çatıb
""", [
 ("Nailə Qurbanzadə", "PER", "səfir", "Azərbaycan", ["Nailə Qurbanzadə", "Qurbanzadənin"]),
 ("Yohannes Falkenhayn", "PER", "direktor", "İslam İncəsənəti Muzeyi", ["Yohannes Falkenhayn"]),
 ("Markus Engelhardt", "PER", "parlament qrupunun sədri", "Almaniya Bundestaqı", ["Markus Engelhardt"]),
 ("İslam İncəsənəti Muzeyi", "ORG", None, None, ["İslam İncəsənəti Muzeyində"]),
 ("Şiller Gimnaziyası", "ORG", None, None, ["Şiller Gimnaziyasında"]),
 ("Almaniya Bundestaqı", "ORG", None, None, ["Bundestaqın"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-a"]),
 ("Berlin", "LOC", None, None, ["Berlindəki", "Berlinin"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Almaniya", "LOC", None, None, ["Almaniyadakı", "Almaniya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Şarlottenburq", "LOC", None, None, ["Şarlottenburq"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Şuşa", "LOC", None, None, ["Şuşada"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Nailə Qurbanzadə"], "İslam İncəsənəti Muzeyi", "2029-11-15", "happened", "Azərbaycanın Almaniyadakı səfiri",
   ["mədəni irs", "xalçaçılıq"], place="İslam İncəsənəti Muzeyi", date_text="dünən"),
 E("MEET", ["Yohannes Falkenhayn", "Nailə Qurbanzadə"], "İslam İncəsənəti Muzeyi", "2029-11-15", "happened",
   "Muzeyin direktoru Yohannes Falkenhayn", ["mədəni irs", "xalçaçılıq"], host="Yohannes Falkenhayn", date_text="dünən"),
 E("ATTEND", ["Nailə Qurbanzadə"], "Şiller Gimnaziyası", "2029-11-17", "planned", "Şənbə günü Qurbanzadənin",
   ["mədəniyyət", "təhsil"], date_text="Şənbə günü", event_name="Azərbaycan günü"),
 E("MEET", ["Nailə Qurbanzadə", "Markus Engelhardt"], None, "2029-10", "happened", "səfir oktyabrda Bundestaqın",
   ["parlamentlərarası əlaqələr"], date_text="oktyabrda"),
])
