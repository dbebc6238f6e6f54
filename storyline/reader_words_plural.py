"""Which plural form a counted noun takes in a reader language, and the forms a governing word asks for.

Kept apart from the catalogue (:mod:`storyline.reader_words`, which says the words) because
it is a rule of each language's grammar, not wording: the same count picks the form of every
counted noun alike ("1 статья", "2 статьи", "5 статей"), so one table per language, read by
:func:`storyline.reader_words.count`, decides it for them all.
"""
from __future__ import annotations

from babel import Locale

# the plural a preposition or postposition governs, where it is not the one said alone: German's
# dative ("erwähnt in 2 Artikeln", "aus 12 Artikeln"), Hindi's oblique ("2 लेखों में"); the pages'
# tooltips and lists read "in 2 Artikel", "2 लेख में" (h-ui32).  An entry asks for it with
# "{articles:oblique}" (reader_words_case); one count, one noun, so no form is said twice.
GOVERNED_PLURAL: dict[str, dict[str, str]] = {
    "de": {"article": "Artikeln", "story": "Geschichten"},
    "hi": {"article": "लेखों", "story": "कहानियों", "line": "पंक्तियों", "fact": "तथ्यों"},
}
# where the governed noun differs after one too, a form per CLDR category as COUNTED's: Russian's
# genitive after "из" ("из 21 строки", "из 22 строк", "из 5 строк"; the numeral is genitive too,
# "из двадцати одной строки"), the one case a Russian entry governs a count in ("в 2 статьях" is
# said "упоминается: 2 статьи"); the pages read "из 21 строк" (h-ui33 left it, h-ui34)
GOVERNED_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"line": ("строки", "строк", "строк")},
    "uk": {"line": ("рядка", "рядків", "рядків")},  # "з 21 рядка", "з 22 рядків" (h-ui36)
    # Hindi's oblique before "की" (the gate's "a list of"), whose masculine singular differs too:
    # "1 महीने की सूची", "5 महीनों की सूची" (h-ui36)
    "hi": {"dated item": ("तारीख वाली प्रविष्टि", "तारीख वाली प्रविष्टियों"), "month": ("महीने", "महीनों")},
}

# languages whose counted forms are CLDR's whole phrases, "{n}" where the number goes (Arabic's
# "مقالين" says two with no digit); the others' are nouns after the number
PHRASED_COUNTS = {"ar": Locale.parse("ar").plural_form}
CATEGORIES = ("zero", "one", "two", "few", "many", "other")
# languages whose COUNTED forms are CLDR's one / few / many: Russian ("1 строка", "2 строки", "5 строк";
# 11-14 "many", 21 "one") and Ukrainian ("1 рядок", "2 рядки", "5 рядків", h-ui36), and the category
# of a fraction ("other") takes the last; Portuguese's and Italian's CLDR one / other.  Portuguese
# counts by CLDR's European rule (pt_PT: one is 1 alone, "0 artigos"): CLDR's pt, the Brazilian,
# puts 0 with 1, and the pages said "0 artigo", "0 fato", which a reader of either reads as a slip
# (h-ui37); French keeps its own rule, "0 article" being French.  Italian "0 fatti"
CLDR_FORMS = {"ru": (Locale.parse("ru").plural_form, ("one", "few", "many")),
              "uk": (Locale.parse("uk").plural_form, ("one", "few", "many")),
              "pt": (Locale.parse("pt_PT").plural_form, ("one", "other")),
              "it": (Locale.parse("it").plural_form, ("one", "other"))}


def plural_form(n: int, lang: str) -> int:
    """Which plural form a count takes: CLDR's categories where listed (``CLDR_FORMS``), else one/other."""
    if lang in CLDR_FORMS:
        category, forms = CLDR_FORMS[lang]
        return forms.index(category(n)) if category(n) in forms else len(forms) - 1
    return 0 if n == 1 or (lang in ("fr", "hi") and n == 0) else 1
