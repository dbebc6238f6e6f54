"""Distributed pre-embedding (Dask): the ingest's encoder work, spread over workers.

Why only this part: placing a report into an event is online clustering (each
report is judged against the events the reports before it formed) and runs
under one write lock (:mod:`storyline.group.placement`), so it stays serial.
What dominates an ingest's time is embedding text with e5, and every vector
goes through the :class:`~storyline.embed.EmbeddingCache`, keyed by
:meth:`Embedder.key <storyline.embed.Embedder.key>` (encoder, mode, text).  So
this stage (``storyline ingest --workers N`` or ``--scheduler ADDRESS``)
reads the inputs with the ingest's own readers, sends batches of raw articles
to Dask workers, and each worker runs the pure per-article steps and embeds
the texts the serial ingest will ask for; the driver writes the vectors into
its cache.  The normal serial ingest then runs unchanged and finds them
there: what it stores is the serial ingest's result, by construction.

The texts are not listed here by hand: a worker calls the functions the serial
path calls (:func:`storyline.pipeline.analyse`, the event lead
:meth:`EmbeddingProfile.lead`, the learned scorer's
:func:`~storyline.similarity.features.views_of`, the facts stage's
:func:`~storyline.facts.claims.claim_sentences` and the event titles) with a
:class:`RecordingEmbedder`, which keeps every (cache key, vector) it makes.
A text the worker saw differently (a source's boilerplate learned during the
call, names an event lends a report) is simply encoded by the serial stage.

Not pre-embedded: URLs and stdin (reading them twice would fetch twice, or
find stdin spent); an article a worker fails on (the serial ingest then
reports its error as usual).
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

import numpy as np

from storyline.embed import Embedder, EmbeddingProfile

if TYPE_CHECKING:
    from storyline.clean.boilerplate import SourceBoilerplate
    from storyline.records import Article, RawArticle
    from storyline.service import Storyline
    from storyline.service_types import IngestReport

IN_FLIGHT = 4  # tasks per worker submitted ahead of the results (bounds the driver's memory)
CONNECT_TIMEOUT = "10s"


class DistributedError(RuntimeError):
    """The Dask cluster could not be reached or started (nothing was stored)."""


@dataclass
class PreEmbedReport:
    """What the distributed stage did: ``articles`` sent, ``vectors`` written
    to the cache, ``failed`` (origin, reason) of articles not pre-embedded."""

    articles: int = 0
    vectors: int = 0
    workers: int = 0
    seconds: float = 0.0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped_inputs: list[str] = field(default_factory=list)  # URLs and stdin: left to the serial stage


class RecordingEmbedder(Embedder):
    """An embedder with no cache that keeps every (cache key, vector) it makes.

    Keys are the driver's (:meth:`Embedder.key` of the same encoder name), so
    the driver can put the pairs into its cache as they are."""

    def __init__(self, encoder: str, profile: EmbeddingProfile):
        super().__init__(use_cache=False, encoder=encoder, profile=profile)
        self.recorded: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str], mode: str = "passage") -> np.ndarray:
        texts = [(t or " ")[:self.profile.max_chars] for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [self.key(t, mode) for t in texts]
        todo = list({k: t for k, t in zip(keys, texts) if k not in self.recorded}.items())
        if todo:
            new = self.model.encode([t for _, t in todo], mode == "query")
            self.encoded += len(todo)
            self.recorded.update((k, np.asarray(v, np.float32)) for (k, _), v in zip(todo, new))
        return np.vstack([self.recorded[k] for k in keys]).astype(np.float32)


_WORKER_EMBEDDERS: dict[tuple[str, EmbeddingProfile], RecordingEmbedder] = {}


def _worker_embedder(encoder: str, profile: EmbeddingProfile) -> RecordingEmbedder:
    """One embedder per worker process and encoder: the model is loaded once."""
    key = (encoder, profile)
    if key not in _WORKER_EMBEDDERS:
        _WORKER_EMBEDDERS[key] = RecordingEmbedder(encoder, profile)
    return _WORKER_EMBEDDERS[key]


def texts_of(articles: Sequence[Article], embedder: Embedder) -> None:
    """Embed, through ``embedder``, what the serial ingest will embed for these
    analysed articles: the same calls the service makes (see the module doc),
    each over the whole batch, as the serial path batches them."""
    from storyline.facts.claims import claim_sentences
    from storyline.facts.event import SENTENCES_PER_ARTICLE
    from storyline.similarity.features import views_of

    lead = embedder.profile.lead
    embedder.embed([lead(a.title, a.text) for a in articles], "passage")  # Storyline._embed_leads
    placed = [a for a in articles if not a.not_article]  # a page the gate flags joins no event
    # LearnedScorer.views (an undated report, or one compared with an undated report)
    views_of([(a.title, a.text, a.lang, a.published) for a in placed], embedder)
    # the facts stage (storyline.facts.event.build_event_facts) at relink: claims, then titles
    embedder.embed([c.text for a in placed
                    for c in claim_sentences(a, a.id, None, limit=SENTENCES_PER_ARTICLE)], "passage")
    embedder.embed([a.title for a in placed if a.title], "passage")


def embed_batch(raws: list[RawArticle], encoder: str, profile: EmbeddingProfile,
                boilerplate: SourceBoilerplate | None = None
                ) -> tuple[list[tuple[str, np.ndarray]], list[tuple[str, str]]]:
    """A worker's task: (key, vector) pairs for a batch, and (origin, reason)
    of each article that failed (it alone is left out).

    The driver sends :data:`~storyline.service.LEAD_BATCH` consecutive
    articles, so on a fresh database the leads are embedded in the groups the
    serial ingest embeds them in (a vector can differ in its last bits with
    its batch-mates, docs/architecture.md)."""
    from storyline.ingest.readers import IngestError
    from storyline.pipeline import analyse

    embedder = _worker_embedder(encoder, profile)
    embedder.recorded = {}
    failed: list[tuple[str, str]] = []
    articles: list[tuple[RawArticle, Article]] = []
    for raw in raws:
        try:
            article = analyse(raw, boilerplate)
        except Exception as exc:  # one bad article must not cost the batch its vectors
            failed.append((raw.origin, f"{type(exc).__name__}: {exc}"))
            continue
        if not isinstance(article, IngestError):  # the serial ingest reports it
            articles.append((raw, article))
    try:
        texts_of([a for _, a in articles], embedder)
    except Exception:  # one text at fault: again one article at a time, so it fails alone
        for raw, article in articles:
            try:
                texts_of([article], embedder)
            except Exception as exc:
                failed.append((raw.origin, f"{type(exc).__name__}: {exc}"))
    pairs, embedder.recorded = list(embedder.recorded.items()), {}
    return pairs, failed


@contextmanager
def cluster(workers: int | None = None, scheduler: str | None = None,
            timeout: str = CONNECT_TIMEOUT) -> Iterator:
    """A Dask client: on ``scheduler`` (an address such as tcp://host:8786), or
    on a local cluster of ``workers`` processes with one thread (and one
    encoder thread) each.  Fails with :class:`DistributedError` naming the
    address when it cannot be reached."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise DistributedError(f"cannot reach the Dask scheduler at {scheduler}: "
                                   f"{type(exc).__name__}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    if not workers or workers < 1:
        raise DistributedError("--workers must be at least 1")
    try:
        local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                             host="127.0.0.1", dashboard_address=None,
                             env={"STORYLINE_THREADS": "1"})  # one encoder thread per worker process
    except Exception as exc:
        raise DistributedError(f"cannot start a local Dask cluster of {workers} workers: "
                               f"{type(exc).__name__}: {exc}") from None
    client = Client(local)
    try:
        yield client
    finally:
        client.close()
        local.close()


def local_articles(paths: Iterable[str], date: str | None = None,
                   keep_all: bool = False, skipped: list[str] | None = None) -> Iterator[RawArticle]:
    """The raw articles of the local inputs, read as ``Storyline.ingest_paths``
    reads them (the same readers, ``date`` and ``keep_all``); URLs and stdin
    are named in ``skipped``."""
    from storyline.ingest.readers import IngestError, iter_inputs, read_path
    from storyline.records import RawArticle

    for p in iter_inputs(paths):
        if isinstance(p, IngestError):
            continue
        if isinstance(p, str):  # "-" or a URL
            if skipped is not None:
                skipped.append(p)
            continue
        for item in read_path(p):
            if isinstance(item, RawArticle):
                item.date_fallback = date or item.date_fallback
                item.keep = keep_all or item.keep
                yield item


def pre_embed(app: Storyline, client, paths: Iterable[str], date: str | None = None,
              keep_all: bool = False, progress: Callable[[int], None] | None = None,
              batch: int | None = None) -> PreEmbedReport:
    """Stage 1: embed the inputs' texts on the cluster into ``app``'s cache.

    ``progress`` is called with the number of articles each finished task
    covered.  The workers read no cache and write none: the driver alone
    writes, as the vectors come back."""
    from distributed import as_completed

    from storyline.service import LEAD_BATCH

    batch = batch or LEAD_BATCH  # a result is at most ~16 x 50 vectors (1.2 MB)

    embedder = app.embedder
    if embedder.cache is None:
        raise DistributedError("the embedder has no cache: pre-embedded vectors would have nowhere to go")
    start = time.perf_counter()
    report = PreEmbedReport(workers=len(client.scheduler_info()["workers"]))
    encoder, profile = embedder.encoder_name, embedder.profile
    boilerplate = client.scatter(app.boilerplate, broadcast=True)  # what the store learned so far
    limit = max(1, report.workers) * IN_FLIGHT
    running = as_completed()
    sizes: dict[str, list[str]] = {}

    def collect(future) -> None:
        origins = sizes.pop(future.key)
        try:
            pairs, failed = future.result()
        except Exception as exc:  # a worker lost with its task: those articles are left to the serial stage
            failed = [(o, f"{type(exc).__name__}: {exc}") for o in origins]
            pairs = []
        future.release()
        known = embedder.cache.get_many([k for k, _ in pairs])
        fresh = [(k, v) for k, v in pairs if k not in known]
        embedder.cache.put_many(fresh)
        report.vectors += len(fresh)
        report.failed.extend(failed)
        if progress:
            progress(len(origins))

    def submit(raws: list[RawArticle]) -> None:
        future = client.submit(embed_batch, raws, encoder, profile, boilerplate, pure=False)
        sizes[future.key] = [r.origin for r in raws]
        running.add(future)
        report.articles += len(raws)
        while running.count() >= limit:
            collect(next(running))

    chunk: list[RawArticle] = []
    for raw in local_articles(paths, date, keep_all, report.skipped_inputs):
        chunk.append(raw)
        if len(chunk) >= batch:
            submit(chunk)
            chunk = []
    if chunk:
        submit(chunk)
    for future in running:
        collect(future)
    report.seconds = time.perf_counter() - start
    return report


def ingest_paths(app: Storyline, paths: Sequence[str], workers: int | None = None,
                 scheduler: str | None = None, progress: Callable[[int], None] | None = None,
                 **ingest_args) -> tuple[PreEmbedReport, IngestReport]:
    """Both stages for a caller of the service (the CLI runs them itself, to
    reach the cluster before it opens the database): pre-embed on the
    cluster, then :meth:`Storyline.ingest_paths` with ``ingest_args``."""
    with cluster(workers, scheduler) as client:
        pre = pre_embed(app, client, paths, date=ingest_args.get("date"),
                        keep_all=ingest_args.get("keep_all", False), progress=progress)
    return pre, app.ingest_paths(paths, **ingest_args)
