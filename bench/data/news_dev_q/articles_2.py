A("437_celebiyev_kuandiqov_telefon_metbuat.txt", "metbuat.az", """date 2029-04-10
Vaqif Çələbiyev qazaxıstanlı həmkarı ilə Orta Dəhlizdə tranzit tariflərini müzakirə edib

METBUAT.AZ
Xəbərlər / Nəqliyyat
10.04.2029 | 12:14

Dünən rəqəmsal inkişaf və nəqliyyat naziri Vaqif Çələbiyevlə Qazaxıstanın nəqliyyat naziri Daniyar Kuandıqov arasında telefon söhbəti olub.

Metbuat.az-a nazirliyin mətbuat xidmətindən bildirilib ki, söhbət zamanı Aktau və Kurık limanlarından Bakı istiqamətində konteyner axınının sürətlə çoxaldığı, buna görə də bərə və tanker donanmasının genişləndirilməsinin zəruriliyi qeyd olunub. Nazirlər Orta Dəhliz boyunca vahid tranzit tarifinin ilin ikinci yarısından tətbiqinə hazırlığın gedişini də gözdən keçiriblər.

Kuandıqovun aprel ayında Bakıya gəlməsi nəzərdə tutulurdu, lakin səfər Astanada keçirilən hökumət iclası ilə üst-üstə düşdüyündən baş tutmayıb. Əvəzində Çələbiyevin mayın sonunda Aktaua səfər edəcəyi, səfər çərçivəsində iki nazirin Kurıkda yeni bərə terminalının açılışında birgə iştirak edəcəyi razılaşdırılıb.

Həmin gün Çələbiyev Gürcüstanın iqtisadiyyat və davamlı inkişaf naziri Zurab Kvirikaşvili ilə də telefon vasitəsilə əlaqə saxlayaraq Poti və Batumi limanlarında yüklərin gözləmə müddətinin qısaldılması yollarını müzakirə edib.

Paylaş:

Ən çox oxunanlar
Bakı metrosunun yeni stansiyasında sınaq hərəkəti başlayıb
Manatın məzənnəsi sabitdir
""", [
 ("Vaqif Çələbiyev", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", None, ["Vaqif Çələbiyev", "Vaqif Çələbiyevlə", "Çələbiyevin", "Çələbiyev"]),
 ("Daniyar Kuandıqov", "PER", "nəqliyyat naziri", "Qazaxıstan", ["Daniyar Kuandıqov", "Kuandıqovun"]),
 ("Zurab Kvirikaşvili", "PER", "iqtisadiyyat və davamlı inkişaf naziri", "Gürcüstan", ["Zurab Kvirikaşvili"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-a"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Aktau", "LOC", None, None, ["Aktau", "Aktaua"]),
 ("Kurık", "LOC", None, None, ["Kurık", "Kurıkda"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("Poti", "LOC", None, None, ["Poti"]),
 ("Batumi", "LOC", None, None, ["Batumi"]),
], [
 E("CALL", ["Vaqif Çələbiyev", "Daniyar Kuandıqov"], None, "2029-04-09", "happened", "Dünən rəqəmsal inkişaf",
   ["Orta Dəhliz", "tranzit tarifləri", "Xəzər dənizində daşımalar"], date_text="Dünən"),
 E("VISIT", ["Daniyar Kuandıqov"], "Bakı", "2029-04", "negated", "Kuandıqovun aprel ayında",
   ["nəqliyyat"], date_text="aprel ayında"),
 E("VISIT", ["Vaqif Çələbiyev"], "Aktau", "2029-05", "planned", "Çələbiyevin mayın sonunda Aktaua",
   ["nəqliyyat"], date_text="mayın sonunda"),
 E("ATTEND", ["Vaqif Çələbiyev", "Daniyar Kuandıqov"], "Kurık", "2029-05", "planned", "iki nazirin Kurıkda",
   ["limanlar", "bərə daşımaları"], date_text="mayın sonunda", event_name="yeni bərə terminalının açılışı"),
 E("CALL", ["Vaqif Çələbiyev", "Zurab Kvirikaşvili"], None, "2029-04-09", "happened", "telefon vasitəsilə əlaqə saxlayaraq",
   ["limanlar"], date_text="Həmin gün"),
])

A("438_heziyev_durmaz_qars_protokol_report.txt", "report.az", """date 2029-04-13
ADY ilə TCDD Qars–Naxçıvan dəmir yolu üzrə birgə texniki qrup yaradır

Azərbaycan Dəmir Yollarının (ADY) sədri Cavid Həziyev çərşənbə günü Türkiyənin Qars şəhərinə gəlib.

Report-un əldə etdiyi məlumata görə, ertəsi gün Qars valiliyinin binasında Həziyevi Türkiyə Dövlət Dəmir Yollarının (TCDD) baş direktoru Mehmet Ali Durmaz qarşılayıb. Tərəflər 224 kilometrlik Qars–İğdır–Naxçıvan xəttinin layihələndirilməsindəki gecikmələrin səbəblərini, xəttin Orta Dəhlizin cənub qolu kimi istifadəyə verilməsindən sonra Naxçıvana və İran sərhədinə qədər yeni yük axınlarının yaranacağını ətraflı müzakirə ediblər.

Görüşün yekununda Həziyev və Durmaz birgə texniki qrupun yaradılmasına dair protokol imzalayıblar. Sənədə əsasən, qrup ilk hesabatını avqustadək təqdim etməlidir. Həmin gün qonaq ev sahibi ilə birlikdə Qars Logistika Mərkəzini gəzərək BTQ xətti ilə gələn yüklərin emalı prosesi ilə tanış olub.

Həziyevin bu gün İğdıra keçərək gələcək xəttin marşrutu boyunca baxış keçirməsi nəzərdə tutulurdu. Lakin bölgədə güclü yağışlar səbəbindən bu plan təxirə salınıb və ADY-nin sədri Bakıya qayıdıb.

Durmazın iyunda Naxçıvana gələrək Həziyevlə görüşləri davam etdirəcəyi bildirilib.
""", [
 ("Cavid Həziyev", "PER", "sədr", "Azərbaycan Dəmir Yolları", ["Cavid Həziyev", "Həziyevi", "Həziyev", "Həziyevin", "Həziyevlə"]),
 ("Mehmet Ali Durmaz", "PER", "baş direktor", "Türkiyə Dövlət Dəmir Yolları", ["Mehmet Ali Durmaz", "Durmaz", "Durmazın"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["ADY", "Azərbaycan Dəmir Yollarının", "ADY-nin"]),
 ("Türkiyə Dövlət Dəmir Yolları", "ORG", None, None, ["TCDD", "Türkiyə Dövlət Dəmir Yollarının"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Qars", "LOC", None, None, ["Qars"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan", "Naxçıvana"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("İğdır", "LOC", None, None, ["İğdır", "İğdıra"]),
 ("İran", "LOC", None, None, ["İran"]),
 ("Qars Logistika Mərkəzi", "LOC", None, None, ["Qars Logistika Mərkəzini"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Cavid Həziyev"], "Qars", "2029-04-11", "happened", "sədri Cavid Həziyev çərşənbə günü",
   ["dəmir yolu"], date_text="çərşənbə günü"),
 E("MEET", ["Mehmet Ali Durmaz", "Cavid Həziyev"], "Qars", "2029-04-12", "happened", "Həziyevi Türkiyə Dövlət",
   ["dəmir yolu", "Orta Dəhliz"], host="Mehmet Ali Durmaz", date_text="ertəsi gün"),
 E("SIGN", ["Cavid Həziyev", "Mehmet Ali Durmaz"], "Qars", "2029-04-12", "happened", "Görüşün yekununda Həziyev",
   ["dəmir yolu"]),
 E("VISIT", ["Cavid Həziyev", "Mehmet Ali Durmaz"], "Qars Logistika Mərkəzi", "2029-04-12", "happened",
   "Həmin gün qonaq ev sahibi", ["logistika"], place="Qars Logistika Mərkəzi", date_text="Həmin gün"),
 E("VISIT", ["Cavid Həziyev"], "İğdır", "2029-04-13", "negated", "Həziyevin bu gün İğdıra",
   ["dəmir yolu"], date_text="bu gün"),
 E("VISIT", ["Mehmet Ali Durmaz"], "Naxçıvan", "2029-06", "planned", "Durmazın iyunda Naxçıvana",
   ["dəmir yolu"], date_text="iyunda"),
 E("MEET", ["Mehmet Ali Durmaz", "Cavid Həziyev"], "Naxçıvan", "2029-06", "planned", "Həziyevlə görüşləri davam",
   ["dəmir yolu"], date_text="iyunda"),
])

A("439_pak_conqsu_koreya_biznes_forumu_azertac.txt", "AZERTAC", """date 2029-04-17
Bakıda Azərbaycan–Koreya biznes forumu keçirilib, enerji və sənaye sahələrində sənədlər imzalanıb

Bu gün Bakıda Koreya Respublikasının ticarət, sənaye və energetika nazirinin birinci müavini Pak Conqsunun başçılıq etdiyi nümayəndə heyətinin iştirakı ilə Azərbaycan–Koreya biznes forumu keçirilib.

AZERTAC xəbər verir ki, İqtisadiyyat Nazirliyi, AZPROMO və Koreya Ticarət-İnvestisiya Təşviqi Agentliyinin (KOTRA) birgə təşkil etdikləri forumu giriş sözü ilə açan iqtisadiyyat naziri Zaur Hümbətli Koreya şirkətlərinin ölkəmizdə gəmiqayırma, elektronika və "ağıllı şəhər" layihələrindəki iştirakının genişlənəcəyinə ümid etdiyini bildirib. Forumda söz alan Pak Conqsu isə ikitərəfli ticarətin ötən il 40 faiz böyüdüyünü, Koreya investorlarının Xəzər hövzəsində bərpaolunan enerji layihələrinə maraq göstərdiyini qeyd edib.

Forumun gedişində iki sənəd imzalanıb: Azərenerji ASC ilə Koreya Elektrik Enerjisi Korporasiyası (KEPCO) yüksəkgərginlikli yarımstansiyaların modernləşdirilməsinə dair memorandumu, Azərbaycan Sənaye Korporasiyası ilə "Doosan Enerbility" şirkəti isə Sumqayıtda qaz turbinləri üçün servis mərkəzinin yaradılması haqqında sazişi imzalayıblar.

Dünən axşam Bakıya gələn Pakı bu gün forumdan əvvəl Baş nazir Nicat Ələsgərli qəbul edib. Qonağın sabah Ələt Azad İqtisadi Zonasına baş çəkməsi nəzərdə tutulur.
""", [
 ("Pak Conqsu", "PER", "nazirin birinci müavini", "Koreya", ["Pak Conqsunun", "Pak Conqsu", "Pakı"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Zaur Hümbətli"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyi"]),
 ("İxracın və İnvestisiyaların Təşviqi Agentliyi", "ORG", None, None, ["AZPROMO"]),
 ("Koreya Ticarət-İnvestisiya Təşviqi Agentliyi", "ORG", None, None, ["Koreya Ticarət-İnvestisiya Təşviqi Agentliyinin", "KOTRA"]),
 ("Azərenerji", "ORG", None, None, ["Azərenerji"]),
 ("Koreya Elektrik Enerjisi Korporasiyası", "ORG", None, None, ["Koreya Elektrik Enerjisi Korporasiyası", "KEPCO"]),
 ("Azərbaycan Sənaye Korporasiyası", "ORG", None, None, ["Azərbaycan Sənaye Korporasiyası"]),
 ("Doosan Enerbility", "ORG", None, None, ["Doosan Enerbility"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Koreya", "LOC", None, None, ["Koreya", "Koreya Respublikasının"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasına"]),
], [
 E("ATTEND", ["Pak Conqsu"], "Bakı", "2029-04-17", "happened", "Bu gün Bakıda Koreya",
   ["ticarət", "investisiya"], date_text="Bu gün", event_name="Azərbaycan–Koreya biznes forumu"),
 E("ATTEND", ["Zaur Hümbətli"], "Bakı", "2029-04-17", "happened", "forumu giriş sözü ilə açan",
   ["investisiya", "gəmiqayırma"], date_text="Bu gün", event_name="Azərbaycan–Koreya biznes forumu"),
 E("SIGN", ["Azərenerji", "Koreya Elektrik Enerjisi Korporasiyası"], "Bakı", "2029-04-17", "happened",
   "Forumun gedişində iki sənəd", ["elektrik şəbəkələri"]),
 E("SIGN", ["Azərbaycan Sənaye Korporasiyası", "Doosan Enerbility"], "Bakı", "2029-04-17", "happened",
   "Azərbaycan Sənaye Korporasiyası ilə", ["sənaye", "qaz turbinləri"]),
 E("VISIT", ["Pak Conqsu"], "Bakı", "2029-04-16", "happened", "Dünən axşam Bakıya gələn",
   ["ticarət"], date_text="Dünən axşam"),
 E("MEET", ["Nicat Ələsgərli", "Pak Conqsu"], None, "2029-04-17", "happened", "forumdan əvvəl Baş nazir",
   ["ticarət", "investisiya"], host="Nicat Ələsgərli", date_text="bu gün"),
 E("VISIT", ["Pak Conqsu"], "Ələt Azad İqtisadi Zonası", "2029-04-18", "planned", "Qonağın sabah Ələt",
   ["azad iqtisadi zona"], place="Ələt Azad İqtisadi Zonası", date_text="sabah"),
])

A("440_dadasli_roma_afina_tirana_apa.txt", "APA", """date 2029-04-25
Kənan Dadaşlı Roma və Afinada danışıqlar aparıb, Tirana səfəri ləğv olunub

Energetika naziri Kənan Dadaşlının Cənubi Avropa ölkələrinə işgüzar səfəri cümə günü İtaliyadan başlayıb.

APA-nın məlumatına görə, həmin gün Romada nazir İtaliyanın ətraf mühit və enerji təhlükəsizliyi naziri Alessandra Ferruçi ilə görüşərək TAP-ın ötürücülük qabiliyyətinin genişləndirilməsinin ikinci mərhələsi, Azərbaycandan İtaliyaya nəql olunan qazın həcminin 2031-ci ildən artırılması barədə fikir mübadiləsi edib. İtaliya paytaxtında Dadaşlı həmçinin Snam şirkətinin rəhbərliyi ilə görüşüb.

Bazar ertəsi Afinaya yollanan nazir orada Yunanıstanın ətraf mühit və energetika naziri Nikos Kalogeropulos ilə danışıqlar aparıb, danışıqların sonunda isə tərəflər Azərbaycan qazının Yunanıstan üzərindən Balkan yarımadası ölkələrinə tədarükünə dair birgə bəyanat imzalayıblar. Dünən Dadaşlı Aleksandrupolis limanı yaxınlığındakı üzən LNG terminalında olub.

Səfərin son mərhələsi kimi Albaniyaya gediş də proqrama daxil edilmişdi. Lakin albaniyalı həmkarı ilə görüşün vaxtı parlament dinləmələri ilə üst-üstə düşdüyündən nazir bu gün Tiranaya getmək əvəzinə Vətənə qayıdır.
""", [
 ("Kənan Dadaşlı", "PER", "energetika naziri", "Azərbaycan", ["Kənan Dadaşlı", "Kənan Dadaşlının", "Dadaşlı"]),
 ("Alessandra Ferruçi", "PER", "ətraf mühit və enerji təhlükəsizliyi naziri", "İtaliya", ["Alessandra Ferruçi"]),
 ("Nikos Kalogeropulos", "PER", "ətraf mühit və energetika naziri", "Yunanıstan", ["Nikos Kalogeropulos"]),
 ("Snam", "ORG", None, None, ["Snam"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Roma", "LOC", None, None, ["Roma", "Romada"]),
 ("Afina", "LOC", None, None, ["Afinada", "Afinaya"]),
 ("Tirana", "LOC", None, None, ["Tirana", "Tiranaya"]),
 ("Cənubi Avropa", "LOC", None, None, ["Cənubi Avropa"]),
 ("İtaliya", "LOC", None, None, ["İtaliyadan", "İtaliyanın", "İtaliyaya", "İtaliya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandan", "Azərbaycan"]),
 ("Yunanıstan", "LOC", None, None, ["Yunanıstanın", "Yunanıstan"]),
 ("Balkan yarımadası", "LOC", None, None, ["Balkan yarımadası"]),
 ("Aleksandrupolis", "LOC", None, None, ["Aleksandrupolis"]),
 ("Albaniya", "LOC", None, None, ["Albaniyaya"]),
], [
 E("VISIT", ["Kənan Dadaşlı"], "Roma", "2029-04-20", "happened", "Cənubi Avropa ölkələrinə işgüzar",
   ["enerji təhlükəsizliyi"], date_text="cümə günü"),
 E("MEET", ["Kənan Dadaşlı", "Alessandra Ferruçi"], "Roma", "2029-04-20", "happened", "həmin gün Romada nazir",
   ["qaz tədarükü", "enerji təhlükəsizliyi"], date_text="həmin gün"),
 E("MEET", ["Kənan Dadaşlı", "Snam"], "Roma", None, "happened", "İtaliya paytaxtında Dadaşlı",
   ["qaz nəqli"]),
 E("VISIT", ["Kənan Dadaşlı"], "Afina", "2029-04-23", "happened", "Bazar ertəsi Afinaya yollanan",
   ["qaz tədarükü"], date_text="Bazar ertəsi"),
 E("MEET", ["Kənan Dadaşlı", "Nikos Kalogeropulos"], "Afina", "2029-04-23", "happened", "orada Yunanıstanın ətraf",
   ["qaz tədarükü"], date_text="Bazar ertəsi"),
 E("SIGN", ["Kənan Dadaşlı", "Nikos Kalogeropulos"], "Afina", "2029-04-23", "happened", "birgə bəyanat imzalayıblar",
   ["qaz tədarükü"], date_text="Bazar ertəsi"),
 E("VISIT", ["Kənan Dadaşlı"], "Aleksandrupolis", "2029-04-24", "happened", "Dünən Dadaşlı Aleksandrupolis",
   ["maye qaz"], date_text="Dünən"),
 E("VISIT", ["Kənan Dadaşlı"], "Tirana", "2029-04-25", "negated", "nazir bu gün Tiranaya",
   ["enerji"], date_text="bu gün"),
])

A("441_semkir_turkistan_vilayeti_memorandum_qafqazinfo.txt", "qafqazinfo.az", """date 2029-04-26
Türkistan vilayətinin heyəti Şəmkirdə: iki rayon arasında memorandum imzalanıb

Qafqazinfo.az | Region | 26 aprel 2029, 09:58

Qazaxıstanın Türkistan vilayəti akiminin müavini Nurbolat Yesjanovun rəhbərlik etdiyi nümayəndə heyəti bazar ertəsindən Şəmkir rayonunda səfərdədir.

Qafqazinfo-nun bölgə müxbirinin məlumatına görə, qonaqlar dünən Şəmkir Rayon İcra Hakimiyyətinin başçısı Eldəniz Qaraçorlu tərəfindən qəbul olunublar. Qaraçorlu rayonda pambıqçılığın və üzümçülüyün bərpasından, buradakı aqroparkın ixrac imkanlarından söz açıb; Yesjanov isə Türkistan vilayətinin suvarma sistemlərinin modernləşdirilməsində qazandığı təcrübədən danışıb.

Qəbuldan sonra Qaraçorlu ilə heyətin tərkibindəki Sayram rayonunun akimi Ərmək Tursınbayev Şəmkir və Sayram rayonları arasında qarşılıqlı əməkdaşlıq haqqında memorandumu imzalayıblar. Həmin gün qonaqlar Şəmkir Su Elektrik Stansiyasına baş çəkərək su anbarının suvarma üçün istifadəsi ilə maraqlanıblar.

Heyətin sabah Gəncəyə yollanaraq Azərbaycan Dövlət Aqrar Universitetinin rektoru Sərvər Ağakişibəyli ilə görüşəcəyi bildirilir.

Teqlər: Şəmkir, Qazaxıstan, Türkistan

Digər xəbərlər
Gədəbəydə qızıl hasilatı artıb
Tovuzda yeni məktəb binası istifadəyə verilib
""", [
 ("Nurbolat Yesjanov", "PER", "akimin müavini", "Qazaxıstan", ["Nurbolat Yesjanovun", "Yesjanov"]),
 ("Eldəniz Qaraçorlu", "PER", "başçı", "Şəmkir Rayon İcra Hakimiyyəti", ["Eldəniz Qaraçorlu", "Qaraçorlu"]),
 ("Ərmək Tursınbayev", "PER", "akim", "Qazaxıstan", ["Ərmək Tursınbayev"]),
 ("Sərvər Ağakişibəyli", "PER", "rektor", "Azərbaycan Dövlət Aqrar Universiteti", ["Sərvər Ağakişibəyli"]),
 ("Şəmkir Rayon İcra Hakimiyyəti", "ORG", None, None, ["Şəmkir Rayon İcra Hakimiyyətinin"]),
 ("Azərbaycan Dövlət Aqrar Universiteti", "ORG", None, None, ["Azərbaycan Dövlət Aqrar Universitetinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-nun"]),
 ("Türkistan", "LOC", None, None, ["Türkistan"]),
 ("Şəmkir", "LOC", None, None, ["Şəmkirdə", "Şəmkir"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Sayram", "LOC", None, None, ["Sayram"]),
 ("Şəmkir Su Elektrik Stansiyası", "LOC", None, None, ["Şəmkir Su Elektrik Stansiyasına"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
 ("Gədəbəy", "LOC", None, None, ["Gədəbəydə"]),
 ("Tovuz", "LOC", None, None, ["Tovuzda"]),
], [
 E("VISIT", ["Nurbolat Yesjanov"], "Şəmkir", "2029-04-23", "happened", "bazar ertəsindən Şəmkir",
   ["kənd təsərrüfatı"], date_text="bazar ertəsindən"),
 E("MEET", ["Eldəniz Qaraçorlu", "Nurbolat Yesjanov"], None, "2029-04-25", "happened", "qonaqlar dünən Şəmkir",
   ["pambıqçılıq", "üzümçülük", "suvarma"], host="Eldəniz Qaraçorlu", date_text="dünən"),
 E("SIGN", ["Eldəniz Qaraçorlu", "Ərmək Tursınbayev"], None, "2029-04-25", "happened", "Qəbuldan sonra Qaraçorlu",
   ["regionlararası əməkdaşlıq"]),
 E("VISIT", ["Nurbolat Yesjanov"], "Şəmkir Su Elektrik Stansiyası", "2029-04-25", "happened", "Həmin gün qonaqlar Şəmkir",
   ["suvarma"], place="Şəmkir Su Elektrik Stansiyası", date_text="Həmin gün"),
 E("VISIT", ["Nurbolat Yesjanov"], "Gəncə", "2029-04-27", "planned", "Heyətin sabah Gəncəyə",
   ["kənd təsərrüfatı"], date_text="sabah"),
 E("MEET", ["Nurbolat Yesjanov", "Sərvər Ağakişibəyli"], "Gəncə", "2029-04-27", "planned", "rektoru Sərvər Ağakişibəyli",
   ["aqrar təhsil"], date_text="sabah"),
])

A("442_humbetli_musahibe_qeyri_neft_ixraci_trend.txt", "trend.az", """date 2029-04-30
Zaur Hümbətli: "Qeyri-neft ixracında əsas hədəflərimiz Mərkəzi Asiya və Körfəz bazarlarıdır"

İqtisadiyyat naziri Zaur Hümbətli Trend-ə müsahibəsində ölkənin qeyri-neft ixracının strukturunda baş verən dəyişikliklərdən, Orta Dəhlizin iqtisadiyyata təsirindən və xarici investorlar üçün yaradılan yeni güzəştlərdən danışıb.

Nazirin sözlərinə görə, cari ilin birinci rübündə qeyri-neft ixracı 1,1 milyard dollar təşkil edib və ötən ilin müvafiq dövrü ilə müqayisədə 11 faiz artıb. Artımın yarısından çoxu Mərkəzi Asiya ölkələrinin və Körfəz dövlətlərinin payına düşür: Özbəkistana ixrac təxminən üçdə bir, Birləşmiş Ərəb Əmirliklərinə isə iki dəfə çoxalıb.

"Rusiya və Türkiyə ənənəvi bazarlar kimi öz əhəmiyyətini saxlayır, amma yeni istiqamətlərdə potensial daha böyükdür. Daşkənddə və Dubayda açılmış ticarət evlərimiz yerli distribütorlarla işi xeyli sürətləndirib", – deyə nazir vurğulayıb.

Hümbətli tranzit yüklərin artmasının logistika xidmətlərinin ixracını da stimullaşdırdığını bildirib: ötən il bu sektorun gəlirləri 700 milyon dolları ötüb. Nazir Ələt Azad İqtisadi Zonasında artıq 14 rezidentin qeydiyyatdan keçdiyini, onlardan beşinin istehsala başladığını da xatırladıb.

Müsahibənin sonunda nazir ilin sonunadək qeyri-neft ixracının 4,5 milyard dollara çatdırılmasını real hədəf adlandırıb.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", None, ["Zaur Hümbətli", "Hümbətli"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Körfəz", "LOC", None, None, ["Körfəz"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistana"]),
 ("Birləşmiş Ərəb Əmirlikləri", "LOC", None, None, ["Birləşmiş Ərəb Əmirliklərinə"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənddə"]),
 ("Dubay", "LOC", None, None, ["Dubayda"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasında"]),
], [], topics=["qeyri-neft ixracı", "Orta Dəhliz", "investisiya", "müsahibə"])

A("443_asco_kuryk_elet_ro_ro_xetti_oxu.txt", "oxu.az", """date 2029-05-03
ASCO Kurık limanı ilə Ələt arasında yeni Ro-Ro xəttini istifadəyə verib

OXU.AZ
Xəbər lenti / İqtisadiyyat
3 may 2029, 15:42

Azərbaycan Xəzər Dəniz Gəmiçiliyinin (ASCO) sədri Toğrul Sarıyev dünən Qazaxıstanın Manqıstau vilayətində işgüzar səfərdə olub.

Oxu.az-ın məlumatına görə, səfərin əsas məqsədi Kurık limanı ilə Ələt arasında həftədə üç reys yerinə yetirəcək yeni Ro-Ro xəttinin açılışı olub. Kurıkdakı mərasimdə çıxış edən Sarıyev yeni xəttin yük maşınlarının Xəzəri keçmə müddətini iki gündən 18 saata endirəcəyini deyib.

Mərasimdən sonra elə orada, limanın terminalında ASCO ilə Qazaxıstanın "KTZ Express" şirkəti arasında ildə 50 min konteynerin daşınmasını nəzərdə tutan üçillik müqavilə imzalanıb.

Günün ikinci yarısında Aktauda Sarıyevi Manqıstau vilayətinin akimi Beybit Ormanov qəbul edib. Görüşdə akim vilayətdə gəmi təmiri zavodunun tikintisinə Azərbaycan şirkətlərinin cəlb olunmasının mümkünlüyünü qeyd edib.

ASCO sədrinin iyunun əvvəlində Türkmənbaşı limanına səfəri də gözlənilir.

Oxşar xəbərlər
Bakı limanında birinci rübdə yük aşırımı artıb
Xəzərdə gəmi qəzası: heyət xilas edilib
""", [
 ("Toğrul Sarıyev", "PER", "sədr", "Azərbaycan Xəzər Dəniz Gəmiçiliyi", ["Toğrul Sarıyev", "Sarıyev", "Sarıyevi"]),
 ("Beybit Ormanov", "PER", "akim", "Qazaxıstan", ["Beybit Ormanov"]),
 ("Azərbaycan Xəzər Dəniz Gəmiçiliyi", "ORG", None, None, ["ASCO", "Azərbaycan Xəzər Dəniz Gəmiçiliyinin"]),
 ("KTZ Express", "ORG", None, None, ["KTZ Express"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın"]),
 ("Kurık", "LOC", None, None, ["Kurık", "Kurıkdakı"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Manqıstau", "LOC", None, None, ["Manqıstau"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzəri", "Xəzərdə"]),
 ("Aktau", "LOC", None, None, ["Aktauda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkmənbaşı", "LOC", None, None, ["Türkmənbaşı"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [
 E("VISIT", ["Toğrul Sarıyev"], "Manqıstau", "2029-05-02", "happened", "sədri Toğrul Sarıyev dünən",
   ["Xəzər dənizində daşımalar"], date_text="dünən"),
 E("ATTEND", ["Toğrul Sarıyev"], "Kurık", "2029-05-02", "happened", "mərasimdə çıxış edən Sarıyev",
   ["bərə daşımaları"], date_text="dünən", event_name="yeni Ro-Ro xəttinin açılışı"),
 E("SIGN", ["Azərbaycan Xəzər Dəniz Gəmiçiliyi", "KTZ Express"], "Kurık", "2029-05-02", "happened",
   "Mərasimdən sonra elə orada", ["konteyner daşımaları"], date_text="dünən"),
 E("MEET", ["Beybit Ormanov", "Toğrul Sarıyev"], "Aktau", "2029-05-02", "happened", "Günün ikinci yarısında Aktauda",
   ["gəmi təmiri"], host="Beybit Ormanov", date_text="dünən"),
 E("VISIT", ["Toğrul Sarıyev"], "Türkmənbaşı", "2029-06", "planned", "ASCO sədrinin iyunun əvvəlində",
   ["Xəzər dənizində daşımalar"], date_text="iyunun əvvəlində"),
])
