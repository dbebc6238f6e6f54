"""The list pages' fixed wording (stories, events, names, search, not articles) and the date
charts' (row captions, the broken axis's note) for the catalogue.

Part of :mod:`storyline.reader_words`, which merges it into ``WORDS`` and
``COUNTED`` and is the one place they are read from (``say``, ``count``);
kept apart only so the catalogue's module stays short.  A Hindi reader came
from an English events list to a Hindi event page: the menu changed language
between two clicks.  Keyed by the English wording, as there; a phrase with no
entry is said in English.
"""
from __future__ import annotations

# a broken axis's note (storyline.web.views._layout), one clause a side
BROKEN_LEFT = "the dates left of the break ({span}) lie long before the rest: in date order, not to scale"
BROKEN_RIGHT = "the dates right of the break ({span}) lie long after the rest: in date order, not to scale"
# an event chart's note where a report is dated outside the event's days (storyline.web.views.event_timeline)
OUTSIDE_RING = ("A ring is a report dated outside the event's days: it joined by its content, and the axis is "
                "kept to the event's own reports")

LIST_WORDS: dict[str, dict[str, str]] = {
    "{stories} from {articles}, newest and biggest first.": {
        "ru": "{stories} · {articles} · сначала новые и крупные.", "hi": "{stories} · {articles} · नई और बड़ी पहले.",
        "de": "{stories} aus {articles:oblique}, neueste und größte zuerst.",
        "fr": "{stories} tirés de {articles}, les plus récents et les plus gros d'abord.",
        "es": "{stories} de {articles}, primero las más recientes y grandes."},
    "{events} from {articles}, biggest and newest first.": {
        "ru": "{events} · {articles} · сначала крупные и новые.", "hi": "{events} · {articles} · बड़ी और नई पहले.",
        "de": "{events} aus {articles:oblique}, größte und neueste zuerst.",
        "fr": "{events} tirés de {articles}, les plus gros et les plus récents d'abord.",
        "es": "{events} de {articles}, primero los más grandes y recientes."},
    "Search articles in any language": {"ru": "Искать статьи на любом языке", "hi": "किसी भी भाषा में लेख खोजें",
                                        "de": "Artikel in jeder Sprache suchen",
                                        "fr": "Chercher des articles dans toutes les langues",
                                        "es": "Buscar artículos en cualquier idioma"},
    "All events": {"ru": "Все события", "hi": "सभी घटनाएं", "de": "Alle Ereignisse", "fr": "Tous les événements",
                   "es": "Todos los sucesos"},
    "On each story:": {"ru": "У каждого сюжета:", "hi": "हर कहानी पर:", "de": "Bei jeder Geschichte:",
                       "fr": "Pour chaque sujet :", "es": "En cada historia:"},
    "On each event:": {"ru": "У каждого события:", "hi": "हर घटना पर:", "de": "Bei jedem Ereignis:",
                       "fr": "Pour chaque événement :", "es": "En cada suceso:"},
    "the languages of its reports": {"ru": "языки его сообщений", "hi": "इसकी रिपोर्टों की भाषाएं",
                                     "de": "die Sprachen seiner Berichte", "fr": "les langues de ses articles",
                                     "es": "los idiomas de sus noticias"},
    "source": {"ru": "источник", "hi": "स्रोत", "de": "Quelle", "fr": "source", "es": "fuente"},
    "who published them": {"ru": "кто их опубликовал", "hi": "किसने इन्हें प्रकाशित किया", "de": "wer sie veröffentlichte",
                           "fr": "qui les a publiés", "es": "quién las publicó"},
    "name": {"ru": "имя", "hi": "नाम", "de": "Name", "fr": "nom", "es": "nombre"},
    "the names it mentions most, with how many of its articles name each.": {
        "ru": "имена, которые упоминаются чаще всего, и сколько его статей называет каждое.",
        "hi": "सबसे अधिक उल्लिखित नाम, और हर नाम कितने लेखों में है.",
        "de": "die meistgenannten Namen, mit der Zahl seiner Artikel, die jeden nennen.",
        "fr": "les noms les plus cités, avec le nombre de ses articles qui citent chacun.",
        "es": "los nombres más mencionados, con cuántos de sus artículos nombran cada uno."},
    "← Previous": {"ru": "← Назад", "hi": "← पिछला", "de": "← Zurück", "fr": "← Précédent", "es": "← Anterior"},
    "Next →": {"ru": "Дальше →", "hi": "अगला →", "de": "Weiter →", "fr": "Suivant →", "es": "Siguiente →"},
    "{first}–{last} of {total}": {"ru": "{first}–{last} из {total}", "hi": "{total} में से {first}–{last}",
                                  "de": "{first}–{last} von {total}", "fr": "{first}–{last} sur {total}",
                                  "es": "{first}–{last} de {total}"},
    "None: every page ingested reads as a news report.": {
        "ru": "Нет: каждая загруженная страница читается как новостное сообщение.",
        "hi": "कोई नहीं: हर जोड़ा गया पेज समाचार रिपोर्ट है.",
        "de": "Keine: jede eingelesene Seite ist ein Nachrichtenbericht.",
        "fr": "Aucune : chaque page ingérée se lit comme un article d'actualité.",
        "es": "Ninguna: cada página incorporada se lee como una noticia."},
    "Words or a question, in any language": {
        "ru": "Слова или вопрос, на любом языке", "hi": "शब्द या सवाल, किसी भी भाषा में",
        "de": "Wörter oder eine Frage, in jeder Sprache", "fr": "Des mots ou une question, dans toute langue",
        "es": "Palabras o una pregunta, en cualquier idioma"},
    "Written in": {"ru": "Язык сообщения", "hi": "किस भाषा में लिखा", "de": "Geschrieben auf", "fr": "Écrit en",
                   "es": "Escrito en"},
    "Mentions (a name, any script)": {"ru": "Упоминает (имя, любым письмом)", "hi": "उल्लेख (कोई नाम, किसी भी लिपि में)",
                                      "de": "Nennt (ein Name, jede Schrift)", "fr": "Cite (un nom, toute écriture)",
                                      "es": "Menciona (un nombre, cualquier escritura)"},
    "Published from": {"ru": "Опубликовано с", "hi": "इस तारीख से प्रकाशित", "de": "Veröffentlicht ab",
                       "fr": "Publié à partir du", "es": "Publicado desde"},
    "Published until": {"ru": "Опубликовано по", "hi": "इस तारीख तक प्रकाशित", "de": "Veröffentlicht bis",
                        "fr": "Publié jusqu'au", "es": "Publicado hasta"},
    "Kind of search": {"ru": "Вид поиска", "hi": "खोज का प्रकार", "de": "Art der Suche", "fr": "Type de recherche",
                       "es": "Tipo de búsqueda"},
    "{results} for “{q}”": {"ru": "{results} по запросу «{q}»", "hi": "“{q}” के लिए {results}",
                            "de": "{results} für „{q}“", "fr": "{results} pour « {q} »", "es": "{results} para «{q}»"},
    "People, organisations and places, most mentioned first, with their spellings in every script.": {
        "ru": "Люди, организации и места, сначала самые упоминаемые, со всеми их написаниями.",
        "hi": "लोग, संगठन और स्थान, सबसे अधिक उल्लिखित पहले, हर लिपि में उनकी वर्तनी के साथ.",
        "de": "Personen, Organisationen und Orte, die meistgenannten zuerst, mit ihren Schreibweisen in jeder Schrift.",
        "fr": "Personnes, organisations et lieux, les plus cités d'abord, avec leurs graphies dans chaque écriture.",
        "es": "Personas, organizaciones y lugares, los más mencionados primero, con su grafía en cada escritura."},
    "Find a name": {"ru": "Найти имя", "hi": "नाम खोजें", "de": "Einen Namen finden", "fr": "Trouver un nom",
                    "es": "Buscar un nombre"},
    "Name": {"ru": "Имя", "hi": "नाम", "de": "Name", "fr": "Nom", "es": "Nombre"},
    "Kind": {"ru": "Вид", "hi": "प्रकार", "de": "Art", "fr": "Type", "es": "Tipo"},
    "Also written": {"ru": "Также пишется", "hi": "ऐसे भी लिखा जाता है", "de": "Auch geschrieben",
                     "fr": "Aussi écrit", "es": "También escrito"},
    "Mentions": {"ru": "Упоминания", "hi": "उल्लेख", "de": "Nennungen", "fr": "Mentions", "es": "Menciones"},
    "+{n} more": {"ru": "ещё {n}", "hi": "+{n} और", "de": "+{n} weitere", "fr": "+{n} de plus", "es": "+{n} más"},
    # the date charts (storyline.web.views): row captions and the broken axis's note
    "published": {"ru": "опубликовано", "hi": "प्रकाशित", "de": "veröffentlicht", "fr": "publié", "es": "publicado"},
    "mentioned": {"ru": "упомянуто", "hi": "उल्लेख", "de": "erwähnt", "fr": "mentionné", "es": "mencionado"},
    "events": {"ru": "события", "hi": "घटनाएं", "de": "Ereignisse", "fr": "événements", "es": "sucesos"},
    # the terminal's list columns (storyline.cli_read): a group's first and last day, its headline
    "First day": {"ru": "Первый день", "hi": "पहला दिन", "de": "Erster Tag", "fr": "Premier jour",
                  "es": "Primer día"},
    "Last day": {"ru": "Последний день", "hi": "आखिरी दिन", "de": "Letzter Tag", "fr": "Dernier jour",
                 "es": "Último día"},
    "Headline": {"ru": "Заголовок", "hi": "शीर्षक", "de": "Schlagzeile", "fr": "Titre", "es": "Titular"},
    "The axis is broken:": {"ru": "Ось прервана:", "hi": "अक्ष टूटा हुआ है:", "de": "Die Achse ist unterbrochen:",
                            "fr": "L'axe est interrompu :", "es": "El eje está cortado:"},
    BROKEN_LEFT: {"ru": "даты слева от разрыва ({span}) намного раньше остальных: по порядку, не в масштабе",
                  "hi": "टूट के बाईं ओर की तारीखें ({span}) बाकी से बहुत पहले की हैं: क्रम में, पैमाने पर नहीं",
                  "de": "die Daten links der Unterbrechung ({span}) liegen lange vor dem Rest: in zeitlicher "
                        "Reihenfolge, nicht maßstäblich",
                  "fr": "les dates à gauche de la coupure ({span}) sont bien antérieures au reste : dans l'ordre, "
                        "pas à l'échelle",
                  "es": "las fechas a la izquierda del corte ({span}) son muy anteriores al resto: en orden, "
                        "no a escala"},
    BROKEN_RIGHT: {"ru": "даты справа от разрыва ({span}) намного позже остальных: по порядку, не в масштабе",
                   "hi": "टूट के दाईं ओर की तारीखें ({span}) बाकी से बहुत बाद की हैं: क्रम में, पैमाने पर नहीं",
                   "de": "die Daten rechts der Unterbrechung ({span}) liegen lange nach dem Rest: in zeitlicher "
                         "Reihenfolge, nicht maßstäblich",
                   "fr": "les dates à droite de la coupure ({span}) sont bien postérieures au reste : dans l'ordre, "
                         "pas à l'échelle",
                   "es": "las fechas a la derecha del corte ({span}) son muy posteriores al resto: en orden, "
                         "no a escala"},
    OUTSIDE_RING: {"ru": "Кольцо — сообщение с датой вне дней события: оно вошло в событие по содержанию, "
                         "а ось построена по собственным сообщениям события",
                   "hi": "छल्ला वह रिपोर्ट है जिसकी तारीख घटना के दिनों से बाहर है: वह अपनी सामग्री से जुड़ी, "
                         "और अक्ष घटना की अपनी रिपोर्टों पर रखा गया है",
                   "de": "Ein Ring ist ein Bericht mit einem Datum außerhalb der Tage des Ereignisses: Er kam über "
                         "seinen Inhalt hinzu, und die Achse richtet sich nach den eigenen Berichten des Ereignisses",
                   "fr": "Un anneau est un article daté hors des jours de l'événement : il l'a rejoint par son "
                         "contenu, et l'axe s'en tient aux articles propres à l'événement",
                   "es": "Un anillo es una noticia fechada fuera de los días del suceso: se unió por su contenido, "
                         "y el eje se ciñe a las noticias propias del suceso"},
    "{first} to {last}": {"ru": "{first} — {last}", "hi": "{first} से {last}", "de": "{first} bis {last}",
                          "fr": "{first} à {last}", "es": "{first} a {last}"},
}

# counted nouns of the lists, as reader_words.COUNTED: (one, other) or, in Russian, (one, few, many)
LIST_COUNTED: dict[str, dict[str, tuple[str, ...]]] = {
    "story": {"en": ("story", "stories"), "ru": ("сюжет", "сюжета", "сюжетов"), "hi": ("कहानी", "कहानियां"),
              "de": ("Geschichte", "Geschichten"), "fr": ("sujet", "sujets"), "es": ("historia", "historias")},
    "result": {"en": ("result", "results"), "ru": ("результат", "результата", "результатов"),
               "hi": ("नतीजा", "नतीजे"), "de": ("Treffer", "Treffer"), "fr": ("résultat", "résultats"),
               "es": ("resultado", "resultados")},
}
