A("594_heftenin_xulasesi_26_aprel_1_may_milliaz.txt", None, """date 2027-05-01
Parlament diplomatiyası: həftənin xülasəsi (26 aprel – 1 may) - Milli.az

MİLLİ.AZ
Ana səhifə | Siyasət | Sosial | İqtisadiyyat | Dünya | Şou-biznes
JavaScript söndürülüb və ya brauzeriniz onu dəstəkləmir.
Siyasət | 01 May 2027 | 10:05

Milli.az beş iş günü ərzində Milli Məclisin xarici əlaqələri ilə bağlı yayılan xəbərləri bir yerdə təqdim edir.

Bazar ertəsi Sədrin müavini Vüsal Dadaşlı Koreya Respublikasının ölkəmizdəki səfiri Kim Son Honu qəbul edib. Səfir payızda Seulda keçiriləcək Avrasiya spikerlərinin toplantısının hazırlığından danışıb.

Aprelin 27-də Azərbaycan–Rumıniya işçi qrupunun rəhbəri Aqil Vəlizadə ilə Rumıniyanın Bakıdakı səfiri Mihay Dumitresku arasında görüş olub. Tərəflər dostluq qruplarının birgə tədbirlərinin təqvimini razılaşdırıblar.

Elm və təhsil komitəsinin sədri Məleykə Nuriyeva aprelin 28-dən mayın 2-dək Yaponiyada işgüzar səfərdədir. Cümə günü Tokioda o, Yaponiya Parlamentinin Nümayəndələr Palatasının Təhsil komitəsinin sədri Yuko Hayaşi ilə görüşüb.

Cümə axşamı deputat Emin Xəlilli Stokholmda ATƏT PA-nın gənc parlamentarilər forumunda iştirak edib.

Həftənin plenar iclasında isə Azərbaycan ilə Qətər arasında hava nəqliyyatı haqqında saziş ratifikasiya olunub.

Gələn həftənin ilk iş günü, mayın 3-də Rəvanə Əlipaşayevanın Misir Nümayəndələr Palatasının sədri Əhməd Fəthi Səlamə ilə Bakıda danışıqlar aparması nəzərdə tutulur.

Son xəbərlər
Bakıda yağışlı hava davam edəcək
Şəkidə ipəkçilik festivalı keçiriləcək
Reklam
© 2011–2027 Milli.az
""", [
 ("Vüsal Dadaşlı", "PER", "sədr müavini", "Milli Məclis", ["Vüsal Dadaşlı"]),
 ("Kim Son Ho", "PER", "səfir", "Koreya Respublikası", ["Kim Son Honu"]),
 ("Aqil Vəlizadə", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Aqil Vəlizadə"]),
 ("Mihay Dumitresku", "PER", "səfir", "Rumıniya", ["Mihay Dumitresku"]),
 ("Məleykə Nuriyeva", "PER", "komitə sədri", "Milli Məclis", ["Məleykə Nuriyeva"]),
 ("Yuko Hayaşi", "PER", "komitə sədri", "Yaponiya Parlamentinin Nümayəndələr Palatası", ["Yuko Hayaşi"]),
 ("Emin Xəlilli", "PER", "deputat", "Milli Məclis", ["Emin Xəlilli"]),
 ("Rəvanə Əlipaşayeva", "PER", None, "Milli Məclis", ["Rəvanə Əlipaşayevanın"]),
 ("Əhməd Fəthi Səlamə", "PER", "sədr", "Misir Nümayəndələr Palatası", ["Əhməd Fəthi Səlamə"]),
 ("Milli.az", "ORG", None, None, ["Milli.az", "MİLLİ.AZ"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Elm və təhsil komitəsi", "ORG", None, None, ["Elm və təhsil komitəsinin"]),
 ("Yaponiya Parlamentinin Nümayəndələr Palatası", "ORG", None, None, ["Yaponiya Parlamentinin Nümayəndələr Palatasının"]),
 ("Təhsil komitəsi", "ORG", None, None, ["Təhsil komitəsinin"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın"]),
 ("Misir Nümayəndələr Palatası", "ORG", None, None, ["Misir Nümayəndələr Palatasının"]),
 ("Koreya Respublikası", "LOC", None, None, ["Koreya Respublikasının"]),
 ("Seul", "LOC", None, None, ["Seulda"]),
 ("Avrasiya", "LOC", None, None, ["Avrasiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniya", "Rumıniyanın"]),
 ("Bakı", "LOC", None, None, ["Bakıdakı", "Bakıda"]),
 ("Yaponiya", "LOC", None, None, ["Yaponiyada"]),
 ("Tokio", "LOC", None, None, ["Tokioda"]),
 ("Stokholm", "LOC", None, None, ["Stokholmda"]),
 ("Qətər", "LOC", None, None, ["Qətər"]),
 ("Şəki", "LOC", None, None, ["Şəkidə"]),
], [
 E("MEET", ["Vüsal Dadaşlı", "Kim Son Ho"], None, "2027-04-26", "happened", "Bazar ertəsi Sədrin müavini",
   ["parlamentlərarası əlaqələr"], host="Vüsal Dadaşlı", date_text="Bazar ertəsi"),
 E("MEET", ["Aqil Vəlizadə", "Mihay Dumitresku"], None, "2027-04-27", "happened", "Aprelin 27-də Azərbaycan–Rumıniya",
   ["dostluq qrupları"], date_text="Aprelin 27-də"),
 E("VISIT", ["Məleykə Nuriyeva"], "Yaponiya", "2027-04-28", "happened", "Elm və təhsil komitəsinin sədri",
   ["təhsil"], date_text="aprelin 28-dən mayın 2-dək"),
 E("MEET", ["Məleykə Nuriyeva", "Yuko Hayaşi"], "Tokio", "2027-04-30", "happened", "Cümə günü Tokioda",
   ["təhsil"], date_text="Cümə günü"),
 E("ATTEND", ["Emin Xəlilli"], "Stokholm", "2027-04-29", "happened", "Cümə axşamı deputat Emin",
   ["gənc parlamentarilər"], date_text="Cümə axşamı", event_name="ATƏT PA-nın gənc parlamentarilər forumu"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Əhməd Fəthi Səlamə"], "Bakı", "2027-05-03", "planned", "mayın 3-də Rəvanə",
   ["parlamentlərarası əlaqələr"], date_text="mayın 3-də"),
])

A("595_abbasqulu_musahibe_respublika.txt", None, """date 2027-09
Nadir Abbasqulu: "Parlament diplomatiyası yeni coğrafiyaya çıxır"

Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Nadir Abbasqulu ilə söhbətimiz yay aylarının yekunları və payız planları barədədir.

– Nadir müəllim, yayda komitənin ən mühüm səfəri hansı oldu?

Şübhəsiz, iyulun 12–14-də Meksikaya səfərimiz. Səfərin ilk günü Mexikoda Meksika Senatının sədri Xavyer Ortis Mendosa bizi qəbul etdi, Latın Amerikası ilə parlamentlərarsı əlaqələrin perspektivlərini müzakire etdik. Səfərin son günü komitəmizlə Senatın Xarici əlaqələr komissiyası arasında memorandum imzalandı; sənədi mən və komissiyanın sədri Karlos Rivera imzaladıq.

– Avqustda Bakıda da qonaqlarınız az olmadı.

Doğrudur. Avqustun 23-də Bakıya gələn Koreya Milli Assambleyasının Azərbaycanla dostluq qrupunun sədri Pak Cin Yonq ilə ertəsi gün komitədə geniş müza-
kirələr apardıq. Qonaq Qarabağa da səfər etdi.

– Payızda hansı tədbirlər gözlənilir?

Oktyabrın 17-dən 21-dək Cenevrədə keçiriləcək PAİ-nin 155-ci Assambleyasında heyətimizə Sədr Rəvanə Əlipaşayeva başçılıq edəcək. Noyabrda isə Litva Seyminin sədri Daliya Kazlauskiyenenin Bakıya rəsmi səfəri gözlənilir. Əslində bu səfər iyunda olmalı idi, lakin Vilnüsdəki hökumət böhranı səbəbindən təxirə salındı.

Söhbəti apardı: Tural MİRZƏLİ
«Respublika»
""", [
 ("Nadir Abbasqulu", "PER", "komitə sədri", "Milli Məclis", ["Nadir Abbasqulu", "Nadir"]),
 ("Xavyer Ortis Mendosa", "PER", "sədr", "Meksika Senatı", ["Xavyer Ortis Mendosa"]),
 ("Karlos Rivera", "PER", "komissiya sədri", "Meksika Senatı", ["Karlos Rivera"]),
 ("Pak Cin Yonq", "PER", "dostluq qrupunun sədri", "Koreya Milli Assambleyası", ["Pak Cin Yonq"]),
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Daliya Kazlauskiyene", "PER", "sədr", "Litva Seymi", ["Daliya Kazlauskiyenenin"]),
 ("Tural Mirzəli", "PER", None, None, ["Tural MİRZƏLİ"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Meksika Senatı", "ORG", None, None, ["Meksika Senatının", "Senatın"]),
 ("Xarici əlaqələr komissiyası", "ORG", None, None, ["Xarici əlaqələr komissiyası"]),
 ("Koreya Milli Assambleyası", "ORG", None, None, ["Koreya Milli Assambleyasının"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["PAİ-nin"]),
 ("Litva Seymi", "ORG", None, None, ["Litva Seyminin"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Meksika", "LOC", None, None, ["Meksikaya"]),
 ("Mexiko", "LOC", None, None, ["Mexikoda"]),
 ("Latın Amerikası", "LOC", None, None, ["Latın Amerikası"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağa"]),
 ("Cenevrə", "LOC", None, None, ["Cenevrədə"]),
 ("Vilnüs", "LOC", None, None, ["Vilnüsdəki"]),
], [
 E("VISIT", ["Nadir Abbasqulu"], "Meksika", "2027-07-12", "happened", "Şübhəsiz, iyulun 12–14-də",
   ["parlamentlərarası əlaqələr"], date_text="iyulun 12–14-də"),
 E("MEET", ["Xavyer Ortis Mendosa", "Nadir Abbasqulu"], "Mexiko", "2027-07-12", "happened", "Səfərin ilk günü Mexikoda",
   ["Latın Amerikası ilə əlaqələr"], host="Xavyer Ortis Mendosa", date_text="Səfərin ilk günü"),
 E("SIGN", ["Nadir Abbasqulu", "Karlos Rivera"], None, "2027-07-14", "happened", "Səfərin son günü komitəmizlə",
   ["parlamentlərarası əlaqələr"], date_text="Səfərin son günü"),
 E("VISIT", ["Pak Cin Yonq"], "Bakı", "2027-08-23", "happened", "Avqustun 23-də Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="Avqustun 23-də"),
 E("MEET", ["Nadir Abbasqulu", "Pak Cin Yonq"], None, "2027-08-24", "happened", "Avqustun 23-də Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="ertəsi gün"),
 E("VISIT", ["Pak Cin Yonq"], "Qarabağ", None, "happened", "Qonaq Qarabağa da",
   ["bərpa işləri"]),
 E("ATTEND", ["Rəvanə Əlipaşayeva"], "Cenevrə", "2027-10-17", "planned", "Oktyabrın 17-dən 21-dək",
   ["parlamentlərarası əlaqələr"], date_text="Oktyabrın 17-dən 21-dək", event_name="PAİ-nin 155-ci Assambleyası"),
 E("VISIT", ["Daliya Kazlauskiyene"], "Bakı", "2027-11", "planned", "Noyabrda isə Litva",
   ["parlamentlərarası əlaqələr"], date_text="Noyabrda"),
 E("VISIT", ["Daliya Kazlauskiyene"], "Bakı", "2027-06", "negated", "Əslində bu səfər",
   ["parlamentlərarası əlaqələr"], date_text="iyunda"),
])

A("596_komite_avropa_parlamenti_qetnamesi_beyanat_trend.txt", "trend.az", """date 2027-02-12
Milli Məclisin komitəsi Avropa Parlamentinin qətnaməsini qərəzli adlandırıb

Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi Avropa Parlamentinin dünən Strasburqda səsə qoyduğu qətnaməyə cavab olaraq bəyanat yayıb.

Trend-in əldə etdiyi sənəddə bildirilir ki, qətnamə Cənubi Qafqazda sülh prosesinin real mənzərəsini əks etdirmir, ölkəmizdə son illərdə aparılan məhkəmə-hüquq islahatlarını isə tamamilə nəzərdən qaçırır. Komitə üzvləri Avropa Parlamentini "ikili standartlardan" əl çəkməyə çağırırlar.

Komitənin sədri Nadir Abbasqulu jurnalistlərə açıqlamasında qeyd edib ki, dialoq qapısı bağlanmayıb, lakin əməkdaşlıq yalnız qarşılıqlı hörmət əsasında mümkündür. Onun sözlərinə görə, qətnamənin müəllifi olan avropalı deputat Yens Halvorsen hələ 2024-cü ildə Bakıya gəlmək istəyini bildirsə də, sonradan bu fikrindən daşınıb.

Bəyanatda həmçinin xatırladılır ki, Milli Məclisin heyəti 2025-ci ildə Brüsselə gedərək qarşı tərəfə bir sıra təkliflər təqdim etmişdi, lakin həmin təkliflər cavabsız qalıb.

Sənəd Avropa Parlamentinin rəhbərliyinə, həmçinin Aİ-nin Bakıdakı nümayəndəliyinə göndərilib.
""", [
 ("Nadir Abbasqulu", "PER", "komitə sədri", "Milli Məclis", ["Nadir Abbasqulu"]),
 ("Yens Halvorsen", "PER", "deputat", "Avropa Parlamenti", ["Yens Halvorsen"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None,
  ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin", "Avropa Parlamentini"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıdakı"]),
 ("Brüssel", "LOC", None, None, ["Brüsselə"]),
], [], topics=["Avropa Parlamenti", "qətnamə", "bəyanat"])

A("597_msk_beynelxalq_musahideciler_akkreditasiya_azertac.txt", "AZERTAC", """date 2027-11-30
MSK: bələdiyyə seçkilərini 600-dən çox beynəlxalq müşahidəçi izləyəcək

Bakı, 30 noyabr, AZERTAC. Dekabrın 12-də keçiriləcək bələdiyyə seçkiləri üçün Mərkəzi Seçki Komissiyası bu günədək 614 beynəlxalq müşahidəçini akkreditasiyadan keçirib.

MSK-nın bu gün yaydığı arayışa görə, müşahidəçilərin 212-si MDB Parlamentlərarası Assambleyasını, 96-sı TÜRKPA-nı, 58-i İslam Əməkdaşlıq Təşkilatını, qalanları isə 41 ölkənin parlamentlərini, seçki orqanlarını və qeyri-hökumət təşkilatlarını təmsil edir. Yerli müşahidəçilərin sayı 31 mindən çoxdur.

Komissiyanın sədri Rövşən Qənbərli jurnalistlərə bildirib ki, akkreditasiya müraciətlərinin qəbulu dekabrın 7-də başa çatacaq. Onun sözlərinə görə, seçkidən iki gün əvvəl xarici müşahidəçilər üçün səsvermə qaydalarına dair brifinq təşkil olunacaq, məntəqələrə giriş üçün xüsusi vəsiqələr də həmin gün paylanacaq.

Xatırladaq ki, 2019-cu il bələdiyyə seçkilərində cəmi 278 beynəlxalq müşahidəçi qeydiyyatdan keçmişdi. Ölkə üzrə 1 600-dən çox bələdiyyəyə üzvlər seçiləcək, namizədlərin sayı isə 28 mini ötüb.
""", [
 ("Rövşən Qənbərli", "PER", "sədr", "Mərkəzi Seçki Komissiyası", ["Rövşən Qənbərli"]),
 ("Mərkəzi Seçki Komissiyası", "ORG", None, None, ["MSK", "Mərkəzi Seçki Komissiyası", "MSK-nın"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None, ["MDB Parlamentlərarası Assambleyasını"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nı"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İslam Əməkdaşlıq Təşkilatını"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [], topics=["bələdiyyə seçkiləri", "seçki müşahidəsi"])

A("598_nebiyeva_unicef_bmt_qak_sia.txt", None, """date 2027-03
Aytac Nəbiyeva BMT Uşaq Fondunun nümayəndəsini qəbul edib

SİA.AZ
Son dəqiqə | Ölkə | Sosial | Bölgələr | Video
Saytın interaktiv hissələri JavaScript tələb edir. Brauzer ayarlarınızı yoxlayın.
Baxış: 964

Martın 16-da Milli Məclisin Sədrinin müavini Aytac Nəbiyeva BMT Uşaq Fondunun (UNICEF) ölkəmizdəki təmsilçisi Anjali Menonu qəbul edib. Sia.az-a parlamentdən bildiriblər ki, söhbət zamanı uşaq hüquqlarının qorunması sahəsində qanunvericiliyin təkmilləşdirilməsi, əlilliyi olan uşaqların inklüziv təhsilə cəlbi müzakirəyə çıxarılıb.

Həmin gün Aytac Nəbiyeva BMT Qaçqınlar üzrə Ali Komissarlığının ölkəmizdəki nümayəndəsi Stefan Mayer ilə də görüşüb. Həmsöhbətlər azad olunmuş torpaqlara köçən ailələrin sosial ehtiyaclarını nəzərdən keçiriblər.

Aprelin əvvəlində UNICEF-in regional ofisinə başçılıq edən Mişel Dübua Bakıya gələcək. Qonağın Milli Məclisin Ailə, qadın və uşaq problemləri komitəsinin üzvləri ilə görüşü də proqramda yer alıb.

Xatırladaq ki, fevralın 22-də UNICEF ilə Milli Məclis arasında uşaq hüquqları üzrə iki illik birgə fəaliyyət planı imzalanıb.

Teqlər: Aytac Nəbiyeva, UNICEF, Milli Məclis
Ən çox oxunanlar
Lənkəranda sitrus məhsulunun ixracı artıb
SİA.AZ © 2027 Bütün hüquqlar qorunur
""", [
 ("Aytac Nəbiyeva", "PER", "sədr müavini", "Milli Məclis", ["Aytac Nəbiyeva"]),
 ("Anjali Menon", "PER", "təmsilçi", "BMT Uşaq Fondu", ["Anjali Menonu"]),
 ("Stefan Mayer", "PER", "nümayəndə", "BMT Qaçqınlar üzrə Ali Komissarlığı", ["Stefan Mayer"]),
 ("Mişel Dübua", "PER", "regional ofisin başçısı", "BMT Uşaq Fondu", ["Mişel Dübua"]),
 ("BMT Uşaq Fondu", "ORG", None, None, ["BMT Uşaq Fondunun", "UNICEF", "UNICEF-in"]),
 ("BMT Qaçqınlar üzrə Ali Komissarlığı", "ORG", None, None, ["BMT Qaçqınlar üzrə Ali Komissarlığının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Ailə, qadın və uşaq problemləri komitəsi", "ORG", None, None, ["Ailə, qadın və uşaq problemləri komitəsinin"]),
 ("Sia.az", "ORG", None, None, ["SİA.AZ", "Sia.az-a"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
], [
 E("MEET", ["Aytac Nəbiyeva", "Anjali Menon"], None, "2027-03-16", "happened", "Martın 16-da Milli Məclisin",
   ["uşaq hüquqları", "inklüziv təhsil"], host="Aytac Nəbiyeva", date_text="Martın 16-da"),
 E("MEET", ["Aytac Nəbiyeva", "Stefan Mayer"], None, "2027-03-16", "happened", "Həmin gün Aytac",
   ["köçkünlər"], date_text="Həmin gün"),
 E("VISIT", ["Mişel Dübua"], "Bakı", "2027-04", "planned", "Aprelin əvvəlində UNICEF-in",
   ["uşaq hüquqları"], date_text="Aprelin əvvəlində"),
 E("MEET", ["Mişel Dübua", "Ailə, qadın və uşaq problemləri komitəsi"], "Milli Məclis", "2027-04", "planned",
   "Qonağın Milli Məclisin Ailə", ["uşaq hüquqları"]),
 E("SIGN", ["BMT Uşaq Fondu", "Milli Məclis"], None, "2027-02-22", "happened", "Xatırladaq ki, fevralın 22-də",
   ["uşaq hüquqları"], date_text="fevralın 22-də"),
])

A("599_sadiqli_fransa_sefiri_isci_qrupu_qafqazinfo.txt", "qafqazinfo.az", """date 2027-03-03
Fransa senatorlarının Bakı səfəri aprelə keçirilib

Azərbaycan–Fransa işçi qrupunun başçısı, deputat Elvin Sadıqlı dünən Fransanın ölkəmizdəki səfiri Sesil Lamber ilə görüşüb. Görüş Fransa səfirliyinin təşəbbüsü ilə baş tutub.

Qafqazinfo-ya daxil olan xəbərə əsasən, görüşdə Fransa Senatının Fransa–Cənubi Qafqaz dostluq qrupunun sədri Jerar Ruanın fevralda baş tutmayan Bakı səfərinin yeni tarixi – aprelin 12–14-ü razılaşdırılıb. Tərəflər Azərbaycanda fransız dilinin tədrisinin genişləndirilməsini, Fransa universitetlərinin Bakıdakı filiallarının açılması ideyasını da gündəmə gətiriblər.

Səfir Lamber bildirib ki, bazar ertəsi İnsan hüquqları komitəsinə rəhbərlik edən Rəna Hüseynova ilə də görüşüb, iki ölkənin ombudsman institutları arasında təcrübə mübadiləsinin imkanlarını müzakirə edib.

Elvin Sadıqlının sözlərinə görə, işçi qrupu may ayında Parisə gedəcək. Səfər proqramına Fransa Milli Assambleyasının rəhbərliyi ilə görüş də salınıb. Deputat fransalı senatorların Bakıdan sonra Şuşaya da aparılacağını əlavə edib.
""", [
 ("Elvin Sadıqlı", "PER", "deputat", "Azərbaycan", ["Elvin Sadıqlı", "Elvin Sadıqlının"]),
 ("Sesil Lamber", "PER", "səfir", "Fransa", ["Sesil Lamber", "Lamber"]),
 ("Jerar Ruan", "PER", "dostluq qrupunun sədri", "Fransa Senatı", ["Jerar Ruanın"]),
 ("Rəna Hüseynova", "PER", "komitə sədri", "Azərbaycan", ["Rəna Hüseynova"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-ya"]),
 ("Fransa Senatı", "ORG", None, None, ["Fransa Senatının"]),
 ("İnsan hüquqları komitəsi", "ORG", None, None, ["İnsan hüquqları komitəsinə"]),
 ("Fransa Milli Assambleyası", "ORG", None, None, ["Fransa Milli Assambleyasının"]),
 ("Fransa", "LOC", None, None, ["Fransa", "Fransanın"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıdakı", "Bakıdan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanda"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Paris", "LOC", None, None, ["Parisə"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Elvin Sadıqlı", "Sesil Lamber"], None, "2027-03-02", "happened", "Elvin Sadıqlı dünən",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Jerar Ruan"], "Bakı", "2027-02", "negated", "görüşdə Fransa Senatının",
   ["parlamentlərarası əlaqələr"], date_text="fevralda"),
 E("VISIT", ["Jerar Ruan"], "Bakı", "2027-04-12", "planned", "görüşdə Fransa Senatının",
   ["parlamentlərarası əlaqələr"], date_text="aprelin 12–14-ü"),
 E("VISIT", ["Jerar Ruan"], "Şuşa", None, "planned", "Deputat fransalı senatorların",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Sesil Lamber", "Rəna Hüseynova"], None, "2027-03-01", "happened", "Səfir Lamber bildirib",
   ["insan hüquqları", "ombudsman"], date_text="bazar ertəsi"),
 E("VISIT", ["Elvin Sadıqlı"], "Paris", "2027-05", "planned", "Elvin Sadıqlının sözlərinə",
   ["parlamentlərarası əlaqələr"], date_text="may ayında"),
 E("MEET", ["Elvin Sadıqlı", "Fransa Milli Assambleyası"], "Paris", "2027-05", "planned", "Səfər proqramına Fransa",
   ["parlamentlərarası əlaqələr"]),
])

A("600_nebiyeva_atet_pa_payiz_toplantisi_valletta_azertac.txt", "AZERTAC", """date 2027-10-05
Aytac Nəbiyeva Vallettada ATƏT PA-nın payız toplantısında

Valletta, 5 oktyabr, AZERTAC. Oktyabrın 3-dən 5-dək Maltanın paytaxtında keçirilən ATƏT Parlament Assambleyasının payız toplantısında Milli Məclisin heyətinə Sədrin müavini Aytac Nəbiyeva başçılıq edir. Heyətin tərkibinə deputatlar Könül Səfərli və Emin Xəlilli daxildir.

Bazar günü Aralıq dənizi forumunda söz alan Aytac Nəbiyeva Xəzər dənizi ilə Aralıq dənizi arasında enerji və nəqliyyat bağlantılarının Avropanın təhlükəsizliyinə töhfəsindən danışıb.

Dünən toplantının kənarında Malta Nümayəndələr Palatasının sədri Antoni Borq Azərbaycan heyətinin rəhbərini qəbul edib. Görüşdə iki ada-dövlət və Xəzər hövzəsi arasında turizm axınının artırılması imkanları da nəzərdən keçirilib.

Emin Xəlilli bu gün gənc parlamentarilər üçün təşkil olunmuş paneldə moderator kimi çıxış edib.

Toplantının yekununda Nəbiyevanın ATƏT PA-nın prezidenti Yohan Berqstrem ilə görüşməsi gözlənilir.

Heyətin Vallettadan Romaya keçməsi planlaşdırılırdı. Lakin İtaliya tərəfinin xahişi ilə bu səfər noyabrın ortalarına saxlanılıb.
""", [
 ("Aytac Nəbiyeva", "PER", "sədr müavini", "Milli Məclis", ["Aytac Nəbiyeva", "Nəbiyevanın"]),
 ("Könül Səfərli", "PER", "deputat", "Milli Məclis", ["Könül Səfərli"]),
 ("Emin Xəlilli", "PER", "deputat", "Milli Məclis", ["Emin Xəlilli"]),
 ("Antoni Borq", "PER", "sədr", "Malta Nümayəndələr Palatası", ["Antoni Borq"]),
 ("Yohan Berqstrem", "PER", "prezident", "ATƏT Parlament Assambleyası", ["Yohan Berqstrem"]),
 ("ATƏT Parlament Assambleyası", "ORG", None, None, ["ATƏT PA-nın", "ATƏT Parlament Assambleyasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Malta Nümayəndələr Palatası", "ORG", None, None, ["Malta Nümayəndələr Palatasının"]),
 ("Valletta", "LOC", None, None, ["Vallettada", "Valletta", "Vallettadan"]),
 ("Malta", "LOC", None, None, ["Maltanın"]),
 ("Aralıq dənizi", "LOC", None, None, ["Aralıq dənizi"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi", "Xəzər"]),
 ("Avropa", "LOC", None, None, ["Avropanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Roma", "LOC", None, None, ["Romaya"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
], [
 E("ATTEND", ["Aytac Nəbiyeva"], "Valletta", "2027-10-03", "happened", "Oktyabrın 3-dən 5-dək",
   ["təhlükəsizlik", "enerji", "nəqliyyat"], date_text="Oktyabrın 3-dən 5-dək", event_name="ATƏT PA-nın payız toplantısı"),
 E("MEET", ["Antoni Borq", "Aytac Nəbiyeva"], "Valletta", "2027-10-04", "happened", "Dünən toplantının kənarında",
   ["turizm"], host="Antoni Borq", date_text="Dünən"),
 E("ATTEND", ["Emin Xəlilli"], "Valletta", "2027-10-05", "happened", "Emin Xəlilli bu gün",
   ["gənc parlamentarilər"], date_text="bu gün", event_name="gənc parlamentarilər paneli"),
 E("MEET", ["Aytac Nəbiyeva", "Yohan Berqstrem"], "Valletta", "2027-10-05", "planned", "Toplantının yekununda",
   ["parlamentlərarası əlaqələr"], date_text="Toplantının yekununda"),
 E("VISIT", ["Aytac Nəbiyeva"], "Roma", None, "negated", "Heyətin Vallettadan Romaya",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Aytac Nəbiyeva"], "Roma", "2027-11", "planned", "Lakin İtaliya tərəfinin",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın ortalarına"),
])
