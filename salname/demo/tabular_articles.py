"""Source text of the demo articles that ship as .jsonl, .csv and .parquet rows.

Kept in Python (not in articles/) so the folder holds only demo inputs and the
tabular files can be rebuilt exactly by make_tabular.py. Events, quotes and
wording are written for this project; the outlets named are real agencies.

The first JSONL row and the AZERTAC page 2025-05-eliyev-tokayev-zeng.html report
the same phone call in different words, for cross-document merging.
"""

from __future__ import annotations

# .jsonl: fields text, title, date, url
JSONL_ROWS: list[dict[str, str]] = [
    {
        "title": "İlham Əliyev Kasım-Jomart Tokayevi ad günü münasibətilə təbrik edib",
        "date": "2025-05-17",
        "url": "https://report.az/xarici-siyaset/ilham-eliyev-kasim-jomart-tokayevi-ad-gunu-munasibetile-tebrik-edib/",
        "text": (
            "Prezident İlham Əliyev Qazaxıstanın dövlət başçısı Kasım-Jomart Tokayevlə telefon danışığı aparıb. "
            "Bu barədə Report-a Prezidentin Mətbuat xidmətindən məlumat verilib.\n\n"
            "Azərbaycan lideri Qazaxıstan Prezidentini 72 yaşının tamam olması münasibətilə təbrik edib, "
            "ona cansağlığı və qardaş Qazaxıstan xalqının tərəqqisi yolunda yeni uğurlar arzulayıb. "
            "Kasım-Jomart Tokayev göstərilən diqqətə görə İlham Əliyevə təşəkkür edib.\n\n"
            "Söhbət zamanı ölkələrimiz arasında müttəfiqlik əlaqələrinin dinamik inkişafından məmnunluq ifadə olunub. "
            "Prezidentlər Orta Dəhliz çərçivəsində Aktau və Bakı limanları arasında yükdaşımaların artırılması, "
            "Xəzər regionunda nəqliyyat və logistika sahəsində əməkdaşlığın gücləndirilməsi mövzularını müzakirə ediblər. "
            "Ötən il iki ölkə arasında ticarət dövriyyəsinin artdığı, birgə sənaye layihələrinin sayının çoxaldığı qeyd olunub. "
            "Telefon danışığında humanitar əlaqələrə də toxunulub, Azərbaycan və Qazaxıstan universitetləri arasında "
            "tələbə mübadiləsi proqramlarının genişləndirilməsinin əhəmiyyəti vurğulanıb.\n\n"
            "Dövlət başçıları həmçinin Ali Dövlətlərarası Şuranın qarşıdakı iclasına hazırlıq barədə danışıblar. "
            "Tərəflər Türk Dövlətləri Təşkilatının gələcək Zirvə görüşündə birgə mövqe nümayiş etdirməyin vacibliyini vurğulayıblar.\n\n"
            "İlham Əliyev Kasım-Jomart Tokayevi Azərbaycana səfər etməyə dəvət edib. "
            "Qazaxıstan Prezidenti dəvəti məmnuniyyətlə qəbul edib, səfərin vaxtının diplomatik kanallarla razılaşdırılacağı bildirilib."
        ),
    },
    {
        "title": "Ceyhun Bayramov Qazaxıstanın xarici işlər naziri ilə görüşüb",
        "date": "2024-04-09T12:45:00+04:00",
        "url": "https://www.trend.az/azerbaijan/politics/3881527.html",
        "text": (
            "Azərbaycan Respublikasının xarici işlər naziri Ceyhun Bayramov aprelin 9-da Bakıya işgüzar səfərlə gələn "
            "Qazaxıstan Respublikasının Baş nazirinin müavini – xarici işlər naziri Murat Nurtleu ilə görüşüb. "
            "Trend xəbər verir ki, bu barədə Xarici İşlər Nazirliyinin mətbuat xidmətindən məlumat verilib.\n\n"
            "Görüşdə Azərbaycan ilə Qazaxıstan arasında siyasi dialoqun yüksək səviyyədə olduğu vurğulanıb. "
            "Nazirlər ticarət dövriyyəsinin artırılması, Orta Dəhlizin ötürücülük qabiliyyətinin gücləndirilməsi, "
            "Aktau və Bakı limanları arasında konteyner daşımalarının genişləndirilməsi məsələlərini müzakirə ediblər. "
            "Tərəflər Türk Dövlətləri Təşkilatı və digər beynəlxalq qurumlar çərçivəsində qarşılıqlı dəstəyin "
            "davam etdirilməsinin vacibliyini qeyd ediblər.\n\n"
            "\"Qazaxıstan bizim üçün təkcə strateji tərəfdaş deyil, həm də qardaş ölkədir\", – deyə Ceyhun Bayramov bildirib. "
            "Nazir Bakıda keçiriləcək COP29 konfransına hazırlıq barədə həmkarına məlumat verib və Qazaxıstanın "
            "bu prosesdə göstərdiyi dəstəyə görə təşəkkürünü çatdırıb.\n\n"
            "Murat Nurtleu isə Bakıda göstərilən qonaqpərvərliyə görə minnətdarlığını bildirib. "
            "O, Qazaxıstanın Azərbaycanla enerji, kənd təsərrüfatı və rəqəmsal texnologiyalar sahələrində "
            "yeni birgə layihələrə hazır olduğunu deyib.\n\n"
            "Görüşün sonunda nazirlər iki ölkənin xarici işlər nazirlikləri arasında 2024–2025-ci illər üçün "
            "məsləhətləşmələr planını imzalayıblar. Səfər çərçivəsində Qazaxıstanın xarici işlər naziri "
            "Fəxri xiyabanı və Şəhidlər xiyabanını ziyarət edib."
        ),
    },
]

# .csv: columns title, body, published, link (deliberately not text/date/url)
CSV_ROWS: list[dict[str, str]] = [
    {
        "title": "Sahibə Qafarova Qazaxıstan parlamentinin nümayəndə heyətini qəbul edib",
        "published": "2025-02-20",
        "link": "https://metbuat.az/news/1812044/sahibe-qafarova-qazaxistan-parlamentinin-numayende-heyetini-qebul-edib.html",
        "body": (
            "Milli Məclisin Sədri Sahibə Qafarova fevralın 20-də Qazaxıstan Respublikası Parlamenti Senatının "
            "Beynəlxalq əlaqələr, müdafiə və təhlükəsizlik komitəsinin sədrinin başçılıq etdiyi nümayəndə heyəti ilə görüşüb.\n\n"
            "Metbuat.az xəbər verir ki, bu barədə Milli Məclisin Mətbuat və ictimaiyyətlə əlaqələr şöbəsindən məlumat verilib.\n\n"
            "Qonaqları salamlayan Milli Məclisin Sədri Azərbaycan ilə Qazaxıstan arasındakı münasibətlərin "
            "dostluq, qardaşlıq və qarşılıqlı etimada əsaslandığını bildirib. Sahibə Qafarova ötən il Qazaxıstana "
            "etdiyi rəsmi səfəri və Astanada Prezident Kasım-Jomart Tokayevlə görüşünü məmnunluqla xatırladıb.\n\n"
            "Görüşdə parlamentlərarası əlaqələrin inkişafı, dostluq qruplarının fəaliyyəti və TÜRKPA çərçivəsində "
            "əməkdaşlıq məsələləri müzakirə olunub. Milli Məclisin Sədri qanunvericilik təcrübəsinin mübadiləsi üçün "
            "komitələr arasında birbaşa təmasların genişləndirilməsini təklif edib. Görüşdə Milli Məclisin "
            "Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri və Azərbaycan–Qazaxıstan "
            "parlamentlərarası əlaqələr üzrə işçi qrupunun üzvləri də iştirak ediblər.\n\n"
            "Qazaxıstan nümayəndə heyətinin rəhbəri Bakıda göstərilən qonaqpərvərliyə görə minnətdarlığını bildirib. "
            "O, Qazaxıstanın Azərbaycanla nəqliyyat və enerji sahələrində əməkdaşlığa xüsusi önəm verdiyini vurğulayıb, "
            "Xəzər dənizi vasitəsilə yükdaşımaların artmasının hər iki ölkənin iqtisadiyyatına fayda verdiyini deyib.\n\n"
            "Qonaqlar səfər çərçivəsində Milli Məclisin komitələrinin iclaslarında da iştirak edəcəklər."
        ),
    },
    {
        "title": "Bakıda keçirilən \"Xəzər kuboku\" şahmat turnirinin qalibi müəyyənləşib",
        "published": "2025-06-14",
        "link": "https://report.az/idman/bakida-kecirilen-xezer-kuboku-sahmat-turnirinin-qalibi-mueyyenlesib/",
        "body": (
            "Bakıda keçirilən \"Xəzər kuboku\" beynəlxalq şahmat turniri başa çatıb. "
            "Bu barədə Report-a Azərbaycan Şahmat Federasiyasından məlumat verilib.\n\n"
            "Doqquz turdan ibarət yarışda 14 ölkədən 132 şahmatçı mübarizə aparıb. "
            "Oyunlar Bakı Kongres Mərkəzində İsveçrə sistemi üzrə təşkil olunub.\n\n"
            "Turnirin qalibi 7,5 xal toplayan azərbaycanlı qrossmeyster Tural Həsənzadə olub. "
            "O, son turda qazaxıstanlı Daniyar Abenovla heç-heçə edərək birinciliyi təmin edib. "
            "Abenov 7 xalla ikinci yeri tutub, üçüncü pillədə isə əlavə göstəricilərə görə özbəkistanlı "
            "Jasur Raxmonov qərarlaşıb.\n\n"
            "Turnirin ən gərgin oyunu yeddinci turda keçirilib: Tural Həsənzadə türkiyəli Emre Kaya ilə "
            "səksən gedişdən çox davam edən partiyada qələbə qazanaraq liderliyi ələ alıb.\n\n"
            "Qadınlar arasında ən yaxşı nəticəni 6,5 xal toplayan Leyla Nəsirova göstərib. "
            "Gənc şahmatçılar üçün ayrıca mükafat isə 14 yaşlı sumqayıtlı Elvin Kərimliyə verilib.\n\n"
            "Turnirin bağlanış mərasimində çıxış edən federasiyanın nümayəndəsi yarışın hər il daha çox "
            "xarici iştirakçı cəlb etdiyini bildirib. Onun sözlərinə görə, gələn il turnirin mükafat fondu artırılacaq, "
            "oyunların bir hissəsi isə Şəkidə və Qəbələdə keçiriləcək.\n\n"
            "Qeyd edək ki, \"Xəzər kuboku\" turniri 2019-cu ildən keçirilir."
        ),
    },
]

# .parquet: columns text, title, date, url
PARQUET_ROWS: list[dict[str, str]] = [
    {
        "title": "Bişkekdə Türk Dövlətləri Təşkilatının Zirvə görüşü keçirilib",
        "date": "2024-11-06",
        "url": "https://azertag.az/xeber/biskekde_turk_dovletleri_teskilatinin_zirve_gorusu_kecirilib-3297415",
        "text": (
            "Bişkek, 6 noyabr, AZERTAC. Noyabrın 6-da Qırğızıstanın paytaxtı Bişkekdə Türk Dövlətləri Təşkilatı "
            "Dövlət Başçıları Şurasının növbəti Zirvə görüşü keçirilib. AZERTAC xəbər verir ki, tədbirdə üzv və "
            "müşahidəçi dövlətlərin rəhbərləri, həmçinin beynəlxalq təşkilatların nümayəndələri iştirak ediblər.\n\n"
            "Zirvə görüşündə çıxış edən Prezident İlham Əliyev Türk Dövlətləri Təşkilatının beynəlxalq nüfuzunun "
            "ildən-ilə artdığını qeyd edib. Dövlət başçısı nəqliyyat və kommunikasiya sahəsində əməkdaşlığın "
            "əhəmiyyətini vurğulayaraq Orta Dəhlizin Asiya ilə Avropa arasında ən qısa və etibarlı yollardan biri "
            "olduğunu bildirib. O, Bakı limanının ötürücülük qabiliyyətinin artırıldığını da diqqətə çatdırıb.\n\n"
            "Prezident İlham Əliyev həmkarlarını noyabrın 11-də Bakıda başlayacaq COP29 konfransına dəvət edib.\n\n"
            "Qazaxıstan Prezidenti Kasım-Jomart Tokayev çıxışında türk dövlətləri arasında ticarətin sadələşdirilməsi, "
            "gömrük prosedurlarının rəqəmsallaşdırılması və ortaq investisiya fondunun fəaliyyətinin genişləndirilməsi "
            "barədə təkliflər irəli sürüb. Qazaxıstanın təşəbbüsü ilə gənclər və təhsil sahəsində yeni proqramların "
            "hazırlanması da müzakirə olunub.\n\n"
            "Zirvə görüşünün yekununda Bişkek Bəyannaməsi qəbul edilib, rəqəmsal iqtisadiyyat, mədəniyyət və təhsil "
            "sahələrində bir sıra sənədlər imzalanıb. Təşkilatın növbəti Zirvə görüşünün 2025-ci ildə Azərbaycanda "
            "keçirilməsi qərara alınıb.\n\n"
            "Zirvə görüşündən sonra dövlət başçıları birgə foto çəkdiriblər."
        ),
    },
]

# the name of each tabular demo file, relative to the articles folder
JSONL_NAME = "xeberler.jsonl"
CSV_NAME = "xeberler.csv"
PARQUET_NAME = "xeberler.parquet"

JSONL_FIELDS = ("text", "title", "date", "url")
CSV_FIELDS = ("title", "body", "published", "link")
PARQUET_FIELDS = ("text", "title", "date", "url")
