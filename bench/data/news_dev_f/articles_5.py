SEKI_BODY = """Şəki Şəhər İcra Hakimiyyətinin başçısı Rasim Səlimov qonağı qəbul edərək bölgənin turizm potensialı, ipəkçilik ənənələrinin bərpası və şəhərin tarixi hissəsində aparılan bərpa işləri barədə məlumat verib. Rasim Səlimov italyan bərpaçıların Şəki Xan Sarayının divar rəsmlərinin konservasiyası zamanı göstərdiyi köməyi minnətdarlıqla xatırlayıb. İcra başçısı ötən il şəhərə gələn xarici turistlərin sayının otuz faiz artdığını da qeyd edib.

Səfir Stefano Rikkardi İtaliyanın Azərbaycanın mədəni irsinin qorunmasına dəstəyini davam etdirəcəyini bildirib. O, Şəki ilə İtaliyanın Komo şəhəri arasında ipək istehsalı sahəsində əlaqələrin qurulması, iki şəhərin sənətkarlarının birgə sərgisinin təşkili təşəbbüsünü irəli sürüb. Diplomat italyan turizm şirkətlərinin Şəkini Qafqaz marşrutlarına daxil etməkdə maraqlı olduğunu deyib.

"Şəki İtaliyanın qədim ipək şəhərlərini xatırladır. Burada hər küçə, hər divar tarixdən danışır. Əminəm ki, italyan turistlər bu şəhəri daha yaxından tanıdıqca Şəkiyə axın artacaq", – deyə səfir jurnalistlərə açıqlamasında bildirib. Rikkardi həmçinin Venesiya Memarlıq Universitetinin tələbələri üçün Şəkidə yay praktikası təşkil etmək niyyətində olduqlarını deyib.

Səfəri çərçivəsində səfir UNESCO-nun Ümumdünya İrs Siyahısına daxil edilmiş Şəki Xan Sarayını və Yuxarı Karvansaranı ziyarət edib. Qonağa sarayın tarixi, şəbəkə sənətinin incəlikləri və XVIII əsr memarlığının xüsusiyyətləri haqqında ətraflı məlumat verilib.

Qonağın bu gün Qəbələ rayonuna keçəcəyi, orada Qəbələ Rayon İcra Hakimiyyətinin başçısı ilə görüşəcəyi bildirilib.
"""

def seki_ents(extra, drop=()):
    return [(c, t, r, a, [f for f in fs if f not in drop]) for c, t, r, a, fs in [
 ("Stefano Rikkardi", "PER", "səfir", "İtaliya", ["Stefano Rikkardi", "Rikkardi"]),
 ("Rasim Səlimov", "PER", "icra hakimiyyətinin başçısı", "Şəki Şəhər İcra Hakimiyyəti", ["Rasim Səlimov"]),
 ("Şəki Şəhər İcra Hakimiyyəti", "ORG", None, None, ["Şəki Şəhər İcra Hakimiyyətinin"]),
 ("Qəbələ Rayon İcra Hakimiyyəti", "ORG", None, None, ["Qəbələ Rayon İcra Hakimiyyətinin"]),
 ("UNESCO", "ORG", None, None, ["UNESCO-nun"]),
 ("Report", "ORG", None, None, ["Report-un", "Report-a"]),
 ("Şəki", "LOC", None, None, ["Şəkidə", "Şəki", "Şəkiyə", "Şəkini"]),
 ("İtaliya", "LOC", None, None, ["İtaliya", "İtaliyanın"]),
 ("Azərbaycan", "LOC", None, None, ["Azərbaycandakı", "Azərbaycanın"]),
 ("Şəki Xan Sarayı", "LOC", None, None, ["Şəki Xan Sarayında", "Şəki Xan Sarayını", "Şəki Xan Sarayının"]),
 ("Komo", "LOC", None, None, ["Komo"]),
 ("Venesiya Memarlıq Universiteti", "ORG", None, None, ["Venesiya Memarlıq Universitetinin"]),
 ("Qafqaz", "LOC", None, None, ["Qafqaz"]),
 ("Yuxarı Karvansara", "LOC", None, None, ["Yuxarı Karvansaranı"]),
 ("Qəbələ", "LOC", None, None, ["Qəbələ"]),
]] + extra

def seki_evs(lead, same=None):
    kw = {"same_as": same} if same else {}
    return [
 E("VISIT", ["Stefano Rikkardi"], "Şəki", "2026-02-16", "happened", lead, ["mədəni irs", "turizm"], date_text="bazar ertəsi", **kw),
 E("MEET", ["Rasim Səlimov", "Stefano Rikkardi"], "Şəki", None, "happened", "Şəki Şəhər İcra Hakimiyyətinin başçısı Rasim",
   ["turizm", "mədəni irs", "ipəkçilik"], host="Rasim Səlimov", **kw),
 E("VISIT", ["Stefano Rikkardi"], "Şəki Xan Sarayı", None, "happened", "Səfəri çərçivəsində səfir UNESCO",
   ["mədəni irs"], place="Şəki Xan Sarayı", **kw),
 E("VISIT", ["Stefano Rikkardi"], "Yuxarı Karvansara", None, "happened", "Səfəri çərçivəsində səfir UNESCO",
   ["mədəni irs"], place="Yuxarı Karvansara", **kw),
 E("VISIT", ["Stefano Rikkardi"], "Qəbələ", "2026-02-18", "planned", "Qonağın bu gün Qəbələ",
   ["turizm"], date_text="bu gün", **kw),
 E("MEET", ["Stefano Rikkardi", "Qəbələ Rayon İcra Hakimiyyəti"], "Qəbələ", "2026-02-18", "planned", "Qonağın bu gün Qəbələ",
   ["turizm"], date_text="bu gün", **kw),
]

A("155_rikkardi_seki_report.txt", "report.az", """date 2026-02-18
İtaliya səfiri Şəkidə bərpa işləri ilə maraqlanıb

İtaliyanın Azərbaycandakı səfiri Stefano Rikkardi işgüzar səfərlə Şəkidə olub. Report-un bölgə müxbirinin məlumatına görə, səfir bazar ertəsi şəhərə gəlib.

""" + SEKI_BODY, seki_ents([], drop=("Report-a", "Şəki Xan Sarayında")), seki_evs("İtaliyanın Azərbaycandakı səfiri Stefano Rikkardi işgüzar"))

A("156_rikkardi_seki_qafqazinfo.txt", "qafqazinfo.az", """date 2026-02-18
İtaliyalı diplomat Şəki Xan Sarayında olub

Qafqazinfo Report-a istinadən xəbər verir ki, İtaliyanın Azərbaycandakı səfiri Stefano Rikkardi bazar ertəsi Şəkiyə işgüzar səfərə gəlib.

""" + SEKI_BODY, seki_ents([("Qafqazinfo", "ORG", None, None, ["Qafqazinfo"])], drop=("Report-un", "Şəkidə", "İtaliya")),
  seki_evs("Qafqazinfo Report-a istinadən", same="155_rikkardi_seki_report.txt"),
  duplicate_of="155_rikkardi_seki_report.txt")
