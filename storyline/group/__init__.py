"""Grouping stage: near-duplicates -> reports, reports -> events, events -> stories."""
