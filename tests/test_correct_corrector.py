"""The corrector: doubted words only, Azerbaijani sentences only, edits with reasons and confidence."""

from __future__ import annotations

import pytest

from salname.az.lexicon import NLTK, TESS, Lexicon
from salname.correct.candidates import CandidateIndex
from salname.correct.corrector import Corrector

WORDS = [
    "kitab", "kitablar", "kitabı", "məktəb", "məktəbdə", "qazaxıstan", "qazaxıstana", "danışıb", "danış",
    "qələbə", "qələbəsi", "iclas", "iclası", "rəsmi", "səfər", "səfəri", "görüş", "görüşüb", "və", "bu",
    "gün", "ilə", "müstəqil", "müstəqillik", "deputat", "deputatlar", "ifadə", "edib", "et", "getmək",
    "yanına", "yan",
]


def small_corrector(words: list[str], **kw) -> Corrector:
    """A corrector over a lexicon of ``words`` (both word lists hold them)."""
    lex = Lexicon()
    lex.add_words(words, NLTK)
    lex.add_words(words, TESS)
    lex._flag()
    return Corrector(lex, CandidateIndex.from_lexicon(lex), **kw)


@pytest.fixture(scope="module")
def corrector() -> Corrector:
    lex = Lexicon()
    lex.add_words(WORDS, NLTK)
    lex.add_words(WORDS, TESS)
    lex._flag()
    return Corrector(lex, CandidateIndex.from_lexicon(lex))


def test_lost_diacritics_and_slips_are_corrected_with_reasons(corrector):
    text = "Bu gün deputatlar kitablari və məktəbde iclasi danişib."
    out, edits, cmap = corrector.correct(text)
    assert out == "Bu gün deputatlar kitabları və məktəbdə iclası danışıb."
    assert [(e.original, e.replacement) for e in edits] == [
        ("kitablari", "kitabları"), ("məktəbde", "məktəbdə"), ("iclasi", "iclası"), ("danişib", "danışıb")]
    assert all(e.reason == "diacritics" and 0.5 <= e.confidence <= 1 for e in edits)
    for e in edits:
        assert text[e.start : e.end] == e.original
    k = out.index("danışıb")
    assert cmap.span_in(k, k + len("danışıb")) == (text.index("danişib"), text.index("danişib") + len("danişib"))


def test_names_only_get_lost_letters_back_and_only_into_a_country_name(corrector):
    out, edits, _ = corrector.correct("Deputat Qazaxistana rəsmi səfər edib. Görüşdə Safronov iştirak edib.")
    assert "Qazaxıstana" in out and "Safronov" in out  # an unknown name with no near form stays
    assert [e.replacement for e in edits][:1] == ["Qazaxıstana"]
    # "yanına" is a trusted word, but the town Yanina is not a typo of it
    assert corrector.correct("Deputat Yanina şəhərinə səfər edib.")[0] == "Deputat Yanina şəhərinə səfər edib."


def test_words_without_a_clear_fix_and_other_languages_are_left_alone(corrector):
    text = "Türkiye ile Azerbaycan arasındaki ilişkiler çok önemlidir, dedi Bakan."
    assert corrector.correct(text)[0] == text  # a Turkish sentence is not "corrected" into Azerbaijani
    for text in ("Bu gün 29-da TÜRKPA-nın iclası.", "Bu gün xyzqwv iclası."):
        out, edits, _ = corrector.correct(text)
        assert out == text and edits == []


def test_corpus_counts_tell_two_close_fixes_apart():
    lex = Lexicon()
    words = ["başlamışdır", "bağlamışdır", "bu", "gün", "iş"]
    lex.add_words(words, NLTK)
    lex.add_words(words, TESS)
    lex._flag()
    index = CandidateIndex.from_lexicon(lex)
    assert Corrector(lex, index).choose("baplamışdır") is None  # two fixes one edit away: leave it
    counts = {"başlamışdır": 40, "bağlamışdır": 1}
    choice = Corrector(lex, index, counts=lambda f: counts.get(f, 0)).choose("baplamışdır")
    assert choice is not None and choice.form == "başlamışdır"


def test_words_written_apart_are_joined_but_two_words_never_are():
    lex = Lexicon()
    words = ["bütövlüyünü", "bütövlüyü", "ərazi", "dəstəkləyir", "o", "da", "oda", "gəldi", "hər", "hansı",
             "hərhansı", "sürən", "danışıqlar", "iki", "ölkə", "arasında", "bu", "gün"]
    lex.add_words(words, NLTK)
    lex.add_words(words, TESS)
    lex._flag()
    index = CandidateIndex.from_lexicon(lex)
    text = "Ərazi bütövlüyü nü dəstəkləyir. O da gəldi, hər hansı sü rən danışıqlar. Bu gün ikiölkə arasında."
    out, edits, _ = Corrector(lex, index).correct(text)
    assert out == "Ərazi bütövlüyünü dəstəkləyir. O da gəldi, hər hansı sürən danışıqlar. Bu gün iki ölkə arasında."
    assert [(e.original, e.reason) for e in edits] == [("bütövlüyü nü", "join"), ("sü rən", "join"),
                                                       ("ikiölkə", "split")]
    assert 0.5 <= edits[-1].confidence < 1


def test_run_together_words_are_split_only_into_words_that_stand_alone():
    c = small_corrector(["bu", "sahə", "sahədə", "iş", "standart", "laşdıran", "məqsəd", "məqsədilə", "ilə",
                         "kanada", "kana", "da", "qərb", "ləşmə", "modernləş", "modernləşmək", "modernləşir",
                         "modernləşdi", "ən"])
    assert c.split("busahədə")[0] == "bu sahədə"
    # a derived word's tail, an enclitic, a bare verb root, a capitalised word: no split
    for word in ("standartlaşdıran", "məqsədilə", "qərbləşmə", "modernləşən", "Kanada"):
        assert c.split(word) is None, word


def test_halves_of_a_word_hyphenated_across_lines_are_left_alone(corrector):
    text = "Bu gün deputatlar kitab-\nlari və məktəbde iclasi danişib."
    out, edits, _ = corrector.correct(text)
    assert "kitab-\nlari" in out and "məktəbdə" in out
    assert all(e.original not in ("kitab", "lari") for e in edits)


def test_text_typed_without_azerbaijani_letters_gets_them_back_names_too(corrector):
    # not one ə, ı, ş, ç, ğ, ö, ü in six words: every word may have lost its letters, names included
    text = "Deputat Qazaxistan ile gorus kecirib, bu gun Qelebe haqqinda danisib."
    out, edits, _ = corrector.correct(text.replace("kecirib", "edib"))
    assert "Qazaxıstan ilə görüş edib, bu gün Qələbə" in out
    assert "danışıb" in out
    assert all(e.reason == "diacritics" for e in edits)
    # the same name in an ordinary sentence is left as it is: a name may be spelt any way
    plain = "Deputat Qelebe ilə görüşüb."
    assert corrector.correct(plain)[0] == plain


def test_a_word_the_grammar_reads_is_kept_in_stripped_text_when_its_twin_is_no_likelier():
    c = small_corrector(["ol", "olmaq", "öl", "ölmək", "ölür", "bu", "gün", "və", "ilə", "kitab", "kitabı", "iş"])
    out, _, _ = c.correct("Bu gun kitab ve is ile olur.")
    assert out == "Bu gün kitab və iş ilə olur."  # "olur" (ol + -ur, and a common form) is no "ölür"


def test_typed_without_diacritics_needs_enough_words_and_none_with_a_letter():
    from salname.az.tokenize import tokenize
    from salname.correct.corrector import typed_without_diacritics

    assert typed_without_diacritics(tokenize("Bu gun deputatlar Bakida gorus kecirib"))
    assert not typed_without_diacritics(tokenize("Bu gun deputatlar Bakıda gorus kecirib"))
    assert not typed_without_diacritics(tokenize("Bu gun deputatlar"))
    assert typed_without_diacritics(tokenize("Bu gun deputatlar"), min_words=3)


def test_a_name_is_put_right_into_the_name_its_own_article_writes():
    corrector = small_corrector(WORDS + ["qazaxıstanın", "parlamenti", "deputatları", "bakı", "arasında", "da",
                                         "gəlib", "amerika", "amerikan"])
    text = ("Deputat Qazaxistənən parlamenti ilə görüşüb. Deputatlar Qazaxıstan ilə Bakı arasında "
            "görüşüb. Bu gün Qazaxıstan deputatları da gəlib.")
    out, edits, _ = corrector.correct(text)
    assert "Deputat Qazaxıstanın parlamenti" in out  # "Qazaxıstan", written twice, inflected
    assert [e.original for e in edits] == ["Qazaxistənən"]
    # a name the article does not write stays as it is, and so does one it writes twice itself
    alone = "Deputat Qazaxistənən parlamenti ilə görüşüb."
    assert corrector.correct(alone)[0] == alone
    twice = "Deputat Amerikan ilə görüşüb. Amerikan deputatları. Amerika deputatları da gəlib."
    assert corrector.correct(twice)[0] == twice


def test_a_genitive_before_a_verb_that_takes_an_object_becomes_an_accusative():
    from salname.correct.context import genitive_before_verb

    known = {"təbrik", "çatdır", "çatdırmaq", "kamera", "gətir", "gətirmək", "söz", "de", "demək", "nazir"}.__contains__
    accepted = {"təbriklərini", "kameranı", "sözü"}.__contains__
    assert genitive_before_verb("təbriklərinin", "çatdırıb", known, accepted) == "təbriklərini"
    assert genitive_before_verb("sözün", "dedi", known, accepted) == "sözü"
    assert genitive_before_verb("kameranın", "gətirilib", known, accepted) is None  # a passive: no object
    assert genitive_before_verb("nazirin", "dediyi", known, accepted) is None  # a participle may follow one
    assert genitive_before_verb("Sözün", "dedi", known, accepted) is None  # a name is left alone


def test_a_country_opening_a_sentence_is_no_slip_of_a_word():
    c = small_corrector(["qanad", "qanada", "bu", "gün", "gəlib", "və", "deputat"])
    text = "Kanada deputatı bu gün gəlib."
    assert c.correct(text)[0] == text


def test_endings_standing_alone_and_surnames_opening_a_sentence_are_left_alone():
    c = small_corrector(["bu", "il", "ildə", "gün", "gəlib", "və", "deputat", "əliyev", "min", "ki", "edir"])
    for text in ("Deputat 2005 - ci ildə gəlib.", "Deputat bu gün gəlib, bu deputat dır.",
                 "Əliyeva bu gün gəlib."):
        assert c.correct(text)[0] == text, text
    from salname.az.names import looks_like_a_surname
    from salname.az.suffixes import is_loose_ending

    assert looks_like_a_surname("Əliyevanın") and looks_like_a_surname("Rəsulzadə")
    assert not looks_like_a_surname("əliyeva") and not looks_like_a_surname("Bakı")
    assert is_loose_ending("cu") and is_loose_ending("nın") and not is_loose_ending("bu")


def test_a_doubted_word_a_list_holds_weighs_its_own_listing_against_a_fix():
    lex = Lexicon()
    lex.add_words(["amerikan", "bu", "gün", "gəlib", "deputat"], NLTK)
    lex.add_words(["amerikan", "bu", "gün", "gəlib", "deputat", "amerika"], TESS)
    lex._flag()
    c = Corrector(lex, CandidateIndex.from_lexicon(lex))
    assert lex.trust("amerika") < lex.trust("amerikan")
    text = "Amerika deputatı bu gün gəlib."  # a tesseract-only form, doubted, but no typo for it
    assert c.correct(text)[0] == text


def test_a_capital_after_a_word_is_never_joined_as_an_ending():
    c = small_corrector(["kral", "kralı", "artıq", "bu", "gün", "gəlib"])
    assert c.join("Kral", "I") is None and c.join("kral", "ı") == "kralı"


def test_the_archive_s_word_pairs_choose_between_close_fixes():
    lex = Lexicon()
    words = ["başlamışdır", "bağlamışdır", "iclas", "müqavilə", "bu", "gün", "saat", "da", "on", "deputat"]
    lex.add_words(words, NLTK)
    lex.add_words(words, TESS)
    lex._flag()
    index = CandidateIndex.from_lexicon(lex)
    text = "Bu gün iclas baplamışdır, deputat müqavilə baplamışdır."
    plain = Corrector(lex, index).correct(text)[0]
    assert plain == text  # two fixes as close as can be: left alone
    seen = {("iclas", "başlamışdır"): 30, ("müqavilə", "bağlamışdır"): 30}
    c = Corrector(lex, index, pairs=lambda a, b: seen.get((a.lower(), b.lower()), 0))
    assert c.correct(text)[0] == "Bu gün iclas başlamışdır, deputat müqavilə bağlamışdır."


def test_a_plain_typed_sentence_a_model_takes_for_another_language_is_corrected_when_its_words_are_ours():
    c = small_corrector(["ilk", "mağazası", "ildə", "müəllim", "və", "ilə", "yazıçı", "tərəfindən", "açılmışdır"])
    text = "Ilk Starbucks magazasi 1971-ci ilde muellim Jerry Baldvin ve Zev Siegel ile yazici Gordon Bovker terefinden acilmisdir."
    out = c.correct(text)[0]
    assert "mağazası 1971-ci ildə müəllim" in out and "açılmışdır" in out
    english = "The minister said the talks in Baku were very productive and useful."
    assert c.correct(english)[0] == english


def test_a_word_that_is_a_common_one_typed_plain_is_put_right_but_not_inside_a_name():
    c = small_corrector(["de", "demək", "də", "ən", "en", "bu", "gün", "deputat", "gəlib", "böyük", "iclas"])
    out, edits, _ = c.correct("Deputat de bu gün gəlib, en böyük iclas.")
    assert out == "Deputat də bu gün gəlib, ən böyük iclas."
    assert {(e.original, e.replacement, e.reason) for e in edits} == {("de", "də", "diacritics"), ("en", "ən", "diacritics")}
    text = "Katib Yaap de Hoop Sxeffer bu gün gəlib."  # a particle of a name
    assert c.correct(text)[0] == text


def test_a_relational_noun_after_a_possessor_takes_the_possessive():
    from salname.correct.context import possessed_after_possessor

    known = {"istiqamət", "çərçivə", "genişlən", "genişlənmək", "saziş", "bu", "yeni"}.__contains__
    accepted = {"istiqamətində", "çərçivəsində"}.__contains__
    assert possessed_after_possessor("genişlənməsi", "istiqamətdə", known, accepted) == "istiqamətində"
    assert possessed_after_possessor("sazişin", "çərçivədə", known, accepted) == "çərçivəsində"
    assert possessed_after_possessor("bu", "istiqamətdə", known, accepted) is None  # no possessor
    assert possessed_after_possessor("yeni", "istiqamətdə", known, accepted) is None


def test_a_word_its_writer_repeats_is_likelier_meant(corrector):
    from collections import Counter

    once = corrector.choose("iclasi")
    assert once is not None and once.form == "iclası"
    again = corrector.choose("iclasi", document=Counter({"iclasi": 6}))
    assert again is None or again.confidence < once.confidence


def test_a_short_capitalised_word_opening_a_sentence_is_taken_for_a_name():
    c = small_corrector(["yeni", "o", "bu", "gün", "gəlib", "deputat", "deputatı"])
    for text in ("Yens deputatı bu gün gəlib.", "Co deputatı bu gün gəlib."):  # no "Yeni", no "O"
        assert c.correct(text)[0] == text, text
    assert c.correct("Deputat yens gəlib.")[0] == "Deputat yeni gəlib."  # in lower case, a slip


def test_in_plain_typed_text_a_listed_name_stays_and_an_azerbaijani_name_gets_its_letters():
    c = small_corrector(["şamır", "martın", "amına", "ramın", "bu", "gün", "və", "ilə", "görüşüb", "deputat",
                         "səfər", "edib", "nazir", "müavini", "prezident", "danışıb", "telefonla"])
    out, _, _ = c.correct("Deputat Samir Qasimzade bu gun nazir muavini Elsad Nesirli ile gorusub.")
    # "Samir" is a first name as written; "Elsad Nesirli" is Elşad Nəsirli, an Azerbaijani name
    assert "Samir" in out and "Elşad Nəsirli" in out
    out, _, _ = c.correct("Prezident Ilham Eliyev bu gun Eli Veliyev ve Ramin Memmedova ile telefonla danisib.")
    assert "İlham Əliyev" in out and "Əli Vəliyev" in out  # a capital I typed for İ; a three-letter name
    assert "Ramin Məmmədova" in out  # before a surname only a listed first name replaces a word: no "Ramın"
    text = "Deputat Samir Qasimzade ilə görüşüb."  # in an ordinary sentence names are left as they are
    assert c.correct(text)[0] == text


def test_a_plain_typed_delegation_is_a_delegation_not_a_yard():
    c = small_corrector(["həyət", "həyəti", "heyət", "heyəti", "nümayəndə", "bu", "gün", "bakıya", "gəlib", "və"])
    out, _, _ = c.correct("Numayende heyeti bu gun Bakiya gelib ve heyet bu gun gelib.")
    assert out.startswith("Nümayəndə heyəti bu gün Bakıya gəlib") and "həyət" not in out


def test_a_well_formed_word_is_not_turned_into_another_ending_of_its_stem():
    c = small_corrector(["etimadnaməsini", "etimadnamə", "təqdim", "edib", "budapeştdə", "səfirlik", "tokioda",
                         "gedib", "heyət", "bu", "gün", "və", "parlamentarilər", "gəlib"])
    for text in ("Səfir etimadnaməsinin surətini təqdim edib.",  # -nin is no slip of -ni
                 "Budapeştdəki səfirlik bu gün.",  # -dəki no slip of -də
                 "Heyət bu gün Tokioya gedib.",  # the dative no slip of the locative
                 "Bu gün parlamentariləri gəlib."):
        assert c.correct(text)[0] == text, text
    # a slip that makes no well-formed word is still put right
    assert c.correct("Səfir etimadnaməsinni təqdim edib.")[0] == "Səfir etimadnaməsini təqdim edib."


def test_a_paragraph_typed_without_letters_takes_a_name_s_letters_from_its_own_text():
    c = small_corrector(["bu", "gün", "ilə", "görüşüb", "barədə", "məlumat", "verib", "səfəri", "də",
                         "planlaşdırılır", "sədrinin", "müavini", "çərşənbə", "axşamı"])
    text = ("Sədrin müavini Məhəbbət Əliquliyeva bu gün Yana Dvorjakova ilə görüşüb. Bu barede cersenbe axsami "
            "sedrinin muavini Mehebbet Eliquliyeva melumat verib. Eliquliyevanin Praqaya seferi de planlasdirilir.")
    out, edits, _ = c.correct(text)
    # the name as its own text writes it, and an ending that follows its vowels ("-nın" after "-yeva")
    assert "müavini Məhəbbət Əliquliyeva məlumat verib" in out
    assert "Əliquliyevanın Praqaya səfəri də planlaşdırılır" in out  # a short sentence after a plain one
    assert all(e.reason == "diacritics" for e in edits)


def test_an_azerbaijani_name_typed_plain_with_a_case_ending_gets_its_letters_and_a_harmonised_ending():
    from salname.correct.names import typed_name

    assert typed_name("Nesirlinin") == ("Nəsirlinin",)
    assert typed_name("Elsadin") == ("Elşadın",)  # the ending follows the restored vowels: -ın after "a"
    assert typed_name("Sebineye") == ("Səbinəyə",)
    assert typed_name("Samir") == (None,)  # a name as written


def test_a_surname_written_with_the_alphabets_letters_keeps_its_spelling():
    from salname.correct import correct_text

    text = "Pakistanın Baş naziri Fəraz Qureyşi ilə görüşüb."
    assert correct_text(text)[0] == text  # not "Qüreyşi": the "ş" shows it was typed with the letters
    # a word of the language with a capital still gets its lost letter back
    assert "Qələbə" in correct_text("Ölkə müharibədə qazanılmış Qəlebə münasibətilə bayram edir.")[0]


def test_a_place_name_keeps_its_ending_and_a_quoted_name_its_letters():
    from salname.correct import correct_text

    for text in ("Görüşdə Bakı–Tbilisi–Qars dəmir yolu xəttinin yükdaşımaları müzakirə olunub.",
                 "Komissiyanın iclası sonradan tərəflərin razılığı ilə Minskə köçürülüb.",
                 "Azərbaycan heyəti Aktaua bazar ertəsi gəlib.",
                 'Nazirlik ilə Türkiyənin "Koç Holding" şirkəti arasında saziş imzalanıb.'):
        assert correct_text(text)[0] == text
    # the surname kept after its first name is kept when it comes again alone
    text = "Baş nazir Fəraz Qureyşi qonaqları qarşılayıb. Zirvəni açan Qureyşi çıxış edib."
    assert correct_text(text)[0] == text


def test_a_first_name_before_a_surname_is_no_slip_of_a_place_the_article_writes():
    from salname.correct import correct_text

    text = ("Prezident Teymur Səlimov bu gün Qırğızıstan Respublikasının Prezidenti Bakıt Camanbayevə zəng edərək "
            "onu təbrik edib. Bişkekdə Bakı investisiyaları ilə inşa olunan mərkəz. Tacikistan lideri Bakı Enerji "
            "Həftəsinin açılışında iştirak edəcək.")
    out = correct_text(text)[0]
    assert "Bakıt Camanbayevə" in out
