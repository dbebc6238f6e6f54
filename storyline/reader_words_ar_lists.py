"""The list pages', search's, Not articles' and the notes' fixed wording in Arabic, for the catalogue.

Part of :mod:`storyline.reader_words_ar` (which the catalogue merges in), kept
apart only so each file stays short; the keys are those of
:mod:`storyline.reader_words_lists`, ``_gate`` and ``_notes``.  A gate kind's
"a bot check" form shares its entry with "bot check", so it is not listed.
Ranges of numbers are said in words ("1 إلى 20"), not with a dash: in a
right-to-left line "1–20" is shown as "20–1".
"""
from __future__ import annotations

from storyline.reader_words_lists import BROKEN_LEFT, BROKEN_RIGHT, OUTSIDE_RING

AR_LIST_WORDS: dict[str, str] = {
    # storyline.reader_words_lists.LIST_WORDS
    "{stories} from {articles}, newest and biggest first.": "{stories} من {articles:oblique}، الأحدث والأكبر أولًا.",
    "{events} from {articles}, biggest and newest first.": "{events} من {articles:oblique}، الأكبر والأحدث أولًا.",
    "Search articles in any language": "ابحث في المقالات بأي لغة",
    "All events": "كل الأحداث",
    "On each story:": "في كل قصة:",
    "On each event:": "في كل حدث:",
    "the languages of its reports": "لغات تقاريرها",
    "source": "المصدر",
    "who published them": "من نشرها",
    "name": "الاسم",
    "the names it mentions most, with how many of its articles name each.":
        "أكثر الأسماء ذكرًا فيها، مع عدد مقالاتها التي تذكر كلًّا منها.",
    "← Previous": "→ السابق",
    "Next →": "التالي ←",
    "{first}–{last} of {total}": "{first} إلى {last} من أصل {total}",
    "None: every page ingested reads as a news report.": "لا شيء: كل صفحة أُدخلت تُقرأ تقريرًا إخباريًا.",
    "Words or a question, in any language": "كلمات أو سؤال، بأي لغة",
    "Written in": "مكتوب بلغة",
    "Mentions (a name, any script)": "يذكر (اسمًا، بأي خط)",
    "Published from": "منشور منذ",
    "Published until": "منشور حتى",
    "Kind of search": "نوع البحث",
    "{results} for “{q}”": "{results} عن «{q}»",
    "People, organisations and places, most mentioned first, with their spellings in every script.":
        "أشخاص ومنظمات وأماكن، الأكثر ذكرًا أولًا، مع طرق كتابتها بكل خط.",
    "Find a name": "ابحث عن اسم",
    "Name": "الاسم",
    "Kind": "النوع",
    "Also written": "يُكتب أيضًا",
    "Mentions": "مرات الذكر",
    "+{n} more": "و{n} غيرها",
    "published": "النشر",
    "mentioned": "الذكر",
    "events": "الأحداث",
    "First day": "اليوم الأول",
    "Last day": "اليوم الأخير",
    "Headline": "العنوان",
    "The axis is broken:": "المحور مقطوع:",
    BROKEN_LEFT: "التواريخ على يسار القطع ({span}) أقدم بكثير من البقية: مرتبة زمنيًا، لا بمقياس الرسم",
    BROKEN_RIGHT: "التواريخ على يمين القطع ({span}) أحدث بكثير من البقية: مرتبة زمنيًا، لا بمقياس الرسم",
    OUTSIDE_RING: ("الحلقة تقرير مؤرَّخ خارج أيام الحدث: انضم إليه بمحتواه، والمحور مقصور على "
                   "تقارير الحدث نفسه"),
    "{first} to {last}": "{first} إلى {last}",
    # storyline.reader_words_gate.GATE_WORDS: the Not articles page and the gate
    "Pages that are not news reports: {kinds}.": "صفحات ليست تقارير إخبارية: {kinds}.",
    "They are kept, so ingesting them again adds nothing, but they join no event or story and search leaves them out.":
        "تُحفظ، فإدخالها مرة أخرى لا يضيف شيئًا، لكنها لا تنضم إلى أي حدث أو قصة ولا يعرضها البحث.",
    "To keep such a page as a report, ingest it with": "لإبقاء صفحة كهذه تقريرًا، أدخلها مع",
    "{rest} and {last}": "{rest} و{last}",
    "Why:": "السبب:",
    "gate's reason: {reason}": "السبب كما سجّله المرشِّح: {reason}",
    "Not a news report:": "ليست تقريرًا إخباريًا:",
    "all such pages": "كل هذه الصفحات",
    "error or unavailable page": "صفحة خطأ أو صفحة غير متاحة",
    "bot check": "تحقق من أنك لست روبوتًا",
    "login or registration wall": "حاجز تسجيل دخول أو تسجيل",
    "subscription wall": "حاجز اشتراك",
    "sign-up form": "استمارة اشتراك",
    "cookie wall": "حاجز ملفات تعريف الارتباط",
    "front page or section index": "صفحة رئيسية أو فهرس قسم",
    "age check": "تحقق من العمر",
    "error and unavailable pages": "صفحات الخطأ والصفحات غير المتاحة",
    "bot checks": "عمليات التحقق من أنك لست روبوتًا",
    "login and registration walls": "حواجز تسجيل الدخول والتسجيل",
    "subscription walls": "حواجز الاشتراك",
    "sign-up forms": "استمارات الاشتراك",
    "cookie walls and consent pop-ups": "حواجز ملفات تعريف الارتباط ونوافذ الموافقة",
    "front pages and section indexes": "الصفحات الرئيسية وفهارس الأقسام",
    "age checks": "عمليات التحقق من العمر",
    "app-install wall": "حاجز تثبيت التطبيق",
    "app-install walls": "حواجز تثبيت التطبيقات",
    "video player or photo captions without a report": "مشغّل فيديو أو تعليقات صور بلا تقرير",
    "video players and photo captions without a report": "مشغّلات الفيديو وتعليقات الصور بلا تقرير",
    "disclaimer or disclosure without a report": "إخلاء مسؤولية أو إفصاح بلا تقرير",
    "disclaimers and disclosures": "إخلاءات المسؤولية والإفصاحات",
    "widget (weather, social post, classified ads) without a report":
        "أداة (طقس، منشور اجتماعي، إعلانات مبوّبة) بلا تقرير",
    "weather widgets, embedded social posts and classified-ads boxes":
        "أدوات الطقس والمنشورات الاجتماعية المضمّنة وصناديق الإعلانات المبوّبة",
    "donation appeal without a report": "نداء تبرع بلا تقرير",
    "donation appeals": "نداءات التبرع",
    "its title names the page, not a news story": "عنوانها يسمّي الصفحة لا خبرًا",
    "{lines} reads like {kind}": "{lines} يُقرأ كأنه {kind}",
    # "أشبه" before "بـ" takes no number, so a dual count ("سطران") agrees with no verb (h-ui29: "سطران تُقرأ كأنها")
    "{lines} read like {kind}": "{lines} أشبه ب{kind}",
    "{n} of its {all} lines are headlines, as on a front page": "{n} من أسطرها الـ{all} عناوين، كما في صفحة رئيسية",
    # the count the subject, after its predicate "فيها" as Russian's "в ней": nominative at every count
    # ("فيها بندان مؤرخان", "فيها 11 بندًا مؤرخًا"); it was a bare "{n}" in a partitive, "تسرد 4 من
    # البنود المؤرخة" (4 of the dated items), which a counted noun's field replaces (h-ui35)
    "it lists {items}, as an index does": "فيها {items}، كما في الفهرس",
    "it lists {months} with their counts of posts, as a blog's archive does":
        "فيها {months} مع عدد منشورات كل منها، كما في أرشيف مدونة",
    "{counters} (such as “3 / 12”), as in a photo gallery": "{counters} (مثل «3 / 12»)، كما في معرض صور",
    "{forecasts} under a day's name, as a weather widget shows them": "{forecasts} تحت اسم يوم، كما في أداة الطقس",
    "{n}% of its text is links to other pages": "{n}% من نصها روابط إلى صفحات أخرى",
    "no sentence in it reads like a news report": "لا جملة فيها تُقرأ كتقرير إخباري",
    # the verb first, so it agrees with no number; the count after "إلا" its subject, nominative
    "only {characters} of it read like a news report's sentences": "لا يُقرأ منها كجمل تقرير إخباري إلا {characters}",
    # storyline.reader_words_gate.SEARCH_WORDS: the search page
    "Search with filters": "بحث بعوامل تصفية",
    "none stored yet": "لا شيء محفوظ بعد",
    "YYYY-MM-DD": "سنة-شهر-يوم",
    "words and meaning": "الكلمات والمعنى",
    "exact words": "الكلمات بعينها",
    "meaning (any language)": "المعنى (أي لغة)",
    "Please fix": "يُرجى التصحيح",
    "{label}: “{value}” is not a date (use YYYY-MM-DD)": "{label}: «{value}» ليس تاريخًا (اكتبه بصيغة سنة-شهر-يوم)",
    "{label}: “{value}” is not one of {choices}": "{label}: «{value}» ليس من {choices}",
    "{until} is before {since}": "«{until}» قبل «{since}»",
    "No news report has been ingested yet, so nothing can match.": "لم يُدخَل أي تقرير إخباري بعد، فلا شيء يمكن أن يطابق.",
    "Try": "جرّب",
    "or": "أو",
    "No name is spelled like “{name}”, so the “Mentions” filter matches no article.":
        "لا اسم يُكتب مثل «{name}»، لذا لا يطابق مرشّح «يذكر» أي مقال.",
    "Look the name up": "ابحث عن الاسم",
    "No report matches “{q}”: none has these words or names, and none is about it in meaning. Try other words or fewer filters.":
        "لا تقرير يطابق «{q}»: لا يحوي أيٌّ منها هذه الكلمات أو الأسماء، ولا يتناوله أيٌّ منها في المعنى. "
        "جرّب كلمات أخرى أو عوامل تصفية أقل.",
    "Try other words, the meaning mode, or fewer filters.": "جرّب كلمات أخرى، أو البحث بالمعنى، أو عوامل تصفية أقل.",
    "No report has all of these words together (a report matches by its words only when it has every one).":
        "لا تقرير يحوي كل هذه الكلمات معًا (يطابق التقرير بكلماته فقط إذا احتوى كل واحدة منها).",
    "No report has this word or name.": "لا تقرير يحوي هذه الكلمة أو هذا الاسم.",
    "The reports below are only the closest in meaning, and may have nothing to do with “{q}”.":
        "التقارير أدناه هي الأقرب في المعنى فقط، وقد لا تكون لها علاقة بـ«{q}».",
    "No results for “{q}”.": "لا نتائج عن «{q}».",
    "in": "ضمن الحدث:",
    "the event it titles": "الحدث الذي يحمل عنوانه",
    "matched by": "طابق عبر",
    "its words": "كلماته",
    "its meaning": "معناه",
    "the name it mentions": "الاسم الذي يذكره",
    "its event (another report of it has the words)": "حدثه (تقرير آخر عنه يحوي الكلمات)",
    " and ": " و",
    "{copies} of this report:": "{copies} من هذا التقرير:",
    # storyline.reader_words_notes.NOTE_WORDS
    "cleaning rule: {rule}": "قاعدة التنظيف: {rule}",
    "Main": "الرئيسية",
    "the same words as {original} above": "الكلمات نفسها التي في {original} أعلاه",
    "the same words as its original above": "الكلمات نفسها التي في أصله أعلاه",
    "its sentence quoted above": "جملته مقتبسة أعلاه",
    "Disagreement": "خلاف",
    "{n} beyond the summary's {m} above": "{n} إضافة إلى حقائق الملخص ({m}) أعلاه",
    "; {n} more says only what is shown here already": "؛ و{n} أخرى لا تقول إلا ما يظهر هنا",
    "; {n} more say only what is shown here already": "؛ و{n} أخرى لا تقول إلا ما يظهر هنا",
    "{n} more fact stated by more than one report says only what is shown here already.":
        "{n} حقيقة أخرى يذكرها أكثر من تقرير لا تقول إلا ما يظهر هنا.",
    "{n} more facts stated by more than one report say only what is shown here already.":
        "حقائق أخرى يذكرها أكثر من تقرير لا تقول إلا ما يظهر هنا: {n}.",
    "(a near-copy of another report: not counted again)": "(نسخة شبه مطابقة من تقرير آخر: لم تُعدّ مرة أخرى)",
    "(near-copies of another report: not counted again)": "(نسخ شبه مطابقة من تقرير آخر: لم تُعدّ مرة أخرى)",
    "(near-copies among them: {n}; not counted again)": "(نسخ شبه مطابقة منها: {n}؛ لم تُعدّ مرة أخرى)",
    "updated {when} UTC; earlier revisions: {n}": "حُدِّث {when} UTC؛ النسخ السابقة: {n}",
    "Earlier revisions": "النسخ السابقة",
    "gone from its site since {when} UTC; text kept": "حُذفت من موقعها منذ {when} UTC؛ النص محفوظ",
    "stored {stored} UTC, replaced {replaced} UTC": "خُزِّنت {stored} UTC، واستُبدلت {replaced} UTC",
    "Timeline of event {n}": "التسلسل الزمني للحدث {n}",
    "Timeline of story {n}": "التسلسل الزمني للقصة {n}",
    "week of {date}": "أسبوع {date}",
    "any spelling or script, part of a name": "أي كتابة أو خط، أو جزء من اسم",
    "No single name is “{find}”. Did you mean:": "لا يوجد اسم واحد هو «{find}». هل تقصد:",
    "exact match on “{alias}”": "تطابق تام مع «{alias}»",
    "spelling match on “{alias}”": "تطابق في الكتابة مع «{alias}»",
    "partial match on “{alias}”": "تطابق جزئي مع «{alias}»",
    "approximate match on “{alias}”": "تطابق تقريبي مع «{alias}»",
    "No name is spelled like “{find}”.": "لا اسم يُكتب مثل «{find}».",
    "No names yet.": "لا أسماء بعد.",
    "{name}: {problem}": "{name}: {problem}",
    "not a whole number": "ليس عددًا صحيحًا",
    "must be at least {limit}": "يجب ألا يقل عن {limit}",
    "must be at most {limit}": "يجب ألا يزيد على {limit}",
    "at most {limit} characters": "{limit} حرفًا على الأكثر",
    "one of {choices}": "واحد من: {choices}",
    "NUL characters are not allowed": "محارف NUL غير مسموح بها",
    "“{given}” is not a language code{guess}; give an ISO 639-1 code such as {examples}{und}":
        "«{given}» ليس رمز لغة{guess}؛ أعطِ رمزًا من ISO 639-1 مثل {examples}{und}",
    " (did you mean {meant}?)": " (هل تقصد {meant}؟)",
    ", or {und} (reports whose language could not be told)": "، أو {und} (تقارير تعذّر تحديد لغتها)",
    "the summary's are above": "حقائق الملخص أعلاه",
    "; the summary's {n} are above": "؛ وحقائق الملخص ({n}) أعلاه",
    "dates:": "التواريخ:",
    "removed": "أُزيل",
    "names:": "الأسماء:",
    "also written:": "يُكتب أيضًا:",
    "no other spelling": "لا كتابة أخرى",
    ", ": "، ",
    "; ": "؛ ",
    ": ": ": ",
}

# CLDR's categories in order, as storyline.reader_words_ar.AR_COUNTED
AR_LIST_COUNTED: dict[str, tuple[str, ...]] = {
    "story": ("{n} قصة", "قصة واحدة", "قصتان", "{n} قصص", "{n} قصةً", "{n} قصة"),
    "result": ("{n} نتيجة", "نتيجة واحدة", "نتيجتان", "{n} نتائج", "{n} نتيجةً", "{n} نتيجة"),
    "near-copy": ("{n} نسخة شبه مطابقة", "نسخة شبه مطابقة", "نسختان شبه مطابقتين", "{n} نسخ شبه مطابقة",
                  "{n} نسخةً شبه مطابقة", "{n} نسخة شبه مطابقة"),
    "line": ("{n} سطر", "سطر واحد", "سطران", "{n} أسطر", "{n} سطرًا", "{n} سطر"),
    "picture counter": ("{n} عدّاد صور", "عدّاد صور واحد", "عدّادا صور", "{n} عدّادات صور", "{n} عدّادًا للصور",
                        "{n} عدّاد صور"),
    "forecast": ("{n} توقع", "توقع واحد", "توقعان", "{n} توقعات", "{n} توقعًا", "{n} توقع"),
    "character": ("{n} حرف", "حرف واحد", "حرفان", "{n} أحرف", "{n} حرفًا", "{n} حرف"),
    "dated item": ("{n} بند مؤرخ", "بند مؤرخ واحد", "بندان مؤرخان", "{n} بنود مؤرخة", "{n} بندًا مؤرخًا",
                   "{n} بند مؤرخ"),
    "month": ("{n} شهر", "شهر واحد", "شهران", "{n} أشهر", "{n} شهرًا", "{n} شهر"),
}

# each dual above as governed (storyline.reader_words_ar.AR_TWO_OBLIQUE): "من مقالين"; "two" above is said alone
AR_LIST_TWO_OBLIQUE: dict[str, str] = {
    "story": "قصتين", "result": "نتيجتين", "near-copy": "نسختين شبه مطابقتين", "line": "سطرين",
    "picture counter": "عدّادَي صور", "forecast": "توقعين", "character": "حرفين",
    "dated item": "بندين مؤرخين", "month": "شهرين",
}
