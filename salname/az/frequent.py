"""The commonest Azerbaijani word forms, written out by hand.

The word lists the lexicon is built from say which forms exist, not how often they are used, and
a user's archive may still be small. Where two spellings are both words ("de" the verb root and
"də" the particle, "en" width and "ən" most, "adi" ordinary and "adı" its name), the corrector
needs to know which one running text is full of. These are the function words, pronouns,
postpositions and everyday forms of news prose; each stands for a form seen very often.
"""

from __future__ import annotations

from salname.az.alphabet import az_lower

# One string per group, split on whitespace: easier to read and to extend than a long tuple.
_GROUPS = """
    və ilə də da ki üçün görə isə həm həmçinin amma ancaq lakin yəni hətta çünki əgər yaxud və ya
    bu o bunlar onlar bunu onu bunun onun bunda onda bundan ondan buna ona bununla onunla
    onların bunların onları bunları onlara onlardan onlarla özü özünü özünün özünə öz özləri
    biz siz mən sən bizim sizin mənim sənin bizə sizə mənə bizi sizi məni
    hər heç bəzi bütün digər başqa həmin belə elə necə nə niyə harada hansı kim kimi qədər
    çox az daha ən artıq hələ yenə yalnız təkcə həm də bir iki üç dörd beş altı yeddi səkkiz doqquz on
    yüz min milyon milyard birinci ikinci üçüncü ilk son sonra əvvəl öncə indi bu gün dünən sabah
    arasında arasındakı barədə haqqında üzrə tərəfindən ərzində əsasında nəticəsində zamanı vaxtı
    üzərində qarşı qarşısında sonrakı əvvəlki qeyd etdi edib edir edilib edilir olunub olunur
    olan olub olur oldu olaraq olmaq olduğu olduğunu olmuşdur olacaq olmayan deyil var yox
    bildirib bildirdi deyib dedi söyləyib vurğulayıb qeyd görüş görüşdə görüşüb keçirilib
    Azərbaycan Azərbaycanın Azərbaycana Azərbaycanda Azərbaycanla Respublikası Respublikasının
    Bakı Bakıda Bakıya Prezident Prezidenti Prezidentinin ölkə ölkələr ölkələri ölkələrin ölkəmiz
    dövlət dövlətin dövləti hökumət hökumətin hökuməti millət milli məclis Məclisin sədri
    iş işi işləri işlər əlaqə əlaqələr əlaqələri əməkdaşlıq əməkdaşlığın sahə sahəsində sahələrdə
    il ildə ilin illər ay gün həftə saat dəqiqə zaman vaxt şəhər şəhəri şəhərində kənd rayon
    böyük kiçik yeni köhnə yaxşı pis uzun qısa yüksək aşağı əsas mühüm vacib əhəmiyyətli
    xüsusi ümumi müxtəlif eyni tam yaxın uzaq sağ sol üst alt ön arxa içində xaricində
    mövzu məsələ məsələləri məsələlər fikir fikrini söz sözü adı adını adına adlı
    kişi qadın uşaq insan insanlar xalq xalqı xalqın ailə dost
    heyət heyəti heyətin heyətinin heyətini heyətinə heyətində heyətindən heyətə heyətdə heyətlə
    heyətləri heyətlərinin nümayəndə nümayəndəsi nümayəndələri səfər səfəri səfərə səfərdə səfərində
    üz üzə göz əl əldə ayaq baş başa başqa ürək su yer yerə yerdə yeri ev evdə
"""

FREQUENT: frozenset[str] = frozenset(az_lower(w) for w in _GROUPS.split())


def is_frequent(low: str) -> bool:
    """Whether the lower-case form ``low`` is one of the commonest forms."""
    return low in FREQUENT


# Words that are also one of the commonest forms typed without its letters, and far rarer than it in
# news: "de" (say!) for "də", "en" (width) for "ən", "uc" (tip) for "üç". Only these are put right
# although the word checker accepts them; "adi" (ordinary) and "on" (ten) are common in their own right.
PLAIN_TWINS: dict[str, str] = {
    "de": "də", "en": "ən", "uc": "üç", "ucun": "üçün", "kisi": "kişi", "bele": "belə", "hem": "həm",
    "cox": "çox", "gore": "görə", "ise": "isə", "ile": "ilə", "ve": "və",
}


def plain_twin(low: str) -> str | None:
    """The common word a plain-typed word of the language most likely stands for, or None."""
    return PLAIN_TWINS.get(low)
