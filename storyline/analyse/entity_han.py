"""Names in Chinese, which writes no spaces and no capitals.

Why apart from :mod:`storyline.analyse.entity_caseless`: that module reads
words, and a Chinese text has none to read: the tokenizer gives each Han
character a token of its own (:mod:`storyline.analyse.entity_tokens`), so a
title ("总统"), a verb ("抵达") and a name ("普京") are all runs of
characters, and a cue is found by the characters it spells, not by a word.
No NER model installs offline, so, as in the other caseless scripts, only
cues say where a name is (the lexicon's ``han_cues``):

* a person's name follows an office right after it ("俄罗斯总统普京", "外长王毅说")
  and runs until a word that is never a name's (``ends``): a time word ("周三"),
  a verb ("表示", "抵达"), a preposition or particle ("在", "与", "的"), or the
  end of the run of characters.  It is a common family name and one or two
  characters (``surnames``: "王毅", "习近平"), or characters of the
  transliteration table only (``sound_chars``: "普京", "安东尼·布林肯", a "·"
  joining the parts), up to :data:`MAX_NAME` characters unless joined, or
  :data:`MAX_TOLD` where an end word or the run's end follows it ("斯托尔滕贝格表示");
  longer, the longest start of it the text writes again, else nothing.  Anything else
  after an office is the office used as a noun ("议员投票", members voted);
* two to :data:`MAX_TOLD` transliteration characters opening a clause before a time word
  or a verb of saying or travelling (``said``) are a person ("普京周三抵达"),
  unless a place (:func:`_place`: "伊朗周三表示");
* a place is a run of characters the where index knows as a country in
  Chinese, a subdivision or a city (:func:`_place` says which), or the
  gazetteer's; the longest first ("乌克兰" before "乌克"), never across a verb
  or time word ("抵达莫斯科": no "达莫").

A name so found is looked for again in the whole text by the extractor's
second find (:class:`~storyline.analyse.entity_known.KnownNames`, by its exact
key: a Han character is a syllable, so no fuzzy romanisation is read across
characters), so "普京周三抵达平壤" finds Putin where "总统普京" named him
once (h-names32).
"""
from __future__ import annotations

import functools
import json

from storyline.analyse.entity_han_orgs import company_subject, han_orgs
from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import LEXICON_PATH
from storyline.analyse.entity_spans import Cand
from storyline.analyse.entity_tokens import Token, script_of

HAN_LANGS = frozenset({"zh"})
MAX_NAME = 5  # characters of a name after a title ("内塔尼亚胡"), its "·" apart
MAX_TOLD = 8  # characters of one whose end the sentence tells: an end word or the run's end ("斯托尔滕贝格表示")
MAX_PLACE = 6  # characters of a place looked up ("阿拉伯联合酋长国" is longer, and found by its parts)
TOWN_FLOOR = 100_000  # people of a city written with three characters or more (see _place)
NAME_JOINERS = "·・•"  # the dot between a foreign name's parts ("安东尼·布林肯")
COMPOUND_HEAD = 2  # characters of a noun a name modifies at a clause's end ("查尔斯猎犬"; not "南希佩洛西拒绝将…")
MAX_PART = 4  # characters of a foreign name's part after its "·", read whatever they are ("奥斯瓦尔多·文托")


@functools.lru_cache(maxsize=None)
def han_cues(lang: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's ``han_cues`` of ``lang``, each kind longest first."""
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        cues = json.load(fh).get("han_cues", {}).get(lang, {})
    return {kind: tuple(sorted(set(words.split()), key=len, reverse=True)) for kind, words in cues.items()}


def chinese_name_key(name: str) -> str | None:
    """The key a Chinese person's name has in Latin letters: the family name, a space, the
    given name ("习近平" -> "xi jinping", "李强" -> "li qiang"), or None for anything else.

    Why: :func:`~storyline.analyse.entity_keys.entity_key` reads Han characters as anyascii's
    pinyin syllables run together ("xijinping"), while a Latin report writes the family name
    apart ("Xi Jinping"), so the two spellings of one man never met.  Only a name shaped as
    :func:`_person_after` reads one is keyed so: a common family name (``surnames``) and one
    or two characters more, not all of them the transliteration table's (``sound_chars``:
    "莫迪" is Modi, which the run-together key already meets).  A character read two ways
    keys by anyascii's reading; where the name's differs the key meets no Latin spelling,
    which is where it stood before."""
    name = name.strip()
    if not 2 <= len(name) <= 3 or not all(script_of(c) == "CJK" for c in name):
        return None
    cues = han_cues("zh")
    if name[0] not in cues.get("surnames", ()) or all(c in cues.get("sound_chars", ()) for c in name):
        return None
    family, given = entity_key(name[0]), entity_key(name[1:])
    return f"{family} {given}" if family.isalpha() and given.isalpha() else None


def _runs(text: str, toks: list[Token]) -> list[list[int]]:
    """Runs of Han tokens with nothing between them but a name's joining dot."""
    out: list[list[int]] = []
    for k, t in enumerate(toks):
        if t.script != "CJK":
            continue
        gap = text[toks[k - 1].end:t.start] if k else None
        if out and out[-1][-1] == k - 1 and (gap == "" or (gap in NAME_JOINERS and gap)):
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _at(chars: str, p: int, words: tuple[str, ...]) -> int:
    """Length of the longest of ``words`` written at ``chars[p:]`` (0: none)."""
    return next((len(w) for w in words if chars.startswith(w, p)), 0)


def _written_again(text: str, name: str) -> bool:
    return text.count(name) >= 2


def _person_after(text: str, toks: list[Token], run: list[int], p: int, cues: dict) -> Cand | None:
    """The holder's name right after a title ending at run position ``p``, if the sentence says where it ends."""
    chars = "".join(toks[k].text for k in run)
    if p >= len(run) or _at(chars, p, cues.get("after_title", ())) or _at(chars, p, cues.get("titles", ())):
        return None  # "总统府", "总统选举": a noun the title heads; "副总统" after "美国"
    q = p
    while q < len(run) and not _at(chars, q, cues.get("ends", ())) and not _at(chars, q, cues.get("titles", ())):
        q += 1
    sound, joined = set(cues.get("sound_chars", ())), False
    if chars[p] in cues.get("surnames", ()) and not all(ch in sound for ch in chars[p:q]):
        if q - p > 3:  # a Chinese name: a family name and one or two characters
            q = next((e for e in (p + 3, p + 2)
                      if _written_again(text, text[toks[run[p]].start:toks[run[e - 1]].end])), p)
    else:  # a foreign name: the transliteration table's characters, its parts joined by "·"
        e, part = p, 0
        while e < q and (chars[e] in sound or (part and e - part < MAX_PART)):
            e += 1  # a part after a "·" is the name's whatever its characters ("特雷·高迪")
            if e < q and text[toks[run[e - 1]].end:toks[run[e]].start]:
                part = e
        joined = any(text[toks[a].end:toks[a + 1].start] for a in run[p:e - 1])
        told = e == q  # the name's last character is followed by an end word, a title or the run's end
        if e < q and q - e <= COMPOUND_HEAD and (q == len(run) or chars[q] == "的"):
            return None  # a word of one or two characters ends the clause after it: "国王查尔斯猎犬", a dog's breed
        q = e
        if q - p > (MAX_TOLD if told else MAX_NAME) and not joined:  # the longest start written again, else nothing
            q = next((e for e in range(p + MAX_NAME, p + 1, -1)
                      if _written_again(text, text[toks[run[p]].start:toks[run[e - 1]].end])), p)
    if q - p < 2:
        return None
    return Cand(run[p], run[q - 1] + 1, "PERSON", 2)


def _place(name: str, lang: str) -> bool:
    """A country the where index names so in ``lang``, or the gazetteer's place; a
    subdivision of three characters or more; a city of :data:`TOWN_FLOOR` people written
    with three characters or more, or of :data:`~storyline.analyse.where_index.BIG_POPULATION`
    with two ("平壤", "伦敦"): the index holds many Chinese towns' names, and two characters are
    often a word too ("民主", democracy, is a town's name; "白银", silver, a city's of 300,000),
    and a small town's three a person's name ("马歇尔", Marshall; "谢尔曼", Sherman)."""
    from storyline.analyse.entity_patterns import lexicon
    from storyline.analyse.where import city_of, country_named, subdivision_of
    from storyline.analyse.where_index import BIG_POPULATION, city_facts

    if country_named(name, lang) or lexicon().place(name, lang, "CJK"):
        return True
    city = city_facts().get(city_of(name, lang) or "")
    if len(name) >= 3 and subdivision_of(name, lang):
        return True
    return city is not None and city.people >= (TOWN_FLOOR if len(name) >= 3 else BIG_POPULATION)


def _places(text: str, toks: list[Token], run: list[int], lang: str, cues: dict) -> list[Cand]:
    """Places of the where index or the gazetteer in a run, longest first, left to right, none
    across a verb or time word of two characters or more ("抵达莫斯科": no "达莫")."""
    chars, out, p = "".join(toks[k].text for k in run), [], 0
    sound = set(cues.get("sound_chars", ()))  # ("特朗", a Thai province, of "特朗普": a name goes on)
    words = tuple(w for w in cues.get("ends", ()) if len(w) > 1)
    blocked = {q for at in range(len(run)) for q in range(at, at + _at(chars, at, words))}
    while p < len(run):
        for n in range(min(MAX_PLACE, len(run) - p), 1, -1):
            name = text[toks[run[p]].start:toks[run[p + n - 1]].end]
            if not blocked.intersection(range(p, p + n)) and _place(name, lang) \
                    and not (p + n < len(run) and all(ch in sound for ch in chars[p:p + n + 1])):
                out.append(Cand(run[p], run[p + n - 1] + 1, "PLACE", 1))
                p += n
                break
        else:
            p += 1
    return out


def _sounded_subject(text: str, toks: list[Token], run: list[int], cues: dict, lang: str) -> Cand | None:
    """A foreign name opening a clause, spelt in the transliteration table's characters and
    followed by a time word or a verb of saying or travelling ("普京周三抵达", "拜登表示"):
    the lexicon's ``sound_chars`` and ``said``.  Chinese words are seldom made of those
    characters only, and a place that is ("伊朗", "巴西") is the where index's."""
    chars, sound = "".join(toks[k].text for k in run), set(cues.get("sound_chars", ()))
    for q in range(2, min(MAX_TOLD, len(run) - 1) + 1):  # (the verb tells where the name ends)
        if chars[0] not in sound or chars[q - 1] not in sound:
            return None
        if (said := _at(chars, q, cues.get("said", ()))) and not _place(chars[:q], lang):
            return Cand(run[0], run[q - 1] + 1, "ORG" if company_subject(chars, q, said, cues) else "PERSON", 1)
    return None


def han_cands(text: str, toks: list[Token], lang: str) -> list[Cand]:
    """Chinese names: a title's holder (PERSON), and places the where index or gazetteer knows."""
    if lang not in HAN_LANGS:
        return []
    cues, out = han_cues(lang), []
    for run in _runs(text, toks):
        chars = "".join(toks[k].text for k in run)
        places = _places(text, toks, run, lang, cues)
        out.extend(places)
        out.extend(han_orgs(text, toks, run, lang, cues, places))
        if sounded := _sounded_subject(text, toks, run, cues, lang):
            out.append(sounded)
        p = 0
        while p < len(run):
            n = _at(chars, p, cues.get("titles", ()))
            if n and (person := _person_after(text, toks, run, p + n, cues)):
                out.append(person)
                p = run.index(person.j - 1) + 1
            else:
                p += n or 1
    return out
