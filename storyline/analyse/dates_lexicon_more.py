"""Date vocabulary for Arabic, Hebrew, Czech and Greek that dateparser lacks.

Kept apart from dates_lexicon.py (which merges these tables into its own) so
each file stays small.  Written for part 7 of the dates sample, the first
texts in these languages, and for the multilingual dev file's reports in them.
Like the rest of the lexicon these are general word lists, not phrases copied
from an article:

* last / this / next words and unit words, so "يوم الاثنين المقبل", "בשבוע
  שעבר", "příštího roku" and "την επόμενη εβδομάδα" are built by the same
  grammar as "next Monday"; Arabic and Hebrew put them after the noun;
* the unit forms dateparser omits, for offsets ("قبل ثلاثة أيام", "לפני
  שלושה ימים", "před třemi dny", "πριν από δύο ημέρες"; their number words
  are in dates_lexicon_counts.py with every language's);
* words that introduce a bare year ("منذ عام 2000", "v roce 2026", "το 2004");
* one-word relative days and years ("הבוקר", this morning; "loni", last year;
  "πέρυσι", the other spelling of "πέρσι").
"""
from __future__ import annotations

LAST = {"ar": ("الماضي", "المنصرم", "الفائت"), "he": ("שעבר", "שעברה"),
        "cs": ("minul",), "el": ("περασμέν", "προηγούμεν")}
THIS = {"ar": ("هذا", "هذه", "الجاري", "الحالي"), "cs": ("tento", "tuto", "tomto", "tohoto"),
        "el": ("αυτό", "αυτή", "αυτόν", "αυτήν", "τρέχ")}
NEXT = {"ar": ("المقبل", "القادم"), "he": ("הבא", "הבאה"), "cs": ("prist",),
        "el": ("επόμεν", "ερχόμεν")}
UNITS = {
    "ar": {"week": ("اسبوع", "الاسبوع"), "month": ("شهر", "الشهر"),
           "year": ("عام", "العام", "سنة", "السنة")},
    "he": {"week": ("שבוע", "בשבוע", "לשבוע", "השבוע"), "month": ("חודש", "בחודש", "לחודש", "החודש"),
           "year": ("שנה", "בשנה", "לשנה", "השנה")},
    "cs": {"week": ("tyden", "tydnu", "tydne", "tydnem"), "month": ("mesic",),
           "year": ("rok", "roku", "roce", "rokem")},
    "el": {"week": ("εβδομάδ",), "month": ("μήνα", "μήνας", "μήνες", "μηνός"),
           "year": ("χρόνο", "χρονιά", "έτος", "έτους")},
}
# Plural and case forms of the units, for offsets ("před třemi měsíci").
UNIT_FORMS = {
    "ar": {"day": ("ايام", "يوما"), "week": ("اسابيع",), "month": ("اشهر", "شهور"),
           "year": ("سنوات", "اعوام", "عاما")},
    "cs": {"month": ("mesici",), "year": ("lety", "roky")},
    # dateparser has "सप्ताह" only: "दो हफ्ते पहले", "तीन हफ़्तों बाद"
    "hi": {"week": ("हफ्ते", "हफ़्ते", "हफ्तों", "हफ़्तों", "हफ्ता", "हफ़्ता", "सप्ताहों")},
    "el": {"day": ("ημέρες", "ημέρα", "μέρες", "μέρα"), "week": ("εβδομάδες", "εβδομάδα"),
           "month": ("μήνες", "μήνα"), "year": ("χρόνια", "χρόνο", "έτη")},
}
# "Ago" phrases dateparser lacks (Arabic "قبل", before; Greek has none).
AGO = {"ar": ("قبل",), "el": ("πριν από", "πριν")}
# A word after the unit that names what an offset counts from ("قبل ثلاثة
# أيام من الانتخابات", three days before the elections): not from the report.
# Greek "πριν" after the number is "before" the noun that follows ("εννέα
# ημέρες πριν τις εκρήξεις", nine days before the blasts), "ago" only at the
# end of its clause ("δύο μέρες πριν.").
BEFORE_OBJECT = {"el": {"τις", "την", "τη", "το", "τον", "της", "του", "των", "από", "να"}}
# Arabic "منذ" is "ago" and "for": after a superlative or "first" it is a span
# ("أعلى مستوى له منذ عشرة أشهر", its highest in ten months; "لأول مرة منذ").
SPAN_BEFORE = {"ar": {"اعلى", "ادنى", "اكبر", "اصغر", "اقل", "اكثر", "اسوا", "افضل", "اول", "لاول"}}
# The same for "in N" (dates_numbers.ahead), in the two words before it: "the
# lowest in two weeks", "for the first time in three weeks", "erstmals in
# zwei Wochen", "nejvyšší za dva týdny" (not "the first trial opens in three days").
AHEAD_SPAN_BEFORE = {"en": {"highest", "lowest", "biggest", "largest", "smallest", "best", "worst", "most",
                            "least", "strongest", "weakest", "time", "level"},
                     "de": {"höchsten", "niedrigsten", "tiefsten", "stärksten", "schwächsten", "größten",
                            "erstmals", "mal", "stand"},
                     "cs": {"nejvyšší", "nejnižší", "největší", "nejmenší", "poprvé", "nejhorší", "nejlepší"}}
# Greek "σε δύο ημέρες" is as often "within two days" ("για δεύτερη φορά μέσα
# σε δυο ημέρες"), so Greek has none.
EVENT_AFTER = {"ar": {"من"}}
PREPOSITIONS = {
    "ar": {"عام", "العام", "سنة", "لعام", "للعام", "بحلول"},  # "بحلول 2030": by 2030
    "he": {"ב", "מ", "מאז", "שנת", "בשנת", "משנת", "לשנת"},
    # only year words: "od", "do", "από", "μέχρι" also come before counts ("από 1500 οχήματα")
    "cs": {"roku", "roce", "rok", "letech"},
    "el": {"το", "στο", "έτος", "έτους"},
}
# One-word relative units: (unit, amount from the report).
RELATIVE = {
    # not "הערב" / "הלילה": as often "the evening", "the night" ("מופע הערב",
    # "עבדו כל הלילה", both in the dev file)
    "he": {("הבוקר",): ("day", 0), ("אמש",): ("day", -1), ("שלשום",): ("day", -2),
           ("מחרתיים",): ("day", 2), ("השבוע",): ("week", 0),
           ("השבוע", "שעבר"): ("week", -1), ("השבוע", "הבא"): ("week", 1)},
    # "صباح الغد" (tomorrow morning; "الغد" alone is also "the future"), "أول أمس"
    # (the day before yesterday, not yesterday)
    "ar": {("الليلة",): ("day", 0), ("الليلة", "الماضية"): ("day", -1), ("هذا", "الصباح"): ("day", 0),
           ("هذا", "المساء"): ("day", 0), ("صباح", "الغد"): ("day", 1), ("مساء", "الغد"): ("day", 1),
           ("اول", "امس"): ("day", -2), ("بعد", "غد"): ("day", 2)},
    "cs": {("loni",): ("year", -1), ("vloni",): ("year", -1), ("letos",): ("year", 0)},
    "el": {("πέρυσι",): ("year", -1), ("απόψε",): ("day", 0), ("προχθές",): ("day", -2),
           ("προχτές",): ("day", -2), ("μεθαύριο",): ("day", 2)},
}
# "All day" ("على مدار اليوم", "طوال اليوم", "במהלך היום"): the day a report
# is about, not today.
# "הבוקר" after a noun it completes is "the morning" ("ארוחת הבוקר", breakfast).
BLOCKED_AFTER = {"ar": {"اليوم": {"مدار", "طوال", "طيلة"}, "الليلة": {"مدار", "طوال", "طيلة", "تلك", "ذات", "نفس"}},
                 "he": {"היום": {"במהלך", "לאורך", "כל"},
                        # "סוף השבוע" is the weekend, "כל השבוע" all week, "באותו השבוע" that week
                        "השבוע": {"סוף", "בסוף", "לסוף", "מסוף", "כל", "אמצע", "באמצע", "ימי", "אותו", "באותו"},
                        "הבוקר": {"ארוחת", "שעות", "בשעות", "חדשות", "תפילת", "כל", "במהלך", "לאורך", "באמצע"}}}
POSTPOSED = {"ar", "he"}
# Hebrew Monday and Saturday, which dateparser lists only with "יום" before
# them; as "second" and "Sabbath" they need a date word ("ביום שני").
WEEKDAYS = {"he": {0: ("שני",), 5: ("שבת",)}}
NEEDS_CONTEXT = {"he": {"שני", "שבת"}}

# Weeks (dates_scan.py): "fin de semana", "fim de semana", "fine settimana",
# "fin de semaine" are the weekend; plural weeks after last/this/next are a
# span ("over the coming weeks", "in den letzten Wochen"); Greek puts the
# article between "this" and its noun ("αυτή την εβδομάδα").
WEEKEND = {"fin", "fim", "fine"}
WEEKS = ("weeks", "wochen", "semanas", "semaines", "settimane", "हफ्तों", "हफ़्तों", "सप्ताहों",
         "εβδομάδες", "εβδομάδων", "أسابيع", "שבועות")
THIS_ARTICLES = {"el": frozenset({"την", "τη", "τον", "το"})}
