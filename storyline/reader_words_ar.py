"""The pages' fixed wording in Arabic (Modern Standard Arabic), for the catalogue.

Storyline reads Arabic reports, but an Arabic reader could not choose Arabic
for the pages: every heading, badge and note was English around Arabic
sentences.  The other languages sit beside English in each entry of
:mod:`storyline.reader_words` and its parts; Arabic is kept in its own table,
keyed by the same English wording, so those files stay short and a reviewer
who reads Arabic reads it in one place.  :func:`storyline.reader_words`
merges it in and checks at import that every key has its Arabic and that no
Arabic entry names a key the catalogue lacks (a changed English key fails
there, not silently in English on a page).

Counted nouns take CLDR's six Arabic plural categories (zero, one, two, few,
many, other), each a whole phrase with ``{n}`` where the number goes: one and
two are said by the noun alone, as Arabic says them ("مقال واحد", "مقالين"),
3-10 take the plural ("5 مقالات"), 11-99 the accusative singular ("11 مقالًا"),
100 and on (and zero) the genitive singular ("100 مقال").  Numbers keep the
Latin digits CLDR's ``ar`` uses by default, as babel writes ``ar`` dates.
"""
from __future__ import annotations

from storyline.reader_words_ar_lists import AR_LIST_COUNTED, AR_LIST_TWO_OBLIQUE, AR_LIST_WORDS
from storyline.reader_words_case import OBLIQUE, specs

# the catalogue's own NO_REPORT key (storyline.reader_words.NO_REPORT) in Arabic; merged there by that name;
# "باللغة العربية (ar)": "بلغة العربية" read as a broken construct state (h-ui27)
AR_NO_REPORT = ("لا يوجد تقرير باللغة {language}: كل حقيقة مذكورة بالإنجليزية حيث يذكرها تقرير بها، "
                "وإلا فبلغتها الأصلية")

AR_WORDS: dict[str, str] = {
    # storyline.reader_words.WORDS
    "Stories": "القصص",
    "Events": "الأحداث",
    "Names": "الأسماء",
    "Search": "بحث",
    "Not articles": "ليست مقالات",
    "Search in any language": "ابحث بأي لغة",
    "Skip to content": "انتقل إلى المحتوى",
    "Event {n}": "الحدث {n}",
    "Story {n}": "القصة {n}",
    "part of": "جزء من",
    "story {n}": "القصة {n}",
    "the only event of": "الحدث الوحيد في",
    ", which it titles": "، والعنوان مأخوذ منه",
    "Summary": "الملخص",
    "Reader's language": "لغة القارئ",
    "Show": "اعرض",
    "corroborated": "مؤكَّدة",  # a fact (حقيقة): feminine, as its count ("corroborated fact")
    "single-source": "من مصدر واحد",
    "conflicting": "متعارضة",
    "{facts} in its events: each event's page lists them all": "{facts} في أحداثها: صفحة كل حدث تسردها كلها",
    "two or more independent reports state it": "يذكرها تقريران مستقلان أو أكثر",
    "one report only": "تقرير واحد فقط",
    "reports disagree": "التقارير مختلفة",
    "The tag after it is the language the fact is quoted in; its citations quote each report.":
        "الوسم بعدها هو اللغة التي اقتُبست بها الحقيقة، وإحالاتها تقتبس كل تقرير.",
    "Open every citation": "افتح كل الإحالات",
    "Close every citation": "أغلق كل الإحالات",
    "aligned with": "مطابَقة مع",
    "aligned": "مطابَقة",
    "before it in {source}:": "قبلها في {source}:",
    "the sentence before it in its report": "الجملة التي تسبقها في التقرير نفسه",
    "aligned with the fact as stated above": "مطابَقة مع الحقيقة كما ذُكرت أعلاه",
    "Sources disagree:": "المصادر مختلفة:",
    "More facts stated by more than one report": "حقائق أخرى يذكرها أكثر من تقرير",
    "Stated by one report only": "يذكرها تقرير واحد فقط",
    # no pronoun for the count before it ("حقيقتان لا يؤكدها" wanted the dual's "يؤكدهما", h-ui29)
    "no other report confirms": "دون تأكيد من تقرير آخر",
    "Timeline": "التسلسل الزمني",
    "Coverage": "التغطية",
    "By language": "حسب اللغة",
    "By source": "حسب المصدر",
    "Language": "اللغة",
    "Source": "المصدر",
    "Articles": "المقالات",
    "Names mentioned": "الأسماء المذكورة",
    "The number beside a name: how many of the articles name it.": "الرقم بجانب الاسم: عدد المقالات التي تذكره.",
    "Removed from the page:": "أُزيل من الصفحة:",
    "Not part of the report, so left out of the text above and of search, events and facts. As the page wrote it:":
        "ليس جزءًا من التقرير، لذا استُبعد من النص أعلاه ومن البحث والأحداث والحقائق. كما كتبته الصفحة:",
    "Nothing was removed from this page: no site menu, link to another story, notice or credit was found in its text.":
        "لم يُزل شيء من هذه الصفحة: لم يوجد في نصها قائمة موقع ولا رابط إلى خبر آخر ولا إشعار ولا نسبة.",
    "mentioned in the coverage:": "مذكور في التغطية:",
    "the report whose title names": "التقرير الذي يُسمّي عنوانُه",
    "a report of": "تقرير عن",
    "event {n}": "الحدث {n}",
    "date unknown": "التاريخ غير معروف",
    "placed by content only": "وُضع حسب محتواه فقط",
    "The chart opens at its latest dates: scroll it sideways for the earlier ones.":
        "يُفتح المخطط على أحدث تواريخه: مرّره جانبيًا لرؤية الأقدم.",
    "without a date": "بلا تاريخ",
    "link to another story": "رابط إلى خبر آخر",
    "photo credit": "نسبة الصورة",
    "the site's promotion of itself": "ترويج الموقع لنفسه",
    "sharing buttons": "أزرار المشاركة",
    "template code": "شيفرة القالب",
    "copyright notice": "إشعار حقوق النشر",
    "topic tags": "وسوم المواضيع",
    "invitation to follow": "دعوة إلى المتابعة",
    "cookie notice": "إشعار ملفات تعريف الارتباط",
    "newsletter sign-up": "الاشتراك في النشرة البريدية",
    "invitation to comment": "دعوة إلى التعليق",
    "invitation to report an error": "دعوة إلى الإبلاغ عن خطأ",
    "staff credit": "نسبة إلى هيئة التحرير",
    "subscription or access notice": "إشعار اشتراك أو وصول",
    "site menu": "قائمة الموقع",
    # storyline.reader_words_residue.RESIDUE_SAID's kinds beyond those above
    "advert marker": "علامة إعلان",
    "time stamp": "ختم زمني",
    "an embedded post's link and byline": "رابط منشور مضمَّن وسطر ناشره",
    "HTML code": "شيفرة HTML",
    "the source's standard text": "النص المعتاد للمصدر",
    "headline repeated": "العنوان مكرَّرًا",
    "the page's own title (the site, page kind or time), replaced by the headline the text opens with":
        "عنوان الصفحة نفسها (الموقع أو نوع الصفحة أو الوقت)، وحلّ محله العنوان الذي يبدأ به النص",
    "The dates as a list": "التواريخ في قائمة",
    # storyline.reader_words_pages.PAGE_WORDS
    "Storyline: offline multilingual news events. Article text is shown as plain text; nothing in it runs.":
        "Storyline: أحداث إخبارية متعددة اللغات دون اتصال. يُعرض نص المقالات نصًا عاديًا، ولا يُشغَّل فيه شيء.",
    "HTTP API": "واجهة HTTP البرمجية",
    "Not found": "غير موجود",
    "Not Found": "لا توجد صفحة بهذا العنوان.",
    "Error {code}": "خطأ {code}",
    "Something is wrong ({code})": "حدث خطأ ما ({code})",
    "Back to the front page": "العودة إلى الصفحة الأولى",
    "There is no event {value}.": "لا يوجد حدث {value}.",
    "There is no story {value}.": "لا توجد قصة {value}.",
    "There is no article {value}.": "لا يوجد مقال {value}.",
    "Languages": "اللغات",
    "Sources": "المصادر",
    "More sources": "مصادر أخرى",
    "Top names": "أبرز الأسماء",
    "language: {code}": "اللغة: {code}",
    "in {articles}": "في {articles:oblique}",
    "named in {articles}": "مذكور في {articles:oblique}",
    "Row {n}: {caption}.": "الصف {n}: {caption}.",
    "{date}: {articles} published": "{date}: نشر {articles:oblique}",  # the noun: "نشر مقالين" (a genitive)
    "{date}: mentioned in {articles}, “{phrase}” in “{sentence}”": "{date}: مذكور في {articles:oblique}، «{phrase}» في «{sentence}»",
    "{date}: {title} ({sources})": "{date}: {title} ({sources})",
    "happened {date} · first reported {reported}": "وقع في {date} · أول تقرير في {reported}",
    "first reported {reported}": "أول تقرير في {reported}",
    "{period}: {articles}": "{period}: {articles}",
    "These reports state no date of their own; they joined by their content alone and are not counted in the dates":
        "لا تذكر هذه التقارير تاريخًا خاصًا بها، فقد انضمت بمحتواها وحده ولا تُحسب في التواريخ",
    "This report states no date of its own: it was placed by its content alone, and its event's dates are not its dates":
        "لا يذكر هذا التقرير تاريخًا خاصًا به: وُضع بمحتواه وحده، وتواريخ حدثه ليست تواريخه",
    "This page states no date of its own": "لا تذكر هذه الصفحة تاريخًا خاصًا بها",
    "This report is dated outside its event's days: it joined by its content, and its date is not counted in the event's dates":
        "تاريخ هذا التقرير خارج أيام حدثه: انضم إليه بمحتواه، ولا يُحسب تاريخه في تواريخ الحدث",
    "outside the event's days": "خارج أيام الحدث",
    "near-copy of": "نسخة شبه مطابقة من",
    "Past the last page": "بعد الصفحة الأخيرة",
    "({n} in all)": "({n} في المجموع)",
    "The last page": "الصفحة الأخيرة",
    "The first page": "الصفحة الأولى",
    "source unknown": "المصدر غير معروف",
    "Pages": "الصفحات",
    "More pages": "صفحات أخرى",
    "More names": "أسماء أخرى",
    "More results": "نتائج أخرى",
    "More stories": "قصص أخرى",
    "More events": "أحداث أخرى",
    "{n} of unknown source": "منها مجهولة المصدر: {n}",
    "source unknown: counted as its own report": "المصدر غير معروف: عُدّ تقريرًا مستقلًا",
    "copy of {original}: not counted again": "نسخة من {original}: لم تُعدّ مرة أخرى",
    "reported on different days, so the later may update the earlier rather than dispute it":
        "نُشرت في أيام مختلفة، فقد يحدّث اللاحقُ السابقَ بدل أن يعارضه",
    "number": "رقم",
    "date": "تاريخ",
    "participant": "مشارك",
    "compared as {value}": "قورن بوصفه {value}",
    "sources:": "المصادر:",
    "copy of {original}": "نسخة من {original}",
    "a copy": "نسخة",
    "Not in this summary, too long for it:": "ليست في هذا الملخص لأنها تطيله كثيرًا:",
    "(each event's page summarises it).": "(صفحة كل حدث تلخصه).",
    "another report": "تقرير آخر",
    "the sentence of another report in the reader's language that states this fact; not a translation":
        "جملة من تقرير آخر بلغة القارئ تذكر هذه الحقيقة، وليست ترجمة",
    "the sentence of another report in this language aligned with it; not a translation":
        "جملة من تقرير آخر بهذه اللغة مطابَقة معها، وليست ترجمة",
    "Part of": "جزء من",
    "Placed by its content in": "وُضع بمحتواه في",
    "By {author}": "بقلم {author}",
    "Original page": "الصفحة الأصلية",
    "The sentence cited is": "الجملة المقتبسة",
    "marked": "مميَّزة",
    "in the text.": "في النص.",
    "Cleaned text": "النص بعد التنظيف",
    "Dates mentioned": "التواريخ المذكورة",
    "This page states no date of its own, and the dates in its text are not read: it is not a news report.":
        "لا تذكر هذه الصفحة تاريخًا خاصًا بها، ولا تُقرأ التواريخ في نصها: إنها ليست تقريرًا إخباريًا.",
    "It states no date of its own, so the days it names without a year (a weekday, a day and a month, yesterday or tomorrow) cannot be placed":
        "لا يذكر تاريخًا خاصًا به، لذا لا يمكن تحديد الأيام التي يذكرها بلا سنة (يوم من الأسبوع، أو يوم وشهر، أو أمس أو غدًا)",
    "; only dates written in full are listed": "، ولا تُسرد إلا التواريخ المكتوبة كاملة",
    ", and it writes none in full": "، ولا يكتب أيًّا منها كاملًا",
    " to ": " إلى ",
    "({n} mentions)": "(مرات الذكر: {n})",
    "{sentences} with this date": "{sentences} بهذا التاريخ",
    "({n} times)": "(مرات: {n})",
    "person": "شخص",
    "organisation": "منظمة",
    "place": "مكان",
    "product": "منتج",
    "other name": "اسم آخر",
    "Named in {articles} and {stories}.": "مذكور في {articles:oblique} و{stories:oblique}.",
    "Spellings": "طرق الكتابة",
    "Spellings across scripts": "طرق الكتابة في مختلف الخطوط",
    "{n} mentions": "مرات الذكر: {n}",
    "written this way {times}": "كُتب هكذا {times:oblique}",
    "the name shown to readers of {langs}": "الاسم المعروض لقراء {langs}",
    "Mentions over time": "مرات الذكر عبر الزمن",
    "day": "اليوم",
    "month": "الشهر",
    "year": "السنة",
    "Articles naming {name} per {period}, {span}, at most {max}": "المقالات التي تذكر {name} في {period}، {span}، بحد أقصى {max}",
    "articles per {period}": "المقالات في {period}",
    "(at most {articles} a {period})": "(ما يصل إلى {articles:oblique} في {period})",
    "{articles} with no date of its own not charted": "{articles} بلا تاريخ خاص به لا يظهر في المخطط",
    # no verb nor pronoun agreeing with the count: a dual wanted "بهما لا يظهران" (h-ui29)
    "{articles} with no date of their own not charted": "{articles} بلا تاريخ خاص، خارج المخطط",
    "As a table": "في جدول",
    "Period": "الفترة",
    "The {n} that name it most, of {total}, most first.": "الـ{n} الأكثر ذكرًا له من أصل {total}، الأكثر أولًا.",
    "Those that name it most first.": "الأكثر ذكرًا له أولًا.",
    "{mentions} of": "{mentions} لـ",
    "in this story": "في هذه القصة",
    "The {n} newest of {total}.": "أحدث {n} من أصل {total}.",
    **AR_LIST_WORDS,
}

# CLDR's categories in order: zero, one, two, few (3-10), many (11-99), other (100 and on)
AR_COUNTED: dict[str, tuple[str, ...]] = {
    "article": ("{n} مقال", "مقال واحد", "مقالان", "{n} مقالات", "{n} مقالًا", "{n} مقال"),
    "event": ("{n} حدث", "حدث واحد", "حدثان", "{n} أحداث", "{n} حدثًا", "{n} حدث"),
    "citation": ("{n} إحالة", "إحالة واحدة", "إحالتان", "{n} إحالات", "{n} إحالةً", "{n} إحالة"),
    "report": ("{n} تقرير", "تقرير واحد", "تقريران", "{n} تقارير", "{n} تقريرًا", "{n} تقرير"),
    "source": ("{n} مصدر", "مصدر واحد", "مصدران", "{n} مصادر", "{n} مصدرًا", "{n} مصدر"),
    "fact": ("{n} حقيقة", "حقيقة واحدة", "حقيقتان", "{n} حقائق", "{n} حقيقةً", "{n} حقيقة"),
    # a summary's count line, "38 حقيقةً مؤكَّدةً · 0 متعارضة · 17 من مصدر واحد": the noun is said once,
    # in the first count, and the two after it stand for it (its adjective, its phrase) as Arabic leaves
    # out a counted noun just named; it was said in all three ("… · 0 حقيقة متعارضة · 17 حقيقةً من مصدر
    # واحد"), as Russian's adjectives need it on the last (h-ui28).  The line stands alone: a dual in
    # the nominative ("حقيقتان مؤكَّدتان", not the governed "حقيقتين"); one and two without the noun are
    # its number words, feminine as حقيقة ("واحدة", "اثنتان"), or its dual adjective ("متعارضتان")
    "corroborated fact": ("{n} حقيقة مؤكَّدة", "حقيقة مؤكَّدة واحدة", "حقيقتان مؤكَّدتان", "{n} حقائق مؤكَّدة",
                          "{n} حقيقةً مؤكَّدةً", "{n} حقيقة مؤكَّدة"),
    "conflicting fact": ("{n} متعارضة", "متعارضة واحدة", "متعارضتان", "{n} متعارضة", "{n} متعارضةً",
                         "{n} متعارضة"),
    "single-source fact": ("{n} من مصدر واحد", "واحدة من مصدر واحد", "اثنتان من مصدر واحد", "{n} من مصدر واحد",
                           "{n} من مصدر واحد", "{n} من مصدر واحد"),
    "independent source": ("{n} مصدر مستقل", "مصدر مستقل واحد", "مصدران مستقلان", "{n} مصادر مستقلة",
                           "{n} مصدرًا مستقلًا", "{n} مصدر مستقل"),
    "independent report": ("{n} تقرير مستقل", "تقرير مستقل واحد", "تقريران مستقلان", "{n} تقارير مستقلة",
                           "{n} تقريرًا مستقلًا", "{n} تقرير مستقل"),
    "mention": ("{n} ذكر", "ذكر واحد", "ذكران", "{n} مرات ذكر", "{n} ذكرًا", "{n} ذكر"),
    "more sentence": ("{n} جملة أخرى", "جملة أخرى", "جملتان أخريان", "{n} جمل أخرى", "{n} جملةً أخرى",
                      "{n} جملة أخرى"),
    "time": ("{n} مرة", "مرة واحدة", "مرتان", "{n} مرات", "{n} مرةً", "{n} مرة"),
    **AR_LIST_COUNTED,
}

# each noun's dual as governed ("في مقالين", "نشر مقالين", "كُتب هكذا مرتين"), where a catalogue entry
# writes ``{field:oblique}`` (storyline.reader_words_case); AR_COUNTED's "two" is the dual said alone or
# as a subject, a card's "حدثان · مقالان" (it was this form everywhere, a card's "حدثين", h-ui29)
AR_TWO_OBLIQUE: dict[str, str] = {
    "article": "مقالين", "event": "حدثين", "citation": "إحالتين", "report": "تقريرين", "source": "مصدرين",
    "fact": "حقيقتين", "corroborated fact": "حقيقتين مؤكَّدتين", "conflicting fact": "متعارضتين",
    "single-source fact": "اثنتين من مصدر واحد", "independent source": "مصدرين مستقلين",
    "independent report": "تقريرين مستقلين", "mention": "ذكرين", "more sentence": "جملتين أخريين",
    "time": "مرتين", **AR_LIST_TWO_OBLIQUE,
}


def add_arabic(words: dict[str, dict[str, str]], counted: dict[str, dict[str, tuple[str, ...]]],
               no_report: str) -> None:
    """Put the Arabic into the catalogue (``words``, ``counted``: :mod:`storyline.reader_words`'
    ``WORDS`` and ``COUNTED``; ``no_report``: its ``NO_REPORT`` key), and refuse, at import, an
    Arabic entry for a key the catalogue lacks or a key left without Arabic."""
    said = {**AR_WORDS, no_report: AR_NO_REPORT}
    stray = sorted((said.keys() - words.keys()) | (AR_COUNTED.keys() - counted.keys()))
    if stray:
        raise KeyError(f"Arabic for no such catalogue key: {stray}")
    for key, text in said.items():
        words[key]["ar"] = text  # a kind's "a bot check" shares its entry with "bot check", so gets it too
    for noun, forms in AR_COUNTED.items():
        counted[noun]["ar"] = forms
    missing = sorted(k for k, by_lang in {**words, **counted}.items() if "ar" not in by_lang)
    if missing:
        raise KeyError(f"no Arabic for: {missing}")
    if AR_TWO_OBLIQUE.keys() != AR_COUNTED.keys():
        raise KeyError(f"a governed dual for no noun, or none for one: {sorted(AR_TWO_OBLIQUE.keys() ^ AR_COUNTED.keys())}")
    odd = sorted(key for key, text in said.items() if specs(text) - {OBLIQUE})
    if odd:
        raise ValueError(f"Arabic with a field spec other than ':{OBLIQUE}': {odd}")
