"""Rebuild ``background_mean.npy``: the mean e5 vector of the demo corpus.

Run ``python -m storyline.group.background`` after changing the demo corpus,
the embedding text or the model.  The mean is label-free (it never sees the
event labels); it only recentres vectors so cosines spread out.
"""
from __future__ import annotations

import numpy as np

from storyline import demo
from storyline.embed import shared_embedder
from storyline.group.scoring import BACKGROUND
from storyline.ingest.readers import IngestError, from_record
from storyline.pipeline import analyse, embedding_text


def main() -> None:
    texts = []
    for r in demo.records():
        raw = from_record(r, f"demo:{r['id']}")
        art = None if isinstance(raw, IngestError) else analyse(raw)
        if art is not None and not isinstance(art, IngestError):
            texts.append(embedding_text(art))
    mean = shared_embedder().embed(texts, "passage").mean(axis=0).astype(np.float32)
    np.save(BACKGROUND, mean)
    print(f"wrote {BACKGROUND} from {len(texts)} demo articles")


if __name__ == "__main__":
    main()
