"""French punctuation spacing for the reader's catalogue: one rule, applied once at import.

French sets a no-break space before ":" and a narrow no-break space (U+202F) before
";", "?" and "!" and inside « » (Imprimerie nationale's rules, which CLDR's French
follows for its own marks).  The catalogue had written a plain space (or none) there,
so a French line could wrap with the colon or the closing guillemet alone at the
start of the next line ("Les sources divergent" / ": …"), and the clause mark the
code joins lines with (``say("; ")``) had no space at all (h-ui30).  The rule is
applied to each French entry as written (never to the data filled into it: a
quoted sentence, a URL or a time "10:30" keeps its own marks), and to the joins the
code says through the catalogue (``say(": ")``, ``say("; ")``); the quotes the code
puts around a sentence are :func:`quoted`'s.
"""
from __future__ import annotations

import re

NBSP, NNBSP = "\u00a0", "\u202f"
_SPACES = "[ \u00a0\u202f]?"
_FIELD = re.compile(r"(\{[^{}]*\})")            # "{label}", "{articles:oblique}": not text
_COLON = re.compile(_SPACES + r":(?=\s|$)")        # a colon that ends a clause, not "10:30"
_MARK = re.compile(_SPACES + r"([;?!])(?=\s|$|\))")
_OPEN = re.compile("«" + _SPACES)
_CLOSE = re.compile(_SPACES + "»")


def french_marks(text: str) -> str:
    """``text`` (a French catalogue entry) with French spacing around its own ``: ; ? ! « »``:
    "Les sources divergent :" -> "Les sources divergent\u00a0:"; the ``{fields}`` left as written."""
    return "".join(part if _FIELD.fullmatch(part) else _spaced(part) for part in _FIELD.split(text))


def _spaced(text: str) -> str:
    text = _COLON.sub(NBSP + ":", text)
    text = _MARK.sub(lambda m: NNBSP + m.group(1), text)
    return _CLOSE.sub(NNBSP + "»", _OPEN.sub("«" + NNBSP, text))


# the marks around a sentence the code quotes (a gloss, a CLI citation), by the reader's language:
# each language's primary quotes, CLDR's quotationStart/End (German „…“, Russian «…»), but for
# Spanish and Arabic, where CLDR gives “…” and ”…“ and the language's own rule and press set «…»
# (the RAE's Ortografía: « » first, “ ” inside; Arabic « », which a right-to-left line mirrors
# to open at its right); Italian and Ukrainian CLDR's «…» (h-ui36); Hindi, English and Portuguese
# (CLDR's pt, Brazil's) “…”.  A page's <q> is drawn from the same marks by
# the stylesheet (style.css, one ``html[lang=…] q`` rule each; tests/test_reader_quote_marks.py).
QUOTE_MARKS = {"fr": ("«" + NNBSP, NNBSP + "»"), "de": ("„", "“"), "ru": ("«", "»"), "es": ("«", "»"),
               "ar": ("«", "»"), "it": ("«", "»"), "uk": ("«", "»")}


def quote_marks(lang: str) -> tuple[str, str]:
    """The opening and closing marks the reader of ``lang`` (the page's: ``reader_words.page_lang()``,
    which imports this module, so it is passed) quotes with."""
    return QUOTE_MARKS.get(lang, ("“", "”"))


def quoted(text: str, lang: str) -> str:
    """``text`` in the reader's quote marks: "«\u202fCe succès…\u202f»" in French, "„…“" in German,
    "“…”" in English and a language with no entry."""
    opens, closes = quote_marks(lang)
    return f"{opens}{text}{closes}"


def spaced_in(words: dict[str, dict[str, str]], lang: str = "fr") -> None:
    """Give every ``lang`` entry of ``words`` (the catalogue, English text -> {language: text})
    its punctuation spacing, in place."""
    for said in words.values():
        if lang in said:
            said[lang] = french_marks(said[lang])
