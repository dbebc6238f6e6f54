"""Runs of capitalised tokens: the candidates' raw material in cased scripts.

A name in a cased script is a run of capitalised words, which may hold what a
name holds in lower case: particles ("von der Leyen"), a hyphened East Asian
syllable ("Kim Il-sung"), a model number ("Boeing 737"), the Arabic article
before a hyphen ("al-Marj"), a Slavic lower-case head noun ("Центральный
банк").  Each run is then cut into names, titles and common words by
``entities._run_cands``; this module only says where runs begin and end, kept
apart from that reading so each stays one concept.
"""
from __future__ import annotations

from storyline.analyse.entity_parts import complement_ends, hyphen_part, lowercase_head, modified_head
from storyline.analyse.entity_spans import HYPHENS, glued
from storyline.analyse.entity_text import TextFacts


def capitalised_runs(tx: TextFacts) -> list[list[int]]:
    """Maximal runs of capitalised tokens, with particles and name hyphen-parts inside."""
    toks, lex, runs, cur = tx.toks, tx.lex, [], []
    k = 0
    while k < len(toks):
        t = toks[k]
        joined = bool(cur) and glued(tx.text, toks, k, lex)
        if t.cased and t.cap:
            if cur and (not joined or complement_ends(tx, cur) or spaced_apart(tx, k)):
                runs.append(cur)  # (after "Центрального банка России" a new name: "Эльвира Набиуллина")
                cur = []
            n = lex.phrase_at("titles", [x.bare for x in toks[k:k + 4]], 0, tx.lang)
            if n > 1 and all(glued(tx.text, toks, m, lex) for m in range(k + 1, k + n)):
                cur.extend(range(k, k + n))  # "Prime minister", "Пресс-секретарь": the title joins the run
                k += n
                continue
            cur.append(k)
        elif joined and t.cased and cur and hyphen_part(tx, k, len(cur)):
            cur.append(k)  # Kim Il-sung, Port-au-Prince (not "Boris Johnson-led")
        elif joined and t.cased and t.low in lex.particles:
            m = k + 1  # "von der Leyen": a second particle may be an article
            while m < len(toks) and m - k < 2 and toks[m].low in lex.particles | lex.inner_particles \
                    and glued(tx.text, toks, m, lex):
                m += 1
            if m < len(toks) and toks[m].cased and toks[m].cap and glued(tx.text, toks, m, lex) \
                    and not (m == k + 1 and cur and parts_names(tx, k)):
                cur.extend(range(k, m))
                k = m
                continue
            runs.append(cur)
            cur = []
        elif t.cased and t.low in lex.hyphen_articles and k + 1 < len(toks) and toks[k + 1].cap \
                and tx.gap(k + 1) in HYPHENS:
            runs.extend([cur] if cur else [])
            cur = [k]  # "al-Marj", "аль-Каида": the Arabic article opens the name
        elif joined and t.num and len(t.text) <= 4 and not (len(t.text) == 4 and t.text[:2] in ("19", "20")) \
                and not (k + 1 < len(toks) and toks[k + 1].num and tx.gap(k + 1) in HYPHENS | {"–", ":"}):
            cur.append(k)  # model numbers: Boeing 737, Su-57 (not a score or a range: "l'Angleterre 2-1")
            runs.append(cur)
            cur = []
        elif joined and t.cased and cur and lowercase_head(tx, cur, k):
            cur.append(k)  # "Центральный банк России", "Амурской области": a lowercase head inside the name
        elif joined and t.cased and cur and modified_head(tx, cur, k):
            cur.extend((k, k + 1))  # "Индийским национальным конгрессом": an adjective more before the head
            k += 2
            continue
        elif cur:
            runs.append(cur)
            cur = []
        k += 1
    if cur:
        runs.append(cur)
    return runs


def spaced_apart(tx: TextFacts, k: int) -> bool:
    """Two spaces or more, and nothing else, stand before token ``k``: where a line break was lost
    (a headline joined to its text: "Vorstandsvorsitzender von Thyssenkrupp  Merz wurde …"), not
    inside a name, which one space joins; a run ends there (h-names31)."""
    gap = tx.gap(k)
    return len(gap) >= 2 and not gap.strip()


def parts_names(tx: TextFacts, k: int) -> bool:
    """Lower-case token ``k`` between two capitalised words is a dative preposition fused with
    an article (:meth:`~storyline.analyse.entity_place_words.PlaceWords.fused_dative`: Spanish
    "al"), the sentence's grammar, not the Arabic article a name holds ("Bashar al Asad"), where
    the word after it is one that takes an article: a title, a head noun of an organisation or a
    place ("Sánchez al Rey", "al Gobierno"), a gazetteer place, or a word the text writes after
    another article ("del puente de Austerlitz al Trocadero" of a text with "el Trocadero"); or
    where the word before it is a gazetteer place ("de Madrid al Congreso")."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    if not lex.fused_dative(toks[k].text, lang):
        return False
    after, before = toks[k + 1], toks[k - 1]
    if any(lex.is_cue(kind, after.bare, lang) for kind in ("titles", "org_cues", "place_cues")) \
            or lex.place(after.bare, lang) or lex.place(before.bare, lang):
        return True
    return any(t.low == after.low and p != k + 1 and p and lex.article(toks[p - 1].text, lang)
               and not lex.fused_dative(toks[p - 1].text, lang) for p, t in enumerate(toks))
