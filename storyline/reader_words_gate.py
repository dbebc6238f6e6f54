"""The search and Not articles pages' remaining wording, and the gate's kinds and reasons, for the catalogue.

Part of :mod:`storyline.reader_words` (merged into ``WORDS`` and ``COUNTED``,
read through ``say`` and ``count``), as :mod:`storyline.reader_words_lists`.
h-ui21 worded these pages' headings and forms; a Russian reader still read the
Not articles lede, every reason ("2 lines read like a bot check"), the search
modes, "matched by its words", the "Please fix" errors and "No results" in
English.  Keyed by the English wording (the gate's clauses are
:data:`storyline.wording._GATE_CUES`' keys); a phrase with no entry is English.
"""
from __future__ import annotations

from storyline.wording import GATE_KIND_WORDS, a_or_an

GATE_WORDS: dict[str, dict[str, str]] = {  # the Not articles page and the gate
    # Not articles: the lede, made of the kinds' plurals (wording.gate_kinds_phrase)
    "Pages that are not news reports: {kinds}.": {
        "ru": "Страницы, которые не являются новостными сообщениями: {kinds}.",
        "hi": "ऐसे पेज जो समाचार रिपोर्ट नहीं हैं: {kinds}.",
        "de": "Seiten, die keine Nachrichtenberichte sind: {kinds}.",
        "fr": "Pages qui ne sont pas des articles d'actualité : {kinds}.",
        "es": "Páginas que no son noticias: {kinds}."},
    "They are kept, so ingesting them again adds nothing, but they join no event or story and search leaves them out.": {
        "ru": "Они сохранены, поэтому повторная загрузка ничего не добавит, но они не входят ни в событие, ни в сюжет, "
              "и поиск их не показывает.",
        "hi": "ये सहेजे गए हैं, इसलिए दोबारा जोड़ने से कुछ नहीं बढ़ता, पर ये किसी घटना या कहानी में नहीं जुड़ते और खोज इन्हें छोड़ देती है.",
        "de": "Sie bleiben gespeichert, erneutes Einlesen fügt also nichts hinzu, aber sie gehören zu keinem Ereignis "
              "und keiner Geschichte, und die Suche lässt sie aus.",
        "fr": "Elles sont conservées, donc les ingérer à nouveau n'ajoute rien, mais elles ne rejoignent aucun "
              "événement ni sujet et la recherche les ignore.",
        "es": "Se guardan, así que incorporarlas de nuevo no añade nada, pero no se unen a ningún suceso ni historia "
              "y la búsqueda las omite."},
    "To keep such a page as a report, ingest it with": {
        "ru": "Чтобы сохранить такую страницу как сообщение, загрузите её с", "hi": "ऐसे पेज को रिपोर्ट के रूप में रखने के लिए उसे इसके साथ जोड़ें:",
        "de": "Um eine solche Seite als Bericht zu behalten, lesen Sie sie ein mit", "fr": "Pour garder une telle page comme article, ingérez-la avec",
        "es": "Para conservar una página así como noticia, incorpórela con"},
    "{rest} and {last}": {"ru": "{rest} и {last}", "hi": "{rest} और {last}", "de": "{rest} und {last}",
                          "fr": "{rest} et {last}", "es": "{rest} y {last}"},
    "Why:": {"ru": "Почему:", "hi": "क्यों:", "de": "Warum:", "fr": "Pourquoi :", "es": "Por qué:"},
    # the tooltip over "Why:" quotes the gate's stored reason as the data it is (the API's ``reason``)
    "gate's reason: {reason}": {"ru": "причина, записанная фильтром: {reason}", "hi": "फ़िल्टर का दर्ज कारण: {reason}",
                                "de": "vom Seitenfilter gespeicherter Grund: {reason}",
                                "fr": "raison enregistrée par le filtre : {reason}",
                                "es": "motivo registrado por el filtro: {reason}"},
    "Not a news report:": {"ru": "Не новостное сообщение:", "hi": "समाचार रिपोर्ट नहीं:", "de": "Kein Nachrichtenbericht:",
                           "fr": "Pas un article d'actualité :", "es": "No es una noticia:"},
    "all such pages": {"ru": "все такие страницы", "hi": "ऐसे सभी पेज", "de": "alle solchen Seiten",
                       "fr": "toutes ces pages", "es": "todas esas páginas"},
    # the gate's kinds (wording.GATE_KIND_WORDS) and their plurals (GATE_KIND_PLURALS)
    "error or unavailable page": {"ru": "ошибка или недоступная страница", "hi": "त्रुटि या अनुपलब्ध पेज",
                                  "de": "Fehler- oder nicht verfügbare Seite", "fr": "page d'erreur ou indisponible",
                                  "es": "página de error o no disponible"},
    "bot check": {"ru": "проверка на робота", "hi": "बॉट जांच", "de": "Bot-Prüfung", "fr": "vérification anti-robot",
                  "es": "verificación anti-bot"},
    "login or registration wall": {"ru": "требование входа или регистрации", "hi": "लॉगिन या पंजीकरण दीवार",
                                   "de": "Anmelde- oder Registrierungsschranke", "fr": "mur de connexion ou d'inscription",
                                   "es": "muro de inicio de sesión o registro"},
    "subscription wall": {"ru": "платный доступ", "hi": "सदस्यता दीवार", "de": "Bezahlschranke", "fr": "mur d'abonnement",
                          "es": "muro de suscripción"},
    "sign-up form": {"ru": "форма подписки", "hi": "साइन-अप फॉर्म", "de": "Anmeldeformular", "fr": "formulaire d'inscription",
                     "es": "formulario de registro"},
    "cookie wall": {"ru": "требование cookie", "hi": "कुकी दीवार", "de": "Cookie-Schranke", "fr": "mur de cookies",
                    "es": "muro de cookies"},
    "front page or section index": {"ru": "главная страница или рубрика", "hi": "मुखपृष्ठ या अनुभाग सूची",
                                    "de": "Startseite oder Rubrikenübersicht", "fr": "page d'accueil ou de rubrique",
                                    "es": "portada o índice de sección"},
    "age check": {"ru": "проверка возраста", "hi": "आयु जांच", "de": "Altersprüfung", "fr": "vérification d'âge",
                  "es": "verificación de edad"},
    "error and unavailable pages": {"ru": "ошибки и недоступные страницы", "hi": "त्रुटि और अनुपलब्ध पेज",
                                    "de": "Fehler- und nicht verfügbare Seiten", "fr": "pages d'erreur ou indisponibles",
                                    "es": "páginas de error o no disponibles"},
    "bot checks": {"ru": "проверки на робота", "hi": "बॉट जांच", "de": "Bot-Prüfungen", "fr": "vérifications anti-robot",
                   "es": "verificaciones anti-bot"},
    "login and registration walls": {"ru": "требования входа и регистрации", "hi": "लॉगिन और पंजीकरण दीवारें",
                                     "de": "Anmelde- und Registrierungsschranken", "fr": "murs de connexion et d'inscription",
                                     "es": "muros de inicio de sesión y registro"},
    "subscription walls": {"ru": "платный доступ", "hi": "सदस्यता दीवारें", "de": "Bezahlschranken",
                           "fr": "murs d'abonnement", "es": "muros de suscripción"},
    "sign-up forms": {"ru": "формы подписки", "hi": "साइन-अप फॉर्म", "de": "Anmeldeformulare",
                      "fr": "formulaires d'inscription", "es": "formularios de registro"},
    "cookie walls and consent pop-ups": {"ru": "требования cookie и окна согласия", "hi": "कुकी दीवारें और सहमति पॉप-अप",
                                         "de": "Cookie-Schranken und Einwilligungsfenster",
                                         "fr": "murs de cookies et fenêtres de consentement",
                                         "es": "muros de cookies y ventanas de consentimiento"},
    "front pages and section indexes": {"ru": "главные страницы и рубрики", "hi": "मुखपृष्ठ और अनुभाग सूचियां",
                                        "de": "Startseiten und Rubrikenübersichten", "fr": "pages d'accueil et de rubrique",
                                        "es": "portadas e índices de sección"},
    "age checks": {"ru": "проверки возраста", "hi": "आयु जांच", "de": "Altersprüfungen", "fr": "vérifications d'âge",
                   "es": "verificaciones de edad"},
    "app-install wall": {"ru": "требование установить приложение", "hi": "ऐप इंस्टॉल दीवार", "de": "App-Installationsschranke",
                         "fr": "mur d'installation d'application", "es": "muro de instalación de la aplicación"},
    "app-install walls": {"ru": "требования установить приложение", "hi": "ऐप इंस्टॉल दीवारें",
                          "de": "App-Installationsschranken", "fr": "murs d'installation d'application",
                          "es": "muros de instalación de la aplicación"},
    "video player or photo captions without a report": {
        "ru": "видеоплеер или подписи к фото без сообщения", "hi": "बिना रिपोर्ट के वीडियो प्लेयर या फोटो कैप्शन",
        "de": "Videoplayer oder Bildunterschriften ohne Bericht", "fr": "lecteur vidéo ou légendes sans article",
        "es": "reproductor de vídeo o pies de foto sin noticia"},
    "video players and photo captions without a report": {
        "ru": "видеоплееры и подписи к фото без сообщения", "hi": "बिना रिपोर्ट के वीडियो प्लेयर और फोटो कैप्शन",
        "de": "Videoplayer und Bildunterschriften ohne Bericht", "fr": "lecteurs vidéo et légendes sans article",
        "es": "reproductores de vídeo y pies de foto sin noticia"},
    "disclaimer or disclosure without a report": {
        "ru": "оговорка или раскрытие информации без сообщения", "hi": "बिना रिपोर्ट के अस्वीकरण या प्रकटीकरण",
        "de": "Haftungsausschluss oder Offenlegung ohne Bericht", "fr": "avertissement ou mention sans article",
        "es": "descargo o aviso sin noticia"},
    "disclaimers and disclosures": {"ru": "оговорки и раскрытия информации", "hi": "अस्वीकरण और प्रकटीकरण",
                                    "de": "Haftungsausschlüsse und Offenlegungen", "fr": "avertissements et mentions",
                                    "es": "descargos y avisos"},
    "widget (weather, social post, classified ads) without a report": {
        "ru": "виджет (погода, пост из соцсети, объявления) без сообщения",
        "hi": "बिना रिपोर्ट के विजेट (मौसम, सोशल पोस्ट, वर्गीकृत विज्ञापन)",
        "de": "Widget (Wetter, Social-Media-Beitrag, Kleinanzeigen) ohne Bericht",
        "fr": "widget (météo, publication sociale, petites annonces) sans article",
        "es": "widget (tiempo, publicación social, anuncios clasificados) sin noticia"},
    "weather widgets, embedded social posts and classified-ads boxes": {
        "ru": "виджеты погоды, встроенные посты из соцсетей и блоки объявлений",
        "hi": "मौसम विजेट, एम्बेड सोशल पोस्ट और वर्गीकृत विज्ञापन बॉक्स",
        "de": "Wetter-Widgets, eingebettete Social-Media-Beiträge und Kleinanzeigenkästen",
        "fr": "widgets météo, publications sociales intégrées et encarts de petites annonces",
        "es": "widgets del tiempo, publicaciones sociales incrustadas y recuadros de anuncios"},
    "donation appeal without a report": {"ru": "призыв к пожертвованиям без сообщения", "hi": "बिना रिपोर्ट के दान की अपील",
                                         "de": "Spendenaufruf ohne Bericht", "fr": "appel aux dons sans article",
                                         "es": "petición de donativos sin noticia"},
    "donation appeals": {"ru": "призывы к пожертвованиям", "hi": "दान की अपीलें", "de": "Spendenaufrufe",
                         "fr": "appels aux dons", "es": "peticiones de donativos"},
    # the gate's reasons (wording._GATE_CUES)
    "its title names the page, not a news story": {
        "ru": "его заголовок называет страницу, а не новость", "hi": "इसका शीर्षक पेज का नाम है, किसी खबर का नहीं",
        "de": "sein Titel benennt die Seite, keine Nachricht", "fr": "son titre nomme la page, pas une information",
        "es": "su título nombra la página, no una noticia"},
    "{lines} reads like {kind}": {"ru": "{lines} — как на странице «{kind}»", "hi": "{lines} “{kind}” जैसी लगती है",
                                    "de": "{lines} liest sich wie: {kind}", "fr": "{lines} ressemble à : {kind}",
                                    "es": "{lines} parece: {kind}"},
    "{lines} read like {kind}": {"ru": "{lines} — как на странице «{kind}»", "hi": "{lines} “{kind}” जैसी लगती हैं",
                                   "de": "{lines} lesen sich wie: {kind}", "fr": "{lines} ressemblent à : {kind}",
                                   "es": "{lines} parecen: {kind}"},
    "{n} of its {all} lines are headlines, as on a front page": {
        "ru": "{n} из {all:oblique} — заголовки, как на главной странице", "hi": "इसकी {all:oblique} में से {n} शीर्षक हैं, जैसे मुखपृष्ठ पर",
        "de": "{n} seiner {all} Zeilen sind Schlagzeilen, wie auf einer Startseite",
        "fr": "{n} de ses {all} lignes sont des titres, comme sur une page d'accueil",
        "es": "{n} de sus {all} líneas son titulares, como en una portada"},
    # a count said alone (reader_words.count): Russian wrote "в ней {n} датированных пунктов", wrong
    # for 1-4 and 21-24 ("в ней 4 датированных пунктов"; the gate gives it from 4 stamps on, h-ui35)
    # Hindi's "इसमें {items} हैं" took the plural verb after "1 तारीख वाली प्रविष्टि" too: "a list of
    # {items}" has no verb to agree, its count in the oblique before "की" (GOVERNED_FORMS, h-ui36)
    "it lists {items}, as an index does": {
        "ru": "в ней {items}, как в указателе", "hi": "इसमें {items:oblique} की सूची है, जैसे किसी अनुक्रमणिका में",
        "de": "sie listet {items}, wie ein Verzeichnis", "fr": "elle liste {items}, comme un index",
        "es": "enumera {items}, como un índice"},
    "it lists {months} with their counts of posts, as a blog's archive does": {
        "ru": "в ней {months} с числом записей, как в архиве блога",
        "hi": "इसमें {months:oblique} की सूची पोस्ट की गिनती के साथ है, जैसे ब्लॉग के संग्रह में",
        "de": "sie listet {months} mit ihrer Zahl an Beiträgen, wie ein Blogarchiv",
        "fr": "elle liste {months} avec leur nombre de billets, comme l'archive d'un blog",
        "es": "enumera {months} con su número de entradas, como el archivo de un blog"},
    "{counters} (such as “3 / 12”), as in a photo gallery": {
        "ru": "{counters} (вроде «3 / 12»), как в фотогалерее", "hi": "{counters} (जैसे “3 / 12”), जैसे फोटो गैलरी में",
        "de": "{counters} (etwa „3 / 12“), wie in einer Bildergalerie",
        "fr": "{counters} (comme « 3 / 12 »), comme dans une galerie de photos",
        "es": "{counters} (como «3 / 12»), como en una galería de fotos"},
    "{forecasts} under a day's name, as a weather widget shows them": {
        "ru": "{forecasts} под названиями дней, как в виджете погоды", "hi": "दिन के नाम के नीचे {forecasts}, जैसे मौसम विजेट में",
        "de": "{forecasts} unter einem Wochentag, wie ein Wetter-Widget sie zeigt",
        "fr": "{forecasts} sous le nom d'un jour, comme un widget météo",
        "es": "{forecasts} bajo el nombre de un día, como un widget del tiempo"},
    "{n}% of its text is links to other pages": {
        "ru": "{n}% текста — ссылки на другие страницы", "hi": "इसका {n}% पाठ दूसरे पेजों के लिंक हैं",
        "de": "{n} % des Textes sind Links auf andere Seiten", "fr": "{n} % du texte sont des liens vers d'autres pages",
        "es": "el {n} % del texto son enlaces a otras páginas"},
    "no sentence in it reads like a news report": {
        "ru": "ни одно предложение не похоже на новостное сообщение", "hi": "इसका कोई वाक्य समाचार रिपोर्ट जैसा नहीं है",
        "de": "kein Satz darin liest sich wie ein Nachrichtenbericht",
        "fr": "aucune phrase ne se lit comme un article d'actualité",
        "es": "ninguna frase parece de una noticia"},
    "only {characters} of it read like a news report's sentences": {
        "ru": "лишь {characters} похожи на предложения новостного сообщения",
        "hi": "इसके केवल {characters} समाचार रिपोर्ट के वाक्यों जैसे हैं",
        "de": "nur {characters} davon lesen sich wie Sätze eines Nachrichtenberichts",
        "fr": "seuls {characters} se lisent comme des phrases d'article",
        "es": "solo {characters} parecen frases de una noticia"},
}

# the search page (templates/search.html) and its errors (web/pages.search)
SEARCH_WORDS: dict[str, dict[str, str]] = {
    "Search with filters": {"ru": "Поиск с фильтрами", "hi": "फ़िल्टर के साथ खोज", "de": "Suche mit Filtern",
                            "fr": "Recherche avec filtres", "es": "Búsqueda con filtros"},
    "none stored yet": {"ru": "пока ничего нет", "hi": "अभी कुछ नहीं", "de": "noch keine gespeichert",
                        "fr": "aucune pour l'instant", "es": "ninguno todavía"},
    "YYYY-MM-DD": {"ru": "ГГГГ-ММ-ДД", "hi": "वर्ष-माह-दिन", "de": "JJJJ-MM-TT", "fr": "AAAA-MM-JJ", "es": "AAAA-MM-DD"},
    "words and meaning": {"ru": "слова и смысл", "hi": "शब्द और अर्थ", "de": "Wörter und Bedeutung",
                          "fr": "mots et sens", "es": "palabras y significado"},
    "exact words": {"ru": "точные слова", "hi": "सटीक शब्द", "de": "genaue Wörter", "fr": "mots exacts",
                    "es": "palabras exactas"},
    "meaning (any language)": {"ru": "смысл (любой язык)", "hi": "अर्थ (कोई भी भाषा)", "de": "Bedeutung (jede Sprache)",
                               "fr": "sens (toute langue)", "es": "significado (cualquier idioma)"},
    "Please fix": {"ru": "Исправьте, пожалуйста", "hi": "कृपया ठीक करें", "de": "Bitte korrigieren",
                   "fr": "À corriger", "es": "Corrija, por favor"},
    "{label}: “{value}” is not a date (use YYYY-MM-DD)": {
        "ru": "{label}: «{value}» — не дата (пишите ГГГГ-ММ-ДД)", "hi": "{label}: “{value}” तारीख नहीं है (वर्ष-माह-दिन लिखें)",
        "de": "{label}: „{value}“ ist kein Datum (JJJJ-MM-TT schreiben)",
        "fr": "{label} : « {value} » n'est pas une date (écrire AAAA-MM-JJ)",
        "es": "{label}: «{value}» no es una fecha (escriba AAAA-MM-DD)"},
    "{label}: “{value}” is not one of {choices}": {
        "ru": "{label}: «{value}» — не один из вариантов: {choices}", "hi": "{label}: “{value}” इनमें से नहीं है: {choices}",
        "de": "{label}: „{value}“ ist keines von {choices}", "fr": "{label} : « {value} » n'est pas l'un de {choices}",
        "es": "{label}: «{value}» no es uno de {choices}"},
    "{until} is before {since}": {"ru": "«{until}» раньше, чем «{since}»", "hi": "“{until}” “{since}” से पहले है",
                                  "de": "„{until}“ liegt vor „{since}“", "fr": "« {until} » précède « {since} »",
                                  "es": "«{until}» es anterior a «{since}»"},
    "No news report has been ingested yet, so nothing can match.": {
        "ru": "Новостных сообщений ещё не загружено, поэтому совпадений быть не может.",
        "hi": "अभी कोई समाचार रिपोर्ट नहीं जोड़ी गई, इसलिए कुछ मेल नहीं खा सकता.",
        "de": "Es wurde noch kein Nachrichtenbericht eingelesen, also kann nichts passen.",
        "fr": "Aucun article d'actualité n'a encore été ingéré : rien ne peut correspondre.",
        "es": "Aún no se ha incorporado ninguna noticia, así que nada puede coincidir."},
    "Try": {"ru": "Попробуйте", "hi": "आज़माएं:", "de": "Versuchen Sie", "fr": "Essayez", "es": "Pruebe"},
    "or": {"ru": "или", "hi": "या", "de": "oder", "fr": "ou", "es": "o"},
    "No name is spelled like “{name}”, so the “Mentions” filter matches no article.": {
        "ru": "Ни одно имя не пишется как «{name}», поэтому фильтр «Упоминает» не находит ни одной статьи.",
        "hi": "कोई नाम “{name}” जैसा नहीं लिखा जाता, इसलिए “उल्लेख” फ़िल्टर किसी लेख से मेल नहीं खाता.",
        "de": "Kein Name wird wie „{name}“ geschrieben, daher passt der Filter „Nennt“ auf keinen Artikel.",
        "fr": "Aucun nom ne s'écrit « {name} » : le filtre « Cite » ne trouve aucun article.",
        "es": "Ningún nombre se escribe como «{name}», así que el filtro «Menciona» no encuentra ningún artículo."},
    "Look the name up": {"ru": "Найти имя", "hi": "नाम खोजें", "de": "Den Namen nachschlagen", "fr": "Chercher le nom",
                         "es": "Buscar el nombre"},
    "No report matches “{q}”: none has these words or names, and none is about it in meaning. Try other words or fewer filters.": {
        "ru": "Ни одно сообщение не подходит к «{q}»: ни в одном нет этих слов или имён, и ни одно не о том же по смыслу. "
              "Попробуйте другие слова или меньше фильтров.",
        "hi": "कोई रिपोर्ट “{q}” से मेल नहीं खाती: किसी में ये शब्द या नाम नहीं हैं, और कोई अर्थ में इसके बारे में नहीं है. "
              "दूसरे शब्द या कम फ़िल्टर आज़माएं.",
        "de": "Kein Bericht passt zu „{q}“: keiner hat diese Wörter oder Namen, und keiner handelt der Bedeutung nach davon. "
              "Versuchen Sie andere Wörter oder weniger Filter.",
        "fr": "Aucun article ne correspond à « {q} » : aucun n'a ces mots ou ces noms, et aucun n'en parle par le sens. "
              "Essayez d'autres mots ou moins de filtres.",
        "es": "Ninguna noticia coincide con «{q}»: ninguna tiene estas palabras o nombres, y ninguna trata de ello por su "
              "significado. Pruebe otras palabras o menos filtros."},
    "Try other words, the meaning mode, or fewer filters.": {
        "ru": "Попробуйте другие слова, поиск по смыслу или меньше фильтров.",
        "hi": "दूसरे शब्द, अर्थ वाली खोज, या कम फ़िल्टर आज़माएं.",
        "de": "Versuchen Sie andere Wörter, die Suche nach Bedeutung oder weniger Filter.",
        "fr": "Essayez d'autres mots, la recherche par le sens ou moins de filtres.",
        "es": "Pruebe otras palabras, la búsqueda por significado o menos filtros."},
    "No report has all of these words together (a report matches by its words only when it has every one).": {
        "ru": "Ни в одном сообщении нет всех этих слов сразу (сообщение совпадает по словам, только если в нём есть каждое).",
        "hi": "किसी रिपोर्ट में ये सभी शब्द एक साथ नहीं हैं (रिपोर्ट शब्दों से तभी मेल खाती है जब उसमें हर शब्द हो).",
        "de": "Kein Bericht hat alle diese Wörter zusammen (ein Bericht passt nach Wörtern nur, wenn er jedes hat).",
        "fr": "Aucun article n'a tous ces mots ensemble (un article correspond par ses mots seulement s'il les a tous).",
        "es": "Ninguna noticia tiene todas estas palabras juntas (una noticia coincide por sus palabras solo si tiene todas)."},
    "No report has this word or name.": {"ru": "Ни в одном сообщении нет этого слова или имени.",
                                         "hi": "किसी रिपोर्ट में यह शब्द या नाम नहीं है.",
                                         "de": "Kein Bericht hat dieses Wort oder diesen Namen.",
                                         "fr": "Aucun article n'a ce mot ou ce nom.",
                                         "es": "Ninguna noticia tiene esta palabra o nombre."},
    "The reports below are only the closest in meaning, and may have nothing to do with “{q}”.": {
        "ru": "Сообщения ниже лишь ближайшие по смыслу и могут не иметь отношения к «{q}».",
        "hi": "नीचे की रिपोर्टें केवल अर्थ में सबसे निकट हैं, और हो सकता है उनका “{q}” से कोई संबंध न हो.",
        "de": "Die Berichte unten sind nur die der Bedeutung nach nächsten und haben vielleicht nichts mit „{q}“ zu tun.",
        "fr": "Les articles ci-dessous sont seulement les plus proches par le sens et peuvent n'avoir aucun rapport avec « {q} ».",
        "es": "Las noticias de abajo son solo las más cercanas en significado y puede que no tengan nada que ver con «{q}»."},
    "No results for “{q}”.": {"ru": "По запросу «{q}» ничего не найдено.", "hi": "“{q}” के लिए कोई नतीजा नहीं.",
                              "de": "Keine Treffer für „{q}“.", "fr": "Aucun résultat pour « {q} ».",
                              "es": "Sin resultados para «{q}»."},
    "in": {"ru": "событие:", "hi": "घटना:", "de": "Ereignis:", "fr": "événement :", "es": "suceso:"},
    "the event it titles": {"ru": "событие, которому оно дает заголовок", "hi": "वह घटना जिसका शीर्षक यही है",
                            "de": "das Ereignis, dem er den Titel gibt", "fr": "l'événement dont il est le titre",
                            "es": "el suceso al que da título"},
    "matched by": {"ru": "найдено по:", "hi": "मेल का आधार:", "de": "gefunden über", "fr": "trouvé par", "es": "encontrado por"},
    "its words": {"ru": "словам", "hi": "इसके शब्द", "de": "seine Wörter", "fr": "ses mots", "es": "sus palabras"},
    "its meaning": {"ru": "смыслу", "hi": "इसका अर्थ", "de": "seine Bedeutung", "fr": "son sens", "es": "su significado"},
    "the name it mentions": {"ru": "упомянутому имени", "hi": "इसमें उल्लिखित नाम", "de": "den Namen, den er nennt",
                             "fr": "le nom qu'il cite", "es": "el nombre que menciona"},
    "its event (another report of it has the words)": {
        "ru": "событию (слова есть в другом его сообщении)", "hi": "इसकी घटना (उसकी दूसरी रिपोर्ट में ये शब्द हैं)",
        "de": "sein Ereignis (ein anderer Bericht davon hat die Wörter)",
        "fr": "son événement (un autre article de celui-ci a les mots)",
        "es": "su suceso (otra noticia de él tiene las palabras)"},
    " and ": {"ru": " и ", "hi": " और ", "de": " und ", "fr": " et ", "es": " y "},
    "{copies} of this report:": {"ru": "{copies} этого сообщения:", "hi": "इस रिपोर्ट की {copies}:",
                                 "de": "{copies} dieses Berichts:", "fr": "{copies} de cet article :",
                                 "es": "{copies} de esta noticia:"},
}

GATE_COUNTED: dict[str, dict[str, tuple[str, ...]]] = {
    "near-copy": {"en": ("near-copy", "near-copies"), "ru": ("почти копия", "почти копии", "почти копий"),
                  "hi": ("लगभग प्रति", "लगभग प्रतियां"), "de": ("Beinahe-Kopie", "Beinahe-Kopien"),
                  "fr": ("quasi-copie", "quasi-copies"), "es": ("casi copia", "casi copias")},
    "line": {"en": ("line", "lines"), "ru": ("строка", "строки", "строк"), "hi": ("पंक्ति", "पंक्तियां"),
             "de": ("Zeile", "Zeilen"), "fr": ("ligne", "lignes"), "es": ("línea", "líneas")},
    "picture counter": {"en": ("picture counter", "picture counters"), "ru": ("счётчик снимков", "счётчика снимков",
                        "счётчиков снимков"), "hi": ("चित्र गणक", "चित्र गणक"), "de": ("Bildzähler", "Bildzähler"),
                        "fr": ("compteur de photos", "compteurs de photos"), "es": ("contador de fotos", "contadores de fotos")},
    "forecast": {"en": ("forecast", "forecasts"), "ru": ("прогноз", "прогноза", "прогнозов"), "hi": ("पूर्वानुमान", "पूर्वानुमान"),
                 "de": ("Vorhersage", "Vorhersagen"), "fr": ("prévision", "prévisions"), "es": ("pronóstico", "pronósticos")},
    # the gate's dated items and archive months (h-ui35); German's is the accusative "sie listet" takes
    "dated item": {"en": ("dated item", "dated items"), "ru": ("датированный пункт", "датированных пункта",
                   "датированных пунктов"), "hi": ("तारीख वाली प्रविष्टि", "तारीख वाली प्रविष्टियां"),
                   "de": ("datierten Eintrag", "datierte Einträge"), "fr": ("élément daté", "éléments datés"),
                   "es": ("elemento con fecha", "elementos con fecha")},
    "month": {"en": ("month", "months"), "ru": ("месяц", "месяца", "месяцев"), "hi": ("महीना", "महीने"),
              "de": ("Monat", "Monate"), "fr": ("mois", "mois"), "es": ("mes", "meses")},
    "character": {"en": ("character", "characters"), "ru": ("знак", "знака", "знаков"), "hi": ("अक्षर", "अक्षर"),
                  "de": ("Zeichen", "Zeichen"), "fr": ("caractère", "caractères"), "es": ("carácter", "caracteres")},
}

# a kind in a reason's clause ("2 lines read like a bot check") is said as the kind alone
GATE_WORDS.update({a_or_an(kind): GATE_WORDS[kind] for kind in GATE_KIND_WORDS.values() if kind in GATE_WORDS})
GATE_WORDS.update(SEARCH_WORDS)  # one table for the catalogue, as reader_words reads it
