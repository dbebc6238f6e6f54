"""The pages' fixed wording in Ukrainian, for the catalogue.

The front page's language menu offered Ukrainian by its name, but an event or story
page's menu offered only the languages the catalogue is worded in, so a Ukrainian
reader who chose it there read English (h-ui36, issue 12).  Kept in its own table,
keyed by the catalogue's English, as Arabic's (:mod:`storyline.reader_words_ar`), and
merged by :func:`storyline.reader_words_tables.add_table`, which refuses at import a key
left without Ukrainian or Ukrainian for no key.

Counted nouns take CLDR's one / few / many as Russian's ("1 рядок", "2 рядки", "5 рядків";
11-14 many, 21 one); unlike Russian, a masculine noun after 2-4 is nominative plural ("2
факти", not "2 факта"), and an adjective with it too ("3 незалежні джерела").  The one
count an entry governs, "з {all:oblique}" ("з 21 рядка", "з 22 рядків"), takes the
genitive by category (``reader_words_plural.GOVERNED_FORMS``).  Where a count's case would
depend on the words around it, an entry says it as a label ("згадується: 2 статті"),
as the Russian does.  Quotes are CLDR's « »; a language's name is quoted, as Russian's.
"""
from __future__ import annotations

UK_NO_REPORT = ("жодного повідомлення мовою «{language}»: кожен факт наведено англійською, де його так повідомляють, "
                "інакше мовою оригіналу")

UK_WORDS: dict[str, str] = {
    # storyline.reader_words.WORDS
    # a timeline entry's happening day (h-dates9)
    "happened {date} · first reported {reported}": "сталося {date} · перше повідомлення {reported}",
    "first reported {reported}": "перше повідомлення {reported}",  # alone, under a list's happening day (h-dates12)
    # storyline.reader_words.WORDS: a listed fact's context (h-facts25)
    "before it in {source}:": "перед цим у {source}:",
    "the sentence before it in its report": "попереднє речення того самого повідомлення",
    "Stories": "Сюжети", "Events": "Події", "Names": "Імена", "Search": "Пошук", "Not articles": "Не статті",
    "Search in any language": "Пошук будь-якою мовою", "Skip to content": "Перейти до вмісту",
    "Event {n}": "Подія {n}", "Story {n}": "Сюжет {n}",
    # "part of" and "the only event of" stand before "story {n}", a genitive: "частина сюжету 2"
    "part of": "частина", "story {n}": "сюжету {n}", "the only event of": "єдина подія",
    ", which it titles": ", якому вона дає заголовок", "Summary": "Зведення", "Reader's language": "Мова читача",
    "Show": "Показати", "corroborated": "підтверджено", "single-source": "одне джерело", "conflicting": "суперечливо",
    "{facts} in its events: each event's page lists them all":
        "{facts} у його подіях: на сторінці кожної події їх перелічено всі",
    "two or more independent reports state it": "його повідомляють два або більше незалежних джерела",
    "one report only": "лише одне повідомлення", "reports disagree": "повідомлення розходяться",
    "The tag after it is the language the fact is quoted in; its citations quote each report.":
        "Мітка після нього — мова, якою наведено факт; у посиланнях цитується кожне повідомлення.",
    "Open every citation": "Відкрити всі посилання", "Close every citation": "Закрити всі посилання",
    "aligned with": "зіставлено з", "aligned": "зіставлено",
    "aligned with the fact as stated above": "зіставлено з фактом, як його викладено вище",
    "Sources disagree:": "Джерела розходяться:",
    "More facts stated by more than one report": "Інші факти з кількох повідомлень",
    "Stated by one report only": "Лише в одному повідомленні", "no other report confirms": "без підтвердження в інших повідомленнях",
    "Timeline": "Хронологія", "Coverage": "Висвітлення", "By language": "За мовами", "By source": "За джерелами",
    "Language": "Мова", "Source": "Джерело", "Articles": "Статті", "Names mentioned": "Згадані імена",
    "The number beside a name: how many of the articles name it.":
        "Число біля імені — скільки статей його називають.",
    "Removed from the page:": "Вилучено зі сторінки:",
    "Not part of the report, so left out of the text above and of search, events and facts. As the page wrote it:":
        "Це не частина повідомлення, тому воно не ввійшло ні до тексту вище, ні до пошуку, подій і фактів. "
        "Як було на сторінці:",
    "Nothing was removed from this page: no site menu, link to another story, notice or credit was found in its text.":
        "Зі сторінки нічого не вилучено: у її тексті не знайдено ні меню сайту, ні посилань на інші матеріали, "
        "ні повідомлень, ні підписів.",
    "mentioned in the coverage:": "згадано в публікаціях:",
    # these stand before "event {n}" as labels: "одне з повідомлень: подія 8"
    "the report whose title names": "повідомлення, чий заголовок став назвою:", "a report of": "одне з повідомлень:",
    "event {n}": "подія {n}", "date unknown": "дата невідома", "placed by content only": "віднесено лише за змістом",
    "The chart opens at its latest dates: scroll it sideways for the earlier ones.":
        "Графік відкривається на останніх датах: прокрутіть його вбік до раніших.",
    "without a date": "без дати", "The dates as a list": "Дати списком",
    # storyline.reader_words_lists
    "{stories} from {articles}, newest and biggest first.": "{stories} · {articles} · спершу нові й великі.",
    "{events} from {articles}, biggest and newest first.": "{events} · {articles} · спершу великі й нові.",
    "Search articles in any language": "Шукати статті будь-якою мовою", "All events": "Усі події",
    "On each story:": "У кожного сюжету:", "On each event:": "У кожної події:",
    "the languages of its reports": "мови його повідомлень", "source": "джерело", "who published them": "хто їх опублікував",
    "name": "ім'я", "the names it mentions most, with how many of its articles name each.":
        "імена, які згадуються найчастіше, і скільки його статей називає кожне.",
    "← Previous": "← Назад", "Next →": "Далі →", "{first}–{last} of {total}": "{first}–{last} з {total}",
    "None: every page ingested reads as a news report.": "Немає: кожна завантажена сторінка читається як новинне повідомлення.",
    "Words or a question, in any language": "Слова або запитання, будь-якою мовою",
    "Written in": "Мова повідомлення", "Mentions (a name, any script)": "Згадує (ім'я, будь-яким письмом)",
    "Published from": "Опубліковано з", "Published until": "Опубліковано до", "Kind of search": "Вид пошуку",
    "{results} for “{q}”": "{results} за запитом «{q}»",
    "People, organisations and places, most mentioned first, with their spellings in every script.":
        "Люди, організації та місця, спершу найзгадуваніші, з усіма їхніми написаннями.",
    "Find a name": "Знайти ім'я", "Name": "Ім'я", "Kind": "Вид", "Also written": "Також пишеться",
    "Mentions": "Згадки", "+{n} more": "ще {n}", "published": "опубліковано", "mentioned": "згадано",
    "events": "події", "The axis is broken:": "Вісь перервано:",
    "First day": "Перший день", "Last day": "Останній день", "Headline": "Заголовок",
    "the dates left of the break ({span}) lie long before the rest: in date order, not to scale":
        "дати ліворуч від розриву ({span}) набагато раніші за решту: за порядком, не в масштабі",
    "the dates right of the break ({span}) lie long after the rest: in date order, not to scale":
        "дати праворуч від розриву ({span}) набагато пізніші за решту: за порядком, не в масштабі",
    "A ring is a report dated outside the event's days: it joined by its content, and the axis is kept to the event's own reports":
        "Кільце — повідомлення з датою поза днями події: воно ввійшло до події за змістом, а вісь побудовано "
        "за власними повідомленнями події",
    "{first} to {last}": "{first} — {last}",
    # storyline.reader_words_gate.GATE_WORDS
    "Pages that are not news reports: {kinds}.": "Сторінки, які не є новинними повідомленнями: {kinds}.",
    "They are kept, so ingesting them again adds nothing, but they join no event or story and search leaves them out.":
        "Їх збережено, тож повторне завантаження нічого не додасть, але вони не входять ні до події, ні до сюжету, "
        "і пошук їх не показує.",
    "To keep such a page as a report, ingest it with": "Щоб зберегти таку сторінку як повідомлення, завантажте її з",
    "{rest} and {last}": "{rest} і {last}", "Why:": "Чому:",
    "gate's reason: {reason}": "причина, записана фільтром: {reason}", "Not a news report:": "Не новинне повідомлення:",
    "all such pages": "усі такі сторінки",
    "error or unavailable page": "помилка або недоступна сторінка", "bot check": "перевірка на робота",
    "login or registration wall": "вимога входу або реєстрації", "subscription wall": "платний доступ",
    "sign-up form": "форма підписки", "cookie wall": "вимога cookie",
    "front page or section index": "головна сторінка або рубрика", "age check": "перевірка віку",
    "error and unavailable pages": "помилки й недоступні сторінки", "bot checks": "перевірки на робота",
    "login and registration walls": "вимоги входу й реєстрації", "subscription walls": "платний доступ",
    "sign-up forms": "форми підписки", "cookie walls and consent pop-ups": "вимоги cookie й вікна згоди",
    "front pages and section indexes": "головні сторінки й рубрики", "age checks": "перевірки віку",
    "app-install wall": "вимога встановити застосунок", "app-install walls": "вимоги встановити застосунок",
    "video player or photo captions without a report": "відеоплеєр або підписи до фото без повідомлення",
    "video players and photo captions without a report": "відеоплеєри й підписи до фото без повідомлення",
    "disclaimer or disclosure without a report": "застереження або розкриття інформації без повідомлення",
    "disclaimers and disclosures": "застереження й розкриття інформації",
    "widget (weather, social post, classified ads) without a report":
        "віджет (погода, допис із соцмережі, оголошення) без повідомлення",
    "weather widgets, embedded social posts and classified-ads boxes":
        "віджети погоди, вбудовані дописи із соцмереж і блоки оголошень",
    "donation appeal without a report": "заклик до пожертв без повідомлення", "donation appeals": "заклики до пожертв",
    "its title names the page, not a news story": "його заголовок називає сторінку, а не новину",
    "{lines} reads like {kind}": "{lines} — як на сторінці «{kind}»", "{lines} read like {kind}": "{lines} — як на сторінці «{kind}»",
    "{n} of its {all} lines are headlines, as on a front page":
        "{n} з {all:oblique} — заголовки, як на головній сторінці",
    "it lists {items}, as an index does": "у ній {items}, як у покажчику",
    "it lists {months} with their counts of posts, as a blog's archive does":
        "у ній {months} із числом записів, як в архіві блогу",
    "{counters} (such as “3 / 12”), as in a photo gallery": "{counters} (на зразок «3 / 12»), як у фотогалереї",
    "{forecasts} under a day's name, as a weather widget shows them": "{forecasts} під назвами днів, як у віджеті погоди",
    "{n}% of its text is links to other pages": "{n}% тексту — посилання на інші сторінки",
    "no sentence in it reads like a news report": "жодне речення не схоже на новинне повідомлення",
    "only {characters} of it read like a news report's sentences":
        "лише {characters} схожі на речення новинного повідомлення",
    "Search with filters": "Пошук із фільтрами", "none stored yet": "поки нічого немає", "YYYY-MM-DD": "РРРР-ММ-ДД",
    "words and meaning": "слова і зміст", "exact words": "точні слова",
    "meaning (any language)": "зміст (будь-яка мова)", "Please fix": "Виправте, будь ласка",
    "{label}: “{value}” is not a date (use YYYY-MM-DD)": "{label}: «{value}» — не дата (пишіть РРРР-ММ-ДД)",
    "{label}: “{value}” is not one of {choices}": "{label}: «{value}» — не один із варіантів: {choices}",
    "{until} is before {since}": "«{until}» раніше, ніж «{since}»",
    "No news report has been ingested yet, so nothing can match.":
        "Новинних повідомлень ще не завантажено, тож збігів бути не може.",
    "Try": "Спробуйте", "or": "або",
    "No name is spelled like “{name}”, so the “Mentions” filter matches no article.":
        "Жодне ім'я не пишеться як «{name}», тож фільтр «Згадує» не знаходить жодної статті.",
    "Look the name up": "Знайти ім'я",
    "No report matches “{q}”: none has these words or names, and none is about it in meaning. Try other words or fewer filters.":
        "Жодне повідомлення не відповідає «{q}»: у жодному немає цих слів чи імен, і жодне не про те саме за змістом. "
        "Спробуйте інші слова або менше фільтрів.",
    "Try other words, the meaning mode, or fewer filters.":
        "Спробуйте інші слова, пошук за змістом або менше фільтрів.",
    "No report has all of these words together (a report matches by its words only when it has every one).":
        "У жодному повідомленні немає всіх цих слів разом (повідомлення збігається за словами, лише якщо в ньому є кожне).",
    "No report has this word or name.": "У жодному повідомленні немає цього слова чи імені.",
    "The reports below are only the closest in meaning, and may have nothing to do with “{q}”.":
        "Повідомлення нижче лише найближчі за змістом і можуть не мати стосунку до «{q}».",
    "No results for “{q}”.": "За запитом «{q}» нічого не знайдено.",
    "in": "подія:", "the event it titles": "подія, якій воно дає заголовок", "matched by": "знайдено за:",
    "its words": "словами", "its meaning": "змістом", "the name it mentions": "згаданим ім'ям",
    "its event (another report of it has the words)": "подією (слова є в іншому її повідомленні)",
    " and ": " і ", "{copies} of this report:": "{copies} цього повідомлення:",
    # storyline.reader_words_pages.PAGE_WORDS
    "Storyline: offline multilingual news events. Article text is shown as plain text; nothing in it runs.":
        "Storyline: багатомовні новинні події без підключення до мережі. Текст статей показано як простий текст; "
        "ніщо в ньому не виконується.",
    "HTTP API": "HTTP API", "Not found": "Не знайдено", "Not Found": "Такої сторінки немає.",
    "Error {code}": "Помилка {code}", "Something is wrong ({code})": "Щось не так ({code})",
    "Back to the front page": "На головну сторінку", "There is no event {value}.": "Події {value} немає.",
    "There is no story {value}.": "Сюжету {value} немає.", "There is no article {value}.": "Статті {value} немає.",
    "Languages": "Мови", "Sources": "Джерела", "More sources": "Інші джерела", "Top names": "Головні імена",
    "language: {code}": "мова: {code}", "in {articles}": "згадується: {articles}", "named in {articles}": "згадано: {articles}",
    "Row {n}: {caption}.": "Ряд {n}: {caption}.",
    "{date}: {articles} published": "{date}: опубліковано — {articles}",
    "{date}: mentioned in {articles}, “{phrase}” in “{sentence}”":
        "{date}: згадано — {articles}, «{phrase}» у «{sentence}»",
    "{date}: {title} ({sources})": "{date}: {title} ({sources})", "{period}: {articles}": "{period}: {articles}",
    "These reports state no date of their own; they joined by their content alone and are not counted in the dates":
        "Ці повідомлення не вказують власної дати; їх віднесено лише за змістом і не враховано в датах",
    "This report states no date of its own: it was placed by its content alone, and its event's dates are not its dates":
        "Це повідомлення не вказує власної дати: його віднесено лише за змістом, і дати події — не його дати",
    "outside the event's days": "поза днями події",
    "This report is dated outside its event's days: it joined by its content, and its date is not counted in the event's dates":
        "Це повідомлення датоване поза днями своєї події: його віднесено за змістом, і його дату не враховано в датах події",
    "This page states no date of its own": "Ця сторінка не вказує власної дати", "near-copy of": "майже копія",
    "Past the last page": "За останньою сторінкою", "({n} in all)": "(усього {n})", "The last page": "Остання сторінка",
    "The first page": "Перша сторінка", "source unknown": "джерело невідоме", "Pages": "Сторінки",
    "More pages": "Інші сторінки", "More names": "Інші імена", "More results": "Інші результати",
    "More stories": "Інші сюжети", "More events": "Інші події", "{n} of unknown source": "з них джерело невідоме: {n}",
    "source unknown: counted as its own report": "джерело невідоме: враховано як окреме повідомлення",
    "copy of {original}: not counted again": "копія: {original}; повторно не враховано",
    "reported on different days, so the later may update the earlier rather than dispute it":
        "повідомлено в різні дні: пізніше може уточнювати, а не заперечувати раніше",
    "number": "число", "date": "дата", "participant": "учасник", "compared as {value}": "порівнюється як {value}",
    "sources:": "джерела:", "copy of {original}": "копія: {original}", "a copy": "копія",
    "Not in this summary, too long for it:": "Не ввійшло до цього зведення, надто довгого:",
    "(each event's page summarises it).": "(кожна подія має своє зведення на своїй сторінці).",
    "another report": "іншого повідомлення",
    "the sentence of another report in the reader's language that states this fact; not a translation":
        "речення іншого повідомлення мовою читача, у якому викладено цей факт; не переклад",
    "the sentence of another report in this language aligned with it; not a translation":
        "зіставлене з ним речення іншого повідомлення цією мовою; не переклад",
    # these stand before "event {n}" as labels: "Входить до: подія 8"
    "Part of": "Входить до:", "Placed by its content in": "За змістом віднесено до:", "By {author}": "Автор: {author}",
    "Original page": "Оригінальна сторінка", "The sentence cited is": "Цитоване речення", "marked": "позначено",
    "in the text.": "у тексті.", "Cleaned text": "Очищений текст", "Dates mentioned": "Згадані дати",
    "This page states no date of its own, and the dates in its text are not read: it is not a news report.":
        "Ця сторінка не вказує власної дати, і дати в її тексті не читаються: це не новинне повідомлення.",
    "It states no date of its own, so the days it names without a year (a weekday, a day and a month, yesterday or tomorrow) cannot be placed":
        "Власної дати тут немає, тому дні, названі без року (день тижня, число й місяць, учора чи завтра), "
        "не можна розмістити на шкалі",
    "; only dates written in full are listed": "; перелічено лише повністю записані дати",
    ", and it writes none in full": ", а повністю записаних дат немає", " to ": " — ",
    "({n} mentions)": "(згадок: {n})", "{sentences} with this date": "ще з цією датою: {sentences}",
    "({n} times)": "(разів: {n})",
    "person": "особа", "organisation": "організація", "place": "місце", "product": "продукт", "other name": "інше ім'я",
    "Named in {articles} and {stories}.": "Згадується: {articles} і {stories}.", "Spellings": "Написання",
    "Spellings across scripts": "Написання різними письменностями", "{n} mentions": "згадок: {n}",
    "written this way {times}": "так написано: {times}", "the name shown to readers of {langs}":
        "ім'я для читачів мовами {langs}",
    "Mentions over time": "Згадки в часі", "day": "день", "month": "місяць", "year": "рік",
    "Articles naming {name} per {period}, {span}, at most {max}":
        "Статті, де названо «{name}», за {period}: {span}, не більше {max}",
    "articles per {period}": "статей за {period}", "(at most {articles} a {period})": "(найбільше за {period}: {articles})",
    "{articles} with no date of its own not charted": "{articles} без власної дати — не на графіку",
    "{articles} with no date of their own not charted": "{articles} без власної дати — не на графіку",
    "As a table": "Таблицею", "Period": "Період",
    "The {n} that name it most, of {total}, most first.": "{n} з {total}, що називають його найчастіше, за спаданням.",
    "Those that name it most first.": "Спершу ті, що називають його частіше.", "{mentions} of": "{mentions}:",
    "in this story": "у цьому сюжеті", "The {n} newest of {total}.": "{n} найновіших з {total}.",
    # storyline.reader_words_notes.NOTE_WORDS
    "cleaning rule: {rule}": "правило очищення: {rule}", "Main": "Основне",
    "the same words as {original} above": "ті самі слова, що в {original} вище",
    "the same words as its original above": "ті самі слова, що в оригіналу вище",
    "its sentence quoted above": "його речення наведено вище", "Disagreement": "Розбіжність",
    "{n} beyond the summary's {m} above": "{n} понад факти зведення вище ({m})",
    "; {n} more says only what is shown here already": "; ще {n} повторює лише те, що вже показано",
    "; {n} more say only what is shown here already": "; ще {n} повторюють лише те, що вже показано",
    "{n} more fact stated by more than one report says only what is shown here already.":
        "Ще {n} факт із кількох повідомлень повторює лише те, що вже показано.",
    "{n} more facts stated by more than one report say only what is shown here already.":
        "Ще фактів із кількох повідомлень, що повторюють лише вже показане: {n}.",
    "(a near-copy of another report: not counted again)": "(майже копія іншого повідомлення: повторно не враховано)",
    "(near-copies of another report: not counted again)": "(майже копії іншого повідомлення: повторно не враховано)",
    "(near-copies among them: {n}; not counted again)": "(майже копій серед них: {n}; повторно не враховано)",
    "updated {when} UTC; earlier revisions: {n}": "оновлено {when} UTC; попередніх версій: {n}",
    "Earlier revisions": "Попередні версії",
    "gone from its site since {when} UTC; text kept": "зникло з сайту з {when} UTC; текст збережено",
    "stored {stored} UTC, replaced {replaced} UTC": "збережено {stored} UTC, замінено {replaced} UTC",
    "Timeline of event {n}": "Хронологія події {n}", "Timeline of story {n}": "Хронологія сюжету {n}",
    "week of {date}": "тиждень з {date}",
    "any spelling or script, part of a name": "будь-яке написання чи письмо, частина імені",
    "No single name is “{find}”. Did you mean:": "Немає єдиного імені «{find}». Можливо, ви мали на увазі:",
    "exact match on “{alias}”": "точний збіг із «{alias}»",
    "spelling match on “{alias}”": "збіг за написанням із «{alias}»",
    "partial match on “{alias}”": "частковий збіг із «{alias}»",
    "approximate match on “{alias}”": "приблизний збіг із «{alias}»",
    "No name is spelled like “{find}”.": "Жодне ім'я не пишеться як «{find}».", "No names yet.": "Імен поки немає.",
    "{name}: {problem}": "{name}: {problem}", "not a whole number": "не ціле число",
    "must be at least {limit}": "має бути не менше {limit}", "must be at most {limit}": "має бути не більше {limit}",
    "at most {limit} characters": "не більше {limit} знаків", "one of {choices}": "одне з: {choices}",
    "NUL characters are not allowed": "символи NUL неприпустимі",
    "“{given}” is not a language code{guess}; give an ISO 639-1 code such as {examples}{und}":
        "«{given}» — не код мови{guess}; вкажіть код ISO 639-1, наприклад {examples}{und}",
    " (did you mean {meant}?)": " (можливо, {meant}?)",
    ", or {und} (reports whose language could not be told)": " або {und} (повідомлення, мову яких не визначено)",
    "the summary's are above": "факти зведення — вище", "; the summary's {n} are above": "; факти зведення ({n}) — вище",
    "dates:": "дати:", "removed": "вилучено", "names:": "імена:", "also written:": "також пишеться:",
    "no other spelling": "інших написань немає", ", ": ", ", "; ": "; ", ": ": ": ",
    # storyline.reader_words_residue.RESIDUE_SAID
    "link to another story": "посилання на інший матеріал", "photo credit": "підпис до фото",
    "the site's promotion of itself": "реклама самого сайту", "sharing buttons": "кнопки «поділитися»",
    "template code": "код шаблону", "copyright notice": "знак авторського права", "topic tags": "теги",
    "invitation to follow": "заклик підписатися", "cookie notice": "повідомлення про cookie",
    "newsletter sign-up": "підписка на розсилку", "invitation to comment": "заклик коментувати",
    "invitation to report an error": "заклик повідомити про помилку", "staff credit": "підпис редакції",
    "subscription or access notice": "повідомлення про підписку чи доступ", "site menu": "меню сайту",
    "advert marker": "позначка «реклама»", "time stamp": "позначка часу",
    "an embedded post's link and byline": "посилання й підпис вбудованого допису", "HTML code": "HTML-код",
    "the source's standard text": "типовий текст джерела", "headline repeated": "повтор заголовка",
    "the page's own title (the site, page kind or time), replaced by the headline the text opens with":
        "власний заголовок сторінки (сайт, тип сторінки або час), замінений заголовком, з якого починається текст",
}

# (one, few, many): after 2-4 the nominative plural, noun and adjective ("2 незалежні джерела");
# the summary's first two are adjectives of "факти" ("3 підтверджені · 0 суперечливих")
UK_COUNTED: dict[str, tuple[str, ...]] = {
    "article": ("стаття", "статті", "статей"), "event": ("подія", "події", "подій"),
    "citation": ("посилання", "посилання", "посилань"), "report": ("повідомлення", "повідомлення", "повідомлень"),
    "source": ("джерело", "джерела", "джерел"), "fact": ("факт", "факти", "фактів"),
    "corroborated fact": ("підтверджений", "підтверджені", "підтверджених"),
    "conflicting fact": ("суперечливий", "суперечливі", "суперечливих"),
    "single-source fact": ("факт з одного джерела", "факти з одного джерела", "фактів з одного джерела"),
    "independent source": ("незалежне джерело", "незалежні джерела", "незалежних джерел"),
    "story": ("сюжет", "сюжети", "сюжетів"), "result": ("результат", "результати", "результатів"),
    "near-copy": ("майже копія", "майже копії", "майже копій"), "line": ("рядок", "рядки", "рядків"),
    "picture counter": ("лічильник знімків", "лічильники знімків", "лічильників знімків"),
    "forecast": ("прогноз", "прогнози", "прогнозів"),
    "dated item": ("датований пункт", "датовані пункти", "датованих пунктів"),
    "month": ("місяць", "місяці", "місяців"), "character": ("знак", "знаки", "знаків"),
    "independent report": ("незалежне повідомлення", "незалежні повідомлення", "незалежних повідомлень"),
    "mention": ("згадка", "згадки", "згадок"), "more sentence": ("речення", "речення", "речень"),
    "time": ("раз", "рази", "разів"),
}
