A("470_kazinform_baymaxanov_mehreliyev_metbuat.txt", "metbuat.az", """date 2029-06-15
Kazinform: Qazaxıstanın müdafiə naziri iyulda Bakıya gələcək

METBUAT.AZ
Siyasət | 15 iyun 2029, 11:06

Qazaxıstanın müdafiə naziri general-polkovnik Serik Baymaxanov dünən Astanada Azərbaycanın bu ölkədəki səfiri Turqut Mehrəliyevi qəbul edib.

Metbuat.az Qazaxıstanın «Kazinform» agentliyinə istinadən xəbər verir ki, görüşdə hərbi təhsil, müdafiə sənayesi müəssisələri arasında kooperasiya və Xəzərdə təhlükəsizlik məsələləri müzakirə olunub.

Agentliyin yaydığı açıqlamada Baymaxanovun iyulun ortalarında Bakıya rəsmi səfər edəcəyi və azərbaycanlı həmkarı Vüsal Təhməzli ilə danışıqlar aparacağı bildirilir. Qazax nazirin sözlərinə görə, səfər zamanı iki ölkənin müdafiə nazirlikləri arasında hərbi-texniki əməkdaşlıq haqqında sazişin imzalanması da gözlənilir.

Xatırladaq ki, Təhməzli ötən ilin sentyabrında Astanada olmuşdu.

Teqlər: Qazaxıstan, Kazinform, müdafiə

Oxşar xəbərlər
Qırğızıstanla hərbi təhsil sahəsində əməkdaşlıq genişlənir
Özbəkistan ordusunun zabitləri Bakıda təcrübə keçir

Metbuat.az-ın bütün hüquqları qorunur
""", [
 ("Serik Baymaxanov", "PER", "müdafiə naziri", "Qazaxıstan", ["Serik Baymaxanov", "Baymaxanovun"]),
 ("Turqut Mehrəliyev", "PER", "səfir", "Azərbaycan", ["Turqut Mehrəliyevi"]),
 ("Vüsal Təhməzli", "PER", "müdafiə naziri", "Azərbaycan", ["Vüsal Təhməzli", "Təhməzli"]),
 ("Kazinform", "ORG", None, None, ["Kazinform"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az", "Metbuat.az-ın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın", "Qazaxıstan"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Astana", "LOC", None, None, ["Astanada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanla"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
], [
 E("MEET", ["Serik Baymaxanov", "Turqut Mehrəliyev"], "Astana", "2029-06-14", "happened",
   "general-polkovnik Serik Baymaxanov dünən", ["hərbi əməkdaşlıq", "müdafiə sənayesi"], host="Serik Baymaxanov",
   date_text="dünən"),
 E("VISIT", ["Serik Baymaxanov"], "Bakı", "2029-07", "planned", "Agentliyin yaydığı açıqlamada",
   ["hərbi əməkdaşlıq"], date_text="iyulun ortalarında"),
 E("MEET", ["Serik Baymaxanov", "Vüsal Təhməzli"], "Bakı", "2029-07", "planned", "Agentliyin yaydığı açıqlamada",
   ["hərbi əməkdaşlıq"], date_text="iyulun ortalarında"),
 E("VISIT", ["Vüsal Təhməzli"], "Astana", "2028-09", "happened", "Təhməzli ötən ilin sentyabrında",
   ["hərbi əməkdaşlıq"], date_text="ötən ilin sentyabrında"),
])

A("471_heyderzade_subramanyam_adb_kredit_azertac.txt", "AZERTAC", """date 2029-06-27
Asiya İnkişaf Bankı ilə 150 milyon dollarlıq kredit sazişi imzalanıb

Bakı, 27 iyun, AZƏRTAC

Asiya İnkişaf Bankının (ADB) vitse-prezidenti Rameş Subramanyam işgüzar səfərlə Bakıdadır.

Qonaq dünən maliyyə naziri Səməd Heydərzadə tərəfindən qəbul olunub. Görüşdə ADB-nin Azərbaycanda maliyyələşdirdiyi layihələrin portfeli, xüsusilə regionlarda içməli su və kanalizasiya şəbəkələrinin yenilənməsi müzakirə edilib.

Qəbulun ardından Maliyyə Nazirliyi ilə Bank arasında Şamaxı və İsmayıllı rayonlarının su təchizatı layihəsinin maliyyələşdirilməsinə dair kredit sazişi imzalanıb. Sazişi Heydərzadə və Subramanyam imzalayıblar.

Qonağın sabah Baş nazir Nicat Ələsgərli ilə görüşməsi də gözlənilir. Cümə günü isə Subramanyam Şamaxıya yollanaraq layihə çərçivəsində inşa olunacaq su anbarının yeri ilə tanış olacaq.
""", [
 ("Rameş Subramanyam", "PER", "vitse-prezident", "Asiya İnkişaf Bankı", ["Rameş Subramanyam", "Subramanyam"]),
 ("Səməd Heydərzadə", "PER", "maliyyə naziri", "Maliyyə Nazirliyi", ["Səməd Heydərzadə", "Heydərzadə"]),
 ("Nicat Ələsgərli", "PER", "baş nazir", "Azərbaycan", ["Nicat Ələsgərli"]),
 ("Asiya İnkişaf Bankı", "ORG", None, None, ["Asiya İnkişaf Bankı", "Asiya İnkişaf Bankının", "ADB", "ADB-nin", "Bank"]),
 ("Maliyyə Nazirliyi", "ORG", None, None, ["Maliyyə Nazirliyi"]),
 ("AZERTAC", "ORG", None, None, ["AZƏRTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıdadır"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxı", "Şamaxıya"]),
 ("İsmayıllı", "LOC", None, None, ["İsmayıllı"]),
], [
 E("VISIT", ["Rameş Subramanyam"], "Bakı", "2029-06-26", "happened", "işgüzar səfərlə Bakıdadır",
   ["su təchizatı", "beynəlxalq maliyyə"]),
 E("MEET", ["Səməd Heydərzadə", "Rameş Subramanyam"], None, "2029-06-26", "happened", "Qonaq dünən maliyyə naziri",
   ["su təchizatı", "beynəlxalq maliyyə"], host="Səməd Heydərzadə", date_text="dünən"),
 E("SIGN", ["Səməd Heydərzadə", "Rameş Subramanyam"], None, "2029-06-26", "happened", "Qəbulun ardından Maliyyə",
   ["su təchizatı", "kredit"]),
 E("MEET", ["Rameş Subramanyam", "Nicat Ələsgərli"], None, "2029-06-28", "planned", "Qonağın sabah Baş nazir",
   ["beynəlxalq maliyyə"], date_text="sabah"),
 E("VISIT", ["Rameş Subramanyam"], "Şamaxı", "2029-06-29", "planned", "Cümə günü isə Subramanyam",
   ["su təchizatı"], date_text="Cümə günü"),
])

A("472_bagirli_avropa_parlamenti_heyeti_xalq_qezeti.txt", None, """date 2029-07
Avropa Parlamentinin nümayəndələri Milli Məclisdə

İyulun 9-dan 12-dək Avropa Parlamentinin Cənubi Qafqazla əməkdaşlıq üzrə nümayəndə heyəti Azərbaycanda səfərdə olub. Heyətə Çexiyadan olan avroparlamentari Marketa Holubova başçılıq edirdi.

İyulun 10-da qonaqları Milli Məclisdə parlament sədrinin müavini Aynur Bağırlı qə-
bul edib. Görüşdə parlamentlər arasında dialoqun daha müntəzəm xarakter alması, regionda sülh gündəliyinin perspektivləri, Bakı ilə Brüssel arasında enerji sahəsindəki əmək-
daşlıq muzakirə olunub. Bağırlı deputatların avroparlamentarilərlə birgə işçi qrupu yaratmağa hazır olduğunu bildirib. Holubova isə heyətin Azərbaycanı müstəqil mənbələrdən öyrənmək məqsədi daşıdığını, təəsüratlarını Brüsseldə həmkarları ilə bölüşəcəyini söyləyib.

Həmin gün avroparlamentarilər Xarici İşlər Nazirliyində nazir müavini Kənan Yusifbəyli ilə də görüşüblər. Söhbət zamanı Aİ ilə yeni sazişin mətni üzərində aparılan danışıqların gedişi barədə fikir mübadilesi aparılıb, nəqliyyat bağlantılarının inkişafı ilə bağlı perspektivlər nəzərdən keçirilib.

Ertəsi gün Avropa parlamentariləri ombudsman Nərmin Zərgərli ilə görüşüblər. Ombudsman onlara minaların törətdiyi fəsadlar, mina qurbanlarinin sosial müdafiəsi barədə ətraflı məlumat verib.

Səfərin son günü heyətin Şuşaya getməsi planlaşdırılırdı. Lakin hava şəraitinin kəskin pisləşməsi ucbatından helikopter uçuşu ləğv edilib və heyət şəhərə gedə bilməyib. Əvəzində qonaqlar Bakıda Milli Azərbaycan Tarixi Muzeyində olub, muzeyin Qarabağ xalçaları kolleksiyası ilə ta-
nış olublar.

Sevinc MİRHEYDƏROVA,
«Xalq qəzeti»
""", [
 ("Marketa Holubova", "PER", "avroparlamentari", "Avropa Parlamenti", ["Marketa Holubova", "Holubova"]),
 ("Aynur Bağırlı", "PER", "sədr müavini", "Milli Məclis", ["Aynur Bağırlı", "Bağırlı"]),
 ("Nərmin Zərgərli", "PER", "ombudsman", "Azərbaycan", ["Nərmin Zərgərli"]),
 ("Kənan Yusifbəyli", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Kənan Yusifbəyli"]),
 ("Sevinc Mirheydərova", "PER", None, None, ["Sevinc MİRHEYDƏROVA"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Milli Azərbaycan Tarixi Muzeyi", "ORG", None, None, ["Milli Azərbaycan Tarixi Muzeyində"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazla"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycanı"]),
 ("Çexiya", "LOC", None, None, ["Çexiyadan"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Brüssel", "LOC", None, None, ["Brüssel", "Brüsseldə"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
], [
 E("VISIT", ["Marketa Holubova"], "Azərbaycan", "2029-07-09", "happened", "İyulun 9-dan 12-dək Avropa",
   ["parlamentlərarası əlaqələr"], date_text="İyulun 9-dan 12-dək"),
 E("MEET", ["Aynur Bağırlı", "Marketa Holubova"], "Milli Məclis", "2029-07-10", "happened", "İyulun 10-da qonaqları",
   ["parlamentlərarası əlaqələr", "sülh gündəliyi", "enerji"], host="Aynur Bağırlı", date_text="İyulun 10-da"),
 E("MEET", ["Kənan Yusifbəyli", "Marketa Holubova"], "Xarici İşlər Nazirliyi", "2029-07-10", "happened",
   "Həmin gün avroparlamentarilər", ["Avropa İttifaqı ilə əlaqələr", "nəqliyyat"], date_text="Həmin gün"),
 E("MEET", ["Nərmin Zərgərli", "Marketa Holubova"], None, "2029-07-11", "happened", "Ertəsi gün Avropa parlamentariləri",
   ["insan hüquqları", "mina qurbanları"], date_text="Ertəsi gün"),
 E("VISIT", ["Marketa Holubova"], "Şuşa", "2029-07-12", "negated", "Səfərin son günü heyətin",
   ["parlamentlərarası əlaqələr"], date_text="Səfərin son günü"),
 E("VISIT", ["Marketa Holubova"], "Milli Azərbaycan Tarixi Muzeyi", "2029-07-12", "happened", "Əvəzində qonaqlar Bakıda",
   ["mədəni irs"], place="Milli Azərbaycan Tarixi Muzeyi", date_text="Səfərin son günü"),
])

A("473_adu_fransa_gunleri_strasburq_respublika.txt", None, """date 2029-10
ADU-da Fransa günləri başlayıb, Strasburq Universiteti ilə memorandum imzalanıb

Oktyabrın 3-də Azərbaycan Dillər Universitetində Fransa günləri açılıb. Açılış mərasimində Fransanın ölkəmizdəki səfiri Lorans Bertran və ADU-nun rektoru Şəhriyar Nəsrullayev iştirak ediblər.

Rektor çıxışında universitetdə fransız dilinin tedrisinin keçən əsrin yetmişinci illərindən başladığını, hazırda bu dili altı yüzdən çox tələbənin öyrəndiyini diqqətə catdırıb. Səfir isə Fransanın Azərbaycanda frankofon təhsilin inkişafına dəstəyini davam etdirəcəyini bildirib.

Mərasimdən sonra qonaq rektorla söhbət edib. Həmin gün ADU ilə Strasburq Universiteti arasında əmək-
daşlıq memorandumu imzalanıb. Sənədi Nəsrullayev və oktyabrın 2-də Bakıya gəlmiş Strasburq Universitetinin vitse-prezidenti Jan-Pyer Moro imzalayıblar. Memorandum hər il on nəfərədək tələbənin bir semestrlik mübadiləsini nəzərdə tutur.

Fransa günləri çərçivəsində oktyabrın 10-dək universitetdə fransız filmləri nü-
mayiş etdiriləcək, şeir müsabiqəsi keçiriləcək. Bertranın ayın sonunda Gəncə Dövlət Universitetinə də baş çəkməsi planlaşdırılır.

Nigar BƏKİROVA,
«Respublika»
""", [
 ("Lorans Bertran", "PER", "səfir", "Fransa", ["Lorans Bertran", "Bertranın"]),
 ("Şəhriyar Nəsrullayev", "PER", "rektor", "Azərbaycan Dillər Universiteti", ["Şəhriyar Nəsrullayev", "Nəsrullayev"]),
 ("Jan-Pyer Moro", "PER", "vitse-prezident", "Strasburq Universiteti", ["Jan-Pyer Moro"]),
 ("Nigar Bəkirova", "PER", None, None, ["Nigar BƏKİROVA"]),
 ("Azərbaycan Dillər Universiteti", "ORG", None, None, ["ADU-da", "Azərbaycan Dillər Universitetində", "ADU-nun", "ADU"]),
 ("Strasburq Universiteti", "ORG", None, None, ["Strasburq Universiteti", "Strasburq Universitetinin"]),
 ("Gəncə Dövlət Universiteti", "ORG", None, None, ["Gəncə Dövlət Universitetinə"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Fransa", "LOC", None, None, ["Fransa", "Fransanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("ATTEND", ["Lorans Bertran", "Şəhriyar Nəsrullayev"], "Azərbaycan Dillər Universiteti", "2029-10-03", "happened",
   "Açılış mərasimində Fransanın", ["frankofon təhsil", "mədəniyyət"], date_text="Oktyabrın 3-də",
   event_name="Fransa günlərinin açılış mərasimi"),
 E("MEET", ["Lorans Bertran", "Şəhriyar Nəsrullayev"], "Azərbaycan Dillər Universiteti", "2029-10-03", "happened",
   "Mərasimdən sonra qonaq rektorla", ["ali təhsil"], date_text="Oktyabrın 3-də"),
 E("SIGN", ["Şəhriyar Nəsrullayev", "Jan-Pyer Moro"], None, "2029-10-03", "happened", "Həmin gün ADU ilə Strasburq",
   ["ali təhsil", "tələbə mübadiləsi"], date_text="Həmin gün"),
 E("VISIT", ["Jan-Pyer Moro"], "Bakı", "2029-10-02", "happened", "Sənədi Nəsrullayev və oktyabrın 2-də",
   ["ali təhsil"], date_text="oktyabrın 2-də"),
 E("VISIT", ["Lorans Bertran"], "Gəncə Dövlət Universiteti", "2029-10", "planned", "Bertranın ayın sonunda",
   ["ali təhsil"], place="Gəncə Dövlət Universiteti", date_text="ayın sonunda"),
])

A("474_vyetnam_milli_assambleyasi_qaraxanli_report.txt", "report.az", """date 2029-07-18
Hanoydan gələn parlamentarilər Milli Məclisdə qəbul olunub

Bu gün Milli Məclisə Vyetnam Milli Assambleyasından qonaqlar gəlib: heyətə ali qanunverici orqanın sədr müavini Vu Hong Lam başçılıq edir. Onları parlamentin birinci vitse-spikeri Fuad Qaraxanlı qəbul edib.

Report-un əldə etdiyi məlumata görə, ölkəmizə rəsmi səfərlə gələn vyetnamlı parlamentarilər dünən axşam Bakıya çatıblar.

Söhbət zamanı Qaraxanlı qarşılıqlı ticarətin həcminin hələ də cüzi qaldığını, kənd təsərrüfatı, neft-kimya və turizm sahələrində isə geniş imkanların mövcudluğunu qeyd edib. O, parlamentlərin dostluq qruplarının birgə layihələrinin canlandırılmasını təklif edib.

Vu Hong Lam Bakı ilə Hanoy arasında birbaşa hava reysinin açılması ideyasını dəstəklədiklərini, vyetnamlı tələbələrin Azərbaycan ali məktəblərinə marağının artdığını deyib.

Qonaqlar sabah Sədr Ləman Həsənbəyovanın qəbulunda olacaqlar. Cümə günü isə heyət Şəkiyə yola düşəcək.
""", [
 ("Fuad Qaraxanlı", "PER", "birinci vitse-spiker", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Vu Hong Lam", "PER", "sədr müavini", "Vyetnam Milli Assambleyası", ["Vu Hong Lam"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyovanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisə"]),
 ("Vyetnam Milli Assambleyası", "ORG", None, None, ["Vyetnam Milli Assambleyasından"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Hanoy", "LOC", None, None, ["Hanoydan", "Hanoy"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Şəki", "LOC", None, None, ["Şəkiyə"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Vu Hong Lam"], "Milli Məclis", "2029-07-18", "happened", "Onları parlamentin birinci vitse-spikeri",
   ["parlamentlərarası əlaqələr", "ticarət", "kənd təsərrüfatı", "turizm"], host="Fuad Qaraxanlı", date_text="Bu gün"),
 E("VISIT", ["Vu Hong Lam"], "Bakı", "2029-07-17", "happened", "ölkəmizə rəsmi səfərlə gələn",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("MEET", ["Ləman Həsənbəyova", "Vu Hong Lam"], None, "2029-07-19", "planned", "Qonaqlar sabah Sədr",
   ["parlamentlərarası əlaqələr"], host="Ləman Həsənbəyova", date_text="sabah"),
 E("VISIT", ["Vu Hong Lam"], "Şəki", "2029-07-20", "planned", "Cümə günü isə heyət",
   ["turizm"], date_text="Cümə günü"),
])

A("475_vyetnam_heyeti_baki_hanoy_reysi_qafqazinfo.txt", "qafqazinfo.az", """date 2029-07-18
Vyetnam parlamentarilərinin heyəti Milli Məclisdə qəbul olunub

Bu gün Milli Məclisə Vyetnam Milli Assambleyasından qonaqlar gəlib: heyətə ali qanunverici orqanın sədr müavini Vu Hong Lam başçılıq edir. Onları parlamentin birinci vitse-spikeri Fuad Qaraxanlı qəbul edib.

Qafqazinfo Report-a istinadən yazır ki, ölkəmizə rəsmi səfərlə gələn vyetnamlı parlamentarilər dünən axşam Bakıya çatıblar.

Söhbət zamanı Qaraxanlı qarşılıqlı ticarətin həcminin hələ də cüzi qaldığını, kənd təsərrüfatı, neft-kimya və turizm sahələrində isə geniş imkanların mövcudluğunu qeyd edib. O, parlamentlərin dostluq qruplarının birgə layihələrinin canlandırılmasını təklif edib.

Vu Hong Lam isə Bakı ilə Hanoy arasında birbaşa hava reysinin açılması ideyasını dəstəklədiklərini, vyetnamlı tələbələrin Azərbaycan ali məktəblərinə marağının getdikcə artdığını deyib.

Qonaqlar sabah Sədr Ləman Həsənbəyovanın qəbulunda olacaqlar. Cümə günü isə heyət Şəkiyə yola düşəcək.
""", [
 ("Fuad Qaraxanlı", "PER", "birinci vitse-spiker", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Vu Hong Lam", "PER", "sədr müavini", "Vyetnam Milli Assambleyası", ["Vu Hong Lam"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyovanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisə"]),
 ("Vyetnam Milli Assambleyası", "ORG", None, None, ["Vyetnam Milli Assambleyasından"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Vyetnam", "LOC", None, None, ["Vyetnam"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Hanoy", "LOC", None, None, ["Hanoy"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Şəki", "LOC", None, None, ["Şəkiyə"]),
], [
 E("MEET", ["Fuad Qaraxanlı", "Vu Hong Lam"], "Milli Məclis", "2029-07-18", "happened", "Onları parlamentin birinci vitse-spikeri",
   ["parlamentlərarası əlaqələr", "ticarət", "kənd təsərrüfatı", "turizm"], host="Fuad Qaraxanlı", date_text="Bu gün", same_as="474_vyetnam_milli_assambleyasi_qaraxanli_report.txt"),
 E("VISIT", ["Vu Hong Lam"], "Bakı", "2029-07-17", "happened", "ölkəmizə rəsmi səfərlə gələn",
   ["parlamentlərarası əlaqələr"], date_text="dünən", same_as="474_vyetnam_milli_assambleyasi_qaraxanli_report.txt"),
 E("MEET", ["Ləman Həsənbəyova", "Vu Hong Lam"], None, "2029-07-19", "planned", "Qonaqlar sabah Sədr",
   ["parlamentlərarası əlaqələr"], host="Ləman Həsənbəyova", date_text="sabah", same_as="474_vyetnam_milli_assambleyasi_qaraxanli_report.txt"),
 E("VISIT", ["Vu Hong Lam"], "Şəki", "2029-07-20", "planned", "Cümə günü isə heyət",
   ["turizm"], date_text="Cümə günü", same_as="474_vyetnam_milli_assambleyasi_qaraxanli_report.txt"),
], duplicate_of="474_vyetnam_milli_assambleyasi_qaraxanli_report.txt")

A("476_tbilisi_uctereefli_mudafie_nazirleri_metbuat.txt", "metbuat.az", """date 2029-08-23
Tbilisidə Azərbaycan, Türkiyə və Gürcüstan müdafiə nazirlərinin üçtərəfli görüşü keçirilib

Azərbaycan, Türkiyə və Gürcüstan müdafiə nazirlərinin növbəti üçtərəfli görüşü bu gün Tbilisidə keçirilib. Metbuat.az xəbər verir ki, toplantıda müdafiə naziri general-polkovnik Vüsal Təhməzli, Türkiyənin milli müdafiə naziri Turqay Ekinci və ev sahibi qismində çıxış edən gürcüstanlı həmkarları Giorgi Maçavariani iştirak ediblər.

Nazirlər regionda təhlükəsizlik vəziyyətini, enerji və nəqliyyat infrastrukturunun mühafizəsi üzrə birgə fəaliyyəti nəzərdən keçiriblər. Görüşün yekununda üç nazir birgə bəyanat imzalayıb.

Gürcüstanın «İmedi» televiziyasının məlumatına görə, Maçavariani jurnalistlərə açıqlamasında xüsusi təyinatlı bölmələrin iştirakı ilə üçtərəfli təlimin sentyabrda Gürcüstan ərazisində keçiriləcəyini deyib.

Təhməzli Tbilisiyə dünən gəlib və həmin gün Gürcüstanın Baş naziri İrakli Gogiberidze tərəfindən qəbul olunub. Türk nazirinin isə sabah Batumi limanına gedəcəyi bildirilir.
""", [
 ("Vüsal Təhməzli", "PER", "müdafiə naziri", "Azərbaycan", ["Vüsal Təhməzli", "Təhməzli"]),
 ("Turqay Ekinci", "PER", "milli müdafiə naziri", "Türkiyə", ["Turqay Ekinci"]),
 ("Giorgi Maçavariani", "PER", "müdafiə naziri", "Gürcüstan", ["Giorgi Maçavariani", "Maçavariani"]),
 ("İrakli Gogiberidze", "PER", "baş nazir", "Gürcüstan", ["İrakli Gogiberidze"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("İmedi", "ORG", None, None, ["İmedi"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Batumi", "LOC", None, None, ["Batumi"]),
], [
 E("MEET", ["Vüsal Təhməzli", "Turqay Ekinci", "Giorgi Maçavariani"], "Tbilisi", "2029-08-23", "happened",
   "müdafiə nazirlərinin növbəti üçtərəfli görüşü", ["regional təhlükəsizlik", "infrastrukturun mühafizəsi"],
   host="Giorgi Maçavariani", date_text="bu gün"),
 E("SIGN", ["Vüsal Təhməzli", "Turqay Ekinci", "Giorgi Maçavariani"], "Tbilisi", "2029-08-23", "happened",
   "Görüşün yekununda üç nazir", ["regional təhlükəsizlik"], date_text="bu gün"),
 E("VISIT", ["Vüsal Təhməzli"], "Tbilisi", "2029-08-22", "happened", "Təhməzli Tbilisiyə dünən",
   ["hərbi əməkdaşlıq"], date_text="dünən"),
 E("MEET", ["İrakli Gogiberidze", "Vüsal Təhməzli"], "Tbilisi", "2029-08-22", "happened", "Təhməzli Tbilisiyə dünən",
   ["hərbi əməkdaşlıq"], host="İrakli Gogiberidze", date_text="həmin gün"),
 E("VISIT", ["Turqay Ekinci"], "Batumi", "2029-08-24", "planned", "Türk nazirinin isə sabah",
   ["hərbi əməkdaşlıq"], date_text="sabah"),
])

A("477_bmt_qak_rusu_musahibe_azertac.txt", "AZERTAC", """date 2029-06-20
BMT QAK-ın nümayəndəsi: "Vətəndaşlığı olmayan şəxslərin sayı azalır"

Bakı, 20 iyun, AZƏRTAC

Dünya Qaçqınlar Günü münasibətilə BMT-nin Qaçqınlar üzrə Ali Komissarlığının (BMT QAK) Azərbaycandakı nümayəndəsi Kristina Rusu AZƏRTAC-ın suallarını cavablandırıb.

– Xanım Rusu, Azərbaycanda vətəndaşlığı olmayan şəxslərin vəziyyəti son illərdə necə dəyişib?
– Müsbət dinamika göz qabağındadır. Sənədləşmə qaydalarının sadələşdirilməsi sayəsində son iki ildə bir neçə min nəfər vətəndaşlıq əldə edib. Biz bu istiqamətdə Dövlət Miqrasiya Xidməti ilə işimizi davam etdiririk.

– Keçmiş məcburi köçkünlərin doğma yurdlarına qayıdışını necə qiymətləndirirsiniz?
– Qayıdış könüllü, təhlükəsiz və ləyaqətli olmalıdır. Bu baxımdan minalar hələ də ən böyük maneədir. İnsanların evlərinə dönməsi üçün mənzil, məktəb, tibb məntəqəsi və iş yerləri eyni vaxtda hazır olmalıdır.

– Təşkilatınızın yaxın illər üçün prioritetləri hansılardır?
– Sığınacaq axtaranların hüquqi müdafiəsi, uşaqların doğum qeydiyyatı və yerli icmalarla iş. Vətəndaşlığı olmayan şəxslər məsələsində Azərbaycan regionda nümunə ola bilər.
""", [
 ("Kristina Rusu", "PER", "nümayəndə", "BMT-nin Qaçqınlar üzrə Ali Komissarlığı", ["Kristina Rusu", "Rusu"]),
 ("BMT-nin Qaçqınlar üzrə Ali Komissarlığı", "ORG", None, None,
  ["BMT QAK-ın", "BMT-nin Qaçqınlar üzrə Ali Komissarlığının", "BMT QAK"]),
 ("Dövlət Miqrasiya Xidməti", "ORG", None, None, ["Dövlət Miqrasiya Xidməti"]),
 ("AZERTAC", "ORG", None, None, ["AZƏRTAC", "AZƏRTAC-ın"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycanda", "Azərbaycan"]),
], [], topics=["qaçqınlar", "vətəndaşlıq", "məcburi köçkünlər"])

A("478_xin_sozcusu_avropa_parlamenti_qetname_apa.txt", "APA", """date 2029-08-09
Lalə Şükürlü: Strasburqda qəbul olunan sənəd bölgədəki real mənzərəni təhrif edir

XİN-in sözçüsü Lalə Şükürlü Avropa Parlamentinin dünən Strasburqda səsə qoyduğu qətnaməyə münasibət bildirib.

APA-nın sorğusuna cavab olaraq sözçü qeyd edib ki, sənəddə Cənubi Qafqazdakı vəziyyət birtərəfli və qərəzli şəkildə təqdim olunub. "Qətnamənin müəllifləri son illərdə bölgədə baş verən müsbət dəyişiklikləri, minatəmizləmə və bərpa işlərinin miqyasını görməzliyə vurublar", – deyə Şükürlü vurğulayıb.

Sözçünün fikrincə, bu cür sənədlər Bakı ilə Brüssel arasında qarşılıqlı hörmətə söykənən tərəfdaşlığa xələl gətirir. O, Azərbaycanın Aİ ilə dialoqa açıq olduğunu, lakin daxili işlərə müdaxilə cəhdlərini qəbul etmədiyini bildirib.

Şükürlü xatırladıb ki, cari ilin ilk yarısında Avropa İttifaqı ölkələrinə təbii qaz ixracı ötən ilin eyni dövrünə nisbətən artıb.
""", [
 ("Lalə Şükürlü", "PER", "sözçü", "Xarici İşlər Nazirliyi", ["Lalə Şükürlü", "Şükürlü"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ", "Avropa İttifaqı"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazdakı"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Brüssel", "LOC", None, None, ["Brüssel"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
], [], topics=["Avropa İttifaqı ilə əlaqələr", "xarici siyasət"])

A("479_minatemizleme_donor_maliyyesi_tehlil_trend.txt", "trend.az", """date 2029-09-12
Minatəmizləməyə xarici maliyyə: donorların sayı artsa da, ehtiyac böyük olaraq qalır

Azərbaycan Respublikasının Minadan Təmizləmə üzrə Agentliyinin (ANAMA) açıqladığı rəqəmlər göstərir ki, yanvar–avqust aylarında işğaldan azad olunmuş ərazilərdə 14,2 min hektar sahə mina və partlamamış hərbi sursatdan təmizlənib. Bu göstərici ötən ilin müvafiq aylarındakından 18 faiz yüksəkdir.

Trend-in hesablamalarına görə, işlərin əsas yükü hələ də dövlət büdcəsinin üzərinə düşür. Xarici donorların – BMT-nin İnkişaf Proqramının, Avropa İttifaqının, Yaponiya və Səudiyyə Ərəbistanının – birlikdə ayırdığı vəsait ümumi xərclərin 8 faizindən azdır.

Mütəxəssislərin fikrincə, donor dəstəyinin həcmi ilə problemin miqyası arasında ciddi uyğunsuzluq var. Mövcud templə bütün ərazilərin təmizlənməsi onilliklər çəkə bilər. Bu səbəbdən ANAMA son aylarda minaaxtaran itlərin təlimi və pilotsuz uçuş aparatlarının tətbiqi kimi texnoloji həllərə üstünlük verir.

Agentliyin hesabatında qeyd olunur ki, mina partlayışlarının qurbanlarının sayı da azalmır: 2020-ci ilin noyabrından bəri dörd yüzdən çox insan zərər çəkib.
""", [
 ("Minadan Təmizləmə üzrə Agentlik", "ORG", None, None, ["Minadan Təmizləmə üzrə Agentliyinin", "ANAMA"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("BMT-nin İnkişaf Proqramı", "ORG", None, None, ["BMT-nin İnkişaf Proqramının"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan Respublikasının"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiya"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanının"]),
], [], topics=["minatəmizləmə", "donor yardımı"])
