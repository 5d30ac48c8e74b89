A("270_nagiyev_nazarov_satibaldiyev_telefon_apa.txt", "APA", """date 2027-04-16
Rövşən Nağıyev tacik və qazax həmkarları ilə telefonla danışıb

Energetika naziri Rövşən Nağıyev cümə axşamı Tacikistanın energetika və su ehtiyatları naziri Farrux Nazarovla telefon danışığı aparıb.

APA-ya Energetika Nazirliyindən verilən məlumata görə, nazirlər Tacikistanda yay aylarında yaranan elektrik enerjisi artıqlığının ixracı imkanlarını və Azərbaycanın günəş və külək enerjisi sahəsindəki təcrübəsini müzakirə ediblər. Söhbət zamanı Nağıyevin mayın sonunda Düşənbəyə işgüzar səfəri razılaşdırılıb. Səfər zamanı nazirlərin hidroenergetika sahəsində əməkdaşlığa dair memorandum imzalaması nəzərdə tutulur.

Xatırladaq ki, Nazarovun ötən ilin dekabrında Bakıya planlaşdırılan səfəri Tacikistanda yaşanan enerji çatışmazlığı səbəbindən təxirə salınmışdı.

Həmin gün Nağıyev Qazaxıstanın energetika naziri Yerjan Satıbaldıyev ilə də telefonla danışıb. Həmsöhbətlər Xəzərin dibi ilə elektrik kabelinin çəkilməsi layihəsinin növbəti mərhələsini dəyərləndiriblər. Qazax naziri keçən ayın sonunda Bakıda keçirilən Xəzər Enerji Forumunda iştirak etmişdi.
""", [
 ("Rövşən Nağıyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Rövşən Nağıyev", "Nağıyevin", "Nağıyev"]),
 ("Farrux Nazarov", "PER", "energetika və su ehtiyatları naziri", "Tacikistan", ["Farrux Nazarovla", "Nazarovun"]),
 ("Yerjan Satıbaldıyev", "PER", "energetika naziri", "Qazaxıstan", ["Yerjan Satıbaldıyev"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyindən"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistanın", "Tacikistanda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Düşənbə", "LOC", None, None, ["Düşənbəyə"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin", "Xəzər"]),
], [
 E("CALL", ["Rövşən Nağıyev", "Farrux Nazarov"], None, "2027-04-15", "happened", "Energetika naziri Rövşən Nağıyev cümə",
   ["elektrik enerjisi ixracı", "bərpa olunan enerji"], date_text="cümə axşamı"),
 E("VISIT", ["Rövşən Nağıyev"], "Düşənbə", "2027-05", "planned", "Söhbət zamanı Nağıyevin",
   ["hidroenergetika"], date_text="mayın sonunda"),
 E("SIGN", ["Rövşən Nağıyev", "Farrux Nazarov"], "Düşənbə", "2027-05", "planned", "Səfər zamanı nazirlərin",
   ["hidroenergetika"]),
 E("VISIT", ["Farrux Nazarov"], "Bakı", "2026-12", "negated", "Nazarovun ötən ilin dekabrında",
   ["enerji"], date_text="ötən ilin dekabrında"),
 E("CALL", ["Rövşən Nağıyev", "Yerjan Satıbaldıyev"], None, "2027-04-15", "happened", "Həmin gün Nağıyev",
   ["elektrik kabeli"], date_text="Həmin gün"),
 E("ATTEND", ["Yerjan Satıbaldıyev"], "Bakı", "2027-03", "happened", "Qazax naziri keçən ayın",
   ["enerji"], date_text="keçən ayın sonunda", event_name="Xəzər Enerji Forumu"),
])

A("271_seudiyye_biznes_forumu_baki_report.txt", "report.az", """date 2027-04-16
Bakıda Azərbaycan–Səudiyyə Ərəbistanı biznes forumu: yeddi sənəd imzalanıb

"Səudiyyə kapitalı üçün Azərbaycan həm Cənubi Qafqazın, həm də Mərkəzi Asiyanın qapısıdır."

Bu fikri Səudiyyə Ərəbistanının investisiya naziri Fəhd əl-Qəhtani bu gün Bakıda keçirilən Azərbaycan–Səudiyyə Ərəbistanı biznes forumundakı çıxışında səsləndirib. Foruma iki ölkədən 300-ə yaxın şirkət qatılıb.

Report-un məlumatına görə, forumu iqtisadiyyat naziri Zaur Hümbətli açıb. Ondan əvvəl nazirlər ikitərəfli görüş keçirərək Səudiyyə İnkişaf Fondunun Azərbaycandakı layihələr portfelini nəzərdən keçiriblər.

Forumun sonunda yeddi sənədin imzalanma mərasimi olub. Energetika Nazirliyi ilə "Alfanar" şirkəti arasında Xızıda 1 QVt gücündə külək elektrik stansiyasının tikintisinə dair investisiya müqaviləsini energetika naziri Rövşən Nağıyev və şirkətin vitse-prezidenti Məcid əz-Zəhrani imzalayıblar. Azərbaycan İnvestisiya Holdinqi ilə Səudiyyə İnkişaf Fondu arasında kredit sazişinə də imza atılıb. Qalan sənədlər özəl şirkətlər arasında bağlanıb.

Dünən axşam Bakıya gələn qonağın səfər proqramında sabah Qarabağa, Ağdam Sənaye Parkına səfər də var.
""", [
 ("Fəhd əl-Qəhtani", "PER", "investisiya naziri", "Səudiyyə Ərəbistanı", ["Fəhd əl-Qəhtani"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Rövşən Nağıyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Rövşən Nağıyev"]),
 ("Məcid əz-Zəhrani", "PER", "vitse-prezident", "Alfanar", ["Məcid əz-Zəhrani"]),
 ("Səudiyyə İnkişaf Fondu", "ORG", None, None, ["Səudiyyə İnkişaf Fondunun", "Səudiyyə İnkişaf Fondu"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyi"]),
 ("Alfanar", "ORG", None, None, ["Alfanar"]),
 ("Azərbaycan İnvestisiya Holdinqi", "ORG", None, None, ["Azərbaycan İnvestisiya Holdinqi"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycandakı"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanı", "Səudiyyə", "Səudiyyə Ərəbistanının"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazın"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiyanın"]),
 ("Xızı", "LOC", None, None, ["Xızıda"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağa"]),
 ("Ağdam Sənaye Parkı", "LOC", None, None, ["Ağdam Sənaye Parkına"]),
], [
 E("ATTEND", ["Fəhd əl-Qəhtani"], "Bakı", "2027-04-16", "happened", "Bu fikri Səudiyyə",
   ["investisiyalar"], date_text="bu gün", event_name="Azərbaycan–Səudiyyə Ərəbistanı biznes forumu"),
 E("ATTEND", ["Zaur Hümbətli"], "Bakı", "2027-04-16", "happened", "forumu iqtisadiyyat naziri",
   ["investisiyalar"], event_name="Azərbaycan–Səudiyyə Ərəbistanı biznes forumu"),
 E("MEET", ["Zaur Hümbətli", "Fəhd əl-Qəhtani"], "Bakı", "2027-04-16", "happened", "Ondan əvvəl nazirlər",
   ["investisiyalar"], date_text="Ondan əvvəl"),
 E("SIGN", ["Rövşən Nağıyev", "Məcid əz-Zəhrani"], "Bakı", "2027-04-16", "happened", "investisiya müqaviləsini energetika",
   ["külək enerjisi"]),
 E("SIGN", ["Azərbaycan İnvestisiya Holdinqi", "Səudiyyə İnkişaf Fondu"], "Bakı", "2027-04-16", "happened",
   "kredit sazişinə də imza", ["kredit"]),
 E("VISIT", ["Fəhd əl-Qəhtani"], "Bakı", "2027-04-15", "happened", "Dünən axşam Bakıya",
   ["investisiyalar"], date_text="Dünən"),
 E("VISIT", ["Fəhd əl-Qəhtani"], "Ağdam Sənaye Parkı", "2027-04-17", "planned", "Dünən axşam Bakıya",
   ["sənaye parkları"], place="Ağdam Sənaye Parkı", date_text="sabah"),
])

A("272_merkezi_asiya_ticaret_rub_oxu.txt", "oxu.az", """date 2027-04-17
Azərbaycanın Mərkəzi Asiya ilə ticarəti ilk rübdə 18 faiz artıb | Oxu.az

OXU.AZ
Son xəbərlər · Gündəm · Ölkə · Biznes · Region · Elm
17 aprel 2027, 09:14
Azərbaycanın Mərkəzi Asiya ilə ticarəti ilk rübdə 18 faiz artıb

Bu ilin yanvar-mart aylarında Azərbaycan ilə Mərkəzi Asiya ölkələri arasında ticarət dövriyyəsi 612 milyon dollar təşkil edib. Bu, ötən ilin eyni dövrü ilə müqayisədə 18 faiz çoxdur.

Oxu.az Dövlət Gömrük Komitəsinin məlumatına istinadən xəbər verir ki, regionda əsas ticarət tərəfdaşı yenə də Qazaxıstan olaraq qalır: bu ölkə ilə dövriyyə 287 milyon dollara çatıb. Özbəkistanla ticarət 164 milyon, Türkmənistanla 98 milyon dollar təşkil edib. Qırğızıstan və Tacikistanın payı isə nisbətən kiçikdir.

Ekspertlər artımı əsasən Xəzər dənizi üzərindən tranzit yüklərin həcminin çoxalması, Ələt limanında yeni terminalın istifadəyə verilməsi ilə izah edirlər. İxracın strukturunda neft məhsulları, polimerlər və kənd təsərrüfatı məhsulları üstünlük təşkil edir.

Xatırladaq ki, 2025-ci ildə Azərbaycan və Özbəkistan arasında imzalanmış saziş əsasında ikitərəfli ticarətdə bir sıra mallar üzrə gömrük rüsumları ləğv olunub. Mərkəzi Asiya ölkələrinin iqtisadiyyat nazirlərinin Azərbaycanın iştirakı ilə növbəti görüşünün iyulda Astanada keçirilməsi gözlənilir.

Teqlər: ticarət, Mərkəzi Asiya, gömrük
OXU.AZ © 2027. Materiallardan istifadə edərkən hiperlink mütləqdir.
""", [
 ("Dövlət Gömrük Komitəsi", "ORG", None, None, ["Dövlət Gömrük Komitəsinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanla", "Özbəkistan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanla"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
], [], topics=["ticarət statistikası", "gömrük"])

A("273_kazimli_mutairi_gelasvili_telefon_trend.txt", "trend.az", """date 2027-04-17
Ruslan Kazımlı Küveyt və Gürcüstan xarici işlər nazirləri ilə telefonla danışıb

XİN-in məlumatına görə, xarici işlər naziri Ruslan Kazımlı bu gün Küveyt Dövlətinin xarici işlər naziri Əbdüllətif əl-Mütəiri ilə telefon danışığı aparıb.

Trend xəbər verir ki, nazirlər ikiqat vergitutmanın aradan qaldırılması haqqında saziş layihəsi üzrə danışıqların başa çatdığını məmnunluqla qeyd ediblər. Telefon danışığında sənədin iyunun ilk yarısında Küveytdə imzalanması barədə razılıq əldə olunub. Sazişi Azərbaycan tərəfindən maliyyə naziri Elçin Tağızadənin imzalayacağı bildirilib. Kazımlı həmkarını Azərbaycana səfərə dəvət edib, dəvət minnətdarlıqla qəbul olunub.

Daha sonra Ruslan Kazımlı Gürcüstanın xarici işlər naziri Nino Gelaşvili ilə telefonla danışıb. Söhbət zamanı Kazımlının gələn həftənin sonunda Tbilisiyə səfəri və orada Azərbaycan, Gürcüstan və Türkiyə xarici işlər nazirlərinin üçtərəfli görüşünün keçirilməsi dəqiqləşdirilib.

Qeyd edək ki, Kazımlı və Gelaşvili sonuncu dəfə fevralda Münhen Təhlükəsizlik Konfransının kənarında görüşmüşdülər.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı", "Kazımlının"]),
 ("Əbdüllətif əl-Mütəiri", "PER", "xarici işlər naziri", "Küveyt", ["Əbdüllətif əl-Mütəiri"]),
 ("Elçin Tağızadə", "PER", "maliyyə naziri", "Azərbaycan", ["Elçin Tağızadənin"]),
 ("Nino Gelaşvili", "PER", "xarici işlər naziri", "Gürcüstan", ["Nino Gelaşvili", "Gelaşvili"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in"]),
 ("Trend", "ORG", None, None, ["Trend"]),
 ("Küveyt", "LOC", None, None, ["Küveyt", "Küveyt Dövlətinin", "Küveytdə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycana"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisiyə"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Münhen", "LOC", None, None, ["Münhen"]),
], [
 E("CALL", ["Ruslan Kazımlı", "Əbdüllətif əl-Mütəiri"], None, "2027-04-17", "happened", "XİN-in məlumatına görə",
   ["vergitutma"], date_text="bu gün"),
 E("SIGN", ["Elçin Tağızadə"], "Küveyt", "2027-06", "planned", "Telefon danışığında sənədin",
   ["ikiqat vergitutma"], date_text="iyunun ilk yarısında"),
 E("CALL", ["Ruslan Kazımlı", "Nino Gelaşvili"], None, "2027-04-17", "happened", "Daha sonra Ruslan Kazımlı",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Ruslan Kazımlı"], "Tbilisi", "2027-04", "planned", "Söhbət zamanı Kazımlının",
   ["üçtərəfli əməkdaşlıq"], date_text="gələn həftənin sonunda"),
 E("MEET", ["Ruslan Kazımlı", "Nino Gelaşvili"], "Tbilisi", "2027-04", "planned", "Söhbət zamanı Kazımlının",
   ["üçtərəfli əməkdaşlıq"], date_text="gələn həftənin sonunda"),
 E("MEET", ["Ruslan Kazımlı", "Nino Gelaşvili"], "Münhen", "2027-02", "happened", "Kazımlı və Gelaşvili sonuncu",
   ["ikitərəfli əlaqələr"], date_text="fevralda"),
])

A("274_selimov_karaca_enerji_naziri_apa.txt", "APA", """date 2027-04-14
Prezident Teymur Səlimov Türkiyənin energetika nazirini qəbul edib

Prezident Teymur Səlimov aprelin 14-də Türkiyə Respublikasının energetika və təbii sərvətlər naziri Murat Karacanı qəbul edib.

APA xəbər verir ki, görüşdə Türkiyədən Naxçıvana çəkilən qaz kəmərinin ikinci xəttinin inşası, Xəzər dənizində külək enerjisi layihələrinə türk şirkətlərinin cəlb olunması və elektrik enerjisi ixracı üzrə birgə platformanın yaradılması müzakirə edilib.

Qonaq Türkiyə Prezidentinin səmimi salamlarını dövlətimizin başçısına çatdırıb. Prezident Teymur Səlimov da öz növbəsində türkiyəli həmkarına salamlarını yetirməyi xahiş edib.

Murat Karaca dünən işgüzar səfərlə Bakıya gəlib. Bu gün səhər Energetika Nazirliyində qonaqla energetika naziri Rövşən Nağıyev arasında görüş keçirilib, görüşün sonunda nazirlər Naxçıvanın elektrik şəbəkəsinin Türkiyə enerji sisteminə sinxron qoşulmasına dair sazişi imzalayıblar.

Səfər proqramına uyğun olaraq, qonağın sabah Səngəçal terminalına baş çəkməsi planlaşdırılır.
""", [
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimov"]),
 ("Murat Karaca", "PER", "energetika və təbii sərvətlər naziri", "Türkiyə", ["Murat Karacanı", "Murat Karaca"]),
 ("Rövşən Nağıyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Rövşən Nağıyev"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyində"]),
 ("APA", "ORG", None, None, ["APA"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə Respublikasının", "Türkiyədən", "Türkiyə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana", "Naxçıvanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Səngəçal terminalı", "LOC", None, None, ["Səngəçal terminalına"]),
], [
 E("MEET", ["Teymur Səlimov", "Murat Karaca"], None, "2027-04-14", "happened", "Prezident Teymur Səlimov aprelin 14-də",
   ["qaz təchizatı", "külək enerjisi"], host="Teymur Səlimov", date_text="aprelin 14-də"),
 E("VISIT", ["Murat Karaca"], "Bakı", "2027-04-13", "happened", "Murat Karaca dünən",
   ["enerji"], date_text="dünən"),
 E("MEET", ["Murat Karaca", "Rövşən Nağıyev"], "Energetika Nazirliyi", "2027-04-14", "happened", "Bu gün səhər Energetika",
   ["elektrik şəbəkəsi"], date_text="Bu gün"),
 E("SIGN", ["Murat Karaca", "Rövşən Nağıyev"], "Energetika Nazirliyi", "2027-04-14", "happened", "Bu gün səhər Energetika",
   ["elektrik şəbəkəsi"], date_text="Bu gün"),
 E("VISIT", ["Murat Karaca"], "Səngəçal terminalı", "2027-04-15", "planned", "qonağın sabah Səngəçal",
   ["neft və qaz infrastrukturu"], place="Səngəçal terminalı", date_text="sabah"),
])

A("275_selimov_karaca_naxcivan_enerji_qafqazinfo.txt", "qafqazinfo.az", """date 2027-04-14
Prezident Teymur Səlimov türk naziri Murat Karacanı qəbul edib

Prezident Teymur Səlimov aprelin 14-də Türkiyə Respublikasının energetika və təbii sərvətlər naziri Murat Karacanı qəbul edib.

APA-ya istinadən Qafqazinfo xəbər verir ki, görüşdə Türkiyədən Naxçıvana çəkilən qaz kəmərinin ikinci xəttinin inşası, Xəzər dənizində külək enerjisi layihələrinə türk şirkətlərinin cəlb olunması və elektrik enerjisi ixracı üzrə birgə platformanın yaradılması müzakirə edilib.

Qonaq Türkiyə Prezidentinin səmimi salamlarını dövlətimizin başçısına çatdırıb. Prezident Teymur Səlimov da öz növbəsində türkiyəli həmkarına salamlarını yetirməyi xahiş edib.

Murat Karaca dünən işgüzar səfərlə Bakıya gəlib. Bu gün səhər Energetika Nazirliyində qonaqla energetika naziri Rövşən Nağıyev arasında görüş keçirilib, görüşün sonunda nazirlər Naxçıvanın elektrik şəbəkəsinin Türkiyə enerji sisteminə sinxron qoşulmasına dair sazişi imzalayıblar.

Səfər proqramına görə, qonaq sabah Səngəçal terminalına baş çəkəcək.
""", [
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimov"]),
 ("Murat Karaca", "PER", "energetika və təbii sərvətlər naziri", "Türkiyə", ["Murat Karacanı", "Murat Karaca"]),
 ("Rövşən Nağıyev", "PER", "energetika naziri", "Energetika Nazirliyi", ["Rövşən Nağıyev"]),
 ("Energetika Nazirliyi", "ORG", None, None, ["Energetika Nazirliyində"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanın", "Naxçıvana"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə Respublikasının", "Türkiyədən", "Türkiyə"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Səngəçal terminalı", "LOC", None, None, ["Səngəçal terminalına"]),
], [
 E("MEET", ["Teymur Səlimov", "Murat Karaca"], None, "2027-04-14", "happened", "Prezident Teymur Səlimov aprelin 14-də",
   ["qaz təchizatı", "külək enerjisi"], host="Teymur Səlimov", date_text="aprelin 14-də",
   same_as="274_selimov_karaca_enerji_naziri_apa.txt"),
 E("VISIT", ["Murat Karaca"], "Bakı", "2027-04-13", "happened", "Murat Karaca dünən",
   ["enerji"], date_text="dünən", same_as="274_selimov_karaca_enerji_naziri_apa.txt"),
 E("MEET", ["Murat Karaca", "Rövşən Nağıyev"], "Energetika Nazirliyi", "2027-04-14", "happened", "Bu gün səhər Energetika",
   ["elektrik şəbəkəsi"], date_text="Bu gün", same_as="274_selimov_karaca_enerji_naziri_apa.txt"),
 E("SIGN", ["Murat Karaca", "Rövşən Nağıyev"], "Energetika Nazirliyi", "2027-04-14", "happened", "Bu gün səhər Energetika",
   ["elektrik şəbəkəsi"], date_text="Bu gün", same_as="274_selimov_karaca_enerji_naziri_apa.txt"),
 E("VISIT", ["Murat Karaca"], "Səngəçal terminalı", "2027-04-15", "planned", "qonaq sabah Səngəçal",
   ["neft və qaz infrastrukturu"], place="Səngəçal terminalı", date_text="sabah",
   same_as="274_selimov_karaca_enerji_naziri_apa.txt"),
], duplicate_of="274_selimov_karaca_enerji_naziri_apa.txt")

A("276_novruzov_astana_novruz_qebulu_respublika.txt", None, """date 2027-04
Astanada Novruz qəbulu: bayram süfrəsi ətrafında diplomatiya

Ötən ayın 20-də Azərbaycanın Qazaxıstandakı səfirliyi Novruz bayramı münasibətilə Astanada rəsmi qəbul təşkil etdi. Tədbirdə Qazaxıstanın xarici işlər nazirinin müavini Ayqul Jaksılıkova, Məclisin deputatları, diplomatik korpusun və azərbaycanlı icmanın nümayəndələri iştirak etdiler.

Qəbulu açan səfir Elmar Novruzov bayramın iki xalqın ortaq mədəni irsinin ayrılmaz parçası olduğunu vurğuladi, Azərbaycan ilə Qazaxıstan arasında müttə-
fiqlik münasibətlərinin son illərdə yeni məzmun qazandığını qeyd etdi. Ayqul Jaksılıkova isə çıxışında Qazaxıstanda yaşayan azərbaycanlıların iki ölkə arasında körpü rolunu oynadığını dedi.

Ertəsi gün səfir Qazaxıstanın mədəniyyət və informasiya naziri Dana Ərbəkova ilə görüşdü. Görüşdə iyunda Almatıda Azərbaycan mədəniyyəti günlərinin keçirilməsi razılaşdı-
rıldı. Tədbirlərdə iştirak etmək üçün mədəniyyət naziri Anar Bəkirlinin Almatıya gələcəyi gözlənilir.

Qeyd edək ki, Astanadakı Azərbaycan mədəniyyət mərkəzində Novruz sərgisi aprelin sonunadək davam edəcək.

Səbinə HÜSEYNOVA,
«Respublika»
""", [
 ("Ayqul Jaksılıkova", "PER", "xarici işlər nazirinin müavini", "Qazaxıstan", ["Ayqul Jaksılıkova"]),
 ("Elmar Novruzov", "PER", "səfir", "Azərbaycan", ["Elmar Novruzov"]),
 ("Dana Ərbəkova", "PER", "mədəniyyət və informasiya naziri", "Qazaxıstan", ["Dana Ərbəkova"]),
 ("Anar Bəkirli", "PER", "mədəniyyət naziri", "Azərbaycan", ["Anar Bəkirlinin"]),
 ("Səbinə Hüseynova", "PER", None, None, ["Səbinə HÜSEYNOVA"]),
 ("Qazaxıstan Parlamentinin Məclisi", "ORG", None, None, ["Məclisin"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Astana", "LOC", None, None, ["Astanada", "Astanadakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstandakı", "Qazaxıstanın", "Qazaxıstan", "Qazaxıstanda"]),
 ("Almatı", "LOC", None, None, ["Almatıda", "Almatıya"]),
], [
 E("ATTEND", ["Elmar Novruzov"], "Astana", "2027-03-20", "happened", "Qəbulu açan səfir",
   ["mədəniyyət", "ikitərəfli əlaqələr"], date_text="Ötən ayın 20-də", event_name="Novruz bayramı münasibətilə rəsmi qəbul"),
 E("ATTEND", ["Ayqul Jaksılıkova"], "Astana", "2027-03-20", "happened", "Tədbirdə Qazaxıstanın",
   ["mədəniyyət", "diaspor"], date_text="Ötən ayın 20-də", event_name="Novruz bayramı münasibətilə rəsmi qəbul"),
 E("MEET", ["Elmar Novruzov", "Dana Ərbəkova"], None, "2027-03-21", "happened", "Ertəsi gün səfir",
   ["mədəniyyət"], date_text="Ertəsi gün"),
 E("VISIT", ["Anar Bəkirli"], "Almatı", "2027-06", "planned", "Tədbirlərdə iştirak etmək",
   ["mədəniyyət"], date_text="iyunda"),
 E("ATTEND", ["Anar Bəkirli"], "Almatı", "2027-06", "planned", "Tədbirlərdə iştirak etmək",
   ["mədəniyyət"], date_text="iyunda", event_name="Azərbaycan mədəniyyəti günləri"),
])
