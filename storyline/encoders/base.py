"""What the encoders and the embedding cache share, in a module that imports
nothing of Storyline: the ONNX graph's version (part of the onnx encoders'
cache names and of the cached graph's file name) and the cache folder.

Kept apart so that :mod:`.onnx_graph` need not import the package that loads
it, nor :mod:`storyline.embed` (which imports the encoders)."""
from __future__ import annotations

import os
from pathlib import Path

# of storyline.encoders.onnx_graph: bump it when the graph it builds or the
# tokenizer changes (3: SentencePiece instead of tokenizers, which decides a
# few near-ties differently; its vocabulary cached beside the graph)
GRAPH_VERSION = 3


def cache_dir() -> Path:
    """``$STORYLINE_CACHE`` or ``~/.cache/storyline``: shared by all databases."""
    return Path(os.environ.get("STORYLINE_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "storyline"))
