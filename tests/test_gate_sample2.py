"""The page gate on a second sample of pages it was not written from (issue 10).

``tests/data/gate_sample2.jsonl`` was written before reading the gate's rules,
weighted to kinds and languages the first sample had few of, and scored before
any change: precision 1.00, recall 0.13 (6 of 46; docs/benchmarks.md).  The
cues then added are general (kinds of pages in many languages), so the bounds
below guard them; the focused cases are pages of those kinds in languages the
sample does not use for them, each beside a report that quotes the wall.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analyse.gate import judge_page
from storyline.bench.gate import run

DATA = Path(__file__).parent / "data"


def test_second_held_out_sample_precision_and_recall():
    res = run(DATA / "gate_sample2.jsonl", DATA / "gate_sample2_labels.jsonl")
    assert res["n_pages"] == 72 and res["n_labelled"] == 46
    assert res["precision"] == 1.0, res["false_positives"]
    # one page (an AMP shell of share buttons) has no text left after cleaning:
    # the pipeline refuses it, so it joins no event either
    assert res["recall"] >= 0.95, res["missed"]
    kinds = res["kinds_flagged"]
    assert kinds.get("media", 0) >= 3 and kinds.get("age-gate", 0) >= 3 and kinds.get("app-wall", 0) >= 2


LAW = ("Parliament passed a law on Thursday requiring websites with adult content to check the age of "
       "their visitors with an identity document or a bank card. Until now most sites asked only "
       "\"Are you 18 or older?\" and let anyone who clicked yes enter. The regulator will be able to "
       "fine companies up to 6% of their turnover, and the law takes effect in January.")

WALLS = [
    # (kind, title, text of the wall, a report that quotes it)
    ("age-gate", "Altersverifikation | Weinmagazin",
     "Bist du 18 Jahre oder älter?\nJa\nNein\nDer Zugang ist nur Volljährigen gestattet.", LAW),
    ("error", "Le Petit Journal du Sud",
     "Notre site est actuellement en maintenance.\nNous serons de retour très vite.\nMerci de votre patience.",
     "L'application de la banque est restée inaccessible pendant six heures samedi, a indiqué "
     "l'établissement, qui a expliqué que son site est en maintenance après une panne de serveur. "
     "Les clients ne pouvaient ni consulter leurs comptes ni effectuer de virements, selon plusieurs "
     "témoignages recueillis dimanche."),
    ("error", "Забагато запитів",
     "Забагато запитів\nЗачекайте хвилину та оновіть сторінку.",
     "Портал «Дія» кілька годин працював із перебоями у понеділок через наплив користувачів, які "
     "подавали заявки на допомогу. Частина з них бачила повідомлення «Забагато запитів». У "
     "Мінцифри заявили, що збільшили потужності серверів і до вечора роботу сервісу відновили."),
    ("app-wall", "El Diario del Norte",
     "Sigue leyendo en la app\nAbrir en la app\nSeguir en el navegador",
     "El Gobierno aprobó este martes un decreto que obliga a las aplicaciones de mensajería a "
     "verificar la edad de sus usuarios. La norma entrará en vigor en seis meses y prevé multas "
     "de hasta 20 millones de euros para las empresas que no la cumplan."),
    ("media", "Видео: наводнение в Краснодаре",
     "Ваш браузер не поддерживает видео.\n00:00 / 02:10\nПоделиться",
     "Загрузка видео\nВ Краснодаре после ливня подтопило более 200 дворов, сообщили в городской "
     "администрации. Уровень воды на некоторых улицах достигал полуметра. Спасатели эвакуировали "
     "40 человек, пострадавших нет."),
    ("media", "Fotos: la DANA en Valencia",
     "1 de 4\nVecinos achican agua en Paiporta.\n2 de 4\nCoches apilados en una calle de Catarroja.\n"
     "3 de 4\nVoluntarios limpian el barro.\n4 de 4\nUn puente cortado.",
     "Las lluvias torrenciales dejaron el martes más de 400 litros por metro cuadrado en algunos "
     "municipios de Valencia, según la Aemet. La Generalitat pidió a los vecinos que no salieran "
     "de casa y suspendió las clases en toda la provincia.\n1 de 2\nVecinos achican agua en Paiporta."),
    ("front-page", "Tag: energia | Il Quotidiano",
     "energia\nBollette, a marzo il gas cala del 5 per cento\nIl governo prepara il decreto sulle rinnovabili\n"
     "Eni, nuovo giacimento al largo dell'Egitto\nTerna: consumi elettrici in aumento a febbraio\nCarica altri",
     "Il governo ha approvato giovedì il decreto sulle rinnovabili, che semplifica le autorizzazioni "
     "per gli impianti solari sui tetti. Secondo il ministero, la misura porterà 10 gigawatt di "
     "nuova potenza entro il 2030. Le associazioni ambientaliste l'hanno accolta con favore."),
]


@pytest.mark.parametrize("kind,title,wall,report", WALLS, ids=[f"{w[0]}-{i}" for i, w in enumerate(WALLS)])
def test_a_wall_is_flagged_as_its_kind_and_a_report_quoting_it_is_not(kind, title, wall, report):
    verdict = judge_page(title, wall, wall)
    assert not verdict.is_article and verdict.kind == kind, verdict
    assert judge_page("Report", report, report).is_article


def test_a_sentence_in_a_caseless_script_with_latin_acronyms_is_prose():
    """Hangul words have no case: "KIA 선발 양현종은 …" was read as a run of
    names (every cased word upper case), so a short Korean report had no prose
    and one banner line flagged it."""
    report = ("프로야구 정규시즌 29일 경기에서 선두 KIA가 LG를 꺾고 5연승을 달렸다.\n"
              "KIA 선발 양현종은 7이닝 동안 삼진 8개를 잡으며 2실점으로 막아 시즌 10승째를 거뒀다.\n"
              "LG는 9회말 2사 만루 기회를 잡았지만 마지막 타자가 뜬공으로 물러나 추격에 실패했다.\n"
              "두 팀은 30일 같은 장소에서 시즌 마지막 맞대결을 벌인다.\n"
              "We use cookies to improve your experience.")
    assert judge_page("[프로야구] 29일 전적 | 서울타임즈", report, report).is_article


def test_cues_are_matched_as_case_folded_text_reads():
    """Texts are case-folded before matching, and folding turns Greek final
    sigma into σ and German ß into ss: cues written with them never matched."""
    assert judge_page("Αποτελέσματα αναζήτησης | Η Καθημερινή", "1 2", "1 2").kind == "front-page"
    wall = "Το άρθρο είναι μόνο για συνδρομητές.\nΣύνδεση"
    assert judge_page("Ο προϋπολογισμός του 2025", wall, wall).kind == "paywall"
    wall = "Jetzt Abo abschließen und weiterlesen."
    assert judge_page("Der Haushalt 2025", wall, wall).kind == "paywall"
