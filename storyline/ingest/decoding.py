"""Bytes to text: UTF-8 first, a legacy code page only for the bytes that need it.

Why not "detect the encoding of the whole file": a UTF-8 file with a few bad
bytes, or one line pasted from a Latin-1 source, is still a UTF-8 file.  Handing
it whole to a detector mis-decodes every correct character ("Café" ->
"CafÃ©"), and detectors cannot tell cp1250 from cp1252 on a French sentence
("Rivières" -> "Rivičres").  So:

1. Valid UTF-8 is always decoded as UTF-8 (a BOM is dropped), with no warning.
2. Otherwise the runs of bytes that are not UTF-8 are found.  If the input has
   (almost) no valid multi-byte UTF-8 at all, it is a legacy file and is
   decoded whole; else only the bad runs are.  Either way one code page is
   chosen for the file by charset-normalizer from the lines that hold bad
   bytes, preferring Western European (cp1252) whenever it reads them as
   plausibly as the detector's best pick, or when they are too short to tell.
3. The caller gets a warning naming what was done, to report with the file.

Before all this, text in UTF-16 or UTF-32 (what Windows tools call "Unicode"
when they save a file) is recognised by its byte-order mark, or without one by
its zero bytes: one byte of every pair is zero for most characters of Latin
text and for every space, digit and punctuation mark of any script, while the
other byte of the pair almost never is.  Such a file is text, not the binary
file its NUL bytes would otherwise make it (:func:`wide_codec`).
"""
from __future__ import annotations

WESTERN = ("cp1252", "latin_1", "iso8859_15")
_LEGACY_SHARE = 0.05  # valid multi-byte UTF-8 chars per bad run below which the input is legacy whole
_SAMPLE_BYTES = 64 * 1024  # bad lines handed to the detector (enough to tell a language)


class Decoded(str):
    """Decoded text that remembers, when a fallback was needed, what it was.

    A ``str`` so that every caller that only wants the text (URL and WARC
    readers hand it to the HTML extractor) keeps working unchanged; the reader
    that builds the article turns ``fallback`` into a warning.
    """

    fallback: str | None = None

    def __new__(cls, text: str, fallback: str | None = None) -> "Decoded":
        obj = super().__new__(cls, text)
        obj.fallback = fallback
        return obj

    @property
    def text(self) -> str:
        return str(self)


# Latin-1 code points 0x80-0x9F -> their cp1252 characters; the five bytes cp1252
# leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) stay as Latin-1 controls
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
           if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _western(data: bytes) -> str:
    """cp1252 that never fails (C speed: Latin-1, then a table for 0x80-0x9F)."""
    return data.decode("latin_1").translate(_CP1252)


def legacy_codec(sample: bytes) -> str:
    """The single-byte code page these (non-UTF-8) bytes are most plausibly in."""
    from charset_normalizer import from_bytes

    results = from_bytes(sample[:_SAMPLE_BYTES])
    best = results.best()
    if best is None or best.coherence < 0.1:
        return "cp1252"  # too little text to recognise a language: the common case wins
    for r in results:
        if r.encoding in WESTERN and r.chaos <= best.chaos + 0.02 \
                and r.coherence >= best.coherence - 0.02:
            return "cp1252"
    return best.encoding


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_WIDE_SAMPLE = 8192  # bytes looked at for zero bytes
_WIDE_ZEROS = 0.10   # share of one byte of each pair that is zero in UTF-16 text (spaces alone are ~15%)
_WIDE_STRAY = 0.005  # share of the other byte that may be zero (U+0100, U+0400, U+0900 ... are rare)


def wide_codec(head: bytes) -> tuple[str, int, str | None] | None:
    """(codec, length of its byte-order mark, warning or None) when ``head``,
    the first bytes of an input, is UTF-16 or UTF-32 text; else None.

    With a byte-order mark the encoding is certain (no warning).  Without one,
    UTF-16 is recognised when one byte of each pair is often zero and the other
    almost never is (binary data has zeros at both, UTF-8 text has none).
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom), None
    sample = head[:_WIDE_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 16 or b"\x00" not in sample:
        return None
    low, high = sample[0:2 * pairs:2].count(0), sample[1:2 * pairs:2].count(0)
    for codec, zeros, stray in (("utf-16-le", high, low), ("utf-16-be", low, high)):
        if zeros >= _WIDE_ZEROS * pairs and stray <= _WIDE_STRAY * pairs:
            return codec, 0, f"no byte-order mark: read as {codec.upper()} by its zero bytes"
    return None


def _decode_with(data: bytes, codec: str) -> str:
    if codec == "cp1252":
        return _western(data)
    return data.decode(codec, errors="replace")


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` UTF-8 first (see the module docstring); never raises."""
    wide = wide_codec(data[:_WIDE_SAMPLE])
    if wide is not None:
        codec, bom, note = wide
        return Decoded(data[bom:].decode(codec, errors="replace"), note)
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    good: list[str] = []       # decoded UTF-8 parts, between the bad runs
    bad: list[bytes] = []      # the bad runs, in order
    bad_lines: list[int] = []  # byte offsets of the lines that hold them
    pos = 0
    while True:
        try:
            good.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            start = pos + exc.start
            good.append(data[pos:start].decode("utf-8"))
            end = pos + exc.end
            # extend over following bad bytes, so a run is decoded as one piece
            while end < len(data):
                try:
                    data[end:end + 4].decode("utf-8")
                    break
                except UnicodeDecodeError as nxt:
                    if nxt.start > 0:
                        break
                    end += nxt.end
            bad.append(data[start:end])
            line_start = data.rfind(b"\n", 0, start) + 1
            if not bad_lines or bad_lines[-1] != line_start:
                bad_lines.append(line_start)
            pos = end
    multibyte = sum(1 for part in good for ch in part if ord(ch) > 127)
    sample = b"\n".join(data[s:data.find(b"\n", s) if data.find(b"\n", s) >= 0 else len(data)]
                        for s in bad_lines[:2000])
    codec = legacy_codec(sample)
    lines = _line_numbers(data, bad_lines)
    if multibyte <= _LEGACY_SHARE * len(bad):
        return Decoded(_decode_with(data, codec), f"not UTF-8: decoded as {codec}")
    parts = [good[0]]
    for run, after in zip(bad, good[1:]):
        parts += [_decode_with(run, codec), after]
    return Decoded("".join(parts), f"{len(bad)} invalid UTF-8 byte sequence(s) ({lines}) "
                   f"decoded as {codec}; the rest as UTF-8")


def _line_numbers(data: bytes, starts: list[int], shown: int = 5) -> str:
    nums, last, line = [], 0, 1
    for s in starts[:shown]:
        line += data.count(b"\n", last, s)
        last = s
        nums.append(str(line))
    more = f" and {len(starts) - shown} more" if len(starts) > shown else ""
    return ("line " if len(nums) == 1 and not more else "lines ") + ", ".join(nums) + more


__all__ = ["Decoded", "decode_bytes", "legacy_codec", "wide_codec"]
