"""Wording of the page furniture that Azerbaijani news sites leave in scraped text.

Data only: lower-case (Azerbaijani rules), matched as whole words by
``salname.clean.boilerplate``. Azerbaijani sites also print Russian and English
furniture, so those are listed too.
"""

from __future__ import annotations

# A line mentioning JavaScript is a script notice only when it also asks to enable it or says it is off.
SCRIPT_WORDS = ("javascript", "java script")
SCRIPT_ASK_WORDS = (
    # English
    "enable", "enabled", "disabled", "turn on", "switch on", "activate", "browser", "requires", "must",
    # Azerbaijani
    "aktivləşdirin", "aktivləşdirmək", "aktiv edin", "aktiv deyil", "qoşun", "işə salın", "söndürülüb",
    "deaktiv", "brauzer", "brauzerinizdə", "brauzerdə", "tələb olunur",
    # Russian
    "включите", "включить", "включен", "отключен", "отключён", "браузер", "браузере", "браузера",
)

COOKIE_WORDS = ("cookie", "cookies", "cookie-lər", "cookie-fayl", "kuki", "çərəz", "çərəzlər", "çərəzlərdən", "куки", "cookie-файлы", "файлы cookie")
COOKIE_ASK_WORDS = (
    "accept", "agree", "use", "uses", "using", "consent", "site", "website", "policy",
    "qəbul", "razılaşır", "razılaşırsınız", "istifadə", "sayt", "saytımız", "saytdan", "siyasət",
    "принять", "согласен", "соглашаетесь", "использует", "используем", "сайт", "сайта", "политик",
)

# "©", "(c)" and "copyright" count at the start of a line or before a year; these anywhere.
COPYRIGHT_PHRASES = (
    "all rights reserved",
    "bütün hüquqlar qorunur", "bütün hüquqlar qorunub", "müəllif hüquqları qorunur",
    "все права защищены",
)
# "Materiallardan istifadə edərkən istinad mütləqdir": a usage notice needs both halves.
CITATION_WORDS = ("istinad", "hiperlink", "hiperistinad", "ссылка", "гиперссылка", "link")
CITATION_DEMAND_WORDS = ("mütləqdir", "vacibdir", "zəruridir", "olunmalıdır", "məcburidir", "обязательна", "обязательно")

# A line made only of these (plus counts, times, separators) is navigation or sharing furniture.
NAVIGATION_PHRASES = (
    # sharing
    "paylaş", "paylaşın", "paylaşmaq", "bölüş", "facebook", "twitter", "x.com", "whatsapp", "telegram",
    "instagram", "youtube", "linkedin", "tiktok", "vkontakte", "vk", "odnoklassniki", "ok.ru", "email",
    "e-mail", "e-poçt", "messenger", "skype", "viber", "pinterest", "reddit", "tweet", "share",
    "поделиться", "поделитесь",
    # subscribing and following
    "abunə ol", "abunə olun", "abunə", "bizi izləyin", "bizi izlə", "izləyin", "kanalımıza qoşulun",
    "subscribe", "follow us", "подписаться", "подпишитесь", "подписывайтесь",
    # navigation
    "əsas səhifə", "ana səhifə", "baş səhifə", "xəbər lenti", "bütün xəbərlər", "arxiv", "geri", "irəli",
    "növbəti", "əvvəlki", "növbəti xəbər", "əvvəlki xəbər", "menyu", "axtar", "axtarış", "daxil ol",
    "qeydiyyat", "əlaqə", "haqqımızda", "home", "menu", "search", "next", "previous", "back",
    "главная", "лента новостей", "все новости", "назад", "далее", "поиск", "меню",
    # counters and actions
    "oxunub", "oxunma sayı", "baxış", "baxış sayı", "baxışların sayı", "baxılıb", "çap et", "çap",
    "şərh yaz", "şərh", "şərhlər", "şərh yazın", "ətraflı", "ətraflı oxu", "davamını oxu", "daha çox",
    "reklam", "reklam yeri", "sponsor", "print", "comments", "comment", "views", "read more",
    "advertisement", "просмотры", "просмотров", "печать", "комментарии", "подробнее", "реклама",
    "tags", "teqlər", "teq", "etiketlər", "mənbə", "foto", "video", "fotolar",
)

# The first link of a breadcrumb line ("Əsas səhifə / Siyasət").
HOME_PHRASES = ("əsas səhifə", "ana səhifə", "baş səhifə", "home", "главная", "xəbərlər", "news", "новости")

# Headings that open a block of links to other articles.
RELATED_HEADINGS = (
    "oxşar xəbərlər", "oxşar xəbər", "digər xəbərlər", "digər xəbər", "mövzu ilə bağlı", "mövzu ilə əlaqəli",
    "mövzuya aid", "mövzuya dair", "bu mövzuda", "son xəbərlər", "ən son xəbərlər", "ən çox oxunanlar",
    "ən çox oxunan", "ən çox oxunan xəbərlər", "çox oxunanlar", "həmçinin oxuyun", "həmçinin oxu",
    "həmçinin bax", "bunu da oxuyun", "bunlar da maraqlı ola bilər", "maraqlı ola bilər",
    "sizə maraqlı ola bilər", "bölmənin digər xəbərləri", "bölmədən digər xəbərlər", "gündəm",
    "günün xəbərləri", "günün önəmli xəbərləri", "xəbər lenti", "redaktor seçimi",
    "related news", "related articles", "related", "read also", "also read", "see also", "most read",
    "latest news", "more news", "you may also like",
    "читайте также", "похожие новости", "другие новости", "последние новости", "новости по теме",
    "самое читаемое", "лента новостей", "по теме",
)
