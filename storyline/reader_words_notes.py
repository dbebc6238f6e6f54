"""The notes a reader still met in English on a page or ``show``/``story``/``entity --lang``, for the catalogue.

Part of :mod:`storyline.reader_words` (merged into ``WORDS``, read through
``say`` and ``count``), as :mod:`storyline.reader_words_pages`.  A Hindi
reader of a Hindi event page still read "cleaning rule: cross-link" over each
removed line, "the same words as Dainik Pravah above" and "12 beyond the
summary's 7 above" under the facts, "Timeline of event 12" from a screen
reader, "No single name is “Kim”. Did you mean:" on the Names page, and
"offset: Input should be a valid integer" on a Hindi error page; the CLI's
``show 12 --lang ru`` said "the summary's are above", "dates:" and "removed".
Keyed by the English wording; a phrase with no entry is said in English.
"""
from __future__ import annotations

NOTE_WORDS: dict[str, dict[str, str]] = {
    # the residue list's tooltip (templates/_macros.html): the rule's id stays, to grep for
    "cleaning rule: {rule}": {"ru": "правило очистки: {rule}", "hi": "सफाई का नियम: {rule}",
                              "de": "Bereinigungsregel: {rule}", "fr": "règle de nettoyage : {rule}",
                              "es": "regla de limpieza: {rule}"},
    "Main": {"ru": "Основное", "hi": "मुख्य", "de": "Hauptmenü", "fr": "Principal", "es": "Principal"},
    # the facts' notes (templates/_facts.html, _macros.html)
    "the same words as {original} above": {"ru": "те же слова, что у {original} выше",
                                           "hi": "वही शब्द जो ऊपर {original} में हैं",
                                           "de": "dieselben Worte wie {original} oben",
                                           "fr": "les mêmes mots que {original} plus haut",
                                           "es": "las mismas palabras que {original} arriba"},
    "the same words as its original above": {"ru": "те же слова, что у оригинала выше",
                                             "hi": "वही शब्द जो ऊपर मूल में हैं",
                                             "de": "dieselben Worte wie das Original oben",
                                             "fr": "les mêmes mots que l'original plus haut",
                                             "es": "las mismas palabras que el original arriba"},
    "its sentence quoted above": {"ru": "его предложение приведено выше", "hi": "इसका वाक्य ऊपर उद्धृत है",
                                  "de": "sein Satz ist oben zitiert", "fr": "sa phrase est citée plus haut",
                                  "es": "su frase está citada arriba"},
    "Disagreement": {"ru": "Расхождение", "hi": "असहमति", "de": "Widerspruch", "fr": "Désaccord",
                     "es": "Discrepancia"},
    "{n} beyond the summary's {m} above": {"ru": "{n} сверх {m} из сводки выше",
                                           "hi": "ऊपर सारांश के {m:oblique} के अलावा {n}",
                                           "de": "{n} zusätzlich zu den Fakten der Zusammenfassung oben ({m})",
                                           "fr": "{n} en plus des faits du résumé ci-dessus ({m})",
                                           "es": "{n} además de los hechos del resumen de arriba ({m})"},
    "; {n} more says only what is shown here already": {
        "ru": "; ещё {n} повторяет лишь то, что уже показано", "hi": "; {n} और केवल वही कहता है जो यहां पहले से दिखाया गया है",
        "de": "; {n} weiterer sagt nur, was hier schon steht", "fr": "; {n} autre ne dit que ce qui est déjà montré ici",
        "es": "; {n} más solo dice lo que ya se muestra aquí"},
    "; {n} more say only what is shown here already": {
        "ru": "; ещё {n} повторяют лишь то, что уже показано", "hi": "; {n} और केवल वही कहते हैं जो यहां पहले से दिखाया गया है",
        "de": "; {n} weitere sagen nur, was hier schon steht", "fr": "; {n} autres ne disent que ce qui est déjà montré ici",
        "es": "; {n} más solo dicen lo que ya se muestra aquí"},
    "{n} more fact stated by more than one report says only what is shown here already.": {
        "ru": "Ещё {n} факт из нескольких сообщений повторяет лишь то, что уже показано.",
        "hi": "एक से अधिक रिपोर्टों में बताया गया {n} और तथ्य केवल वही कहता है जो यहां पहले से दिखाया गया है.",
        "de": "{n} weiterer Fakt aus mehr als einem Bericht sagt nur, was hier schon steht.",
        "fr": "{n} autre fait rapporté par plusieurs articles ne dit que ce qui est déjà montré ici.",
        "es": "{n} hecho más de más de una noticia solo dice lo que ya se muestra aquí."},
    "{n} more facts stated by more than one report say only what is shown here already.": {
        "ru": "Ещё фактов из нескольких сообщений, повторяющих лишь то, что уже показано: {n}.",
        "hi": "एक से अधिक रिपोर्टों में बताए गए {n} और तथ्य केवल वही कहते हैं जो यहां पहले से दिखाया गया है.",
        "de": "{n} weitere Fakten aus mehr als einem Bericht sagen nur, was hier schon steht.",
        "fr": "{n} autres faits rapportés par plusieurs articles ne disent que ce qui est déjà montré ici.",
        "es": "{n} hechos más de más de una noticia solo dicen lo que ya se muestra aquí."},
    "(a near-copy of another report: not counted again)": {
        "ru": "(почти копия другого сообщения: повторно не учтено)", "hi": "(दूसरी रिपोर्ट की लगभग प्रति: दोबारा नहीं गिना गया)",
        "de": "(Beinahe-Kopie eines anderen Berichts: nicht noch einmal gezählt)",
        "fr": "(quasi-copie d'un autre article : pas comptée à nouveau)",
        "es": "(casi copia de otra noticia: no se cuenta de nuevo)"},
    "(near-copies of another report: not counted again)": {
        "ru": "(почти копии другого сообщения: повторно не учтены)", "hi": "(दूसरी रिपोर्ट की लगभग प्रतियां: दोबारा नहीं गिनी गईं)",
        "de": "(Beinahe-Kopien eines anderen Berichts: nicht noch einmal gezählt)",
        "fr": "(quasi-copies d'un autre article : pas comptées à nouveau)",
        "es": "(casi copias de otra noticia: no se cuentan de nuevo)"},
    "(near-copies among them: {n}; not counted again)": {
        "ru": "(почти копий среди них: {n}; повторно не учтены)", "hi": "(इनमें लगभग प्रतियां: {n}; दोबारा नहीं गिनी गईं)",
        "de": "(Beinahe-Kopien darunter: {n}; nicht noch einmal gezählt)",
        "fr": "(quasi-copies parmi eux : {n} ; pas comptées à nouveau)",
        "es": "(casi copias entre ellos: {n}; no se cuentan de nuevo)"},
    # a report its site updated (service_update): `storyline show`'s line and the article and
    # event pages; "earlier revisions: {n}" reads right at any count (no noun to agree)
    "updated {when} UTC; earlier revisions: {n}": {
        "ru": "обновлено {when} UTC; прежних версий: {n}", "hi": "अद्यतन {when} UTC; पिछले संस्करण: {n}",
        "de": "aktualisiert {when} UTC; frühere Fassungen: {n}",
        "fr": "mis à jour {when} UTC ; versions antérieures : {n}",
        "es": "actualizada {when} UTC; versiones anteriores: {n}"},
    "Earlier revisions": {"ru": "Прежние версии", "hi": "पिछले संस्करण", "de": "Frühere Fassungen",
                          "fr": "Versions antérieures", "es": "Versiones anteriores"},
    # a report whose page answered 404/410 to `storyline refresh` (service_refresh): its line on the
    # event and story pages and in `storyline show`; the stored text is still the one shown
    "gone from its site since {when} UTC; text kept": {
        "ru": "исчезло с сайта с {when} UTC; текст сохранён", "hi": "{when} UTC से साइट से हटा; पाठ सुरक्षित",
        "de": "seit {when} UTC nicht mehr auf der Website; Text aufbewahrt",
        "fr": "retiré de son site depuis le {when} UTC ; texte conservé",
        "es": "retirada de su sitio desde {when} UTC; texto conservado"},
    "stored {stored} UTC, replaced {replaced} UTC": {
        "ru": "сохранена {stored} UTC, заменена {replaced} UTC", "hi": "सहेजा गया {stored} UTC, बदला गया {replaced} UTC",
        "de": "gespeichert {stored} UTC, ersetzt {replaced} UTC",
        "fr": "enregistrée {stored} UTC, remplacée {replaced} UTC",
        "es": "guardada {stored} UTC, sustituida {replaced} UTC"},
    # the charts' spoken titles and a week's date (web/views.py, templates/event.html, story.html)
    "Timeline of event {n}": {"ru": "Хронология события {n}", "hi": "घटना {n} की समयरेखा",
                              "de": "Zeitleiste von Ereignis {n}", "fr": "Chronologie de l'événement {n}",
                              "es": "Cronología del suceso {n}"},
    "Timeline of story {n}": {"ru": "Хронология сюжета {n}", "hi": "कहानी {n} की समयरेखा",
                              "de": "Zeitleiste von Geschichte {n}", "fr": "Chronologie du sujet {n}",
                              "es": "Cronología de la historia {n}"},
    "week of {date}": {"ru": "неделя с {date}", "hi": "{date} से शुरू सप्ताह", "de": "Woche ab {date}",
                       "fr": "semaine du {date}", "es": "semana del {date}"},
    # the Names page's finder (templates/entities.html)
    "any spelling or script, part of a name": {"ru": "любое написание или письменность, часть имени",
                                               "hi": "कोई भी वर्तनी या लिपि, नाम का हिस्सा",
                                               "de": "jede Schreibweise oder Schrift, ein Teil des Namens",
                                               "fr": "toute graphie ou écriture, une partie du nom",
                                               "es": "cualquier grafía o escritura, parte de un nombre"},
    "No single name is “{find}”. Did you mean:": {"ru": "Нет единственного имени «{find}». Возможно, вы имели в виду:",
                                                  "hi": "“{find}” नाम का कोई एक व्यक्ति या चीज़ नहीं है. क्या आपका मतलब था:",
                                                  "de": "Kein einzelner Name lautet „{find}“. Meinten Sie:",
                                                  "fr": "Aucun nom unique n'est « {find} ». Vouliez-vous dire :",
                                                  "es": "Ningún nombre único es «{find}». ¿Quería decir:"},
    "exact match on “{alias}”": {"ru": "точное совпадение с «{alias}»", "hi": "“{alias}” से पूरा मेल",
                                 "de": "genaue Übereinstimmung mit „{alias}“", "fr": "correspondance exacte avec « {alias} »",
                                 "es": "coincidencia exacta con «{alias}»"},
    "spelling match on “{alias}”": {"ru": "совпадение по написанию с «{alias}»", "hi": "“{alias}” से वर्तनी का मेल",
                                    "de": "Übereinstimmung der Schreibweise mit „{alias}“",
                                    "fr": "correspondance de graphie avec « {alias} »",
                                    "es": "coincidencia de grafía con «{alias}»"},
    "partial match on “{alias}”": {"ru": "частичное совпадение с «{alias}»", "hi": "“{alias}” से आंशिक मेल",
                                   "de": "teilweise Übereinstimmung mit „{alias}“",
                                   "fr": "correspondance partielle avec « {alias} »",
                                   "es": "coincidencia parcial con «{alias}»"},
    "approximate match on “{alias}”": {"ru": "приблизительное совпадение с «{alias}»", "hi": "“{alias}” से अनुमानित मेल",
                                       "de": "ungefähre Übereinstimmung mit „{alias}“",
                                       "fr": "correspondance approximative avec « {alias} »",
                                       "es": "coincidencia aproximada con «{alias}»"},
    "No name is spelled like “{find}”.": {"ru": "Ни одно имя не пишется как «{find}».",
                                          "hi": "कोई नाम “{find}” जैसा नहीं लिखा जाता.",
                                          "de": "Kein Name wird wie „{find}“ geschrieben.",
                                          "fr": "Aucun nom ne s'écrit comme « {find} ».",
                                          "es": "Ningún nombre se escribe como «{find}»."},
    "No names yet.": {"ru": "Имён пока нет.", "hi": "अभी कोई नाम नहीं.", "de": "Noch keine Namen.",
                      "fr": "Aucun nom pour l'instant.", "es": "Aún no hay nombres."},
    # a page's 422: what is wrong with a parameter (web/error_pages.py; the parameter's name stays)
    "{name}: {problem}": {"ru": "{name}: {problem}", "hi": "{name}: {problem}", "de": "{name}: {problem}",
                          "fr": "{name} : {problem}", "es": "{name}: {problem}"},
    "not a whole number": {"ru": "не целое число", "hi": "पूर्ण संख्या नहीं है", "de": "keine ganze Zahl",
                           "fr": "pas un nombre entier", "es": "no es un número entero"},
    "must be at least {limit}": {"ru": "должно быть не меньше {limit}", "hi": "कम से कम {limit} होना चाहिए",
                                 "de": "muss mindestens {limit} sein", "fr": "doit valoir au moins {limit}",
                                 "es": "debe ser al menos {limit}"},
    "must be at most {limit}": {"ru": "должно быть не больше {limit}", "hi": "अधिकतम {limit} होना चाहिए",
                                "de": "darf höchstens {limit} sein", "fr": "doit valoir au plus {limit}",
                                "es": "debe ser como máximo {limit}"},
    "at most {limit} characters": {"ru": "не больше {limit} знаков", "hi": "अधिकतम {limit} अक्षर",
                                   "de": "höchstens {limit} Zeichen", "fr": "{limit} caractères au plus",
                                   "es": "como máximo {limit} caracteres"},
    "one of {choices}": {"ru": "одно из: {choices}", "hi": "इनमें से एक: {choices}", "de": "eines von: {choices}",
                         "fr": "l'un de : {choices}", "es": "uno de: {choices}"},
    "NUL characters are not allowed": {"ru": "символы NUL недопустимы", "hi": "NUL अक्षरों की अनुमति नहीं है",
                                       "de": "NUL-Zeichen sind nicht erlaubt", "fr": "les caractères NUL sont interdits",
                                       "es": "no se admiten caracteres NUL"},
    "“{given}” is not a language code{guess}; give an ISO 639-1 code such as {examples}{und}": {
        "ru": "«{given}» — не код языка{guess}; укажите код ISO 639-1, например {examples}{und}",
        "hi": "“{given}” भाषा कोड नहीं है{guess}; ISO 639-1 कोड दें, जैसे {examples}{und}",
        "de": "„{given}“ ist kein Sprachcode{guess}; geben Sie einen ISO-639-1-Code an, etwa {examples}{und}",
        "fr": "« {given} » n'est pas un code de langue{guess} ; donnez un code ISO 639-1 comme {examples}{und}",
        "es": "«{given}» no es un código de idioma{guess}; indique un código ISO 639-1 como {examples}{und}"},
    " (did you mean {meant}?)": {"ru": " (может быть, {meant}?)", "hi": " (क्या आपका मतलब {meant} था?)",
                                 "de": " (meinten Sie {meant}?)", "fr": " (vouliez-vous dire {meant} ?)",
                                 "es": " (¿quería decir {meant}?)"},
    ", or {und} (reports whose language could not be told)": {
        "ru": " или {und} (сообщения, язык которых не определён)", "hi": ", या {und} (वे रिपोर्टें जिनकी भाषा पता नहीं चली)",
        "de": " oder {und} (Berichte, deren Sprache nicht erkannt wurde)",
        "fr": ", ou {und} (articles dont la langue n'a pu être reconnue)",
        "es": ", o {und} (noticias cuyo idioma no se pudo determinar)"},
    # `show` and `story --lang` (storyline/cli_read.py, cli_facts.py)
    "the summary's are above": {"ru": "факты сводки — выше", "hi": "सारांश के तथ्य ऊपर हैं",
                                "de": "die der Zusammenfassung stehen oben", "fr": "ceux du résumé sont plus haut",
                                "es": "los del resumen están arriba"},
    "; the summary's {n} are above": {"ru": "; факты сводки ({n}) — выше", "hi": "; सारांश के {n} ऊपर हैं",
                                      "de": "; die Fakten der Zusammenfassung ({n}) stehen oben",
                                      "fr": "; les faits du résumé ({n}) sont plus haut", "es": "; los hechos del resumen ({n}) están arriba"},
    "dates:": {"ru": "даты:", "hi": "तारीखें:", "de": "Daten:", "fr": "dates :", "es": "fechas:"},
    "removed": {"ru": "удалено", "hi": "हटाया गया", "de": "entfernt", "fr": "retiré", "es": "quitado"},
    "names:": {"ru": "имена:", "hi": "नाम:", "de": "Namen:", "fr": "noms :", "es": "nombres:"},
    # `entity NAME --lang` (storyline/cli_entity.py): the name's other spellings, as the Names list's "Also written"
    "also written:": {"ru": "также пишется:", "hi": "ऐसे भी लिखा जाता है:", "de": "auch geschrieben:",
                      "fr": "aussi écrit :", "es": "también escrito:"},
    "no other spelling": {"ru": "других написаний нет", "hi": "कोई और वर्तनी नहीं", "de": "keine andere Schreibweise",
                          "fr": "aucune autre graphie", "es": "ninguna otra grafía"},
    # the marks between a list's items and a sentence's clauses: the same in these languages as in
    # English (so their pages are as they were); Arabic writes its own ("،", "؛", reader_words_ar)
    ", ": {"ru": ", ", "hi": ", ", "de": ", ", "fr": ", ", "es": ", "},
    "; ": {"ru": "; ", "hi": "; ", "de": "; ", "fr": "; ", "es": "; "},
    # a label and what it labels ("Event 4: …", "aligned: “…”"), said by the code: French spaces
    # it as its entries (reader_words_typography), "Événement 4\u00a0: …"
    ": ": {"ru": ": ", "hi": ": ", "de": ": ", "fr": ": ", "es": ": "},
}
