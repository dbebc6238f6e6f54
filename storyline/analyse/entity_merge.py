"""Merging spellings of one name that transliteration conventions keep apart.

The resolver merges names whose keys are equal or one typo apart.  Reports
of one event in several languages also write a name by different
romanisation conventions ("Roscosmos" / "Roskosmos" / "Роскосмос",
"Vostochny" / "Vostochni" / "Wostotschny"), or with and without a head word
("Vostochny Cosmodrome" / "Восточный"; a leading one names
something else: the Wadi Derna is the valley of the city of Derna).  Such names are one entity when they
co-occur in one story (the resolver's group) and:

* their spelling keys (:func:`spelling_key`, conventions folded) are the same
  name by :func:`same_name` (which keeps "Kim Jong Un" apart from "Kim Yo
  Jong", and "North Korea" from "South Korea": first and last words must
  agree), once a place or organisation head word is set aside;
* their labels agree, where organisation, place and unlabelled names agree
  with each other (a space agency is "in" Roscosmos in one language and
  "at" it in another) but a person never agrees with a place;
* or they are one word of five letters or more, one vowel apart, with one
  label, and no language writes both (:func:`vowel_variants`: "Derna" /
  "Darna" for درنة, which :func:`same_name` keeps apart as it does "Launch"
  / "Lunch").

An organisation named after a place is not that place: "Washington Post"
less its head word is "Washington", which is how the cosmodrome is found by
"Восточный", but a newspaper is no city, so a name that meets a PLACE only
by a place's name before an organisation head word (:func:`named_after_place`)
stays apart from it ("WASHINGTON TIMES", "New York Times", "Japan Times");
it still meets another organisation so ("Harvard" of "Harvard University").

Some languages render a name by a convention that shares no letters with
another's: Russian writes Kim Jong Un "Ким Чен Ын" and Xi Jinping "Си
Цзиньпин", which no key or fuzzy threshold equates.  :func:`merge_across_scripts`
unions two such entities on the evidence of the reports themselves, the
cross-lingual alignment a story gives (its reports in several languages name
the same people), when all of these hold:

* they are named in one story, with the same label (not MISC);
* no script writes both in full, two words or more (two spellings in one
  script that the resolver kept apart are two names).  A language may: a
  Greek report quotes "Tony Blair" in Latin and writes "Τόνι Μπλερ" in its
  own script (on the multilingual dev file, dropping a rule that a language
  writing both blocks the merge added 5 merges, all right, and none in the
  demo);
* a spelling of each has the same sound skeleton, worth comparing
  (:func:`sound_evidence`: word by word "KM CN N", two words or more, three
  consonant classes at least; a Cyrillic г read as g and as h,
  :func:`sound_readings`: "Голой Пристани" is Hola Prystan);
* neither has another such partner in the other's scripts, in any story
  (two Kims of one skeleton in a story: no merge).

It runs over the resolver's state, as :func:`merge_variants` does, so a
relink resumed from a checkpoint merges exactly what a full one does.
"""
from __future__ import annotations

from itertools import combinations

from rapidfuzz import fuzz, process

from storyline.analyse.entity_keys import SAME_NAME_THRESHOLD, entity_key, same_name
from storyline.analyse.entity_sounds import sound_readings
from storyline.analyse.entity_keys import spelling_key
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_tokens import script_of

__all__ = ["merge_variants", "merge_across_scripts", "core_spellings", "headed_core", "same_head", "named_after_place"]

_KINDS = {"PERSON": "person", "PRODUCT": "product", "ORG": "body", "PLACE": "body", "MISC": None}


def core_spellings(alias: str, sounds: bool = True) -> set[str]:
    """Spelling keys of ``alias``, with and without a place/organisation head word
    (``sounds``: Greek digraphs read by sound, :func:`spelling_key`; :func:`headed_core`)."""
    key = spelling_key(alias, sounds)
    out = {key} if len(key.replace(" ", "")) >= 4 else set()
    headed = headed_core(alias, sounds)
    return out | {headed[0]} if headed else out


def headed_core(alias: str, sounds: bool = True) -> tuple[str, str] | None:
    """The spelling key of ``alias`` less its trailing place/organisation head word,
    and that head word's key, where it has one ("Каховской ГЭС": "kahovskoi", "ges").
    An alias in capitals less its head word keeps two words at least: capitals carry
    no case, so one word before the head may be a common adjective ("FEDERAL NEWS"
    less "NEWS" is "federal", which met the "Federal" of "a Federal court")."""
    lex = lexicon()
    words = alias.split()
    if len(words) > (2 if alias.isupper() else 1) and any(lex.is_cue(kind, words[-1], lang, compounds=False)
                              for kind in ("place_cues", "org_cues") for lang in lex.cue_langs):
        core = spelling_key(" ".join(words[:-1]), sounds)  # a trailing head word only: "Wadi Derna" is not Derna
        if len(core.replace(" ", "")) >= 5:
            return core, spelling_key(words[-1], sounds)
    return None


HEAD_ENDING = 2  # letters of a head word's key its cases may differ in ("водохранилище", "водохранилища")


def same_head(a: str, b: str) -> bool:
    """Two head words' keys are one word, in one case or two ("ges" / "ges";
    "vodohranilishche" / "vodohranilishcha"), not two ("ges" / "vodohranilishche")."""
    n = max(3, min(len(a), len(b)) - HEAD_ENDING)
    return a[:n] == b[:n]


def named_after_place(alias: str) -> set[str]:
    """The spelling keys of the place an organisation ``alias`` is named after:
    its words before a trailing organisation head word, where they name a
    country or city of the where index ("Washington Post", "WASHINGTON TIMES",
    "New York Times"); none for a place head word ("Vostochny Cosmodrome" is
    the place Восточный) or a core no index knows ("Roscosmos State Corporation")."""
    from storyline.analyse.where import city_of, country_of  # where reads the resolver's gazetteer

    lex = lexicon()
    words = alias.split()
    if len(words) < 2 or not any(lex.is_cue("org_cues", words[-1], lang, compounds=False) for lang in lex.cue_langs):
        return set()
    core = " ".join(words[:-1])
    if not (country_of(core) or city_of(core)):
        return set()
    return {k for k in (spelling_key(core), spelling_key(core, False)) if len(k.replace(" ", "")) >= 5}


def _agree(a: str, b: str) -> bool:
    ka, kb = _KINDS.get(a), _KINDS.get(b)
    return ka is None or kb is None or ka == kb


def merge_variants(resolver) -> int:
    """Union entities of one group whose spellings are one name; returns merges made."""
    merged = 0
    for group in sorted(resolver.groups()):
        by_key: dict[str, set[str]] = {}
        whole: dict[str, set[str]] = {}  # key -> entities with a spelling of it that is no place's organisation
        sounded, foreign = set(), set()  # keys of Greek spellings read by sound; keys of other scripts' spellings
        heads: dict[tuple[str, str], set[str | None]] = {}  # (key, entity) -> head words it was reached less
        for eid in sorted(resolver.group_members(group)):
            for alias in resolver.aliases(eid):
                plain = core_spellings(alias, sounds=False)
                after = named_after_place(alias)
                cores = dict(hc for hc in (headed_core(alias), headed_core(alias, False)) if hc)
                wholes = {spelling_key(alias), spelling_key(alias, False)}
                for key in core_spellings(alias) | plain:
                    by_key.setdefault(key, set()).add(eid)
                    heads.setdefault((key, eid), set()).add(None if key in wholes else cores.get(key))
                    if key not in after:
                        whole.setdefault(key, set()).add(eid)
                    if not any(script_of(c) == "GREEK" for c in alias if c.isalpha()):
                        foreign.add(key)
                    elif key not in plain:
                        sounded.add(key)
        keys = sorted(by_key)
        for key in keys:
            near = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=SAME_NAME_THRESHOLD * 100,
                                   limit=None)
            # a Greek spelling read by sound is compared with other scripts' spellings only
            same = [other for other, _, _ in near if other == key or (same_name(key, other) and not (
                (key in sounded and other not in foreign) or (other in sounded and key not in foreign)))]
            ids = {i for other in same for i in by_key[other]}
            # an organisation that meets the others only by the place it is named after is none of their
            # places: the others first, so that they join one another whatever it does
            named = {resolver.resolve(i) for i in ids} - {resolver.resolve(i) for other in same
                                                           for i in whole.get(other, ())}
            roots = sorted({resolver.resolve(i) for i in ids}, key=lambda r: (r in named, r))
            ways: dict[str, set[str | None]] = {}
            for other in same:
                for i in by_key[other]:
                    ways.setdefault(resolver.resolve(i), set()).update(heads[(other, i)])
            for n, other in enumerate(roots[1:], 1):
                # with the first root before it that it may join: a dam and its reservoir, each met less its
                # head word, are two things ("Каховской ГЭС", "Каховское водохранилище"), each the bare name's
                first = next((r for r in roots[:n] if _one_head(ways[r], ways[other])), None)
                if first is None:
                    continue
                a, b = resolver.resolve(first), resolver.resolve(other)
                if a != b and _agree(resolver.label(a), resolver.label(b)) and not _named_after(resolver, a, b, named):
                    resolver.union(a, b)
                    merged += 1
        for key in keys:
            # in a fixed order: a set of strings iterates by hash, which differs from run to run, and the first
            # pair merged decides the next ("Florida" + "Floride" first, then Czech "Floridu" stays apart)
            for other in sorted(vowel_variants(key) & by_key.keys()):
                pairs = {(resolver.resolve(x), resolver.resolve(y)) for x in whole.get(key, ())
                         for y in whole.get(other, ())}
                for a, b in sorted(pairs):
                    if a != b and _spelt_apart(resolver, a, b):
                        resolver.union(a, b)
                        merged += 1
    return merged


def _one_head(a: set[str | None], b: set[str | None]) -> bool:
    """Two entities that met by a key may be one: one of them was reached by a whole
    spelling (None: "Восточный" is "Vostochny Cosmodrome"), or both less one head word
    (:func:`same_head`); not each less its own ("Kakhovka Dam", "Kakhovka Reservoir")."""
    return None in a or None in b or any(same_head(x, y) for x in a for y in b)


def _named_after(resolver, a: str, b: str, named: set[str]) -> bool:
    """One of ``a``, ``b`` meets the other only by the place it is named after
    (``named``), and the other is that place (PLACE): "Washington Post" and "Washington"."""
    return any(x in named and resolver.label(y) == "PLACE" for x, y in ((a, b), (b, a)))


VOWELS = "aeiouy"
VOWEL_WORD_MIN = 5  # letters of a one-word key before one vowel of it may differ ("Derna"/"Darna")


def vowel_variants(key: str) -> set[str]:
    """The keys of one word that differ from ``key`` in one vowel only, for a
    word of :data:`VOWEL_WORD_MIN` letters or more: how languages write one
    name by their own conventions, "Derna" / "Darna" (درنة), "Taipei" /
    "Taipe", "Macao" / "Makau".  :func:`same_name` keeps one short word apart
    from any other ("Launch" / "Lunch"); these are one only by :func:`_spelt_apart`."""
    if " " in key or len(key) < VOWEL_WORD_MIN:
        return set()
    return {key[:i] + v + key[i + 1:] for i, c in enumerate(key) if c in VOWELS for v in VOWELS if v != c}


def _spelt_apart(resolver, a: str, b: str) -> bool:
    """Two entities one vowel apart (one story) are one name written by two
    languages' conventions: the same label (not MISC), and no language writes
    both (a language that does means two names, or two cases of one that are
    one entity already: Russian "Луны", "Луну").
    On the dev sets every such pair written in different languages was one
    name (47 of 47: "Chine" / "China", "Peris" / "Paris", "Fultan" / "Fulton");
    those in one language were inflections or other words ("Argentine" /
    "Argentina", "Don" / "Dan")."""
    label = resolver.label(a)
    if label == "MISC" or resolver.label(b) != label:
        return False
    langs = [{lang for by_lang in resolver.spellings(e).values() for lang in by_lang} for e in (a, b)]
    return not langs[0] & langs[1]


def _profile(resolver, root: str) -> tuple[set[str], set[str]] | None:
    """Scripts and sound skeletons of an entity's full spellings
    (two words or more: "Ким" alone, the surname every convention writes
    alike, may have joined "Kim Jong Un" by its key; or one hyphened compound
    of three parts, "Komsomolsk-on-Amur", not a given name, "Jean-Max")."""
    scripts, sounds = set(), set()
    for alias in resolver.spellings(root):
        letters = [c for c in alias if c.isalpha()]
        if (len(alias.split()) < 2 and len(entity_key(alias).split()) < 3) or not letters:
            continue
        scripts.add(script_of(letters[0]))
        sounds.update(sound_readings(alias))
    return (scripts, sounds) if sounds else None


def cross_script_pairs(resolver) -> list[tuple[str, str]]:
    """The pairs of entities :func:`merge_across_scripts` unions (see the module docstring)."""
    profiles: dict[str, tuple | None] = {}
    partners: dict[str, set[str]] = {}
    for group in sorted(resolver.groups()):
        if group == "story:None":  # reports of no story share nothing
            continue
        members = []
        for root in sorted(resolver.group_members(group)):
            if root not in profiles:
                label = resolver.label(root)
                profiles[root] = (label, *p) if label != "MISC" and (p := _profile(resolver, root)) else None
            if profiles[root] is not None:
                members.append(root)
        for a, b in combinations(members, 2):
            (la, sa, ka), (lb, sb, kb) = profiles[a], profiles[b]
            if la == lb and not sa & sb and ka & kb:
                partners.setdefault(a, set()).add(b)
                partners.setdefault(b, set()).add(a)

    def alone(x: str, y: str) -> bool:  # y is x's only partner written in y's scripts
        return {p for p in partners[x] if profiles[p][1] & profiles[y][1]} == {y}

    return [(a, b) for a in sorted(partners) for b in sorted(partners[a]) if a < b and alone(a, b) and alone(b, a)]


def union_pairs(resolver, pairs) -> list[tuple[str, str]]:
    """Union each pair of keys not yet one entity; returns the pairs as
    (canonical name, canonical name) before each union, for reading them."""
    out = []
    for a, b in pairs:
        if resolver.resolve(a) != resolver.resolve(b):
            out.append((resolver.canonical_name(a), resolver.canonical_name(b)))
            resolver.union(a, b)
    return out


def merge_across_scripts(resolver) -> list[tuple[str, str]]:
    """Union the entities of :func:`cross_script_pairs` (:func:`union_pairs`)."""
    return union_pairs(resolver, cross_script_pairs(resolver))
