"""Who says what: claim sentences aligned into facts across sources and languages,
labelled corroborated / single-source / conflicting, and cited extractive summaries.

Stages (each a small module passing the records of :mod:`.model`):
:mod:`.claims` (sentences with names, numbers, dates) -> :mod:`.align` (groups
across languages) -> :mod:`.labels` (reports, labels, conflicts) ->
:mod:`.summarise` (MMR summary, headline) -> :mod:`.render` and :mod:`.gloss` (a reader's
language, glosses by alignment).  :func:`.event.build_event_facts` runs them
for one event; nothing here knows about the store, the CLI or the API.
"""
