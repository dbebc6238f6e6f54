"""Portuguese and Italian reporting cues: "afirmou", "segundo o", "ha detto", "ha riferito".

Why: the reporting-cue lists of :mod:`storyline.facts.context` held only
"diz" and "disse" for Portuguese and a few participles for Italian, so a
Portuguese or Italian sentence saying who says it was no claim unless it
named someone, a figure or a date, and its speaker went unread (h-summ19
found every Portuguese Wikinews dev page scored 0.00-0.20 on reporting
cues).  The forms added are the dev texts' commonest (docs/benchmarks.md,
h-facts30).  Sentences written by hand; names given as spans, as the
entity stage gives them.
"""
from __future__ import annotations

from storyline.facts.claims import is_claim
from storyline.facts.context import told_at
from storyline.facts.speakers import speaking


def _speaks(text: str, *names: str) -> list[bool]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return speaking(text, spans)


def _claim(text: str, lang: str) -> bool:
    # no name, figure nor date: only a reporting cue makes it a claim
    return is_claim(text, has_name=False, has_number=False, has_date=False, lang=lang)


def test_portuguese_verbs_and_source_phrase_name_the_speaker():
    assert _speaks("O ministro Fernando Haddad explicou que o governo vai cortar despesas.", "Fernando Haddad") == [True]
    assert _speaks("Segundo o ministro Haddad, o corte será anunciado em breve.", "Haddad") == [True]
    assert _speaks("A proposta será votada em breve, afirmou Lira aos jornalistas.", "Lira") == [True]


def test_italian_verbs_name_the_speaker():
    assert _speaks("Il ministro Giorgetti ha riferito che il bilancio sarà approvato presto.", "Giorgetti") == [True]
    assert _speaks("La riforma non cambierà, ha ribadito Meloni in conferenza stampa.", "Meloni") == [True]


def test_a_portuguese_or_italian_sentence_that_says_who_says_it_is_a_claim():
    assert _claim("O porta-voz do governo afirmou que a proposta será analisada com cuidado.", "pt")
    assert _claim("De acordo com a polícia, os suspeitos fugiram pela estrada principal.", "pt")
    assert _claim("Il portavoce del governo ha detto che la proposta sarà esaminata con attenzione.", "it")


def test_a_portuguese_day_beside_the_verb_is_the_tellings():
    text = "O ministro anunciou na segunda-feira que as obras começam em março."
    day = text.index("segunda-feira")
    assert told_at(text, day, day + len("segunda-feira"))


def test_bare_segundo_is_also_second_and_no_cue():
    assert not _claim("O carro vermelho passou pelo segundo portão da fábrica velha.", "pt")
