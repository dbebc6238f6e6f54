"""The reader pages' fixed wording in the reader's language: one catalogue, English the fallback.

An event or story page read with ``?lang=ru`` showed its reports' sentences
in Russian under English headings, badges, buttons and dates ("Summary",
"corroborated", "Removed from the page", "2023-09-13").  The wording is kept
here, keyed by its English text, for the languages the demo's reports are in
(de, es, fr, hi, ru), Arabic, and the front page's other named languages, Italian,
Portuguese and Ukrainian (each of the last four in its own table, h-ui36); a key with
no entry for a language is said in English,
so a new phrase can never break a page.  Counted nouns take the language's
plural form (Russian has three: 1 статья, 2 статьи, 5 статей; :mod:`storyline.reader_words_plural`).  Dates are
written as the language writes them (CLDR through babel: "13 сент. 2023 г.");
English keeps the ISO days the pages and their tests read (:mod:`storyline.reader_words_dates`).

The language of the page being made is a context variable (:func:`reading`),
set by the page renderer for the request, so the template macros, which are
imported without the page's context, say the same as the page.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from babel import Locale

from storyline.reader_words_ar import AR_TWO_OBLIQUE, add_arabic
from storyline.reader_words_case import SAYING, Counted
from storyline.reader_words_gate import GATE_COUNTED, GATE_WORDS
from storyline.reader_words_lists import LIST_COUNTED, LIST_WORDS
from storyline.reader_words_notes import NOTE_WORDS
from storyline.reader_words_it import IT_COUNTED, IT_NO_REPORT, IT_WORDS
from storyline.reader_words_pages import PAGE_COUNTED, PAGE_WORDS
# which plural form a count takes (GOVERNED_FORMS and GOVERNED_PLURAL are read from here too)
from storyline.reader_words_plural import (CATEGORIES, GOVERNED_FORMS, GOVERNED_PLURAL,  # noqa: F401
                                          PHRASED_COUNTS, plural_form)
from storyline.reader_words_pt import PT_COUNTED, PT_NO_REPORT, PT_WORDS
from storyline.reader_words_residue import RESIDUE_SAID
from storyline.reader_words_tables import add_table
from storyline.reader_words_typography import spaced_in
from storyline.reader_words_uk import UK_COUNTED, UK_NO_REPORT, UK_WORDS

ENGLISH = "en"
_PAGE_LANG: ContextVar[str] = ContextVar("reader_words_lang", default=ENGLISH)

# the English of storyline.wording.no_report_in for a reader not of English, the key of its wording
# ({language} is a language's label, "Русский (ru)": quoted in Russian, not declined)
NO_REPORT = "no report is in {language}: each fact is stated in English where a report states it, else in its own language"

# English text -> {language: text}; ``{n}``-style fields are filled by say(**fields)
WORDS: dict[str, dict[str, str]] = {
    "Stories": {"ru": "Сюжеты", "hi": "कहानियां", "de": "Geschichten", "fr": "Sujets", "es": "Historias"},
    "Events": {"ru": "События", "hi": "घटनाएं", "de": "Ereignisse", "fr": "Événements", "es": "Sucesos"},
    "Names": {"ru": "Имена", "hi": "नाम", "de": "Namen", "fr": "Noms", "es": "Nombres"},
    "Search": {"ru": "Поиск", "hi": "खोज", "de": "Suche", "fr": "Recherche", "es": "Buscar"},
    "Not articles": {"ru": "Не статьи", "hi": "लेख नहीं", "de": "Keine Artikel", "fr": "Non-articles",
                     "es": "No son artículos"},
    "Search in any language": {"ru": "Поиск на любом языке", "hi": "किसी भी भाषा में खोजें",
                               "de": "In jeder Sprache suchen", "fr": "Chercher dans toutes les langues",
                               "es": "Buscar en cualquier idioma"},
    "Skip to content": {"ru": "К содержанию", "hi": "सामग्री पर जाएं", "de": "Zum Inhalt",
                        "fr": "Aller au contenu", "es": "Ir al contenido"},
    "Event {n}": {"ru": "Событие {n}", "hi": "घटना {n}", "de": "Ereignis {n}", "fr": "Événement {n}",
                  "es": "Suceso {n}"},
    "Story {n}": {"ru": "Сюжет {n}", "hi": "कहानी {n}", "de": "Geschichte {n}", "fr": "Sujet {n}",
                  "es": "Historia {n}"},
    "part of": {"ru": "часть", "hi": "इसका हिस्सा:", "de": "Teil von", "fr": "fait partie du", "es": "parte de"},
    "story {n}": {"ru": "сюжета {n}", "hi": "कहानी {n}", "de": "Geschichte {n}", "fr": "sujet {n}",
                  "es": "la historia {n}"},
    "the only event of": {"ru": "единственное событие", "hi": "इकलौती घटना:", "de": "das einzige Ereignis von",
                          "fr": "le seul événement du", "es": "el único suceso de"},
    ", which it titles": {"ru": ", которому дает заголовок", "hi": ", जिसका शीर्षक यही है",
                          "de": ", der danach benannt ist", "fr": ", qui porte son titre",
                          "es": ", que lleva su título"},
    "Summary": {"ru": "Сводка", "hi": "सारांश", "de": "Zusammenfassung", "fr": "Résumé", "es": "Resumen"},
    "Reader's language": {"ru": "Язык читателя", "hi": "पाठक की भाषा", "de": "Sprache des Lesers",
                          "fr": "Langue du lecteur", "es": "Idioma del lector"},
    "Show": {"ru": "Показать", "hi": "दिखाएं", "de": "Anzeigen", "fr": "Afficher", "es": "Mostrar"},
    "corroborated": {"ru": "подтверждено", "hi": "पुष्ट", "de": "bestätigt", "fr": "corroboré",
                     "es": "corroborado"},
    "single-source": {"ru": "один источник", "hi": "एक स्रोत", "de": "eine Quelle", "fr": "source unique",
                      "es": "una sola fuente"},
    "conflicting": {"ru": "противоречиво", "hi": "परस्पर विरोधी", "de": "widersprüchlich", "fr": "contradictoire",
                    "es": "contradictorio"},
    # a story's count of single-source facts, {facts} a count() of "single-source fact" (h-ui27: the
    # Hindi and Russian line read "single-source facts: 16 in its events")
    "{facts} in its events: each event's page lists them all": {
        "ru": "{facts} в его событиях: на странице каждого события они перечислены все",
        "hi": "इसकी घटनाओं में {facts}: हर घटना का पेज सभी तथ्य दिखाता है",
        "de": "{facts} in seinen Ereignissen: die Seite jedes Ereignisses listet sie alle",
        "fr": "{facts} dans ses événements : la page de chaque événement les liste tous",
        "es": "{facts} en sus sucesos: la página de cada suceso los enumera todos"},
    "two or more independent reports state it": {
        "ru": "его сообщают два или больше независимых источника", "hi": "दो या अधिक स्वतंत्र रिपोर्टें इसे बताती हैं",
        "de": "zwei oder mehr unabhängige Berichte nennen es", "fr": "deux sources indépendantes ou plus l'affirment",
        "es": "lo afirman dos o más fuentes independientes"},
    "one report only": {"ru": "только одно сообщение", "hi": "केवल एक रिपोर्ट", "de": "nur ein Bericht",
                        "fr": "un seul article", "es": "una sola noticia"},
    "reports disagree": {"ru": "сообщения расходятся", "hi": "रिपोर्टें असहमत हैं", "de": "Berichte widersprechen sich",
                         "fr": "les articles divergent", "es": "las noticias discrepan"},
    "The tag after it is the language the fact is quoted in; its citations quote each report.": {
        "ru": "Метка после него — язык, на котором приведён факт; в ссылках цитируется каждое сообщение.",
        "hi": "इसके बाद का टैग वह भाषा है जिसमें तथ्य उद्धृत है; इसके उद्धरण हर रिपोर्ट को उद्धृत करते हैं.",
        "de": "Das Kürzel danach ist die Sprache, in der die Tatsache zitiert wird; die Belege zitieren jeden Bericht.",
        "fr": "L'étiquette qui suit est la langue de la citation ; ses sources citent chaque article.",
        "es": "La etiqueta que sigue es el idioma de la cita; sus fuentes citan cada noticia."},
    "Open every citation": {"ru": "Открыть все ссылки", "hi": "सभी उद्धरण खोलें", "de": "Alle Belege öffnen",
                            "fr": "Ouvrir toutes les sources", "es": "Abrir todas las fuentes"},
    "Close every citation": {"ru": "Закрыть все ссылки", "hi": "सभी उद्धरण बंद करें", "de": "Alle Belege schließen",
                             "fr": "Fermer toutes les sources", "es": "Cerrar todas las fuentes"},
    "aligned with": {"ru": "сопоставлено с", "hi": "इससे मेल:", "de": "abgeglichen mit", "fr": "aligné avec",
                     "es": "alineado con"},
    # the sentence a listed fact leans on ("He said …" after the one naming him): storyline.facts.leaning
    "before it in {source}:": {"ru": "перед этим в {source}:", "hi": "इससे पहले {source} में:",
                               "de": "davor in {source}:", "fr": "juste avant, dans {source} :",
                               "es": "justo antes, en {source}:"},
    "the sentence before it in its report": {"ru": "предыдущее предложение того же сообщения",
                                             "hi": "उसी रिपोर्ट का पिछला वाक्य",
                                             "de": "der Satz davor im selben Bericht",
                                             "fr": "la phrase qui la précède dans le même article",
                                             "es": "la frase anterior de la misma noticia"},
    "aligned": {"ru": "сопоставлено", "hi": "मेल", "de": "abgeglichen", "fr": "aligné", "es": "alineado"},
    "aligned with the fact as stated above": {
        "ru": "сопоставлено с фактом, как он изложен выше", "hi": "ऊपर बताए गए तथ्य से मेल",
        "de": "abgeglichen mit der Tatsache, wie oben genannt", "fr": "aligné avec le fait tel qu'énoncé plus haut",
        "es": "alineado con el hecho tal como se indica arriba"},
    "Sources disagree:": {"ru": "Источники расходятся:", "hi": "स्रोत असहमत हैं:", "de": "Quellen widersprechen sich:",
                          "fr": "Les sources divergent :", "es": "Las fuentes discrepan:"},
    "More facts stated by more than one report": {
        "ru": "Другие факты из нескольких сообщений", "hi": "एक से अधिक रिपोर्टों में बताए गए और तथ्य",
        "de": "Weitere Fakten aus mehr als einem Bericht", "fr": "Autres faits rapportés par plusieurs articles",
        "es": "Más hechos de más de una noticia"},
    "Stated by one report only": {"ru": "Только в одном сообщении", "hi": "केवल एक रिपोर्ट में",
                                  "de": "Nur in einem Bericht", "fr": "Rapporté par un seul article",
                                  "es": "En una sola noticia"},
    "no other report confirms": {"ru": "без подтверждения в других сообщениях", "hi": "किसी और रिपोर्ट की पुष्टि के बिना",
                                 "de": "von keinem anderen Bericht bestätigt", "fr": "qu'aucun autre article ne confirme",
                                 "es": "que ninguna otra noticia confirma"},
    "Timeline": {"ru": "Хронология", "hi": "समयरेखा", "de": "Zeitleiste", "fr": "Chronologie", "es": "Cronología"},
    "Coverage": {"ru": "Освещение", "hi": "कवरेज", "de": "Berichterstattung", "fr": "Couverture", "es": "Cobertura"},
    "By language": {"ru": "По языкам", "hi": "भाषा के अनुसार", "de": "Nach Sprache", "fr": "Par langue",
                    "es": "Por idioma"},
    "By source": {"ru": "По источникам", "hi": "स्रोत के अनुसार", "de": "Nach Quelle", "fr": "Par source",
                  "es": "Por fuente"},
    "Language": {"ru": "Язык", "hi": "भाषा", "de": "Sprache", "fr": "Langue", "es": "Idioma"},
    "Source": {"ru": "Источник", "hi": "स्रोत", "de": "Quelle", "fr": "Source", "es": "Fuente"},
    "Articles": {"ru": "Статьи", "hi": "लेख", "de": "Artikel", "fr": "Articles", "es": "Artículos"},
    "Names mentioned": {"ru": "Упомянутые имена", "hi": "उल्लिखित नाम", "de": "Genannte Namen",
                        "fr": "Noms cités", "es": "Nombres mencionados"},
    "The number beside a name: how many of the articles name it.": {
        "ru": "Число рядом с именем — сколько статей его называют.", "hi": "नाम के पास की संख्या: कितने लेख इसका नाम लेते हैं.",
        "de": "Die Zahl neben einem Namen: wie viele der Artikel ihn nennen.",
        "fr": "Le nombre à côté d'un nom : combien d'articles le citent.",
        "es": "El número junto a un nombre: cuántos artículos lo mencionan."},
    "Removed from the page:": {"ru": "Удалено со страницы:", "hi": "पेज से हटाया गया:", "de": "Von der Seite entfernt:",
                               "fr": "Retiré de la page :", "es": "Quitado de la página:"},
    "Not part of the report, so left out of the text above and of search, events and facts. As the page wrote it:": {
        "ru": "Это не часть сообщения, поэтому оно не вошло ни в текст выше, ни в поиск, события и факты. Как было на странице:",
        "hi": "यह रिपोर्ट का हिस्सा नहीं है, इसलिए ऊपर के पाठ, खोज, घटनाओं और तथ्यों से बाहर रखा गया. पेज पर जैसा लिखा था:",
        "de": "Nicht Teil des Berichts, daher nicht im Text oben und nicht in Suche, Ereignissen und Fakten. Wie die Seite es schrieb:",
        "fr": "Cela ne fait pas partie de l'article : absent du texte ci-dessus, de la recherche, des événements et des faits. Tel que la page l'écrivait :",
        "es": "No forma parte de la noticia: queda fuera del texto de arriba, de la búsqueda, los sucesos y los hechos. Tal como lo escribía la página:"},
    "Nothing was removed from this page: no site menu, link to another story, notice or credit was found in its text.": {
        "ru": "Со страницы ничего не удалено: в её тексте не найдено ни меню сайта, ни ссылок на другие материалы, ни уведомлений, ни подписей.",
        "hi": "इस पेज से कुछ नहीं हटाया गया: इसके पाठ में कोई साइट मेनू, दूसरी खबर का लिंक, सूचना या श्रेय नहीं मिला.",
        "de": "Von dieser Seite wurde nichts entfernt: kein Seitenmenü, kein Link zu einem anderen Artikel, kein Hinweis und kein Bildnachweis.",
        "fr": "Rien n'a été retiré de cette page : ni menu du site, ni lien vers un autre article, ni avis, ni crédit.",
        "es": "No se quitó nada de esta página: ningún menú del sitio, enlace a otra noticia, aviso ni crédito."},
    "mentioned in the coverage:": {"ru": "упомянуто в публикациях:", "hi": "कवरेज में उल्लेख:",
                                   "de": "in der Berichterstattung erwähnt:", "fr": "mentionné dans la couverture :",
                                   "es": "mencionado en la cobertura:"},
    "the report whose title names": {"ru": "сообщение, заголовком которого названо", "hi": "वह रिपोर्ट जिसके शीर्षक से नाम है:",
                                     "de": "der Bericht, dessen Titel benennt:", "fr": "l'article dont le titre nomme",
                                     "es": "la noticia cuyo título nombra el"},
    "a report of": {"ru": "одно из сообщений:", "hi": "इसकी रिपोर्ट:", "de": "ein Bericht zu", "fr": "un article de",
                    "es": "una noticia del"},
    # the accusative after "a report of", "Part of" (reader_words_pages) and "the report whose title names"
    "event {n}": {"ru": "событие {n}", "hi": "घटना {n}", "de": "Ereignis {n}", "fr": "l'événement {n}",
                  "es": "suceso {n}"},
    "date unknown": {"ru": "дата неизвестна", "hi": "तारीख अज्ञात", "de": "Datum unbekannt", "fr": "date inconnue",
                     "es": "fecha desconocida"},
    "placed by content only": {"ru": "отнесено только по содержанию", "hi": "केवल सामग्री से रखा गया",
                               "de": "nur nach Inhalt eingeordnet", "fr": "placé par son contenu seul",
                               "es": "situado solo por su contenido"},
    "The chart opens at its latest dates: scroll it sideways for the earlier ones.": {
        "ru": "График открывается на последних датах: прокрутите его вбок к более ранним.",
        "hi": "चार्ट नवीनतम तारीखों पर खुलता है: पहले की तारीखों के लिए इसे बगल में स्क्रॉल करें.",
        "de": "Die Grafik öffnet bei den neuesten Daten: seitlich scrollen für die früheren.",
        "fr": "Le graphique s'ouvre sur les dates les plus récentes : faites-le défiler pour les plus anciennes.",
        "es": "El gráfico se abre en las fechas más recientes: desplácelo para ver las anteriores."},
    NO_REPORT: {
        "ru": "ни одного сообщения на языке «{language}»: каждый факт приведён на английском, где его так сообщают, "
              "иначе на языке оригинала",
        "hi": "कोई रिपोर्ट {language} में नहीं है: हर तथ्य अंग्रेज़ी में दिया गया है जहां कोई रिपोर्ट उसे अंग्रेज़ी में बताती है, "
              "वरना उसकी अपनी भाषा में",
        "de": "kein Bericht ist auf {language}: jede Tatsache steht auf Englisch, wo ein Bericht sie so nennt, "
              "sonst in ihrer eigenen Sprache",
        "fr": "aucun article n'est en {language} : chaque fait est cité en anglais quand un article le dit ainsi, "
              "sinon dans sa propre langue",
        "es": "ninguna noticia está en {language}: cada hecho se cita en inglés cuando una noticia lo dice así, "
              "si no en su propio idioma"},
    "without a date": {"ru": "без даты", "hi": "बिना तारीख", "de": "ohne Datum", "fr": "sans date",
                       "es": "sin fecha"},
    "The dates as a list": {"ru": "Даты списком", "hi": "तारीखें सूची में", "de": "Die Daten als Liste",
                            "fr": "Les dates en liste", "es": "Las fechas en lista"},
}

# a counted noun's forms: (one, other) or, in Russian, (one, few, many); Arabic's: see PHRASED_COUNTS
COUNTED: dict[str, dict[str, tuple[str, ...]]] = {
    "article": {"en": ("article", "articles"), "ru": ("статья", "статьи", "статей"), "hi": ("लेख", "लेख"),
                "de": ("Artikel", "Artikel"), "fr": ("article", "articles"), "es": ("artículo", "artículos")},
    "event": {"en": ("event", "events"), "ru": ("событие", "события", "событий"), "hi": ("घटना", "घटनाएं"),
              "de": ("Ereignis", "Ereignisse"), "fr": ("événement", "événements"), "es": ("suceso", "sucesos")},
    "citation": {"en": ("citation", "citations"), "ru": ("ссылка", "ссылки", "ссылок"), "hi": ("उद्धरण", "उद्धरण"),
                 "de": ("Beleg", "Belege"), "fr": ("source", "sources"), "es": ("fuente", "fuentes")},
    "report": {"en": ("report", "reports"), "ru": ("сообщение", "сообщения", "сообщений"), "hi": ("रिपोर्ट", "रिपोर्टें"),
               "de": ("Bericht", "Berichte"), "fr": ("article", "articles"), "es": ("noticia", "noticias")},
    "source": {"en": ("source", "sources"), "ru": ("источник", "источника", "источников"), "hi": ("स्रोत", "स्रोत"),
               "de": ("Quelle", "Quellen"), "fr": ("source", "sources"), "es": ("fuente", "fuentes")},
    "fact": {"en": ("fact", "facts"), "ru": ("факт", "факта", "фактов"), "hi": ("तथ्य", "तथ्य"),
             "de": ("Fakt", "Fakten"), "fr": ("fait", "faits"), "es": ("hecho", "hechos")},
    # a summary's counts, "3 corroborated · 0 conflicting · 16 single-source facts": the first two
    # said as adjectives of "facts" where the language lets them stand alone (Russian "3 подтверждённых")
    "corroborated fact": {"en": ("corroborated", "corroborated"), "ru": ("подтверждённый", "подтверждённых",
                          "подтверждённых"), "hi": ("पुष्ट", "पुष्ट"), "de": ("bestätigt", "bestätigt"),
                          "fr": ("corroboré", "corroborés"), "es": ("corroborado", "corroborados")},
    "conflicting fact": {"en": ("conflicting", "conflicting"), "ru": ("противоречивый", "противоречивых",
                         "противоречивых"), "hi": ("परस्पर विरोधी", "परस्पर विरोधी"),
                         "de": ("widersprüchlich", "widersprüchlich"), "fr": ("contradictoire", "contradictoires"),
                         "es": ("contradictorio", "contradictorios")},
    "single-source fact": {"en": ("single-source fact", "single-source facts"),
                           "ru": ("факт из одного источника", "факта из одного источника", "фактов из одного источника"),
                           "hi": ("एक स्रोत वाला तथ्य", "एक स्रोत वाले तथ्य"),
                           "de": ("Fakt aus einer Quelle", "Fakten aus einer Quelle"),
                           "fr": ("fait de source unique", "faits de source unique"),
                           "es": ("hecho de una sola fuente", "hechos de una sola fuente")},
    "independent source": {"en": ("independent source", "independent sources"),
                           "ru": ("независимый источник", "независимых источника", "независимых источников"),
                           "hi": ("स्वतंत्र स्रोत", "स्वतंत्र स्रोत"), "de": ("unabhängige Quelle", "unabhängige Quellen"),
                           "fr": ("source indépendante", "sources indépendantes"),
                           "es": ("fuente independiente", "fuentes independientes")},
}


# the other pages' wording, each in its module; one catalogue, so no key may be in two
for _words, _counted in ((LIST_WORDS, LIST_COUNTED), (GATE_WORDS, GATE_COUNTED), (PAGE_WORDS, PAGE_COUNTED),
                        (NOTE_WORDS, {}), (RESIDUE_SAID, {})):
    assert not (WORDS.keys() & _words.keys() or COUNTED.keys() & _counted.keys()), "a key said twice"
    WORDS.update(_words)
    COUNTED.update(_counted)

add_arabic(WORDS, COUNTED, NO_REPORT)  # kept in its own table; checks every key has its Arabic
# Portuguese, Italian and Ukrainian, each in its own table too (h-ui36): CLDR's one / other,
# and Ukrainian's one / few / many as Russian's (_CLDR_FORMS)
for _lang, _table, _no_report, _counted, _n_forms in (("pt", PT_WORDS, PT_NO_REPORT, PT_COUNTED, 2),
                                                      ("it", IT_WORDS, IT_NO_REPORT, IT_COUNTED, 2),
                                                      ("uk", UK_WORDS, UK_NO_REPORT, UK_COUNTED, 3)):
    add_table(_lang, {**_table, NO_REPORT: _no_report}, _counted, WORDS, COUNTED, _n_forms)
spaced_in(WORDS)  # French spacing before ": ; ? !" and inside « », one rule for every entry
# the languages a page is worded in, English and every language the catalogue has its words in
# (each has them all: add_arabic checks Arabic's; "Summary" is said on every page)
WORDED_LANGS = (ENGLISH, *sorted(WORDS["Summary"]))

def reading(lang: str | None):
    """Make ``lang`` the page's language for what follows in this context (a request's render)."""
    return _PAGE_LANG.set(lang if lang in WORDED_LANGS else ENGLISH)


def reset_reading(token) -> None:
    """Back to the language before :func:`reading` (``token``: what it returned)."""
    _PAGE_LANG.reset(token)


@contextmanager
def worded_in(lang: str | None):
    """:func:`reading` for a block: what a page computes before rendering (its chart's ticks)."""
    token = reading(lang)
    try:
        yield
    finally:
        reset_reading(token)


def page_lang() -> str:
    """The language the page being made is worded in."""
    return _PAGE_LANG.get()


def page_dir() -> str:
    """``"rtl"`` where the page's language is written right to left (CLDR's character order: Arabic), else ``"ltr"``."""
    lang = page_lang()
    return "ltr" if lang == ENGLISH else Locale.parse(lang).text_direction


def say(text: str, lang: str | None = None, **fields) -> str:
    """``text`` (its English wording, the key) in ``lang`` (default: the page's), English where none is listed."""
    lang = lang or page_lang()
    said = WORDS.get(text, {}).get(lang, text)
    return SAYING.format(said, **fields) if fields else said  # "{articles:oblique}": a count governed


def count(n: int, noun: str, lang: str | None = None) -> Counted:
    """"3 статьи", "1 लेख", "5 articles": a number and its noun in the language's plural form, said
    alone; Arabic's dual also governed ("مقالان", "في مقالين": ``oblique``, :mod:`~storyline.reader_words_case`)."""
    lang = lang or page_lang()
    if lang in PHRASED_COUNTS and lang in COUNTED.get(noun, {}):
        category = PHRASED_COUNTS[lang](n)
        alone = COUNTED[noun][lang][CATEGORIES.index(category)].format(n=n)
        return Counted(alone, AR_TWO_OBLIQUE[noun] if category == "two" else alone)
    forms = COUNTED.get(noun, {}).get(lang) or COUNTED.get(noun, {}).get(ENGLISH) or (noun, noun + "s")
    form = min(plural_form(n, lang), len(forms) - 1)
    cased = GOVERNED_FORMS.get(lang, {}).get(noun)
    governed = cased[form] if cased else GOVERNED_PLURAL.get(lang, {}).get(noun) if form else None
    return Counted(f"{n} {forms[form]}", f"{n} {governed}" if governed else None)


def count_named_elsewhere(n: int, noun: str, lang: str | None = None) -> Counted:
    """A number whose noun the English entry names elsewhere or leaves unsaid ("{n} of its {all}
    lines", "the summary's {m}"): said alone it is the number, as every language had it; its
    ``oblique`` is the number with its noun governed, for an entry that puts the noun under a
    postposition (Hindi's "इसकी {all:oblique} में से {n} शीर्षक हैं": "40 पंक्तियों में से";
    h-ui32 left "40 में से 30 पंक्तियां", h-ui33) or a preposition (Russian's "{n} из {all:oblique}":
    "из 21 строки", h-ui34)."""
    return Counted(str(n), count(n, noun, lang).oblique)



def sources_said(row) -> str:
    """How many independent sources a row (event, story, card) has, in the page's language:
    "4 независимых источника"; reports of unknown source counted apart, as
    :func:`storyline.wording.sources_phrase` counts them ("2 сообщения: источник неизвестен",
    the pages' "source unknown"; it had stayed the English clause, h-ui41)."""
    from storyline.wording import sources_phrase

    if page_lang() == ENGLISH or (not row.n_unknown_source and not row.n_sources):
        return sources_phrase(row.n_sources, row.n_unknown_source)
    named = count(row.n_sources, "independent source")
    if not row.n_unknown_source:
        return named
    unknown = f"{count(row.n_unknown_source, 'report')}{say(': ')}{say('source unknown')}"
    return f"{named} + {unknown}" if row.n_sources else unknown


def undated_said(n: int) -> str:
    """How many reports state no date (:func:`storyline.wording.undated_phrase`), in the page's language."""
    from storyline.wording import PLACED_BY_CONTENT, undated_phrase

    if page_lang() == ENGLISH or not n:
        return undated_phrase(n)
    return f"{count(n, 'report')} {say('without a date')}{say(': ')}{say(PLACED_BY_CONTENT)}"


def no_report_said(view: dict, lang_name: str | None = None) -> str | None:
    """:func:`storyline.wording.no_report_in` in the page's language: a German reader of an
    event no German report is in read why its facts are English in English."""
    from storyline.language_codes import lang_label
    from storyline.wording import no_report_in

    said = no_report_in(view, lang_name)
    if said is None or page_lang() == ENGLISH:
        return said
    name = lang_name or lang_label(view["lang"])  # the terminal passes none: "français (fr)", not "fr"
    if page_lang() in NAMES_IN_LOWER_CASE:  # "aucun article n'est en français (fr)", not "en Français"
        name = name[:1].lower() + name[1:]
    return say(NO_REPORT, language=name)


# reader languages that write a language's name in lower case inside a sentence: the
# setting's label ("Français (fr)", "Español (es)") opens a menu item, the note's
# "{language}" sits mid-sentence (German writes "auf Deutsch"; Russian and Ukrainian quote the label)
NAMES_IN_LOWER_CASE = frozenset({"fr", "es", "pt", "it"})

