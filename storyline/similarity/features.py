"""Per-article evidence (:class:`ArticleView`) and pair features over it.

Why this shape: pair scoring runs many times per article (event clustering
compares each article with many candidates), so everything that depends on one
article only — its window embeddings, name/number/word keys, length — is
computed once into an ``ArticleView``; a pair then costs a few small matrix
products and set intersections.  Embeddings go through the cached
:class:`storyline.embed.Embedder`, so rebuilding a view is a cache lookup.

Windows: title, lead (the first 600 characters: the measured baseline) and up
to ``MAX_BODY`` body windows of about 500 characters packed from sentences and
spread over the rest of the text, so long articles are compared beyond the
first 512 tokens and the best-matching passages can be found.

Sentences: the first ``MAX_SENTENCES`` sentences of four words or more, each
embedded alone, are aligned across the pair as BERTScore aligns tokens (each
sentence's best match on the other side).  Windows of 500 characters blur a
shared fact into its neighbours; one sentence states it.  On the SemEval dev
pairs the five alignment features lift 5-fold CV Pearson from 0.8157 to 0.8219
(three fold splits, 0.8211-0.8223 against 0.8153-0.8164) and
leave-one-language-pair-out from 0.803 to 0.809, with every weak pair up
(pl-en 0.667 -> 0.682, de-de, pl-pl, ar-ar; docs/benchmarks.md).  Eight
sentences score as thirty do, and cost a view eight short embeddings.  A
stored article's headline is the first sentence, as in the training pages.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from storyline.analyse.sentences import split_sentences
from storyline.embed import E5_SMALL, EmbeddingProfile
from storyline.similarity import keys as K
from storyline.similarity.anchors import anchor_keys, without_outlet
from storyline.similarity.stats import Stats

BODY_CHARS = 500
MAX_BODY = 4
TITLE_CHARS = 200
MAX_SENTENCES = 8
SENTENCE_MIN_WORDS = 4
ALIGNED = 0.5  # a sentence whose best centred match clears this counts as aligned


@dataclass
class ArticleView:
    """What one article contributes to any pair comparison (see module doc)."""

    lang: str
    length: int
    title_vec: np.ndarray            # (dim,)
    lead_vec: np.ndarray             # (dim,) embedding of the event lead (profile.lead)
    chunk_vecs: np.ndarray           # (n, dim): lead + body windows
    sent_vecs: np.ndarray | None = None  # (m, dim): the first MAX_SENTENCES sentences
    names: Counter = field(default_factory=Counter)
    sounds: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    published: dt.date | None = None
    # names and sounds that can anchor an undated pair (storyline.similarity.anchors)
    anchors: Counter = field(default_factory=Counter)
    anchor_sounds: Counter = field(default_factory=Counter)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, stats: Stats, what: str, make):
        """Memoise per-article work that depends on the model's statistics,
        so that scoring one article against many pays for it once."""
        if self._memo.get("stats") is not stats:
            self._memo = {"stats": stats}
        if what not in self._memo:
            self._memo[what] = make()
        return self._memo[what]

    def __getstate__(self) -> dict:  # pickles carry the evidence, not the memo
        return {**self.__dict__, "_memo": {}}

    def centred(self, stats: Stats) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(title, chunks, whole-text mean) after language centring."""
        def make():
            w = stats.centering.apply(np.vstack([self.title_vec[None], self.chunk_vecs]),
                                      self.lang)
            mean = w[1:].mean(axis=0)
            return w[0], w[1:], mean / (np.linalg.norm(mean) or 1.0)
        return self._cached(stats, "centred", make)

    def centred_sentences(self, stats: Stats) -> np.ndarray:
        """Sentence vectors centred on their language's mean sentence (the
        lead window stands in for a text without a sentence of four words)."""
        def make():
            vecs = self.sent_vecs if self.sent_vecs is not None and len(self.sent_vecs) else self.chunk_vecs[:1]
            return stats.sentences.apply(vecs, self.lang)
        return self._cached(stats, "sentences", make)

    def weighted(self, stats: Stats, kind: str) -> "_Weights":
        """idf weights of the ``kind`` keys ("names", "sounds", "words")."""
        return self._cached(stats, kind, lambda: _Weights(getattr(self, kind), stats.idf))


class _Weights:
    """A key counter with its tf-idf weights, norm and idf mass precomputed."""

    __slots__ = ("idf", "w", "norm", "mass")

    def __init__(self, counts: Counter, idf):
        self.idf = {k: idf(k) for k in counts}
        self.w = {k: math.sqrt(c) * self.idf[k] for k, c in counts.items()}
        self.norm = math.sqrt(sum(x * x for x in self.w.values()))
        self.mass = sum(self.idf.values())


def split_title(text: str) -> tuple[str, str]:
    """Split an untitled text into (title, rest).

    Scraped texts usually start with the headline, separated by a newline or
    a double space; failing that the first sentence stands in for it.
    """
    text = text.strip()
    for sep in ("\n", "  "):
        i = text.find(sep)
        if 0 < i <= 250:
            return text[:i].strip(), text[i:].strip()
    sents = split_sentences(text[:1000])
    if sents:
        end = sents[0][1]
        if end <= TITLE_CHARS:
            return text[:end].strip(), text[end:].strip()
    cut = text.rfind(" ", 0, TITLE_CHARS)
    cut = cut if cut > 40 else TITLE_CHARS
    return text[:cut].strip(), text[cut:].strip()


def _body_windows(rest: str) -> list[str]:
    """Pack sentences of ``rest`` into ~BODY_CHARS windows, keep MAX_BODY
    of them evenly spread (first and last included)."""
    windows: list[str] = []
    cur = ""
    for _, _, s in split_sentences(rest):
        while len(s) > BODY_CHARS:  # one huge "sentence" (no punctuation)
            if cur:
                windows.append(cur)
                cur = ""
            cut = s.rfind(" ", 0, BODY_CHARS)
            cut = cut if cut > BODY_CHARS // 2 else BODY_CHARS
            windows.append(s[:cut].strip())
            s = s[cut:].strip()
        if cur and len(cur) + 1 + len(s) > BODY_CHARS:
            windows.append(cur)
            cur = ""
        cur = f"{cur} {s}" if cur else s
    if cur:
        windows.append(cur)
    windows = [w for w in windows if len(w) >= 40] or windows[:1]
    if len(windows) > MAX_BODY:
        idx = np.linspace(0, len(windows) - 1, MAX_BODY).round().astype(int)
        windows = [windows[i] for i in sorted(set(idx))]
    return windows


def windows_of(title: str, text: str,
               profile: EmbeddingProfile = E5_SMALL) -> tuple[str, str, list[str]]:
    """(title, lead, body windows) for an article; ``title`` may be empty.

    The lead opens with the headline, as the training texts (SemEval pages:
    headline, then body) do; a separate ``title`` is put in front of it, so the
    lead of a stored article is exactly its event embedding's text
    (:func:`storyline.pipeline.embedding_text`) and comes from the cache.
    """
    text = (text or "").strip()
    cut = profile.lead_chars
    if title:
        lead = profile.lead(title, text)
    else:
        title, _ = split_title(text)
        lead = text[:cut] or title
    return title.strip()[:TITLE_CHARS] or lead[:TITLE_CHARS], lead, _body_windows(text[cut:])


def sentences_of(text: str, lang: str | None = None) -> list[str]:
    """The sentences a view aligns: the first :data:`MAX_SENTENCES` of at
    least :data:`SENTENCE_MIN_WORDS` words (the strings the facts stage embeds
    too, so a stored report's come from the cache)."""
    out = [s for _, _, s in split_sentences(text or "", lang) if len(s.split()) >= SENTENCE_MIN_WORDS]
    return out[:MAX_SENTENCES]


def views_of(items: Sequence[tuple[str, str, str, dt.date | None]], embedder,
             progress: bool = False, batch: int = 32) -> list[ArticleView]:
    """Build views for many ``(title, text, lang, published)`` items at once.

    All windows are embedded in batches (one cache lookup, then the misses),
    optionally with a rich progress bar on stderr.
    """
    wins = [windows_of(t, x, embedder.profile) for t, x, _, _ in items]
    # the headline first, as in the training texts (SemEval pages: headline, then body)
    sents = [sentences_of(f"{t}\n{x}" if t else x, lang) for t, x, lang, _ in items]
    flat: list[str] = []
    for (title, lead, body), ss in zip(wins, sents):
        flat.extend([title, lead, *body, *ss])
    uniq = list(dict.fromkeys(flat))
    vecs: dict[str, np.ndarray] = {}
    steps = range(0, len(uniq), batch)
    if progress:
        from rich.progress import Progress
        from rich.console import Console
        with Progress(console=Console(stderr=True)) as bar:
            task = bar.add_task("embedding windows", total=len(uniq))
            for i in steps:
                part = uniq[i:i + batch]
                vecs.update(zip(part, embedder.embed(part, "passage")))
                bar.advance(task, len(part))
    else:
        for i in steps:
            part = uniq[i:i + batch]
            vecs.update(zip(part, embedder.embed(part, "passage")))
    out = []
    for (title, text, lang, published), (t, lead, body), ss in zip(items, wins, sents):
        headline = without_outlet(title, text or "") if title else ""  # "… | Deník Východ": no key of the report's
        full = f"{headline}\n{text}" if headline else text
        names = K.name_keys(full)
        anchors, anchor_sounds = anchor_keys(full, lang)
        out.append(ArticleView(
            lang=(lang or "und").lower(), length=len(text or ""),
            title_vec=vecs[t], lead_vec=vecs[lead],
            chunk_vecs=np.vstack([vecs[lead]] + [vecs[b] for b in body]),
            sent_vecs=np.vstack([vecs[x] for x in ss]) if ss else None,
            names=names, sounds=K.sound_keys(names), numbers=K.number_keys(full),
            words=K.word_keys(full), published=published,
            anchors=anchors, anchor_sounds=anchor_sounds))
    return out


def view_of(title: str, text: str, lang: str, published: dt.date | None,
            embedder) -> ArticleView:
    """One article's view (embeds through the cache; keys computed once)."""
    return views_of([(title, text, lang, published)], embedder)[0]


# ----------------------------------------------------------------- pair features

FEATURE_NAMES = [
    "cos_title", "cos_lead", "cos_mean", "chunk_max", "chunk_best_mean",
    "chunk_best_min", "cos_title_body", "cos_title_lead",
    "name_cos", "name_overlap", "name_shared", "name_top_idf",
    "sound_overlap", "sound_shared",
    "num_overlap", "num_shared",
    "word_cos", "word_overlap",
    "same_lang", "log_len_min", "log_len_ratio", "log_days_apart",
    "sent_recall_min", "sent_recall_max", "sent_f", "sent_aligned", "sent_top3",
]


def _weighted(a: _Weights, b: _Weights) -> tuple[float, float, float, float]:
    """(tf-idf cosine, shared idf mass / smaller side's, log1p shared idf mass,
    highest idf among shared keys) of two weighted key sets."""
    if not a.w or not b.w:
        return 0.0, 0.0, 0.0, 0.0
    small, large = (a, b) if len(a.w) <= len(b.w) else (b, a)
    shared = [k for k in small.w if k in large.w]
    if not shared:
        return 0.0, 0.0, 0.0, 0.0
    dot = sum(a.w[k] * b.w[k] for k in shared)
    mass = sum(a.idf[k] for k in shared)
    top = max(a.idf[k] for k in shared)
    return dot / (a.norm * b.norm), mass / min(a.mass, b.mass), math.log1p(mass), top


def _set_overlap(a: Counter, b: Counter) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    shared = len(a.keys() & b.keys())
    return shared / min(len(a), len(b)), math.log1p(shared)


def pair_features(a: ArticleView, b: ArticleView, stats: Stats) -> np.ndarray:
    """Feature vector (order: :data:`FEATURE_NAMES`) for one pair.

    ``stats``: document frequencies and language means (the model's own:
    :meth:`SimilarityModel.pair_features`).  Embedding features use language-centred vectors
    (see :mod:`storyline.similarity.stats`); chunk features compare every lead
    and body window of one article with every window of the other.
    """
    ta, ca, ma = a.centred(stats)
    tb, cb, mb = b.centred(stats)
    sim = ca @ cb.T
    best_a, best_b = sim.max(axis=1).mean(), sim.max(axis=0).mean()
    name_cos, name_ov, name_sh, name_top = _weighted(a.weighted(stats, "names"),
                                                     b.weighted(stats, "names"))
    _, sound_ov, sound_sh, _ = _weighted(a.weighted(stats, "sounds"), b.weighted(stats, "sounds"))
    num_ov, num_sh = _set_overlap(a.numbers, b.numbers)
    word_cos, word_ov, _, _ = _weighted(a.weighted(stats, "words"), b.weighted(stats, "words"))
    days = (math.log1p(abs((a.published - b.published).days))
            if a.published and b.published else math.nan)
    la, lb = math.log1p(a.length), math.log1p(b.length)
    sa, sb = a.centred_sentences(stats), b.centred_sentences(stats)
    ss = sa @ sb.T
    ra, rb = ss.max(axis=1), ss.max(axis=0)
    pa, pb = float(ra.mean()), float(rb.mean())
    top = np.sort(ss.ravel())[-3:]
    return np.array([
        float(ta @ tb), float(sim[0, 0]), float(ma @ mb), float(sim.max()),
        float((best_a + best_b) / 2), float(min(best_a, best_b)),
        float((ta @ mb + tb @ ma) / 2), float((ta @ cb[0] + tb @ ca[0]) / 2),
        name_cos, name_ov, name_sh, name_top, sound_ov, sound_sh,
        num_ov, num_sh, word_cos, word_ov,
        float(a.lang.split("-")[0] == b.lang.split("-")[0]),
        min(la, lb), abs(la - lb), days,
        # sentence alignment: each side's mean best match (recall of the other),
        # their harmonic mean, the share of sentences aligned, the best three pairs
        min(pa, pb), max(pa, pb), 2 * pa * pb / (pa + pb) if pa + pb > 0 else 0.0,
        float(((ra >= ALIGNED).mean() + (rb >= ALIGNED).mean()) / 2), float(top.mean()),
    ], dtype=np.float64)
