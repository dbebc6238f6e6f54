"""A report's short forms of its own full names ("Ким" where it names "Ким Чен Ын").

Apart from the resolver (:mod:`storyline.analyse.entity_resolver`): the
resolver decides across reports, in the order they arrive, and keeps a short
form local to a group where it fits one longer name there; this reads one
report's names together, before any of them is added, so the short form is
that report's full name whichever comes first.  The relink
(``service_names``) adds the report's other names first, then each short
form ``within=`` its full name's entity.
"""
from __future__ import annotations

from storyline.analyse.entity_resolver import EntityResolver


def shorter_forms(names: list[tuple[str, str]]) -> dict[int, list[int]]:
    """Which names of one text are the given or family name of a longer PERSON name of the same
    text: index of the short form -> indexes of the longer names it fits.

    A text that names "Ким Чен Ын" means him by "Ким" too, whether the short
    form comes first or alone in a sentence; the resolver's group rules
    (:meth:`EntityResolver._shorter_of`) see only what was read before and
    a whole story, where "Ким" may also fit Kim Yo Jong.  The short form is a
    PERSON or unlabelled name of one word of three letters or more whose key
    (or Russian stem) is the first or last word of the longer name's key (a
    given or family name: "Aurus" is no name of "Лимузин Aurus Senat", a
    capitalised common noun before a product), and no gazetteer place or
    institution ("Taiwan" of a run-on "Epochtimes Taiwan"; one the resolver
    already knows as a place is kept out by :meth:`EntityResolver.add`:
    "Haiti" of "Haiti Edmond Mulet")."""
    keyed = [(EntityResolver.keys_of(" ".join(text.split())), (label or "").upper()) for text, label in names]
    keyed = [([], label) if EntityResolver.gazetteer(" ".join(text.split())) else (keys, label)
             for (keys, label), (text, _) in zip(keyed, names)]
    longer = [(n, {w for k in keys for w in (k.split()[0], k.split()[-1])}) for n, (keys, label) in enumerate(keyed)
              if label == "PERSON" and keys and len(keys[0].split()) >= 2]
    out: dict[int, list[int]] = {}
    for n, (keys, label) in enumerate(keyed):
        if label not in ("PERSON", "MISC") or not keys or " " in keys[0] or len(keys[0]) < 3:
            continue
        fits = [m for m, words in longer if m != n and any(k in words for k in keys)]
        if fits:
            out[n] = fits
    return out
