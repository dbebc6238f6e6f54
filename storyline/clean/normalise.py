"""Text normalisation done before residue rules: encoding repair, NFC, whitespace.

Why this comes first: every later stage (residue rules, language detection,
sentence splitting, entity keys, hashing for duplicates) compares strings, and
the same article scraped twice can arrive as clean UTF-8 once and as mojibake
("fÃ¼r", "donâ€™t") or with odd spacing the next time.  Normalising here makes
those copies byte-identical and lets the residue rules match their phrases.

What is repaired, and with what:

* Mojibake (UTF-8 read as Latin-1/cp1252) is undone with ``ftfy``, the field's
  well-kept tool.  We switch off ftfy's cosmetic fixes (quote uncurling,
  full-width folding, ligatures) because those change correct text too, and we
  only want to report ``repaired=True`` when broken encoding was fixed.
* Two damage patterns ftfy cannot undo by itself, both seen in real scraped
  news, are prepared for it first:

  - a later NFKC-style pass turned the mojibake character "¼" (byte 0xBC,
    second half of "ü" = C3 BC) into the three characters "1⁄4", giving
    "gÃ1⁄4nlÃ1⁄4k" for "günlük".  We turn "1⁄4", "1⁄2", "3⁄4" back into
    "¼", "½", "¾" only right after a mojibake lead character (Ã, Ä, Å, Â…), so a
    real fraction such as "1⁄2 cup" is left alone.
  - the closing quote "”" is E2 80 9D; 0x9D has no cp1252 glyph and is often
    dropped, leaving a bare "â€".  Before whitespace, punctuation or the end
    we restore the lost byte so ftfy can decode it.

* Lines that are wholly UTF-8 read through a codec ftfy does not try (Mac
  Central European turns "saldırısına" into "saldńĪrńĪsńĪna") are decoded when
  a strict round trip proves it, and in text already found damaged, leftover
  two-character sequences ftfy skipped ("giriÅŸ") are decoded too.
* Not recoverable: bytes the scraper dropped (a lost 0x9F leaves "oluÅturdu"
  for "oluşturdu"; Devanagari loses 0x8D bytes), since the information is gone.
* HTML character references (``&amp;``, ``&#8217;``, ``&nbsp;``) are decoded:
  they are markup leftovers, not text.
* Whitespace: every Unicode space separator becomes " ", runs collapse, lines
  are stripped, zero-width spaces/BOM/soft hyphens are dropped (but not the
  zero-width (non-)joiners, which carry meaning in Indic and Arabic scripts),
  and blank-line runs collapse to one blank line, so paragraph breaks survive
  as "\\n\\n" and single line breaks as "\\n".
"""
from __future__ import annotations

import html
import re
import unicodedata

import ftfy

# Only encoding repair: nothing that would also alter correct text.
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Hygiene that is not "repair": control characters, odd line breaks, NFC.
_HYGIENE = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=False,
)

# Latin-1 renderings of UTF-8 lead bytes C2..C5 and CE..D1 (Greek, Cyrillic).
_MOJIBAKE_LEAD = "ÂÃÄÅÎÏÐÑ"
_FRACTIONS = {"1⁄4": "¼", "1⁄2": "½", "3⁄4": "¾"}
_DECOMPOSED_FRACTION = re.compile(f"(?<=[{_MOJIBAKE_LEAD}])(1⁄4|1⁄2|3⁄4)")
_FALLBACK_CODECS = ("mac_latin2", "mac_roman", "cp1250", "cp1251", "cp1252")
# A UTF-8 lead byte (C2-C5) read as cp1252, then a continuation byte (80-BF) read as cp1252.
_LEFTOVER_PAIR = re.compile(
    "[\u00c2-\u00c5][\u00a1-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_BARE_CLOSING_QUOTE = re.compile(r"â€(?=[\s.,;:!?)\]]|$)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")  # any Unicode whitespace (NBSP, ideographic…) but newline
_BLANK_RUNS = re.compile(r"\n{3,}")


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8-read-as-Latin-1 damage; return (text, whether anything changed).

    Kept separate so callers can test or reuse the repair without the
    whitespace and entity handling.
    """
    prepared = _DECOMPOSED_FRACTION.sub(lambda m: _FRACTIONS[m.group(1)], text)
    prepared = _BARE_CLOSING_QUOTE.sub("â€\x9d", prepared)
    fixed = ftfy.fix_text(prepared, _ENCODING_ONLY)
    fixed = "\n".join(_strict_roundtrip(line) for line in fixed.split("\n"))
    if fixed == prepared:
        # Nothing decoded: undo our own preparation rather than leave "¼" or a
        # stray control byte in text that was not mojibake after all.
        return text, False
    # The text is known to be damaged; fix two-character leftovers that
    # ftfy's heuristics left inside otherwise repaired lines ("giriÅŸ").
    return _LEFTOVER_PAIR.sub(_decode_pair, fixed), True


def _strict_roundtrip(line: str) -> str:
    """Decode a line that is *entirely* UTF-8 read through a legacy codec.

    Covers codecs ftfy does not try (Mac Central European: "saldńĪrńĪsńĪna"
    for "saldırısına").  Correct text essentially never survives
    encode-then-strict-UTF-8-decode, so a successful round trip is proof.
    """
    if line.isascii():
        return line
    for codec in _FALLBACK_CODECS:
        try:
            decoded = line.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if decoded != line:
            return decoded
    return line


def _decode_pair(m: re.Match) -> str:
    try:
        return m.group(0).encode("cp1252").decode("utf-8")
    except UnicodeError:
        return m.group(0)


def decode_entities(text: str) -> str:
    """Decode HTML character references, twice for "&amp;nbsp;"-style double escapes."""
    for _ in range(2):
        if "&" not in text:
            break
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def normalise_whitespace(text: str) -> str:
    """Collapse spaces, strip lines, keep paragraph breaks ("\\n\\n") and line breaks ("\\n").

    Also used after residue removal, which can leave double spaces and empty
    lines where a tag or a line was taken out.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def normalise_text(text: str) -> tuple[str, bool]:
    """Repair mojibake, NFC-normalise, decode entities and tidy whitespace.

    Returns ``(text, repaired)`` where ``repaired`` is True only when broken
    encoding was fixed (not for whitespace or NFC changes), so the pipeline can
    record that an article arrived damaged.
    """
    if not text:
        return "", False
    text, repaired = repair_mojibake(text)
    text = ftfy.fix_text(text, _HYGIENE)
    text = decode_entities(text)
    # Entities can decode to decomposed sequences; keep the NFC promise.
    text = unicodedata.normalize("NFC", text)
    return normalise_whitespace(text), repaired
