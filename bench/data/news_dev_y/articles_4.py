A("691_zelenko_samaxi_servis_merkezi_metbuat.txt", "metbuat.az", """date 2027-07-21
Brest vilayətinin rəhbəri Şamaxıda: belarus texnikası üçün servis mərkəzi açılıb

Belarusun Brest vilayəti icraiyyə komitəsinin sədri Pyotr Zelenko başda olmaqla belarus nümayəndə heyəti bazar ertəsi Şamaxıya gəlib. Elə həmin gün qonaqları Şamaxı Rayon İcra Hakimiyyətinin başçısı Rauf Abbaszadə qəbul edib.

Metbuat.az-ın yerli müxbirinə verilən məlumata görə, söhbət zamanı rayonun taxılçılıq və üzümçülük təsərrüfatlarında işləyən Belarus traktorlarının təmiri, ehtiyat hissələrinin yerində saxlanılması ön planda olub.

Dünən Mədrəsə kəndində "Minsk Traktor Zavodu" ASC-nin texnikasına xidmət göstərəcək regional servis mərkəzi açılıb. Açılış mərasimində Zelenko və Abbaszadə iştirak ediblər. Belaruslu qonaq bildirib ki, mərkəz gələn ildən Ağsu və Kürdəmir fermerlərinə də xidmət göstərəcək.

Bu gün qonaqlar İsmayıllı rayonunun Lahıc qəsəbəsinə yollanıb, misgər ustaların emalatxanalarını gəziblər.

Zelenkonun cümə günü Bakıda Kənd Təsərrüfatı Nazirliyinin rəhbərliyi ilə görüşməsi planlaşdırılır. Qəbələyə baş çəkmək fikrindən isə qonaqlar vaxt çatışmazlığı üzündən vaz keçiblər.
""", [
 ("Pyotr Zelenko", "PER", "icraiyyə komitəsinin sədri", "Belarus", ["Pyotr Zelenko", "Zelenko", "Zelenkonun"]),
 ("Rauf Abbaszadə", "PER", "başçı", "Şamaxı Rayon İcra Hakimiyyəti", ["Rauf Abbaszadə", "Abbaszadə"]),
 ("Şamaxı Rayon İcra Hakimiyyəti", "ORG", None, None, ["Şamaxı Rayon İcra Hakimiyyətinin"]),
 ("Minsk Traktor Zavodu", "ORG", None, None, ["Minsk Traktor Zavodu"]),
 ("Kənd Təsərrüfatı Nazirliyi", "ORG", None, None, ["Kənd Təsərrüfatı Nazirliyinin"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Brest", "LOC", None, None, ["Brest"]),
 ("Şamaxı", "LOC", None, None, ["Şamaxıda", "Şamaxıya"]),
 ("Belarus", "LOC", None, None, ["Belarusun", "Belarus"]),
 ("Mədrəsə", "LOC", None, None, ["Mədrəsə"]),
 ("İsmayıllı", "LOC", None, None, ["İsmayıllı"]),
 ("Ağsu", "LOC", None, None, ["Ağsu"]),
 ("Kürdəmir", "LOC", None, None, ["Kürdəmir"]),
 ("Lahıc", "LOC", None, None, ["Lahıc"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələyə"]),
], [
 E("VISIT", ["Pyotr Zelenko"], "Şamaxı", "2027-07-19", "happened", "Pyotr Zelenko başda olmaqla",
   ["kənd təsərrüfatı texnikası"], date_text="bazar ertəsi"),
 E("MEET", ["Rauf Abbaszadə", "Pyotr Zelenko"], "Şamaxı", "2027-07-19", "happened", "Elə həmin gün qonaqları",
   ["kənd təsərrüfatı texnikası"], host="Rauf Abbaszadə", date_text="həmin gün"),
 E("ATTEND", ["Pyotr Zelenko", "Rauf Abbaszadə"], "Mədrəsə", "2027-07-20", "happened", "Açılış mərasimində Zelenko",
   ["kənd təsərrüfatı texnikası", "servis xidməti"], date_text="Dünən",
   event_name="servis mərkəzinin açılış mərasimi"),
 E("VISIT", ["Pyotr Zelenko"], "Lahıc", "2027-07-21", "happened", "Bu gün qonaqlar İsmayıllı",
   ["turizm", "sənətkarlıq"], date_text="Bu gün"),
 E("MEET", ["Pyotr Zelenko", "Kənd Təsərrüfatı Nazirliyi"], "Bakı", "2027-07-23", "planned", "Zelenkonun cümə günü",
   ["kənd təsərrüfatı"], date_text="cümə günü"),
 E("VISIT", ["Pyotr Zelenko"], "Qəbələ", None, "negated", "Qəbələyə baş çəkmək fikrindən",
   ["turizm"]),
])

A("692_diplomatlar_lacin_kelbecer_report.txt", "report.az", """date 2027-10-06
Xarici diplomatlar Laçın və Kəlbəcərdə olublar

Azərbaycanda akkreditə olunmuş 24 ölkənin səfirləri və hərbi attaşeləri üçün işğaldan azad edilmiş ərazilərə növbəti iki günlük səfər təşkil olunub.

Bazar ertəsi Laçına gələn diplomatları şəhərin girişində Prezidentin Kəlbəcər və Laçın rayonlarında xüsusi nümayəndəsi Nadir Qəhrəmanlı qarşılayıb. Qonaqlar arasında Pakistanın səfiri Bilal Xurşid, Türkiyənin səfiri Levent Aydemir və Fransanın səfiri Antuan Rişar da var idi.

Report-un məlumatına görə, diplomatlar Laçın şəhərində yenidən salınmış məhəllələri, Həkəri çayı üzərində bərpa olunan körpünü gəziblər.

Ertəsi gün Kəlbəcərə keçən qonaqlar Gəncəsər monastırını ziyarət ediblər. Murov aşırımında seyrə çıxmaq da planlaşdırılırdı, lakin sıx duman üzündən proqramın bu hissəsindən imtina olunub.

Səfərin sonunda Kəlbəcərdə Qəhrəmanlı Pakistan səfiri ilə ayrıca söhbət edib, həmsöhbətlər Pakistan şirkətlərinin İstisu mineral su zavodunun bərpasına cəlb olunmasını müzakirə ediblər.

Qəhrəmanlının sözlərinə görə, diplomatik korpus üçün növbəti belə səfər noyabrda Xocalı və Xankəndiyə təşkil ediləcək.
""", [
 ("Nadir Qəhrəmanlı", "PER", "xüsusi nümayəndə", "Azərbaycan", ["Nadir Qəhrəmanlı", "Qəhrəmanlı", "Qəhrəmanlının"]),
 ("Bilal Xurşid", "PER", "səfir", "Pakistan", ["Bilal Xurşid"]),
 ("Levent Aydemir", "PER", "səfir", "Türkiyə", ["Levent Aydemir"]),
 ("Antuan Rişar", "PER", "səfir", "Fransa", ["Antuan Rişar"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Laçın", "LOC", None, None, ["Laçın", "Laçına"]),
 ("Kəlbəcər", "LOC", None, None, ["Kəlbəcərdə", "Kəlbəcər", "Kəlbəcərə"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanda"]),
 ("Pakistan", "LOC", None, None, ["Pakistanın", "Pakistan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Fransa", "LOC", None, None, ["Fransanın"]),
 ("Həkəri çayı", "LOC", None, None, ["Həkəri çayı"]),
 ("Gəncəsər monastırı", "LOC", None, None, ["Gəncəsər monastırını"]),
 ("Murov aşırımı", "LOC", None, None, ["Murov aşırımında"]),
 ("İstisu", "LOC", None, None, ["İstisu"]),
 ("Xocalı", "LOC", None, None, ["Xocalı"]),
 ("Xankəndi", "LOC", None, None, ["Xankəndiyə"]),
], [
 E("VISIT", ["Bilal Xurşid", "Levent Aydemir", "Antuan Rişar"], "Laçın", "2027-10-04", "happened",
   "Bazar ertəsi Laçına gələn", ["Qarabağın bərpası"], date_text="Bazar ertəsi"),
 E("MEET", ["Nadir Qəhrəmanlı", "Bilal Xurşid", "Levent Aydemir", "Antuan Rişar"], "Laçın", "2027-10-04", "happened",
   "Bazar ertəsi Laçına gələn", ["Qarabağın bərpası"], host="Nadir Qəhrəmanlı", date_text="Bazar ertəsi"),
 E("VISIT", ["Bilal Xurşid", "Levent Aydemir", "Antuan Rişar"], "Kəlbəcər", "2027-10-05", "happened",
   "Ertəsi gün Kəlbəcərə keçən", ["Qarabağın bərpası"], date_text="Ertəsi gün"),
 E("VISIT", ["Bilal Xurşid", "Levent Aydemir", "Antuan Rişar"], "Gəncəsər monastırı", "2027-10-05", "happened",
   "Ertəsi gün Kəlbəcərə keçən", ["mədəni irs"], place="Gəncəsər monastırı", date_text="Ertəsi gün"),
 E("VISIT", ["Bilal Xurşid", "Levent Aydemir", "Antuan Rişar"], "Murov aşırımı", None, "negated",
   "Murov aşırımında seyrə", ["turizm"]),
 E("MEET", ["Nadir Qəhrəmanlı", "Bilal Xurşid"], "Kəlbəcər", "2027-10-05", "happened", "Səfərin sonunda Kəlbəcərdə",
   ["investisiyalar", "bərpa işləri"], date_text="Səfərin sonunda"),
])

A("693_samur_novbeler_qafqazinfo.txt", "qafqazinfo.az", """date 2027-12-28
Samur sərhəd-keçid məntəqəsində növbələr uzanır - Qafqazinfo

QAFQAZİNFO
Əsas | Cəmiyyət | Region | Hadisə | Dünya | Video
28.12.2027 | 09:15
Samur sərhəd-keçid məntəqəsində növbələr uzanır

Yeni il tətilləri yaxınlaşdıqca Rusiyadan Azərbaycana gələn minik avtomobillərinin sayı kəskin artıb. Dünən axşam saatlarında Samur sərhəd-keçid məntəqəsinə çatmaq üçün növbədə 900-dən çox maşın dayanıb.

Dövlət Gömrük Komitəsinin mətbuat katibi Aynur Məmmədova Qafqazinfo-ya açıqlamasında bildirib ki, məntəqədə iki əlavə buraxılış zolağı istifadəyə verilib, əməkdaşlar gecə-gündüz iki növbədə çalışır. Onun sözlərinə görə, sənədləri əvvəlcədən elektron qaydada təqdim edən sürücülər sərhədi orta hesabla 20 dəqiqəyə keçə bilirlər.

Dağıstan tərəfindəki Yarağ-Qazmalyar məntəqəsində də oxşar mənzərə müşahidə olunur. Sürücülərə Qusar–Quba yolunda buzlaşma ehtimalını nəzərə almaq tövsiyə edilir.

Oxşar xəbərlər
Quba icra başçısı dağıstanlı həmkarları ilə görüşüb
Xaçmazda yeni körpü istifadəyə verilib
Şərhlər (3) | Paylaş
© Qafqazinfo, 2027. Materiallardan istifadə zamanı istinad vacibdir.
""", [
 ("Aynur Məmmədova", "PER", "mətbuat katibi", "Dövlət Gömrük Komitəsi", ["Aynur Məmmədova"]),
 ("Dövlət Gömrük Komitəsi", "ORG", None, None, ["Dövlət Gömrük Komitəsinin"]),
 ("Qafqazinfo", "ORG", None, None, ["Qafqazinfo", "QAFQAZİNFO", "Qafqazinfo-ya"]),
 ("Samur sərhəd-keçid məntəqəsi", "LOC", None, None, ["Samur sərhəd-keçid məntəqəsində", "Samur sərhəd-keçid məntəqəsinə"]),
 ("Rusiya", "LOC", None, None, ["Rusiyadan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycana"]),
 ("Dağıstan", "LOC", None, None, ["Dağıstan"]),
 ("Yarağ-Qazmalyar", "LOC", None, None, ["Yarağ-Qazmalyar"]),
 ("Qusar", "LOC", None, None, ["Qusar"]),
 ("Quba", "LOC", None, None, ["Quba"]),
 ("Xaçmaz", "LOC", None, None, ["Xaçmazda"]),
], [], topics=["sərhəd keçidi", "nəqliyyat"])

A("694_elixanli_kutaisi_sheher_gunu_azertac.txt", "AZERTAC", """date 2027-09-13
Gəncə heyəti qardaş Kutaisinin şəhər gününə qatılıb

Gəncə, 13 sentyabr, AZERTAC. Gəncə Şəhər İcra Hakimiyyətinin başçısı Sərdar Əlixanlının başçılığı ilə nümayəndə heyəti cümə günü Gürcüstanın İmereti regionunun mərkəzi Kutaisiyə gedib. Xatırladaq ki, Gəncə ilə Kutaisi 1990-cı illərdən qardaşlaşmış şəhərlərdir.

Şənbə günü Kutaisinin meri Davit Kiknadze Gəncə heyətini bələdiyyənin binasında qəbul edib. Həmin gün Əlixanlı şəhər gününə həsr olunmuş bayram mərasimində çıxış edərək Kutaisi sakinlərini gəncəlilər adından təbrik edib.

Bazar günü qonaqlar UNESCO irsinə daxil olan Gelati monastırını ziyarət ediblər. Səfər çərçivəsində gəncəli rəssamların Kutaisidəki sərgisi də açılıb.

Bu səfər avqustun sonunda Əlixanlı ilə Kiknadze arasında olmuş telefon danışığında razılaşdırılmışdı. Gürcü merin oktyabrın 5-də Gəncənin şəhər günü münasibətilə Gəncəyə gələcəyi gözlənilir.

Heyətin Batumiyə də getməsi planlaşdırılırdı, amma bu səfər reallaşmayıb. Gəncə nümayəndələri bu gün vətənə qayıdıblar.
""", [
 ("Sərdar Əlixanlı", "PER", "başçı", "Gəncə Şəhər İcra Hakimiyyəti", ["Sərdar Əlixanlının", "Əlixanlı"]),
 ("Davit Kiknadze", "PER", "mer", "Gürcüstan", ["Davit Kiknadze", "Kiknadze"]),
 ("Gəncə Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Gəncə Şəhər İcra Hakimiyyətinin"]),
 ("UNESCO", "ORG", None, None, ["UNESCO"]),
 ("AZERTAC", "ORG", None, None, ["AZERTAC"]),
 ("Gəncə", "LOC", None, None, ["Gəncə", "Gəncənin", "Gəncəyə"]),
 ("Kutaisi", "LOC", None, None, ["Kutaisinin", "Kutaisiyə", "Kutaisi", "Kutaisidəki"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstanın"]),
 ("İmereti", "LOC", None, None, ["İmereti"]),
 ("Gelati monastırı", "LOC", None, None, ["Gelati monastırını"]),
 ("Batumi", "LOC", None, None, ["Batumiyə"]),
], [
 E("VISIT", ["Sərdar Əlixanlı"], "Kutaisi", "2027-09-10", "happened", "nümayəndə heyəti cümə günü",
   ["qardaşlaşmış şəhərlər"], date_text="cümə günü"),
 E("MEET", ["Davit Kiknadze", "Sərdar Əlixanlı"], "Kutaisi", "2027-09-11", "happened", "Şənbə günü Kutaisinin meri",
   ["qardaşlaşmış şəhərlər"], host="Davit Kiknadze", date_text="Şənbə günü"),
 E("ATTEND", ["Sərdar Əlixanlı"], "Kutaisi", "2027-09-11", "happened", "Həmin gün Əlixanlı şəhər",
   ["qardaşlaşmış şəhərlər"], date_text="Həmin gün", event_name="Kutaisi şəhər gününə həsr olunmuş bayram mərasimi"),
 E("VISIT", ["Sərdar Əlixanlı"], "Gelati monastırı", "2027-09-12", "happened", "Bazar günü qonaqlar UNESCO",
   ["mədəni irs"], place="Gelati monastırı", date_text="Bazar günü"),
 E("CALL", ["Sərdar Əlixanlı", "Davit Kiknadze"], None, "2027-08", "happened", "Bu səfər avqustun sonunda",
   ["qardaşlaşmış şəhərlər"], date_text="avqustun sonunda"),
 E("VISIT", ["Davit Kiknadze"], "Gəncə", "2027-10-05", "planned", "Gürcü merin oktyabrın 5-də",
   ["qardaşlaşmış şəhərlər"], date_text="oktyabrın 5-də"),
 E("VISIT", ["Sərdar Əlixanlı"], "Batumi", None, "negated", "Heyətin Batumiyə də",
   ["regional əməkdaşlıq"]),
])

A("695_aydemir_sabirabad_tika_oxu.txt", "oxu.az", """date 2027-12-08
Türkiyə səfiri Sabirabadda robototexnika laboratoriyasının açılışında olub

Türkiyənin Azərbaycandakı səfiri Levent Aydemir bu gün Sabirabad rayonunda səfərdə olub.

Oxu.az-a yerli mənbələrdən daxil olan məlumata görə, Sabirabada gələn səfir əvvəlcə rayon icra hakimiyyətinin başçısı Elşad Mustafazadə ilə görüşüb. Həmsöhbətlər Kür və Araz çaylarının qovuşduğu bölgədə pambıqçılıq üzrə türk təcrübəsindən yararlanmaq imkanlarını dəyərləndiriblər.

Daha sonra Türkiyə Əməkdaşlıq və Koordinasiya Agentliyinin (TİKA) dəstəyi ilə 3 nömrəli tam orta məktəbdə qurulan robototexnika laboratoriyası istifadəyə verilib. Açılışda səfirlə yanaşı TİKA-nın Bakı proqram koordinatoru Emre Şahin də iştirak edib.

Türk diplomat dünən Şirvana da səfər edib, burada Şirvan Milli Parkına baş çəkərək ceyranların qorunması layihəsi ilə tanış olub. Xatırladaq ki, Aydemir ötən həftənin sonunda Qax rayonunda da olmuşdu.

Səfirin cümə axşamı Saatlıya getməsi və Saatlı Rayon İcra Hakimiyyətinin başçısı ilə görüşməsi gözlənilir. Kürdəmirə getmək də səfirin planlarında idi, amma bu səfər təqvimdən çıxarılıb.
""", [
 ("Levent Aydemir", "PER", "səfir", "Türkiyə", ["Levent Aydemir", "Aydemir"]),
 ("Elşad Mustafazadə", "PER", "icra hakimiyyətinin başçısı", "Azərbaycan", ["Elşad Mustafazadə"]),
 ("Emre Şahin", "PER", "proqram koordinatoru", "Türkiyə Əməkdaşlıq və Koordinasiya Agentliyi", ["Emre Şahin"]),
 ("Türkiyə Əməkdaşlıq və Koordinasiya Agentliyi", "ORG", None, None, ["Türkiyə Əməkdaşlıq və Koordinasiya Agentliyinin", "TİKA", "TİKA-nın"]),
 ("Saatlı Rayon İcra Hakimiyyəti", "ORG", None, None, ["Saatlı Rayon İcra Hakimiyyətinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə", "Türkiyənin"]),
 ("Sabirabad", "LOC", None, None, ["Sabirabadda", "Sabirabad", "Sabirabada"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı"]),
 ("Kür çayı", "LOC", None, None, ["Kür"]),
 ("Araz çayı", "LOC", None, None, ["Araz"]),
 ("Bakı", "LOC", None, None, ["Bakı"]),
 ("Şirvan", "LOC", None, None, ["Şirvana"]),
 ("Şirvan Milli Parkı", "LOC", None, None, ["Şirvan Milli Parkına"]),
 ("Qax", "LOC", None, None, ["Qax"]),
 ("Saatlı", "LOC", None, None, ["Saatlıya"]),
 ("Kürdəmir", "LOC", None, None, ["Kürdəmirə"]),
], [
 E("VISIT", ["Levent Aydemir"], "Sabirabad", "2027-12-08", "happened", "Levent Aydemir bu gün Sabirabad",
   ["regional əməkdaşlıq"], date_text="bu gün"),
 E("MEET", ["Levent Aydemir", "Elşad Mustafazadə"], "Sabirabad", "2027-12-08", "happened", "Sabirabada gələn səfir əvvəlcə",
   ["pambıqçılıq"]),
 E("ATTEND", ["Levent Aydemir", "Emre Şahin"], "Sabirabad", "2027-12-08", "happened", "Açılışda səfirlə yanaşı",
   ["təhsil", "robototexnika"], event_name="robototexnika laboratoriyasının açılışı"),
 E("VISIT", ["Levent Aydemir"], "Şirvan", "2027-12-07", "happened", "Türk diplomat dünən Şirvana",
   ["ekologiya"], date_text="dünən"),
 E("VISIT", ["Levent Aydemir"], "Şirvan Milli Parkı", "2027-12-07", "happened", "Türk diplomat dünən Şirvana",
   ["ekologiya"], place="Şirvan Milli Parkı", date_text="dünən"),
 E("VISIT", ["Levent Aydemir"], "Qax", "2027-12", "happened", "Xatırladaq ki, Aydemir",
   ["regional əməkdaşlıq"], date_text="ötən həftənin sonunda"),
 E("VISIT", ["Levent Aydemir"], "Saatlı", "2027-12-09", "planned", "Səfirin cümə axşamı Saatlıya",
   ["regional əməkdaşlıq"], date_text="cümə axşamı"),
 E("MEET", ["Levent Aydemir", "Saatlı Rayon İcra Hakimiyyəti"], "Saatlı", "2027-12-09", "planned",
   "Səfirin cümə axşamı Saatlıya", ["regional əməkdaşlıq"], date_text="cümə axşamı"),
 E("VISIT", ["Levent Aydemir"], "Kürdəmir", None, "negated", "Kürdəmirə getmək də",
   ["regional əməkdaşlıq"]),
])

A("696_kengerli_maku_sahtaxti_apa.txt", "APA", """date 2027-03-04
Kəngərli ilə İranın Maku şəhəri qardaşlaşma memorandumu imzalayıb

Naxçıvan Muxtar Respublikası Nazirlər Kabinetinin sədri Taleh Cəfərli çərşənbə axşamı Kəngərli rayonundakı Şahtaxtı gömrük-keçid məntəqəsində İranın Maku Azad Zonasının sədri Məhəmməd Rza Nəvvabi ilə görüşüb.

APA-nın Naxçıvan müxbirinin məlumatına görə, görüşdən sonra Cəfərli sərhədi keçərək Maku şəhərinə gedib, azad zonanın sənaye sahəsində fəaliyyət göstərən Azərbaycan şirkətlərinin müəssisələrini gəzib.

Dünən Makuda Kəngərli rayonu ilə Maku şəhəri arasında qardaşlaşma haqqında memorandum imzalanıb. Sənədi Kəngərli Rayon İcra Hakimiyyətinin başçısı Ramin Əsgərov və Maku şəhərinin meri Bəhram Səidi imzalayıblar. Memorandum ticarət yarmarkalarının, idman yarışlarının və məktəblilər mübadiləsinin birgə təşkilini nəzərdə tutur. Mərasimdə Cəfərli və Nəvvabi də iştirak ediblər.

Cəfərlinin Makudan sonra Xoy şəhərinə də keçməsi gözlənilirdi, lakin bu səfər baş tutmayıb.

Nəvvabinin aprelin əvvəlində Naxçıvana cavab səfəri gözlənilir.
""", [
 ("Taleh Cəfərli", "PER", "sədr", "Naxçıvan Muxtar Respublikası Nazirlər Kabineti", ["Taleh Cəfərli", "Cəfərli", "Cəfərlinin"]),
 ("Məhəmməd Rza Nəvvabi", "PER", "sədr", "Maku Azad Zonası", ["Məhəmməd Rza Nəvvabi", "Nəvvabi", "Nəvvabinin"]),
 ("Ramin Əsgərov", "PER", "başçı", "Kəngərli Rayon İcra Hakimiyyəti", ["Ramin Əsgərov"]),
 ("Bəhram Səidi", "PER", "mer", "İran", ["Bəhram Səidi"]),
 ("Naxçıvan Muxtar Respublikası Nazirlər Kabineti", "ORG", None, None, ["Naxçıvan Muxtar Respublikası Nazirlər Kabinetinin"]),
 ("Maku Azad Zonası", "ORG", None, None, ["Maku Azad Zonasının"]),
 ("Kəngərli Rayon İcra Hakimiyyəti", "ORG", None, None, ["Kəngərli Rayon İcra Hakimiyyətinin"]),
 ("APA", "ORG", None, None, ["APA-nın"]),
 ("Kəngərli", "LOC", None, None, ["Kəngərli"]),
 ("İran", "LOC", None, None, ["İranın"]),
 ("Maku", "LOC", None, None, ["Maku", "Makuda", "Makudan"]),
 ("Şahtaxtı gömrük-keçid məntəqəsi", "LOC", None, None, ["Şahtaxtı gömrük-keçid məntəqəsində"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan", "Naxçıvana"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Xoy", "LOC", None, None, ["Xoy"]),
], [
 E("MEET", ["Taleh Cəfərli", "Məhəmməd Rza Nəvvabi"], "Şahtaxtı gömrük-keçid məntəqəsi", "2027-03-02", "happened",
   "Taleh Cəfərli çərşənbə axşamı", ["azad iqtisadi zona", "sərhəd keçidi"], date_text="çərşənbə axşamı"),
 E("VISIT", ["Taleh Cəfərli"], "Maku", "2027-03-02", "happened", "görüşdən sonra Cəfərli sərhədi",
   ["azad iqtisadi zona"], date_text="çərşənbə axşamı"),
 E("SIGN", ["Ramin Əsgərov", "Bəhram Səidi"], "Maku", "2027-03-03", "happened", "Dünən Makuda Kəngərli",
   ["qardaşlaşmış şəhərlər"], date_text="Dünən"),
 E("ATTEND", ["Taleh Cəfərli", "Məhəmməd Rza Nəvvabi"], "Maku", "2027-03-03", "happened", "Mərasimdə Cəfərli və Nəvvabi",
   ["qardaşlaşmış şəhərlər"], date_text="Dünən", event_name="memorandumun imza mərasimi"),
 E("VISIT", ["Taleh Cəfərli"], "Xoy", None, "negated", "Cəfərlinin Makudan sonra",
   ["regional əməkdaşlıq"]),
 E("VISIT", ["Məhəmməd Rza Nəvvabi"], "Naxçıvan", "2027-04", "planned", "Nəvvabinin aprelin əvvəlində",
   ["regional əməkdaşlıq"], date_text="aprelin əvvəlində"),
])

A("697_qardaslasmis_seherler_statistika_trend.txt", "trend.az", """date 2027-01-20
Azərbaycan şəhərlərinin qardaşlaşma coğrafiyası genişlənir

Ötən il ölkəmizin şəhər və rayonları xarici ölkələrin bələdiyyə və bölgələri ilə 14 yeni qardaşlaşma sənədi imzalayıb. Bununla da belə sənədlərin ümumi sayı 96-ya çatıb.

Trend-in İqtisadiyyat Nazirliyindən əldə etdiyi rəqəmlərə görə, qardaş şəhərlərin təxminən yarısı Türkiyənin payına düşür. Sıralamada ardınca Gürcüstan, Özbəkistan, Qazaxıstan və Rusiya gəlir; son iki ildə Macarıstan və İtaliya bələdiyyələri ilə də ilk sənədlər meydana çıxıb.

Qardaşlaşmış şəhərlərin sayına görə Gəncə öndədir, onu Şəki, Naxçıvan və Lənkəran izləyir. Qarabağ və Şərqi Zəngəzur rayonlarının da bu şəbəkəyə sürətlə qoşulduğu vurğulanır: Şuşa, Füzuli və Ağdam artıq on bir xarici şəhərlə bağlıdır.

Nazirliyin regional inkişaf şöbəsinin müdiri Gülnarə Əsgərova bildirib ki, sənədlərin çoxu kağız üzərində qalmır, gənclər mübadiləsi, sənətkarlıq yarmarkaları və birgə turizm marşrutları ilə real məzmun qazanır. Onun sözlərinə görə, cari ildə ən azı on yeni memorandumun imzalanması gözlənilir.

Ekspertlər isə hesab edir ki, qardaşlaşma əlaqələrinin iqtisadi səmərəsini ölçmək üçün vahid monitorinq sistemi yaradılmalıdır.
""", [
 ("Gülnarə Əsgərova", "PER", "şöbə müdiri", "İqtisadiyyat Nazirliyi", ["Gülnarə Əsgərova"]),
 ("İqtisadiyyat Nazirliyi", "ORG", None, None, ["İqtisadiyyat Nazirliyindən"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyənin"]),
 ("Gürcüstan", "LOC", None, None, ["Gürcüstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("İtaliya", "LOC", None, None, ["İtaliya"]),
 ("Gəncə", "LOC", None, None, ["Gəncə"]),
 ("Şəki", "LOC", None, None, ["Şəki"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvan"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəran"]),
 ("Qarabağ", "LOC", None, None, ["Qarabağ"]),
 ("Şərqi Zəngəzur", "LOC", None, None, ["Şərqi Zəngəzur"]),
 ("Şuşa", "LOC", None, None, ["Şuşa"]),
 ("Füzuli", "LOC", None, None, ["Füzuli"]),
 ("Ağdam", "LOC", None, None, ["Ağdam"]),
], [], topics=["qardaşlaşmış şəhərlər", "statistika"])
