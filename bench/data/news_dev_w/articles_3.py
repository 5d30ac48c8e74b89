A("621_qeyri_neft_ixraci_alti_ay_report.txt", "report.az", """date 2026-07-20
Yanvar–iyunda qeyri-neft məhsullarının ixracı 1,74 milyard dollara çatıb

İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzinin aylıq "İxrac icmalı"nın son sayında bildirilir ki, ilin ilk yarısında Azərbaycandan qeyri-neft sektoruna aid 1,74 milyard dollarlıq məhsul xarici bazarlara çıxarılıb. Əvvəlki ilin eyni aylarına nisbətən artım 11 faiz təşkil edib.

Report-un icmala istinadən yazdığına görə, ixrac səbətində ilk beşliyi pomidor, qızıl, alüminium, pambıq lifi və polipropilen təşkil edir. Qeyri-neft məhsullarımızın ən böyük alıcıları sırasında Rusiya, Türkiyə, İsveçrə, Gürcüstan, bir də Qazaxıstan var.

İcmalda vurğulanır ki, ilin birinci yarısında AZPROMO-nun dəstəyi ilə xaricdə doqquz ixrac missiyası təşkil olunub. Missiyaların nəticəsində yerli istehsalçılar ümumilikdə 38 milyon dollarlıq müqavilələr bağlayıblar. Ən uğurlu nəticə Mərkəzi Asiya istiqamətində qeydə alınıb.

İqtisadiyyat nazirinin müavini Rəşid Ağalarov açıqlamasında deyib ki, dekabrın sonunadək qeyri-neft ixracını 3,5 milyard dollara yüksəltmək hədəflənir. Onun sözlərinə görə, bunun üçün ixracatçılara ödənilən təşviq vəsaitlərinin məbləği artırılacaq, Ələt Azad İqtisadi Zonasında fəaliyyətə başlayacaq emal müəssisələri də əlavə imkan yaradacaq.

Qeyd edək ki, ümumi xarici ticarət dövriyyəsində ən böyük tərəfdaş İtaliya olaraq qalır.
""", [
 ("Rəşid Ağalarov", "PER", "iqtisadiyyat nazirinin müavini", "Azərbaycan", ["Rəşid Ağalarov"]),
 ("İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzi", "ORG", None, None, ["İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzinin"]),
 ("Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO-nun"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("İsveçrə", "LOC", None, None, ["İsveçrə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
], [], topics=["ixrac", "xarici ticarət", "statistika"])

A("622_acg_doqquz_ay_hasilat_apa.txt", "APA", """date 2026-10-27
AÇG-dən doqquz ayda 14 milyon tondan çox neft çıxarılıb

Yanvar–sentyabr aylarında "Azəri-Çıraq-Günəşli" yataqlar blokundan gündəlik orta hesabla 330 min barel neft hasil edilib. Bu barədə bp-nin Azərbaycandakı fəaliyyətinə dair doqquz aylıq hesabatda bildirilir.

APA-nın xəbərinə görə, doqquz ay ərzində AÇG-dən ümumilikdə 14,2 milyon ton xam neft çıxarılıb. Hasilat hazırda blokdakı yeddi platformadan aparılır. Eyni dövrdə "Şahdəniz" yatağından 21 milyard kubmetr qaz və 3 milyon tona yaxın kondensat əldə olunub.

Hesabatda qeyd olunur ki, Səngəçal terminalı bu il ərzində 240 milyon barelə yaxın neft və kondensatı BTC neft kəmərinə ötürüb. Terminalda aparılan planlı təmir işləri sentyabrda başa çatıb.

Şirkətin mətbuat katibi Tamilla Rüstəmova APA-ya açıqlamasında deyib ki, hasilatın azalma tempini ləngitmək üçün ilin sonunadək daha dörd quyunun qazılması nəzərdə tutulur. Onun sözlərinə görə, Xəzərdə yeni seysmik tədqiqatların nəticələri də gələn ilin əvvəlində açıqlanacaq.

Bu arada, dünyanın əsas birjalarında neftin qiyməti bir qədər bahalaşıb. Bu gün Londonda Brent markalı neftin bir bareli 78,4 dollardan satılır.
""", [
 ("Tamilla Rüstəmova", "PER", "mətbuat katibi", "BP", ["Tamilla Rüstəmova"]),
 ("BP", "ORG", None, None, ["bp-nin"]),
 ("APA", "ORG", None, None, ["APA-nın", "APA-ya"]),
 ("Azəri-Çıraq-Günəşli yataqlar bloku", "LOC", None, None, ["AÇG-dən", "Azəri-Çıraq-Günəşli"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Şahdəniz yatağı", "LOC", None, None, ["Şahdəniz"]),
 ("Səngəçal terminalı", "LOC", None, None, ["Səngəçal terminalı"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
 ("London", "LOC", None, None, ["Londonda"]),
], [], topics=["neft hasilatı", "qaz hasilatı", "neft qiymətləri"])

A("623_bekirli_budapest_komissiya_respublika.txt", None, """date 2026-04
Budapeştdə Azərbaycan–Macarıstan iqtisadi komissiyasının iclası

Ayın 14-də Budapeştdə Azərbaycan–Macarıstan iqtisadi əməkdaşlıq üzrə hökumətlərarası birgə komissiyanın altıncı iclası keçirilib. İclas komissiyanın həmsədrləri – energetika naziri Elçin Bəkirli və Macarıstanın xarici işlər və xarici ticarət naziri Balaş Kovaçın rəhbərliyi ilə aparılıb.

Macarıstan paytaxtına ayın 13-də gələn Azərbaycan heyətinə Elçin Bəkirli başçılıq edirdi. İclasda enerji təhlükəsizliyi, Macarıstana təbii qaz tədarükünün artırılması, Qara dənizin dibi ilə çəkiləcək elektrik kabeli, həmçinin kənd təsərrüfatı və əczaçılıq sahələrində birgə lahiyələr muzakirə olunub.

Komissiyanın protokoluna həmsədrlər imza atıb-
lar. Həmin gün nazir macar MVM Qrupunun baş direktoru Zoltan Hegedüşlə görüşərək şirkətin Azərbaycanda günəş enerjisi layihələrində iştirakını muzakirə edib.

Ertəsi gün Elçin Bəkirli Macarıstanın Baş naziri Mikloş Varqa tərəfindən qəbul edilib. Baş nazir iki ölkə arasında strateji tərəf-
daşlığın enerji sahəsində artıq konkret nəticələr verdiyini vurğulayıb.

Balaş Kovaçın iyunun əvvəlində Bakı Enerji Həftəsinə qatılacağı gözlənilir. Komissiyanın növbəti iclası isə gələn il Bakıda keçiriləcək.

Nigar SƏFƏRLİ,
«Respublika»
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", "Azərbaycan", ["Elçin Bəkirli"]),
 ("Balaş Kovaç", "PER", "xarici işlər və xarici ticarət naziri", "Macarıstan", ["Balaş Kovaçın"]),
 ("Zoltan Hegedüş", "PER", "baş direktor", "MVM Qrupu", ["Zoltan Hegedüşlə"]),
 ("Mikloş Varqa", "PER", "baş nazir", "Macarıstan", ["Mikloş Varqa"]),
 ("Nigar Səfərli", "PER", None, None, ["Nigar SƏFƏRLİ"]),
 ("MVM Qrupu", "ORG", None, None, ["MVM Qrupunun"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Budapeşt", "LOC", None, None, ["Budapeştdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanda"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan", "Macarıstanın", "Macarıstana"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dənizin"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
], [
 E("MEET", ["Elçin Bəkirli", "Balaş Kovaç"], "Budapeşt", "2026-04-14", "happened", "İclas komissiyanın həmsədrləri",
   ["enerji təhlükəsizliyi", "qaz tədarükü", "kənd təsərrüfatı", "əczaçılıq"], date_text="Ayın 14-də",
   event_name="Azərbaycan–Macarıstan hökumətlərarası birgə komissiyanın altıncı iclası"),
 E("VISIT", ["Elçin Bəkirli"], "Budapeşt", "2026-04-13", "happened", "Macarıstan paytaxtına ayın 13-də",
   ["enerji"], date_text="ayın 13-də"),
 E("SIGN", ["Elçin Bəkirli", "Balaş Kovaç"], "Budapeşt", "2026-04-14", "happened", "Komissiyanın protokoluna həmsədrlər",
   ["iqtisadi əməkdaşlıq"], date_text="Ayın 14-də"),
 E("MEET", ["Elçin Bəkirli", "Zoltan Hegedüş"], None, "2026-04-14", "happened", "Həmin gün nazir macar",
   ["günəş enerjisi"], date_text="Həmin gün"),
 E("MEET", ["Mikloş Varqa", "Elçin Bəkirli"], None, "2026-04-15", "happened", "Ertəsi gün Elçin Bəkirli",
   ["strateji tərəfdaşlıq", "enerji"], host="Mikloş Varqa", date_text="Ertəsi gün"),
 E("ATTEND", ["Balaş Kovaç"], "Bakı", "2026-06", "planned", "Balaş Kovaçın iyunun əvvəlində",
   ["enerji"], date_text="iyunun əvvəlində", event_name="Bakı Enerji Həftəsi"),
])

_AIIB_1 = """Avqustun 10-da Azərbaycanda rəsmi səfərdə olan Asiya İnfrastruktur İnvestisiya Bankının (AİİB) prezidenti Çjou Minqyuan Baş nazir Nicat Ələsgərli tərəfindən qəbul olunub."""
_AIIB_REST = """Qəbulda maliyyə naziri Anar Səfərov və iqtisadiyyat naziri Zaur Hümbətli də olublar.

Görüşdən sonra Maliyyə Nazirliyi ilə AİİB arasında Qarabağda yol infrastrukturunun maliyyələşdirilməsinə yönələn 200 milyon dollarlıq borc sazişi bağlanıb. Sənədi Anar Səfərov və Çjou Minqyuan imzalayıblar.

Bank rəhbəri bazar günü Bakıya gəlib. Sabah qonaq Ələt Azad İqtisadi Zonasında və Bakı Beynəlxalq Dəniz Ticarət Limanında olacaq."""

A("624_eleskerli_aiib_prezidenti_apa.txt", "APA", """date 2026-08-11
Baş nazir AİİB prezidenti ilə nəqliyyat infrastrukturuna yatırımları müzakirə edib

""" + _AIIB_1 + """

APA-nın məlumatına görə, söhbət zamanı Bankın ölkəmizdəki layihələrinin sayının artırılması, ilk növbədə Xəzər hövzəsindən keçən tranzit marşrutlarının infrastrukturuna, liman və dəmir yolu terminallarının yenilənməsinə sərmayə qoyuluşu imkanları nəzərdən keçirilib.

Nicat Ələsgərli bildirib ki, Azərbaycan Asiya ilə Avropa arasında etibarlı tranzit ölkəsi kimi rolunu gücləndirir. Çjou Minqyuan isə AİİB-in regionda ilk növbədə yaşıl infrastruktura üstünlük verdiyini deyib.

""" + _AIIB_REST + "\n", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Çjou Minqyuan", "PER", "prezident", "Asiya İnfrastruktur İnvestisiya Bankı", ["Çjou Minqyuan"]),
 ("Anar Səfərov", "PER", "maliyyə naziri", "Maliyyə Nazirliyi", ["Anar Səfərov"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Asiya İnfrastruktur İnvestisiya Bankı", "ORG", None, None,
  ["AİİB", "Asiya İnfrastruktur İnvestisiya Bankının", "Bankın", "AİİB-in", "Bank"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyi"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Asiya", "LOC", None, None, ["Asiya"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanında"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Çjou Minqyuan", "Anar Səfərov", "Zaur Hümbətli"], None, "2026-08-10", "happened",
   "Avqustun 10-da Azərbaycanda rəsmi", ["nəqliyyat infrastrukturu", "limanlar", "yaşıl infrastruktur"],
   host="Nicat Ələsgərli", date_text="Avqustun 10-da"),
 E("VISIT", ["Çjou Minqyuan"], "Bakı", "2026-08-09", "happened", "Avqustun 10-da Azərbaycanda rəsmi",
   ["investisiyalar"], date_text="bazar günü"),
 E("SIGN", ["Anar Səfərov", "Çjou Minqyuan"], None, "2026-08-10", "happened", "Görüşdən sonra Maliyyə Nazirliyi",
   ["kredit", "yol infrastrukturu"], date_text="Görüşdən sonra"),
 E("VISIT", ["Çjou Minqyuan"], "Ələt Azad İqtisadi Zonası", "2026-08-12", "planned", "Sabah qonaq Ələt",
   ["azad iqtisadi zona"], place="Ələt Azad İqtisadi Zonası", date_text="Sabah"),
 E("VISIT", ["Çjou Minqyuan"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2026-08-12", "planned", "Sabah qonaq Ələt",
   ["limanlar"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı", date_text="Sabah"),
])

_R = "624_eleskerli_aiib_prezidenti_apa.txt"
A("625_aiib_kredit_sazisi_qafqazinfo.txt", "qafqazinfo.az", """date 2026-08-11
Nicat Ələsgərli AİİB prezidenti ilə nəqliyyat infrastrukturuna yatırımları müzakirə edib

""" + _AIIB_1 + """

Qafqazinfo APA-ya istinadən bildirir ki, söhbət zamanı Bankın ölkəmizdəki layihələrinin sayının artırılması, ilk növbədə Xəzər hövzəsindən keçən tranzit marşrutlarının infrastrukturuna, liman və dəmir yolu terminallarının yenilənməsinə sərmayə qoyuluşu imkanları nəzərdən keçirilib.

Nicat Ələsgərli bildirib ki, Azərbaycan Asiya ilə Avropa arasında etibarlı tranzit ölkəsi kimi rolunu gücləndirir. Çjou Minqyuan isə AİİB-in regionda ilk növbədə yaşıl infrastruktura önəm verdiyini bildirib.

""" + _AIIB_REST + "\n", [
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Çjou Minqyuan", "PER", "prezident", "Asiya İnfrastruktur İnvestisiya Bankı", ["Çjou Minqyuan"]),
 ("Anar Səfərov", "PER", "maliyyə naziri", "Maliyyə Nazirliyi", ["Anar Səfərov"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Asiya İnfrastruktur İnvestisiya Bankı", "ORG", None, None,
  ["AİİB", "Asiya İnfrastruktur İnvestisiya Bankının", "Bankın", "AİİB-in", "Bank"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyi"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Asiya", "LOC", None, None, ["Asiya"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanında"]),
], [
 E("MEET", ["Nicat Ələsgərli", "Çjou Minqyuan", "Anar Səfərov", "Zaur Hümbətli"], None, "2026-08-10", "happened",
   "Avqustun 10-da Azərbaycanda rəsmi", ["nəqliyyat infrastrukturu", "limanlar", "yaşıl infrastruktur"],
   host="Nicat Ələsgərli", date_text="Avqustun 10-da", same_as=_R),
 E("VISIT", ["Çjou Minqyuan"], "Bakı", "2026-08-09", "happened", "Avqustun 10-da Azərbaycanda rəsmi",
   ["investisiyalar"], date_text="bazar günü", same_as=_R),
 E("SIGN", ["Anar Səfərov", "Çjou Minqyuan"], None, "2026-08-10", "happened", "Görüşdən sonra Maliyyə Nazirliyi",
   ["kredit", "yol infrastrukturu"], date_text="Görüşdən sonra", same_as=_R),
 E("VISIT", ["Çjou Minqyuan"], "Ələt Azad İqtisadi Zonası", "2026-08-12", "planned", "Sabah qonaq Ələt",
   ["azad iqtisadi zona"], place="Ələt Azad İqtisadi Zonası", date_text="Sabah", same_as=_R),
 E("VISIT", ["Çjou Minqyuan"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2026-08-12", "planned", "Sabah qonaq Ələt",
   ["limanlar"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı", date_text="Sabah", same_as=_R),
], duplicate_of=_R)

A("626_bekirli_irena_virtual_gorus_metbuat.txt", "metbuat.az", """date 2026-01-29
Elçin Bəkirli IRENA-nın baş direktoru ilə virtual görüş keçirib

METBUAT.AZ
Ana səhifə | Xəbərlər | İqtisadiyyat | Siyasət | Sosial | Maraqlı
29 yanvar 2026 | 11:32 | Baxış sayı: 874
Elçin Bəkirli IRENA-nın baş direktoru ilə virtual görüş keçirib

Energetika naziri Elçin Bəkirli çərşənbə günü Beynəlxalq Bərpa Olunan Enerji Agentliyinin (IRENA) baş direktoru Françesko Lamberti ilə virtual formatda görüşüb.

Metbuat.az-ın məlumatına əsasən, həmsöhbətlər Azərbaycanın 2030-cu ilədək elektrik enerjisi istehsalında yaşıl mənbələrin xüsusi çəkisini 30 faizə yüksəltmək hədəfini, IRENA-nın Xəzərdə dəniz külək enerjisi üzrə hazırladığı yol xəritəsinin icrasını nəzərdən keçiriblər.

Françesko Lamberti fevralda Bakıya gəlməyi planlaşdırdığını deyib. Onun səfər zamanı Xızı-Abşeron külək elektrik stansiyası ilə yerində tanış olmaq istədiyi qeyd olunub.

Həmin gün nazir Türkiyənin enerji və təbii sərvətlər naziri Kerem Aydınoğlu ilə telefonla əlaqə saxlayıb. Danışıqda Naxçıvana təbii qaz ötürülməsinin artırılması, Türkiyə üzərindən Avropaya elektrik ixracı məsələlərinə toxunulub. Nazirlər fevralın 9–10-da Ankarada keçiriləcək enerji forumunda üz-üzə görüşməyi qərarlaşdırıblar.

Oxşar xəbərlər
"Azərişıq" yeni onlayn abunəçi xidmətini təqdim edib
Sumqayıtda su təchizatı bərpa olunub
Metbuat.az © 2026 | Məlumatdan istifadə zamanı saytın adı göstərilməlidir
""", [
 ("Elçin Bəkirli", "PER", "energetika naziri", "Azərbaycan", ["Elçin Bəkirli"]),
 ("Françesko Lamberti", "PER", "baş direktor", "Beynəlxalq Bərpa Olunan Enerji Agentliyi", ["Françesko Lamberti"]),
 ("Kerem Aydınoğlu", "PER", "enerji və təbii sərvətlər naziri", "Türkiyə", ["Kerem Aydınoğlu"]),
 ("Beynəlxalq Bərpa Olunan Enerji Agentliyi", "ORG", None, None,
  ["IRENA-nın", "Beynəlxalq Bərpa Olunan Enerji Agentliyinin", "IRENA"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-ın", "Metbuat.az"]),
 ("Azərişıq", "ORG", None, None, ["Azərişıq"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Xızı-Abşeron külək elektrik stansiyası", "LOC", None, None, ["Xızı-Abşeron külək elektrik stansiyası"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Ankara", "LOC", None, None, ["Ankarada"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("MEET", ["Elçin Bəkirli", "Françesko Lamberti"], None, "2026-01-28", "happened", "Energetika naziri Elçin Bəkirli çərşənbə",
   ["bərpa olunan enerji", "dəniz külək enerjisi"], date_text="çərşənbə günü"),
 E("VISIT", ["Françesko Lamberti"], "Bakı", "2026-02", "planned", "Françesko Lamberti fevralda",
   ["bərpa olunan enerji"], date_text="fevralda"),
 E("VISIT", ["Françesko Lamberti"], "Xızı-Abşeron külək elektrik stansiyası", "2026-02", "planned", "Onun səfər zamanı",
   ["külək enerjisi"], place="Xızı-Abşeron külək elektrik stansiyası", date_text="fevralda"),
 E("CALL", ["Elçin Bəkirli", "Kerem Aydınoğlu"], None, "2026-01-28", "happened", "Həmin gün nazir Türkiyənin",
   ["qaz təchizatı", "elektrik ixracı"], date_text="Həmin gün"),
 E("MEET", ["Elçin Bəkirli", "Kerem Aydınoğlu"], "Ankara", "2026-02-09", "planned", "Nazirlər fevralın 9–10-da",
   ["enerji"], date_text="fevralın 9–10-da"),
])

A("627_rzaquliyev_roma_snam_trend.txt", "trend.az", """date 2026-05-14
SOCAR prezidenti Romada: "Snam" ilə TAP-ın genişləndirilməsinə dair memorandum imzalanıb

SOCAR-ın prezidenti Vüqar Rzaquliyevin İtaliyaya işgüzar səfəri davam edir. Trend-ə daxil olan məlumata görə, mayın 12-də, səfərin birinci günü, Romada onunla İtaliya hökumətində enerji təhlükəsizliyi məsələlərinə cavabdeh olan nazir Françeska Moretti arasında görüş keçirilib. Tərəflər Trans-Adriatik boru kəməri vasitəsilə İtaliya bazarına çatdırılan Azərbaycan qazının həcmini və soyuq aylarda tədarükün dayanıqlığını müzakirə ediblər.

Dünən isə Romada SOCAR və "Snam" şirkəti TAP-ın ötürücülük gücünün ikinci mərhələdə genişləndirilməsi üzrə anlaşma memorandumu imzalayıblar. Memorandumu Vüqar Rzaquliyev və "Snam"ın baş icraçı direktoru Alessandro Ferri imzalayıblar.

Bu gün Rzaquliyev Milana yollanacaq, orada "Eni"nin rəhbər heyəti ilə bir araya gələcək. Görüşdə Xəzərin Azərbaycan sektorunda birgə kəşfiyyat layihələrinin müzakirəsi planlaşdırılır.

Rzaquliyevin proqramına əvvəlcə Apuliya regionuna, boru kəmərinin Melendugno yaxınlığındakı qəbuledici terminalına səfər də salınmışdı. Lakin qrafik sıxlaşdığından bu hissədən imtina edilib.

Xatırladaq ki, keçən il TAP ilə Avropa istehlakçılarına 12 milyard kubmetrdən artıq qaz çatdırılıb, onun təqribən 10 milyard kubmetrini italyan alıcılar götürüb.
""", [
 ("Vüqar Rzaquliyev", "PER", "prezident", "Azərbaycan Respublikası Dövlət Neft Şirkəti", ["Vüqar Rzaquliyevin", "Vüqar Rzaquliyev", "Rzaquliyev", "Rzaquliyevin"]),
 ("Françeska Moretti", "PER", "nazir", "İtaliya", ["Françeska Moretti"]),
 ("Alessandro Ferri", "PER", "baş icraçı direktor", "Snam", ["Alessandro Ferri"]),
 ("Azərbaycan Respublikası Dövlət Neft Şirkəti", "ORG", None, None, ["SOCAR", "SOCAR-ın"]),
 ("Snam", "ORG", None, None, ["Snam"]),
 ("Eni", "ORG", None, None, ["Eni"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Roma", "LOC", None, None, ["Romada"]),
 ("İtaliya", "LOC", None, None, ["İtaliyaya", "İtaliya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Milan", "LOC", None, None, ["Milana"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərin"]),
 ("Apuliya", "LOC", None, None, ["Apuliya"]),
 ("Melendugno", "LOC", None, None, ["Melendugno"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
], [
 E("VISIT", ["Vüqar Rzaquliyev"], "Roma", "2026-05-12", "happened", "SOCAR-ın prezidenti Vüqar Rzaquliyevin",
   ["qaz ixracı"], date_text="mayın 12-də"),
 E("MEET", ["Vüqar Rzaquliyev", "Françeska Moretti"], "Roma", "2026-05-12", "happened", "mayın 12-də, səfərin birinci günü",
   ["qaz ixracı", "enerji təhlükəsizliyi"], date_text="mayın 12-də"),
 E("SIGN", ["Vüqar Rzaquliyev", "Alessandro Ferri"], "Roma", "2026-05-13", "happened", "Dünən isə Romada SOCAR",
   ["qaz nəqli"], date_text="Dünən"),
 E("VISIT", ["Vüqar Rzaquliyev"], "Milan", "2026-05-14", "planned", "Bu gün Rzaquliyev Milana",
   ["qaz ixracı"], date_text="Bu gün"),
 E("MEET", ["Vüqar Rzaquliyev", "Eni"], "Milan", "2026-05-14", "planned", "Bu gün Rzaquliyev Milana",
   ["kəşfiyyat"], date_text="Bu gün"),
 E("VISIT", ["Vüqar Rzaquliyev"], "Melendugno", None, "negated", "Rzaquliyevin proqramına əvvəlcə",
   ["qaz nəqli"]),
])
