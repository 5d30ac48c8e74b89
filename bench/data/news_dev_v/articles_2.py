A("587_celilova_mdb_pa_minsk_metbuat.txt", "metbuat.az", """date 2027-10
Pərvin Cəlilova Minskdə MDB PA komissiyasının toplantısında çıxış edib

METBUAT.AZ
Xəbərlər | Siyasət | Parlament | Dünya | Maraqlı
Diqqət: brauzerinizdə JavaScript işləmir. Xəbər lentinin yenilənməsi üçün JavaScript-i aktivləşdirin.
Reklam

Oktyabrın 14–15-də Minskdə MDB Parlamentlərarası Assambleyasının Sosial siyasət və insan hüquqları üzrə daimi komissiyasının səyyar iclası keçirilib. Bu iclasda Milli Məclisi komissiyanın üzvü, deputat Pərvin Cəlilova təmsil edib.

Metbuat.az-ın öyrəndiyinə görə, çıxışında Cəlilova Böyük Qayıdış proqramı çərçivəsində azad edilmiş torpaqlarda salınan yeni kəndlərdən həmkarlarına söz açıb.

Səyyar iclasın yekunlaşmasının ardınca Belarus Nümayəndələr Palatasının sədr müavini Oleq Savitski azərbaycanlı deputatı qəbul edib. Söhbət əsnasında hər iki parlamentin sosial müdafiə sahəsində qanunvericilik təcrübəsini bölüşməsi vacib sayılıb.

Minskdə olarkən Pərvin Cəlilova Belarus Dövlət Universitetində fəaliyyət göstərən Azərbaycan dili və mədəniyyəti mərkəzinə də baş çəkib.

Assambleyanın payız plenar iclası isə noyabrın 25-də Sankt-Peterburqda, Tavriya sarayında olacaq; orada Azərbaycan heyətinə Sədrin müavini Vüsal Dadaşlının başçılıq edəcəyi gözlənilir.

Oxunub: 1 317
Digər xəbərlər
Gəncədə payız yarmarkası açılıb
Naxçıvanda 600 şagirdlik məktəb tikilir
© Metbuat.az, 2027
""", [
 ("Pərvin Cəlilova", "PER", "deputat", "Milli Məclis", ["Pərvin Cəlilova", "Cəlilova"]),
 ("Oleq Savitski", "PER", "sədr müavini", "Belarus Milli Məclisinin Nümayəndələr Palatası", ["Oleq Savitski"]),
 ("Vüsal Dadaşlı", "PER", "sədr müavini", "Milli Məclis", ["Vüsal Dadaşlının"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None,
  ["MDB PA", "MDB Parlamentlərarası Assambleyasının", "Assambleyanın"]),
 ("Sosial siyasət və insan hüquqları üzrə daimi komissiya", "ORG", None, None,
  ["Sosial siyasət və insan hüquqları üzrə daimi komissiyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisi"]),
 ("Belarus Milli Məclisinin Nümayəndələr Palatası", "ORG", None, None,
  ["Belarus Nümayəndələr Palatasının"]),
 ("Belarus Dövlət Universiteti", "ORG", None, None, ["Belarus Dövlət Universitetində"]),
 ("Metbuat.az", "ORG", None, None, ["METBUAT.AZ", "Metbuat.az-ın", "Metbuat.az"]),
 ("Minsk", "LOC", None, None, ["Minskdə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Sankt-Peterburq", "LOC", None, None, ["Sankt-Peterburqda"]),
 ("Tavriya sarayı", "LOC", None, None, ["Tavriya sarayında"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanda"]),
], [
 E("ATTEND", ["Pərvin Cəlilova"], "Minsk", "2027-10-14", "happened", "Bu iclasda Milli Məclisi",
   ["sosial siyasət", "məcburi köçkünlər"], date_text="Oktyabrın 14–15-də",
   event_name="MDB PA-nın Sosial siyasət və insan hüquqları üzrə daimi komissiyasının səyyar iclası"),
 E("MEET", ["Oleq Savitski", "Pərvin Cəlilova"], "Minsk", "2027-10-15", "happened", "Səyyar iclasın yekunlaşmasının ardınca",
   ["sosial müdafiə"], host="Oleq Savitski", date_text="Səyyar iclasın yekunlaşmasının ardınca"),
 E("VISIT", ["Pərvin Cəlilova"], "Minsk", "2027-10", "happened", "Minskdə olarkən Pərvin",
   ["parlamentlərarası əlaqələr"]),
 E("VISIT", ["Pərvin Cəlilova"], "Belarus Dövlət Universiteti", "2027-10", "happened", "Minskdə olarkən Pərvin",
   ["təhsil", "Azərbaycan dili"], place="Belarus Dövlət Universiteti"),
 E("ATTEND", ["Vüsal Dadaşlı"], "Tavriya sarayı", "2027-11-25", "planned", "Assambleyanın payız plenar iclası",
   ["parlamentlərarası əlaqələr"], date_text="noyabrın 25-də", event_name="MDB PA-nın payız plenar iclası"),
])

A("588_agakisiyeva_qazaxistan_secki_musahidesi_trend.txt", "trend.az", """date 2027-11-22
Azərbaycan deputatları Qazaxıstanda parlament seçkilərini müşahidə ediblər

Qazaxıstanda dünən keçirilən parlamentin aşağı palatasına seçkiləri MDB Parlamentlərarası Assambleyasının və TÜRKPA-nın missiyaları tərkibində Milli Məclisin beş deputatı izləyib. Azərbaycan deputatlarından ibarət qrupa Hüquq siyasəti və dövlət quruculuğu komitəsinin sədri Səbinə Ağakişiyeva rəhbərlik edib.

Trend-in məlumatına görə, cümə günü Astanaya çatan heyət ertəsi gün Qazaxıstan Mərkəzi Seçki Komissiyasının sədri Yerlan Abdirovla görüşüb. Görüşdə seçki qanunvericiliyinə edilmiş son dəyişikliklər, səsvermənin rəqəmsal monitorinqi barədə məlumat verilib.

Seçki günü Səbinə Ağakişiyeva və deputat Fərid Hüseynbəyli Astanadan 40 kilometr aralıdakı Kosşı şəhərinə gedərək oradakı məntəqələrdə səsvermənin gedişini izləyiblər.

Bu gün səhər MDB PA missiyasının rəhbəri Dmitri Sokolov Astanada mətbuat konfransı keçirərək missiyanın ilkin qənaətlərini açıqlayıb. Onun sözlərinə görə, müşahidəçilər səsvermənin nəticələrinə təsir edə biləcək ciddi pozuntu qeydə almayıblar.

Heyətin sabah Astanada Qazaxıstan Parlamenti Senatının sədri Yerjan Baymuxanovla görüşməsi planlaşdırılır. Deputatlar çərşənbə günü Bakıya qayıdacaqlar.
""", [
 ("Səbinə Ağakişiyeva", "PER", "komitə sədri", "Milli Məclis", ["Səbinə Ağakişiyeva"]),
 ("Yerlan Abdirov", "PER", "sədr", "Qazaxıstan Mərkəzi Seçki Komissiyası", ["Yerlan Abdirovla"]),
 ("Fərid Hüseynbəyli", "PER", "deputat", "Milli Məclis", ["Fərid Hüseynbəyli"]),
 ("Dmitri Sokolov", "PER", "missiyanın rəhbəri", "MDB Parlamentlərarası Assambleyası", ["Dmitri Sokolov"]),
 ("Yerjan Baymuxanov", "PER", "sədr", "Qazaxıstan Parlamentinin Senatı", ["Yerjan Baymuxanovla"]),
 ("MDB Parlamentlərarası Assambleyası", "ORG", None, None, ["MDB Parlamentlərarası Assambleyasının", "MDB PA"]),
 ("TÜRKPA", "ORG", None, None, ["TÜRKPA-nın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Hüquq siyasəti və dövlət quruculuğu komitəsi", "ORG", None, None, ["Hüquq siyasəti və dövlət quruculuğu komitəsinin"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Qazaxıstan Mərkəzi Seçki Komissiyası", "ORG", None, None, ["Qazaxıstan Mərkəzi Seçki Komissiyasının"]),
 ("Qazaxıstan Parlamentinin Senatı", "ORG", None, None, ["Qazaxıstan Parlamenti Senatının"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstanda"]),
 ("Astana", "LOC", None, None, ["Astanaya", "Astanadan", "Astanada"]),
 ("Kosşı", "LOC", None, None, ["Kosşı"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("VISIT", ["Səbinə Ağakişiyeva"], "Astana", "2027-11-19", "happened", "cümə günü Astanaya çatan",
   ["seçki müşahidəsi"], date_text="cümə günü"),
 E("MEET", ["Səbinə Ağakişiyeva", "Yerlan Abdirov"], "Astana", "2027-11-20", "happened", "cümə günü Astanaya çatan",
   ["seçki qanunvericiliyi"], date_text="ertəsi gün"),
 E("VISIT", ["Səbinə Ağakişiyeva", "Fərid Hüseynbəyli"], "Kosşı", "2027-11-21", "happened", "Seçki günü Səbinə",
   ["seçki müşahidəsi"], date_text="Seçki günü"),
 E("MEET", ["Səbinə Ağakişiyeva", "Yerjan Baymuxanov"], "Astana", "2027-11-23", "planned", "Heyətin sabah Astanada",
   ["parlamentlərarası əlaqələr"], date_text="sabah"),
])

A("589_kastilyo_bmt_bas_assambleyasi_baki_azertac.txt", "AZERTAC", """date 2027-10-12
BMT Baş Assambleyasının sədri Milli Məclisdə danışıqlar aparıb

Bakı, 12 oktyabr, AZERTAC. Ölkəmizə bazar ertəsi axşam rəsmi səfərlə gəlmiş BMT Baş Assambleyasının 82-ci sessiyasının sədri Mariya Fernanda Kastilyo ilə Sədr Rəvanə Əlipaşayeva bu gün Milli Məclisdə bir saatdan artıq söhbət ediblər. Söhbətin heyətlərin iştirakı ilə davam edən ikinci hissəsinə parlamentin beynəlxalq münasibətlər komitəsinin sədri Nadir Abbasqulu da qoşulub.

Rəvanə Əlipaşayeva Azərbaycanın BMT ilə otuz beş illik əməkdaşlıq tarixinə nəzər salaraq, ölkəmizin təşkilatın Təhlükəsizlik Şurasına qeyri-daimi üzvlük üçün namizədliyini xatırladıb. Qonaq Bakıda keçirilmiş COP29-un irsinin Baş Assambleyanın iqlim gündəliyində yaşadığını vurğulayıb.

Həmin gün Mariya Fernanda Kastilyonu Prezident Camal Rüstəmbəyli də qəbul edib.

Sabah qonaq Şuşaya yollanacaq; proqramda şəhərin tarixi məhəllələrində gedən bərpa işlərinə baxış da var.

Kastilyonun cümə axşamı Milli Məclisin plenar iclasında çıxış edəcəyi əvvəlcədən elan olunmuşdu, amma qonağın proqramına dəyişiklik edildiyindən bu çıxış gündəlikdən götürülüb.
""", [
 ("Mariya Fernanda Kastilyo", "PER", "sədr", "BMT Baş Assambleyası", ["Mariya Fernanda Kastilyo", "Mariya Fernanda Kastilyonu", "Kastilyonun"]),
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Nadir Abbasqulu", "PER", "komitə sədri", "Milli Məclis", ["Nadir Abbasqulu"]),
 ("Camal Rüstəmbəyli", "PER", "Prezident", "Azərbaycan", ["Camal Rüstəmbəyli"]),
 ("BMT Baş Assambleyası", "ORG", None, None, ["BMT Baş Assambleyasının", "Baş Assambleyanın"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT"]),
 ("BMT Təhlükəsizlik Şurası", "ORG", None, None, ["Təhlükəsizlik Şurasına"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("VISIT", ["Mariya Fernanda Kastilyo"], "Azərbaycan", "2027-10-11", "happened", "Ölkəmizə bazar ertəsi axşam",
   ["BMT ilə əməkdaşlıq"], date_text="bazar ertəsi axşam"),
 E("MEET", ["Mariya Fernanda Kastilyo", "Rəvanə Əlipaşayeva", "Nadir Abbasqulu"], "Milli Məclis", "2027-10-12",
   "happened", "Ölkəmizə bazar ertəsi axşam", ["BMT ilə əməkdaşlıq", "iqlim dəyişmələri"], date_text="bu gün"),
 E("MEET", ["Camal Rüstəmbəyli", "Mariya Fernanda Kastilyo"], None, "2027-10-12", "happened", "Həmin gün Mariya",
   ["BMT ilə əməkdaşlıq"], host="Camal Rüstəmbəyli", date_text="Həmin gün"),
 E("VISIT", ["Mariya Fernanda Kastilyo"], "Şuşa", "2027-10-13", "planned", "Sabah qonaq Şuşaya",
   ["bərpa işləri"], date_text="Sabah"),
 E("ATTEND", ["Mariya Fernanda Kastilyo"], "Milli Məclis", "2027-10-14", "negated", "Kastilyonun cümə axşamı",
   ["BMT ilə əməkdaşlıq"], date_text="cümə axşamı", event_name="Milli Məclisin plenar iclası"),
])

A("590_bmtip_reqemsal_parlament_memorandum_apa.txt", "APA", """date 2027-04-15
Milli Məclis ilə BMT İnkişaf Proqramı arasında "Rəqəmsal parlament" memorandumu imzalanıb

Bu gün Milli Məclisdə "Rəqəmsal parlament" layihəsinin həyata keçirilməsinə dair Milli Məclis ilə BMT İnkişaf Proqramı (BMTİP) arasında anlaşma memorandumu imzalanıb. APA-nın xəbərinə görə, sənədi Milli Məclis Aparatının rəhbəri Elnur Qəhrəmanlı və BMTİP-in ölkəmizdəki təmsilçisi Alessandro Feretti imzalayıblar.

İmza mərasimində Sədrin müavini Aytac Nəbiyeva və BMT-nin Azərbaycandakı rezident əlaqələndiricisi Hanna Lindholm iştirak ediblər. Layihə çərçivəsində plenar iclaslarda elektron səsvermə sisteminin yenilənməsi, qanun layihələrinin ictimai müzakirəsi üçün onlayn platformanın yaradılması nəzərdə tutulur.

Mərasimdən sonra Aytac Nəbiyeva Hanna Lindholmu və Alessandro Ferettini qəbul edib. Qəbulda parlamentin beynəlxalq təşkilatlarla əməkdaşlığının yeni istiqamətləri nəzərdən keçirilib.

Layihənin ilk mərhələsində parlament aparatının on iki əməkdaşının mayda Estoniyanın Riigikogusuna təcrübə səfəri də planlaşdırılır.

Hanna Lindholm bazar ertəsi Gəncəyə gedəcək, burada BMT agentliklərinin regional ofisinin açılışında iştirak edəcək.
""", [
 ("Elnur Qəhrəmanlı", "PER", "aparatın rəhbəri", "Milli Məclis Aparatı", ["Elnur Qəhrəmanlı"]),
 ("Alessandro Feretti", "PER", "təmsilçi", "BMT İnkişaf Proqramı", ["Alessandro Feretti", "Alessandro Ferettini"]),
 ("Aytac Nəbiyeva", "PER", "sədr müavini", "Milli Məclis", ["Aytac Nəbiyeva"]),
 ("Hanna Lindholm", "PER", "rezident əlaqələndirici", "Birləşmiş Millətlər Təşkilatı", ["Hanna Lindholm", "Hanna Lindholmu"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis", "Milli Məclisdə"]),
 ("Milli Məclis Aparatı", "ORG", None, None, ["Milli Məclis Aparatının"]),
 ("BMT İnkişaf Proqramı", "ORG", None, None, ["BMT İnkişaf Proqramı", "BMTİP", "BMTİP-in"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-nin", "BMT"]),
 ("Estoniya Riigikogusu", "ORG", None, None, ["Riigikogusuna"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Estoniya", "LOC", None, None, ["Estoniyanın"]),
 ("Gəncə", "LOC", None, None, ["Gəncəyə"]),
], [
 E("SIGN", ["Elnur Qəhrəmanlı", "Alessandro Feretti"], "Milli Məclis", "2027-04-15", "happened", "Bu gün Milli Məclisdə",
   ["rəqəmsal parlament", "elektron səsvermə"], date_text="Bu gün"),
 E("ATTEND", ["Aytac Nəbiyeva", "Hanna Lindholm"], "Milli Məclis", "2027-04-15", "happened", "İmza mərasimində Sədrin",
   ["rəqəmsal parlament"], event_name="imza mərasimi"),
 E("MEET", ["Aytac Nəbiyeva", "Hanna Lindholm", "Alessandro Feretti"], "Milli Məclis", "2027-04-15", "happened",
   "Mərasimdən sonra Aytac", ["beynəlxalq təşkilatlar"], host="Aytac Nəbiyeva", date_text="Mərasimdən sonra"),
 E("VISIT", ["Hanna Lindholm"], "Gəncə", "2027-04-19", "planned", "Hanna Lindholm bazar ertəsi",
   ["regional inkişaf"], date_text="bazar ertəsi"),
 E("ATTEND", ["Hanna Lindholm"], "Gəncə", "2027-04-19", "planned", "Hanna Lindholm bazar ertəsi",
   ["regional inkişaf"], date_text="bazar ertəsi", event_name="BMT agentliklərinin regional ofisinin açılışı"),
])

A("591_faber_ai_xususi_numayende_bakida_apa.txt", "APA", """date 2027-07-07
Aİ-nin regiondakı təmsilçisi Milli Məclisdə olub: Parlament Əməkdaşlıq Komitəsi payızda toplanacaq

Avropa İttifaqının Cənubi Qafqaz üzrə xüsusi nümayəndəsi Yohannes Faber bazar ertəsi Bakıya gəlib. Dünən Faber Milli Məclisdə parlament rəhbərinin birinci müavini Elşən Bəydəmirli ilə görüşüb; söhbətdə Aİ-nin Bakıdakı nümayəndəliyinin başçısı Lorena Kastelli də yer alıb.

APA-ya verilən məlumata görə, həmsöhbətlər iki qanunverici orqanın birgə strukturu olan Parlament Əməkdaşlıq Komitəsinin yenidən işə salınması imkanlarını nəzərdən keçiriblər. Komitənin Strasburqda iyun ayına təyin olunmuş toplantısı son anda təxirə salınmışdı; Bəydəmirlinin sözlərinə görə, yeni toplantı payızda Brüsseldə təşkil ediləcək.

Bu gün xüsusi nümayəndənin xarici işlər naziri Ramin Nəsirli ilə XİN-də danışıqları olub. Nazirlə Faber arasında bundan əvvəl, iyunun 30-da telefon əlaqəsi də yaradılmışdı.

Faberin növbəti dayanacağı Tbilisi olacaq: o, sabah Gürcüstan paytaxtına yollanır. Avropa Parlamentində Cənubi Qafqaz ölkələri ilə münasibətlərə cavabdeh heyətə sədrlik edən Marek Novakın sentyabrda Bakıya gələcəyi də görüşlərdə dilə gətirilib.
""", [
 ("Yohannes Faber", "PER", "xüsusi nümayəndə", "Avropa İttifaqı", ["Yohannes Faber", "Faber", "Faberin"]),
 ("Elşən Bəydəmirli", "PER", "birinci müavin", "Milli Məclis", ["Elşən Bəydəmirli", "Bəydəmirlinin"]),
 ("Lorena Kastelli", "PER", "nümayəndəliyin başçısı", "Avropa İttifaqı", ["Lorena Kastelli"]),
 ("Ramin Nəsirli", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ramin Nəsirli"]),
 ("Marek Novak", "PER", "heyətin sədri", "Avropa Parlamenti", ["Marek Novakın"]),
 ("Avropa İttifaqı", "ORG", None, None, ["Aİ-nin", "Avropa İttifaqının"]),
 ("Parlament Əməkdaşlıq Komitəsi", "ORG", None, None, ["Parlament Əməkdaşlıq Komitəsi", "Parlament Əməkdaşlıq Komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-də"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentində"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıdakı"]),
 ("Strasburq", "LOC", None, None, ["Strasburqda"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
 ("Tbilisi", "LOC", None, None, ["Tbilisi"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
], [
 E("VISIT", ["Yohannes Faber"], "Bakı", "2027-07-05", "happened", "Yohannes Faber bazar ertəsi",
   ["Cənubi Qafqazda sülh"], date_text="bazar ertəsi"),
 E("MEET", ["Yohannes Faber", "Elşən Bəydəmirli", "Lorena Kastelli"], "Milli Məclis", "2027-07-06", "happened",
   "Dünən Faber Milli Məclisdə", ["Parlament Əməkdaşlıq Komitəsi", "parlamentlərarası əlaqələr"], date_text="Dünən"),
 E("MEET", ["Yohannes Faber", "Ramin Nəsirli"], "Xarici İşlər Nazirliyi", "2027-07-07", "happened",
   "Bu gün xüsusi nümayəndənin", ["Cənubi Qafqazda sülh"], date_text="Bu gün"),
 E("CALL", ["Ramin Nəsirli", "Yohannes Faber"], None, "2027-06-30", "happened", "Nazirlə Faber arasında",
   ["Cənubi Qafqazda sülh"], date_text="iyunun 30-da"),
 E("VISIT", ["Yohannes Faber"], "Tbilisi", "2027-07-08", "planned", "Faberin növbəti dayanacağı",
   ["Cənubi Qafqazda sülh"], date_text="sabah"),
 E("VISIT", ["Marek Novak"], "Bakı", "2027-09", "planned", "Marek Novakın sentyabrda",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrda"),
])

A("592_dvorjakova_cexiya_deputatlar_palatasi_report.txt", "report.az", """date 2027-05-18
Rəvanə Əlipaşayeva ilə Tereza Dvorjakova arasında danışıqlar keçirilib, memorandum imzalanıb

Ölkəmizə ilk dəfə rəsmi səfərlə gələn Çexiya Parlamentinin Deputatlar Palatasının sədri Tereza Dvorjakova ilə Sədr Rəvanə Əlipaşayeva bu gün Milli Məclisin binasında danışıqlar aparıblar.

Report-un xəbərinə görə, Çexiya spikerini parlamentin qarşısında fəxri qarovul dəstəsi salamlayıb.

Görüşün gündəliyində enerji və nəqliyyat layihələri, çex universitetlərində oxuyan azərbaycanlı tələbələrin sayının artırılması, eləcə də Praqa–Bakı birbaşa uçuşlarının bərpası olub. Rəvanə Əlipaşayeva çex şirkətlərinin Qarabağdakı bərpa layihələrinə cəlb olunmasını alqışladığını bildirib. Görüşün sonunda spikerlər iki parlament arasında əməkdaşlıq memorandumuna imza atıblar.

Qonaq Bakıya bazar günü axşam çatıb; dünən isə o, Şəhidlər xiyabanına gələrək müstəqilliyimiz uğrunda canından keçənlərin məzarları önünə tər çiçəklər düzüb.

Proqrama görə, sabah Dvorjakovanı Baş nazir Orxan Mustafazadə qəbul edəcək. Cümə axşamı isə çexiyalı qonaq Şamaxıya yollanacaq, orada Şamaxı Astrofizika Rəsədxanasında olacaq.
""", [
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Tereza Dvorjakova", "PER", "sədr", "Çexiya Parlamentinin Deputatlar Palatası", ["Tereza Dvorjakova", "Dvorjakovanı"]),
 ("Orxan Mustafazadə", "PER", "baş nazir", None, ["Orxan Mustafazadə"]),
 ("Çexiya Parlamentinin Deputatlar Palatası", "ORG", None, None, ["Çexiya Parlamentinin Deputatlar Palatasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Şamaxı Astrofizika Rəsədxanası", "ORG", None, None, ["Şamaxı Astrofizika Rəsədxanasında"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Çexiya", "LOC", None, None, ["Çexiya"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Praqa", "LOC", None, None, ["Praqa"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağdakı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanına"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
], [
 E("VISIT", ["Tereza Dvorjakova"], "Bakı", "2027-05-16", "happened", "Ölkəmizə ilk dəfə rəsmi",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü axşam"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Tereza Dvorjakova"], "Milli Məclis", "2027-05-18", "happened",
   "Ölkəmizə ilk dəfə rəsmi", ["enerji", "nəqliyyat", "təhsil", "aviareyslər"], date_text="bu gün"),
 E("SIGN", ["Rəvanə Əlipaşayeva", "Tereza Dvorjakova"], "Milli Məclis", "2027-05-18", "happened",
   "Görüşün sonunda spikerlər", ["parlamentlərarası əlaqələr"], date_text="Görüşün sonunda"),
 E("VISIT", ["Tereza Dvorjakova"], "Şəhidlər xiyabanı", "2027-05-17", "happened", "dünən isə o, Şəhidlər",
   ["xatirənin yad edilməsi"], place="Şəhidlər xiyabanı", date_text="dünən"),
 E("MEET", ["Orxan Mustafazadə", "Tereza Dvorjakova"], None, "2027-05-19", "planned", "sabah Dvorjakovanı Baş nazir",
   ["parlamentlərarası əlaqələr"], host="Orxan Mustafazadə", date_text="sabah"),
 E("VISIT", ["Tereza Dvorjakova"], "Şamaxı", "2027-05-20", "planned", "Cümə axşamı isə çexiyalı",
   ["elm"], date_text="Cümə axşamı"),
 E("VISIT", ["Tereza Dvorjakova"], "Şamaxı Astrofizika Rəsədxanası", "2027-05-20", "planned", "Cümə axşamı isə çexiyalı",
   ["elm"], place="Şamaxı Astrofizika Rəsədxanası", date_text="Cümə axşamı"),
])

A("593_cexiya_spikeri_bakida_qafqazinfo.txt", "qafqazinfo.az", """date 2027-05-18
Rəvanə Əlipaşayeva ilə Tereza Dvorjakova arasında danışıqlar keçirilib, sənəd imzalanıb

Ölkəmizə ilk dəfə rəsmi səfərlə gələn Çexiya Parlamentinin Deputatlar Palatasının sədri Tereza Dvorjakova ilə Sədr Rəvanə Əlipaşayeva bu gün Milli Məclisin binasında danışıqlar aparıblar.

Report-a istinadən Qafqazinfo-nun xəbərinə görə, Çexiya spikerini parlamentin qarşısında fəxri qarovul dəstəsi salamlayıb.

Görüşün gündəliyində enerji və nəqliyyat layihələri, çex universitetlərində oxuyan azərbaycanlı tələbələrin sayının artırılması, eləcə də Praqa–Bakı birbaşa uçuşlarının bərpası olub. Rəvanə Əlipaşayeva çex şirkətlərinin Qarabağdakı bərpa layihələrinə cəlb olunmasını alqışladığını bildirib. Görüşün sonunda spikerlər iki parlament arasında əməkdaşlıq memorandumuna imza atıblar.

Qonaq Bakıya bazar günü axşam gəlib; dünən isə o, Şəhidlər xiyabanına gələrək müstəqilliyimiz uğrunda canından keçənlərin məzarları önünə gül dəstələri düzüb.

Proqrama görə, sabah Dvorjakovanı Baş nazir Orxan Mustafazadə qəbul edəcək. Cümə axşamı isə çexiyalı qonaq Şamaxıya yollanacaq, orada Şamaxı Astrofizika Rəsədxanasında olacaq.
""", [
 ("Rəvanə Əlipaşayeva", "PER", "sədr", "Milli Məclis", ["Rəvanə Əlipaşayeva"]),
 ("Tereza Dvorjakova", "PER", "sədr", "Çexiya Parlamentinin Deputatlar Palatası", ["Tereza Dvorjakova", "Dvorjakovanı"]),
 ("Orxan Mustafazadə", "PER", "baş nazir", None, ["Orxan Mustafazadə"]),
 ("Çexiya Parlamentinin Deputatlar Palatası", "ORG", None, None, ["Çexiya Parlamentinin Deputatlar Palatasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Şamaxı Astrofizika Rəsədxanası", "ORG", None, None, ["Şamaxı Astrofizika Rəsədxanasında"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Çexiya", "LOC", None, None, ["Çexiya"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıya"]),
 ("Praqa", "LOC", None, None, ["Praqa"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağdakı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanına"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
], [
 E("VISIT", ["Tereza Dvorjakova"], "Bakı", "2027-05-16", "happened", "Ölkəmizə ilk dəfə rəsmi",
   ["parlamentlərarası əlaqələr"], date_text="bazar günü axşam", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
 E("MEET", ["Rəvanə Əlipaşayeva", "Tereza Dvorjakova"], "Milli Məclis", "2027-05-18", "happened",
   "Ölkəmizə ilk dəfə rəsmi", ["enerji", "nəqliyyat", "təhsil", "aviareyslər"], date_text="bu gün", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
 E("SIGN", ["Rəvanə Əlipaşayeva", "Tereza Dvorjakova"], "Milli Məclis", "2027-05-18", "happened",
   "Görüşün sonunda spikerlər", ["parlamentlərarası əlaqələr"], date_text="Görüşün sonunda", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
 E("VISIT", ["Tereza Dvorjakova"], "Şəhidlər xiyabanı", "2027-05-17", "happened", "dünən isə o, Şəhidlər",
   ["xatirənin yad edilməsi"], place="Şəhidlər xiyabanı", date_text="dünən", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
 E("MEET", ["Orxan Mustafazadə", "Tereza Dvorjakova"], None, "2027-05-19", "planned", "sabah Dvorjakovanı Baş nazir",
   ["parlamentlərarası əlaqələr"], host="Orxan Mustafazadə", date_text="sabah", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
 E("VISIT", ["Tereza Dvorjakova"], "Şamaxı", "2027-05-20", "planned", "Cümə axşamı isə çexiyalı",
   ["elm"], date_text="Cümə axşamı", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
 E("VISIT", ["Tereza Dvorjakova"], "Şamaxı Astrofizika Rəsədxanası", "2027-05-20", "planned", "Cümə axşamı isə çexiyalı",
   ["elm"], place="Şamaxı Astrofizika Rəsədxanası", date_text="Cümə axşamı", same_as="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt"),
], duplicate_of="592_dvorjakova_cexiya_deputatlar_palatasi_report.txt")
