"""Storyline: offline-first multilingual news intelligence.

Articles flow through small stages (ingest -> clean -> analyse -> embed ->
group -> store); see docs/architecture.md for the map.
"""

__version__ = "0.1.0"
