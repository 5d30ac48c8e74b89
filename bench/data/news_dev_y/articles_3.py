A("684_rustembeyli_kahramanmaras_mekteb_azertac.txt", "AZERTAC", """date 2027-02-18
Kahramanmaraşda Azərbaycanın tikdiyi məktəb şagirdlərin ixtiyarına verilib

Kahramanmaraş, 18 fevral, AZERTAC. Təhsil nazirinin müavini Elvin Rüstəmbəyli başda olmaqla Azərbaycan heyəti dünən Türkiyənin Kahramanmaraş vilayətinə gəlib. Təyyarədən enən qonaqları Kahramanmaraş Hava Limanında vali müavini Serkan Toprak qarşılayıb.

Bu gün zəlzələdən ən çox ziyan görmüş Dulkadiroğlu rayonunda Azərbaycan dövlətinin vəsaiti hesabına ucaldılan 24 sinifli məktəbin açılış mərasimi keçirilib. Mərasimdə Rüstəmbəyli ilə yanaşı Kahramanmaraş valisi Ömer Faruk Çoşkun və Azərbaycanın Türkiyədəki səfiri Tərlan Vəkilov iştirak ediblər.

Çıxış edən nazir müavini bildirib ki, yeni binada 720 şagird oxuyacaq, məktəbin kitabxanası isə Bakıdan göndərilən min nüsxə kitabla təchiz olunub.

Mərasimin ardınca vali vilayət binasında Azərbaycan heyətini qəbul edib, qardaş ölkənin göstərdiyi dəstəyə görə minnətdarlığını bildirib.

Heyətin sabah Hatay vilayətinə keçərək Azərbaycanın inşa etdiyi ikinci məktəbin tikinti meydançasına baş çəkməsi planlaşdırılır. Proqrama Adıyamana səfər də daxil idi, lakin qar yağdığı üçün bu səfər ləğv edilib.
""", [
 ("Elvin Rüstəmbəyli", "PER", "təhsil nazirinin müavini", "Azərbaycan", ["Elvin Rüstəmbəyli", "Rüstəmbəyli"]),
 ("Serkan Toprak", "PER", "vali müavini", "Türkiyə", ["Serkan Toprak"]),
 ("Ömer Faruk Çoşkun", "PER", "vali", "Türkiyə", ["Ömer Faruk Çoşkun"]),
 ("Tərlan Vəkilov", "PER", "səfir", "Azərbaycan", ["Tərlan Vəkilov"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Kahramanmaraş", "LOC", None, None, ["Kahramanmaraşda", "Kahramanmaraş"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin", "Türkiyədəki"]),
 ("Kahramanmaraş Hava Limanı", "LOC", None, None, ["Kahramanmaraş Hava Limanında"]),
 ("Dulkadiroğlu", "LOC", None, None, ["Dulkadiroğlu"]),
 ("Bakı", "LOC", None, None, ["Bakıdan"]),
 ("Hatay", "LOC", None, None, ["Hatay"]),
 ("Adıyaman", "LOC", None, None, ["Adıyamana"]),
], [
 E("VISIT", ["Elvin Rüstəmbəyli"], "Kahramanmaraş", "2027-02-17", "happened", "Təhsil nazirinin müavini Elvin",
   ["təhsil", "zəlzələdən sonrakı bərpa"], date_text="dünən"),
 E("MEET", ["Serkan Toprak", "Elvin Rüstəmbəyli"], "Kahramanmaraş Hava Limanı", "2027-02-17", "happened",
   "Təyyarədən enən qonaqları", ["təhsil"], host="Serkan Toprak"),
 E("ATTEND", ["Elvin Rüstəmbəyli", "Ömer Faruk Çoşkun", "Tərlan Vəkilov"], "Dulkadiroğlu", "2027-02-18", "happened",
   "Mərasimdə Rüstəmbəyli ilə yanaşı", ["təhsil", "zəlzələdən sonrakı bərpa"], date_text="Bu gün",
   event_name="məktəbin açılış mərasimi"),
 E("MEET", ["Ömer Faruk Çoşkun", "Elvin Rüstəmbəyli"], "Kahramanmaraş", "2027-02-18", "happened",
   "Mərasimin ardınca vali", ["təhsil"], host="Ömer Faruk Çoşkun", date_text="Mərasimin ardınca"),
 E("VISIT", ["Elvin Rüstəmbəyli"], "Hatay", "2027-02-19", "planned", "Heyətin sabah Hatay",
   ["təhsil", "zəlzələdən sonrakı bərpa"], date_text="sabah"),
 E("VISIT", ["Elvin Rüstəmbəyli"], "Adıyaman", None, "negated", "Proqrama Adıyamana",
   ["təhsil"]),
])

A("685_tursunov_fuzuli_urgut_oxu.txt", "oxu.az", """date 2027-10-27
Füzuli ilə Urgut qardaşlaşıb: Səmərqənd hakimi Qarabağda

Özbəkistanın Səmərqənd vilayətinin hakimi Jasur Tursunovun rəhbərlik etdiyi nümayəndə heyəti bazar ertəsi Füzuliyə gəlib. Qonaqları həmin gün Füzuli Beynəlxalq Hava Limanında Prezidentin Qarabağ iqtisadi rayonu üzrə xüsusi nümayəndəsi Emin Şirəliyev qarşılayıb.

Oxu.az-ın Qarabağ müxbiri xəbər verir ki, özbək qonaqlar ilk gün qardaş ölkənin hədiyyəsi olan məktəbdə olub, şagirdlərlə səmimi söhbət ediblər.

Dünən Füzulidə keçirilən mərasimdə Füzuli rayonu ilə Səmərqənd vilayətinin Urgut rayonu arasında qardaşlaşma haqqında sazişə imza atılıb. Sənədi Şirəliyev və Urgut rayonunun hakimi Baxtiyor Rahimov imzalayıblar, imza mərasimini Tursunov da izləyib.

Bu gün səhər özbək heyəti Şuşaya yola düşüb. Orada Tursunovun Prezidentin Şuşa rayonunda xüsusi nümayəndəsi Elnur Bağırzadə ilə görüşü nəzərdə tutulur.

Özbək qonaqların Cəbrayıla getməsi də əvvəlcə proqramda idi, lakin sonradan bu fikirdən daşınılıb.
""", [
 ("Jasur Tursunov", "PER", "hakim", "Özbəkistan", ["Jasur Tursunovun", "Tursunov", "Tursunovun"]),
 ("Emin Şirəliyev", "PER", "xüsusi nümayəndə", None, ["Emin Şirəliyev", "Şirəliyev"]),
 ("Baxtiyor Rahimov", "PER", "hakim", "Özbəkistan", ["Baxtiyor Rahimov"]),
 ("Elnur Bağırzadə", "PER", "xüsusi nümayəndə", None, ["Elnur Bağırzadə"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Füzuli", "LOC", None, None, ["Füzuli", "Füzuliyə", "Füzulidə"]),
 ("Urgut", "LOC", None, None, ["Urgut"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənd"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağda", "Qarabağ"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Füzuli Beynəlxalq Hava Limanı", "LOC", None, None, ["Füzuli Beynəlxalq Hava Limanında"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya", "Şuşa"]),
 ("Cəbrayıl", "LOC", None, None, ["Cəbrayıla"]),
], [
 E("VISIT", ["Jasur Tursunov"], "Füzuli", "2027-10-25", "happened", "Jasur Tursunovun rəhbərlik etdiyi",
   ["qardaşlaşmış şəhərlər"], date_text="bazar ertəsi"),
 E("MEET", ["Emin Şirəliyev", "Jasur Tursunov"], "Füzuli Beynəlxalq Hava Limanı", "2027-10-25", "happened",
   "Qonaqları həmin gün Füzuli", ["qardaşlaşmış şəhərlər"], host="Emin Şirəliyev", date_text="həmin gün"),
 E("SIGN", ["Emin Şirəliyev", "Baxtiyor Rahimov"], "Füzuli", "2027-10-26", "happened", "Dünən Füzulidə keçirilən",
   ["qardaşlaşmış şəhərlər"], date_text="Dünən"),
 E("ATTEND", ["Jasur Tursunov"], "Füzuli", "2027-10-26", "happened", "Sənədi Şirəliyev və Urgut",
   ["qardaşlaşmış şəhərlər"], date_text="Dünən", event_name="imza mərasimi"),
 E("VISIT", ["Jasur Tursunov"], "Şuşa", "2027-10-27", "happened", "Bu gün səhər özbək heyəti",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("MEET", ["Jasur Tursunov", "Elnur Bağırzadə"], "Şuşa", "2027-10-27", "planned", "Orada Tursunovun Prezidentin",
   ["regional əməkdaşlıq"], date_text="Bu gün"),
 E("VISIT", ["Jasur Tursunov"], "Cəbrayıl", None, "negated", "Özbək qonaqların Cəbrayıla",
   ["regional əməkdaşlıq"]),
])

A("686_pak_mingecevir_koica_apa.txt", "APA", """date 2027-11-24
Mingəçevirdə Koreyanın dəstəyi ilə energetika emalatxanası açılıb

Mingəçevir Dövlət Peşə Təhsil Mərkəzində Koreya Beynəlxalq Əməkdaşlıq Agentliyinin (KOICA) maliyyə dəstəyi ilə qurulan energetika emalatxanası bu gün istifadəyə verilib.

APA-nın Mərkəzi Aran bürosunun məlumatına görə, açılış mərasimində Koreya Respublikasının Azərbaycandakı səfiri Pak Çje Xun və Mingəçevir Şəhər İcra Hakimiyyətinin başçısı Kamran Həsənli iştirak ediblər.

Səfir çıxışında bildirib ki, emalatxanada hər il 200-dək gənc elektrik şəbəkələri və günəş panelləri üzrə ixtisas alacaq, ən yaxşı məzunlar Koreyada təcrübə keçəcək.

Pak Çje Xun dünən Mingəçevirə gəlib və elə həmin gün şəhər rəhbəri ilə görüşüb. Görüşdə Kür sahilində salınacaq sənaye parkında Koreya şirkətlərinin iştirakı imkanları nəzərdən keçirilib.

Mərasimdə KOICA-nın Azərbaycan nümayəndəliyinin rəhbəri Kim Su Yonun da iştirakı gözlənilirdi, lakin o, Seula ezam olunduğu üçün Mingəçevirə gələ bilməyib.

Səfirin sabah Yevlaxa keçərək oradakı aqrar texnikumla tanış olacağı bildirilir.
""", [
 ("Pak Çje Xun", "PER", "səfir", "Koreya", ["Pak Çje Xun"]),
 ("Kamran Həsənli", "PER", "başçı", "Mingəçevir Şəhər İcra Hakimiyyəti", ["Kamran Həsənli"]),
 ("Kim Su Yon", "PER", "nümayəndəliyin rəhbəri", "Koreya Beynəlxalq Əməkdaşlıq Agentliyi", ["Kim Su Yonun"]),
 ("Mingəçevir Dövlət Peşə Təhsil Mərkəzi", "ORG", None, None, ["Mingəçevir Dövlət Peşə Təhsil Mərkəzində"]),
 ("Koreya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Koreya Beynəlxalq Əməkdaşlıq Agentliyinin", "KOICA", "KOICA-nın"]),
 ("Mingəçevir Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Mingəçevir Şəhər İcra Hakimiyyətinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirdə", "Mingəçevirə"]),
 ("Koreya", "LOC", None, None, ["Koreyanın", "Koreya Respublikasının", "Koreyada", "Koreya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Kür çayı", "LOC", None, None, ["Kür"]),
 ("Seul", "LOC", None, None, ["Seula"]),
 ("Yevlax", "LOC", None, None, ["Yevlaxa"]),
], [
 E("ATTEND", ["Pak Çje Xun", "Kamran Həsənli"], "Mingəçevir Dövlət Peşə Təhsil Mərkəzi", "2027-11-24", "happened",
   "açılış mərasimində Koreya Respublikasının", ["peşə təhsili", "energetika"], date_text="bu gün",
   event_name="energetika emalatxanasının açılış mərasimi"),
 E("VISIT", ["Pak Çje Xun"], "Mingəçevir", "2027-11-23", "happened", "Pak Çje Xun dünən",
   ["investisiyalar"], date_text="dünən"),
 E("MEET", ["Pak Çje Xun", "Kamran Həsənli"], "Mingəçevir", "2027-11-23", "happened", "Pak Çje Xun dünən",
   ["investisiyalar", "sənaye parkı"], date_text="həmin gün"),
 E("ATTEND", ["Kim Su Yon"], "Mingəçevir Dövlət Peşə Təhsil Mərkəzi", "2027-11-24", "negated",
   "iştirakı gözlənilirdi, lakin o, Seula", ["peşə təhsili"], event_name="energetika emalatxanasının açılış mərasimi"),
 E("VISIT", ["Kim Su Yon"], "Mingəçevir", None, "negated", "iştirakı gözlənilirdi, lakin o, Seula",
   ["peşə təhsili"]),
 E("VISIT", ["Pak Çje Xun"], "Yevlax", "2027-11-25", "planned", "Səfirin sabah Yevlaxa",
   ["aqrar təhsil"], date_text="sabah"),
])

A("687_koreya_sefiri_mingecevir_metbuat.txt", "metbuat.az", """date 2027-11-24
Mingəçevirdə Koreyanın dəstəyi ilə peşə emalatxanası açılıb

Mingəçevir Dövlət Peşə Təhsil Mərkəzində Koreya Beynəlxalq Əməkdaşlıq Agentliyinin (KOICA) maliyyə dəstəyi ilə qurulan energetika emalatxanası bu gün istifadəyə verilib.

Metbuat.az APA-nın Mərkəzi Aran bürosuna istinadən bildirir ki, açılış mərasimində Koreya Respublikasının Azərbaycandakı səfiri Pak Çje Xun və Mingəçevir Şəhər İcra Hakimiyyətinin başçısı Kamran Həsənli iştirak ediblər.

Səfir çıxışında bildirib ki, emalatxanada hər il 200-dək gənc elektrik şəbəkələri və günəş panelləri üzrə ixtisas alacaq, ən yaxşı məzunlar Koreyada təcrübə keçəcək.

Pak Çje Xun Mingəçevirə dünən gəlib və həmin gün şəhərin icra başçısı ilə görüşüb. Görüşdə Kür sahilində salınacaq sənaye parkında Koreya şirkətlərinin iştirakı imkanları nəzərdən keçirilib.

Mərasimdə KOICA-nın Azərbaycan nümayəndəliyinin rəhbəri Kim Su Yonun da iştirakı gözlənilirdi, lakin o, Seula ezam olunduğu üçün Mingəçevirə gələ bilməyib.

Səfirin sabah Yevlaxa keçərək oradakı aqrar texnikumla tanış olacağı bildirilir.
""", [
 ("Pak Çje Xun", "PER", "səfir", "Koreya", ["Pak Çje Xun"]),
 ("Kamran Həsənli", "PER", "başçı", "Mingəçevir Şəhər İcra Hakimiyyəti", ["Kamran Həsənli"]),
 ("Kim Su Yon", "PER", "nümayəndəliyin rəhbəri", "Koreya Beynəlxalq Əməkdaşlıq Agentliyi", ["Kim Su Yonun"]),
 ("Mingəçevir Dövlət Peşə Təhsil Mərkəzi", "ORG", None, None, ["Mingəçevir Dövlət Peşə Təhsil Mərkəzində"]),
 ("Koreya Beynəlxalq Əməkdaşlıq Agentliyi", "ORG", None, None, ["Koreya Beynəlxalq Əməkdaşlıq Agentliyinin", "KOICA", "KOICA-nın"]),
 ("Mingəçevir Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Mingəçevir Şəhər İcra Hakimiyyətinin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Koreya", "LOC", None, None, ["Koreyanın", "Koreya Respublikasının", "Koreyada", "Koreya"]),
 ("Mingəçevir", "LOC", None, None, ["Mingəçevirdə", "Mingəçevirə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycan"]),
 ("Kür çayı", "LOC", None, None, ["Kür"]),
 ("Seul", "LOC", None, None, ["Seula"]),
 ("Yevlax", "LOC", None, None, ["Yevlaxa"]),
], [
 E("ATTEND", ["Pak Çje Xun", "Kamran Həsənli"], "Mingəçevir Dövlət Peşə Təhsil Mərkəzi", "2027-11-24", "happened",
   "açılış mərasimində Koreya Respublikasının", ["peşə təhsili", "energetika"], date_text="bu gün",
   event_name="energetika emalatxanasının açılış mərasimi", same_as="686_pak_mingecevir_koica_apa.txt"),
 E("VISIT", ["Pak Çje Xun"], "Mingəçevir", "2027-11-23", "happened", "Pak Çje Xun Mingəçevirə dünən",
   ["investisiyalar"], date_text="dünən", same_as="686_pak_mingecevir_koica_apa.txt"),
 E("MEET", ["Pak Çje Xun", "Kamran Həsənli"], "Mingəçevir", "2027-11-23", "happened", "Pak Çje Xun Mingəçevirə dünən",
   ["investisiyalar", "sənaye parkı"], date_text="həmin gün", same_as="686_pak_mingecevir_koica_apa.txt"),
 E("ATTEND", ["Kim Su Yon"], "Mingəçevir Dövlət Peşə Təhsil Mərkəzi", "2027-11-24", "negated",
   "iştirakı gözlənilirdi, lakin o, Seula", ["peşə təhsili"], event_name="energetika emalatxanasının açılış mərasimi",
   same_as="686_pak_mingecevir_koica_apa.txt"),
 E("VISIT", ["Kim Su Yon"], "Mingəçevir", None, "negated", "iştirakı gözlənilirdi, lakin o, Seula",
   ["peşə təhsili"], same_as="686_pak_mingecevir_koica_apa.txt"),
 E("VISIT", ["Pak Çje Xun"], "Yevlax", "2027-11-25", "planned", "Səfirin sabah Yevlaxa",
   ["aqrar təhsil"], date_text="sabah", same_as="686_pak_mingecevir_koica_apa.txt"),
], duplicate_of="686_pak_mingecevir_koica_apa.txt")

A("688_kuzmicov_elet_limani_report.txt", "report.az", """date 2027-09-15
Həştərxan qubernatoru bərə ilə Ələtə gəlib

Rusiyanın Həştərxan vilayətinin qubernatoru Oleq Kuzmiçov bu gün səhər Xəzər dənizi ilə işləyən bərə reysi ilə Ələt qəsəbəsindəki Bakı Beynəlxalq Dəniz Ticarət Limanına gəlib. Limanda qonağı limanın baş direktoru Taleh Ağasıyev qarşılayıb.

Report-un məlumatına görə, qubernator daha sonra azad zonanın inzibati binasında Ələt Azad İqtisadi Zonası Hakimiyyətinin sədri Vüsalə Kərimova ilə görüşüb. Həmsöhbətlər zonanın ərazisində Həştərxan şirkətləri üçün soyuducu anbarlı logistika mərkəzinin yaradılmasını müzakirə ediblər.

Həmin gün Həştərxan vilayətinin hökuməti ilə "Azərbaycan Dəmir Yolları" QSC arasında yük qatarlarının hərəkət cədvəllərinin uzlaşdırılmasına dair memorandum imzalanıb; sənədə Kuzmiçov və ADY-nin sədri Rövşən Məlikzadə imza atıblar.

Qubernatorun sabaha planlaşdırılan Baş nazir Nicat Ələsgərli ilə görüşü isə baş tutmayacaq: Baş nazir həmin gün Səmərqənddə səfərdə olacaq.

Bunun əvəzinə Kuzmiçov sabah Sumqayıta gedəcək və Sumqayıt Kimya Sənaye Parkının rezidentləri ilə görüşəcək.
""", [
 ("Oleq Kuzmiçov", "PER", "qubernator", "Rusiya", ["Oleq Kuzmiçov", "Kuzmiçov"]),
 ("Taleh Ağasıyev", "PER", "baş direktor", None, ["Taleh Ağasıyev"]),
 ("Vüsalə Kərimova", "PER", "sədr", "Ələt Azad İqtisadi Zonası Hakimiyyəti", ["Vüsalə Kərimova"]),
 ("Rövşən Məlikzadə", "PER", "sədr", "Azərbaycan Dəmir Yolları", ["Rövşən Məlikzadə"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", None, ["Nicat Ələsgərli"]),
 ("Ələt Azad İqtisadi Zonası Hakimiyyəti", "ORG", None, None, ["Ələt Azad İqtisadi Zonası Hakimiyyətinin"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları", "ADY-nin"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Həştərxan", "LOC", None, None, ["Həştərxan"]),
 ("Ələt", "LOC", None, None, ["Ələtə", "Ələt"]),
 ("Rusiya", "LOC", None, None, ["Rusiyanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanına"]),
 ("Səmərqənd", "LOC", None, None, ["Səmərqənddə"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıta"]),
 ("Sumqayıt Kimya Sənaye Parkı", "ORG", None, None, ["Sumqayıt Kimya Sənaye Parkının"]),
], [
 E("VISIT", ["Oleq Kuzmiçov"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2027-09-15", "happened",
   "Oleq Kuzmiçov bu gün səhər", ["nəqliyyat", "logistika"], date_text="bu gün"),
 E("MEET", ["Taleh Ağasıyev", "Oleq Kuzmiçov"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2027-09-15", "happened",
   "Limanda qonağı limanın", ["logistika"], host="Taleh Ağasıyev", date_text="bu gün"),
 E("MEET", ["Oleq Kuzmiçov", "Vüsalə Kərimova"], "Ələt Azad İqtisadi Zonası Hakimiyyəti", "2027-09-15", "happened",
   "qubernator daha sonra azad zonanın", ["logistika", "azad iqtisadi zona"]),
 E("SIGN", ["Oleq Kuzmiçov", "Rövşən Məlikzadə"], None, "2027-09-15", "happened", "Həmin gün Həştərxan vilayətinin",
   ["dəmir yolu daşımaları"], date_text="Həmin gün"),
 E("MEET", ["Oleq Kuzmiçov", "Nicat Ələsgərli"], None, "2027-09-16", "negated", "Qubernatorun sabaha planlaşdırılan",
   ["regional əməkdaşlıq"], date_text="sabaha"),
 E("VISIT", ["Nicat Ələsgərli"], "Səmərqənd", "2027-09-16", "planned", "Qubernatorun sabaha planlaşdırılan",
   ["beynəlxalq münasibətlər"], date_text="həmin gün"),
 E("VISIT", ["Oleq Kuzmiçov"], "Sumqayıt", "2027-09-16", "planned", "Bunun əvəzinə Kuzmiçov",
   ["kimya sənayesi"], date_text="sabah"),
])

A("689_talibzade_xive_qardaslasma_trend.txt", "trend.az", """date 2027-06-23
Şəki ilə Xivə arasında qardaşlıq sazişi imzalanıb

Şəki Şəhər İcra Hakimiyyətinin başçısı Elxan Talıbzadənin rəhbərlik etdiyi nümayəndə heyəti Özbəkistanın Xorəzm vilayətində səfərdədir. İyunun 20-də Urgenc hava limanına enən şəkililəri Xorəzm vilayətinin hakimi Farhod Ermanov qarşılayıb.

Trend-in Orta Asiya müxbirinin məlumatına görə, bir gün sonra Xivəyə keçən heyətin iştirakı ilə İçan-Qala muzey-qoruğunun ərazisində iki qədim İpək Yolu şəhəri arasında qardaşlıq sazişi imzalanıb. Sənədə Talıbzadə və Xivə şəhərinin hakimi Umid Sobirov imza atıblar. Sazişə əsasən hər il Şəkidə və Xivədə növbə ilə sənətkarlıq yarmarkası keçiriləcək.

Dünən şəkili qonaqlar Xivədəki Cümə məscidini ziyarət edib, ipək xalçaçılığı emalatxanalarında ustalarla həmsöhbət olublar.

Heyətin bu gün Buxaraya yollanacağı, orada vilayət hakiminin qəbulunda olacağı bildirilir.

Daşkənddə Özbəkistan Turizm Komitəsinin sədri ilə görüş də proqramda idi, lakin komitə rəhbərinin xaricə ezamiyyəti səbəbindən həmin görüş ləğv olunub.
""", [
 ("Elxan Talıbzadə", "PER", "başçı", "Şəki Şəhər İcra Hakimiyyəti", ["Elxan Talıbzadənin", "Talıbzadə"]),
 ("Farhod Ermanov", "PER", "hakim", "Özbəkistan", ["Farhod Ermanov"]),
 ("Umid Sobirov", "PER", "hakim", "Özbəkistan", ["Umid Sobirov"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Özbəkistan Turizm Komitəsi", "ORG", None, None, ["Özbəkistan Turizm Komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Şəki", "LOC", None, None, ["Şəki", "Şəkidə"]),
 ("Xivə", "LOC", None, None, ["Xivə", "Xivəyə", "Xivədə", "Xivədəki"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistanın"]),
 ("Xorəzm", "LOC", None, None, ["Xorəzm"]),
 ("Urgenc", "LOC", None, None, ["Urgenc"]),
 ("Orta Asiya", "LOC", None, None, ["Orta Asiya"]),
 ("İçan-Qala muzey-qoruğu", "LOC", None, None, ["İçan-Qala muzey-qoruğunun"]),
 ("Xivə Cümə məscidi", "LOC", None, None, ["Cümə məscidini"]),
 ("Buxara", "LOC", None, None, ["Buxaraya"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
], [
 E("VISIT", ["Elxan Talıbzadə"], "Xorəzm", "2027-06-20", "happened", "Elxan Talıbzadənin rəhbərlik etdiyi",
   ["qardaşlaşmış şəhərlər"], date_text="İyunun 20-də"),
 E("MEET", ["Farhod Ermanov", "Elxan Talıbzadə"], "Urgenc", "2027-06-20", "happened", "İyunun 20-də Urgenc",
   ["qardaşlaşmış şəhərlər"], host="Farhod Ermanov", date_text="İyunun 20-də"),
 E("VISIT", ["Elxan Talıbzadə"], "Xivə", "2027-06-21", "happened", "bir gün sonra Xivəyə",
   ["qardaşlaşmış şəhərlər"], date_text="bir gün sonra"),
 E("SIGN", ["Elxan Talıbzadə", "Umid Sobirov"], "İçan-Qala muzey-qoruğu", "2027-06-21", "happened",
   "bir gün sonra Xivəyə", ["qardaşlaşmış şəhərlər", "turizm"], date_text="bir gün sonra"),
 E("VISIT", ["Elxan Talıbzadə"], "Xivə Cümə məscidi", "2027-06-22", "happened", "Dünən şəkili qonaqlar",
   ["mədəni irs"], place="Xivə Cümə məscidi", date_text="Dünən"),
 E("VISIT", ["Elxan Talıbzadə"], "Buxara", "2027-06-23", "planned", "Heyətin bu gün Buxaraya",
   ["regional əməkdaşlıq"], date_text="bu gün"),
 E("MEET", ["Elxan Talıbzadə", "Özbəkistan Turizm Komitəsi"], "Daşkənd", None, "negated", "Daşkənddə Özbəkistan Turizm",
   ["turizm"]),
])

A("690_seki_zaqatala_turist_axini_apa.txt", "APA", """date 2027-08-05
Şəki-Zaqatala bölgəsinə gələn əcnəbi turistlərin sayı 18 faiz artıb

Yanvar–iyul aylarında Şəki-Zaqatala iqtisadi rayonunu 146 min əcnəbi qonaq ziyarət edib; bu göstərici bir il əvvəlkindən 18 faiz yüksəkdir.

Bu barədə APA-ya Dövlət Turizm Agentliyindən məlumat verilib. Qonaqların ən böyük hissəsi Rusiya, Türkiyə, Gürcüstan və Səudiyyə Ərəbistanından olub, Çin və Koreyadan gələn səyyahların sayı isə ikiqat artıb.

Agentliyin sədr müavini Orxan Sübhanlının sözlərinə görə, artımda Qəbələ Beynəlxalq Hava Limanına yeni çarter reyslərinin açılması və Şəkidə qonaq evləri şəbəkəsinin genişlənməsi həlledici rol oynayıb. O bildirib ki, iyulda Şəkidə təşkil olunan "İpək Yolu" festivalı da bölgənin tanıdılmasına ciddi töhfə verib.

Agentlik payız mövsümündə xarici tur-operatorlar üçün Şəki, Qax və Zaqatala üzrə tanışlıq səfərləri təşkil edəcək. Bölgədə otellərin orta doluluq səviyyəsi iyul-avqust aylarında 87 faizə çatıb, bəzi qonaq evlərində isə boş yer tapmaq mümkün olmayıb.

Mütəxəssislər qeyd edir ki, bölgəyə gələn turistlərin orta qalma müddəti üç gecədən dörd gecəyə yüksəlib.
""", [
 ("Orxan Sübhanlı", "PER", "sədr müavini", "Dövlət Turizm Agentliyi", ["Orxan Sübhanlının"]),
 ("Dövlət Turizm Agentliyi", "ORG", None, None, ["Dövlət Turizm Agentliyindən"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Şəki-Zaqatala", "LOC", None, None, ["Şəki-Zaqatala"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanından"]),
 ("Çin", "LOC", None, None, ["Çin"]),
 ("Koreya", "LOC", None, None, ["Koreyadan"]),
 ("Qəbələ Beynəlxalq Hava Limanı", "LOC", None, None, ["Qəbələ Beynəlxalq Hava Limanına"]),
 ("Şəki", "LOC", None, None, ["Şəkidə", "Şəki"]),
 ("Qax", "LOC", None, None, ["Qax"]),
 ("Zaqatala", "LOC", None, None, ["Zaqatala"]),
], [], topics=["turizm", "statistika"])
