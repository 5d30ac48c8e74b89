A("654_anama_iyul_hesabati_apa.txt", "APA", """date 2026-08-05
ANAMA: iyulda 4 min hektardan çox ərazi minalardan təmizlənib

Minalardan Təmizləmə Agentliyinin (ANAMA) yaydığı aylıq hesabata görə, iyulun 1-dən 31-dək işğaldan azad olunmuş ərazilərdə 4 126 hektar sahə minalardan və partlamamış hərbi sursatlardan təmizlənib.

APA-nın xəbərinə görə, ay ərzində 312 tank əleyhinə mina, 587 piyada əleyhinə mina və 1 940 partlamamış hərbi sursat aşkarlanaraq zərərsizləşdirilib. Əməliyyatlar əsasən Tərtər, Ağdam, Füzuli, Xocavənd, Kəlbəcər və Laçın rayonlarında aparılıb.

İşlərə ANAMA ilə yanaşı Müdafiə Nazirliyinin, Dövlət Sərhəd Xidmətinin və Fövqəladə Hallar Nazirliyinin mühəndis bölmələri, həmçinin lisenziyalı özəl şirkətlər cəlb olunub. Hazırda sahədə 1 800-dən çox sapyor və 90-dan artıq xüsusi təlim keçmiş it çalışır.

Hesabatda iyul ayında mina partlayışı nəticəsində iki mülki şəxsin yaralandığı da qeyd olunur. ANAMA əhalini azad edilmiş ərazilərdə yalnız təmizlənmiş və nişanlanmış yollardan istifadə etməyə çağırır.

Qeyd edək ki, cari ilin əvvəlindən bəri təmizlənən ərazinin ümumi sahəsi 27 min hektarı ötüb. Agentliyin ilin sonunadək bu göstəricini 45 min hektara çatdırmaq niyyəti var.
""", [
 ("Minalardan Təmizləmə Agentliyi", "ORG", None, None, ["ANAMA", "Minalardan Təmizləmə Agentliyinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyinin"]),
 ("Dövlət Sərhəd Xidməti", "ORG", None, None, ["Dövlət Sərhəd Xidmətinin"]),
 ("Fövqəladə Hallar Nazirliyi", "ORG", None, None, ["Fövqəladə Hallar Nazirliyinin"]),
 ("Tərtər", "LOC", None, None, ["Tərtər"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Xocavənd", "LOC", None, None, ["Xocavənd"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcər"]),
 ("Laçın", "LOC", None, None, ["Laçın"]),
], [], topics=["minalardan təmizləmə", "statistika"])

_GEO_1 = """Gürcüstanın müdafiə naziri Davit Kapanadze rəsmi səfərlə Azərbaycandadır."""
_GEO_3 = """Geniş tərkibdə davam edən danışıqlardan sonra nazirlər müdafiə nazirlikləri arasında 2027-ci il üçün ikitərəfli hərbi əməkdaşlıq planını imzalayıblar."""
_GEO_4 = """Davit Kapanadze Bakıya dünən gəlib və elə həmin gün Fəxri xiyabanı, həmçinin Şəhidlər xiyabanını ziyarət edib."""
_GEO_6 = """Məlumat üçün bildirək ki, nazirlər səfərin tarixlərini avqustun 14-də telefon danışığı zamanı razılaşdırmışdılar."""
_GEO_2_TAIL = """bu gün Müdafiə Nazirliyində gürcü qonağın şərəfinə fəxri qarovul dəstəsinin düzüldüyü rəsmi qarşılanma mərasiminin ardınca müdafiə naziri general-polkovnik Elxan Məmmədbəyli həmkarı ilə təkbətək görüşüb. Görüşdə regional təhlükəsizlik, sülh prosesinin perspektivləri, həmçinin iki ölkənin ərazisindən keçən enerji və nəqliyyat xətlərinin mühafizəsi ilə bağlı fikir mübadiləsi aparılıb."""

A("655_memmedbeyli_kapanadze_gurcustan_azertac.txt", "AZERTAC", f"""date 2026-09-29
Azərbaycan və Gürcüstan müdafiə nazirləri 2027-ci il üçün əməkdaşlıq planını imzalayıb

{_GEO_1}

AZERTAC xəbər verir ki, {_GEO_2_TAIL}

{_GEO_3}

{_GEO_4}

Səfər proqramına əsasən, qonağın sabah Milli Müdafiə Universitetinə və Hərbi Qənimətlər Parkına baş çəkməsi planlaşdırılır.

{_GEO_6}
""", [
 ("Davit Kapanadze", "PER", "müdafiə naziri", "Gürcüstan", ["Davit Kapanadze"]),
 ("Elxan Məmmədbəyli", "PER", "müdafiə naziri", "Müdafiə Nazirliyi", ["Elxan Məmmədbəyli"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyində"]),
 ("Milli Müdafiə Universiteti", "ORG", None, None, ["Milli Müdafiə Universitetinə"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycandadır"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Hərbi Qənimətlər Parkı", "LOC", None, None, ["Hərbi Qənimətlər Parkına"]),
], [
 E("VISIT", ["Davit Kapanadze"], "Bakı", "2026-09-28", "happened", "rəsmi səfərlə Azərbaycandadır",
   ["hərbi əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["Elxan Məmmədbəyli", "Davit Kapanadze"], "Müdafiə Nazirliyi", "2026-09-29", "happened",
   "həmkarı ilə təkbətək görüşüb", ["regional təhlükəsizlik", "enerji təhlükəsizliyi"], date_text="bu gün"),
 E("SIGN", ["Elxan Məmmədbəyli", "Davit Kapanadze"], "Müdafiə Nazirliyi", "2026-09-29", "happened",
   "Geniş tərkibdə davam edən", ["hərbi əməkdaşlıq"]),
 E("VISIT", ["Davit Kapanadze"], "Fəxri xiyaban", "2026-09-28", "happened", "Davit Kapanadze Bakıya dünən",
   ["anım"], place="Fəxri xiyaban", date_text="dünən"),
 E("VISIT", ["Davit Kapanadze"], "Şəhidlər xiyabanı", "2026-09-28", "happened", "Davit Kapanadze Bakıya dünən",
   ["anım"], place="Şəhidlər xiyabanı", date_text="dünən"),
 E("VISIT", ["Davit Kapanadze"], "Milli Müdafiə Universiteti", "2026-09-30", "planned", "qonağın sabah Milli",
   ["hərbi təhsil"], place="Milli Müdafiə Universiteti", date_text="sabah"),
 E("VISIT", ["Davit Kapanadze"], "Hərbi Qənimətlər Parkı", "2026-09-30", "planned", "qonağın sabah Milli",
   ["hərbi tarix"], place="Hərbi Qənimətlər Parkı", date_text="sabah"),
 E("CALL", ["Elxan Məmmədbəyli", "Davit Kapanadze"], None, "2026-08-14", "happened", "nazirlər səfərin tarixlərini",
   ["hərbi əməkdaşlıq"], date_text="avqustun 14-də"),
])

A("656_gurcustan_mudafie_naziri_bakida_oxu.txt", "oxu.az", f"""date 2026-09-29
Azərbaycan və Gürcüstan müdafiə nazirləri gələn il üçün hərbi əməkdaşlıq planı imzalayıb

{_GEO_1}

Oxu.az AZERTAC-a əsaslanaraq yazır ki, {_GEO_2_TAIL}

{_GEO_3}

{_GEO_4}

Proqram üzrə qonaq sabah Milli Müdafiə Universitetinə və Hərbi Qənimətlər Parkına baş çəkəcək.

{_GEO_6}
""", [
 ("Davit Kapanadze", "PER", "müdafiə naziri", "Gürcüstan", ["Davit Kapanadze"]),
 ("Elxan Məmmədbəyli", "PER", "müdafiə naziri", "Müdafiə Nazirliyi", ["Elxan Məmmədbəyli"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyində"]),
 ("Milli Müdafiə Universiteti", "ORG", None, None, ["Milli Müdafiə Universitetinə"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycandadır"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Fəxri xiyaban", "LOC", None, None, ["Fəxri xiyabanı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Hərbi Qənimətlər Parkı", "LOC", None, None, ["Hərbi Qənimətlər Parkına"]),
], [
 E("VISIT", ["Davit Kapanadze"], "Bakı", "2026-09-28", "happened", "rəsmi səfərlə Azərbaycandadır",
   ["hərbi əməkdaşlıq"], date_text="dünən", same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("MEET", ["Elxan Məmmədbəyli", "Davit Kapanadze"], "Müdafiə Nazirliyi", "2026-09-29", "happened",
   "həmkarı ilə təkbətək görüşüb", ["regional təhlükəsizlik", "enerji təhlükəsizliyi"], date_text="bu gün",
   same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("SIGN", ["Elxan Məmmədbəyli", "Davit Kapanadze"], "Müdafiə Nazirliyi", "2026-09-29", "happened",
   "Geniş tərkibdə davam edən", ["hərbi əməkdaşlıq"], same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("VISIT", ["Davit Kapanadze"], "Fəxri xiyaban", "2026-09-28", "happened", "Davit Kapanadze Bakıya dünən",
   ["anım"], place="Fəxri xiyaban", date_text="dünən", same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("VISIT", ["Davit Kapanadze"], "Şəhidlər xiyabanı", "2026-09-28", "happened", "Davit Kapanadze Bakıya dünən",
   ["anım"], place="Şəhidlər xiyabanı", date_text="dünən", same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("VISIT", ["Davit Kapanadze"], "Milli Müdafiə Universiteti", "2026-09-30", "planned", "Proqram üzrə qonaq sabah",
   ["hərbi təhsil"], place="Milli Müdafiə Universiteti", date_text="sabah",
   same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("VISIT", ["Davit Kapanadze"], "Hərbi Qənimətlər Parkı", "2026-09-30", "planned", "Proqram üzrə qonaq sabah",
   ["hərbi tarix"], place="Hərbi Qənimətlər Parkı", date_text="sabah",
   same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
 E("CALL", ["Elxan Məmmədbəyli", "Davit Kapanadze"], None, "2026-08-14", "happened", "nazirlər səfərin tarixlərini",
   ["hərbi əməkdaşlıq"], date_text="avqustun 14-də", same_as="655_memmedbeyli_kapanadze_gurcustan_azertac.txt"),
], duplicate_of="655_memmedbeyli_kapanadze_gurcustan_azertac.txt")

A("657_memmedbeyli_ankara_istanbul_saha_expo_trend.txt", "trend.az", """date 2026-10-08
Elxan Məmmədbəyli Ankarada danışıqlar aparıb, İstanbulda SAHA EXPO sərgisinə qatılıb

Müdafiə naziri general-polkovnik Elxan Məmmədbəyli bazar ertəsi Türkiyəyə rəsmi səfərə yollanıb.

Trend-ə Müdafiə Nazirliyindən verilən məlumata görə, səfərin ilk günü Ankarada, Türkiyə Milli Müdafiə Nazirliyində azərbaycanlı nazirin şərəfinə rəsmi qarşılanma mərasimi təşkil olunub, ardınca Elxan Məmmədbəyli türkiyəli həmkarı Murat Gündoğdu ilə görüşüb. Tərəflər müdafiə sənayesində birgə istehsal layihələri, hərbi təhsil sahəsində əlaqələr və Qara dənizlə Xəzər arasında təhlükəsizlik mühiti barədə fikir mübadiləsi aparıblar.

Ertəsi gün nazir Türkiyə Silahlı Qüvvələrinin Baş Qərargah rəisi orgeneral Nihat Sarıkaya ilə görüşüb.

Çərşənbə günü İstanbula yollanan Elxan Məmmədbəyli İstanbul Ekspo Mərkəzində SAHA EXPO 2026 Beynəlxalq Müdafiə, Aviasiya və Kosmik Sənaye Sərgisinin açılış mərasimində iştirak edib. Sərgi çərçivəsində nazir ASELSAN şirkətinin baş direktoru Kerem Tanrıverdi ilə söhbət edib, şirkətin yeni radioelektron mübarizə sistemləri ilə tanış olub.

Səfərə Kayseridəki hava bazasına baş çəkmək də daxil idi, lakin sıx iş qrafiki səbəbindən bu hissə təxirə salınıb.

Xatırladaq ki, nazirlər səfərin gündəliyini ötən cümə telefon danışığında müzakirə etmişdilər. Elxan Məmmədbəyli bu gün Vətənə qayıdır.
""", [
 ("Elxan Məmmədbəyli", "PER", "müdafiə naziri", "Müdafiə Nazirliyi", ["Elxan Məmmədbəyli"]),
 ("Murat Gündoğdu", "PER", "milli müdafiə naziri", "Türkiyə Milli Müdafiə Nazirliyi", ["Murat Gündoğdu"]),
 ("Nihat Sarıkaya", "PER", "baş qərargah rəisi", "Türkiyə Silahlı Qüvvələri", ["Nihat Sarıkaya"]),
 ("Kerem Tanrıverdi", "PER", "baş direktor", "ASELSAN", ["Kerem Tanrıverdi"]),
 ("Müdafiə Nazirliyi", "ORG", None, None, ["Müdafiə Nazirliyindən"]),
 ("Türkiyə Milli Müdafiə Nazirliyi", "ORG", None, None, ["Türkiyə Milli Müdafiə Nazirliyində"]),
 ("Türkiyə Silahlı Qüvvələri", "ORG", None, None, ["Türkiyə Silahlı Qüvvələrinin"]),
 ("ASELSAN", "ORG", None, None, ["ASELSAN"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda", "İstanbula"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyəyə"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizlə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("İstanbul Ekspo Mərkəzi", "LOC", None, None, ["İstanbul Ekspo Mərkəzində"]),
 ("Kayseri", "LOC", None, None, ["Kayseridəki"]),
], [
 E("VISIT", ["Elxan Məmmədbəyli"], "Türkiyə", "2026-10-05", "happened", "Elxan Məmmədbəyli bazar ertəsi",
   ["hərbi əməkdaşlıq"], date_text="bazar ertəsi"),
 E("MEET", ["Elxan Məmmədbəyli", "Murat Gündoğdu"], "Türkiyə Milli Müdafiə Nazirliyi", "2026-10-05", "happened",
   "səfərin ilk günü Ankarada", ["müdafiə sənayesi", "hərbi təhsil", "regional təhlükəsizlik"],
   date_text="səfərin ilk günü"),
 E("MEET", ["Elxan Məmmədbəyli", "Nihat Sarıkaya"], "Ankara", "2026-10-06", "happened", "Ertəsi gün nazir",
   ["hərbi əməkdaşlıq"], date_text="Ertəsi gün"),
 E("VISIT", ["Elxan Məmmədbəyli"], "İstanbul", "2026-10-07", "happened", "Çərşənbə günü İstanbula",
   ["müdafiə sənayesi"], date_text="Çərşənbə günü"),
 E("ATTEND", ["Elxan Məmmədbəyli"], "İstanbul Ekspo Mərkəzi", "2026-10-07", "happened", "Çərşənbə günü İstanbula",
   ["müdafiə sənayesi"], date_text="Çərşənbə günü", event_name="SAHA EXPO 2026 sərgisinin açılış mərasimi"),
 E("MEET", ["Elxan Məmmədbəyli", "Kerem Tanrıverdi"], "İstanbul Ekspo Mərkəzi", "2026-10-07", "happened",
   "Sərgi çərçivəsində nazir", ["müdafiə sənayesi", "radioelektron mübarizə"], date_text="Çərşənbə günü"),
 E("VISIT", ["Elxan Məmmədbəyli"], "Kayseri", None, "negated", "Səfərə Kayseridəki hava",
   ["hərbi əməkdaşlıq"]),
 E("CALL", ["Elxan Məmmədbəyli", "Murat Gündoğdu"], None, "2026-10-02", "happened", "nazirlər səfərin gündəliyini",
   ["hərbi əməkdaşlıq"], date_text="ötən cümə"),
])

A("658_medina_nato_memmedbeyli_kazimli_azertac.txt", "AZERTAC", """date 2026-01-22
NATO Baş katibinin xüsusi nümayəndəsi müdafiə naziri ilə görüşüb

NATO Baş katibinin Qafqaz və Mərkəzi Asiya üzrə xüsusi nümayəndəsi Karlos Medina çərşənbə axşamı Bakıya gəlib.

AZERTAC-ın məlumatına əsasən, bu gün qonaq müdafiə naziri general-polkovnik Elxan Məmmədbəyli tərəfindən qəbul olunub. Görüşdə Azərbaycanın Alyansla “Sülh naminə tərəfdaşlıq” proqramı çərçivəsində əməkdaşlığı, bölmələrin NATO standartlarına uyğunlaşdırılması və vaxtilə Kabil hava limanının mühafizəsində iştirak etmiş sülhməramlılarımızın təcrübəsi barədə fikir mübadiləsi aparılıb.

Dünən isə xüsusi nümayəndəni xarici işlər naziri Ruslan Kazımlı qəbul edib, həmsöhbətlər sülh sazişinin icrasını və regionda etimadın möhkəmləndirilməsi addımlarını müzakirə ediblər. Həmin gün o, ADA Universitetində “Regional təhlükəsizliyin yeni arxitekturası” adlı dəyirmi masada da iştirak edib.

Xatırladaq ki, ötən həftə Elxan Məmmədbəyli NATO Hərbi Komitəsinin sədri admiral Luka Bertolini ilə telefonla danışmışdı.

Karlos Medinanın sabah sərhəd xidmətinin rəhbəri Namiq Səfərbəyli ilə görüşməsi, daha sonra Tbilisiyə yola düşməsi gözlənilir.
""", [
 ("Karlos Medina", "PER", "xüsusi nümayəndə", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Karlos Medina", "Karlos Medinanın"]),
 ("Elxan Məmmədbəyli", "PER", "müdafiə naziri", "Azərbaycan", ["Elxan Məmmədbəyli"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Luka Bertolini", "PER", "sədr", "NATO Hərbi Komitəsi", ["Luka Bertolini"]),
 ("Namiq Səfərbəyli", "PER", "sərhəd xidmətinin rəhbəri", "Azərbaycan", ["Namiq Səfərbəyli"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO", "Alyansla"]),
 ("NATO Hərbi Komitəsi", "ORG", None, None, ["NATO Hərbi Komitəsinin"]),
 ("ADA Universiteti", "ORG", None, None, ["ADA Universitetində"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Qafqaz", "LOC", None, None, ["Qafqaz"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Kabil", "LOC", None, None, ["Kabil"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
], [
 E("VISIT", ["Karlos Medina"], "Bakı", "2026-01-20", "happened", "xüsusi nümayəndəsi Karlos Medina çərşənbə",
   ["NATO ilə tərəfdaşlıq"], date_text="çərşənbə axşamı"),
 E("MEET", ["Elxan Məmmədbəyli", "Karlos Medina"], "Bakı", "2026-01-22", "happened", "bu gün qonaq müdafiə",
   ["NATO ilə tərəfdaşlıq", "sülhməramlı əməliyyatlar"], host="Elxan Məmmədbəyli", date_text="bu gün"),
 E("MEET", ["Ruslan Kazımlı", "Karlos Medina"], "Bakı", "2026-01-21", "happened",
   "Dünən isə xüsusi nümayəndəni", ["sülh prosesi", "etimad quruculuğu"], host="Ruslan Kazımlı", date_text="Dünən"),
 E("ATTEND", ["Karlos Medina"], "ADA Universiteti", "2026-01-21", "happened", "Həmin gün o, ADA",
   ["regional təhlükəsizlik"], date_text="Həmin gün",
   event_name="“Regional təhlükəsizliyin yeni arxitekturası” dəyirmi masası"),
 E("CALL", ["Elxan Məmmədbəyli", "Luka Bertolini"], None, "2026-01", "happened", "ötən həftə Elxan Məmmədbəyli",
   ["NATO ilə tərəfdaşlıq"], date_text="ötən həftə"),
 E("MEET", ["Karlos Medina", "Namiq Səfərbəyli"], "Bakı", "2026-01-23", "planned", "Karlos Medinanın sabah",
   ["sərhəd təhlükəsizliyi"], date_text="sabah"),
 E("VISIT", ["Karlos Medina"], "Tbilisi", "2026-01-23", "planned", "Karlos Medinanın sabah",
   ["NATO ilə tərəfdaşlıq"], date_text="sabah"),
])

A("659_agasiyev_jaksibekov_aktau_report.txt", "report.az", """date 2026-06-05
Xəzərdə Azərbaycan və Qazaxıstan sahil mühafizəçilərinin birgə təlimi keçirilib

Dövlət Sərhəd Xidmətinin Sahil Mühafizəsinin komandanı vitse-admiral Rövşən Ağasıyevin rəhbərlik etdiyi heyət iyunun 2-dən Qazaxıstanın Aktau şəhərində işgüzar səfərdədir.

Report-un DSX-yə istinadən məlumatına görə, çərşənbə axşamı, səfərin ilk günü Rövşən Ağasıyev ilə Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidmətinin dəniz mühafizəsi üzrə rəisi kontr-admiral Erlan Jaksıbekov arasında danışıqlar aparılıb. Tərəflər Xəzərdə brakonyerliyə və qaçaqmalçılığa qarşı mübarizədə operativ məlumat mübadiləsini müzakirə ediblər.

Danışıqlar iki qurumun gələn ilin sonunadək birgə tədbirlər planının imzalanması ilə yekunlaşıb. Sənədi heyət rəhbərləri imzalayıblar.

Dünən Xəzər dənizinin Qazaxıstan sektorunda iki ölkənin sərhəd gəmilərinin iştirakı ilə qəzaya uğramış gəminin heyətinin xilas edilməsi ssenarisi üzrə birgə təlim keçirilib. Təlimi Ağasıyev və Jaksıbekov flaqman gəminin göyərtəsindən izləyiblər.

Azərbaycan heyəti bu gün Aktau Dəniz Ticarət Limanında olacaq, limanın akvatoriyasının mühafizəsi sistemi ilə tanış olacaq.

Ağasıyevin Manqıstau vilayətinin akimi Nurlan Sarsenbayev ilə görüşü də nəzərdə tutulmuşdu. Lakin akim təcili olaraq Astanaya çağırıldığından həmin görüş reallaşmayıb.
""", [
 ("Rövşən Ağasıyev", "PER", "komandan", "Dövlət Sərhəd Xidmətinin Sahil Mühafizəsi", ["Rövşən Ağasıyevin", "Rövşən Ağasıyev", "Ağasıyev", "Ağasıyevin"]),
 ("Erlan Jaksıbekov", "PER", "rəis", "Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidməti", ["Erlan Jaksıbekov", "Jaksıbekov"]),
 ("Nurlan Sarsenbayev", "PER", "akim", "Qazaxıstan", ["Nurlan Sarsenbayev"]),
 ("Dövlət Sərhəd Xidmətinin Sahil Mühafizəsi", "ORG", None, None, ["Dövlət Sərhəd Xidmətinin Sahil Mühafizəsinin"]),
 ("Dövlət Sərhəd Xidməti", "ORG", None, None, ["DSX-yə"]),
 ("Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidməti", "ORG", None, None,
  ["Qazaxıstan Milli Təhlükəsizlik Komitəsinin Sərhəd Xidmətinin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan", "Qazaxıstanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə", "Xəzər dənizinin"]),
 ("Aktau", "LOC", None, None, ["Aktau"]),
 ("Aktau Dəniz Ticarət Limanı", "LOC", None, None, ["Aktau Dəniz Ticarət Limanında"]),
 ("Manqıstau", "LOC", None, None, ["Manqıstau"]),
 ("Astana", "LOC", None, None, ["Astanaya"]),
], [
 E("VISIT", ["Rövşən Ağasıyev"], "Aktau", "2026-06-02", "happened", "heyət iyunun 2-dən",
   ["sərhəd təhlükəsizliyi"], date_text="iyunun 2-dən"),
 E("MEET", ["Rövşən Ağasıyev", "Erlan Jaksıbekov"], "Aktau", "2026-06-02", "happened", "çərşənbə axşamı, səfərin ilk günü",
   ["brakonyerliklə mübarizə", "qaçaqmalçılıqla mübarizə"], date_text="çərşənbə axşamı"),
 E("SIGN", ["Rövşən Ağasıyev", "Erlan Jaksıbekov"], "Aktau", "2026-06-02", "happened", "Danışıqlar iki qurumun gələn",
   ["sərhəd təhlükəsizliyi"]),
 E("ATTEND", ["Rövşən Ağasıyev", "Erlan Jaksıbekov"], "Xəzər dənizi", "2026-06-04", "happened",
   "Təlimi Ağasıyev və Jaksıbekov", ["axtarış-xilasetmə"], date_text="Dünən", event_name="birgə axtarış-xilasetmə təlimi"),
 E("VISIT", ["Rövşən Ağasıyev"], "Aktau Dəniz Ticarət Limanı", "2026-06-05", "planned", "Azərbaycan heyəti bu gün",
   ["liman təhlükəsizliyi"], place="Aktau Dəniz Ticarət Limanı", date_text="bu gün"),
 E("MEET", ["Rövşən Ağasıyev", "Nurlan Sarsenbayev"], "Aktau", None, "negated", "Ağasıyevin Manqıstau vilayətinin",
   ["regional əməkdaşlıq"]),
])

A("660_kerimbeyli_qizil_aypara_cenevre_respublika.txt", None, """date 2026-11
Qızıl Aypara Cəmiyyətinin prezidenti Cenevrədə Federasiyanın Baş Assambleyasında iştirak edib

Noyabrın 10–12-də Cenevrədə Qırmızı Xaç və Qızıl Aypara Cəmiyyətlərinin Beynəlxalq Federasiyasının Baş Assambleyası keçirilib. Azərbaycan Qızıl Aypara Cəmiyyətinin nümayəndə heyətinə Cəmiyyətin prezidenti Səidə Kərimbəyli başçılıq edib.

Assambleyanın ikinci günü söz alan Kərimbəyli iqlim dəyişmələri ilə bağlı təbii fəlakətlərə hazırlıqda könüllü şəbəkələrin rolundan, Cəmiyyətin minadan zərər çəkmiş ailələrə göstərdiyi yardımdan danışıb.

Tədbirin kənarında Kərimbəyli Federasiyanın Baş katibi Mariya Lopes Santos ilə görüşüb, Qarabağda bərpa olunan kəndlərə qayıdan ailələr üçün psixososial dəstək layihəsinin maliyyələş-
dirilməsi barədə fikir mübadiləsi aparılıb.

Noyabrın 13-də heyət Beynəlxalq Qırmızı Xaç Komitəsinin (BQXK) mənzil-qərargahında olub, əməliyyatlar üzrə direktor Jan-Lui Fabr ilə görüşüb. Görüşdə itkin düşmüş şəxslərin ailələrinə yardım proqramının davam etdirilməsi muzakirə edilib, bu istiqamətdə Cəmiyyətlə BQXK arasında memorandumun dekabrda Bakıda imzalanması razılaşdırılıb.

Kərimbəylinin Cenevrədən Bernə keçərək İsveçrə Qırmızı Xaç Cəmiyyətinin rəhbərliyi ilə görüşməsi də planlaşdırılırdı, lakin bu görüş baş tutmayıb.

Zaur QARAYEV,
«Respublika»
""", [
 ("Səidə Kərimbəyli", "PER", "prezident", "Azərbaycan Qızıl Aypara Cəmiyyəti", ["Səidə Kərimbəyli", "Kərimbəyli", "Kərimbəylinin"]),
 ("Mariya Lopes Santos", "PER", "baş katib", "Qırmızı Xaç və Qızıl Aypara Cəmiyyətlərinin Beynəlxalq Federasiyası", ["Mariya Lopes Santos"]),
 ("Jan-Lui Fabr", "PER", "direktor", "Beynəlxalq Qırmızı Xaç Komitəsi", ["Jan-Lui Fabr"]),
 ("Zaur Qarayev", "PER", None, None, ["Zaur QARAYEV"]),
 ("Azərbaycan Qızıl Aypara Cəmiyyəti", "ORG", None, None,
  ["Qızıl Aypara Cəmiyyətinin", "Azərbaycan Qızıl Aypara Cəmiyyətinin", "Cəmiyyətin", "Cəmiyyətlə"]),
 ("Qırmızı Xaç və Qızıl Aypara Cəmiyyətlərinin Beynəlxalq Federasiyası", "ORG", None, None,
  ["Federasiyanın", "Qırmızı Xaç və Qızıl Aypara Cəmiyyətlərinin Beynəlxalq Federasiyasının"]),
 ("Beynəlxalq Qırmızı Xaç Komitəsi", "ORG", None, None, ["Beynəlxalq Qırmızı Xaç Komitəsinin", "BQXK"]),
 ("İsveçrə Qırmızı Xaç Cəmiyyəti", "ORG", None, None, ["İsveçrə Qırmızı Xaç Cəmiyyətinin"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Cenevrə", "LOC", None, None, ["Cenevrədə", "Cenevrədən"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Bern", "LOC", None, None, ["Bernə"]),
], [
 E("ATTEND", ["Səidə Kərimbəyli"], "Cenevrə", "2026-11-10", "happened", "Cəmiyyətin prezidenti Səidə",
   ["humanitar yardım", "fəlakətlərə hazırlıq"], date_text="Noyabrın 10–12-də",
   event_name="Federasiyanın Baş Assambleyası"),
 E("MEET", ["Səidə Kərimbəyli", "Mariya Lopes Santos"], "Cenevrə", "2026-11", "happened", "Tədbirin kənarında Kərimbəyli",
   ["psixososial dəstək", "humanitar yardım"]),
 E("MEET", ["Səidə Kərimbəyli", "Jan-Lui Fabr"], "Beynəlxalq Qırmızı Xaç Komitəsi", "2026-11-13", "happened",
   "Noyabrın 13-də heyət", ["itkin düşmüş şəxslər"], date_text="Noyabrın 13-də"),
 E("SIGN", ["Azərbaycan Qızıl Aypara Cəmiyyəti", "Beynəlxalq Qırmızı Xaç Komitəsi"], "Bakı", "2026-12", "planned",
   "Görüşdə itkin düşmüş şəxslərin", ["itkin düşmüş şəxslər"], date_text="dekabrda"),
 E("VISIT", ["Səidə Kərimbəyli"], "Bern", None, "negated", "Kərimbəylinin Cenevrədən Bernə",
   ["humanitar yardım"]),
 E("MEET", ["Səidə Kərimbəyli", "İsveçrə Qırmızı Xaç Cəmiyyəti"], "Bern", None, "negated", "Kərimbəylinin Cenevrədən Bernə",
   ["humanitar yardım"]),
])
