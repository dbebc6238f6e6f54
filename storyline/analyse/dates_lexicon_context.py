"""Words that make a name or a number a date: context for the DATES stage.

Some month and weekday names are also ordinary words ("may", "среда",
"mars"), and a bare four-digit number is a year only when a word says so
("since 2000", "в 2013 году", "2013 में").  These tables list those words
per language (Arabic, Hebrew, Czech and Greek ones are added from
dates_lexicon_more.py by dates_lexicon.py); plural year words that mark a
list of years are in dates_years.py.
"""
from __future__ import annotations

# Forms that are also ordinary words ("среда" = environment, "May" = a name,
# "mars" = the planet): accepted only next to a date cue (preposition,
# modifier, day number or year).
NEEDS_CONTEXT: dict[str, set[str]] = {
    "en": {"may", "march", "august"},
    "ru": {"среда", "среды"},
    "fr": {"mars"},
    "hi": {"मार्च", "मई"},  # "मई" is also a misspelt "मैं" (I)
    "ar": {"مايو"},  # also a name ("ايبان مايو", the cyclist Iban Mayo)
    "he": {"ראשון", "שלישי", "רביעי", "חמישי", "שישי"},  # first, third …: a weekday after "יום"
}
# Words that make the next month/weekday a date reference (for NEEDS_CONTEXT)
# and that introduce a bare four-digit year ("since 2000", "в 2013 году").
PREPOSITIONS: dict[str, set[str]] = {
    "en": {"in", "on", "since", "by", "until", "till", "from", "of", "to", "through", "for",
           "before", "after", "during", "early", "late", "mid", "between", "and", "year"},
    "ru": {"в", "во", "с", "со", "до", "по", "к", "на", "от", "после", "году", "года", "год"},
    "de": {"im", "am", "in", "seit", "bis", "ab", "vor", "nach", "von", "zwischen", "anfang",
           "ende", "mitte", "jahr", "jahre", "jahres"},
    "es": {"en", "desde", "hasta", "de", "del", "a", "antes", "despues", "año",
           "durante", "entre", "principios", "finales", "mediados"},
    "fr": {"en", "depuis", "jusqu", "de", "du", "d", "des", "avant", "apres",
           "an", "annee", "dès", "des", "debut", "fin", "mi", "entre", "pendant"},
    "hi": {"साल", "वर्ष", "सन्", "सन"},
    "ar": {"في", "منذ", "حتى", "من", "الى", "إلى", "خلال", "بعد", "قبل", "شهر", "أوائل", "اوائل",
           "أواخر", "اواخر", "منتصف"},
    "he": {"יום", "ביום", "ליום", "מיום", "עד"},
    "it": {"a", "ad", "in", "nel", "dal", "dall", "al", "fino", "entro", "da", "di", "del",
           "dopo", "prima", "tra", "fra", "anno", "inizio", "fine", "metà", "durante"},
    "pt": {"em", "no", "na", "desde", "ate", "de", "do", "da", "a", "ao", "apos", "antes",
           "ano", "durante", "entre", "inicio", "fim", "meados", "para"},
    # only year words: "w", "od", "do" also come before counts ("do 2000 osób")
    "pl": {"roku", "rok"},
}
# Words after a bare year that mark it as a year ("2013 में", "2000 года").
YEAR_AFTER: dict[str, set[str]] = {
    "ru": {"г", "год", "года", "году", "годом"},
    "hi": {"में", "से", "तक", "के", "की", "का", "को"},
    "de": {"wurde", "war"},
    "pl": {"roku", "rok", "rokiem", "r"},  # "w 2020 roku", "w 2020 r."
}
# Words that norm() folds onto a month or weekday name but that are other
# words, as written (casefolded): Polish "mają" (they have) is no "maja" (of
# May); the ogonek, which norm() drops, tells them apart.
NOT_NAMES: dict[str, set[str]] = {"pl": {"mają"}}
