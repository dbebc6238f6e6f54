"""How much reading a long text for names costs, counted as work rather than
timed: the names a text's second find looks for are its own, so whatever is
done per word *per known name* grows with the square of the text.  Work per
word must not grow with the text: a text four times as long costs about four
times as much (the demo reports of one language joined, a quarter of them
against all of them)."""
from __future__ import annotations

from storyline.analyse import entity_devanagari, entity_known
from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_tokens import Token
from storyline import demo

LINEAR = 6  # four times the text, at most six times the work (quadratic: about sixteen)


def _demo_text(lang: str) -> str:
    """The demo reports in ``lang``, joined in publication order."""
    return "\n\n".join(r["text"] for r in demo.records() if r.get("text") and r["lang"] == lang)


def _work(monkeypatch, lang: str, owner, name: str) -> tuple[int, int]:
    """Calls of ``owner.name`` while extracting the
    names of a quarter of the language's demo text, then of all of it."""
    text, counted = _demo_text(lang), [0]
    real = getattr(owner, name)

    def counting(*args, **kwargs):
        counted[0] += 1
        return real(*args, **kwargs)
    monkeypatch.setattr(owner, name, counting)
    quarter = text[:len(text) // 4].rsplit(" ", 1)[0]
    extract_entities(quarter, lang)
    short = counted[0]
    extract_entities(text, lang)
    return short, counted[0] - short


def test_a_cased_word_is_not_read_against_every_joined_name(monkeypatch):
    # entity_known folds each joined name once (its index), not once per cased word of the text
    short, long = _work(monkeypatch, "ru", entity_known, "fold_conventions")
    assert 0 < short and long <= LINEAR * short


def test_a_devanagari_compound_is_cut_only_against_names_of_its_skeleton(monkeypatch):
    cuts = [0]
    real = entity_devanagari._cut

    def counting(*args):
        cuts[0] += 1
        return real(*args)
    monkeypatch.setattr(entity_devanagari, "_cut", counting)
    short, long = _work(monkeypatch, "hi", entity_known, "compound_name")
    assert 0 < cuts[0] <= short + long  # about one name per compound word, not every name of the text


def test_a_name_is_not_read_for_every_token_s_bare_form(monkeypatch):
    # entity_orgs._business_noun read the bare form of every token of the text for each name
    real = Token.bare
    counted = [0]

    def bare(token):
        counted[0] += 1
        return real.fget(token)
    monkeypatch.setattr(Token, "bare", property(bare))
    text = _demo_text("ru")
    extract_entities(text[:len(text) // 4].rsplit(" ", 1)[0], "ru")
    short = counted[0]
    extract_entities(text, "ru")
    assert 0 < short and counted[0] - short <= LINEAR * short
