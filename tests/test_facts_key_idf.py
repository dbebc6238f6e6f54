"""The inverse frequencies that weigh names in a fact's agreement, counted once.

:func:`storyline.facts.agreement.key_overlap` with ``units`` (a lone sentence's
loan, :func:`storyline.facts.lending.extend`) weighs a shared key by the lesser of
its inverse sentence and inverse report frequency while each sentence's norm
stays its sentence one; it needs both tables, and counted the event's sentences
twice to get them (h-facts19: ``key_idf`` now takes the sentence table it has).
No model: these are set counts over key sets, and what they weigh is pinned
on the demo's reports in ``tests/test_facts_specific_names.py``.
"""
from __future__ import annotations

import math
from collections import Counter
from unittest import mock

import numpy as np

from storyline.facts import agreement
from storyline.facts.agreement import key_idf, key_overlap

# six sentences of three reports: "putin" every report gives, "aurus" two, "pungsan" one
KEYS = [{"putin", "kim", "aurus"}, {"putin", "aurus"}, {"putin", "kim"},
        {"putin", "pungsan"}, {"putin", "kim", "pungsan"}, {"kim"}]
UNITS = ["a", "a", "b", "b", "c", "c"]


def _reference(keys, units):
    """key_overlap as its docstring states it, written out."""
    n = len(keys)
    df = Counter(k for ks in keys for k in ks)
    sent = {k: math.log((1 + n) / (1 + d)) for k, d in df.items()}
    reports = {k: {u for ks, u in zip(keys, units) if k in ks} for k in df}
    r = len(set(units))
    shared = {k: min(sent[k], math.log((1 + r) / (1 + len(us)))) for k, us in reports.items()}
    norms = [math.sqrt(sum(sent[k] ** 2 for k in ks)) for ks in keys]
    out = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            common = keys[i] & keys[j]
            if i != j and common:
                out[i, j] = sum(shared[k] ** 2 for k in common) / (norms[i] * norms[j])
    return out


def test_key_overlap_by_report_is_the_stated_weighing():
    assert np.allclose(key_overlap(KEYS, UNITS), _reference(KEYS, UNITS), atol=1e-6)
    # a key every report gives adds nothing: sentences 0 and 1 share "putin" and "aurus",
    # and only "aurus" (two reports of three) counts
    assert key_overlap(KEYS, UNITS)[0, 1] < key_overlap(KEYS)[0, 1]


def test_key_idf_takes_the_sentence_table_it_is_given():
    per_sentence = key_idf(KEYS)
    assert key_idf(KEYS, UNITS, per_sentence) == key_idf(KEYS, UNITS)
    assert key_idf(KEYS, ["a", "a", "a", "b", "b", "b"], per_sentence) == per_sentence  # two reports: not read
    assert key_idf(KEYS, None, per_sentence) is per_sentence


def test_key_overlap_counts_the_sentences_once():
    with mock.patch.object(agreement, "Counter", wraps=Counter) as counted:
        key_overlap(KEYS, UNITS)
    assert counted.call_count == 1
