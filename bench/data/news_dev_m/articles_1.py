A("316_hesenbeyova_portuqaliya_sefiri_apa.txt", "APA", """date 2028-04-10
Ləman Həsənbəyova Portuqaliyanın yeni səfiri ilə görüşüb

Portuqaliya Respublikasının ölkəmizə yeni təyin olunmuş səfiri Paulo Sezar Tavareş bu gün Milli Məclisdə Sədr Ləman Həsənbəyova tərəfindən qəbul olunub.

Parlamentin mətbuat xidmətindən APA-ya bildirilib ki, Sədr iki ölkənin qanunverici orqanları arasında dialoqun son vaxtlar canlandığını qeyd edib, ötən ilin oktyabrında Lissabonda Portuqaliya Respublika Assambleyasının sədri Aurora Mendeş Kunya ilə apardığı danışıqları xatırladıb.

Səfir bildirib ki, Lissabon Azərbaycanı Cənubi Qafqazdakı ən etibarlı tərəfdaşı kimi görür, Portuqaliya şirkətləri isə bərpa olunan enerji və liman idarəçiliyi sahələrində Azərbaycan bazarına maraq göstərir. Tavareşin sözlərinə görə, iki ölkənin Atlantik okeanı ilə Xəzər dənizi arasında uzanan nəqliyyat zəncirinin iki ucunda yerləşməsi yeni imkanlar açır.

Görüşdə Aurora Mendeş Kunyanın may ayında Bakıya rəsmi səfəri ilə bağlı hazırlıq işləri də nəzərdən keçirilib. Səfər proqramına əsasən, portuqaliyalı spiker Milli Məclisin plenar iclasını qonaq lojasından izləyəcək.
""", [
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Paulo Sezar Tavareş", "PER", "səfir", "Portuqaliya", ["Paulo Sezar Tavareş", "Tavareşin"]),
 ("Aurora Mendeş Kunya", "PER", "sədr", "Portuqaliya Respublika Assambleyası", ["Aurora Mendeş Kunya", "Aurora Mendeş Kunyanın"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclisin"]),
 ("Portuqaliya Respublika Assambleyası", "ORG", None, None, ["Portuqaliya Respublika Assambleyasının"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Portuqaliya", "LOC", None, None, ["Portuqaliyanın", "Portuqaliya Respublikasının", "Portuqaliya"]),
 ("Lissabon", "LOC", None, None, ["Lissabonda", "Lissabon"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanı", "Azərbaycan"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqazdakı"]),
 ("Atlantik okeanı", "LOC", None, None, ["Atlantik okeanı"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Bakı", "LOC", None, None, ["Bakıya"]),
], [
 E("MEET", ["Ləman Həsənbəyova", "Paulo Sezar Tavareş"], "Milli Məclis", "2028-04-10", "happened",
   "ölkəmizə yeni təyin olunmuş səfiri", ["parlamentlərarası əlaqələr"],
   host="Ləman Həsənbəyova", date_text="bu gün"),
 E("MEET", ["Ləman Həsənbəyova", "Aurora Mendeş Kunya"], "Lissabon", "2027-10", "happened",
   "ötən ilin oktyabrında Lissabonda", ["parlamentlərarası əlaqələr"], date_text="ötən ilin oktyabrında"),
 E("VISIT", ["Aurora Mendeş Kunya"], "Bakı", "2028-05", "planned", "Görüşdə Aurora Mendeş Kunyanın",
   ["parlamentlərarası əlaqələr"], date_text="may ayında"),
 E("ATTEND", ["Aurora Mendeş Kunya"], "Milli Məclis", "2028-05", "planned", "Səfər proqramına əsasən, portuqaliyalı",
   ["parlamentlərarası əlaqələr"], event_name="Milli Məclisin plenar iclası"),
])

A("317_selimov_tunali_telefon_qafqazinfo.txt", "qafqazinfo.az", """date 2028-04-10
Kerem Tunalı Teymur Səlimova zəng vurub | Qafqazinfo.az

Qafqazinfo.az
Əsas | Ölkə | Siyasət | Biznes | Dünya | Region | Video
10 aprel 2028, 09:12
Kerem Tunalı Teymur Səlimova zəng vurub

Bazar günü Türkiyə Prezidenti Kerem Tunalı Prezident Teymur Səlimovla telefonla əlaqə saxlayıb.

Qafqazinfo-ya dövlət başçısının mətbuat xidmətindən deyiblər ki, prezidentlər enerji və müdafiə sənayesi sahələrində əməkdaşlığı, həmçinin Naxçıvanı Türkiyə ilə birləşdirəcək dəmir yolu xəttinin tikintisinin gedişini müzakirə ediblər. Tərəflər Yüksək Səviyyəli Strateji Əməkdaşlıq Şurasının növbəti iclasının hazırlığını sürətləndirməyin vacibliyini də vurğulayıblar.

Söhbət zamanı Teymur Səlimovun may ayının ortalarında Türkiyəyə rəsmi səfərinin vaxtı da razılaşdırılıb.

Oxşar xəbərlər
Bakıda həftənin sonunadək yağışlı hava gözlənilir
Sumqayıtda 960 şagirdlik məktəb tikilib
Kəlbəcərə növbəti köç karvanı yola salınıb
Ən çox oxunan
Mərkəzi Bankda valyuta hərracının nəticələri açıqlanıb
© 2028 Qafqazinfo.az. Materiallardan istifadə edərkən istinad mütləqdir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimova", "Teymur Səlimovla", "Teymur Səlimovun"]),
 ("Kerem Tunalı", "PER", "Prezident", "Türkiyə", ["Kerem Tunalı"]),
 ("Mərkəzi Bank", "ORG", None, None, ["Mərkəzi Bankda"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo.az", "Qafqazinfo-ya"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyəyə"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvanı"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Sumqayıt", "LOC", None, None, ["Sumqayıtda"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərə"]),
], [
 E("CALL", ["Kerem Tunalı", "Teymur Səlimov"], None, "2028-04-09", "happened", "Bazar günü Türkiyə Prezidenti",
   ["enerji", "müdafiə sənayesi", "dəmir yolu"], date_text="Bazar günü"),
 E("VISIT", ["Teymur Səlimov"], "Türkiyə", "2028-05", "planned", "Söhbət zamanı Teymur Səlimovun",
   ["ikitərəfli münasibətlər"], date_text="may ayının ortalarında"),
])

A("318_kazimli_afina_saloniki_report.txt", "report.az", """date 2028-04-11
Ruslan Kazımlı Afinada: Bakı ilə Afina arasında birbaşa reyslər açılır

Azərbaycan diplomatiyasının rəhbəri Ruslan Kazımlı bazar ertəsindən Yunanıstanda rəsmi səfərdədir.

Səfərin birinci günü Afinada nazir Yunanıstan Parlamentinin sədri Eleni Karamanli ilə görüşüb. Görüşdə parlament dostluq qruplarının fəaliyyəti, Azərbaycan qazının Avropaya nəqlində Yunanıstanın tranzit rolu barədə fikir mübadiləsi aparılıb.

Report-a diplomatik mənbələrdən verilən məlumata görə, bu gün Yunanıstan Xarici İşlər Nazirliyində Kazımlı ilə həmkarı Nikos Papadimitriu arasında əvvəlcə təkbətək, ardınca genişhəyətli formatda danışıqlar keçirilib. Papadimitriu jurnalistlərə bildirib: «Azərbaycan qazı artıq ölkəmizin enerji balansının ayrılmaz hissəsidir, indi isə əlaqələri turizm və nəqliyyata da yaymaq istəyirik».

Danışıqların sonunda nazirlər Bakı ilə Afina arasında birbaşa aviareyslərin açılmasına dair anlaşma memorandumu imzalayıblar.

Ruslan Kazımlının Baş nazir Andreas Kaloyeropulos tərəfindən qəbul olunması da nəzərdə tutulurdu. Lakin yunan hökumət başçısının iş qrafikindəki gözlənilməz dəyişiklik səbəbindən bu qəbul baş tutmayacaq.

Xarici işlər naziri sabah Saloniki şəhərinə yollanacaq, orada yerli biznes dairələrinin nümayəndələri ilə görüşəcək.
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Azərbaycan", ["Ruslan Kazımlı", "Kazımlı", "Ruslan Kazımlının"]),
 ("Eleni Karamanli", "PER", "sədr", "Yunanıstan Parlamenti", ["Eleni Karamanli"]),
 ("Nikos Papadimitriu", "PER", "xarici işlər naziri", "Yunanıstan Xarici İşlər Nazirliyi", ["Nikos Papadimitriu", "Papadimitriu"]),
 ("Andreas Kaloyeropulos", "PER", "baş nazir", "Yunanıstan", ["Andreas Kaloyeropulos"]),
 ("Yunanıstan Parlamenti", "ORG", None, None, ["Yunanıstan Parlamentinin"]),
 ("Yunanıstan Xarici İşlər Nazirliyi", "ORG", None, None, ["Yunanıstan Xarici İşlər Nazirliyində"]),
 ("Report", "ORG", None, None, ["Report-a"]),
 ("Afina", "LOC", None, None, ["Afinada", "Afina"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Yunanıstan", "LOC", None, None, ["Yunanıstanda", "Yunanıstanın"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Saloniki", "LOC", None, None, ["Saloniki"]),
], [
 E("VISIT", ["Ruslan Kazımlı"], "Yunanıstan", "2028-04-10", "happened", "diplomatiyasının rəhbəri Ruslan Kazımlı",
   ["ikitərəfli münasibətlər"], date_text="bazar ertəsindən"),
 E("MEET", ["Ruslan Kazımlı", "Eleni Karamanli"], "Afina", "2028-04-10", "happened", "Səfərin birinci günü Afinada",
   ["parlamentlərarası əlaqələr", "qaz tranziti"], date_text="Səfərin birinci günü"),
 E("MEET", ["Ruslan Kazımlı", "Nikos Papadimitriu"], "Yunanıstan Xarici İşlər Nazirliyi", "2028-04-11", "happened",
   "Report-a diplomatik mənbələrdən", ["enerji", "turizm", "nəqliyyat"], date_text="bu gün"),
 E("SIGN", ["Ruslan Kazımlı", "Nikos Papadimitriu"], "Yunanıstan Xarici İşlər Nazirliyi", "2028-04-11", "happened",
   "Danışıqların sonunda nazirlər", ["aviareyslər"], date_text="Danışıqların sonunda"),
 E("MEET", ["Ruslan Kazımlı", "Andreas Kaloyeropulos"], None, None, "negated", "Ruslan Kazımlının Baş nazir",
   ["ikitərəfli münasibətlər"], host="Andreas Kaloyeropulos"),
 E("VISIT", ["Ruslan Kazımlı"], "Saloniki", "2028-04-12", "planned", "Xarici işlər naziri sabah Saloniki",
   ["iqtisadi əməkdaşlıq"], date_text="sabah"),
])

A("319_shirinzade_braziliya_deputatlari_azertac.txt", "AZERTAC", """date 2028-04-11
Rauf Şirinzadə Braziliya parlamentarilərini qəbul edib

Aprelin 11-də Milli Məclis Sədrinin müavini Rauf Şirinzadə ölkəmizdə işgüzar səfərdə olan Braziliya Deputatlar Palatasının üzvlərindən ibarət nümayəndə heyətini qəbul edib. Heyətə Braziliya–Azərbaycan parlament dostluq qrupunun sədri Rodriqo Alveş Pereyra başçılıq edir.

Görüş barədə AZERTAC-a verilən məlumatda deyilir ki, Rauf Şirinzadə Latın Amerikası ölkələri ilə münasibətlərin genişləndirilməsinin Azərbaycanın xarici siyasət prioritetlərindən biri olduğunu deyib, Braziliya ilə diplomatik əlaqələrin qurulmasından otuz ildən artıq vaxt keçdiyini xatırladıb.

Qonaq ölkəmizə ilk dəfə gəldiyini, Bakının müasir simasından təsirləndiyini bildirib. Pereyranın fikrincə, Braziliyanın aqrar sektoru ilə Azərbaycanın logistika imkanlarını birləşdirən birgə layihələr hər iki tərəfə fayda verə bilər.

Səfər proqramına əsasən, braziliyalı deputatlar sabah iqtisadiyyat naziri Zaur Hümbətli ilə görüşəcək, Ələt Azad İqtisadi Zonasının infrastrukturuna baxacaqlar. Cümə axşamı isə heyət Şamaxıya yollanacaq, orada bölgənin şərabçılıq təsərrüfatlarını gəzəcək.
""", [
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Rodriqo Alveş Pereyra", "PER", "dostluq qrupunun sədri", "Braziliya Deputatlar Palatası", ["Rodriqo Alveş Pereyra", "Pereyranın"]),
 ("Zaur Hümbətli", "PER", "iqtisadiyyat naziri", "Azərbaycan", ["Zaur Hümbətli"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Braziliya Deputatlar Palatası", "ORG", None, None, ["Braziliya Deputatlar Palatasının"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-a"]),
 ("Braziliya", "LOC", None, None, ["Braziliya", "Braziliyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Latın Amerikası", "LOC", None, None, ["Latın Amerikası"]),
 ("Bakı", "LOC", None, None, ["Bakının"]),
 ("Ələt Azad İqtisadi Zonası", "LOC", None, None, ["Ələt Azad İqtisadi Zonasının"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıya"]),
], [
 E("MEET", ["Rauf Şirinzadə", "Rodriqo Alveş Pereyra"], None, "2028-04-11", "happened", "Aprelin 11-də Milli Məclis Sədrinin",
   ["parlamentlərarası əlaqələr", "Latın Amerikası ilə münasibətlər"], host="Rauf Şirinzadə", date_text="Aprelin 11-də"),
 E("VISIT", ["Rodriqo Alveş Pereyra"], "Azərbaycan", "2028-04-11", "happened", "Aprelin 11-də Milli Məclis Sədrinin",
   ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Rodriqo Alveş Pereyra", "Zaur Hümbətli"], None, "2028-04-12", "planned", "Səfər proqramına əsasən, braziliyalı",
   ["ticarət", "logistika"], date_text="sabah"),
 E("VISIT", ["Rodriqo Alveş Pereyra"], "Ələt Azad İqtisadi Zonası", "2028-04-12", "planned",
   "Səfər proqramına əsasən, braziliyalı", ["logistika"], place="Ələt Azad İqtisadi Zonası", date_text="sabah"),
 E("VISIT", ["Rodriqo Alveş Pereyra"], "Şamaxı", "2028-04-13", "planned", "Cümə axşamı isə heyət",
   ["şərabçılıq", "kənd təsərrüfatı"], date_text="Cümə axşamı"),
])

A("320_begovic_hesenbeyova_memorandum_azertac.txt", "AZERTAC", """date 2028-04-12
Bosniya və Herseqovina parlamentinin sədri Milli Məclisdə: iki parlament arasında memorandum imzalanıb

Bosniya və Herseqovina parlamentinin aşağı palatası olan Nümayəndələr Palatasının sədri Nermin Begoviç dünən axşam rəsmi səfərlə Bakıya gəlib. Hava limanında qonağı Sədr müavini Rauf Şirinzadə qarşılayıb.

Bu gün səhər Nermin Begoviç Şəhidlər xiyabanını ziyarət edərək Vətən uğrunda canından keçənlərin xatirəsini yad edib.

Sonra Milli Məclisdə Ləman Həsənbəyova ilə Nermin Begoviç arasında əvvəlcə təkbətək, ardınca geniş tərkibdə görüş olub. AZERTAC-ın müxbirinə verilən məlumata görə, L.Həsənbəyova Azərbaycanın Bosniya və Herseqovinanın suverenliyini və ərazi bütövlüyünü həmişə dəstəklədiyini, bu mövqeyin dəyişməz qaldığını vurğulayıb. Qonaq da ölkəsinin Azərbaycanın ərazi bütövlüyü məsələsində eyni prinsipial mövqedən çıxış etdiyini bildirib.

«Sarayevo ilə Bakı arasında parlament əməkdaşlığı bundan sonra möhkəm hüquqi əsasa söykənəcək», – deyə Begoviç qeyd edib.

Görüşün sonunda sədrlər Milli Məclis ilə Nümayəndələr Palatası arasında əməkdaşlıq haqqında memoranduma imzalarını qoyublar.

Sabah qonağın Prezident Teymur Səlimov tərəfindən qəbulu gözlənilir. Cümə günü isə qonaqlar Şuşaya gedəcək, şəhərdə aparılan bərpa işləri ilə tanış olacaqlar.
""", [
 ("Nermin Begoviç", "PER", "sədr", "Bosniya və Herseqovina Parlament Assambleyasının Nümayəndələr Palatası",
  ["Nermin Begoviç", "Begoviç"]),
 ("Rauf Şirinzadə", "PER", "sədr müavini", "Milli Məclis", ["Rauf Şirinzadə"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova", "L.Həsənbəyova"]),
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Bosniya və Herseqovina Parlament Assambleyasının Nümayəndələr Palatası", "ORG", None, None,
  ["Nümayəndələr Palatasının", "Nümayəndələr Palatası"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə", "Milli Məclis"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC-ın"]),
 ("Bosniya və Herseqovina", "LOC", None, None, ["Bosniya və Herseqovina", "Bosniya və Herseqovinanın"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakı"]),
 ("Şəhidlər xiyabanı", "LOC", None, None, ["Şəhidlər xiyabanını"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Sarayevo", "LOC", None, None, ["Sarayevo"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("VISIT", ["Nermin Begoviç"], "Bakı", "2028-04-11", "happened", "parlamentinin aşağı palatası olan",
   ["parlamentlərarası əlaqələr"], date_text="dünən axşam"),
 E("MEET", ["Nermin Begoviç", "Rauf Şirinzadə"], "Bakı", "2028-04-11", "happened",
   "Hava limanında qonağı", ["parlamentlərarası əlaqələr"], host="Rauf Şirinzadə", date_text="dünən axşam"),
 E("VISIT", ["Nermin Begoviç"], "Şəhidlər xiyabanı", "2028-04-12", "happened", "Bu gün səhər Nermin Begoviç",
   ["xatirənin anılması"], place="Şəhidlər xiyabanı", date_text="Bu gün səhər"),
 E("MEET", ["Ləman Həsənbəyova", "Nermin Begoviç"], "Milli Məclis", "2028-04-12", "happened", "Sonra Milli Məclisdə Ləman",
   ["ərazi bütövlüyü", "parlamentlərarası əlaqələr"]),
 E("SIGN", ["Ləman Həsənbəyova", "Nermin Begoviç"], "Milli Məclis", "2028-04-12", "happened", "Görüşün sonunda sədrlər",
   ["parlamentlərarası əlaqələr"], date_text="Görüşün sonunda"),
 E("MEET", ["Teymur Səlimov", "Nermin Begoviç"], None, "2028-04-13", "planned", "Sabah qonağın Prezident",
   ["ikitərəfli münasibətlər"], host="Teymur Səlimov", date_text="Sabah"),
 E("VISIT", ["Nermin Begoviç"], "Şuşa", "2028-04-14", "planned", "Cümə günü isə qonaqlar",
   ["bərpa işləri"], date_text="Cümə günü"),
])

A("321_qaraxanli_asiya_pa_istanbul_oxu.txt", "oxu.az", """date 2028-04-12
Fuad Qaraxanlı İstanbulda Asiya Parlament Assambleyasının komitə iclasında çıxış edib | Oxu.az

OXU.AZ
Ölkə | Siyasət | Dünya | Analitika | Foto | Video
12.04.2028 / 14:35
Fuad Qaraxanlı İstanbulda Asiya Parlament Assambleyasının komitə iclasında çıxış edib

İstanbulda dünəndən Asiya Parlament Assambleyasının İqtisadi və davamlı inkişaf məsələləri üzrə daimi komitəsinin iclası keçirilir. Milli Məclis Sədrinin birinci müavini Fuad Qaraxanlı tədbirdə Azərbaycan parlament heyətinin rəhbəri qismində iştirak edir.

Oxu.az-a daxil olan məlumata görə, iclasın ilk günü çıxış edən Qaraxanlı Asiya ölkələri arasında ticarətin artırılması üçün Orta Dəhlizin imkanlarından daha fəal istifadə olunmasını təklif edib. O xatırladıb ki, Azərbaycan ərazisindən keçən tranzit yüklərin həcmi ötən il rekord həddə çatıb.

Dünən axşam tədbirin kənarında Azərbaycan heyətinin rəhbəri ilə Pakistan Senatının sədr müavini Aslam Mahmud Qureyşi arasında görüş keçirilib. Bu gün isə iclas başlamazdan əvvəl Qaraxanlı Türkiyə Böyük Millət Məclisinin Plan və büdcə komissiyasının sədri Oğuz Karaağaç ilə görüşüb.

Təşkilatçıların sözlərinə görə, komitənin növbəti iclası payızda Bakıda keçiriləcək.

Teqlər: Fuad Qaraxanlı, Asiya Parlament Assambleyası, İstanbul
Digər xəbərlər
Gəncədə yeni park açılıb
Naftalanda turizm mövsümü başlayır
OXU.AZ © 2028
""", [
 ("Fuad Qaraxanlı", "PER", "sədrin birinci müavini", "Milli Məclis", ["Fuad Qaraxanlı", "Qaraxanlı"]),
 ("Aslam Mahmud Qureyşi", "PER", "sədr müavini", "Pakistan Senatı", ["Aslam Mahmud Qureyşi"]),
 ("Oğuz Karaağaç", "PER", "komissiya sədri", "Türkiyə Böyük Millət Məclisi", ["Oğuz Karaağaç"]),
 ("Asiya Parlament Assambleyası", "ORG", None, None, ["Asiya Parlament Assambleyasının", "Asiya Parlament Assambleyası"]),
 ("İqtisadi və davamlı inkişaf məsələləri üzrə daimi komitə", "ORG", None, None,
  ["İqtisadi və davamlı inkişaf məsələləri üzrə daimi komitəsinin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclis"]),
 ("Pakistan Senatı", "ORG", None, None, ["Pakistan Senatının"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["Türkiyə Böyük Millət Məclisinin"]),
 ("Plan və büdcə komissiyası", "ORG", None, None, ["Plan və büdcə komissiyasının"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az", "OXU.AZ", "Oxu.az-a"]),
 ("İstanbul", "LOC", None, None, ["İstanbulda", "İstanbul"]),
 ("Asiya", "LOC", None, None, ["Asiya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
 ("Naftalan", "LOC", None, None, ["Naftalanda"]),
], [
 E("ATTEND", ["Fuad Qaraxanlı"], "İstanbul", "2028-04-11", "happened", "Sədrinin birinci müavini Fuad Qaraxanlı tədbirdə",
   ["ticarət", "tranzit", "parlamentlərarası əlaqələr"], date_text="dünəndən",
   event_name="Asiya Parlament Assambleyasının İqtisadi və davamlı inkişaf məsələləri üzrə daimi komitəsinin iclası"),
 E("MEET", ["Fuad Qaraxanlı", "Aslam Mahmud Qureyşi"], "İstanbul", "2028-04-11", "happened", "Dünən axşam tədbirin kənarında",
   ["parlamentlərarası əlaqələr"], date_text="Dünən axşam"),
 E("MEET", ["Fuad Qaraxanlı", "Oğuz Karaağaç"], "İstanbul", "2028-04-12", "happened", "Bu gün isə iclas başlamazdan",
   ["parlamentlərarası əlaqələr"], date_text="Bu gün"),
])

A("322_selimov_begovic_qebul_trend.txt", "trend.az", """date 2028-04-13
Teymur Səlimov Nermin Begoviçi qəbul edib

Aprelin 13-də Prezident Teymur Səlimov Azərbaycana rəsmi səfərə gəlmiş Bosniya və Herseqovina parlamentinin aşağı palatasının – Nümayəndələr Palatasının sədri Nermin Begoviçi qəbul edib.

Trend-in Prezidentin rəsmi saytına istinadən yaydığı məlumata əsasən, dövlətimizin başçısı qonağı salamlayıb, onun səfərinin Bakı ilə Sarayevo arasında siyasi təmasların dərinləşməsinə töhfə verəcəyini vurğulayıb. Teymur Səlimov Bosniya və Herseqovinada Azərbaycan şirkətlərinin iştirakı ilə həyata keçirilən yol tikintisi layihələrindən də söz açıb.

Begoviç bir gün əvvəl Milli Məclisdə Sədr Ləman Həsənbəyova ilə keçirdiyi danışıqlardan razı qaldığını deyib. O qeyd edib ki, Sarayevo Azərbaycan qazının Cənub-Şərqi Avropaya çatdırılması layihələrində iştirakda maraqlıdır.

Söhbət zamanı təhsil mübadilələri, iki paytaxtda səfirliklərin fəaliyyəti də müzakirə olunub.

Qonaq sabah Şuşaya səfər edəcək, orada bərpa olunan tarixi məhəllələrlə tanış olacaq.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Nermin Begoviç", "PER", "sədr", "Bosniya və Herseqovina Parlament Assambleyasının Nümayəndələr Palatası",
  ["Nermin Begoviçi", "Begoviç"]),
 ("Ləman Həsənbəyova", "PER", "sədr", "Milli Məclis", ["Ləman Həsənbəyova"]),
 ("Bosniya və Herseqovina Parlament Assambleyasının Nümayəndələr Palatası", "ORG", None, None,
  ["Nümayəndələr Palatasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana", "Azərbaycan"]),
 ("Bosniya və Herseqovina", "LOC", None, None, ["Bosniya və Herseqovina", "Bosniya və Herseqovinada"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Sarayevo", "LOC", None, None, ["Sarayevo"]),
 ("Cənub-Şərqi Avropa", "LOC", None, None, ["Cənub-Şərqi Avropaya"]),
 ("Şuşa", "LOC", None, None, ["Şuşaya"]),
], [
 E("MEET", ["Teymur Səlimov", "Nermin Begoviç"], None, "2028-04-13", "happened", "Aprelin 13-də Prezident",
   ["ikitərəfli münasibətlər", "enerji", "yol tikintisi"], host="Teymur Səlimov", date_text="Aprelin 13-də",
   same_as="320_begovic_hesenbeyova_memorandum_azertac.txt"),
 E("VISIT", ["Nermin Begoviç"], "Azərbaycan", "2028-04-13", "happened", "Aprelin 13-də Prezident",
   ["ikitərəfli münasibətlər"], same_as="320_begovic_hesenbeyova_memorandum_azertac.txt"),
 E("MEET", ["Nermin Begoviç", "Ləman Həsənbəyova"], "Milli Məclis", "2028-04-12", "happened", "Begoviç bir gün əvvəl",
   ["parlamentlərarası əlaqələr"], date_text="bir gün əvvəl", same_as="320_begovic_hesenbeyova_memorandum_azertac.txt"),
 E("VISIT", ["Nermin Begoviç"], "Şuşa", "2028-04-14", "planned", "Qonaq sabah Şuşaya",
   ["bərpa işləri"], date_text="sabah", same_as="320_begovic_hesenbeyova_memorandum_azertac.txt"),
])
