A("376_xin_sozcusu_avropa_parlamenti_qetname_apa.txt", "APA", """date 2029-05-16
XİN: Avropa Parlamentinin qətnaməsi regionda sülh prosesinə xidmət etmir

Xarici İşlər Nazirliyinin mətbuat xidmətinin rəhbəri Aydan Rəsulova Avropa Parlamentinin dünən qəbul etdiyi qətnamə ilə bağlı APA-nın sualını cavablandırıb.

Rəsulovanın sözlərinə görə, sənəddəki iddialar reallığı əks etdirmir və Cənubi Qafqazda son illərdə əldə olunmuş nailiyyətlərə kölgə salmaq cəhdindən başqa bir şey deyil. "Azərbaycan bütün tərəfdaşları ilə qarşılıqlı hörmət və beynəlxalq hüququn prinsipləri əsasında dialoqa açıqdır. Lakin bu cür birtərəfli yanaşmalar etimadı möhkəmləndirmir, əksinə, onu zəiflədir", – deyə sözçü vurğulayıb.

O xatırladıb ki, Azərbaycan ilə Avropa İttifaqı arasında enerji sahəsində strateji tərəfdaşlıq davam edir, Brüssel ilə Bakı arasında müxtəlif formatlarda məsləhətləşmələr mütəmadi xarakter daşıyır. Rəsmi Bakı Avropa İttifaqı ilə yeni çərçivə sazişi üzrə danışıqların tezliklə yekunlaşmasında maraqlıdır.

Sözçü həmçinin qeyd edib ki, qətnamənin müəllifləri arasında region barədə yanlış məlumatlandırılmış deputatlar üstünlük təşkil edir. Onun fikrincə, avropalı parlamentarilərin bölgəyə gəlib vəziyyətlə yerində tanış olması daha faydalı olardı.

APA-ya danışan politoloq Tofiq Abbasov isə hesab edir ki, qətnamənin heç bir praktik nəticəsi olmayacaq, o, sadəcə Avropa Parlamentinin daxilindəki siyasi mübarizənin məhsuludur.
""", [
 ("Aydan Rəsulova", "PER", "mətbuat xidmətinin rəhbəri", "Xarici İşlər Nazirliyi", ["Aydan Rəsulova", "Rəsulovanın"]),
 ("Tofiq Abbasov", "PER", "politoloq", None, ["Tofiq Abbasov"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN", "Xarici İşlər Nazirliyinin"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Avropa İttifaqı"]),
 ("APA", "ORG", None, None, ["APA-nın", "APA-ya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Brüssel", "LOC", None, None, ["Brüssel"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
], [], topics=["xarici siyasət", "Avropa İttifaqı ilə münasibətlər"])

A("377_ehmedzade_kupatadze_baymuxamedov_tbilisi_azertac.txt", "AZERTAC", """date 2029-05-30
Tbilisidə üç ölkənin nazirləri konteyner daşımalarına vahid tarif barədə saziş imzalayıblar

Azərbaycan, Gürcüstan və Qazaxıstanın nəqliyyat sahəsinə cavabdeh nazirlərinin dünən Tbilisidə keçirilən görüşündə Orta Dəhliz boyunca konteyner daşımalarına vahid tarif tətbiq olunmasına dair saziş imzalanıb. Sənədə Azərbaycanın rəqəmsal inkişaf və nəqliyyat naziri Kənan Əhmədzadə, Gürcüstanın iqtisadiyyat və davamlı inkişaf naziri Levan Kupatadze və Qazaxıstanın nəqliyyat naziri Erlan Baymuxamedov imza atıblar.

AZERTAC-ın Tbilisidəki müxbirinin məlumatına görə, görüşə ev sahibliyi edən Kupatadze son üç ildə Xəzər dənizi və Gürcüstan limanları üzərindən keçən tranzit yüklərin həcminin iki dəfədən çox artdığını söyləyib. Əhmədzadə isə Ələtdə ikinci konteyner terminalının tikintisinin gələn ilin yazında başa çatacağını bildirib.

Həmin gün "Azərbaycan Dəmir Yolları" QSC, "Gürcüstan Dəmir Yolu" və "Qazaxıstan Temir Joli" milli şirkətləri arasında birgə logistika operatorunun yaradılmasına dair memorandum da imzalanıb.

Tbilisiyə bazar ertəsi gəlmiş Əhmədzadə bu gün Gürcüstanın Baş naziri Davit Abaşidze tərəfindən qəbul olunub. Görüşdə Qara dəniz limanlarının modernləşdirilməsi, Kaxetidə Azərbaycan şirkətlərinin investisiya layihələri müzakirə edilib.

Baymuxamedovun cümə günü Bakıya gələrək Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanında olacağı bildirilir.
""", [
 ("Kənan Əhmədzadə", "PER", "rəqəmsal inkişaf və nəqliyyat naziri", "Azərbaycan", ["Kənan Əhmədzadə", "Əhmədzadə"]),
 ("Levan Kupatadze", "PER", "iqtisadiyyat və davamlı inkişaf naziri", "Gürcüstan", ["Levan Kupatadze", "Kupatadze"]),
 ("Erlan Baymuxamedov", "PER", "nəqliyyat naziri", "Qazaxıstan", ["Erlan Baymuxamedov", "Baymuxamedovun"]),
 ("Davit Abaşidze", "PER", "baş nazir", "Gürcüstan", ["Davit Abaşidze"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Azərbaycan Dəmir Yolları", "ORG", None, None, ["Azərbaycan Dəmir Yolları"]),
 ("Gürcüstan Dəmir Yolu", "ORG", None, None, ["Gürcüstan Dəmir Yolu"]),
 ("Qazaxıstan Temir Joli", "ORG", None, None, ["Qazaxıstan Temir Joli"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə", "Tbilisidəki", "Tbilisiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan", "Gürcüstanın"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanın"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Ələt", "LOC", None, None, ["Ələtdə", "Ələtdəki"]),
 ("Qara dəniz", "LOC", None, None, ["Qara dəniz"]),
 ("Kaxeti", "LOC", None, None, ["Kaxetidə"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
 ("Bakı Beynəlxalq Dəniz Ticarət Limanı", "LOC", None, None, ["Bakı Beynəlxalq Dəniz Ticarət Limanında"]),
], [
 E("MEET", ["Kənan Əhmədzadə", "Levan Kupatadze", "Erlan Baymuxamedov"], "Tbilisi", "2029-05-29", "happened",
   "nəqliyyat sahəsinə cavabdeh nazirlərinin", ["nəqliyyat", "tranzit daşımalar"], host="Levan Kupatadze",
   date_text="dünən"),
 E("SIGN", ["Kənan Əhmədzadə", "Levan Kupatadze", "Erlan Baymuxamedov"], "Tbilisi", "2029-05-29", "happened",
   "nəqliyyat sahəsinə cavabdeh nazirlərinin", ["tarif siyasəti", "konteyner daşımaları"], date_text="dünən"),
 E("SIGN", ["Azərbaycan Dəmir Yolları", "Gürcüstan Dəmir Yolu", "Qazaxıstan Temir Joli"], None, "2029-05-29",
   "happened", "milli şirkətləri arasında birgə", ["logistika"], date_text="Həmin gün"),
 E("VISIT", ["Kənan Əhmədzadə"], "Tbilisi", "2029-05-28", "happened", "Tbilisiyə bazar ertəsi",
   ["nəqliyyat"], date_text="bazar ertəsi"),
 E("MEET", ["Davit Abaşidze", "Kənan Əhmədzadə"], "Tbilisi", "2029-05-30", "happened", "Tbilisiyə bazar ertəsi",
   ["limanlar", "investisiyalar"], host="Davit Abaşidze", date_text="bu gün"),
 E("VISIT", ["Erlan Baymuxamedov"], "Bakı", "2029-06-01", "planned", "Baymuxamedovun cümə günü",
   ["nəqliyyat"], date_text="cümə günü"),
 E("VISIT", ["Erlan Baymuxamedov"], "Bakı Beynəlxalq Dəniz Ticarət Limanı", "2029-06-01", "planned",
   "Baymuxamedovun cümə günü", ["limanlar"], place="Bakı Beynəlxalq Dəniz Ticarət Limanı", date_text="cümə günü"),
])

A("378_veliyeva_ciqauri_tbilisi_marneuli_oxu.txt", "oxu.az", """date 2029-06-07
Səbinə Vəliyeva Tbilisidə siyasi məsləhətləşmələr aparıb - Oxu.az

Son xəbərlər | Ölkə | Dünya | Şou-biznes | İdman
Reklam
07.06.2029, 13:40
Səbinə Vəliyeva Tbilisidə siyasi məsləhətləşmələr aparıb

Xarici işlər nazirinin müavini Səbinə Vəliyevanın başçılıq etdiyi heyət çərşənbə axşamı işgüzar səfərlə Gürcüstana yola düşüb.

XİN-in mətbuat xidmətinin yaydığı açıqlamada bildirilir ki, dünən Tbilisidə Vəliyeva ilə gürcü həmkarı Levan Ciqauri arasında siyasi məsləhətləşmələr keçirilib. Təhlükəsizlik, enerji və nəqliyyat əlaqələrinin ətraflı müzakirə olunduğu görüşdə tərəflər beynəlxalq təşkilatlarda bir-birinin namizədliklərini dəstəkləməyin vacibliyini qeyd ediblər.

Məsləhətləşmələrdən sonra Azərbaycan diplomatı gürcü parlamentinin Xarici əlaqələr komitəsinə rəhbərlik edən Tamar Ninua ilə görüşüb. Bu gün isə Vəliyeva Marneuliyə gedərək azərbaycanlıların sıx yaşadığı kəndlərdə tikilmiş iki məktəbin açılışında iştirak edib.

Nazir müavininin proqramında Batumiyə səfər də var idi, lakin Bakıda keçiriləcək beynəlxalq konfransla əlaqədar həmin hissə təxirə salınıb. Batumi səfərinin payızda reallaşacağı bildirilir.

Paylaş
Oxşar xəbərlər
Gürcüstanla sərhədin delimitasiyası üzrə komissiyanın növbəti iclası keçiriləcək
Şəmkirdə yeni su anbarı tikilir
Oxu.az © 2029
""", [
 ("Səbinə Vəliyeva", "PER", "xarici işlər nazirinin müavini", "Xarici İşlər Nazirliyi",
  ["Səbinə Vəliyeva", "Səbinə Vəliyevanın", "Vəliyeva"]),
 ("Levan Ciqauri", "PER", None, "Gürcüstan", ["Levan Ciqauri"]),
 ("Tamar Ninua", "PER", "komitə sədri", "Gürcüstan", ["Tamar Ninua"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-in"]),
 ("Xarici əlaqələr komitəsi", "ORG", None, None, ["Xarici əlaqələr komitəsinə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisidə"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstana", "Gürcüstanla"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Marneuli", "LOC", None, None, ["Marneuliyə"]),
 ("Batumi", "LOC", None, None, ["Batumiyə", "Batumi"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Şəmkir", "LOC", None, None, ["Şəmkirdə"]),
], [
 E("VISIT", ["Səbinə Vəliyeva"], "Gürcüstan", "2029-06-05", "happened", "Səbinə Vəliyevanın başçılıq etdiyi",
   ["siyasi məsləhətləşmələr"], date_text="çərşənbə axşamı"),
 E("MEET", ["Səbinə Vəliyeva", "Levan Ciqauri"], "Tbilisi", "2029-06-06", "happened", "dünən Tbilisidə Vəliyeva",
   ["siyasi məsləhətləşmələr", "təhlükəsizlik", "enerji"], date_text="dünən"),
 E("MEET", ["Səbinə Vəliyeva", "Tamar Ninua"], "Tbilisi", "2029-06-06", "happened", "Məsləhətləşmələrdən sonra Azərbaycan",
   ["parlamentlərarası əlaqələr"], date_text="Məsləhətləşmələrdən sonra"),
 E("VISIT", ["Səbinə Vəliyeva"], "Marneuli", "2029-06-07", "happened", "Bu gün isə Vəliyeva",
   ["diaspor", "təhsil"], date_text="Bu gün"),
 E("ATTEND", ["Səbinə Vəliyeva"], "Marneuli", "2029-06-07", "happened", "Bu gün isə Vəliyeva",
   ["təhsil"], date_text="Bu gün", event_name="məktəblərin açılışı"),
 E("VISIT", ["Səbinə Vəliyeva"], "Batumi", None, "negated", "Nazir müavininin proqramında",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Səbinə Vəliyeva"], "Batumi", None, "planned", "Batumi səfərinin payızda",
   ["regional əməkdaşlıq"], date_text="payızda"),
])

A("379_hesenbeyova_yucelsoy_nurqaliyev_telefon_metbuat.txt", "metbuat.az", """date 2029-06-19
Ləman Həsənbəyova TBMM və Qazaxıstan Senatının sədrləri ilə telefonla danışıb | Metbuat.az

Xəbər lenti | Ölkə | Parlament | Region | Dünya
19 iyun 2029, 11:05
Ləman Həsənbəyova TBMM və Qazaxıstan Senatının sədrləri ilə telefonla danışıb

Milli Məclisin Sədri dünən türkiyəli həmkarı, TBMM Sədri Kamil Yücelsoy ilə telefonla danışıb.

Parlamentin mətbuat xidmətindən Metbuat.az-a bildiriblər ki, söhbət əsnasında iki parlamentin dostluq qruplarının ortaq iclasını keçirmək ideyası, eləcə də TÜRKPA-nın gələn ay Bakıda keçiriləcək plenar sessiyasına hazırlıq müzakirə olunub. Yücelsoy sessiyada şəxsən iştirak edəcəyini bildirib.

Bu gün isə Ləman Həsənbəyova Qazaxıstan Parlamenti Senatının sədri Beybit Nurqaliyevlə telefon danışığı aparıb. Həmsöhbətlər Nurqaliyevin sentyabrda Azərbaycana rəsmi səfər edəcəyini, səfər zamanı iki palata arasında əməkdaşlıq memorandumunun imzalanacağını qeyd ediblər. Memoranduma hər iki sədrin imza atması nəzərdə tutulur.

Xatırladaq ki, Ləman Həsənbəyova ötən həftə Özbəkistan Oliy Məclisi Senatının sədri Nodira İsmoilova ilə videokonfrans vasitəsilə görüşmüşdü.

Oxşar xəbərlər
Milli Məclisin payız sessiyasının gündəliyi açıqlanıb
Naxçıvanda beynəlxalq folklor festivalı başlayıb
Metbuat.az © 2029. Bütün hüquqlar qorunur.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Kamil Yücelsoy", "PER", "sədr", "Türkiyə Böyük Millət Məclisi", ["Kamil Yücelsoy", "Yücelsoy"]),
 ("Beybit Nurqaliyev", "PER", "sədr", "Qazaxıstan Parlamentinin Senatı", ["Beybit Nurqaliyevlə", "Nurqaliyevin"]),
 ("Nodira İsmoilova", "PER", "sədr", "Özbəkistan Oliy Məclisinin Senatı", ["Nodira İsmoilova"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Senatının", "Qazaxıstan Parlamenti Senatının"]),
 ("Özbəkistan Oliy Məclisinin Senatı", "ORG", None, None, ["Özbəkistan Oliy Məclisi Senatının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az", "Metbuat.az-a"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("CALL", ["Ləman Həsənbəyova", "Kamil Yücelsoy"], None, "2029-06-18", "happened", "Milli Məclisin Sədri dünən",
   ["parlamentlərarası əlaqələr", "TÜRKPA"], date_text="dünən"),
 E("ATTEND", ["Kamil Yücelsoy"], "Bakı", "2029-07", "planned", "Yücelsoy sessiyada şəxsən",
   ["TÜRKPA"], date_text="gələn ay", event_name="TÜRKPA-nın plenar sessiyası"),
 E("CALL", ["Ləman Həsənbəyova", "Beybit Nurqaliyev"], None, "2029-06-19", "happened", "Bu gün isə Ləman",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
 E("VISIT", ["Beybit Nurqaliyev"], "Azərbaycan", "2029-09", "planned", "Həmsöhbətlər Nurqaliyevin sentyabrda",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrda"),
 E("SIGN", ["Ləman Həsənbəyova", "Beybit Nurqaliyev"], "Azərbaycan", "2029-09", "planned", "Memoranduma hər iki sədrin",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrda"),
 E("CALL", ["Ləman Həsənbəyova", "Nodira İsmoilova"], None, "2029-06", "happened", "Xatırladaq ki, Ləman",
   ["parlamentlərarası əlaqələr"], date_text="ötən həftə"),
])

A("380_xudiyev_xolmatov_ozbek_deputatlar_respublika.txt", None, """date 2029-06
Özbək deputatları Milli Məclisdə: əməkdaşlığın yeni üfüqləri

Özbəkistan Respublikası Oliy Məclisinin Qanunvericilik Palatasının Sənaye, tikinti və ticarət məsələləri komitəsinin sədri Şerzod Xolmatovun başçılıq etdiyi özbək parlamentariləri iyunun 12-də ölkəmizə gəliblər.

Ertəsi gün qonaqlar Milli Məclisdə özbək parlamenti ilə əlaqələr üzrə işçi qrupunun başçısı Ramin Xudiyev tərəfindən qəbul olunub-
lar. Görüşdə Xudiyev son beş ildə qarşılıqlı ticarətin həcminin üç dəfə artdıgını qeyd edib, Daşkənd ilə Bakı arasında həftədə on iki aviareysin həyata keçirildi-
yini xatırladıb. Xolmatov isə Qanunvericilik Palatasında Azərbaycanla dostluq qrupunun tərkibinin yenilən-
diyini, qrupa on yeni deputatın daxil olduğunu söyləyib.

Həmin gün heyət deputat Nurlan Hacıyevlə də görüşüb. Tərəflər kiçik və orta sahibkarlıga dövlət dəstəyi sahəsində qanunvericilk təcrübəsini müzakirə ediblər.

İyunun 14-də özbək qonaqlar Sumqayıt Kimya Sənaye Parkındakı müəssisələrlə tanış olublar. Səfər proqramında Naxçıvana getmək də var idi, lakin oradakı hava limanının sıx duman səbəbindən bağlanması bu planı pozub. Özbək parlamentariləri iyunun 15-də Vətənə yola düşüblər.

Gülnarə ŞIXƏLİYEVA,
«Respublika»
""", [
 ("Şerzod Xolmatov", "PER", "komitə sədri", "Özbəkistan Oliy Məclisinin Qanunvericilik Palatası",
  ["Şerzod Xolmatovun", "Xolmatov"]),
 ("Ramin Xudiyev", "PER", "işçi qrupunun başçısı", "Milli Məclis", ["Ramin Xudiyev", "Xudiyev"]),
 ("Nurlan Hacıyev", "PER", "deputat", "Milli Məclis", ["Nurlan Hacıyevlə"]),
 ("Gülnarə Şıxəliyeva", "PER", None, None, ["Gülnarə ŞIXƏLİYEVA"]),
 ("Özbəkistan Oliy Məclisinin Qanunvericilik Palatası", "ORG", None, None,
  ["Özbəkistan Respublikası Oliy Məclisinin Qanunvericilik Palatasının", "Qanunvericilik Palatasında"]),
 ("Sənaye, tikinti və ticarət məsələləri komitəsi", "ORG", None, None,
  ["Sənaye, tikinti və ticarət məsələləri komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Respublika", "ORG", None, None, ["Respublika"]),
 ("Daşkənd", "LOC", None, None, ["Daşkənd"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkındakı"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
], [
 E("VISIT", ["Şerzod Xolmatov"], "Azərbaycan", "2029-06-12", "happened", "iyunun 12-də ölkəmizə",
   ["parlamentlərarası əlaqələr"], date_text="iyunun 12-də"),
 E("MEET", ["Ramin Xudiyev", "Şerzod Xolmatov"], "Milli Məclis", "2029-06-13", "happened", "Ertəsi gün qonaqlar",
   ["ticarət", "aviareyslər"], host="Ramin Xudiyev", date_text="Ertəsi gün"),
 E("MEET", ["Nurlan Hacıyev", "Şerzod Xolmatov"], None, "2029-06-13", "happened", "Həmin gün heyət deputat",
   ["sahibkarlıq", "qanunvericilik"], date_text="Həmin gün"),
 E("VISIT", ["Şerzod Xolmatov"], "Sumqayıt Kimya Sənaye Parkı", "2029-06-14", "happened", "İyunun 14-də özbək",
   ["sənaye"], place="Sumqayıt Kimya Sənaye Parkı", date_text="İyunun 14-də"),
 E("VISIT", ["Şerzod Xolmatov"], "Naxçıvan", None, "negated", "Səfər proqramında Naxçıvana",
   ["regional əməkdaşlıq"]),
])

A("381_selimov_iqtisadi_emekdasliq_teskilati_islamabad_xalq_qezeti.txt", None, """date 2029-07
İslamabad zirvəsi: Azərbaycan regional əlaqələrin gücləndirilməsinə çağırır

İyulun 3-də Pakistanın paytaxtında İqtisadi Əməkdaşlıq Təşkilatının XVIII Zirvə görüşü keçirilib. Tədbirdə iştirak etmək üçün bir gün əvvəl İslamabada gələn Prezident Teymur Səlimovu hava limanında Pakistanın Baş naziri Fəraz Qureyşi qarşılayıb.

Zirvəni açan Qureyşi üzv ölkələr arasında gömrük prosedurlarının sadələşdirilməsinin vaxtının çatdığını bildirib. Azərbaycan Prezidenti isə öz çıxışında Xəzər dənizindən keçən nəqliyyat xətlərinin Təşkilatın məkanını Avropa bazarları ilə birləşdirdiyini vurğulayıb, üzv dövlətləri Ələt limanının imkanlarından daha fəal istifadə etməyə çagırıb.

Zirvənin kənarında dövlətimizin başçısı Qırğızıstan Prezidenti Nurlan Asanaliyev və Tacikistan Prezidenti Firuz Nazarzoda ilə ayrı-ayrılıqda görüşüb.

Ertəsi gün Teymur Səlimov Pakistan Prezidenti Cavid Rəhimullah tərəfindən qəbul olunub. Görüşdən sonra xarici işlər nazirləri Ruslan Kazımlı və Ümər Tariq iki ölkənin diplomatik akademiya-
ları arasında əməkdaşlıq memorandumunu imzalayıblar.

Prezidentin Lahora getməsi də nəzərdə tutulmuşdu. Ancaq güclü musson yagışları səbəbindən bu səfər reallaşmayıb.

Elçin QASIMOV,
«Xalq qəzeti»
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovu", "Teymur Səlimov"]),
 ("Fəraz Qureyşi", "PER", "baş nazir", "Pakistan", ["Fəraz Qureyşi", "Qureyşi"]),
 ("Nurlan Asanaliyev", "PER", "Prezident", "Qırğızıstan", ["Nurlan Asanaliyev"]),
 ("Firuz Nazarzoda", "PER", "Prezident", "Tacikistan", ["Firuz Nazarzoda"]),
 ("Cavid Rəhimullah", "PER", "Prezident", "Pakistan", ["Cavid Rəhimullah"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı"]),
 ("Ümər Tariq", "PER", "xarici işlər naziri", "Pakistan", ["Ümər Tariq"]),
 ("Elçin Qasımov", "PER", None, None, ["Elçin QASIMOV"]),
 ("İqtisadi Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İqtisadi Əməkdaşlıq Təşkilatının", "Təşkilatın"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("İslamabad", "LOC", None, None, ["İslamabad", "İslamabada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın", "Pakistan"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizindən"]),
 ("Avropa", "LOC", None, None, ["Avropa"]),
 ("Ələt", "LOC", None, None, ["Ələt"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
 ("Lahor", "LOC", None, None, ["Lahora"]),
], [
 E("VISIT", ["Teymur Səlimov"], "İslamabad", "2029-07-02", "happened", "bir gün əvvəl İslamabada",
   ["regional əməkdaşlıq"], date_text="bir gün əvvəl"),
 E("MEET", ["Fəraz Qureyşi", "Teymur Səlimov"], "İslamabad", "2029-07-02", "happened", "bir gün əvvəl İslamabada",
   ["rəsmi qarşılanma"], host="Fəraz Qureyşi", date_text="bir gün əvvəl"),
 E("ATTEND", ["Fəraz Qureyşi"], "İslamabad", "2029-07-03", "happened", "Zirvəni açan Qureyşi",
   ["gömrük", "regional əməkdaşlıq"], date_text="İyulun 3-də",
   event_name="İqtisadi Əməkdaşlıq Təşkilatının XVIII Zirvə görüşü"),
 E("ATTEND", ["Teymur Səlimov"], "İslamabad", "2029-07-03", "happened", "Azərbaycan Prezidenti isə öz çıxışında",
   ["nəqliyyat", "regional əməkdaşlıq"], date_text="İyulun 3-də",
   event_name="İqtisadi Əməkdaşlıq Təşkilatının XVIII Zirvə görüşü"),
 E("MEET", ["Teymur Səlimov", "Nurlan Asanaliyev"], "İslamabad", "2029-07-03", "happened", "Zirvənin kənarında dövlətimizin",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Teymur Səlimov", "Firuz Nazarzoda"], "İslamabad", "2029-07-03", "happened", "Zirvənin kənarında dövlətimizin",
   ["ikitərəfli münasibətlər"]),
 E("MEET", ["Cavid Rəhimullah", "Teymur Səlimov"], "İslamabad", "2029-07-04", "happened", "Ertəsi gün Teymur",
   ["ikitərəfli münasibətlər"], host="Cavid Rəhimullah", date_text="Ertəsi gün"),
 E("SIGN", ["Ruslan Kazımlı", "Ümər Tariq"], "İslamabad", "2029-07-04", "happened", "Görüşdən sonra xarici",
   ["diplomatik təhsil"], date_text="Görüşdən sonra"),
 E("VISIT", ["Teymur Səlimov"], "Lahor", None, "negated", "Prezidentin Lahora",
   ["ikitərəfli münasibətlər"]),
])

A("382_humbetli_koc_holding_talibli_gursoy_trend.txt", "trend.az", """date 2029-07-18
Sumqayıtda türk şirkəti polipropilen zavodu inşa edəcək: investisiya sazişi imzalanıb

İqtisadiyyat Nazirliyi ilə Türkiyənin "Koç Holding" şirkəti arasında Sumqayıt Kimya Sənaye Parkında polipropilen zavodunun tikintisini nəzərdə tutan investisiya sazişi bazar ertəsi Bakıda imzalanıb. Sənədi Azərbaycan tərəfindən iqtisadiyyat naziri Zaur Hümbətli, türk tərəfdən isə holdinqin enerji qrupunun prezidenti Serkan Özdemirci imzalayıb. İmza mərasimində Türkiyənin Azərbaycandakı səfiri Mehmet Sarıkaya da iştirak edib.

Trend-in məlumatına görə, zavodun illik istehsal gücü 250 min ton olacaq, layihə 600-dən çox yeni iş yeri açacaq. Mərasimdən sonra nazir qonağı Sumqayıta apararaq zavodun inşa ediləcəyi ərazini ona göstərib.

Dünən isə Kənd Təsərrüfatı Nazirliyində kənd təsərrüfatı naziri Vüqar Talıblı ilə Türkiyənin kənd təsərrüfatı və meşəçilik nazirinin müavini Ahmet Gürsoy arasında görüş keçirilib. Görüşün sonunda iki nazirlik arasında toxumçuluq və suvarma texnologiyaları üzrə anlaşma memorandumu imzalanıb. Sənədi Talıblı və Gürsoy imzalayıblar.

Bu gün türk nazir müavini Goranboydakı pambıqçılıq təsərrüfatlarına baş çəkəcək. Onun cümə günü Naxçıvana getməsi də planlaşdırılır.
""", [
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "İqtisadiyyat Nazirliyi", ["Zaur Hümbətli"]),
 ("Serkan Özdemirci", "PER", "enerji qrupunun prezidenti", "Koç Holding", ["Serkan Özdemirci"]),
 ("Mehmet Sarıkaya", "PER", "səfir", "Türkiyə", ["Mehmet Sarıkaya"]),
 ("Vüqar Talıblı", "PER", "kənd təsərrüfatı naziri", "Kənd Təsərrüfatı Nazirliyi", ["Vüqar Talıblı", "Talıblı"]),
 ("Ahmet Gürsoy", "PER", "kənd təsərrüfatı və meşəçilik nazirinin müavini", "Türkiyə", ["Ahmet Gürsoy", "Gürsoy"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyi"]),
 ("Koç Holding", "ORG", None, None, ["Koç Holding"]),
 ("Kənd Təsərrüfatı Nazirliyi", "ORG", None, None, ["Kənd Təsərrüfatı Nazirliyində"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda", "Sumqayıta"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkında"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycandakı"]),
 ("Goranboy", "LOC", None, None, ["Goranboydakı"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
], [
 E("SIGN", ["Zaur Hümbətli", "Serkan Özdemirci"], "Bakı", "2029-07-16", "happened", "polipropilen zavodunun tikintisini",
   ["investisiyalar", "kimya sənayesi"], date_text="bazar ertəsi"),
 E("ATTEND", ["Mehmet Sarıkaya"], "Bakı", "2029-07-16", "happened", "İmza mərasimində Türkiyənin",
   ["investisiyalar"], date_text="bazar ertəsi", event_name="imza mərasimi"),
 E("VISIT", ["Zaur Hümbətli", "Serkan Özdemirci"], "Sumqayıt", "2029-07-16", "happened", "Mərasimdən sonra nazir",
   ["kimya sənayesi"], date_text="Mərasimdən sonra"),
 E("MEET", ["Vüqar Talıblı", "Ahmet Gürsoy"], "Kənd Təsərrüfatı Nazirliyi", "2029-07-17", "happened",
   "Dünən isə Kənd Təsərrüfatı", ["kənd təsərrüfatı"], date_text="Dünən"),
 E("SIGN", ["Vüqar Talıblı", "Ahmet Gürsoy"], "Kənd Təsərrüfatı Nazirliyi", "2029-07-17", "happened",
   "Görüşün sonunda iki nazirlik", ["toxumçuluq", "suvarma"], date_text="Dünən"),
 E("VISIT", ["Ahmet Gürsoy"], "Goranboy", "2029-07-18", "planned", "Bu gün türk nazir müavini",
   ["pambıqçılıq"], date_text="Bu gün"),
 E("VISIT", ["Ahmet Gürsoy"], "Naxçıvan", "2029-07-20", "planned", "Onun cümə günü Naxçıvana",
   ["kənd təsərrüfatı"], date_text="cümə günü"),
])

A("383_kazimli_oktay_ankara_istanbul_report.txt", "report.az", """date 2029-08-28
Ruslan Kazımlı Ankarada: müttəfiqlik gündəliyi müzakirə olunub

Ruslan Kazımlı dünəndən iki günlük rəsmi səfərlə Türkiyədədir. Report-un Ankaradakı müxbirinin məlumatına görə, nazir dünən Ankarada Türkiyə Xarici İşlər Nazirliyində həmkarı Selim Oktay ilə təkbətək görüşüb, ardınca söhbət nümayəndə heyətlərinin qatılımı ilə geniş tərkibdə davam edib.

Danışıqlardan sonra keçirilən birgə mətbuat konfransında Oktay Azərbaycan ilə Türkiyə arasındakı müttəfiqlik münasibətlərinin regionda sabitliyin təminatçısı olduğunu deyib. Kazımlı isə Naxçıvanı Türkiyə ilə birləşdirən dəmir yolu xəttinin tikintisinin ilin sonunadək başa çatacağını bildirib.

Həmin gün Kazımlı Anıtkabiri ziyarət edərək xatirə kitabına ürək sözlərini yazıb.

Bu gün Azərbaycan XİN-in rəhbəri Türkiyə Prezidenti Kerem Akıncıoğlu tərəfindən qəbul olunub. Görüşdə Prezident Teymur Səlimovun salamları türk liderinə çatdırılıb.

Nazir axşam İstanbula yollanacaq. Sabah o, orada Türk Dövlətləri Təşkilatının Baş katibi Azamat Toktogulov ilə görüşəcək. İstanbulda Azərbaycan diasporunun nümayəndələri ilə görüş də nəzərdə tutulur.

Kazımlı ilə Oktayın Trabzonda gürcü həmkarları ilə üçtərəfli görüşü də gözlənilirdi. Lakin Tbilisinin xahişi ilə həmin görüş oktyabra keçirilib.
""", [
 ("Ruslan Kazımlı", "PER", "nazir", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Kazımlı"]),
 ("Selim Oktay", "PER", None, "Türkiyə Xarici İşlər Nazirliyi", ["Selim Oktay", "Oktay", "Oktayın"]),
 ("Kerem Akıncıoğlu", "PER", "Prezident", "Türkiyə", ["Kerem Akıncıoğlu"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimovun"]),
 ("Azamat Toktogulov", "PER", "baş katib", "Türk Dövlətləri Təşkilatı", ["Azamat Toktogulov"]),
 ("Türkiyə Xarici İşlər Nazirliyi", "ORG", None, None, ["Türkiyə Xarici İşlər Nazirliyində"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Azərbaycan XİN-in"]),
 ("Türk Dövlətləri Təşkilatı", "ORG", None, None, ["Türk Dövlətləri Təşkilatının"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Ankara", "LOC", None, None, ["Ankarada", "Ankaradakı"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyədədir", "Türkiyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanı"]),
 ("Anıtkabir", "LOC", None, None, ["Anıtkabiri"]),
 ("İstanbul", "LOC", None, None, ["İstanbula", "İstanbulda"]),
 ("Trabzon", "LOC", None, None, ["Trabzonda"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisinin"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Ankara", "2029-08-27", "happened", "Ruslan Kazımlı dünəndən",
   ["ikitərəfli münasibətlər"], date_text="dünəndən"),
 E("MEET", ["Ruslan Kazımlı", "Selim Oktay"], "Türkiyə Xarici İşlər Nazirliyi", "2029-08-27", "happened",
   "Report-un Ankaradakı müxbirinin", ["müttəfiqlik münasibətləri", "nəqliyyat"], date_text="dünən"),
 E("VISIT", ["Ruslan Kazımlı"], "Anıtkabir", "2029-08-27", "happened", "Həmin gün Kazımlı",
   ["xatirənin anılması"], place="Anıtkabir", date_text="Həmin gün"),
 E("MEET", ["Kerem Akıncıoğlu", "Ruslan Kazımlı"], None, "2029-08-28", "happened", "Bu gün Azərbaycan XİN-in",
   ["ikitərəfli münasibətlər"], host="Kerem Akıncıoğlu", date_text="Bu gün"),
 E("VISIT", ["Ruslan Kazımlı"], "İstanbul", "2029-08-28", "planned", "Nazir axşam İstanbula",
   ["türk dünyası"], date_text="axşam"),
 E("MEET", ["Ruslan Kazımlı", "Azamat Toktogulov"], "İstanbul", "2029-08-29", "planned", "Sabah o, orada",
   ["türk dünyası"], date_text="Sabah"),
 E("MEET", ["Ruslan Kazımlı", "Selim Oktay"], "Trabzon", None, "negated", "Kazımlı ilə Oktayın Trabzonda",
   ["üçtərəfli əməkdaşlıq"]),
 E("MEET", ["Ruslan Kazımlı", "Selim Oktay"], "Trabzon", "2029-10", "planned", "Lakin Tbilisinin xahişi",
   ["üçtərəfli əməkdaşlıq"], date_text="oktyabra"),
])
