"""Ingest stage: turn files, folders and streams into :class:`RawArticle` records."""
from storyline.ingest.readers import IngestError, iter_inputs, read_path

__all__ = ["IngestError", "iter_inputs", "read_path"]
