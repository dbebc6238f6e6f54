"""Tense cues of Arabic and Hebrew, which write no tense words the Latin and
Cyrillic lists could hold (see dates_tense.py, which merges these).

Arabic and Hebrew (part 7 of the dates sample): the commonest news verbs and
time words, written as norm() keys (Arabic without hamza: "اعلن").  Arabic
past forms with a suffix (she/they: "اندلعت", "قالوا") and futures with the
prefix "س" ("سيعقد", "ستجرى") are read by AR_PAST / AR_FUTURE.

An Arabic past with no affix ("توقف القتال", "افتتح الرئيس", "عقد المجلس")
is written like a noun; without a dictionary it is told by its place: Arabic
puts the verb first (verb, subject, object), so a word that opens its clause
(or follows "قد", "لقد", "ثم") and has the shape of a verb's stem, with no
article, imperfect or future prefix or noun ending, is read as a past verb
(``bare_past``).  On the multilingual dev file's Arabic reports about one
in eight of the clause openers it reads is no verb: names ("فرانس",
"توني") and nouns ("حزب", "ملف", "وصول") that the shapes cannot tell.
"""
from __future__ import annotations

import regex

FUTURE_WORDS_AR = {"سوف", "لن", "غدا", "المقبل", "المقبلة", "القادم", "القادمة"}
PAST_WORDS_AR = {
    "قال", "اعلن", "اكد", "ذكر", "افاد", "اضاف", "كان", "وصل", "وقع", "جرى", "بدا", "انتهى",
    "اندلع", "شهد", "قتل", "اصيب", "توفي", "اعتقل", "نشر", "اظهر", "ارتفع", "تراجع", "انخفض",
    "سجل", "التقى", "زار", "غادر", "وافق", "رفض", "دعا", "لم", "امس", "الماضي", "الماضية", "مضى"}
PLANNED_AR = ("المقرر", "مقرر", "مقررا", "يعتزم", "تعتزم", "يتوقع", "تتوقع", "المتوقع", "متوقع",
              "المرتقب", "يرتقب", "موعد")
FUTURE_WORDS_HE = {
    "יהיה", "תהיה", "יהיו", "יתקיים", "תתקיים", "יתקיימו", "ייערך", "תיערך", "ייערכו", "מחר",
    "יגיע", "תגיע", "יגיעו", "ייפגש", "תיפגש", "ייפגשו", "יחל", "תחל", "יחלו", "יחזור", "תחזור",
    "ימריא", "יבקר", "תבקר", "יתכנס", "תתכנס", "יתכנסו", "יימשך", "תימשך", "הבא", "הבאה"}
PAST_WORDS_HE = {
    "היה", "הייתה", "היו", "אמר", "אמרה", "אמרו", "הודיע", "הודיעה", "הודיעו", "נפגש", "נפגשה",
    "נפגשו", "אישר", "אישרה", "אישרו", "התקיים", "התקיימה", "התקיימו", "נערך", "נערכה", "נערכו",
    "פורסם", "פורסמה", "פורסמו", "נחת", "נחתה", "נחתם", "נחתמה", "נהרג", "נהרגו", "נפצע", "נפצעו",
    "נרצח", "החל", "החלה", "החלו", "הסתיים", "הסתיימה", "פרץ", "פרצה", "ביקר", "ביקרה", "הגיע",
    "הגיעה", "הגיעו", "עזב", "עזבה", "נעצר", "נעצרו", "נפטר", "אתמול", "אמש", "שעבר", "שעברה"}
PLANNED_HE = ("צפוי", "צפויה", "צפויים", "צפויות", "אמור", "אמורה", "אמורים", "אמורות",
              "מתוכנן", "מתוכננת", "מתוכננים", "עתיד", "עתידה", "עתידים")

AR_PAST = r"^[وف]?(?!ال)\w{2,5}[^\Wاوي]ت$|^[وف]?(?!ال)\w{2,5}وا$"
# not a name's Latin "-ius" ("سيبيليوس", Sebelius) nor "لا سيما" (especially)
AR_FUTURE = r"^[وف]?س[يتن](?!ا)\w{2,}(?<!ة)(?<!ات)(?<!يوس)$"
AR_NOT_FUTURE = {"ستين", "سينما", "سيول", "سيناء", "سنوي", "سيطر", "سيطرت", "ستوكهولم", "سيما"}
# "And" / "that" written onto a word ("وقال", "ויחזור", "שהתקיים").
PROCLITICS = {"ar": "وف", "he": "וש"}
# A bare past has the shape of a verb's stem: three letters (forms I and
# II, whose doubled letter is not written: "عقد", "قدم"), "فاعل" (III:
# "ناقش", "هاجم"), "افعل" (IV: "اتهم"), "تفعل" (V: "توقف"), "تفاعل" (VI:
# "تبادل"), "انفعل" (VII: "انسحب"), "افتعل" (VIII: "اجتمع", "افتتح") or
# "استفعل" (X: "استقبل"); a longer word, one with the article, a noun
# ending ("ة", "ى", "ات", "ون", "ين", "ان", "اء"), an imperfect or future
# prefix ("ي", "سي"; "ت" only before "و" / "ا" and never on three letters:
# "تعقد" is "she holds", "تصل" "she arrives")
# or the shape "فعيل" of the nouns that open construct phrases ("وزير",
# "رئيس") is none.
_AR_STEM = r"^(?:\w{3}|\wا\w\w|ا\w\w\w|ت\w\w\w|ت\wا\w\w|ان\w\w\w|ا\wت\w\w|است\w\w\w)$"
_AR_NOT_STEM = r"^ال|^ي|^س[يتن]|^ت\w\w$|^ت[^وا]\w\w$|[ةى]$|(?:ات|ون|ين|ان|اء)$|^\w\wي\w$"
# A past ending in "ى" (a weak last root letter: "بنى", "أعطى", "ألقى",
# "اشترى", "استدعى", "تولى", "تنامى") has a noun's ending, so it is read by
# these shapes instead: three letters (I), "افعى" (IV, "ال" + one letter
# where the hamza is dropped: "القى", "الغى"), "افتعى" (VIII), "انفعى"
# (VII), "استفعى" (X), "تفعّى" after "و" only and "تفاعى" (V, VI: "تولى",
# "تنامى"; "تبقى", "تلقى" are as often "she remains", "she meets").  Not
# "فاعى" (III: "نادى", "عانى"): names typed with "ى" for "ي" have that shape
# ("هانى", "سامى", "فادى"; one opened a clause in the SemEval dev texts).
# The nouns, elatives and particles of these shapes are in AR_NOT_VERB
# ("مدى", "قوى", "أعلى", "أخرى", "الذى").
_AR_PAST_YA = r"^(?:\w\wى|ا\w\wى|ال\wى|ا\wت\wى|ان\w\wى|است\w\wى|تو\wى|ت\wا\wى)$"
_AR_OPENERS = {"قد", "لقد", "ثم", "وقد", "ولقد"}
# Words of verb shape that are prepositions, pronouns, particles or the
# quantity and time nouns that open a clause ("عدد القتلى", the number of dead).
AR_NOT_VERB = {"بعد", "قبل", "عند", "منذ", "حتى", "خلال", "لدى", "مع", "من", "في", "عن", "على", "الى",
               "بين", "ضد", "نحو", "حول", "عبر", "غير", "كل", "بعض", "هذا", "هذه", "ذلك", "تلك", "هناك",
               "هنا", "كما", "لكن", "ولكن", "اما", "اذا", "لان", "حيث", "وفق", "وفقا", "يوم", "شهر", "عام",
               "امس", "غدا", "انه", "انها", "انهم", "انا", "انت", "نحن", "هو", "هي", "هم", "لدينا", "لدي",
               "قد", "لقد", "ثم", "لم", "لن", "عدد", "اكثر", "اقل", "احد", "اول", "اخر", "جميع", "نصف",
               "الف", "اخيرا", "ايضا", "عندما", "بينما", "كذلك", "جنوب", "شمال", "شرق", "غرب", "لا", "لما",
               "كيف", "امام", "لاول", "واحد", "اننا", "لانه", "تماما", "تباعا", "اسم", "ابني",
               # "I think", "I hope": the first person present, not "he believed"
               "اعتقد", "امل",
               # nouns, elatives and particles written with a final "ى"
               # (_AR_PAST_YA): range, forces, villages, boy, when, except,
               # names; highest, lowest, utmost, strongest, first, other;
               # "في", "الذي", "التي" typed with "ى"
               "مدى", "قوى", "قرى", "فتى", "متى", "سوى", "منى", "هدى", "ندى", "اعلى", "ادنى",
               "اقصى", "اقوى", "اولى", "اخرى", "انثى", "فى", "وفى", "الذى", "التى"}


def bare_past(words: list[str], k: int, folded: str) -> bool:
    """Word ``k`` of a clause's ``words`` (``folded``: its norm() key) is an
    Arabic past with no affix: it opens the clause or follows "قد" / "ثم"."""
    if k + 1 >= len(words):
        return False
    if k > 0 and words[k - 1] not in _AR_OPENERS:
        return False
    # "و" / "ف" written on ("وهاجم", "فاز" is a verb of its own: the whole
    # word is tried too)
    forms = [folded] + ([folded[1:]] if folded[:1] in "وف" and len(folded) >= 3 else [])
    weak = [w for w in forms if regex.fullmatch(_AR_PAST_YA, w)]  # "القى", "وانهى"
    if (regex.search(_AR_NOT_STEM, folded) and not weak) or not regex.fullmatch(r"\p{Arabic}+", folded):
        return False
    if any(w in AR_NOT_VERB for w in forms):  # "ومن", "وقد", "وهو", "والى"
        return False
    return bool(weak) or any(w not in PAST_WORDS_AR and not regex.search(_AR_NOT_STEM, w)
                             and regex.fullmatch(_AR_STEM, w) for w in forms)
