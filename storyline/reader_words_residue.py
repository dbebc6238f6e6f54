"""What the cleaner took off a page, as each kind is named in the reader's languages, for the catalogue.

Part of :mod:`storyline.reader_words` (merged into ``WORDS``, read through
``say``), keyed by the English labels of :data:`storyline.wording.RESIDUE_WORDS`.
The catalogue had labels only for the kinds the demo's pages show, so a
Wikinews page's "headline repeated", "time stamp" or "HTML code" stayed
English on a Russian or Arabic page beside labels in the reader's language;
every rule the cleaner records now has its label here (and in
:mod:`storyline.reader_words_ar`), which ``tests/test_reader_residue_words.py``
checks against the cleaner's own list of rules.
"""
from __future__ import annotations

RESIDUE_SAID: dict[str, dict[str, str]] = {
    "link to another story": {"ru": "ссылка на другой материал", "hi": "दूसरी खबर का लिंक",
                              "de": "Link zu einem anderen Artikel", "fr": "lien vers un autre article",
                              "es": "enlace a otra noticia"},
    "photo credit": {"ru": "подпись к фото", "hi": "फोटो श्रेय", "de": "Bildnachweis", "fr": "crédit photo",
                     "es": "crédito de la foto"},
    "the site's promotion of itself": {"ru": "реклама самого сайта", "hi": "साइट का अपना प्रचार",
                                       "de": "Eigenwerbung der Seite", "fr": "autopromotion du site",
                                       "es": "autopromoción del sitio"},
    "sharing buttons": {"ru": "кнопки «поделиться»", "hi": "शेयर बटन", "de": "Teilen-Schaltflächen",
                        "fr": "boutons de partage", "es": "botones para compartir"},
    "template code": {"ru": "код шаблона", "hi": "टेम्पलेट कोड", "de": "Vorlagen-Code", "fr": "code de gabarit",
                      "es": "código de plantilla"},
    "copyright notice": {"ru": "знак авторского права", "hi": "कॉपीराइट सूचना", "de": "Urheberrechtshinweis",
                         "fr": "mention de droits d'auteur", "es": "aviso de derechos de autor"},
    "topic tags": {"ru": "теги", "hi": "विषय टैग", "de": "Schlagwörter", "fr": "mots-clés", "es": "etiquetas"},
    "invitation to follow": {"ru": "призыв подписаться", "hi": "फॉलो करने का न्योता", "de": "Aufruf zum Folgen",
                             "fr": "invitation à suivre", "es": "invitación a seguir"},
    "cookie notice": {"ru": "уведомление о cookie", "hi": "कुकी सूचना", "de": "Cookie-Hinweis",
                      "fr": "bandeau cookies", "es": "aviso de cookies"},
    "newsletter sign-up": {"ru": "подписка на рассылку", "hi": "न्यूज़लेटर साइन-अप", "de": "Newsletter-Anmeldung",
                           "fr": "inscription à la newsletter", "es": "suscripción al boletín"},
    "invitation to comment": {"ru": "призыв комментировать", "hi": "टिप्पणी का न्योता", "de": "Aufruf zum Kommentieren",
                              "fr": "invitation à commenter", "es": "invitación a comentar"},
    "invitation to report an error": {"ru": "призыв сообщить об ошибке", "hi": "गलती बताने का न्योता",
                                      "de": "Aufruf, Fehler zu melden", "fr": "invitation à signaler une erreur",
                                      "es": "invitación a informar de un error"},
    "staff credit": {"ru": "подпись редакции", "hi": "स्टाफ श्रेय", "de": "Autorenzeile der Redaktion",
                     "fr": "signature de la rédaction", "es": "firma de la redacción"},
    "subscription or access notice": {"ru": "уведомление о подписке или доступе", "hi": "सदस्यता या पहुंच सूचना",
                                      "de": "Abo- oder Zugangshinweis", "fr": "avis d'abonnement ou d'accès",
                                      "es": "aviso de suscripción o acceso"},
    "site menu": {"ru": "меню сайта", "hi": "साइट मेनू", "de": "Seitenmenü", "fr": "menu du site", "es": "menú del sitio"},
    "advert marker": {"ru": "пометка «реклама»", "hi": "विज्ञापन का निशान", "de": "Werbehinweis",
                      "fr": "mention « publicité »", "es": "marca de publicidad"},
    "time stamp": {"ru": "отметка времени", "hi": "समय की मुहर", "de": "Zeitstempel", "fr": "horodatage",
                   "es": "marca de tiempo"},
    "an embedded post's link and byline": {"ru": "ссылка и подпись встроенного поста",
                                           "hi": "एम्बेड की गई पोस्ट का लिंक और लेखक-पंक्ति",
                                           "de": "Link und Absenderzeile eines eingebetteten Beitrags",
                                           "fr": "lien et signature d'une publication intégrée",
                                           "es": "enlace y firma de una publicación insertada"},
    "HTML code": {"ru": "HTML-код", "hi": "HTML कोड", "de": "HTML-Code", "fr": "code HTML", "es": "código HTML"},
    "the source's standard text": {"ru": "типовой текст источника", "hi": "स्रोत का मानक पाठ",
                                   "de": "Standardtext der Quelle", "fr": "texte type de la source",
                                   "es": "texto habitual de la fuente"},
    "headline repeated": {"ru": "повтор заголовка", "hi": "दोहराया गया शीर्षक", "de": "wiederholte Überschrift",
                          "fr": "titre répété", "es": "titular repetido"},
    "the page's own title (the site, page kind or time), replaced by the headline the text opens with": {
        "ru": "собственный заголовок страницы (сайт, тип страницы или время), заменён заголовком, "
              "с которого начинается текст",
        "hi": "पेज का अपना शीर्षक (साइट, पेज का प्रकार या समय), जिसकी जगह वह शीर्षक लिया गया जिससे पाठ शुरू होता है",
        "de": "der eigene Titel der Seite (Website, Seitenart oder Uhrzeit), ersetzt durch die Überschrift, "
              "mit der der Text beginnt",
        "fr": "le titre propre de la page (le site, le type de page ou l'heure), remplacé par le titre "
              "par lequel s'ouvre le texte",
        "es": "el título propio de la página (el sitio, el tipo de página o la hora), sustituido por el titular "
              "con que empieza el texto"},
}
