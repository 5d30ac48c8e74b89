A("143_adnsu_freyberq_memorandum.txt", "trend.az", """date 2026-10-14
ADNSU ilə Freyberq Dağ-Mədən Akademiyası arasında memorandum imzalanıb

Bu gün Azərbaycan Dövlət Neft və Sənaye Universitetində alman Freyberq Dağ-Mədən Akademiyası ilə birgə magistr proqramına dair anlaşma memorandumunun imzalanma mərasimi olub.

Trend-in universitetə istinadən xəbərinə görə, sənədi ADNSU-nun rektoru Mübariz Hüseynzadə və Freyberq akademiyasının rektoru Klaus Vaynert imzalayıblar. Memoranduma əsasən, 2027-ci ilin sentyabrından neft-qaz geologiyası və mədən mühəndisliyi ixtisasları üzrə ikili diplom proqramı fəaliyyətə başlayacaq.

Bakıda səfərdə olan alman rektor mərasimdən əvvəl Elm və Təhsil Nazirliyində nazir müavini Ramil Həsənov tərəfindən qəbul edilib. Görüşdə Almaniya universitetlərinin Azərbaycandakı tərəfdaşlıq şəbəkəsinin genişləndirilməsi müzakirə olunub. Klaus Vaynert görüşün sonunda Ramil Həsənova akademiyanın tarixinə dair kitab hədiyyə edib.

Proqram çərçivəsində tələbələr təhsil müddətinin bir semestrini Almaniyada keçəcək, diplom işlərinə isə hər iki universitetin professorları birgə rəhbərlik edəcəklər. Qəbul planı ilk il üçün iyirmi beş yer nəzərdə tutur.

Rektor Hüseynzadənin gələn ilin yazında Freyberqə səfəri nəzərdə tutulur.
""", [
 ("Mübariz Hüseynzadə", "PER", "rektor", "Azərbaycan Dövlət Neft və Sənaye Universiteti", ["Mübariz Hüseynzadə", "Hüseynzadənin"]),
 ("Klaus Vaynert", "PER", "rektor", "Freyberq Dağ-Mədən Akademiyası", ["Klaus Vaynert"]),
 ("Ramil Həsənov", "PER", "nazir müavini", "Elm və Təhsil Nazirliyi", ["Ramil Həsənov", "Ramil Həsənova"]),
 ("Azərbaycan Dövlət Neft və Sənaye Universiteti", "ORG", None, None, ["ADNSU", "Azərbaycan Dövlət Neft və Sənaye Universitetində", "ADNSU-nun"]),
 ("Freyberq Dağ-Mədən Akademiyası", "ORG", None, None, ["Freyberq Dağ-Mədən Akademiyası"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Elm və Təhsil Nazirliyi", "ORG", None, None, ["Elm və Təhsil Nazirliyində"]),
 ("Freyberq", "LOC", None, None, ["Freyberq", "Freyberqə"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Almaniya", "LOC", None, None, ["Almaniya", "Almaniyada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
], [
 E("SIGN", ["Mübariz Hüseynzadə", "Klaus Vaynert"], "Azərbaycan Dövlət Neft və Sənaye Universiteti", "2026-10-14", "happened",
   "Bu gün Azərbaycan Dövlət", ["ali təhsil", "neft-qaz geologiyası"], date_text="Bu gün"),
 E("VISIT", ["Klaus Vaynert"], "Bakı", "2026-10-14", "happened", "Bakıda səfərdə olan alman",
   ["ali təhsil"]),
 E("MEET", ["Klaus Vaynert", "Ramil Həsənov"], "Elm və Təhsil Nazirliyi", "2026-10-14", "happened", "Bakıda səfərdə olan alman",
   ["ali təhsil"], host="Ramil Həsənov"),
 E("VISIT", ["Mübariz Hüseynzadə"], "Freyberq", None, "planned", "Rektor Hüseynzadənin",
   ["ali təhsil"], date_text="gələn ilin yazında"),
])

A("144_ehmedli_xarabadze_komissiya.txt", None, """date 2026-10-21
Azərbaycan–Gürcüstan hökumətlərarası komissiyasının iclası keçirilib

Ötən cümə Tbilisidə Azərbaycan–Gürcüstan iqtisadi əməkdaşlıq üzrə hökumətlərarası komissiyanın on dördüncü iclası keçirilib. İclasa komissiyanın həmsədrləri – İqtisadiyyat nazirinin müavini Zaur Əhmədli və Gürcüstanın iqtisadiyyat və davamlı inkişaf nazirinin müavini Levan Xarabadze sədrlik ediblər.

İclasda ticarət dövriyyəsinin artırılması, sərhəd-keçid məntəqələrində gözləmə vaxtının azaldılması, Qırmızı Körpü məntəqəsində yeni terminalın tikintisi, turizm və kənd təsərrüfatı sahələrində birgə layihələr müzakirə olunub. Həmsədrlər ötən il qarşılıqlı ticarətin 1,6 milyard dollara çatdığını qeyd ediblər.

Toplantının sonunda iclasın protokolu imzalanıb. Sənədə iki həmsədrin imzaları atılıb.

Tbilisidə işgüzar səfərdə olan Zaur Əhmədli ertəsi gün Marneuli bələdiyyəsində olub, burada yerli sahibkarlarla görüşüb.

Gürcü həmsədr Marneulidəki kənd təsərrüfatı kooperativlərinin məhsullarının Azərbaycan bazarına çıxışının asanlaşdırılmasını xüsusi vurğulayıb. Tərəflər həmçinin dəmir yolu ilə daşınan yüklərin gömrük rəsmiləşdirilməsinin sadələşdirilməsi barədə razılığa gəliblər.

Komissiyanın növbəti iclasının gələn il Qəbələdə keçirilməsi razılaşdırılıb.
""", [
 ("Zaur Əhmədli", "PER", "nazir müavini", "Azərbaycan", ["Zaur Əhmədli"]),
 ("Levan Xarabadze", "PER", "nazir müavini", "Gürcüstan", ["Levan Xarabadze"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
 ("Qırmızı Körpü", "LOC", None, None, ["Qırmızı Körpü"]),
 ("Marneuli", "LOC", None, None, ["Marneuli", "Marneulidəki"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
], [
 E("MEET", ["Zaur Əhmədli", "Levan Xarabadze"], "Tbilisi", "2026-10-16", "happened", "Ötən cümə Tbilisidə",
   ["iqtisadi əməkdaşlıq", "sərhəd-keçid məntəqələri", "turizm"], date_text="Ötən cümə", event_name="hökumətlərarası komissiyanın on dördüncü iclası"),
 E("SIGN", ["Zaur Əhmədli", "Levan Xarabadze"], "Tbilisi", "2026-10-16", "happened", "Toplantının sonunda iclasın",
   ["iqtisadi əməkdaşlıq"]),
 E("VISIT", ["Zaur Əhmədli"], "Tbilisi", "2026-10-16", "happened", "Tbilisidə işgüzar səfərdə olan",
   ["iqtisadi əməkdaşlıq"], date_text="Ötən cümə"),
 E("VISIT", ["Zaur Əhmədli"], "Marneuli", "2026-10-17", "happened", "Tbilisidə işgüzar səfərdə olan",
   ["sahibkarlıq"], date_text="ertəsi gün"),
])

A("145_tahirova_vukovic_telefon.txt", "APA", """date 2026-11-03
Nərgiz Tahirova monteneqrolu həmkarı ilə telefonla danışıb

Dünən baş tutan telefon danışığı zamanı xarici işlər nazirinin müavini Nərgiz Tahirova ilə Monteneqronun xarici işlər nazirinin müavini Marko Vukoviç ikitərəfli gündəliyin aktual məsələlərini müzakirə ediblər.

Xarici İşlər Nazirliyinin Mətbuat xidməti idarəsindən APA-ya verilən məlumata görə, həmsöhbətlər Podqoritsa ilə Bakı arasında vizasız rejimin tətbiqindən sonra turist axınının artdığını məmnunluqla qeyd ediblər. Tərəflər enerji, turizm infrastrukturu və limanlar sahəsində əməkdaşlıq imkanlarına da toxunublar.

Danışıq zamanı dekabrın 10-da Bakıda iki ölkənin xarici siyasət idarələri arasında siyasi məsləhətləşmələrin keçirilməsi razılaşdırılıb. Məsləhətləşmələrdə Tahirova və Vukoviç nümayəndə heyətlərinə başçılıq edəcəklər.

Nərgiz Tahirova monteneqrolu həmkarını Bakıda keçiriləcək məsləhətləşmələr çərçivəsində Azərbaycanın tarixi abidələri ilə də tanış olmağa dəvət edib. Qonaq dəvəti məmnuniyyətlə qəbul edib.

Xatırladaq ki, Marko Vukoviç iki gün əvvəl Ankarada Cənub-Şərqi Avropa Əməkdaşlıq Prosesinin nazir müavinləri səviyyəsində toplantısında iştirak edib.
""", [
 ("Nərgiz Tahirova", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi", ["Nərgiz Tahirova", "Tahirova"]),
 ("Marko Vukoviç", "PER", "xarici işlər nazirinin müavini", "Monteneqro", ["Marko Vukoviç", "Vukoviç"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyinin"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Cənub-Şərqi Avropa Əməkdaşlıq Prosesi", "ORG", None, None, ["Cənub-Şərqi Avropa Əməkdaşlıq Prosesinin"]),
 ("Monteneqro", "LOC", None, None, ["Monteneqronun"]),
 ("Podqoritsa", "LOC", None, None, ["Podqoritsa"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
], [
 E("CALL", ["Nərgiz Tahirova", "Marko Vukoviç"], None, "2026-11-02", "happened", "Dünən baş tutan telefon",
   ["ikitərəfli münasibətlər", "turizm", "enerji"], date_text="Dünən"),
 E("MEET", ["Nərgiz Tahirova", "Marko Vukoviç"], "Bakı", "2026-12-10", "planned", "Danışıq zamanı dekabrın 10-da",
   ["siyasi məsləhətləşmələr"], date_text="dekabrın 10-da"),
 E("ATTEND", ["Marko Vukoviç"], "Ankara", "2026-11-01", "happened", "Xatırladaq ki, Marko Vukoviç",
   ["regional əməkdaşlıq"], date_text="iki gün əvvəl", event_name="Cənub-Şərqi Avropa Əməkdaşlıq Prosesinin nazir müavinləri səviyyəsində toplantısı"),
])

A("146_elizade_obrayen_video.txt", "report.az", """date 2026-11-10
Azərbaycan və Kanada parlamentariləri videokonfrans vasitəsilə görüşüb

Bazar ertəsi Milli Məclisin Azərbaycan–Kanada parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Zəhra Əlizadə ilə Kanada Parlamentinin İcmalar Palatasının deputatı Patrik O'Brayen arasında videokonfrans vasitəsilə görüş keçirilib.

Report xəbər verir ki, görüşdə Kanada şirkətlərinin Azərbaycanın mədən sənayesinə və bərpa olunan enerji layihələrinə marağı, iki ölkənin universitetləri arasında tələbə mübadiləsi müzakirə olunub. Zəhra Əlizadə ölkəmizin işğaldan azad olunmuş ərazilərdə minatəmizləmə işlərinə beynəlxalq dəstəyin vacibliyini qeyd edib.

O'Brayenin oktyabrda Bakıya səfər etməsi nəzərdə tutulsa da, səfər İcmalar Palatasında büdcə müzakirələri səbəbindən təxirə salınıb. Kanadalı deputat Azərbaycana bu ilin sonunadək gələcəyini bildirib.

Söhbət zamanı Kanada universitetlərində təhsil alan azərbaycanlı gənclərin sayının son beş ildə iki dəfə artdığı bildirilib. Tərəflər parlament komitələrinin əməkdaşları üçün birgə təlimlərin təşkili ideyasını da dəstəkləyiblər.

Foto: Milli Məclisin mətbuat xidməti
""", [
 ("Zəhra Əlizadə", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Zəhra Əlizadə"]),
 ("Patrik O'Brayen", "PER", "deputat", "Kanada Parlamentinin İcmalar Palatası", ["Patrik O'Brayen", "O'Brayenin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Kanada Parlamentinin İcmalar Palatası", "ORG", None, None, ["Kanada Parlamentinin İcmalar Palatasının", "İcmalar Palatasında"]),
 ("Report", "ORG", None, None, ["Report"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın", "Azərbaycana"]),
 ("Kanada", "LOC", None, None, ["Kanada"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("MEET", ["Zəhra Əlizadə", "Patrik O'Brayen"], None, "2026-11-09", "happened", "Bazar ertəsi Milli Məclisin",
   ["parlamentlərarası əlaqələr", "mədən sənayesi", "minatəmizləmə"], date_text="Bazar ertəsi"),
 E("VISIT", ["Patrik O'Brayen"], "Bakı", "2026-10", "negated", "O'Brayenin oktyabrda",
   ["parlamentlərarası əlaqələr"], date_text="oktyabrda"),
 E("VISIT", ["Patrik O'Brayen"], "Azərbaycan", None, "planned", "Kanadalı deputat Azərbaycana",
   ["parlamentlərarası əlaqələr"], date_text="bu ilin sonunadək"),
])

A("147_memmedbeyli_tbilisi_devet.txt", "metbuat.az", """date 2026-04-28
AzTU-nun rektoru Tbilisidə gürcü həmkarı ilə əməkdaşlıq sənədi imzalayıb

Azərbaycan Texniki Universitetinin rektoru Fərid Məmmədbəyli Gürcüstan Texniki Universitetinin rektoru Davit Gogiçaişvilinin dəvəti ilə aprelin 24-də Tbilisiyə gedib.

Metbuat.az-ın AzTU-ya istinadən məlumatına görə, səfərin ilk günü iki rektor arasında görüş baş tutub. Görüşdə müəllim və tələbə mübadiləsi, enerji mühəndisliyi üzrə birgə laboratoriyanın yaradılması məsələləri nəzərdən keçirilib. Sonra rektorlar iki universitet arasında əməkdaşlıq sazişi imzalayıblar.

Səfər çərçivəsində Fərid Məmmədbəyli Tbilisidə keçirilən Qara dəniz regionu universitetləri şəbəkəsinin illik konfransında süni intellektin mühəndis təhsilinə tətbiqi barədə məruzə ilə çıxış edib.

Konfransda Ukrayna, Moldova, Rumıniya və Bolqarıstan universitetlərindən yüzə yaxın alim iştirak edib. Azərbaycan nümayəndə heyəti şəbəkənin növbəti illik toplantısının Bakıda keçirilməsini təklif edib.

Qeyd edək ki, Gogiçaişvilinin başçılıq etdiyi heyətin payızda Bakıya gəlməsi gözlənilir.
""", [
 ("Fərid Məmmədbəyli", "PER", "rektor", "Azərbaycan Texniki Universiteti", ["Fərid Məmmədbəyli"]),
 ("Davit Gogiçaişvili", "PER", "rektor", "Gürcüstan Texniki Universiteti", ["Davit Gogiçaişvilinin", "Gogiçaişvilinin"]),
 ("Azərbaycan Texniki Universiteti", "ORG", None, None, ["AzTU-nun", "Azərbaycan Texniki Universitetinin", "AzTU-ya"]),
 ("Gürcüstan Texniki Universiteti", "ORG", None, None, ["Gürcüstan Texniki Universitetinin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisiyə"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Ukrayna", "LOC", None, None, ["Ukrayna"]),
 ("Moldova", "LOC", None, None, ["Moldova"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniya"]),
 ("Bolqarıstan", "LOC", None, None, ["Bolqarıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
], [
 E("VISIT", ["Fərid Məmmədbəyli"], "Tbilisi", "2026-04-24", "happened", "Azərbaycan Texniki Universitetinin rektoru",
   ["ali təhsil"], date_text="aprelin 24-də"),
 E("MEET", ["Fərid Məmmədbəyli", "Davit Gogiçaişvili"], "Tbilisi", "2026-04-24", "happened", "səfərin ilk günü iki rektor",
   ["ali təhsil", "enerji mühəndisliyi"], date_text="səfərin ilk günü"),
 E("SIGN", ["Fərid Məmmədbəyli", "Davit Gogiçaişvili"], "Tbilisi", "2026-04-24", "happened", "Sonra rektorlar",
   ["ali təhsil"]),
 E("ATTEND", ["Fərid Məmmədbəyli"], "Tbilisi", None, "happened", "Səfər çərçivəsində Fərid",
   ["süni intellekt", "ali təhsil"], event_name="Qara dəniz regionu universitetləri şəbəkəsinin illik konfransı"),
 E("VISIT", ["Davit Gogiçaişvili"], "Bakı", None, "planned", "Qeyd edək ki, Gogiçaişvilinin",
   ["ali təhsil"], date_text="payızda"),
])

A("148_hava_noyabr_sonu.txt", "oxu.az", """date 2026-11-19
Həftəsonu Abşeronda güclü külək əsəcək, dağlıq rayonlarda qar yağacaq

Noyabrın 21-22-də Abşeron yarımadasında hava şəraitinin kəskin dəyişəcəyi gözlənilir.

Ekologiya və Təbii Sərvətlər Nazirliyinin Milli Hidrometeorologiya Xidmətindən Oxu.az-a verilən məlumata görə, şənbə günü Bakıda və Abşeron yarımadasında şimal-qərb küləyi güclənəcək, ara-sıra çovğunlu olacaq. Küləyin sürəti bəzi vaxtlarda saniyədə 20-25 metrə çatacaq. Havanın temperaturu gecə 3-5, gündüz 6-8 dərəcə isti olacaq.

Bazar günü Şəki, Qax, Zaqatala, Quba və Qusar rayonlarının dağlıq ərazilərində qar yağacağı, yollarda buz bağlayacağı ehtimal edilir. Naxçıvan Muxtar Respublikasında gecə şaxta gözlənilir, temperatur 5-8 dərəcə şaxta olacaq.

Sinoptiklər sürücülərə Şamaxı–Pirqulu yolunda və Lahıc aşırımında ehtiyatlı olmağı tövsiyə edirlər. Xəzər dənizində dalğaların hündürlüyü 3 metrə çatacaq, buna görə bəzi bərə reysləri təxirə salına bilər.

Həftənin əvvəlindən havanın tədricən mülayimləşəcəyi proqnozlaşdırılır.
""", [
 ("Ekologiya və Təbii Sərvətlər Nazirliyi", "ORG", None, None, ["Ekologiya və Təbii Sərvətlər Nazirliyinin"]),
 ("Milli Hidrometeorologiya Xidməti", "ORG", None, None, ["Milli Hidrometeorologiya Xidmətindən"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a"]),
 ("Abşeron yarımadası", "LOC", None, None, ["Abşeronda", "Abşeron yarımadasında"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Qax", "LOC", None, None, ["Qax"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatala"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Qusar", "LOC", None, None, ["Qusar"]),
 ("Naxçıvan Muxtar Respublikası", "LOC", None, None, ["Naxçıvan Muxtar Respublikasında"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxı"]),
 ("Pirqulu", "LOC", None, None, ["Pirqulu"]),
 ("Lahıc", "LOC", None, None, ["Lahıc"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizində"]),
], [], topics=["hava proqnozu"])
