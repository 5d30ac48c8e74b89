A("176_elixanli_karpovic_minsk.txt", None, """date 2026-03-20
Azərbaycan–Belarus komissiyasının növbəti iclası Minskdə keçirilib

Martın 17-də Minskdə Azerbaycan–Belarus ticarət-iqtisadi əməkdaşlıq üzrə hökumətlərarası komissiyanın on birinci iclası olub. İclasa komissiyanın həmsədr-
ləri – Baş nazirin müavini Səməd Əlixanlı və Belarus Baş nazirinin müavini Viktor Karpoviç rəhbərlik ediblər.

İclasda iki ölkə arasında ticarət dövriyyesinin artırılması, kənd təsərrüfatı texnikasının birgə istehsalı, Gəncə Avtomobil Zavodunda Belarus istehsalı olan traktorların yığılmasının genişləndirilməsi və lojistika mərkəzlərinin yaradılmsı muzakirə edilib. Həmsədrlər ötən il qarşılıqlı ticarətin 420 milyon dollar təşkil etdiyni, lakin bu göstəricinin mövcud imkanlardan xeyli aşağı olduğunu qeyd ediblər.

Azərbaycan tərəfi Belarusun Qarabağ və Şərqi Zəngəzurda yaşayış məntəqələrinin bərpasında, xüsusilə tikinti materiallarının tədarükündə iştirakında maraqlı olduğunu bildirib. Viktor Karpoviç isə Belarus şirkətlərinin Ağdamda kənd təsərrüfatı maşınları üçün servis mərkəzi açmağa hazır olduğunu deyib.

İclasın sonunda həmsədrlər protokol imza-
layıblar.

Minskdə işgüzar səfərdə olan Səməd Əlixanlı ertəsi gün Minsk Traktor Zavoduna baş çəkib, müəssisənin baş direktoru Sergey Lukyanenko ilə gö-
rüşüb. Görüşdə zavodun Azərbaycanda servis şəbəkəsinin genişləndirilməsi barədə razılıq əldə olunub.

Qeyd edək ki, komissiyanın iclası əvvəlcə fevralda Bakıda keçirilməli idi, lakin sonradan tərəflərin razılığı ilə Minskə köçürülüb. Komissiyanın növbəti iclasının gələn il Bakıda keçirilməsi razılaşdırılıb.

«Xalq qəzeti»
""", [
 ("Səməd Əlixanlı", "PER", "baş nazirin müavini", "Azərbaycan", ["Səməd Əlixanlı"]),
 ("Viktor Karpoviç", "PER", "baş nazirin müavini", "Belarus", ["Viktor Karpoviç"]),
 ("Sergey Lukyanenko", "PER", "baş direktor", "Minsk Traktor Zavodu", ["Sergey Lukyanenko"]),
 ("Gəncə Avtomobil Zavodu", "ORG", None, None, ["Gəncə Avtomobil Zavodunda"]),
 ("Minsk Traktor Zavodu", "ORG", None, None, ["Minsk Traktor Zavoduna"]),
 ("Xalq qəzeti", "ORG", None, None, ["Xalq qəzeti"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azerbaycan", "Azərbaycanda"]),
 ("Belarus", "LOC", None, None, ["Belarus", "Belarusun"]),
 ("Minsk", "LOC", None, None, ["Minskdə", "Minskə"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzurda"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
], [
 E("MEET", ["Səməd Əlixanlı", "Viktor Karpoviç"], "Minsk", "2026-03-17", "happened", "Martın 17-də Minskdə",
   ["ticarət-iqtisadi əməkdaşlıq", "kənd təsərrüfatı texnikası", "bərpa işləri"], date_text="Martın 17-də",
   event_name="hökumətlərarası komissiyanın on birinci iclası"),
 E("SIGN", ["Səməd Əlixanlı", "Viktor Karpoviç"], "Minsk", "2026-03-17", "happened", "İclasın sonunda həmsədrlər",
   ["ticarət-iqtisadi əməkdaşlıq"]),
 E("VISIT", ["Səməd Əlixanlı"], "Minsk", "2026-03-17", "happened", "Minskdə işgüzar səfərdə olan",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="Martın 17-də"),
 E("VISIT", ["Səməd Əlixanlı"], "Minsk Traktor Zavodu", "2026-03-18", "happened", "Minskdə işgüzar səfərdə olan",
   ["kənd təsərrüfatı texnikası"], place="Minsk Traktor Zavodu", date_text="ertəsi gün"),
 E("MEET", ["Səməd Əlixanlı", "Sergey Lukyanenko"], "Minsk Traktor Zavodu", "2026-03-18", "happened", "Minskdə işgüzar səfərdə olan",
   ["kənd təsərrüfatı texnikası", "servis şəbəkəsi"], date_text="ertəsi gün"),
 E("MEET", ["Səməd Əlixanlı", "Viktor Karpoviç"], "Bakı", "2026-02", "negated", "komissiyanın iclası əvvəlcə fevralda",
   ["ticarət-iqtisadi əməkdaşlıq"], date_text="fevralda"),
])

A("177_kazimli_belcika_seferi_texire.txt", "trend.az", """date 2026-12-09
Rüstəm Kazımlının Belçikaya səfəri yanvara keçirilib

Milli Məclisin Regional məsələlər komitəsinin sədri Rüstəm Kazımlının dekabrın 10-11-də Belçikaya planlaşdırılan səfəri təxirə salınıb.

Trend-ə komitədən bildiriblər ki, səfər Belçika Nümayəndələr Palatasında büdcə səsverməsinin vaxtının dəyişməsi ilə əlaqədar yanvarın ikinci yarısına keçirilib.

Komitədən bildirilib ki, səfərin proqramı demək olar ki, dəyişməz qalacaq. Komitə sədri dünən Belçika Nümayəndələr Palatasının Xarici əlaqələr komissiyasının sədri Lük Vandamme ilə telefonla danışaraq yeni tarixləri razılaşdırıb.

Səfər çərçivəsində Kazımlının Antverpen limanına baş çəkməsi, Flandriya parlamentinin deputatları ilə görüşməsi nəzərdə tutulur. Bundan başqa, Brüsseldə Avropa Parlamentinin Cənubi Qafqaz üzrə nümayəndə heyəti ilə işçi nahar təşkil olunacaq.

Rüstəm Kazımlı Belçika parlamentində Azərbaycanla dostluq qrupunun fəaliyyətinin bərpası məsələsini də qaldırmaq niyyətindədir.

Xatırladaq ki, Vandammenin rəhbərlik etdiyi heyət sentyabrda Azərbaycanda olub, Qəbələdə Kazımlı ilə görüşüb. Həmin görüşdə regional inkişaf proqramlarının parlament nəzarəti və bələdiyyələrin səlahiyyətləri ilə bağlı təcrübə mübadiləsi aparılıb.
""", [
 ("Rüstəm Kazımlı", "PER", "komitə sədri", "Milli Məclis", ["Rüstəm Kazımlının", "Kazımlının", "Rüstəm Kazımlı", "Kazımlı"]),
 ("Lük Vandamme", "PER", "komissiya sədri", "Belçika Nümayəndələr Palatası", ["Lük Vandamme", "Vandammenin"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Regional məsələlər komitəsi", "ORG", None, None, ["Regional məsələlər komitəsinin"]),
 ("Belçika Nümayəndələr Palatası", "ORG", None, None, ["Belçika Nümayəndələr Palatasında", "Belçika Nümayəndələr Palatasının"]),
 ("Xarici əlaqələr komissiyası", "ORG", None, None, ["Xarici əlaqələr komissiyasının"]),
 ("Avropa Parlamenti", "ORG", None, None, ["Avropa Parlamentinin"]),
 ("Trend", "ORG", None, None, ["Trend-ə"]),
 ("Belçika", "LOC", None, None, ["Belçikaya", "Belçika"]),
 ("Antverpen", "LOC", None, None, ["Antverpen"]),
 ("Flandriya", "LOC", None, None, ["Flandriya"]),
 ("Brüssel", "LOC", None, None, ["Brüsseldə"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanla", "Azərbaycanda"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
], [
 E("VISIT", ["Rüstəm Kazımlı"], "Belçika", "2026-12-10", "negated", "Milli Məclisin Regional məsələlər",
   ["parlamentlərarası əlaqələr"], date_text="dekabrın 10-11-də"),
 E("VISIT", ["Rüstəm Kazımlı"], "Belçika", "2027-01", "planned", "Trend-ə komitədən bildiriblər",
   ["parlamentlərarası əlaqələr"], date_text="yanvarın ikinci yarısına"),
 E("CALL", ["Rüstəm Kazımlı", "Lük Vandamme"], None, "2026-12-08", "happened", "Komitə sədri dünən",
   ["parlamentlərarası əlaqələr"], date_text="dünən"),
 E("VISIT", ["Rüstəm Kazımlı"], "Antverpen", "2027-01", "planned", "Səfər çərçivəsində Kazımlının",
   ["liman logistikası"], date_text="yanvarın ikinci yarısına"),
 E("MEET", ["Rüstəm Kazımlı", "Avropa Parlamenti"], "Brüssel", "2027-01", "planned", "Bundan başqa, Brüsseldə",
   ["parlamentlərarası əlaqələr"], date_text="yanvarın ikinci yarısına"),
 E("VISIT", ["Lük Vandamme"], "Azərbaycan", "2026-09", "happened", "Xatırladaq ki, Vandammenin",
   ["parlamentlərarası əlaqələr"], date_text="sentyabrda"),
 E("MEET", ["Lük Vandamme", "Rüstəm Kazımlı"], "Qəbələ", "2026-09", "happened", "Xatırladaq ki, Vandammenin",
   ["regional inkişaf", "bələdiyyələr"], date_text="sentyabrda"),
])

A("178_karatas_tbmm_qarabag.txt", "report.az", """date 2026-05-29
TBMM komissiyasının heyəti Füzuli, Şuşa və Ağdamda olub

Türkiyə Böyük Millət Məclisinin Bayındırlıq, İmar, Nəqliyyat və Turizm Komissiyasının sədri Hakan Karataşın başçılıq etdiyi heyət mayın 25-dən 27-dək Qarabağ bölgəsində səfərdə olub.

Report-un məlumatına görə, mayın 25-də Füzuli hava limanında təyyarədən enən qonaqları Milli Məclisin Azərbaycan–Türkiyə parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Səbuhi Mahmudlu qarşılayıb. Həmin gün heyət Füzuli şəhərinin yenidən qurulan mərkəzində yaşayış binalarının, məktəb və xəstəxananın tikintisi ilə tanış olub. Qonaqlara şəhərin ilk yaşayış məhəlləsində artıq beş yüzdən çox ailənin məskunlaşdığı bildirilib. Axşam qonaqlar Şuşaya yola düşüblər.

Ertəsi gün Şuşa Şəhəri Dövlət Qoruğu İdarəsinin direktoru Elvin Cahangirov türk parlamentarilərini idarənin binasında qəbul edərək şəhərdə aparılan bərpa işləri barədə onlara ətraflı məlumat verib. Direktorun sözlərinə görə, şəhərdə XIX əsrə aid yüz altmışdan çox tarixi binanın bərpası başa çatıb, daha qırx bina üzrə layihələr hazırlanır. Heyət daha sonra Şuşa qalasını ziyarət edib, bərpa olunmuş qala divarları boyunca gəzib.

Həmin axşam Karataş və heyət üzvləri Cıdır düzündə keçirilən "Xarıbülbül" beynəlxalq musiqi festivalının açılış mərasimində iştirak ediblər. "Şuşanı görməyən Qafqazı tam tanımır. Buranın havasında da, musiqisində də tarix yaşayır", – deyə komissiya sədri jurnalistlərə bildirib.

Səfərin son günü heyət Ağdama yollanıb. Ağdam Rayon İcra Hakimiyyətinin başçısı Mehman Qaraşlı qonaqlara şəhərin baş planı, Ağdam Sənaye Parkında fəaliyyətə başlayan müəssisələr barədə məlumat verib. Onun dediyinə görə, parkda artıq otuzdan çox rezident qeydiyyatdan keçib. Qonaqlar Ağdam Cümə məscidini də ziyarət ediblər.

Ağdamda heyətin tərkibindəki Bursa Böyükşəhər Bələdiyyəsinin sədr müavini Selin Aydemir ilə Mehman Qaraşlı Bursa ilə Ağdam arasında qardaşlaşma haqqında protokol imzalayıblar. Sənəd mədəniyyət, təhsil və şəhərsalma sahələrində birgə layihələrin həyata keçirilməsini nəzərdə tutur.

Hakan Karataş Report-a açıqlamasında bildirib ki, türk tikinti şirkətləri Qarabağda yol, körpü və tunel layihələrində fəal iştirak edir və bu iştirak bundan sonra da davam edəcək. Onun sözlərinə görə, komissiyanın payızda Laçına səfəri planlaşdırılır. Komissiya sədri Laçın dəhlizi boyunca inşa olunan yeni avtomobil yolunun türk mühəndislərinin iştirakı ilə layihələndirildiyini də xatırladıb.
""", [
 ("Hakan Karataş", "PER", "komissiya sədri", "Türkiyə Böyük Millət Məclisi", ["Hakan Karataşın", "Karataş", "Hakan Karataş"]),
 ("Səbuhi Mahmudlu", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Səbuhi Mahmudlu"]),
 ("Elvin Cahangirov", "PER", "direktor", "Şuşa Şəhəri Dövlət Qoruğu İdarəsi", ["Elvin Cahangirov"]),
 ("Mehman Qaraşlı", "PER", "icra hakimiyyətinin başçısı", "Ağdam Rayon İcra Hakimiyyəti", ["Mehman Qaraşlı"]),
 ("Selin Aydemir", "PER", "sədr müavini", "Bursa Böyükşəhər Bələdiyyəsi", ["Selin Aydemir"]),
 ("Türkiyə Böyük Millət Məclisi", "ORG", None, None, ["TBMM", "Türkiyə Böyük Millət Məclisinin"]),
 ("Bayındırlıq, İmar, Nəqliyyat və Turizm Komissiyası", "ORG", None, None, ["Bayındırlıq, İmar, Nəqliyyat və Turizm Komissiyasının"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Şuşa Şəhəri Dövlət Qoruğu İdarəsi", "ORG", None, None, ["Şuşa Şəhəri Dövlət Qoruğu İdarəsinin"]),
 ("Ağdam Rayon İcra Hakimiyyəti", "ORG", None, None, ["Ağdam Rayon İcra Hakimiyyətinin"]),
 ("Bursa Böyükşəhər Bələdiyyəsi", "ORG", None, None, ["Bursa Böyükşəhər Bələdiyyəsinin"]),
 ("Report", "ORG", None, None, ["Report-un", "Report-a"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Şuşa", "LOC", None, None, ["Şuşa", "Şuşaya", "Şuşanı"]),
 ("Ağdam", "LOC", None, None, ["Ağdamda", "Ağdama", "Ağdam"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ", "Qarabağda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Şuşa qalası", "LOC", None, None, ["Şuşa qalasını"]),
 ("Cıdır düzü", "LOC", None, None, ["Cıdır düzündə"]),
 ("Qafqaz", "LOC", None, None, ["Qafqazı"]),
 ("Ağdam Sənaye Parkı", "LOC", None, None, ["Ağdam Sənaye Parkında"]),
 ("Ağdam Cümə məscidi", "LOC", None, None, ["Ağdam Cümə məscidini"]),
 ("Bursa", "LOC", None, None, ["Bursa"]),
 ("Laçın", "LOC", None, None, ["Laçına", "Laçın"]),
], [
 E("VISIT", ["Hakan Karataş"], "Qarabağ", "2026-05-25", "happened", "Türkiyə Böyük Millət Məclisinin Bayındırlıq",
   ["parlamentlərarası əlaqələr", "bərpa işləri"], date_text="mayın 25-dən"),
 E("VISIT", ["Hakan Karataş"], "Füzuli", "2026-05-25", "happened", "mayın 25-də Füzuli hava limanında",
   ["bərpa işləri"], date_text="mayın 25-də"),
 E("MEET", ["Hakan Karataş", "Səbuhi Mahmudlu"], "Füzuli", "2026-05-25", "happened", "mayın 25-də Füzuli hava limanında",
   ["parlamentlərarası əlaqələr"], host="Səbuhi Mahmudlu", date_text="mayın 25-də"),
 E("VISIT", ["Hakan Karataş"], "Şuşa", "2026-05-25", "happened", "Axşam qonaqlar Şuşaya",
   ["bərpa işləri"], date_text="mayın 25-də"),
 E("MEET", ["Hakan Karataş", "Elvin Cahangirov"], "Şuşa Şəhəri Dövlət Qoruğu İdarəsi", "2026-05-26", "happened",
   "Ertəsi gün Şuşa Şəhəri", ["bərpa işləri"], host="Elvin Cahangirov", date_text="Ertəsi gün"),
 E("VISIT", ["Hakan Karataş"], "Şuşa qalası", "2026-05-26", "happened", "Heyət daha sonra Şuşa qalasını",
   ["tarixi irs"], place="Şuşa qalası", date_text="Ertəsi gün"),
 E("ATTEND", ["Hakan Karataş"], "Cıdır düzü", "2026-05-26", "happened", "Həmin axşam Karataş",
   ["mədəniyyət"], date_text="Həmin axşam", event_name="\"Xarıbülbül\" beynəlxalq musiqi festivalının açılış mərasimi"),
 E("VISIT", ["Hakan Karataş"], "Ağdam", "2026-05-27", "happened", "Səfərin son günü heyət Ağdama",
   ["bərpa işləri"], date_text="Səfərin son günü"),
 E("MEET", ["Hakan Karataş", "Mehman Qaraşlı"], "Ağdam", "2026-05-27", "happened", "Mehman Qaraşlı qonaqlara şəhərin",
   ["şəhərsalma", "sənaye"], date_text="Səfərin son günü"),
 E("VISIT", ["Hakan Karataş"], "Ağdam Cümə məscidi", "2026-05-27", "happened", "Qonaqlar Ağdam Cümə məscidini",
   ["tarixi irs"], place="Ağdam Cümə məscidi", date_text="Səfərin son günü"),
 E("SIGN", ["Selin Aydemir", "Mehman Qaraşlı"], "Ağdam", "2026-05-27", "happened", "Ağdamda heyətin tərkibindəki",
   ["qardaşlaşma"]),
 E("VISIT", ["Bayındırlıq, İmar, Nəqliyyat və Turizm Komissiyası"], "Laçın", None, "planned", "komissiyanın payızda Laçına",
   ["nəqliyyat infrastrukturu"], date_text="payızda"),
])

A("179_suryadi_indoneziya_apa.txt", "APA", """date 2026-01-28
Milli Məclisdə İndoneziya parlamentinin nümayəndə heyəti ilə görüş keçirilib

APA
Xəbərlər | Siyasət | Biznes | Cəmiyyət | Dünya | İdman | Foto | Video
AZ | RU | EN
Saytdan tam istifadə üçün JavaScript-i aktivləşdirin
28 yanvar 2026 13:54
Milli Məclisdə İndoneziya parlamentinin nümayəndə heyəti ilə görüş keçirilib

İndoneziya Respublikası Xalq Nümayəndələri Şurasının (DPR) sədr müavini Ahmad Suryadinin başçılıq etdiyi nümayəndə heyəti bazar ertəsindən Azərbaycanda rəsmi səfərdədir.

APA-nın məlumatına görə, bu gün qonaqları Milli Məclisdə Azərbaycan–İndoneziya parlamentlərarası əlaqələr üzrə işçi qrupunun rəhbəri Fəxriyyə Nuriyeva qəbul edib. Görüşdə İndoneziyanın Azərbaycandakı səfiri Rini Hartono da iştirak edib.

Reklam

Fəxriyyə Nuriyeva iki ölkə arasında halal sənaye, əczaçılıq və ali təhsil sahələrində əlaqələrin inkişafı üçün geniş imkanların olduğunu deyib. Ahmad Suryadi isə Cakarta ilə Bakı arasında birbaşa hava əlaqəsinin yaradılmasının turizmə və işgüzar təmaslara təkan verəcəyini vurğulayıb. Qonaq İndoneziyanın palma yağı və qəhvə ixracında Azərbaycanı Cənubi Qafqaz və Mərkəzi Asiya üçün mühüm logistika qovşağı kimi gördüyünü bildirib.

Səfər proqramına əsasən, sabah qonaqlar Sumqayıt Kimya Sənaye Parkına baş çəkəcək. Cümə günü isə heyətin Xarici İşlər Nazirliyində nazir müavini Elnur Sadıxovla görüşü nəzərdə tutulur.

Qeyd edək ki, heyətin səfəri əvvəlcə dekabrın əvvəlinə planlaşdırılmışdı, lakin Sumatra adasında baş verən daşqınlar səbəbindən təxirə salınmışdı.

Paylaş
Son xəbərlər
13:50 Nazir müavini Fərid Məmmədov Estoniya səfiri ilə görüşüb
13:41 Bakı metrosunda qatarların hərəkət intervalı dəyişir
13:30 Gəncədə 200 yerlik məktəb tikiləcək
Ən çox oxunanlar
© 2026 APA Group. Bütün hüquqlar qorunur.
""", [
 ("Ahmad Suryadi", "PER", "sədr müavini", "İndoneziya Xalq Nümayəndələri Şurası", ["Ahmad Suryadinin", "Ahmad Suryadi"]),
 ("Fəxriyyə Nuriyeva", "PER", "işçi qrupunun rəhbəri", "Milli Məclis", ["Fəxriyyə Nuriyeva"]),
 ("Rini Hartono", "PER", "səfir", "İndoneziya", ["Rini Hartono"]),
 ("Elnur Sadıxov", "PER", "nazir müavini", "Xarici İşlər Nazirliyi", ["Elnur Sadıxovla"]),
 ("Fərid Məmmədov", "PER", "nazir müavini", None, ["Fərid Məmmədov"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisdə"]),
 ("İndoneziya Xalq Nümayəndələri Şurası", "ORG", None, None, ["İndoneziya Respublikası Xalq Nümayəndələri Şurasının", "DPR"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyində"]),
 ("APA", "ORG", None, None, ["APA", "APA-nın", "APA Group"]),
 ("İndoneziya", "LOC", None, None, ["İndoneziya", "İndoneziyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda", "Azərbaycan", "Azərbaycandakı", "Azərbaycanı"]),
 ("Cakarta", "LOC", None, None, ["Cakarta"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Cənubi Qafqaz", "LOC", None, None, ["Cənubi Qafqaz"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Sumqayıt Kimya Sənaye Parkı", "LOC", None, None, ["Sumqayıt Kimya Sənaye Parkına"]),
 ("Sumatra adası", "LOC", None, None, ["Sumatra adasında"]),
 ("Estoniya", "LOC", None, None, ["Estoniya"]),
 ("Gəncə", "LOC", None, None, ["Gəncədə"]),
], [
 E("VISIT", ["Ahmad Suryadi"], "Azərbaycan", "2026-01-26", "happened", "başçılıq etdiyi nümayəndə heyəti bazar ertəsindən",
   ["parlamentlərarası əlaqələr"], date_text="bazar ertəsindən"),
 E("MEET", ["Ahmad Suryadi", "Fəxriyyə Nuriyeva", "Rini Hartono"], "Milli Məclis", "2026-01-28", "happened",
   "bu gün qonaqları Milli Məclisdə", ["halal sənaye", "ali təhsil", "hava əlaqəsi"], host="Fəxriyyə Nuriyeva", date_text="bu gün"),
 E("VISIT", ["Ahmad Suryadi"], "Sumqayıt Kimya Sənaye Parkı", "2026-01-29", "planned", "sabah qonaqlar Sumqayıt",
   ["kimya sənayesi"], place="Sumqayıt Kimya Sənaye Parkı", date_text="sabah"),
 E("MEET", ["Ahmad Suryadi", "Elnur Sadıxov"], "Xarici İşlər Nazirliyi", "2026-01-30", "planned", "Cümə günü isə heyətin",
   ["ikitərəfli münasibətlər"], date_text="Cümə günü"),
 E("VISIT", ["Ahmad Suryadi"], "Azərbaycan", "2025-12", "negated", "heyətin səfəri əvvəlcə dekabrın",
   ["parlamentlərarası əlaqələr"], date_text="dekabrın əvvəlinə"),
])

A("180_hemzeyeva_misir_seferi.txt", "qafqazinfo.az", """date 2026-07-03
Zümrüd Həmzəyeva Misirdə: Qahirədə danışıqlar, İskəndəriyyədə görüşlər

Milli Məclisin Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin sədri Zümrüd Həmzəyevanın rəhbərlik etdiyi nümayəndə heyəti iyunun 29-dan iyulun 1-dək Misir Ərəb Respublikasında rəsmi səfərdə olub. Heyətin tərkibində deputatlar Fuad Kərimxanlı və Lalə Rəhmanova da yer alıblar.

Qafqazinfo-nun parlamentin mətbuat xidmətinə istinadən verdiyi xəbərə görə, səfərin ilk günü Qahirədə Misir Nümayəndələr Palatasının sədrinin birinci müavini Əhməd Səid əl-Qaddah qonaqları parlamentin iqamətgahında qəbul edib. Söhbət zamanı əl-Qaddah Azərbaycanın İslam Əməkdaşlıq Təşkilatı çərçivəsindəki fəaliyyətini yüksək qiymətləndirib, Süveyş kanalı vasitəsilə Asiyadan Avropaya gedən yüklərin bir hissəsinin Xəzər üzərindən keçən marşrutla birləşdirilməsinə maraq göstərib. Tərəflər parlamentlərarası dostluq qruplarının birgə iclasının keçirilməsi təklifini də nəzərdən keçiriblər.

"Qahirə ilə Bakı arasındakı münasibətlər qarşılıqlı hörmətə əsaslanır. Parlamentlərimiz bu etimadı konkret layihələrə çevirməlidir", – deyə Zümrüd Həmzəyeva bildirib.

Həmin gün Zümrüd Həmzəyeva Misir Xarici İşlər Nazirliyində nazir müavini Yasmin Fəhmi ilə də fikir mübadiləsi aparıb. Tərəflər Misirdə Azərbaycan mədəniyyəti günlərinin keçirilməsi, iki ölkənin diplomatik akademiyaları arasında əməkdaşlıq imkanlarını nəzərdən keçiriblər.

Ertəsi gün azərbaycanlı parlamentarilər Nümayəndələr Palatasının plenar iclasında qonaq qismində iştirak ediblər. İclasın sonunda Palatanın Ərəb və xarici əlaqələr komitəsinin sədri Mahmud Fərəc ilə Zümrüd Həmzəyeva iki parlamentin xarici əlaqələr komitələri arasında əməkdaşlıq memorandumuna imza atıblar.

Həmin gün heyət Əl-Əzhər Universitetində olub, universitetin prorektoru Hüseyn Şəhata ilə görüşüb. Görüşdə Azərbaycandan olan tələbələrin sayının artırılması, ərəb dili müəllimlərinin hazırlığı müzakirə olunub. Hazırda universitetdə altmışa yaxın azərbaycanlı tələbə təhsil alır.

Səfərin üçüncü günü qonaqlar Aralıq dənizi sahilindəki İskəndəriyyəyə yollanıblar. Heyət İskəndəriyyə Kitabxanasını ziyarət edib, kitabxananın direktoru Nadiyə Mənsur onlara qədim əlyazmalar kolleksiyası barədə məlumat verib. Direktor kitabxananın fondunda Azərbaycan tarixinə dair ərəbdilli əlyazmaların da saxlanıldığını deyib, onların rəqəmsallaşdırılması üçün Azərbaycan Milli Elmlər Akademiyası ilə əməkdaşlığa hazır olduqlarını bildirib.

Heyətin İsmailiyyədə Süveyş Kanalı İdarəsinin rəhbərliyi ilə görüşü də proqrama salınmışdı, lakin texniki səbəblərdən bu görüş baş tutmayıb.

Qeyd edək ki, əl-Qaddahın oktyabrda Bakıda keçiriləcək Parlament Diplomatiyası Forumunda iştirakı gözlənilir.
""", [
 ("Zümrüd Həmzəyeva", "PER", "komitə sədri", "Milli Məclis", ["Zümrüd Həmzəyeva", "Zümrüd Həmzəyevanın"]),
 ("Əhməd Səid əl-Qaddah", "PER", "sədrin birinci müavini", "Misir Nümayəndələr Palatası", ["Əhməd Səid əl-Qaddah", "əl-Qaddah", "əl-Qaddahın"]),
 ("Yasmin Fəhmi", "PER", "nazir müavini", "Misir Xarici İşlər Nazirliyi", ["Yasmin Fəhmi"]),
 ("Mahmud Fərəc", "PER", "komitə sədri", "Misir Nümayəndələr Palatası", ["Mahmud Fərəc"]),
 ("Hüseyn Şəhata", "PER", "prorektor", "Əl-Əzhər Universiteti", ["Hüseyn Şəhata"]),
 ("Nadiyə Mənsur", "PER", "direktor", "İskəndəriyyə Kitabxanası", ["Nadiyə Mənsur"]),
 ("Fuad Kərimxanlı", "PER", "deputat", "Milli Məclis", ["Fuad Kərimxanlı"]),
 ("Lalə Rəhmanova", "PER", "deputat", "Milli Məclis", ["Lalə Rəhmanova"]),
 ("Azərbaycan Milli Elmlər Akademiyası", "ORG", None, None, ["Azərbaycan Milli Elmlər Akademiyası"]),
 ("Milli Məclis", "ORG", None, None, ["Milli Məclisin"]),
 ("Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsi", "ORG", None, None, ["Beynəlxalq münasibətlər və parlamentlərarası əlaqələr komitəsinin"]),
 ("Misir Nümayəndələr Palatası", "ORG", None, None, ["Misir Nümayəndələr Palatasının", "Nümayəndələr Palatasının", "Palatanın"]),
 ("Misir Xarici İşlər Nazirliyi", "ORG", None, None, ["Misir Xarici İşlər Nazirliyində"]),
 ("İslam Əməkdaşlıq Təşkilatı", "ORG", None, None, ["İslam Əməkdaşlıq Təşkilatı"]),
 ("Ərəb və xarici əlaqələr komitəsi", "ORG", None, None, ["Ərəb və xarici əlaqələr komitəsinin"]),
 ("Əl-Əzhər Universiteti", "ORG", None, None, ["Əl-Əzhər Universitetində"]),
 ("İskəndəriyyə Kitabxanası", "ORG", None, None, ["İskəndəriyyə Kitabxanasını"]),
 ("Süveyş Kanalı İdarəsi", "ORG", None, None, ["Süveyş Kanalı İdarəsinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo-nun"]),
 ("Misir", "LOC", None, None, ["Misirdə", "Misir Ərəb Respublikasında"]),
 ("Qahirə", "LOC", None, None, ["Qahirədə", "Qahirə"]),
 ("İskəndəriyyə", "LOC", None, None, ["İskəndəriyyədə", "İskəndəriyyəyə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın", "Azərbaycan", "Azərbaycandan"]),
 ("Süveyş kanalı", "LOC", None, None, ["Süveyş kanalı"]),
 ("Asiya", "LOC", None, None, ["Asiyadan"]),
 ("Avropa", "LOC", None, None, ["Avropaya"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər"]),
 ("Bakı", "LOC", None, None, ["Bakı", "Bakıda"]),
 ("Aralıq dənizi", "LOC", None, None, ["Aralıq dənizi"]),
 ("İsmailiyyə", "LOC", None, None, ["İsmailiyyədə"]),
], [
 E("VISIT", ["Zümrüd Həmzəyeva"], "Misir", "2026-06-29", "happened", "Milli Məclisin Beynəlxalq münasibətlər",
   ["parlamentlərarası əlaqələr"], date_text="iyunun 29-dan"),
 E("MEET", ["Zümrüd Həmzəyeva", "Əhməd Səid əl-Qaddah"], "Misir Nümayəndələr Palatası", "2026-06-29", "happened",
   "səfərin ilk günü Qahirədə", ["parlamentlərarası əlaqələr", "tranzit"], host="Əhməd Səid əl-Qaddah", date_text="səfərin ilk günü"),
 E("MEET", ["Zümrüd Həmzəyeva", "Yasmin Fəhmi"], "Misir Xarici İşlər Nazirliyi", "2026-06-29", "happened",
   "Həmin gün Zümrüd Həmzəyeva Misir", ["mədəniyyət günləri", "diplomatik akademiyalar"], date_text="Həmin gün"),
 E("ATTEND", ["Zümrüd Həmzəyeva"], "Misir Nümayəndələr Palatası", "2026-06-30", "happened", "Ertəsi gün azərbaycanlı",
   ["parlamentlərarası əlaqələr"], date_text="Ertəsi gün", event_name="Nümayəndələr Palatasının plenar iclası"),
 E("SIGN", ["Mahmud Fərəc", "Zümrüd Həmzəyeva"], "Misir Nümayəndələr Palatası", "2026-06-30", "happened",
   "İclasın sonunda Palatanın", ["parlamentlərarası əlaqələr"]),
 E("MEET", ["Zümrüd Həmzəyeva", "Hüseyn Şəhata"], "Əl-Əzhər Universiteti", "2026-06-30", "happened",
   "Həmin gün heyət Əl-Əzhər", ["təhsil"], date_text="Həmin gün"),
 E("VISIT", ["Zümrüd Həmzəyeva"], "İskəndəriyyə", "2026-07-01", "happened", "Səfərin üçüncü günü qonaqlar",
   ["mədəniyyət"], date_text="Səfərin üçüncü günü"),
 E("VISIT", ["Zümrüd Həmzəyeva"], "İskəndəriyyə Kitabxanası", "2026-07-01", "happened", "Heyət İskəndəriyyə Kitabxanasını",
   ["mədəni irs"], place="İskəndəriyyə Kitabxanası", date_text="Səfərin üçüncü günü"),
 E("MEET", ["Zümrüd Həmzəyeva", "Nadiyə Mənsur"], "İskəndəriyyə Kitabxanası", "2026-07-01", "happened",
   "Heyət İskəndəriyyə Kitabxanasını", ["mədəni irs"], date_text="Səfərin üçüncü günü"),
 E("MEET", ["Zümrüd Həmzəyeva", "Süveyş Kanalı İdarəsi"], "İsmailiyyə", None, "negated", "Heyətin İsmailiyyədə",
   ["tranzit"]),
 E("ATTEND", ["Əhməd Səid əl-Qaddah"], "Bakı", "2026-10", "planned", "əl-Qaddahın oktyabrda",
   ["parlament diplomatiyası"], date_text="oktyabrda", event_name="Parlament Diplomatiyası Forumu"),
])
