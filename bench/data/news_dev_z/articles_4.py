A("721_kazimli_telefon_danisiqlari_biskek_seferi_oxu.txt", "oxu.az", """date 2027-03-30
Ruslan Kazımlı üç həmkarı ilə telefonla danışıb, Bişkek səfəri razılaşdırılıb

OXU.AZ
Xəbər lenti | Siyasət | Hadisə | Texnologiya | Kulinariya | Avto
30 mart 2027, 17:22 | Siyasət
Ruslan Kazımlı üç həmkarı ilə telefonla danışıb, Bişkek səfəri razılaşdırılıb

Xarici işlər naziri Ruslan Kazımlı dünən Qırğızıstanın xarici işlər naziri Aybek Toktomuşev və Səudiyyə Ərəbistanının xarici işlər naziri Nasir əl-Qəhtani ilə telefon danışıqları aparıb.

Oxu.az-ın XİN-dən əldə etdiyi məlumata görə, qırğız həmkarı ilə söhbətdə nazirin aprelin 5-də Bişkekə səfəri razılaşdırılıb. Səfər zamanı Ruslan Kazımlının Qırğızıstan Prezidenti Talant Sadırov tərəfindən qəbul olunması, həmçinin hökumətlərarası komissiyanın qırğız tərəfdən həmsədri ilə görüşməsi gözlənilir.

Nasir əl-Qəhtani isə aprelin ortasında Bakıya rəsmi səfər edəcəyini bildirib. Səudiyyəli nazir Bakıda Azərbaycan–Səudiyyə Ərəbistanı Hökumətlərarası Komissiyasının növbəti iclasında da iştirak edəcək.

Bu gün isə Kazımlı Estoniyanın xarici işlər naziri Marqus Tamm ilə telefonla danışıb, tərəflər Tallində keçiriləcək rəqəmsal idarəetmə forumunda Azərbaycanın təmsilçiliyini müzakirə ediblər. Qeyd edək ki, nazirin Estoniyaya martın sonuna nəzərdə tutulan səfəri təqvimlərin uyğun gəlməməsi səbəbindən baş tutmayıb.

Teqlər: XİN, telefon danışığı, Qırğızıstan
Oxşar xəbərlər
Lənkəranda çay festivalına hazırlıq başlayıb
Qəbələdə turizm mövsümü açılır
OXU.AZ | 2007–2027
""", [
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", "Xarici İşlər Nazirliyi", ["Ruslan Kazımlı", "Ruslan Kazımlının", "Kazımlı"]),
 ("Aybek Toktomuşev", "PER", "xarici işlər naziri", "Qırğızıstan", ["Aybek Toktomuşev"]),
 ("Nasir əl-Qəhtani", "PER", "xarici işlər naziri", "Səudiyyə Ərəbistanı", ["Nasir əl-Qəhtani"]),
 ("Talant Sadırov", "PER", "Prezident", "Qırğızıstan", ["Talant Sadırov"]),
 ("Marqus Tamm", "PER", "xarici işlər naziri", "Estoniya", ["Marqus Tamm"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN-dən", "XİN"]),
 ("Oxu.az", "ORG", None, None, ["OXU.AZ", "Oxu.az-ın"]),
 ("Bişkek", "LOC", None, None, ["Bişkek", "Bişkekə"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstan"]),
 ("Səudiyyə Ərəbistanı", "LOC", None, None, ["Səudiyyə Ərəbistanının", "Səudiyyə Ərəbistanı"]),
 ("Bakı", "LOC", None, None, ["Bakıya", "Bakıda"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Estoniya", "LOC", None, None, ["Estoniyanın", "Estoniyaya"]),
 ("Tallin", "LOC", None, None, ["Tallində"]),
 ("Lənkəran", "LOC", None, None, ["Lənkəranda"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələdə"]),
], [
 E("CALL", ["Ruslan Kazımlı", "Aybek Toktomuşev"], None, "2027-03-29", "happened", "Xarici işlər naziri Ruslan Kazımlı dünən",
   ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("CALL", ["Ruslan Kazımlı", "Nasir əl-Qəhtani"], None, "2027-03-29", "happened", "Xarici işlər naziri Ruslan Kazımlı dünən",
   ["ikitərəfli münasibətlər"], date_text="dünən"),
 E("VISIT", ["Ruslan Kazımlı"], "Bişkek", "2027-04-05", "planned", "nazirin aprelin 5-də Bişkekə",
   ["ikitərəfli münasibətlər"], date_text="aprelin 5-də"),
 E("MEET", ["Ruslan Kazımlı", "Talant Sadırov"], "Bişkek", "2027-04-05", "planned", "Səfər zamanı Ruslan",
   ["ikitərəfli münasibətlər"], host="Talant Sadırov"),
 E("VISIT", ["Nasir əl-Qəhtani"], "Bakı", "2027-04", "planned", "Nasir əl-Qəhtani isə aprelin",
   ["ikitərəfli münasibətlər"], date_text="aprelin ortasında"),
 E("ATTEND", ["Nasir əl-Qəhtani"], "Bakı", "2027-04", "planned", "Səudiyyəli nazir Bakıda",
   ["hökumətlərarası komissiya"], event_name="Azərbaycan–Səudiyyə Ərəbistanı Hökumətlərarası Komissiyasının iclası"),
 E("CALL", ["Ruslan Kazımlı", "Marqus Tamm"], None, "2027-03-30", "happened", "Bu gün isə Kazımlı",
   ["rəqəmsal idarəetmə"], date_text="Bu gün"),
 E("VISIT", ["Ruslan Kazımlı"], "Estoniya", "2027-03", "negated", "nazirin Estoniyaya martın sonuna",
   ["ikitərəfli münasibətlər"], date_text="martın sonuna"),
])

A("722_xezeryani_nazirler_gorusu_baki_apa.txt", "APA", """date 2027-08-24
Bakıda Xəzəryanı dövlətlərin xarici işlər nazirləri bir araya gəlib

Rusiya, İran, Qazaxıstan və Türkmənistanın xarici işlər nazirləri – Nikolay Belov, Məhəmmədhüseyn Nəcəfi, Daulet Abenov və Begenç Orazov bazar günü axşam Bakıya gəliblər.

Dünən paytaxtda Xəzəryanı beş dövlətin diplomatiya rəhbərlərinin növbəti toplantısı keçirilib. Toplantıya ev sahibi kimi xarici işlər naziri Ruslan Kazımlı sədrlik edib.

APA-ya daxil olan məlumata əsasən, nazirlərin toplantısından əvvəl Prezident Teymur Səlimov qonaqları qəbul edib.

Gündəlikdə 2018-ci ildə Aktauda imzalanmış Konvensiyanın müddəalarının həyata keçirilməsi, dənizin çirklənmədən qorunması və nərə balıqlarının ovuna moratoriumun uzadılması olub. Toplantının yekununda beş nazir Xəzərdə nəqliyyat əlaqələrinin inkişafına dair birgə kommünike imzalayıb.

Həmin gün Kazımlı iranlı həmkarı ilə ayrıca görüşüb. Xəzəryanı dövlətlərin VII Zirvə görüşünün 2028-ci ildə Tehranda keçirilməsi razılaşdırılıb.

Qonaqların əksəriyyəti bu gün Bakıdan ayrılıb, Daulet Abenov isə Naxçıvana yollanıb. Orada onu muxtar respublikanın parlamenti olan Ali Məclisin Sədri Səbuhi Nağıyev qəbul edəcək.
""", [
 ("Nikolay Belov", "PER", "xarici işlər naziri", "Rusiya", ["Nikolay Belov"]),
 ("Məhəmmədhüseyn Nəcəfi", "PER", "xarici işlər naziri", "İran", ["Məhəmmədhüseyn Nəcəfi"]),
 ("Daulet Abenov", "PER", "xarici işlər naziri", "Qazaxıstan", ["Daulet Abenov"]),
 ("Begenç Orazov", "PER", "xarici işlər naziri", "Türkmənistan", ["Begenç Orazov"]),
 ("Ruslan Kazımlı", "PER", "xarici işlər naziri", None, ["Ruslan Kazımlı", "Kazımlı"]),
 ("Teymur Səlimov", "PER", "Prezident", None, ["Teymur Səlimov"]),
 ("Səbuhi Nağıyev", "PER", "sədr", "Naxçıvan Muxtar Respublikası Ali Məclisi", ["Səbuhi Nağıyev"]),
 ("Naxçıvan Muxtar Respublikası Ali Məclisi", "ORG", None, None, ["Ali Məclisin"]),
 ("APA", "ORG", None, None, ["APA-ya"]),
 ("Bakı", "LOC", None, None, ["Bakıda", "Bakıya", "Bakıdan"]),
 ("Rusiya", "LOC", None, None, ["Rusiya"]),
 ("İran", "LOC", None, None, ["İran"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistanın"]),
 ("Aktau", "LOC", None, None, ["Aktauda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzərdə"]),
 ("Tehran", "LOC", None, None, ["Tehranda"]),
 ("Naxçıvan", "LOC", None, None, ["Naxçıvana"]),
], [
 E("VISIT", ["Nikolay Belov"], "Bakı", "2027-08-22", "happened", "bazar günü axşam Bakıya",
   ["Xəzər əməkdaşlığı"], date_text="bazar günü axşam"),
 E("VISIT", ["Məhəmmədhüseyn Nəcəfi"], "Bakı", "2027-08-22", "happened", "bazar günü axşam Bakıya",
   ["Xəzər əməkdaşlığı"], date_text="bazar günü axşam"),
 E("VISIT", ["Daulet Abenov"], "Bakı", "2027-08-22", "happened", "bazar günü axşam Bakıya",
   ["Xəzər əməkdaşlığı"], date_text="bazar günü axşam"),
 E("VISIT", ["Begenç Orazov"], "Bakı", "2027-08-22", "happened", "bazar günü axşam Bakıya",
   ["Xəzər əməkdaşlığı"], date_text="bazar günü axşam"),
 E("MEET", ["Ruslan Kazımlı", "Nikolay Belov", "Məhəmmədhüseyn Nəcəfi", "Daulet Abenov", "Begenç Orazov"], "Bakı",
   "2027-08-23", "happened", "Dünən paytaxtda Xəzəryanı",
   ["Xəzər Konvensiyası", "ekologiya", "nərə balıqları"], host="Ruslan Kazımlı", date_text="Dünən"),
 E("MEET", ["Teymur Səlimov", "Nikolay Belov", "Məhəmmədhüseyn Nəcəfi", "Daulet Abenov", "Begenç Orazov"], None,
   "2027-08-23", "happened", "nazirlərin toplantısından əvvəl Prezident", ["Xəzər əməkdaşlığı"], host="Teymur Səlimov",
   date_text="nazirlərin toplantısından əvvəl"),
 E("SIGN", ["Ruslan Kazımlı", "Nikolay Belov", "Məhəmmədhüseyn Nəcəfi", "Daulet Abenov", "Begenç Orazov"], "Bakı",
   "2027-08-23", "happened", "Toplantının yekununda beş nazir", ["Xəzərdə nəqliyyat"]),
 E("MEET", ["Ruslan Kazımlı", "Məhəmmədhüseyn Nəcəfi"], None, "2027-08-23", "happened", "Həmin gün Kazımlı iranlı",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
 E("VISIT", ["Daulet Abenov"], "Naxçıvan", "2027-08-24", "happened", "Daulet Abenov isə Naxçıvana",
   ["ikitərəfli münasibətlər"], date_text="bu gün"),
 E("MEET", ["Daulet Abenov", "Səbuhi Nağıyev"], "Naxçıvan", "2027-08-24", "planned", "Orada onu muxtar",
   ["ikitərəfli münasibətlər"], host="Səbuhi Nağıyev"),
])

A("723_xin_bmt_qetnamesi_trend.txt", "trend.az", """date 2027-12-14
XİN: BMT Baş Assambleyasının qəbul etdiyi qətnamə ölkəmizin təşəbbüsünə verilən dəstəkdir

Xarici İşlər Nazirliyinin mətbuat katibi Aydan Rüstəmova BMT Baş Assambleyasının dünən qəbul etdiyi "Minasız gələcək naminə beynəlxalq əməkdaşlıq" adlı qətnamə ilə bağlı Trend-in sualını cavablandırıb.

Rüstəmova bildirib ki, sənədin lehinə 151 dövlət səs verib, onun həmmüəllifləri sırasında Türkiyə, Pakistan, Qazaxıstan və Macarıstan da yer alıb. Əleyhinə səs verən olmayıb, 14 ölkə bitərəf qalıb.

Mətbuat katibinin sözlərinə görə, qətnamə 2025-ci ildə Azərbaycanın BMT-də irəli sürdüyü təşəbbüsün məntiqi davamıdır və minalardan təmizləmə işlərinə beynəlxalq maliyyənin cəlb olunması üçün yeni imkanlar açır.

Rüstəmova xatırladıb ki, 2026-cı ildə ölkəmizdə 300 kvadratkilometrdən çox ərazi minalardan təmizlənib, bu işlərdə ANAMA ilə yanaşı 12 xarici tərəfdaş təşkilat iştirak edib.

Gələn il BMT-nin Nyu-Yorkdakı mənzil-qərargahında bu mövzuda yüksək səviyyəli tədbirin keçirilməsi nəzərdə tutulur. Tədbirin təşkilində Azərbaycanın da fəal rol oynayacağı gözlənilir.
""", [
 ("Aydan Rüstəmova", "PER", "mətbuat katibi", "Xarici İşlər Nazirliyi", ["Aydan Rüstəmova", "Rüstəmova"]),
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["XİN", "Xarici İşlər Nazirliyinin"]),
 ("Birləşmiş Millətlər Təşkilatının Baş Assambleyası", "ORG", None, None, ["BMT Baş Assambleyasının"]),
 ("Birləşmiş Millətlər Təşkilatı", "ORG", None, None, ["BMT-də", "BMT-nin"]),
 ("Azərbaycan Respublikası Minadan Təmizləmə Agentliyi", "ORG", None, None, ["ANAMA"]),
 ("Trend", "ORG", None, None, ["Trend-in"]),
 ("Türkiyə", "LOC", None, None, ["Türkiyə"]),
 ("Pakistan", "LOC", None, None, ["Pakistan"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Macarıstan", "LOC", None, None, ["Macarıstan"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Nyu-York", "LOC", None, None, ["Nyu-Yorkdakı"]),
], [], topics=["BMT qətnaməsi", "minalardan təmizləmə"])

A("724_diplomatik_numayendelikler_statistika_oxu.txt", "oxu.az", """date 2027-12-28
Azərbaycanın xaricdəki diplomatik nümayəndəliklərinin sayı 110-a çatıb

Cari ildə Azərbaycanın xarici ölkələrdə və beynəlxalq təşkilatlar yanında fəaliyyət göstərən diplomatik nümayəndəliklərinin sayı 110-a çatıb. Bu barədə Oxu.az-a Xarici İşlər Nazirliyindən məlumat verilib.

İl ərzində Afrikada – Keniya, Qana və Seneqalda, eləcə də Latın Amerikasında – Kolumbiya və Perudə yeni səfirliklər açılıb. Bundan başqa, Monqolustanın paytaxtında Azərbaycanın səfirliyi fəaliyyətə başlayıb.

Nazirliyin məlumatına əsasən, 2027-ci ildə 23 xarici ölkənin yeni səfiri ölkəmizdə işə başlayıb, Bakıda akkreditə olunmuş diplomatik korpusun sayı isə 80-i ötüb. Onlardan 9-u qeyri-rezident səfirlərdir.

Xarici İşlər Nazirliyi 2028-ci ildə Cənub-Şərqi Asiyada və Okeaniyada daha dörd səfirlik açmağı planlaşdırır. Bundan əlavə, gələn ilin əvvəlində nazirlikdə gənc diplomatlar üçün yeni təlim mərkəzinin açılışı gözlənilir.

Qeyd edək ki, ADA Universitetinin beynəlxalq münasibətlər fakültəsinin son beş ildəki məzunlarının təxminən 40 faizi hazırda diplomatik xidmətdə, o cümlədən xarici nümayəndəliklərdə çalışır.
""", [
 ("Xarici İşlər Nazirliyi", "ORG", None, None, ["Xarici İşlər Nazirliyindən", "Xarici İşlər Nazirliyi"]),
 ("ADA Universiteti", "ORG", None, None, ["ADA Universitetinin"]),
 ("Oxu.az", "ORG", None, None, ["Oxu.az-a"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Afrika", "LOC", None, None, ["Afrikada"]),
 ("Keniya", "LOC", None, None, ["Keniya"]),
 ("Qana", "LOC", None, None, ["Qana"]),
 ("Seneqal", "LOC", None, None, ["Seneqalda"]),
 ("Latın Amerikası", "LOC", None, None, ["Latın Amerikasında"]),
 ("Kolumbiya", "LOC", None, None, ["Kolumbiya"]),
 ("Peru", "LOC", None, None, ["Perudə"]),
 ("Monqolustan", "LOC", None, None, ["Monqolustanın"]),
 ("Bakı", "LOC", None, None, ["Bakıda"]),
 ("Cənub-Şərqi Asiya", "LOC", None, None, ["Cənub-Şərqi Asiyada"]),
 ("Okeaniya", "LOC", None, None, ["Okeaniyada"]),
], [], topics=["diplomatik nümayəndəliklər", "statistika"])

A("725_selimov_nato_sammiti_tirana_report.txt", "report.az", """date 2027-06-17
Prezident Teymur Səlimov NATO-nun Tirana sammitində tərəfdaşlarla sessiyada çıxış edib

Albaniyanın paytaxtı Tiranada NATO-ya üzv dövlətlərin dövlət və hökumət başçılarının Zirvə görüşü çərçivəsində bu gün Alyansın tərəfdaşlarının iştirakı ilə sessiya keçirilib. Sessiyada Prezident Teymur Səlimov çıxış edib.

Report-un məlumatına görə, dövlətimizin başçısı Tiranaya çərşənbə axşamı gəlib və elə həmin gün şəhərin mərkəzindəki Skanderbeq meydanını ziyarət edərək Albaniyanın milli qəhrəmanının abidəsi önünə gül dəstəsi qoyub.

Sessiyanı NATO-nun Baş katibi Hendrik Vos açıb. Çıxışında Teymur Səlimov Azərbaycanın Alyansın sülhməramlı missiyalarına verdiyi töhfədən, enerji təhlükəsizliyi sahəsində əməkdaşlığın əhəmiyyətindən danışıb.

Sessiyadan sonra Prezident Hendrik Vos ilə görüşüb.

Çərşənbə günü dövlətimizin başçısı Albaniyanın Baş naziri Ardian Leka tərəfindən qəbul olunub. Həmin gün Teymur Səlimov Polşa Prezidenti Yanuş Borkovski və İtaliyanın Baş naziri Culiya Romano ilə də görüşüb.

Prezidentin Kanadanın Baş naziri Mark Tibodo ilə görüşü də planlaşdırılırdı, ancaq tərəflərin qrafiklərindəki sıxlıq səbəbindən baş tutmayıb.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Hendrik Vos", "PER", "baş katib", "Şimali Atlantika Müqaviləsi Təşkilatı", ["Hendrik Vos"]),
 ("Ardian Leka", "PER", "baş nazir", "Albaniya", ["Ardian Leka"]),
 ("Yanuş Borkovski", "PER", "Prezident", "Polşa", ["Yanuş Borkovski"]),
 ("Culiya Romano", "PER", "baş nazir", "İtaliya", ["Culiya Romano"]),
 ("Mark Tibodo", "PER", "baş nazir", "Kanada", ["Mark Tibodo"]),
 ("Şimali Atlantika Müqaviləsi Təşkilatı", "ORG", None, None, ["NATO-nun", "NATO-ya", "Alyansın"]),
 ("Report", "ORG", None, None, ["Report-un"]),
 ("Tirana", "LOC", None, None, ["Tirana", "Tiranada", "Tiranaya"]),
 ("Skanderbeq meydanı", "LOC", None, None, ["Skanderbeq meydanını"]),
 ("Albaniya", "LOC", None, None, ["Albaniyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycanın"]),
 ("Polşa", "LOC", None, None, ["Polşa"]),
 ("İtaliya", "LOC", None, None, ["İtaliyanın"]),
 ("Kanada", "LOC", None, None, ["Kanadanın"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Tirana", "2027-06-17", "happened", "Sessiyada Prezident Teymur",
   ["sülhməramlı missiyalar", "enerji təhlükəsizliyi"], date_text="bu gün",
   event_name="NATO Zirvə görüşünün tərəfdaşlarla sessiyası"),
 E("VISIT", ["Teymur Səlimov"], "Tirana", "2027-06-15", "happened", "dövlətimizin başçısı Tiranaya",
   ["NATO ilə tərəfdaşlıq"], date_text="çərşənbə axşamı"),
 E("VISIT", ["Teymur Səlimov"], "Skanderbeq meydanı", "2027-06-15", "happened", "dövlətimizin başçısı Tiranaya",
   ["tarixi irs"], place="Skanderbeq meydanı", date_text="həmin gün"),
 E("ATTEND", ["Hendrik Vos"], "Tirana", "2027-06-17", "happened", "Sessiyanı NATO-nun Baş katibi",
   ["NATO ilə tərəfdaşlıq"], event_name="NATO Zirvə görüşünün tərəfdaşlarla sessiyası"),
 E("MEET", ["Teymur Səlimov", "Hendrik Vos"], "Tirana", "2027-06-17", "happened", "Sessiyadan sonra Prezident",
   ["NATO ilə tərəfdaşlıq"], date_text="Sessiyadan sonra"),
 E("MEET", ["Teymur Səlimov", "Ardian Leka"], "Tirana", "2027-06-16", "happened", "Çərşənbə günü dövlətimizin",
   ["ikitərəfli münasibətlər"], host="Ardian Leka", date_text="Çərşənbə günü"),
 E("MEET", ["Teymur Səlimov", "Yanuş Borkovski"], "Tirana", "2027-06-16", "happened", "Həmin gün Teymur Səlimov Polşa",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Culiya Romano"], "Tirana", "2027-06-16", "happened", "Həmin gün Teymur Səlimov Polşa",
   ["ikitərəfli münasibətlər"], date_text="Həmin gün"),
 E("MEET", ["Teymur Səlimov", "Mark Tibodo"], "Tirana", None, "negated", "Prezidentin Kanadanın Baş naziri",
   ["ikitərəfli münasibətlər"]),
])

A("726_mesveret_gorusu_colpon_ata_metbuat.txt", "metbuat.az", """date 2027-08-06
Çolpon-Atada Məşvərət Görüşü: Azərbaycan Prezidenti birgə bəyanatı imzalayıb

Bu gün Qırğızıstanın İssık-Kul vilayətindəki Çolpon-Ata şəhərində Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü keçirilib. Azərbaycanın tamhüquqlu iştirakçı kimi qatıldığı görüşdə Prezident Teymur Səlimov çıxış edib.

Metbuat.az-ın məlumatına görə, dövlətimizin başçısı dünən axşam Çolpon-Ataya gəlib.

Tədbirə ev sahibi ölkənin lideri, Qırğızıstan Prezidenti Talant Sadırov sədrlik edib. Görüşdə Qazaxıstan Prezidenti Nurlan Baymuxamedov, Özbəkistan Prezidenti Jasur Tursunov, Tacikistan Prezidenti Rüstəm Nazarzoda və Türkmənistan Prezidenti Aman Berdıyev də iştirak ediblər.

Görüşün yekununda dövlət başçıları regional təhlükəsizlik və su ehtiyatlarından səmərəli istifadəyə dair birgə bəyanat imzalayıb, ailə fotosu çəkdiriblər.

Məşvərət Görüşü çərçivəsində Teymur Səlimov türkmənistanlı həmkarı ilə təkbətək görüşüb, Xəzər dənizi vasitəsilə tranzit yükdaşımalarının artırılmasını müzakirə edib.

Növbəti Məşvərət Görüşünün 2028-ci ildə Türkmənistanda keçirilməsi qərara alınıb. Prezidentin sabah Bişkekə keçərək Qırğızıstanın rəhbərliyi ilə danışıqlar aparacağı gözlənilir.
""", [
 ("Teymur Səlimov", "PER", "Prezident", "Azərbaycan", ["Teymur Səlimov"]),
 ("Talant Sadırov", "PER", "Prezident", "Qırğızıstan", ["Talant Sadırov"]),
 ("Nurlan Baymuxamedov", "PER", "Prezident", "Qazaxıstan", ["Nurlan Baymuxamedov"]),
 ("Jasur Tursunov", "PER", "Prezident", "Özbəkistan", ["Jasur Tursunov"]),
 ("Rüstəm Nazarzoda", "PER", "Prezident", "Tacikistan", ["Rüstəm Nazarzoda"]),
 ("Aman Berdıyev", "PER", "Prezident", "Türkmənistan", ["Aman Berdıyev"]),
 ("Metbuat.az", "ORG", None, None, ["Metbuat.az-ın"]),
 ("Çolpon-Ata", "LOC", None, None, ["Çolpon-Atada", "Çolpon-Ata", "Çolpon-Ataya"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycan", "Azərbaycanın"]),
 ("Qırğızıstan", "LOC", None, None, ["Qırğızıstanın", "Qırğızıstan"]),
 ("İssık-Kul", "LOC", None, None, ["İssık-Kul"]),
 ("Mərkəzi Asiya", "LOC", None, None, ["Mərkəzi Asiya"]),
 ("Qazaxıstan", "LOC", None, None, ["Qazaxıstan"]),
 ("Özbəkistan", "LOC", None, None, ["Özbəkistan"]),
 ("Tacikistan", "LOC", None, None, ["Tacikistan"]),
 ("Türkmənistan", "LOC", None, None, ["Türkmənistan", "Türkmənistanda"]),
 ("Xəzər dənizi", "LOC", None, None, ["Xəzər dənizi"]),
 ("Bişkek", "LOC", None, None, ["Bişkekə"]),
], [
 E("ATTEND", ["Teymur Səlimov"], "Çolpon-Ata", "2027-08-06", "happened", "Azərbaycanın tamhüquqlu iştirakçı",
   ["regional əməkdaşlıq"], date_text="Bu gün", event_name="Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü"),
 E("VISIT", ["Teymur Səlimov"], "Çolpon-Ata", "2027-08-05", "happened", "dövlətimizin başçısı dünən axşam",
   ["regional əməkdaşlıq"], date_text="dünən axşam"),
 E("ATTEND", ["Talant Sadırov"], "Çolpon-Ata", "2027-08-06", "happened", "Tədbirə ev sahibi ölkənin",
   ["regional əməkdaşlıq"], event_name="Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü"),
 E("ATTEND", ["Nurlan Baymuxamedov"], "Çolpon-Ata", "2027-08-06", "happened", "Görüşdə Qazaxıstan Prezidenti",
   ["regional əməkdaşlıq"], event_name="Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü"),
 E("ATTEND", ["Jasur Tursunov"], "Çolpon-Ata", "2027-08-06", "happened", "Görüşdə Qazaxıstan Prezidenti",
   ["regional əməkdaşlıq"], event_name="Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü"),
 E("ATTEND", ["Rüstəm Nazarzoda"], "Çolpon-Ata", "2027-08-06", "happened", "Görüşdə Qazaxıstan Prezidenti",
   ["regional əməkdaşlıq"], event_name="Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü"),
 E("ATTEND", ["Aman Berdıyev"], "Çolpon-Ata", "2027-08-06", "happened", "Görüşdə Qazaxıstan Prezidenti",
   ["regional əməkdaşlıq"], event_name="Mərkəzi Asiya dövlət başçılarının VIII Məşvərət Görüşü"),
 E("SIGN", ["Teymur Səlimov", "Talant Sadırov", "Nurlan Baymuxamedov", "Jasur Tursunov", "Rüstəm Nazarzoda",
            "Aman Berdıyev"], "Çolpon-Ata", "2027-08-06", "happened", "Görüşün yekununda dövlət başçıları",
   ["regional təhlükəsizlik", "su ehtiyatları"]),
 E("MEET", ["Teymur Səlimov", "Aman Berdıyev"], "Çolpon-Ata", "2027-08-06", "happened", "Məşvərət Görüşü çərçivəsində",
   ["tranzit yükdaşımaları"]),
 E("VISIT", ["Teymur Səlimov"], "Bişkek", "2027-08-07", "planned", "Prezidentin sabah Bişkekə",
   ["ikitərəfli münasibətlər"], date_text="sabah"),
])
