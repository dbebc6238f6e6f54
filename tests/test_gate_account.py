"""Account walls with no phrase of the first lists (issue 10 item 3, the gate).

On the SemEval pages the gate let in a sign-in widget under a headline ("Are
you sure you want to log out? … E-mail or Username: Password REMEMBER ME"), an
archive's registration step ("Registrieren Sie sich jetzt kostenlos, um
fortzufahren"), a print subscriber's offer ("作为当前的印刷版订阅者，您可以 …") and a
page asking to turn cookies on.  Their blurbs read as 300 to 500 characters
of story prose and no cue weighed against them.  The site speaking to the
reader about the reader's account is now one point a line
(:mod:`storyline.analyse.gate_account`), and a profile page's title names an
index.  The pages below are written for the test, in several languages;
every flagged one passed the gate before.  Reports with such a line under
their reporting stay reports.
"""
from __future__ import annotations

import pytest
from conftest import analysed_record

WALLS = {
    # a sign-in widget: a log-out prompt, the form's fields, a blurb about the site's readers
    "widget-en": ("login", "en", "Storm knocks out power across the valley", (
        "Are you sure you want to log out?\n\nLog in\n\nThe Valley Courier is home to a lively community of readers "
        "who care about the place they live. Share your views and help shape the stories we tell about our town.\n\n"
        "Email or username: Password Remember me Sign in or sign in with\n\nNew user? Register here")),
    "widget-de": ("login", "de", "Sturm legt Stromnetz im Tal lahm", (
        "Möchten Sie sich wirklich abmelden?\n\nAnmelden\n\nDer Talbote ist die Heimat einer lebendigen Gemeinschaft "
        "von Leserinnen und Lesern, die sich für ihre Region interessieren und mitreden wollen.\n\n"
        "E-Mail oder Benutzername\n\nPasswort\n\nAnmelden mit Google\n\nNoch kein Konto? Jetzt registrieren")),
    "widget-es": ("login", "es", "Una tormenta deja sin luz al valle", (
        "¿Está seguro de que quiere cerrar la sesión?\n\nIniciar sesión\n\nEl Correo del Valle reúne a una comunidad "
        "de lectores comprometidos con su ciudad y con las noticias que la cuentan cada día.\n\n"
        "Correo electrónico o nombre de usuario\n\nContraseña\n\n¿No tienes una cuenta? Regístrate")),
    "widget-ru": ("login", "ru", "Буря оставила долину без света", (
        "Вы уверены, что хотите выйти?\n\nВход\n\nНаша газета объединяет читателей, которым небезразлична жизнь их "
        "города и которые хотят обсуждать новости вместе с нами.\n\n"
        "E-mail или логин\n\nПароль\n\nВойти через ВКонтакте\n\nНовый пользователь? Зарегистрироваться")),
    "widget-zh": ("login", "zh", "暴风雨导致山谷大面积停电", (
        "确定要退出登录吗？\n\n登录\n\n山谷日报拥有一个热爱本地生活的读者社区，欢迎您分享观点，与我们一起讲述这座城市的故事。\n\n"
        "用户名或邮箱\n\n密码\n\n使用微信登录\n\n还没有账号？立即注册")),
    # an archive's registration step: register to go on, what registered users may do
    "archive-de": ("login", "de", "Sängerin eröffnet Imbisswagen in der Altstadt", (
        "Bitte registrieren!\n\nRegistrieren Sie sich jetzt kostenlos, um weiterzulesen.\n\nUnser digitales Archiv bietet "
        "Hunderttausende Artikel aus fünf Jahrzehnten an.\n\nAngemeldete Nutzer können Berichte bis ins Jahr 1995 "
        "recherchieren und Merklisten anlegen. Unser Nachrichtenportal dokumentiert damit die Geschichte der Region.")),
    "archive-fr": ("login", "fr", "Une chanteuse ouvre un food truck dans la vieille ville", (
        "Inscrivez-vous gratuitement pour continuer.\n\nNos archives numériques rassemblent des centaines de milliers "
        "d'articles publiés depuis cinquante ans.\n\nLes utilisateurs inscrits peuvent consulter les éditions depuis 1995 "
        "et enregistrer leurs recherches.")),
    "archive-it": ("login", "it", "Una cantante apre un chiosco nel centro storico", (
        "Registrati gratuitamente per continuare a leggere.\n\nIl nostro archivio digitale raccoglie centinaia di migliaia "
        "di articoli pubblicati negli ultimi cinquant'anni.\n\nGli utenti registrati possono consultare le edizioni dal 1995 "
        "e salvare le loro ricerche.")),
    "archive-pl": ("login", "pl", "Piosenkarka otwiera budkę z jedzeniem na starówce", (
        "Zarejestruj się, aby czytać dalej.\n\nNasze cyfrowe archiwum zawiera setki tysięcy artykułów opublikowanych w "
        "ciągu ostatnich pięćdziesięciu lat.\n\nZarejestrowani użytkownicy mogą przeglądać wydania od 1995 roku.")),
    # a subscriber's offer
    "offer-en": ("paywall", "en", "Startup raises funds to expand", (
        "What's included\n\nAs a current print subscriber, you can join Digital Plus at any time. Members get unlimited "
        "access to our website and the e-edition, optimised for phones and tablets.\n\nNot a current print subscriber? "
        "Click here to buy a subscription.\n\nFor questions call our customer service team.")),
    "offer-zh": ("paywall", "zh", "初创企业获得扩张资金", (
        "包括什么\n\n作为当前的纸质版订阅者，您可以随时加入数字会员。会员可以无限制地访问我们的网站和电子版。\n\n"
        "不是当前的纸质版订阅者？单击此处购买订阅。")),
    "offer-fr": ("paywall", "fr", "Une jeune pousse lève des fonds", (
        "Ce qui est inclus\n\nEn tant qu'abonné à l'édition papier, vous pouvez rejoindre l'offre numérique à tout "
        "moment et profiter d'un accès illimité à tous nos articles sur mobile et ordinateur.\n\n"
        "Pas encore abonné ? Découvrez nos offres.")),
    # a page that asks to turn cookies on
    "cookies-en": ("error", "en", "The Daily Ledger", (
        "No cookies\n\nTo use this website, cookies must be enabled in your browser. To enable cookies, follow the "
        "instructions for your browser below.\n\nEnabling cookies in Firefox: open the menu, choose Settings and then "
        "Privacy, and allow sites to save data.\n\nEnabling cookies in Safari: open Preferences, then Privacy.")),
    "cookies-de": ("error", "de", "Der Tagesbote", (
        "Um diese Website zu nutzen, müssen Cookies aktiviert sein.\n\nBitte aktivieren Sie Cookies in den "
        "Einstellungen Ihres Browsers und laden Sie die Seite anschließend neu. Eine Anleitung für die gängigen "
        "Browser finden Sie weiter unten auf dieser Seite.")),
    "cookies-es": ("error", "es", "El Diario del Sur", (
        "Para usar este sitio, las cookies deben estar habilitadas en su navegador.\n\nHabilite las cookies en la "
        "configuración de su navegador y vuelva a cargar la página. Más abajo encontrará las instrucciones para los "
        "navegadores más comunes.")),
    # a player's profile page: its title names the page
    "profile-en": ("front-page", "en", "Profile with news, career statistics and history",
                   "Copyright 2021 Sports Data Ltd. All rights reserved.\n\nData provided by the league."),
    "profile-de": ("front-page", "de", "Spielerprofil", "Alle Daten vom Verband.\n\nCopyright 2021 Sportdaten GmbH."),
}

REPORTS = {
    # a report with a sign-in widget's line under it
    "widget-en": ("en", "Storm knocks out power across the valley", (
        "A storm with winds of up to 110 kilometres an hour knocked out power to 40,000 homes across the valley on "
        "Sunday night, the utility said. Crews expect to restore most of the lines by Tuesday, and schools in three "
        "towns will stay closed on Monday.\n\nOr sign in with Google")),
    # a report about a data breach names what a login form asks
    "breach-en": ("en", "Hackers stole logins of 2 million gamers", (
        "Hackers stole the e-mail or username and the password of about two million players of an online game, the "
        "company said on Friday. It urged players to change their passwords and said no payment data was taken.")),
    # a report about a streaming price: registered users, unlimited access
    "streaming-de": ("de", "Streamingdienst startet in Deutschland", (
        "Der Streamingdienst startet im März in Deutschland und kostet 6,99 Euro im Monat, teilte das Unternehmen am "
        "Dienstag mit. Registrierte Nutzer können den Dienst einen Monat lang ohne Gebühr nutzen, danach verlängert sich "
        "das Abonnement automatisch.")),
    # a report about a cookie law quoting a site's message
    "cookie-law-en": ("en", "Regulator fines publisher over cookie banners", (
        "The data regulator fined a publisher 2 million euros on Thursday because its sites showed readers only a "
        "message that cookies must be enabled, with no way to refuse them. The publisher said it would appeal.")),
}


def _analysed(key: str, lang: str, title: str, text: str):
    return analysed_record({"id": key, "title": title, "text": title + "\n\n" + text, "lang": lang})


@pytest.mark.parametrize("key", sorted(WALLS))
def test_an_account_wall_is_not_a_report(key):
    kind, *page = WALLS[key]
    article = _analysed(key, *page)
    assert article.not_article == kind, (key, article.not_article, article.not_article_reason)


@pytest.mark.parametrize("key", sorted(REPORTS))
def test_a_report_with_an_account_line_stays_a_report(key):
    article = _analysed(key, *REPORTS[key])
    assert not article.not_article, (key, article.not_article_reason)
