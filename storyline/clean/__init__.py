"""CLEAN stage: turn scraped text into story text, with an audit trail.

``clean_text`` runs, in order:

1. ``normalise.normalise_text`` — mojibake repair (ftfy), NFC, HTML entities,
   whitespace (paragraph breaks kept);
2. ``residue.remove_residue`` — general, multilingual residue rules (template
   tags, cross-links, tags lines, share/comment prompts, photo credits, cookie
   banners, site promos…; the rule names are listed in ``residue``);
3. optionally, per-source boilerplate learned by ``SourceBoilerplate``
   (rule name ``source-boilerplate``) for lines the generic rules kept;
4. whitespace normalisation again, since removals leave gaps.

What it deliberately does not do: parse a metadata header such as
"date 2024-06-21" (the ingest stage owns that; such a line passes through
untouched), or drop anything from the middle of a story line except markup
and bracketed credits.  Every story sentence is meant to survive.

``lang`` is accepted as a hint but all languages' rules always apply: site
chrome is often in another language than the story.
"""
from __future__ import annotations

from storyline.records import CleanResult, Removal

from .boilerplate import SourceBoilerplate
from .normalise import normalise_text, normalise_whitespace
from .residue import remove_residue

__all__ = ["clean_text", "SourceBoilerplate", "normalise_text"]

SOURCE_BOILERPLATE = "source-boilerplate"


def clean_text(
    text: str,
    lang: str | None = None,
    *,
    source: str | None = None,
    boilerplate: SourceBoilerplate | None = None,
) -> CleanResult:
    """Return the story text of ``text`` with residue removed.

    ``removed`` lists every ``Removal(rule, text)`` in reading order (inline
    cuts of a line come before that line's later cuts); ``mojibake_repaired``
    says whether broken encoding was fixed.  With ``source`` and a trained
    ``boilerplate`` learner, lines that recur across that source's articles
    are removed too.  The caller decides when to ``observe`` articles: this
    function never changes the learner.
    """
    del lang  # a hint only; see module docstring
    normalised, repaired = normalise_text(text or "")
    body, removed = remove_residue(normalised)
    if boilerplate is not None and source:
        kept = []
        for line in body.split("\n"):
            if line.strip() and boilerplate.is_boilerplate(source, line):
                removed.append(Removal(SOURCE_BOILERPLATE, line.strip()))
            else:
                kept.append(line)
        body = "\n".join(kept)
    return CleanResult(
        text=normalise_whitespace(body), removed=removed, mojibake_repaired=repaired
    )
