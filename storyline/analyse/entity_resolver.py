"""Name resolution: surface forms in many scripts become one canonical entity.

One person shows up as "Vladimir Putin", "Putin", "Путина" and "पुतिन";
facts and stories need one entity.  ``EntityResolver`` merges mentions when
they are safely the same name:

* same key (``entity_key``), a gazetteer name of the same place in another
  language ("Russland", "रूस" -> Russia), a recurring event's name in another
  language ("Eurocopa", "Euro" -> European Championship: ``entity_named_events``), the same GeoNames city of a PLACE
  (``city_key``: "Cherson", "Херсон" -> Kherson), or of a first-level subdivision ("Floride",
  "Флорида" -> Florida), or the same Russian stem ("Путина"),
  whatever the labels (rule-based labels are noisier than homonyms are
  common; the entity's label is the majority vote);
* a fuzzy spelling variant (``same_name``: "Kim Jong-un" / "kim jomg un") with
  agreeing labels (MISC agrees with anything), but not a name plus or less a
  final -s that no genitive of the mention's language explains ("William" is
  not "Williams": ``Lexicon.final_s_apart``);
* risky merges only inside one *group* (event or story): a PERSON's truncated
  form ("Kim Jong"), surname ("Putin") or first word, when exactly one longer
  PERSON name of the group fits; the short form then stays local to that
  group, since elsewhere "Kim Jong" could be someone else.

Merges are a union-find: an id returned earlier may later redirect, and
``resolve`` follows it.  State is plain JSON (``to_dict`` / ``from_dict``).
``entity_known.KnownNames`` finds already known names again in a new text.
"""
from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, process

from storyline.analyse.entity_keys import SAME_NAME_THRESHOLD, entity_key, same_name
from storyline.analyse.entity_named_events import event_name
from storyline.analyse.entity_names import best_form, display_names, shown
from storyline.analyse.entity_parts import inflected_place
from storyline.analyse.entity_patterns import gazetteer_name, lexicon
from storyline.analyse.entity_resolver_keys import city_key, mention_keys
from storyline.analyse.entity_resolver_short import GroupShortForms
from storyline.analyse.entity_tokens import script_of

LABELS = ("PERSON", "ORG", "PLACE", "PRODUCT", "MISC")


def _compatible(a: str, b: str) -> bool:
    return a == b or "MISC" in (a, b)


def _is_latin(text: str) -> bool:
    return all(script_of(c) == "LATIN" for c in text if c.isalpha())


class EntityResolver(GroupShortForms):
    """Incremental alias merging over all articles; see the module docstring."""

    def __init__(self, threshold: float = SAME_NAME_THRESHOLD):
        self.threshold = threshold
        self._ents: dict[str, dict] = {}
        self._parent: dict[str, str] = {}
        self._by_key: dict[str, list[str]] = {}
        self._key_list: list[str] = []  # the keys of _by_key, kept for rapidfuzz's batch search
        self._by_local: dict[tuple[str, str], list[str]] = {}  # (group, key) -> ids
        self._by_group: dict[str, set[str]] = {}
        self._next = 1

    # -- public -------------------------------------------------------------
    def add(self, mention_text: str, label: str, article_id: str, group: str | None = None,
            lang: str | None = None, within: str | None = None, key: str | None = None,
            shown: str | None = None) -> str:
        """Record one mention (of an article in ``lang``) and return the id of the entity it belongs to.

        ``within``: the entity of the one longer name of the same text this
        mention is a word of (:func:`~storyline.analyse.entity_short.shorter_forms`); the mention is that
        entity's, whatever else its key meets.  ``key``: the mention's key
        where it is not its text's (an Arabic or Hebrew name found by its
        sound is keyed as the known name it sounds like, ``entity_abjad``).  ``shown``:
        what a reader of ``lang`` is shown for it where that is not its text (a place
        named after a person, keyed by the person's name, shown with its head noun:
        ``entity_named_after.headed_name``); the display name of ``lang`` then."""
        text = " ".join((mention_text or "").split())
        keys = self._keys(text)
        if not keys:
            raise ValueError(f"no name in mention {mention_text!r}")
        if key and key not in keys:
            keys.insert(1, key)
        event = event_name(text, lang)  # "Eurocopa" of a Spanish report is the "Euro" of an English one
        if event and entity_key(event) not in keys:
            keys.append(entity_key(event))
        place = inflected_place(text, label, lang)  # "Kremls" is the Kremlin, "Londýně" London
        if place and entity_key(place) not in keys:
            keys.append(entity_key(place))
        label = label.upper() if label and label.upper() in LABELS else "MISC"
        city = self.city_key(text, lang) if label == "PLACE" else None  # "Чикаго" is Chicago, "Cuzco" Cusco
        if city and city not in keys:
            keys.append(city)
        if within is not None and not any(self.label(i) in ("PLACE", "ORG", "PRODUCT")
                                          for k in keys for i in self._by_key.get(k, ())):
            # (a short form already known as a place or organisation is one: "Haiti" of a run-on "Haiti Edmond Mulet")
            return self._add_within(text, keys, label, article_id, group, lang, self.resolve(within))
        langs = (lang,) if lang else ()
        eid = self._exact(keys, label, group, named_after=bool(shown)) or self._fuzzy(keys[0], label, langs)
        local = False
        if eid is None and group is not None:
            eid = self._shorter_of(keys, label, group, langs)
            local = eid is not None
        if eid is None:
            eid = f"e{self._next}"
            self._next += 1
            self._ents[eid] = {"aliases": Counter(), "labels": Counter(), "keys": [], "local": {}, "articles": set(),
                               "groups": set(), "mentions": 0, "langs": {}, "shown": {}}
        ent = self._ents[eid]
        if shown and lang:
            ent.setdefault("shown", {}).setdefault(lang, Counter())[" ".join(shown.split())] += 1
            ent.setdefault("headed", Counter())[text] += 1  # its words were written beside the head
        ent["aliases"][text] += 1
        ent["langs"].setdefault(text, Counter())[lang or "und"] += 1
        ent["labels"][label] += 1
        ent["mentions"] += 1
        ent["articles"].add(str(article_id))
        scoped = ent["local"].get(group, []) if group is not None else []
        if local or any(k in scoped for k in keys):  # a short form only known to mean this entity in this group
            self._add_local(eid, group, keys)
        else:
            self._add_keys(eid, keys)
            if city:
                self._join_city(eid, keys)
        if group is not None:
            ent["groups"].add(group)
            self._by_group.setdefault(group, set()).add(eid)
            if len(keys[0].split()) >= 2:
                self._absorb_shorter(eid, keys[0], group)
        return self.resolve(eid)

    def resolve(self, entity_id: str) -> str:
        """Current id of an entity (ids of merged entities redirect)."""
        while entity_id in self._parent:
            entity_id = self._parent[entity_id]
        return entity_id

    def groups(self) -> list[str]:
        return list(self._by_group)

    def group_members(self, group: str) -> set[str]:
        """Current ids of the entities mentioned in ``group``."""
        return {self.resolve(i) for i in self._by_group.get(group, ())}

    def aliases(self, entity_id: str) -> list[str]:
        return list(self._ents[self.resolve(entity_id)]["aliases"])

    def spellings(self, entity_id: str) -> dict[str, Counter]:
        """Each alias of the entity with the languages of the reports that wrote it."""
        return dict(self._ents[self.resolve(entity_id)]["langs"])

    def articles(self, entity_id: str) -> set[str]:
        return set(self._ents[self.resolve(entity_id)]["articles"])

    def union(self, a: str, b: str) -> None:
        """Declare two entities one (see storyline.analyse.entity_merge)."""
        self._union(a, b)

    def label(self, entity_id: str) -> str:
        labels = self._ents[self.resolve(entity_id)]["labels"]
        real = [(n, lab) for lab, n in labels.items() if lab != "MISC"]
        return max(real)[1] if real else "MISC"

    def names(self, entity_id: str) -> dict[str, str]:
        """Display name per language of the articles that mention it (see entity_names); in
        a language whose reports wrote a place with the head noun its key leaves out
        (``shown``: "plaza Kim Il-sung" of the key "Kim Il-sung"), that form."""
        ent, label = self._ents[self.resolve(entity_id)], self.label(entity_id)
        names = display_names(ent["langs"], label)
        if label in ("PLACE", "ORG"):
            for lang, forms in ent.get("shown", {}).items():
                names[lang] = best_form(forms, lang, label)
        return names

    def shown_spellings(self, entity_id: str) -> list[str]:
        """The forms with a head noun its reports wrote beside it and a reader is shown
        (see :meth:`names`; "plaza Kim Il-sung", "площади Ким Ир Сена" and its nominative
        "площадь Ким Ир Сена"), so that the name a reader is shown finds the entity."""
        ent, label = self._ents[self.resolve(entity_id)], self.label(entity_id)
        if label not in ("PLACE", "ORG") or not ent.get("shown"):
            return []
        names = self.names(entity_id)
        out = [f for forms in ent["shown"].values() for f, _ in forms.most_common()]
        out += [names[lang] for lang in ent["shown"] if lang in names]
        return [f for f in dict.fromkeys(out) if f not in ent["aliases"]]

    def written_spellings(self, entity_id: str) -> list[str]:
        """The entity's aliases, commonest first, less the words of a place named after a
        person where every mention of them was written beside the head noun ("Kim Il-sung"
        of "plaza Kim Il-sung", "किम इल सुंग" of "किम इल सुंग स्क्वायर"): the reader is shown
        the headed form (:meth:`shown_spellings`), and the bare words are the person's
        name, no spelling of the square's (h-names38).  Written once bare, they stay."""
        ent = self._ents[self.resolve(entity_id)]
        headed = ent.get("headed", Counter())
        return [a for a, n in ent["aliases"].most_common() if headed[a] < n]

    def canonical_name(self, entity_id: str) -> str:
        """The English display name, else the commonest Latin-script full form, else the name shown to
        readers of the language naming it most ("Анкара" for "в Анкаре", not the locative)."""
        names, ent = self.names(entity_id), self._ents[self.resolve(entity_id)]
        pool = Counter({a: n for a, n in ent["aliases"].items() if _is_latin(a)})
        if names.get("en") or pool:
            return names.get("en") or shown(best_form(pool), ent["langs"], self.label(entity_id))
        by_lang = sum(ent["langs"].values(), Counter())
        return next((names[k] for k, _ in by_lang.most_common() if k in names), best_form(Counter(ent["aliases"])))

    def entities(self) -> list[dict]:
        out = []
        for eid, ent in self._ents.items():
            out.append({"id": eid, "name": self.canonical_name(eid), "label": self.label(eid),
                        "names": self.names(eid),
                        "aliases": [a for a, _ in ent["aliases"].most_common()], "mentions": ent["mentions"],
                        "articles": sorted(ent["articles"]), "groups": sorted(ent["groups"])})
        return sorted(out, key=lambda e: (-e["mentions"], e["name"]))

    def to_dict(self) -> dict:
        return {"version": 1, "threshold": self.threshold, "next": self._next, "parent": dict(self._parent),
                "entities": {eid: {"aliases": dict(e["aliases"]), "labels": dict(e["labels"]), "keys": list(e["keys"]),
                                   "local": {g: list(k) for g, k in e["local"].items()},
                                   "articles": sorted(e["articles"]), "groups": sorted(e["groups"]),
                                   "mentions": e["mentions"], "langs": {a: dict(c) for a, c in e["langs"].items()},
                                   "shown": {lang: dict(c) for lang, c in e.get("shown", {}).items()},
                                   "headed": dict(e.get("headed", {}))}
                             for eid, e in self._ents.items()},
                "key_list": list(self._key_list)}  # its order breaks ties of the fuzzy search

    @classmethod
    def from_dict(cls, data: dict) -> "EntityResolver":
        self = cls(threshold=data.get("threshold", SAME_NAME_THRESHOLD))
        self._next = int(data["next"])
        self._parent = dict(data["parent"])
        for eid, e in data["entities"].items():
            self._ents[eid] = {"aliases": Counter(e["aliases"]), "labels": Counter(e["labels"]),
                               "keys": list(e["keys"]), "local": {g: list(k) for g, k in e.get("local", {}).items()},
                               "articles": set(e["articles"]), "groups": set(e["groups"]),
                               "mentions": int(e["mentions"]),
                               "langs": {a: Counter(c) for a, c in e.get("langs", {}).items()},
                               "shown": {lang: Counter(c) for lang, c in e.get("shown", {}).items()},
                               "headed": Counter(e.get("headed", {}))}
            for key in e["keys"]:
                self._by_key.setdefault(key, []).append(eid)
            for group, keys in self._ents[eid]["local"].items():
                for key in keys:
                    self._by_local.setdefault((group, key), []).append(eid)
            for group in e["groups"]:
                self._by_group.setdefault(group, set()).add(eid)
        order = [k for k in data.get("key_list", ()) if k in self._by_key]  # resumed state decides as the live one
        self._key_list = order + sorted(set(self._by_key) - set(order))
        return self

    def __len__(self) -> int:
        return len(self._ents)

    # -- matching -----------------------------------------------------------
    _keys = staticmethod(mention_keys)
    keys_of = _keys  # public: lookups key a typed name as mentions are keyed
    gazetteer = staticmethod(gazetteer_name)  # the English name of a gazetteer place, any script
    city_key = staticmethod(city_key)

    def _join_city(self, eid: str, keys: list[str]) -> None:
        """A city's name is one entity: every PLACE or MISC entity keyed as this
        mention (its city, its own name) joins ``eid`` ("Днепре", unlabelled,
        keyed by its stem as "Днепр", which the city key sends to Dnipro)."""
        for other in sorted({self.resolve(i) for k in keys for i in self._by_key.get(k, ())}):
            if self.resolve(other) != self.resolve(eid) and self.label(other) in ("PLACE", "MISC"):
                self._union(eid, other)

    def _best(self, ids, label: str | None) -> str | None:
        """The most mentioned entity among ``ids`` whose label agrees (any label if None)."""
        roots = {self.resolve(i) for i in ids}
        roots = [r for r in roots if label is None or _compatible(self.label(r), label)]
        return max(roots, key=lambda r: (self._ents[r]["mentions"], r)) if roots else None

    def _add_keys(self, eid: str, keys: list[str]) -> None:
        ent = self._ents[eid]
        for key in keys:
            if key not in ent["keys"]:
                ent["keys"].append(key)
                if key not in self._by_key:
                    self._key_list.append(key)
                self._by_key.setdefault(key, []).append(eid)

    def _add_local(self, eid: str, group: str, keys: list[str]) -> None:
        have = self._ents[eid]["local"].setdefault(group, [])
        for key in keys:
            if key not in have and key not in self._ents[eid]["keys"]:
                have.append(key)
                self._by_local.setdefault((group, key), []).append(eid)

    def _exact(self, keys: list[str], label: str, group: str | None, named_after: bool = False) -> str | None:
        if group is not None:  # what a short form means in this group comes first
            found = self._best([i for k in keys for i in self._by_local.get((group, k), ())], None)
            if found:
                return found
        ids = [i for k in keys for i in self._by_key.get(k, ())]
        return self._best(ids, label) or self._best([i for i in ids if not self._named_apart(i, label, named_after)],
                                                    None)

    def _named_apart(self, eid: str, label: str, named_after: bool) -> bool:
        """A person and a place or thing named after that person share a key (the square's
        "plaza Kim Il-sung" is keyed by the man's name, ``entity_named_after``) but are two
        entities whatever the labels' vote: a PERSON mention never joins an entity named
        after someone (one with ``shown`` forms), nor a mention written beside a head noun
        (``named_after``) a PERSON entity (h-names39)."""
        root = self.resolve(eid)
        other = self.label(root)
        if label == "PERSON" and other in ("PLACE", "ORG", "PRODUCT") and self._ents[root].get("shown"):
            return True
        return named_after and other == "PERSON"

    def _fuzzy(self, key: str, label: str, langs: tuple[str, ...] = ()) -> str | None:
        """The entity of a spelling variant of ``key`` (a mention in ``langs``);
        not one a final -s alone sets apart ("William", "Williams")."""
        if len(key) < 4 or not self._by_key:
            return None
        found = process.extract(key, self._key_list, scorer=fuzz.ratio,
                                score_cutoff=self.threshold * 100, limit=5)
        apart = lexicon().final_s_apart
        ids = [i for cand, _, _ in found if same_name(key, cand, self.threshold) and not apart(key, cand, langs)
               for i in self._by_key[cand]]
        return self._best(ids, label)

    def _unindex(self, eid: str, keys: list[str]) -> None:
        for key in keys:
            ids = [i for i in self._by_key.get(key, ()) if self.resolve(i) != self.resolve(eid)]
            if ids:
                self._by_key[key] = ids
            elif self._by_key.pop(key, None) is not None:
                self._key_list.remove(key)

    def _union(self, a: str, b: str) -> None:
        a, b = self.resolve(a), self.resolve(b)
        if a == b:
            return
        if (self._ents[b]["mentions"], a) > (self._ents[a]["mentions"], b):
            a, b = b, a
        keep, gone = self._ents[a], self._ents.pop(b)
        keep["aliases"].update(gone["aliases"])
        for alias, langs in gone["langs"].items():
            keep["langs"].setdefault(alias, Counter()).update(langs)
        for lang, forms in gone.get("shown", {}).items():
            keep.setdefault("shown", {}).setdefault(lang, Counter()).update(forms)
        keep.setdefault("headed", Counter()).update(gone.get("headed", {}))
        keep["labels"].update(gone["labels"])
        keep["mentions"] += gone["mentions"]
        keep["articles"] |= gone["articles"]
        keep["groups"] |= gone["groups"]
        for key in gone["keys"]:
            if key not in keep["keys"]:
                keep["keys"].append(key)
        for group, keys in gone["local"].items():
            have = keep["local"].setdefault(group, [])
            have.extend(k for k in keys if k not in have)
        self._parent[b] = a
