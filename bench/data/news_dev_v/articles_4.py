A("601_alipasayeva_ruminiya_resmi_sefer_apa.txt", "APA", """date 2027-09-15
Milli Məclisin Sədri Bukareştdə: Rumıniya Senatının sədri ilə danışıqlar

Sədr Rəvanə Əlipaşayevanın başçılıq etdiyi Milli Məclis nümayəndə heyətinin Rumıniyaya rəsmi səfəri başlayıb. Heyət dünən axşam Bukareştin Henri Koanda Beynəlxalq Hava Limanına enib, burada qonaqları Rumıniya Senatının sədr müavini Sorin Matey qarşılayıb.

APA-nın xəbərinə görə, bu gün Rumıniya Senatının sədri Mirçea Popesku Rəvanə Əlipaşayevanı Parlament Sarayında qəbul edib. Tərəflər Qara dəniz vasitəsilə Avropaya çatdırılacaq yaşıl enerjinin tranzitini, Konstansa limanı ilə Bakı limanı arasında bərə xəttinin işə salınmasını müzakirə ediblər.

Həmin gün Sədr Deputatlar Palatasının sədri Kristina Dragomir ilə də görüşüb, iki parlamentin dostluq qruplarının gələn il Bakıda birgə iclas keçirməsi təklifini irəli sürüb.

Görüşlərdən sonra Milli Məclis ilə Rumıniya Parlamenti arasında əməkdaşlıq protokolunun imzalanması gözlənilir.

Sabah Sədrin Rumıniyanın Baş naziri Adrian Vlad ilə görüşməsi, ardından Konstansa limanına yollanması nəzərdə tutulur. Cümə günü heyət Vətənə qayıdacaq.
""", [
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayevanın", "Rəvanə Əlipaşayevanı"]),
 ("Sorin Matey", "PER", "sədr müavini", "Rumıniya Senatı", ["Sorin Matey"]),
 ("Mirçea Popesku", "PER", "sədr", "Rumıniya Senatı", ["Mirçea Popesku"]),
 ("Kristina Dragomir", "PER", "sədr", "Rumıniya Deputatlar Palatası", ["Kristina Dragomir"]),
 ("Adrian Vlad", "PER", "baş nazir", "Rumıniya", ["Adrian Vlad"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclis"]),
 ("Rumıniya Senatı", "ORG", None, None, ["Rumıniya Senatının"]),
 ("Rumıniya Deputatlar Palatası", "ORG", None, None, ["Deputatlar Palatasının"]),
 ("Rumıniya Parlamenti", "ORG", None, None, ["Rumıniya Parlamenti"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Bukareşt", "LOC", None, None, ["Bukareştdə", "Bukareştin"]),
 ("Rumıniya", "LOC", None, None, ["Rumıniyaya", "Rumıniyanın"]),
 ("Henri Koanda Beynəlxalq Hava Limanı", "LOC", None, None, ["Henri Koanda Beynəlxalq Hava Limanına"]),
 ("Parlament Sarayı", "LOC", None, None, ["Parlament Sarayında"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Konstansa limanı", "LOC", None, None, ["Konstansa limanı", "Konstansa limanına"]),
 ("Bakı limanı", "LOC", None, None, ["Bakı limanı"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("VISIT", ["Rəvanə Əlipaşayeva"], "Bukareşt", "2027-09-14", "happened", "Sədr Rəvanə Əlipaşayevanın başçılıq",
   ["parlamentlərarası əlaqələr"], date_text="dünən axşam"),
 E("MEET", ["Sorin Matey", "Rəvanə Əlipaşayeva"], "Henri Koanda Beynəlxalq Hava Limanı", "2027-09-14", "happened",
   "Heyət dünən axşam Bukareştin", ["protokol"], host="Sorin Matey", date_text="dünən axşam"),
 E("MEET", ["Mirçea Popesku", "Rəvanə Əlipaşayeva"], "Parlament Sarayı", "2027-09-15", "happened",
   "bu gün Rumıniya Senatının sədri", ["yaşıl enerji", "bərə xətti"], host="Mirçea Popesku", date_text="bu gün"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Kristina Dragomir"], None, "2027-09-15", "happened", "Həmin gün Sədr Deputatlar",
   ["dostluq qrupları"], date_text="Həmin gün"),
 E("SIGN", ["Milli Məclis", "Rumıniya Parlamenti"], None, "2027-09-15", "planned", "Görüşlərdən sonra Milli Məclis",
   ["parlamentlərarası əlaqələr"], date_text="Görüşlərdən sonra"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Adrian Vlad"], None, "2027-09-16", "planned", "Sabah Sədrin Rumıniyanın",
   ["iqtisadi əməkdaşlıq"], date_text="Sabah"),
 E("VISIT", ["Rəvanə Əlipaşayeva"], "Konstansa limanı", "2027-09-16", "planned", "Sabah Sədrin Rumıniyanın",
   ["nəqliyyat"], place="Konstansa limanı", date_text="Sabah"),
])

A("602_abbasqulu_novak_pek_brussel_trend.txt", "trend.az", """date 2027-11-10
Brüsseldə Avropa Parlamenti–Milli Məclis Parlament Əməkdaşlıq Komitəsinin iclası keçirilib

Dörd illik fasilədən sonra Avropa Parlamentinin və Milli Məclisin Parlament Əməkdaşlıq Komitəsi yenidən toplanıb: komitənin iclası noyabrın 9–10-da Brüsseldə keçirilib. Bazar günü Brüsselə çatan Azərbaycan heyətinə parlamentin beynəlxalq münasibətlər komitəsinə sədrlik edən Nadir Abbasqulu rəhbərlik edir.

Trend-ə verilən məlumata əsasən, iclası komitənin həmsədrləri – Nadir Abbasqulu və Avropa Parlamentində Cənubi Qafqaz üzrə heyətə sədrlik edən Marek Novak birgə aparıblar. İclasın ikinci günü gündəlikdəki məsələlərə dair yekun bəyanat qəbul olunub və həmsədrlər tərəfindən imzalanıb.

Səfər çərçivəsində Abbasqulu Avropa Komissiyasında qonşuluq siyasəti və genişlənmə danışıqlarına cavabdeh baş direktorluğun rəhbəri Paula Ferreyra ilə də görüşüb.

Heyətin Avropa Parlamentinin sədri Aurelia Santos ilə də görüşü nəzərdə tutulurdu, lakin sədrin Strasburqdakı plenar sessiyaya görə Brüsseldə olmaması səbəbindən görüş baş tutmayıb.

Bu axşam heyətin Lüksemburqa yola düşməsi, sabah isə Lüksemburq Deputatlar Palatasının sədri Klod Vayler ilə görüşməsi gözlənilir.
""", [
 ("Nadir Abbasqulu", "PER", "komitə sədri", "Milli Məclis", ["Nadir Abbasqulu", "Abbasqulu"]),
 ("Marek Novak", "PER", "həmsədr", "Avropa Parlamenti", ["Marek Novak"]),
 ("Paula Ferreyra", "PER", "baş direktorluğun rəhbəri", "Avropa Komissiyası", ["Paula Ferreyra"]),
 ("Aurelia Santos", "PER", "sədr", "Avropa Parlamenti", ["Aurelia Santos"]),
 ("Klod Vayler", "PER", "sədr", "Lüksemburq Deputatlar Palatası", ["Klod Vayler"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamenti", "Avropa Parlamentinin", "Avropa Parlamentində"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisin"]),
 ("Parlament Əməkdaşlıq Komitəsi", "ORG", None, None, ["Parlament Əməkdaşlıq Komitəsinin", "Parlament Əməkdaşlıq Komitəsi"]),
 ("Avropa Komissiyası", "ORG", None, None, ["Avropa Komissiyasında"]),
 ("Lüksemburq Deputatlar Palatası", "ORG", None, None, ["Lüksemburq Deputatlar Palatasının"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə", "Brüsselə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Strasburq", "LOC", None, None, ["Strasburqdakı"]),
 ("Lüksemburq", "LOC", None, None, ["Lüksemburqa"]),
], [
 E("VISIT", ["Nadir Abbasqulu"], "Brüssel", "2027-11-07", "happened", "Bazar günü Brüsselə çatan",
   ["parlamentlərarası əlaqələr"], date_text="Bazar günü"),
 E("MEET", ["Nadir Abbasqulu", "Marek Novak"], "Brüssel", "2027-11-09", "happened", "iclası komitənin həmsədrləri",
   ["Azərbaycan–Aİ münasibətləri"], date_text="noyabrın 9–10-da", event_name="Parlament Əməkdaşlıq Komitəsinin iclası"),
 E("SIGN", ["Nadir Abbasqulu", "Marek Novak"], "Brüssel", "2027-11-10", "happened", "İclasın ikinci günü gündəlikdəki",
   ["Azərbaycan–Aİ münasibətləri"], date_text="İclasın ikinci günü"),
 E("MEET", ["Nadir Abbasqulu", "Paula Ferreyra"], None, None, "happened", "Səfər çərçivəsində Abbasqulu",
   ["qonşuluq siyasəti"]),
 E("MEET", ["Nadir Abbasqulu", "Aurelia Santos"], "Brüssel", None, "negated", "Heyətin Avropa Parlamentinin sədri",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Nadir Abbasqulu"], "Lüksemburq", "2027-11-10", "planned", "Bu axşam heyətin",
   ["parlamentlərarası əlaqələr"], date_text="Bu axşam"),
 E("MEET", ["Nadir Abbasqulu", "Klod Vayler"], "Lüksemburq", "2027-11-11", "planned", "Bu axşam heyətin",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("603_nuriyeva_pai_bmt_dinlemeleri_nyu_york_metbuat.txt", "metbuat.az", """date 2027-02-17
Milli Məclisin heyəti Nyu-Yorkda PAİ və BMT-nin parlament dinləmələrində iştirak edib

Fevralın 15–16-da BMT-nin Nyu-Yorkdakı mənzil-qərargahında Parlamentlərarası İttifaq ilə BMT-nin birgə təşkil etdiyi illik parlament dinləmələri keçirilib. Metbuat.az xəbər verir ki, Milli Məclisdən dinləmələrə Elm və təhsil komitəsinin sədri Məleykə Nuriyeva və deputat Fərid Hüseynbəyli qatılıblar.

İkinci gün "Süni intellekt dövründə təhsil" adlı paneldə çıxış edən Məleykə Nuriyeva Azərbaycanda məktəb kurikulumlarına rəqəmsal bacarıqların daxil edilməsi təcrübəsini təqdim edib.

Dinləmələrin kənarında Nuriyeva BMT Baş katibinin müavini Qreys Okafor ilə görüşüb. Söhbət qadınların elm və texnologiya sahəsində təmsilçiliyi, BMT-nin gənclər proqramlarına Azərbaycan universitetlərinin qoşulması ətrafında olub.

Azərbaycan deputatları həmçinin ölkəmizin BMT yanındakı daimi nümayəndəsi Yaşar Əlizadə tərəfindən qəbul olunublar.

Bu gün deputatlar Vaşinqtona yollanıblar. Orada onların ABŞ Konqresində Azərbaycanla əlaqələr üzrə qrupun üzvləri ilə görüşmələri planlaşdırılır.
""", [
 ("Məleykə Nuriyeva", "PER", "komitə sədri", "Milli Məclis", ["Məleykə Nuriyeva", "Nuriyeva"]),
 ("Fərid Hüseynbəyli", "PER", "deputat", "Milli Məclis", ["Fərid Hüseynbəyli"]),
 ("Qreys Okafor", "PER", "baş katibin müavini", "Birləşmiş Millətlər Təşkilatı", ["Qreys Okafor"]),
 ("Yaşar Əlizadə", "PER", "daimi nümayəndə", "Azərbaycan", ["Yaşar Əlizadə"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin", "Milli Məclisdən"]),
 ("Parlamentlərarası İttifaq", "ORG", None, None, ["PAİ", "Parlamentlərarası İttifaq"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin", "BMT"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az"]),
 ("Elm və təhsil komitəsi", "ORG", None, None, ["Elm və təhsil komitəsinin"]),
 ("ABŞ Konqresi", "ORG", None, None, ["ABŞ Konqresində"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorkda", "Nyu-Yorkdakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan", "Azərbaycanla"]),
 ("Vaşinqton", "LOC", None, None, ["Vaşinqtona"]),
], [
 E("ATTEND", ["Məleykə Nuriyeva", "Fərid Hüseynbəyli"], "Nyu-York", "2027-02-15", "happened", "Metbuat.az xəbər verir",
   ["rəqəmsal təhsil", "süni intellekt"], date_text="Fevralın 15–16-da", event_name="PAİ və BMT-nin illik parlament dinləmələri"),
 E("MEET", ["Məleykə Nuriyeva", "Qreys Okafor"], "Nyu-York", None, "happened", "Dinləmələrin kənarında Nuriyeva",
   ["qadınların təmsilçiliyi"]),
 E("MEET", ["Yaşar Əlizadə", "Məleykə Nuriyeva", "Fərid Hüseynbəyli"], "Nyu-York", None, "happened",
   "Azərbaycan deputatları həmçinin", ["parlament diplomatiyası"], host="Yaşar Əlizadə"),
 E("VISIT", ["Məleykə Nuriyeva", "Fərid Hüseynbəyli"], "Vaşinqton", "2027-02-17", "happened", "Bu gün deputatlar",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
])

A("604_turkpa_komissiyasi_baki_qafqazinfo.txt", "qafqazinfo.az", """date 2027-04-08
Bakıda TÜRKPA komissiyasının iclası keçirilib | Qafqazinfo

QAFQAZİNFO
Gündəm | Parlament | Bölgələr | Kriminal | Xarici | Foto
Bu sayt JavaScript olmadan düzgün işləmir. Zəhmət olmasa, onu aktivləşdirin.
08 aprel 2027 15:42

Bu gün Türk Dövlətlərinin Parlament Assambleyasının Bakıdakı katibliyində Assambleyanın Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının iclası keçirilib. Qafqazinfo-nun əldə etdiyi məlumata görə, iclası komissiyanın sədri, Milli Məclisin deputatı Gülnar Süleymanlı aparıb.

Açılış nitqi ilə çıxış edən TÜRKPA-nın Baş katibi Ərdəm Bayraktar türk dövlətlərinin ortaq əlifba layihəsinə parlamentlərin dəstəyinin vacibliyini vurğulayıb. İclasda Türkiyə, Qazaxıstan və Qırğızıstan parlamentlərindən deputatlar da iştirak ediblər.

Komissiyanın iclasından əvvəl Qırğızıstan Jogorku Keneşinin deputatı Aydana Sultanbekovanın başçılıq etdiyi qırğız heyəti Milli Məclisin Sədri Rəvanə Əlipaşayeva tərəfindən qəbul olunub.

Qonaqlar dünən Bakıya gəliblər. Sabah onların Qəbələyə səfəri planlaşdırılır.

Oxşar xəbərlər
TÜRKPA-nın Baş katibi Özbəkistan səfiri ilə görüşüb
Qəbələdə turizm mövsümü açılır
Müəllif hüquqları qorunur. Qafqazinfo © 2027
""", [
 ("Gülnar Süleymanlı", "PER", "komissiya sədri", "Milli Məclis", ["Gülnar Süleymanlı"]),
 ("Ərdəm Bayraktar", "PER", "baş katib", "TÜRKPA", ["Ərdəm Bayraktar"]),
 ("Aydana Sultanbekova", "PER", "deputat", "Qırğızıstan Jogorku Keneşi", ["Aydana Sultanbekovanın"]),
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA", "Türk Dövlətlərinin Parlament Assambleyasının", "Assambleyanın", "TÜRKPA-nın"]),
 ("Sosial, mədəni və humanitar məsələlər üzrə daimi komissiya", "ORG", None, None,
  ["Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Qırğızıstan Jogorku Keneşi", "ORG", None, None, ["Qırğızıstan Jogorku Keneşinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO", "Qafqazinfo-nun"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıdakı", "Bakıya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə", "Qəbələdə"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
], [
 E("ATTEND", ["Gülnar Süleymanlı"], "TÜRKPA", "2027-04-08", "happened", "iclası komissiyanın sədri",
   ["mədəniyyət", "humanitar əməkdaşlıq"], date_text="Bu gün",
   event_name="TÜRKPA-nın Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının iclası"),
 E("ATTEND", ["Ərdəm Bayraktar"], "TÜRKPA", "2027-04-08", "happened", "Açılış nitqi ilə çıxış",
   ["ortaq əlifba"], event_name="TÜRKPA-nın Sosial, mədəni və humanitar məsələlər üzrə daimi komissiyasının iclası"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Aydana Sultanbekova"], None, "2027-04-08", "happened", "Komissiyanın iclasından əvvəl",
   ["parlamentlərarası əlaqələr"], host="Rəvanə Əlipaşayeva", date_text="Komissiyanın iclasından əvvəl"),
 E("VISIT", ["Aydana Sultanbekova"], "Bakı", "2027-04-07", "happened", "Qonaqlar dünən Bakıya",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Aydana Sultanbekova"], "Qəbələ", "2027-04-09", "planned", "Sabah onların Qəbələyə",
   ["turizm"], date_text="Sabah"),
])

A("605_alipasayeva_musahide_missiyalari_azertac.txt", "AZERTAC", """date 2027-12-13
Rəvanə Əlipaşayeva beynəlxalq müşahidə missiyalarının rəhbərlərini qəbul edib

Bakı, 13 dekabr, AZERTAC. Dünən keçirilmiş bələdiyyə seçkilərini izləyən beynəlxalq missiyaların rəhbərlərini bu gün Milli Məclisdə Sədr Rəvanə Əlipaşayeva qəbul edib. Görüşdə MDB Parlamentlərarası Assambleyasının missiyasına başçılıq edən Belarus Nümayəndələr Palatasının deputatı Andrey Kovalenko və TÜRKPA missiyasının rəhbəri, TBMM-in üzvü Mehmet Aydınlı iştirak ediblər.

Rəvanə Əlipaşayeva müşahidəçilərin məntəqələrə maneəsiz buraxıldığını, seçki komissiyalarının qonaqlara hər cür şərait yaratdığını deyib. Qonaqlar isə səsvermənin sakit və mütəşəkkil şəraitdə keçdiyini, ilkin nəticələrin gecə saatlarında operativ şəkildə açıqlandığını bildiriblər.

Missiya rəhbərləri cümə günü Bakıya gəlmişdilər. Seçki günü Kovalenko Gəncədə, Aydınlı isə Sumqayıtda məntəqələri gəziblər.

Qeyd edək ki, ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları Bürosu bu seçkilərə missiya göndərməyib.

Missiyaların Mərkəzi Seçki Komissiyasının sədri Rövşən Qənbərli ilə görüşü sabah baş tutacaq.
""", [
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Andrey Kovalenko", "PER", "deputat", "Belarus Milli Məclisinin Nümayəndələr Palatası", ["Andrey Kovalenko", "Kovalenko"]),
 ("Mehmet Aydınlı", "PER", "üzv", "Türkiyə Böyük Millət Məclisi", ["Mehmet Aydınlı", "Aydınlı"]),
 ("Rövşən Qənbərli", "PER", "sədr", "Mərkəzi Seçki Komissiyası", ["Rövşən Qənbərli"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None, ["MDB Parlamentlərarası Assambleyasının"]),
 ("Belarus Milli Məclisinin Nümayəndələr Palatası", "ORG", None, None, ["Belarus Nümayəndələr Palatasının"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM-in"]),
 ("ATƏT Demokratik Təsisatlar və İnsan Hüquqları Bürosu", "ORG", None, None,
  ["Demokratik Təsisatlar və İnsan Hüquqları Bürosu"]),
 ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ORG", None, None, ["ATƏT-in"]),
 ("Mərkəzi Seçki Komissiyası", "ORG", None, None, ["Mərkəzi Seçki Komissiyasının"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
], [
 E("MEET", ["Rəvanə Əlipaşayeva", "Andrey Kovalenko", "Mehmet Aydınlı"], "Milli Məclis", "2027-12-13", "happened",
   "Dünən keçirilmiş bələdiyyə", ["bələdiyyə seçkiləri", "seçki müşahidəsi"], host="Rəvanə Əlipaşayeva", date_text="bu gün"),
 E("VISIT", ["Andrey Kovalenko", "Mehmet Aydınlı"], "Bakı", "2027-12-10", "happened", "Missiya rəhbərləri cümə günü",
   ["seçki müşahidəsi"], date_text="cümə günü"),
 E("VISIT", ["Andrey Kovalenko"], "Gəncə", "2027-12-12", "happened", "Seçki günü Kovalenko",
   ["seçki müşahidəsi"], date_text="Seçki günü"),
 E("VISIT", ["Mehmet Aydınlı"], "Sumqayıt", "2027-12-12", "happened", "Seçki günü Kovalenko",
   ["seçki müşahidəsi"], date_text="Seçki günü"),
 E("MEET", ["Andrey Kovalenko", "Mehmet Aydınlı", "Rövşən Qənbərli"], None, "2027-12-14", "planned",
   "Missiyaların Mərkəzi Seçki", ["seçki müşahidəsi"], date_text="sabah"),
])

A("606_elikisiyeva_polsa_sefiri_seki_ses.txt", None, """date 2027-08
Polşa səfiri deputatla birlikdə Şəkinin tarixi abidələri ilə tanış olub

Milli Məclisin Azərbaycan–Polşa işçi qrupunun rəhbəri Sevda Əlikişiyeva və Polşanın ölkəmizdəki səfiri Tomaş Kovalçik avqustun 5-də Şəkiyə səfər ediblər.

Qonaqlar əvvəlcə Şəki Xan Sarayını ziyaret ediblər, sarayın rəngli şəbəkə pəncərələrinə heyranlıqlarını gizlətməyiblər. Həmin gün Şəki Şəhər İcra Hakimiyyətinin başçısı ilə görüşdə bölgənin turizm infrast-
rukturu, polyak turistlərinin sayının artırılması müzakire olunub.

Ertəsi gün səfir və deputat qonşu Qəbələ rayonuna keçiblər, burada fəaliyyət göstərən Polşa şirkətinin tikdiyi günəş elektrik stansiyası ilə tanış olublar.

Səfir Tomaş Kovalçik bildirib ki, Polşa Seyminin Azərbaycanla dostluq qrupunun sədri Anna Zayons sentyabrda Bakıya gələcək, onun Şəkiyə də səfəri planlaşdırılır. Sevda Əlikişiyeva isə işçi qrupunun payızda Varşavada keçirilməsi nəzərdə tutulan iclasına hazırlığın başladığını qeyd edib.

Aytən SÜLEYMANOVA,
«Səs»
""", [
 ("Sevda Əlikişiyeva", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Sevda Əlikişiyeva"]),
 ("Tomaş Kovalçik", "PER", "səfir", "Polşa", ["Tomaş Kovalçik"]),
 ("Anna Zayons", "PER", "dostluq qrupunun sədri", "Polşa Seymi", ["Anna Zayons"]),
 ("Aytən Süleymanova", "PER", None, None, ["Aytən SÜLEYMANOVA"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Polşa Seymi", "ORG", None, None, ["Polşa Seyminin"]),
 ("Səs", "ORG", None, None, ["Səs"]),
 ("Polşa", "LOC", None, None, ["Polşa", "Polşanın"]),
 ("Şəki", "LOC", None, None, ["Şəkinin", "Şəkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanla"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayını"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Varşava", "LOC", None, None, ["Varşavada"]),
], [
 E("VISIT", ["Sevda Əlikişiyeva", "Tomaş Kovalçik"], "Şəki", "2027-08-05", "happened", "Milli Məclisin Azərbaycan–Polşa",
   ["turizm", "mədəni irs"], date_text="avqustun 5-də"),
 E("VISIT", ["Sevda Əlikişiyeva", "Tomaş Kovalçik"], "Şəki Xan Sarayı", "2027-08-05", "happened", "Qonaqlar əvvəlcə Şəki",
   ["mədəni irs"], place="Şəki Xan Sarayı"),
 E("MEET", ["Sevda Əlikişiyeva", "Tomaş Kovalçik", "Şəki Şəhər İcra Hakimiyyəti"], "Şəki", "2027-08-05", "happened",
   "Həmin gün Şəki Şəhər", ["turizm"], date_text="Həmin gün"),
 E("VISIT", ["Sevda Əlikişiyeva", "Tomaş Kovalçik"], "Qəbələ", "2027-08-06", "happened", "Ertəsi gün səfir",
   ["bərpa olunan enerji"], date_text="Ertəsi gün"),
 E("VISIT", ["Anna Zayons"], "Bakı", "2027-09", "planned", "Səfir Tomaş Kovalçik bildirib",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrda"),
 E("VISIT", ["Anna Zayons"], "Şəki", "2027-09", "planned", "Səfir Tomaş Kovalçik bildirib",
   ["turizm"]),
])

A("607_venesiya_komissiyasi_agakisiyeva_oxu.txt", "oxu.az", """date 2027-06-30
Venesiya Komissiyasının məruzəçiləri Bakıda qanun layihəsini müzakirə ediblər

Avropa Şurasının Venesiya Komissiyasının üzvləri Katrin Şulte və Luka Marinelli "Parlament nəzarəti haqqında" qanun layihəsi ilə bağlı məsləhətləşmələr üçün bazar ertəsi Bakıya gəliblər.

Oxu.az-ın parlament mənbələrindən öyrəndiyinə görə, dünən ekspertlər Hüquq siyasəti və dövlət quruculuğu komitəsinin sədri Səbinə Ağakişiyeva və komitə üzvləri ilə bir araya gəliblər. Müzakirələrdə layihədəki parlament sorğusu institutu, hökumətin illik hesabatının dinlənilməsi qaydası diqqət mərkəzində olub.

Bu gün isə Konstitusiya Məhkəməsinin sədri Fərhad Əbdülrəhimli qonaqları qəbul edib. Görüşdə məhkəmənin parlament aktlarının konstitusiyaya uyğunluğunu yoxlama təcrübəsi barədə məlumat verilib.

Ekspertlərin insan hüquqları üzrə müvəkkil Aysel Qurbanova ilə də görüşməsi planlaşdırılmışdı, amma müvəkkil hazırda Naxçıvanda işgüzar səfərdə olduğundan bu görüş sonraya saxlanılıb.

Venesiya Komissiyasının rəyinin oktyabrda Venesiyada keçiriləcək plenar sessiyada təsdiqlənməsi gözlənilir. Səbinə Ağakişiyevanın həmin sessiyada iştirakı nəzərdə tutulur.
""", [
 ("Katrin Şulte", "PER", "komissiya üzvü", "Venesiya Komissiyası", ["Katrin Şulte"]),
 ("Luka Marinelli", "PER", "komissiya üzvü", "Venesiya Komissiyası", ["Luka Marinelli"]),
 ("Səbinə Ağakişiyeva", "PER", "komitə sədri", None, ["Səbinə Ağakişiyeva", "Səbinə Ağakişiyevanın"]),
 ("Fərhad Əbdülrəhimli", "PER", "sədr", "Konstitusiya Məhkəməsi", ["Fərhad Əbdülrəhimli"]),
 ("Aysel Qurbanova", "PER", "insan hüquqları üzrə müvəkkil", None, ["Aysel Qurbanova"]),
 ("Venesiya Komissiyası", "ORG", None, None, ["Venesiya Komissiyasının"]),
 ("Avropa Şurası", "ORG", None, None, ["Avropa Şurasının"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-ın"]),
 ("Hüquq siyasəti və dövlət quruculuğu komitəsi", "ORG", None, None, ["Hüquq siyasəti və dövlət quruculuğu komitəsinin"]),
 ("Konstitusiya Məhkəməsi", "ORG", None, None, ["Konstitusiya Məhkəməsinin"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
 ("Venesiya", "LOC", None, None, ["Venesiyada"]),
], [
 E("VISIT", ["Katrin Şulte", "Luka Marinelli"], "Bakı", "2027-06-28", "happened", "Avropa Şurasının Venesiya",
   ["qanunvericilik", "parlament nəzarəti"], date_text="bazar ertəsi"),
 E("MEET", ["Katrin Şulte", "Luka Marinelli", "Səbinə Ağakişiyeva"], None, "2027-06-29", "happened",
   "dünən ekspertlər Hüquq", ["parlament nəzarəti"], date_text="dünən"),
 E("MEET", ["Fərhad Əbdülrəhimli", "Katrin Şulte", "Luka Marinelli"], None, "2027-06-30", "happened",
   "Bu gün isə Konstitusiya", ["konstitusiya hüququ"], host="Fərhad Əbdülrəhimli", date_text="Bu gün"),
 E("MEET", ["Katrin Şulte", "Luka Marinelli", "Aysel Qurbanova"], None, None, "negated", "Ekspertlərin insan hüquqları",
   ["insan hüquqları"]),
 E("VISIT", ["Aysel Qurbanova"], "Naxçıvan", "2027-06-30", "happened", "Ekspertlərin insan hüquqları",
   ["insan hüquqları"]),
 E("ATTEND", ["Səbinə Ağakişiyeva"], "Venesiya", "2027-10", "planned", "Səbinə Ağakişiyevanın həmin sessiyada",
   ["qanunvericilik"], date_text="oktyabrda", event_name="Venesiya Komissiyasının plenar sessiyası"),
])
