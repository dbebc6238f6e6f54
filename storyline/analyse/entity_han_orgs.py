"""Organisations in Chinese, by the word that heads their name.

Why apart from :mod:`storyline.analyse.entity_han`: that module finds people
and places by cues around a name; an organisation's name carries its cue at
its end ("外交部", ministry of foreign affairs; "委员会", committee; "公司",
company), and where it begins is the question.  A head word alone is mostly a
common noun ("该公司", the company; "航空公司", an airline), so the name needs
a lead that says it is one (the lexicon's ``han_cues``):

* ``org_heads`` end a name after a place of the where index ("土耳其航空公司",
  "中国人民银行", "土耳其议会"), an opener (``org_openers``: "世界卫生组织",
  "联邦通信委员会", "国际原子能机构"), a compass point (``org_directions``:
  "西北大学", "东南大学"; none that starts inside a place), or a transliterated name
  right before it ("康奈尔大学"); a head of ``org_kind_heads`` ("公司", company) needs a
  word of its own after a place ("密苏里州公司" is a Missouri company, no name; "美国公司",
  American companies), a place alone says only where one is from;
* ``org_names`` name an organisation alone or after a place ("外交部",
  "俄罗斯外交部", "民主党");
* the gazetteer's institutions written in Chinese ("联合国", "北约", "白宫")
  are found as written, and keyed by their English name across scripts.

The lead and the head are at most :data:`MAX_MIDDLE` characters apart, with
no word that ends a name between them (a verb, a particle: "在", "的", "和")
nor a title; a head that a title goes on from is the title's ("外交部长",
"警察局长").  A transliterated name opening a clause whose verb of saying is
followed by a company's verb ("索尼宣布推出", Sony announced the launch) is an
organisation, not a person (:func:`company_subject`).
"""
from __future__ import annotations

import functools
import json

from storyline.analyse.entity_spans import Cand
from storyline.analyse.entity_tokens import Token

MAX_MIDDLE = 4  # characters between a name's lead and its head ("联合国教科文组织": 联合 … 组织)
MAX_INSTITUTION = 10  # characters of a gazetteer institution looked up ("北大西洋公约组织")
MAX_SOUNDED = 5  # characters of a transliterated name leading a head ("康奈尔大学")
MIN_SOUNDED = 3  # (two are often a word of those characters: "赞扬国会", praised Congress)
MAX_LEAD = 6  # characters of a place or opener leading a name


def _at(chars: str, p: int, words: tuple[str, ...]) -> int:
    return next((len(w) for w in words if chars.startswith(w, p)), 0)


def _free(chars: str, s: int, e: int, cues: dict) -> bool:
    """No word that ends a name, nor a title, starts in ``chars[s:e]``."""
    return not any(_at(chars, q, cues.get("ends", ())) or _at(chars, q, cues.get("titles", ())) for q in range(s, e))


def _lead(chars: str, h: int, place_ends: dict[int, int], cues: dict) -> int | None:
    """The first character of the name whose head starts at ``h``: the nearest place or
    opener at most :data:`MAX_MIDDLE` characters before the head with nothing between
    that ends a name or heads another, else a transliterated name of :data:`MIN_SOUNDED`
    characters or more right before it; None if none."""
    sound, heads = set(cues.get("sound_chars", ())), cues.get("org_heads", ()) + cues.get("org_names", ())
    openers = cues.get("org_openers", ()) + cues.get("org_directions", ())  # ("西北大学": a compass point)
    inside = {q for a, e in place_ends.items() for q in range(a + 1, e)}
    for s in range(h - 1, max(-1, h - MAX_MIDDLE - MAX_LEAD - 1), -1):
        if not _free(chars, s, h, cues) or _at(chars, s, heads):
            break  # ("伊利诺伊州参议院民主党": the senate's name ends at its head)
        opener = 0 if s in inside else _at(chars, s, openers)  # (no opener inside a place: "山东北方…")
        lead_end = place_ends.get(s) or (s + opener if opener else None)
        if lead_end is not None and lead_end <= h and h - lead_end <= MAX_MIDDLE:
            before = next((p for p, e in place_ends.items() if e == s), None) if s not in place_ends else None
            return s if before is None else before  # the nearest lead ("斯德哥尔摩瑞典议会": the Swedish
            # parliament, in Stockholm), and the place an opener follows ("朝鲜中央通讯社", "美国联邦通信委员会")
    s = h
    while s > 0 and h - s < MAX_SOUNDED and chars[s - 1] in sound:
        s -= 1
    whole = s == 0 or chars[s - 1] not in sound  # the name's first character, not one cut at the bound
    return s if h - s >= MIN_SOUNDED and whole else None


def han_orgs(text: str, toks: list[Token], run: list[int], lang: str, cues: dict, places: list[Cand]) -> list[Cand]:
    """Organisations in a run of Han characters: gazetteer institutions as written, and
    names that an ``org_heads`` or ``org_names`` word heads (see the module's doc)."""
    chars, out = "".join(toks[k].text for k in run), []
    at = {k: n for n, k in enumerate(run)}
    place_ends = {at[c.i]: at[c.j - 1] + 1 for c in places if c.i in at and c.j - 1 in at}
    written = han_institutions()
    for p in range(len(run)):
        for n in range(min(MAX_INSTITUTION, len(run) - p), 1, -1):
            if chars[p:p + n] in written:  # as written: characters of one sound share a key ("事行", "世行")
                out.append(Cand(run[p], run[p + n - 1] + 1, "ORG", 2))
                break
    for h in range(len(run)):
        named = _at(chars, h, cues.get("org_names", ()))
        head = named or _at(chars, h, cues.get("org_heads", ()))
        if not head or any(_at(chars, q, cues.get("titles", ())) > h + head - q for q in range(h, h + head)):
            continue  # "外交部长", "警察局长": a title's
        s = _lead(chars, h, place_ends, cues)
        if s is None and not named or place_ends.get(s) == h and _at(chars, h, cues.get("org_kind_heads", ())) == head:
            continue  # (a place alone before "公司" says where a company is from: "密苏里州公司", a Missouri company)
        out.append(Cand(run[h if s is None else s], run[h + head - 1] + 1, "ORG", 2))
    return out


@functools.lru_cache(maxsize=1)
def han_institutions() -> frozenset[str]:
    """The gazetteer's institutions as written in Han characters ("联合国", "北约")."""
    from storyline.analyse.entity_patterns import LEXICON_PATH

    with LEXICON_PATH.open(encoding="utf-8") as fh:
        rows = json.load(fh)["institutions"]
    return frozenset(n for row in rows for n in row if "\u4e00" <= n[:1] <= "\u9fff")


def company_subject(chars: str, q: int, said: int, cues: dict) -> bool:
    """The verb of saying at ``chars[q:q + said]`` is followed by a company's verb ("宣布推出")."""
    return bool(_at(chars, q + said, cues.get("company_verbs", ())))
