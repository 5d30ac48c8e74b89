A("286_hesenbeyova_yaponiya_sefiri_apa.txt", "APA", """date 2027-01-19
Ləman Həsənbəyova Yaponiyanın yeni səfirini qəbul edib

Parlamentin Sədri Ləman Həsənbəyova bu gün Yaponiyanın ölkəmizdəki fövqəladə və səlahiyyətli səfiri Hiroşi Tanabeni qəbul edib.

APA-nın parlamentin mətbuat xidmətinə istinadla yaydığı məlumata görə, ötən ilin noyabrında Bakıda diplomatik fəaliyyətə başlamış səfiri təbrik edən Sədr iki ölkə arasında qanunverici orqanlar səviyyəsində qarşılıqlı səfərlərin son illərdə ənənəyə çevrildiyini xatırladıb. Ləman Həsənbəyova Yaponiya hökumətinin işğaldan azad olunmuş torpaqlarda minatəmizləmə işlərinə ayırdığı qrantı yüksək qiymətləndirib, Tokiodakı texniki universitetlərlə tələbə mübadiləsinin genişləndirilməsini təklif edib.

Tanabe öz növbəsində bildirib ki, Yaponiya Parlamentinin Nümayəndələr Palatasının nümayəndə heyətinin aprel ayında Azərbaycana gəlməsi planlaşdırılır. Diplomatın sözlərinə görə, yapon parlamentarilərinin proqramına Şuşaya səfər də daxil ediləcək.

Səfir dünən Milli Məclisdə Azərbaycan–Yaponiya işçi qrupuna rəhbərlik edən deputat Səbinə Hüseynli ilə də görüşmüşdü. Hüseynlinin başçılıq edəcəyi deputat qrupunun gələn ay Tokioya yollanacağı, orada yapon parlamentindəki dostluq liqasının üzvləri ilə görüşəcəyi bildirilib.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Hiroşi Tanabe", "PER", "səfir", "Yaponiya", ["Hiroşi Tanabeni", "Tanabe"]),
 ("Səbinə Hüseynli", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Səbinə Hüseynli", "Hüseynlinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Yaponiya Parlamentinin Nümayəndələr Palatası", "ORG", None, None, ["Yaponiya Parlamentinin Nümayəndələr Palatasının"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyanın", "Yaponiya"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Tokio", "LOC", None, None, ["Tokiodakı", "Tokioya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Hiroşi Tanabe"], None, "2027-01-19", "happened", "Parlamentin Sədri Ləman Həsənbəyova bu gün",
   ["parlamentlərarası əlaqələr", "minatəmizləmə", "təhsil"], host="Ləman Həsənbəyova", date_text="bu gün"),
 E("VISIT", ["Yaponiya Parlamentinin Nümayəndələr Palatası"], "Azərbaycan", "2027-04", "planned", "Tanabe öz növbəsində",
   ["parlamentlərarası əlaqələr"], date_text="aprel ayında"),
 E("VISIT", ["Yaponiya Parlamentinin Nümayəndələr Palatası"], "Şuşa", "2027-04", "planned", "Diplomatın sözlərinə görə",
   ["parlamentlərarası əlaqələr", "azad olunmuş ərazilər"], date_text="aprel ayında"),
 E("MEET", ["Hiroşi Tanabe", "Səbinə Hüseynli"], None, "2027-01-18", "happened", "Səfir dünən Milli Məclisdə",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Səbinə Hüseynli"], "Tokio", "2027-02", "planned", "Hüseynlinin başçılıq edəcəyi",
   ["parlamentlərarası əlaqələr"], date_text="gələn ay"),
])

A("287_shirinzade_qazaxistan_meclisi_report.txt", "report.az", """date 2027-02-10
Rauf Şirinzadə Qazaxıstan Məclisinin nümayəndə heyətini qəbul edib

İşgüzar səfərlə Bakıda olan Qazaxıstan Parlamenti Məclisinin nümayəndə heyəti bu gün Milli Məclisin Sədr müavini Rauf Şirinzadə tərəfindən qəbul olunub.

Report-a daxil olan məlumata əsasən, heyət Məclisin Beynəlxalq işlər, müdafiə və təhlükəsizlik komitəsinin üzvlərindən və aparatın əməkdaşlarından ibarətdir. Qonaqlar Azərbaycana bazar ertəsi gəliblər.

Görüşdə Rauf Şirinzadə iki parlament arasında təcrübə mübadiləsinin sistemli xarakter aldığını vurğulayıb, Aktau ilə Ələtdəki yeni liman arasında yük axınının keçən il xeyli artdığını xüsusi qeyd edib. Qonaqlar isə Xəzər dənizinin dayazlaşmasına dair birgə elmi monitorinqin aparılmasını təklif ediblər.

Günortadan sonra heyət üzvləri Milli Məclisin plenar iclasına qatılıblar. İclası aparan Sədrin birinci müavini Fuad Qaraxanlı zalda əyləşən qazaxıstanlı həmkarlarını deputatlar adından salamlayıb.

Qonaqların Regional məsələlər komitəsinin sədri Nazim Qurbanlı ilə görüşməsi də planda var idi, ancaq komitə sədri xəstələndiyi üçün həmin görüş reallaşmayıb. Sabah nümayəndə heyəti Şuşaya gedəcək, cümə günü isə Ağdamda bərpa olunmuş Cümə məscidini ziyarət edəcək.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı"]),
 ("Nazim Qurbanlı", "PER", "komitə sədri", "Milli Məclis", ["Nazim Qurbanlı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Qazaxıstan Məclisinin", "Qazaxıstan Parlamenti Məclisinin", "Məclisin"]),
 ("Beynəlxalq işlər, müdafiə və təhlükəsizlik komitəsi", "ORG", None, None, ["Beynəlxalq işlər, müdafiə və təhlükəsizlik komitəsinin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Ələt", "LOC", None, None, ["Ələtdəki"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizinin"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Cümə məscidini"]),
], [
 E("VISIT", ["Qazaxıstan Parlamentinin Məclisi"], "Bakı", "2027-02-08", "happened", "İşgüzar səfərlə Bakıda olan",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsi"),
 E("MEET", ["Rauf Şirinzadə", "Qazaxıstan Parlamentinin Məclisi"], "Bakı", "2027-02-10", "happened", "İşgüzar səfərlə Bakıda olan",
   ["qanunvericilik", "yükdaşıma", "Xəzər ekologiyası"], host="Rauf Şirinzadə", date_text="bu gün"),
 E("ATTEND", ["Qazaxıstan Parlamentinin Məclisi"], "Milli Məclis", "2027-02-10", "happened", "Günortadan sonra heyət üzvləri",
   ["parlamentlərarası əlaqələr"], event_name="Milli Məclisin plenar iclası"),
 E("ATTEND", ["Fuad Qaraxanlı"], "Milli Məclis", "2027-02-10", "happened", "İclası aparan Sədrin",
   ["parlamentlərarası əlaqələr"], event_name="Milli Məclisin plenar iclası"),
 E("MEET", ["Qazaxıstan Parlamentinin Məclisi", "Nazim Qurbanlı"], "Bakı", None, "negated", "Qonaqların Regional məsələlər",
   ["regional inkişaf"]),
 E("VISIT", ["Qazaxıstan Parlamentinin Məclisi"], "Şuşa", "2027-02-11", "planned", "Sabah nümayəndə heyəti",
   ["azad olunmuş ərazilər"], date_text="Sabah"),
 E("VISIT", ["Qazaxıstan Parlamentinin Məclisi"], "Ağdam Cümə məscidi", "2027-02-12", "planned", "Sabah nümayəndə heyəti",
   ["azad olunmuş ərazilər", "mədəni irs"], place="Ağdam Cümə məscidi", date_text="cümə günü"),
])

A("288_diplomatlar_agdam_fuzuli_xalq_qezeti.txt", None, """date 2027-03
Diplomatlar Ağdam və Füzulidə bərpa işləri ilə tanış olublar

Martın 11-də ölkəmizdə akkredite olunmuş üç dövlətin sə-
firləri işğaldan azad edilmiş Ağdam və Füzuli rayonlarında bir günlük səfərdə olublar. Səfər heyətinə Macarıstanın səfiri Qabor Şandor, Litvanın səfiri Rimantas Jukas və İndoneziyanın səfiri Ratna Vulandari daxil idilər.

Diplomatları Ağdamda Prezidentin Ağdam rayonu ərazisində xüsusi nümayəndəsi Elçin Məmmədquliyev qarşılayıb. O, qonaqlara şəhərin baş planı, bərpa olunan yaşayış məhəllələri barədə ətraflı məlumat verib. Sonra səfirlər Agdam Sənaye Parkında fəaliyyətə başlamış müəssisələrin istehsal sahelərini gəziblər.

Günortadan sonra diplomatlar Fuzuli şəhərinə yollanıblar. Burada onlar Füzuli Beynəlxalq Hava Limanının terminalı ilə tanış olub, ilk yaşayış kompleksinin sakinleri ilə söhbət ediblər.

Səfirlərin Şuşaya da getməsi nəzərdə tutulurdu, lakin dumanlı hava səbəbindən proqra-
mın bu hissəsi aprelin əvvəlinə keçirilib.

Qabor Şandor jurnalistlərə bildirib ki, Macarıstan şirkətləri Ağdamda su təchizatı layihələrinə qoşulmağa hazırdır. «Bir il əvvəl burada gördüyümüz xarabalıqların ye-
rində indi müasir şəhər ucalır», – deyə diplomat vurğulayıb.

Nigar ŞAHBAZOVA,
«Xalq qəzeti»
""", [
 ("Qabor Şandor", "PER", "səfir", "Macarıstan", ["Qabor Şandor"]),
 ("Rimantas Jukas", "PER", "səfir", "Litva", ["Rimantas Jukas"]),
 ("Ratna Vulandari", "PER", "səfir", "İndoneziya", ["Ratna Vulandari"]),
 ("Elçin Məmmədquliyev", "PER", "xüsusi nümayəndə", None, ["Elçin Məmmədquliyev"]),
 ("Nigar Şahbazova", "PER", None, None, ["Nigar ŞAHBAZOVA"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Ağdam", "LOC", None, None, ["Ağdam", "Ağdamda"]),
 ("Füzuli", "LOC", None, None, ["Füzulidə", "Füzuli", "Fuzuli"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstanın", "Macarıstan"]),
 ("Litva", "LOC", None, None, ["Litvanın"]),
 ("İndoneziya", "LOC", None, None, ["İndoneziyanın"]),
 ("Ağdam Sənaye Parkı", "LOC", None, None, ["Agdam Sənaye Parkında"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanının"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("VISIT", ["Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Ağdam", "2027-03-11", "happened", "Martın 11-də ölkəmizdə",
   ["azad olunmuş ərazilər", "bərpa və yenidənqurma"], date_text="Martın 11-də"),
 E("VISIT", ["Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Füzuli", "2027-03-11", "happened", "Martın 11-də ölkəmizdə",
   ["azad olunmuş ərazilər", "bərpa və yenidənqurma"], date_text="Martın 11-də"),
 E("MEET", ["Elçin Məmmədquliyev", "Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Ağdam", "2027-03-11", "happened",
   "Diplomatları Ağdamda", ["bərpa və yenidənqurma", "şəhərsalma"], host="Elçin Məmmədquliyev", date_text="Martın 11-də"),
 E("VISIT", ["Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Ağdam Sənaye Parkı", "2027-03-11", "happened",
   "Sonra səfirlər Agdam", ["sənaye"], place="Ağdam Sənaye Parkı", date_text="Martın 11-də"),
 E("VISIT", ["Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Füzuli Beynəlxalq Hava Limanı", "2027-03-11", "happened",
   "Burada onlar Füzuli", ["nəqliyyat"], place="Füzuli Beynəlxalq Hava Limanı", date_text="Martın 11-də"),
 E("VISIT", ["Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Şuşa", None, "negated", "Səfirlərin Şuşaya da",
   ["azad olunmuş ərazilər"]),
 E("VISIT", ["Qabor Şandor", "Rimantas Jukas", "Ratna Vulandari"], "Şuşa", "2027-04", "planned", "Səfirlərin Şuşaya da",
   ["azad olunmuş ərazilər"], date_text="aprelin əvvəlinə"),
])

A("289_resulzade_ankara_tbmm_trend.txt", "trend.az", """date 2027-03-17
Səbuhi Rəsulzadə Ankarada türk həmkarı ilə danışıqlar aparıb

Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Səbuhi Rəsulzadənin rəhbərlik etdiyi nümayəndə heyəti Türkiyədə işgüzar səfərdədir. Heyət dünən axşam Ankaraya çatıb.

Trend-in Ankaradakı müxbirinin məlumatına görə, bu gün Türkiyə Böyük Millət Məclisində heyətin Xarici əlaqələr komissiyasının sədri Hakan Erdemli ilə danışıqları olub. Türk həmkarı Azərbaycanla Türkiyə arasında imzalanmış müttəfiqlik bəyannaməsinin parlament müstəvisində icrasına toxunaraq, iki komitənin birgə iclaslarının ildə bir dəfə keçirilməsini təklif edib. Rəsulzadə təklifi dəstəklədiyini bildirib.

Danışıqlardan sonra Azərbaycan deputatları komissiyanın növbəti iclasını izləyiblər; iclasda enerji təhlükəsizliyinə dair qanun layihəsi müzakirə olunub.

Proqrama əsasən, sabah heyəti TBMM Sədri Kamil Yücelsoy qəbul edəcək. Cümə günü isə Rəsulzadə və onu müşayiət edən deputatlar Qarsa yollanacaq, Qars valisi Murat Aydınlı ilə görüşəcək, Qafqaz Universitetində oxuyan azərbaycanlı tələbələrlə bir araya gələcəklər.
""", [
 ("Səbuhi Rəsulzadə", "PER", "komitə sədri", "Milli Məclis", ["Səbuhi Rəsulzadə", "Səbuhi Rəsulzadənin", "Rəsulzadə"]),
 ("Hakan Erdemli", "PER", "komissiya sədri", "Türkiyə Böyük Millət Məclisi", ["Hakan Erdemli"]),
 ("Kamil Yücelsoy", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kamil Yücelsoy"]),
 ("Murat Aydınlı", "PER", "vali", "Türkiyə", ["Murat Aydınlı"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisində", "TBMM"]),
 ("Xarici əlaqələr komissiyası", "ORG", None, None, ["Xarici əlaqələr komissiyasının"]),
 ("Qafqaz Universiteti", "ORG", None, None, ["Qafqaz Universitetində"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Ankara", "LOC", None, None, ["Ankarada", "Ankaraya", "Ankaradakı"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədə", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycan"]),
 ("Qars", "LOC", None, None, ["Qarsa", "Qars"]),
], [
 E("VISIT", ["Səbuhi Rəsulzadə"], "Ankara", "2027-03-16", "happened", "Səbuhi Rəsulzadənin rəhbərlik etdiyi",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Səbuhi Rəsulzadə", "Hakan Erdemli"], "Türkiyə Böyük Millət Məclisi", "2027-03-17", "happened",
   "bu gün Türkiyə Böyük Millət Məclisində", ["müttəfiqlik", "parlamentlərarası əlaqələr"], date_text="bu gün"),
 E("ATTEND", ["Səbuhi Rəsulzadə"], "Türkiyə Böyük Millət Məclisi", "2027-03-17", "happened", "Danışıqlardan sonra Azərbaycan",
   ["enerji təhlükəsizliyi"], date_text="Danışıqlardan sonra", event_name="Xarici əlaqələr komissiyasının iclası"),
 E("MEET", ["Səbuhi Rəsulzadə", "Kamil Yücelsoy"], "Ankara", "2027-03-18", "planned", "sabah heyəti TBMM",
   ["parlamentlərarası əlaqələr"], host="Kamil Yücelsoy", date_text="sabah"),
 E("VISIT", ["Səbuhi Rəsulzadə"], "Qars", "2027-03-19", "planned", "Cümə günü isə Rəsulzadə",
   ["regional əməkdaşlıq", "təhsil"], date_text="Cümə günü"),
 E("MEET", ["Səbuhi Rəsulzadə", "Murat Aydınlı"], "Qars", "2027-03-19", "planned", "Cümə günü isə Rəsulzadə",
   ["regional əməkdaşlıq"], date_text="Cümə günü"),
])

A("290_qaraxanli_biskek_colpon_ata_oxu.txt", "oxu.az", """date 2027-04-22
Fuad Qaraxanlı Bişkekdə Jogorku Keneşin Torağası ilə danışıqlar aparıb | OXU.AZ

OXU.AZ
Son xəbərlər | Ölkə | Siyasət | Dünya | Maraqlı | Video
22 aprel 2027, 12:40
Fuad Qaraxanlı Bişkekdə Jogorku Keneşin Torağası ilə danışıqlar aparıb

Milli Məclisin Sədrinin birinci müavini Fuad Qaraxanlının başçılıq etdiyi heyət aprelin 20-dən Qırğızıstanda rəsmi səfərdədir.

Oxu.az-ın məlumatına görə, çərşənbə günü Bişkekdə heyət Jogorku Keneşin Torağası Almazbek Toktosunov tərəfindən qəbul edilib. Söhbət zamanı Bişkekdən Bakıya uçuşların həftədə dörd dəfəyə çatdırılması, qırğız su elektrik stansiyalarının tikintisində Azərbaycan şirkətlərinin iştirakı müzakirə olunub.

Həmin gün Qaraxanlı Jogorku Keneşin Beynəlxalq işlər, müdafiə, təhlükəsizlik və miqrasiya komitəsinin sədri Nurbek Asanaliyevlə də görüşüb.

Bu gün heyət İssık-Kul gölünün sahilindəki Çolpon-Ata şəhərinə yollanıb. Sabah orada keçiriləcək "Türk dünyasında parlament diplomatiyası" konfransında Qaraxanlının çıxışı gözlənilir.

Heyətin Oşa da getməsi nəzərdə tutulurdu, ancaq qırğız tərəfinin xahişi ilə bu səfər növbəti ilə saxlanılıb.

Paylaş: Facebook | X | Telegram
Teqlər: Fuad Qaraxanlı, Qırğızıstan, Milli Məclis
Oxşar xəbərlər
Səbuhi Rəsulzadə Ankarada türk həmkarı ilə danışıqlar aparıb
Naxçıvanda 600 şagird yerlik məktəb açılıb
© OXU.AZ, 2027
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Fuad Qaraxanlının", "Qaraxanlı", "Qaraxanlının"]),
 ("Almazbek Toktosunov", "PER", "torağa", "Qırğızıstan Jogorku Keneşi", ["Almazbek Toktosunov"]),
 ("Nurbek Asanaliyev", "PER", "komitə sədri", "Qırğızıstan Jogorku Keneşi", ["Nurbek Asanaliyevlə"]),
 ("Səbuhi Rəsulzadə", "PER", None, None, ["Səbuhi Rəsulzadə"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Jogorku Keneşin"]),
 ("Beynəlxalq işlər, müdafiə, təhlükəsizlik və miqrasiya komitəsi", "ORG", None, None,
  ["Beynəlxalq işlər, müdafiə, təhlükəsizlik və miqrasiya komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanda", "Qırğızıstan"]),
 ("Bişkek", "LOC", None, None, ["Bişkekdə", "Bişkekdən"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("İssık-Kul gölü", "LOC", None, None, ["İssık-Kul gölünün"]),
 ("Çolpon-Ata", "LOC", None, None, ["Çolpon-Ata"]),
 ("Oş", "LOC", None, None, ["Oşa"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("VISIT", ["Fuad Qaraxanlı"], "Qırğızıstan", "2027-04-20", "happened", "Fuad Qaraxanlının başçılıq etdiyi",
   ["parlamentlərarası əlaqələr"], date_text="aprelin 20-dən"),
 E("MEET", ["Fuad Qaraxanlı", "Almazbek Toktosunov"], "Bişkek", "2027-04-21", "happened", "çərşənbə günü Bişkekdə heyət",
   ["aviareyslər", "energetika"], host="Almazbek Toktosunov", date_text="çərşənbə günü"),
 E("MEET", ["Fuad Qaraxanlı", "Nurbek Asanaliyev"], "Bişkek", "2027-04-21", "happened", "Həmin gün Qaraxanlı Jogorku",
   ["təhlükəsizlik", "miqrasiya"], date_text="Həmin gün"),
 E("VISIT", ["Fuad Qaraxanlı"], "Çolpon-Ata", "2027-04-22", "happened", "Bu gün heyət İssık-Kul",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
 E("ATTEND", ["Fuad Qaraxanlı"], "Çolpon-Ata", "2027-04-23", "planned", "Sabah orada keçiriləcək",
   ["parlament diplomatiyası", "türk dünyası"], date_text="Sabah",
   event_name='"Türk dünyasında parlament diplomatiyası" konfransı'),
 E("VISIT", ["Fuad Qaraxanlı"], "Oş", None, "negated", "Heyətin Oşa da",
   ["parlamentlərarası əlaqələr"]),
])

A("291_hesenbeyova_doha_qeter_sura_meclisi_azertac.txt", "AZERTAC", """date 2027-05-12
Ləman Həsənbəyova Dohada Qətər Şura Məclisinin sədri ilə görüşüb

Qətər Dövlətində rəsmi səfərdə olan Milli Məclisin Sədri Ləman Həsənbəyova mayın 11-də Dohada Şura Məclisinin sədri Xalid bin Abdulla əl-Haciri ilə görüşüb.

AZERTAC-ın xüsusi müxbirinin xəbərinə görə, əvvəlcə təkbətək, sonra geniş tərkibdə davam edən söhbətdə tərəflər maye təbii qaz sahəsində əməkdaşlığı, Qətər investorlarının Qarabağdakı infrastruktur layihələrinə marağını, iki ölkənin parlament dostluq qruplarının fəaliyyətini nəzərdən keçiriblər. Əl-Haciri Azərbaycan parlamentarilərini noyabrda Dohada keçiriləcək Ərəb Parlamentinin forumuna dəvət edib.

Görüşün yekununda Milli Məclis ilə Qətər Şura Məclisi arasında parlamentlərarası əməkdaşlığa dair anlaşma memorandumu imzalanıb. Sənədə iki qanunverici orqanın rəhbərləri imza atıblar.

Bu gün Ləman Həsənbəyova Qətərin Baş naziri Abdulla əl-Kübeysi tərəfindən qəbul olunub. Baş nazir Azərbaycanın Yaxın Şərq ilə Mərkəzi Asiya arasında körpü rolunu yüksək dəyərləndirib.

Səfər çərçivəsində Sədrin İslam İncəsənəti Muzeyini ziyarət etməsi də planlaşdırılır. Sabah Azərbaycan nümayəndə heyəti Küveytə yollanacaq.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Xalid bin Abdulla əl-Haciri", "PER", "sədr", "Qətər Şura Məclisi", ["Xalid bin Abdulla əl-Haciri", "Əl-Haciri"]),
 ("Abdulla əl-Kübeysi", "PER", "baş nazir", "Qətər", ["Abdulla əl-Kübeysi"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Qətər Şura Məclisi", "ORG", None, None, ["Qətər Şura Məclisinin", "Şura Məclisinin", "Qətər Şura Məclisi"]),
 ("Ərəb Parlamenti", "ORG", None, None, ["Ərəb Parlamentinin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Qətər", "LOC", None, None, ["Qətər Dövlətində", "Qətər", "Qətərin"]),
 ("Doha", "LOC", None, None, ["Dohada"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağdakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Yaxın Şərq", "LOC", None, None, ["Yaxın Şərq"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("İslam İncəsənəti Muzeyi", "LOC", None, None, ["İslam İncəsənəti Muzeyini"]),
 ("Küveyt", "LOC", None, None, ["Küveytə"]),
], [
 E("VISIT", ["Ləman Həsənbəyova"], "Qətər", "2027-05-11", "happened", "Qətər Dövlətində rəsmi səfərdə",
   ["parlamentlərarası əlaqələr"], date_text="mayın 11-də"),
 E("MEET", ["Ləman Həsənbəyova", "Xalid bin Abdulla əl-Haciri"], "Doha", "2027-05-11", "happened", "Qətər Dövlətində rəsmi səfərdə",
   ["enerji", "investisiyalar", "parlamentlərarası əlaqələr"], date_text="mayın 11-də"),
 E("SIGN", ["Ləman Həsənbəyova", "Xalid bin Abdulla əl-Haciri"], "Doha", "2027-05-11", "happened", "Görüşün yekununda Milli Məclis",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Ləman Həsənbəyova", "Abdulla əl-Kübeysi"], "Doha", "2027-05-12", "happened", "Bu gün Ləman Həsənbəyova Qətərin",
   ["regional əməkdaşlıq"], host="Abdulla əl-Kübeysi", date_text="Bu gün"),
 E("VISIT", ["Ləman Həsənbəyova"], "İslam İncəsənəti Muzeyi", None, "planned", "Səfər çərçivəsində Sədrin",
   ["mədəniyyət"], place="İslam İncəsənəti Muzeyi"),
 E("VISIT", ["Ləman Həsənbəyova"], "Küveyt", "2027-05-13", "planned", "Sabah Azərbaycan nümayəndə",
   ["parlamentlərarası əlaqələr"], date_text="Sabah"),
])

A("292_holm_qurbanli_lenkeran_qafqazinfo.txt", "qafqazinfo.az", """date 2027-05-26
Aİ nümayəndəliyinin rəhbəri Milli Məclisdə regional inkişafı müzakirə edib - Qafqazinfo

Qafqazinfo.az
Ana səhifə | Siyasət | Sosial | İqtisadiyyat | Dünya | Müsahibə
26.05.2027 / 15:20 / Siyasət
Aİ nümayəndəliyinin rəhbəri Milli Məclisdə regional inkişafı müzakirə edib

Avropa İttifaqının Azərbaycandakı nümayəndəliyinin rəhbəri, səfir Katarina Holm bu gün Milli Məclisdə Regional məsələlər komitəsinin sədri Nazim Qurbanlı ilə görüşüb.

Qafqazinfo-nun məlumatına görə, görüşdə Aİ-nin kənd icmalarının inkişafına yönəlmiş qrant proqramının cənub bölgəsində icrası, yerli özünüidarəetmə orqanlarının potensialının gücləndirilməsi müzakirə edilib. Komitə sədri proqramın növbəti mərhələsinə Lənkəran və Astara rayonlarının da daxil edilməsini təklif edib.

Səfir cümə günü Lənkərana gedəcəyini, Aİ-nin maliyyə dəstəyi ilə yaradılmış çay emalı kooperativi ilə tanış olacağını deyib. Həmin gün onun Lənkəran Rayon İcra Hakimiyyətinin başçısı Elşən Abbasovla görüşü də nəzərdə tutulur.

Xatırladaq ki, Katarina Holm ötən həftə Gəncədə olmuş, Gəncə Dövlət Universitetində tələbələr qarşısında mühazirə oxumuşdu.

Şərhlər (0)
Son xəbərlər
Şəkidə yağıntılı hava gözlənilir
Bakıda yeni metro stansiyasının tikintisi davam edir
Qafqazinfo.az © 2027
""", [
 ("Katarina Holm", "PER", "nümayəndəliyin rəhbəri", "Avropa İttifaqı", ["Katarina Holm"]),
 ("Nazim Qurbanlı", "PER", "komitə sədri", "Milli Məclis", ["Nazim Qurbanlı"]),
 ("Elşən Abbasov", "PER", "icra hakimiyyətinin başçısı", "Lənkəran Rayon İcra Hakimiyyəti", ["Elşən Abbasovla"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ", "Avropa İttifaqının", "Aİ-nin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Lənkəran Rayon İcra Hakimiyyəti", "ORG", None, None, ["Lənkəran Rayon İcra Hakimiyyətinin"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetində"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran", "Lənkərana"]),
 ("Astara", "LOC", None, None, ["Astara"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Şəki", "LOC", None, None, ["Şəkidə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("MEET", ["Katarina Holm", "Nazim Qurbanlı"], "Milli Məclis", "2027-05-26", "happened", "səfir Katarina Holm bu gün",
   ["regional inkişaf", "yerli özünüidarəetmə"], date_text="bu gün"),
 E("VISIT", ["Katarina Holm"], "Lənkəran", "2027-05-28", "planned", "Səfir cümə günü Lənkərana",
   ["regional inkişaf", "kənd təsərrüfatı"], date_text="cümə günü"),
 E("MEET", ["Katarina Holm", "Elşən Abbasov"], "Lənkəran", "2027-05-28", "planned", "Həmin gün onun Lənkəran",
   ["regional inkişaf"], date_text="Həmin gün"),
 E("VISIT", ["Katarina Holm"], "Gəncə", "2027-05", "happened", "Katarina Holm ötən həftə",
   ["təhsil"], date_text="ötən həftə"),
])
