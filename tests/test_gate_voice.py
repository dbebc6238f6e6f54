"""Registration pages whose offers read like prose (issue 10, the gate).

A "Member Center" page of Wikinews dev (a Boston.com registration form)
passed the gate: its title and three login lines were outweighed by 2,444
characters of "prose", a dozen blurbs about what the site e-mails and offers
("Today's Boston Globe headlines sent to your inbox every morning.").  Such
sentences are the site speaking about its own services
(:mod:`storyline.analyse.gate_voice`) and no longer count as story prose.
Each page below has two login lines and no title naming it; before the change
its blurbs (some 700 characters and more) outweighed them.
"""
from __future__ import annotations

import pytest

from conftest import analysed_record, shared_path
from storyline.analyse.gate import judge_page

PAGES = {
    "en": ("The Riverside Courier", [
        "Already a member? Log in", "Forgot your password?",
        "Morning Briefing: the day's top headlines sent to your inbox before seven o'clock every weekday.",
        "Breaking News Alerts: a short e-mail within minutes whenever a major story happens in the region.",
        "Weekend Reads: the best long stories of the week chosen by our editors and sent to your inbox.",
        "Partner Picks: special offers and announcements from our advertising partners and local businesses.",
        "Traffic and weather alerts for your commute are sent by text message before you leave home.",
        "Required fields are marked with an asterisk and must be completed before you can continue.",
        "Please read our privacy policy and terms of use before you finish setting up the membership.",
        "Click here to sign in with the address and the password that you registered with before.",
    ]),
    "de": ("Rheinischer Bote", [
        "Passwort vergessen?", "Angemeldet bleiben",
        "Der Morgenüberblick bringt Ihnen die wichtigsten Meldungen des Tages jeden Werktag in Ihr Postfach.",
        "Exklusive Angebote unserer Partner aus der Region erhalten Sie einmal in der Woche per E-Mail zugesandt.",
        "Am Wochenende schicken wir die besten Reportagen der Woche direkt in Ihren Posteingang, ganz ohne Kosten.",
        "Alle mit einem Stern markierten Pflichtfelder müssen ausgefüllt werden, bevor Sie fortfahren können.",
        "Bitte lesen Sie vor dem Abschluss unsere Datenschutzerklärung und die Nutzungsbedingungen sorgfältig durch.",
        "Klicken Sie hier, um sich mit Ihrer bisherigen Adresse und Ihrem bisherigen Zugang wieder anzumelden.",
        "Mit Ihrem Konto können Sie Artikel merken, Kommentare schreiben und Ihre Themen für später speichern.",
    ]),
    "fr": ("Le Courrier du Midi", [
        "Mot de passe oublié ?", "Se souvenir de moi",
        "Le réveil de la rédaction : les titres du jour arrivent dans votre boîte mail chaque matin à sept heures.",
        "Des offres exclusives de nos partenaires de la région vous sont proposées une fois par semaine par courriel.",
        "Les grands reportages de la semaine sont envoyés dans votre boîte de réception le samedi, sans frais.",
        "Les champs obligatoires sont marqués d'un astérisque et doivent être remplis avant de continuer la saisie.",
        "Merci de lire notre politique de confidentialité avant de terminer la création de votre profil de lecteur.",
        "Cliquez ici pour retrouver vos lettres préférées et choisir le jour où vous souhaitez les recevoir chez vous.",
        "Votre compte vous permet de commenter les articles, de les garder pour plus tard et de suivre vos thèmes.",
    ]),
    "es": ("El Diario del Valle", [
        "¿Olvidaste tu contraseña?", "Recordarme",
        "El resumen de la mañana lleva los titulares del día a tu bandeja de entrada cada mañana laborable.",
        "Las ofertas exclusivas de nuestros socios de la región te llegarán una vez por semana por correo electrónico.",
        "Los mejores reportajes de la semana, elegidos por la redacción, llegan a tu bandeja de entrada el sábado.",
        "Los campos obligatorios están marcados con un asterisco y deben rellenarse antes de poder continuar.",
        "Lee nuestra política de privacidad y los términos y condiciones antes de terminar de crear tu perfil.",
        "Haz clic aquí para entrar con la dirección y la clave con las que te registraste la última vez en el sitio.",
        "Con tu cuenta puedes comentar las noticias, guardarlas para más tarde y seguir los temas que te interesan.",
    ]),
    "ru": ("Городские вести", [
        "Забыли пароль?", "Запомнить меня",
        "Утренний выпуск с главными новостями дня приходит на ваш почтовый ящик каждое утро в будние дни.",
        "Специальные предложения наших партнёров из региона мы присылаем один раз в неделю по электронной почте.",
        "Обязательные поля отмечены звёздочкой, и их нужно заполнить, прежде чем продолжить оформление профиля.",
        "Пожалуйста, прочитайте нашу политику конфиденциальности и пользовательское соглашение перед завершением.",
        "Нажмите здесь, чтобы войти с тем адресом и кодом, которые вы указали при прошлом посещении нашего сайта.",
        "В личном кабинете можно сохранять статьи на потом, писать комментарии и выбирать интересные вам темы.",
    ]),
    "ja": ("みなと新聞デジタル", [
        "パスワードをお忘れの方", "ログイン状態を保持する",
        "朝のニュースレターでは、その日の主要なニュースを毎朝七時に受信トレイへお届けしますので、ぜひご登録ください。",
        "地域の提携企業からの特別オファーや限定オファーを、週に一度メールでお知らせしますので、どうぞお楽しみに。",
        "必須項目には印が付いていますので、すべて入力してから次の画面へお進みいただくよう、よろしくお願いします。",
        "登録を完了する前に、必ずプライバシーポリシーと利用規約をお読みいただき、内容にご同意のうえお進みください。",
        "以前に登録したアドレスでログインする場合は、こちらをクリックして画面の案内に従って手続きを行ってください。",
    ]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_registration_page_of_offers_is_flagged(lang):
    title, lines = PAGES[lang]
    a = analysed_record({"id": f"reg-{lang}", "lang": lang, "title": title, "text": "\n".join(lines)})
    assert a.not_article == "login", (lang, a.not_article_reason)


def test_a_registration_page_saved_as_one_line_is_flagged():
    """Scraped forms often come as one line (the Boston.com page did)."""
    title, lines = PAGES["en"]
    assert not judge_page(title, " ".join(lines), " ".join(lines), lang="en").is_article


def test_a_report_about_a_privacy_policy_stays_a_report():
    """One offer phrase in a report, beside a newsletter line, outweighs nothing."""
    text = ("The regulator fined the social network 200 million euros on Tuesday for changing its "
            "privacy policy without asking its users. Investigators found that the company had "
            "shared the e-mail addresses of 40 million people with advertisers since 2019. The "
            "company said it would appeal and that no password had been exposed. Users who want to "
            "delete their data can click here, the regulator said in a statement, pointing to a "
            "form on its own site. The fine is the largest the agency has imposed this year.\n"
            "Sign up for our newsletter to get the latest news in your inbox.")
    assert judge_page("Regulator fines network over privacy policy", text, text, lang="en").is_article


def test_wikinews_member_center_page_is_flagged():
    """The Boston.com "Member Center" form, flagged by its cues and not its title alone."""
    import json

    path = shared_path("data", "wikinews-clusters-dev", "articles.jsonl")
    rec = next(r for r in map(json.loads, path.open(encoding="utf-8")) if r.get("id") == "wn071-0")
    for title in (rec["title"], "Boston.com"):
        verdict = judge_page(title, rec["text"], rec["text"], lang="en")
        assert verdict.kind == "login", verdict.reason


def test_bench_gate_reads_a_semeval_pairs_csv(tmp_path):
    """``bench gate pairs.csv``: each distinct article once, by its half of pair_id."""
    import csv

    from storyline.bench.gate import run

    report = ("The city council voted on Monday to build a new bridge over the river, officials said. "
              "Construction is expected to start next spring and to cost about four million dollars.")
    wall = "Member login\nForgot your password?\nAlready a member? Log in"
    path = tmp_path / "pairs.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["pair_id", "lang1", "lang2", "text1", "text2", "Overall"])
        w.writeheader()
        w.writerow({"pair_id": "11_22", "lang1": "en", "lang2": "en", "text1": report, "text2": wall, "Overall": "2"})
        w.writerow({"pair_id": "11_33", "lang1": "en", "lang2": "en", "text1": report, "text2": report, "Overall": "1"})
    res = run(path)
    assert res["n_pages"] == 3 and res["n_flagged"] == 1 and list(res["flagged"]) == ["22"], res


ALERT_BOXES = {  # (title, the box): a page that saved only a sign-up box under the headline
    "en": ("Volcano erupts near the capital", "We'll send breaking news and news alerts to you as they happen!\nSign up!"),
    "it": ("Il vulcano erutta vicino alla capitale",
           "Ti invieremo le ultime notizie e gli avvisi di notizie man mano che accadono!\nIscriviti!"),
    "zh": ("火山在首都附近喷发", "关闭 每天收到关于 {{subject}} 的电子邮件通知！\n您的通知已保存。"),
}


@pytest.mark.parametrize("lang", sorted(ALERT_BOXES))
def test_a_page_of_only_an_alerts_box_is_a_signup_page(lang):
    title, text = ALERT_BOXES[lang]
    verdict = judge_page(title, text, text, lang=lang)
    assert verdict.kind == "signup", verdict


def test_a_brief_with_an_alerts_line_stays_a_report():
    text = ("Firefighters contained a blaze at a paper mill in the north of the city on Tuesday "
            "after six hours, the fire service said. Nobody was hurt, and the cause is being "
            "investigated by the police.\nGet breaking news alerts sent to your inbox.")
    assert judge_page("Fire at paper mill contained", text, text, lang="en").is_article


def test_a_chinese_report_in_short_sentences_with_latin_names_is_prose():
    """Chinese writes a clause without spaces (about two characters a word):
    a sentence of 25 characters is long enough, and two Latin names beside a
    clause of many words are not "a run of names", and a character counts
    twice (a word is about two of them).  A SemEval report of this kind under
    an alerts line read as 71 characters of prose and was flagged as a sign-up
    page; this one read as 0 before and as 114 with the word count alone."""
    text = ("订阅我们的新闻通讯\n"
            "Universal Credit 支付将在明年发生重大变化，育儿丧假法律也将发生变化。\n"
            "《利物浦回声报》强调了今年需要注意的八项重要法律。\n"
            "英国约有 250 万索赔人的付款将得到提升。\n"
            "随着新的一年的进展，政府可能还会出台更多的法律。")
    verdict = judge_page("新法律将于明年生效", text, text, lang="zh")
    assert verdict.is_article, verdict


FORMS = {  # a registration form's field labels under a headline, and one sentence of the site's
    "en": "Email address First Name Last Name Organisation Job Title Telephone",
    "de": "Vorname Nachname E-Mail-Adresse Passwort Telefonnummer",
    "pl": "Imię Nazwisko Adres e-mail Hasło Numer telefonu",
    "zh": "用户名 密码 电子邮件地址 手机号码",
}


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_a_form_of_field_labels_is_a_signup_page(lang):
    """A SemEval "free trial" page was such a form (first name, last name,
    e-mail address, job title) under a headline, with 133 characters of prose."""
    text = ("Our analysts publish more than forty research notes every week for investors.\n"
            + FORMS[lang])
    verdict = judge_page("Oil to outperform other assets this year", text, text, lang=lang)
    assert verdict.kind == "signup" and "form fields" in verdict.reason, verdict


def test_a_report_naming_personal_data_stays_a_report():
    """A report names such data in the plural, or a few labels at most."""
    text = ("Hackers stole the names, e-mail addresses, passwords and phone numbers of two million "
            "customers of the retailer, the company said on Monday. Customers who registered before "
            "2019 were also asked for a date of birth and a postal code, which were taken as well. "
            "The company has reset every password and told the data protection authority.")
    assert judge_page("Retailer says hackers stole customer data", text, text, lang="en").is_article


TRIAL_BRIEFS = {
    "de": ("Telekom startet neuen Streamingdienst",
           "Die Deutsche Telekom hat am Montag in Bonn einen neuen Streamingdienst für Sportübertragungen "
           "vorgestellt, der ab März verfügbar sein soll.\nKunden können das Angebot nach Angaben des "
           "Unternehmens einen Monat lang kostenlos testen."),
    "en": ("Apple launches sports streaming service",
           "Apple launched a new streaming service on Monday in Cupertino, offering live sports and films "
           "from March.\nCustomers can take a free trial for one month, the company said."),
    "fr": ("Orange lance un service de streaming",
           "Orange a présenté lundi à Paris un nouveau service de streaming sportif, disponible à partir de "
           "mars.\nLes clients pourront bénéficier d'un essai gratuit d'un mois, selon l'opérateur."),
}
TRIAL_ADVERTS = {
    "de": "Jetzt kostenlos testen",
    "en": "Start your free trial of our premium research service and read every report.",
    "fr": "Profitez de votre essai gratuit de 30 jours et lisez tous nos articles.",
}


@pytest.mark.parametrize("lang", sorted(TRIAL_BRIEFS))
def test_a_brief_that_tells_of_a_free_trial_stays_a_report(lang):
    """A short report of a service launch says its customers may try it for free:
    the site offers the reader nothing, so the sentence is prose and no cue."""
    title, text = TRIAL_BRIEFS[lang]
    assert judge_page(title, text, text, lang=lang).is_article


@pytest.mark.parametrize("lang", sorted(TRIAL_ADVERTS))
def test_a_free_trial_offered_to_the_reader_is_a_signup_cue(lang):
    """The site's own offer, in a short line or in the second person, is sign-up evidence."""
    text = "Our analysts publish more than forty research notes every week.\n" + TRIAL_ADVERTS[lang]
    verdict = judge_page("Oil to outperform other assets this year", text, text, lang=lang)
    assert verdict.kind == "signup", verdict
