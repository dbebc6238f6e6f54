"""Names in caseless scripts (Devanagari, Arabic, CJK…), where no capital letter marks them.

Why apart from the cased rules: in these scripts only cues say where a name
is (a title before it, an organisation's head word after it, the gazetteer),
and where it ends must be inferred from the sentence itself.
"""
from __future__ import annotations

from storyline.analyse.entity_patterns import Cand, Token, glued, lexicon

TITLE_RUN = 4  # words after a title that may be a name


def _known_end(text: str, toks: list[Token], i: int, m: int) -> int:
    """Where a name after a title ends when nothing in the sentence says so.

    A caseless script marks no name's end: after "मुख्यमंत्री" the name runs
    on into the clause ("स्मृति ईरानी चुनाव हार…", "नरेंद्र मोदी वर्चुअल माध्यम
    से") until a postposition stops it, or the run reaches :data:`TITLE_RUN`
    words with the next one still plausible.  Then the name is the longest
    run of two or more of those words that the text writes again elsewhere (a
    name recurs; the clause after it does not), else the first two words
    (given name and family name)."""
    for end in range(m - 1, i + 1, -1):
        if text.count(text[toks[i].start:toks[end - 1].end]) >= 2:
            return end
    return i + 2


def caseless_cands(text: str, toks: list[Token], lang: str) -> list[Cand]:
    """Names in caseless scripts: after titles, before organisation head words, gazetteer places."""
    lex, out = lexicon(), []

    def usable(k: int, script: str) -> bool:
        if not (0 <= k < len(toks) and toks[k].script == script) or lex.name_stop(toks[k].text, lang) \
                or lex.time_word(toks[k].text, lang):
            return False
        return not (lex.place(toks[k].text, lang, script) or lex.institution(toks[k].text, lang, script))

    for k, t in enumerate(toks):
        if t.cased or t.num:
            continue
        ahead = [x.text for x in toks[k:k + 4]]
        n = lex.phrase_at("titles", ahead, 0, lang)
        if n:
            m = k + n
            while m < len(toks) and m - k - n < TITLE_RUN and usable(m, t.script) and glued(text, toks, m, lex) \
                    and not lex.phrase_at("titles", [toks[m].text], 0, lang):
                m += 1
            if m - k - n == TITLE_RUN:
                m = _known_end(text, toks, k + n, m)
            if m > k + n:  # a place or organisation head word at the end overrides the title
                last = toks[m - 1].text
                label = "PLACE" if lex.is_cue("place_cues", last, lang) else \
                    "ORG" if lex.is_cue("org_cues", last, lang) else "PERSON"
                out.append(Cand(k + n, m, label, 1))
        if lex.is_cue("org_cues", t.text, lang):
            m = k
            while k - m < 3 and usable(m - 1, t.script) and glued(text, toks, m, lex) \
                    and not lex.phrase_at("titles", [toks[m - 1].text], 0, lang):
                m -= 1
            if m < k:
                out.append(Cand(m, k + 1, "ORG", 1))
        for w in (3, 2, 1):
            j = k + w
            if j > len(toks) or any(toks[x].script != t.script or not glued(text, toks, x, lex)
                                    for x in range(k + 1, j)):
                continue
            if w == 1 and lex.stopword(t.text, lang):
                continue
            span = text[toks[k].start:toks[j - 1].end]
            if lex.place(span, lang, t.script):
                out.append(Cand(k, j, "PLACE", 2))
            elif lex.institution(span, lang, t.script):
                out.append(Cand(k, j, "ORG", 2))
    return out
