"""Known names found again in a new text, by key, in any script (in Arabic
and Hebrew by the consonants they share, :mod:`storyline.analyse.entity_abjad`).

Why apart from the resolver: a text's event already knows its names ("Kim
Jong Un", "Путин"); finding them again catches the lower-case, inflected or
partial mentions the patterns miss ("Путиным", "Kim Jong").  This runs over
every 1-4 word window of every text, so it is the extractor's hot path.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from rapidfuzz import fuzz, process

from storyline.analyse.entity_abjad import (ABJAD_SCRIPTS, adjective_of, enough, latin_skeleton, one_name,
                                            window_readings)
from storyline.analyse.entity_keys import (SAME_NAME_THRESHOLD, entity_key, fold_conventions, lettered_acronym,
                                          same_name, spelling_key)
from storyline.analyse.entity_demonyms import place_adjective
from storyline.analyse.entity_devanagari import (MIN_LETTERS, compound_name, in_devanagari, joined_words, loose_hit,
                                                 name_words, shortened_name, skeleton_index, syllabic_acronym)
from storyline.analyse.entity_patterns import Lexicon, lexicon
from storyline.analyse.entity_named_after import person_part
from storyline.analyse.entity_makers import model_makers
from storyline.analyse.entity_stop_names import month_stop_word
from storyline.analyse.entity_spans import Cand, glued, guess_label, header_label
from storyline.analyse.entity_tokens import Token, script_of
from storyline.analyse.entity_windows import Window, name_windows


# fuzz.ratio(a, b) >= T needs |len(a) - len(b)| <= (1 - T) * (len(a) + len(b)); 0.03 more
# keeps every key that could pass whatever the float rounding of T * 100
_LENGTH_SLACK = 1.0 - SAME_NAME_THRESHOLD + 0.03


class KnownNames:
    """Names known for a text's event, found again in it by key, in any script.

    A known PERSON is also found by its 2+ word prefixes ("Kim Jong" of "Kim
    Jong Un") and its surname when that is 4+ letters ("Putin"), which are
    lower-priority *partial* matches; outside the Latin script also by a first
    or last word of three letters, by its exact key only (``short_part``).
    Keys match exactly, by Snowball stem in inflecting languages ("Путиным"),
    or fuzzily with ``same_name``.
    """

    def __init__(self, known: Iterable[Any], lang: str):
        self.lang = lang
        self.lex = lexicon()
        self.algo = self.lex.stem_langs.get(lang)
        self.entries: dict[str, tuple[str, bool]] = {}
        self._to_sound: list[str] = []  # keys to read as consonant classes, for Arabic and Hebrew texts
        self._sounds: dict[str, str] | None = None  # (built at the first such window: the hot path skips it)
        spelled: dict[str, bool] = {}  # key -> only ever known as a short all-caps abbreviation
        acronyms: set[str] = set()  # keys of known Latin acronyms ("BJP", "NDA", "WHO")
        syllabic: dict[str, str] = {}  # a known Hindi organisation's short form -> its key
        # known names of another script, for a Devanagari word read loosely (entity_devanagari):
        self._foreign: dict[str, str] = {}  # spelling key -> key
        self._org_words: list[tuple[tuple[str, ...], str]] = []  # an organisation's words -> key
        self._joined: list[tuple[tuple[str, ...], str]] = []  # an organisation's or place's 2-3 words -> key
        # spelling key (romanisation conventions folded: c/k, y/i, doubled letters) -> known key
        self._spelled: dict[str, str] = {}
        self._short: set[str] = set()  # a known person's first or last word of three letters ("kim")
        # key -> the known names written in Han characters: a window of Han characters finds one only as
        # written, since characters of one sound share a key ("险" and "西安" read "xian", h-names32)
        self._han: dict[str, set[str]] = {}
        self.named_in: dict[str, str] = {}  # a person's part of a known place's name -> the script it is known in
        named: list[tuple[str, str]] = []  # (text, label) of each known name, for model_makers
        for item in known:
            if isinstance(item, str):
                text, label = item, None
            elif isinstance(item, (tuple, list)):
                text, label = item[0], item[1] if len(item) > 1 else None
            else:
                text, label = getattr(item, "text", ""), getattr(item, "label", None)
            key = entity_key(text)
            if not key or self.lex.elsewhere(text, lang):  # a Spanish report's "Sena" (the Seine) is no Hindi "सेना"
                continue
            abjad = any(ch.isalpha() and "\u0590" <= ch <= "\u06ff" for ch in text)
            label = label if label in ("PERSON", "ORG", "PLACE", "PRODUCT", "MISC") else guess_label(text, lang)
            named.append((text, label))
            letters = [c for c in text if c.isalpha()]
            spelled[key] = spelled.get(key, True) and len(letters) <= 3 and all(c.isupper() for c in letters)
            if text.isascii() and 2 <= len(letters) == len(text.strip()) <= 6 and text.isupper():
                acronyms.add(key)  # a Hindi report spells it out letter by letter ("एनडीए")
            if label == "ORG" and (short := syllabic_acronym(text)):
                syllabic.setdefault(short, key)  # "भाजपा" of "भारतीय जनता पार्टी"
            if label == "ORG" and (words := name_words(text)):
                self._org_words.append((words, key))  # "भाजपा" of "Bharatiya Janata Party"
            if (words := joined_words(text, label)):
                self._joined.append((words, key))  # "शिवसेना" of "Shiv Sena" or "शिव सेना"
            if not in_devanagari(text):
                self._foreign.setdefault(spelling_key(text), key)  # "ऑरस" of "Aurus"
            self._add(key, label, False)
            if script_of(text.strip()[:1] or " ") == "CJK":
                self._han.setdefault(key, set()).add(text.strip())
            self._spelled.setdefault(spelling_key(text), key)
            if self.algo:
                self._add(Lexicon.stem_key(text, self.algo), label, False)
            parts = key.split()
            if not abjad and label != "MISC":  # a label read from a cue: a capitalised word alone is no evidence
                self._to_sound.append(key)
            if label in ("PLACE", "ORG") and (person := person_part(text)) and entity_key(person) not in self.entries:
                self._add(entity_key(person), "PERSON", False)  # "Kim Il Sung" of "Kim Il Sung Square",
                self.named_in[entity_key(person)] = script_of(text[0])  # in another script only
            if label == "PERSON" and len(parts) >= 2:
                for n in range(2, len(parts)):
                    self._add(" ".join(parts[:n]), label, True)
                self._short.update(p for p in (parts[0], parts[-1]) if len(p) == 3)
                if len(parts[-1]) >= 4 or month_stop_word(parts[-1], lang):  # ("May" of "Theresa May" is a
                    self._add(parts[-1], label, True)  # window only opening a sentence: stop_name_starts)
                    if not abjad:
                        self._to_sound.append(parts[-1])
        for key in set(model_makers(named, self.lex, lang)) & set(self.entries):
            self.entries[key] = ("ORG", self.entries[key][1])  # "Aurus" of a known "Aurus Senat": the maker
        # "ЕС" (the EU) is found again as "EU" or "ЕС", never as the word "Es": a short
        # abbreviation matches only a window written in capitals (or a caseless script)
        self.abbreviations = {k for k, only in spelled.items() if only}
        self.acronyms, self.syllabic = acronyms, syllabic
        self.keys = list(self.entries)
        self._spelled_keys = list(self._spelled)
        # Every 1-4 word window of a text is looked up.  fuzz.ratio >= T cannot
        # hold when two lengths differ by more than (1 - T) of their sum, so a
        # window of a length no known key allows skips the fuzzy search (exact).
        slack = 1.0 - SAME_NAME_THRESHOLD
        lengths = {len(k) for k in self.keys}
        self._fuzzy_lengths = {n for n in range(4, 2 * max(lengths, default=0) + 2)
                               if any(abs(n - m) <= slack * (n + m) for m in lengths)}
        self._memo: dict[tuple[str, bool], tuple[str, bool] | None] = {}
        self._joined_memo: dict[str, str | None] = {}  # a word -> _joined_hit's answer
        self._near_memo: dict[tuple[int, int], list[str]] = {}  # (keys, a length) -> _near's answer
        self._devanagari_memo: dict[tuple[str, bool], tuple[str | None, bool]] = {}
        self._skeletons: tuple[dict, dict] | None = None  # skeleton_index of _joined's first words, of _foreign
        self._joined_index: tuple[dict[str, int], dict[str, int]] | None = None  # (built at the first such word)

    def _add(self, key: str, label: str, partial: bool) -> None:
        """Full forms win over partial ones; a real label wins over MISC ("Putin" of "Vladimir Putin")."""
        old = self.entries.get(key)
        if key and old is None:
            self.entries[key] = (label, partial)
        elif key:
            self.entries[key] = (old[0] if old[0] != "MISC" or label == "MISC" else label, old[1] and partial)

    def _sounded(self, toks: list[Token], i: int, j: int) -> str | None:
        """The known key an Arabic or Hebrew window [i, j) sounds like (see
        entity_abjad): known names (not themselves in an abjad) by their
        consonant classes, word by word ("لكبار" is no "Ray Cooper"); two
        known names of one skeleton leave it to neither, unless they are
        spellings of one name (:func:`~storyline.analyse.entity_abjad.one_name`):
        then the first known stands for both."""
        if self._sounds is None:
            self._sounds = {}
            for key in self._to_sound:
                sound = latin_skeleton(key)
                if enough(sound):
                    old = self._sounds.get(sound, key)
                    self._sounds[sound] = old if old == key or (old and one_name(old, key)) else ""
        words = [t.text for t in toks[i:j]]
        for reading in window_readings(words, toks[i].script):
            key = self._sounds.get(reading) if enough(reading) else None
            if key:
                return None if adjective_of(words, key, self.entries[key][0]) else key
        return None

    def _hit(self, span: str, cased: bool) -> tuple[str, bool] | None:
        memo = (span, cased)
        if memo in self._memo:  # a text repeats its names: each window string is looked up once
            return self._memo[memo]
        key = entity_key(span)
        hit = self.entries.get(key)
        if hit is None and self.algo and cased:
            hit = self.entries.get(Lexicon.stem_key(span, self.algo))
        if hit is None and len(key) in self._fuzzy_lengths:
            best = process.extractOne(key, self._near(self.keys, len(key)), scorer=fuzz.ratio,
                                      score_cutoff=SAME_NAME_THRESHOLD * 100)
            if best and same_name(key, best[0]):
                hit = self.entries[best[0]]
            else:
                hit = self._spelled_hit(span)
        self._memo[memo] = hit
        return hit

    def _han_hit(self, span: str) -> tuple[str, bool] | None:
        """A window of Han characters: its key exactly, and as written where the name is known in Han."""
        key = entity_key(span)
        return self.entries.get(key) if span in self._han.get(key, (span,)) else None

    def _near(self, keys: list[str], n: int) -> list[str]:
        """The keys of ``keys`` whose length lets ``fuzz.ratio`` with a key of length
        ``n`` reach the threshold (with room to spare: :data:`_LENGTH_SLACK`), in their order, so that ``extractOne`` picks
        among them what it picks among all.  Why: the second find's names are the
        text's own; passing all of them for each window grew with the square of the
        text's length (320 kB of Wikinews: a third of the extractor's time)."""
        memo = (id(keys), n)
        if memo not in self._near_memo:
            self._near_memo[memo] = [k for k in keys if abs(len(k) - n) <= _LENGTH_SLACK * (len(k) + n)]
        return self._near_memo[memo]

    def _spelled_hit(self, span: str) -> tuple[str, bool] | None:
        """The known name ``span`` spells once romanisation conventions are
        folded on both sides (:func:`spelling_key`), as the resolver folds
        them when it merges spellings.  Why: a caseless script writes a known
        name as it is said, and the letters its romanisation gives differ from
        the other report's by convention, not by name: "वोस्तोचनी कॉस्मोड्रोम"
        reads "vostochni kosmodrom", under the ratio a typo may take from
        "vostochny cosmodrome" (c/k, y/i and a final e), so a Hindi report of
        the Vostochny meeting named no cosmodrome where its English, German
        and Russian reports did."""
        skey = spelling_key(span)
        known = self._spelled.get(skey)
        if known is None:
            best = process.extractOne(skey, self._near(self._spelled_keys, len(skey)), scorer=fuzz.ratio,
                                      score_cutoff=SAME_NAME_THRESHOLD * 100)
            known = self._spelled[best[0]] if best and same_name(skey, best[0]) else None
        return self.entries[known] if known is not None else None

    def _joined_hit(self, word: str) -> str | None:
        """The known organisation's or place's name of 2-3 words (:func:`joined_words`) that
        ``word``, of a cased script, writes as one: its spelling key is theirs run together
        ("Шивсена", "Shivsena" of "Shiv Sena"), or is so less a case ending of the language
        (the lexicon's ``case_endings``), the name's final vowel giving way to it ("Шивсены",
        "Шивсене"; not "Шивсенко").  Why: as Hindi does
        (:func:`~storyline.analyse.entity_devanagari.compound_name`), Russian writes many a
        borrowed name of two words as one, which keys as neither.  Five letters or more."""
        if word in self._joined_memo:
            return self._joined_memo[word]
        if self._joined_index is None:
            self._joined_index = _joined_index(self._joined)
        whole, stem = self._joined_index
        flat = spelling_key(word)
        low = word.casefold()
        bases = {spelling_key(word[:-len(e)]) for e in self.lex.case_endings.get(self.lang, ())
                 if low.endswith(e) and len(low) > len(e) + 4}
        # the first name of ``_joined`` that matches, as a scan in their order would find it
        first = min((n for n in (whole.get(flat), *(stem.get(b) for b in bases)) if n is not None), default=None)
        self._joined_memo[word] = hit = None if first is None else self._joined[first][1]
        return hit

    def short_part(self, text: str, toks: list[Token], i: int) -> bool:
        """Token i, standing alone, is a known person's first or last word of three letters.

        Korean names put the family name first ("Kim Jong Un", "Moon Jae-in"), and
        reports name him by it alone: "किम ने कहा", "Ким заявил".  The 4-letter floor of
        a surname keeps common words out; a caseless script has no capitals to read
        "किम" as a name by, so such a word is found only here.  Not in the Latin script,
        whose capitals already make "Kim" a name (and where "May", "Lee" are words); by
        the exact key only (no stem, typo or loose vowel: "कम", less, reads "kam"), no word
        of the lexicon's ``name_stops`` ("हुई", happened, of "Choe Son Hui"); and alone: a
        word glued to it is a ``name_stops`` word or, in a cased script, in lower case,
        else it is part of a longer name the text writes ("टॉम बूनेन", "ताई पेइ",
        "रस-अल-बीशा"), which a part alone would cut."""
        tok = toks[i]
        if tok.script in ("LATIN", "CJK") or entity_key(tok.text) not in self._short \
                or self.lex.name_stop(tok.text, self.lang):  # "हुई" (happened) is no "Hui" of "Choe Son Hui"
            return False
        near = [toks[k - 1 if k == i else k] for k in (i, i + 1) if k < len(toks) and glued(text, toks, k, self.lex)]
        return all(self.lex.name_stop(n.text, self.lang) or (n.cased and not n.cap) for n in near)

    def _devanagari(self, span: str, one_word: bool) -> tuple[str | None, bool]:
        """The known key a Devanagari window spells as no key, stem or typo does: a word
        of Latin letters' names ("एनडीए" is NDA), a party's short form ("भाजपा" of a known
        "भारतीय जनता पार्टी" or "Bharatiya Janata Party"), a name whose vowels Hindi
        writes for several ("ऑरस" is Aurus: :mod:`~storyline.analyse.entity_devanagari`), a
        name's words written as one ("शिवसेना" of "Shiv Sena"), and
        whether it is that loose reading."""
        memo = (span, one_word)
        if memo not in self._devanagari_memo:  # a text repeats its words
            self._devanagari_memo[memo] = self._devanagari_read(span, one_word)
        return self._devanagari_memo[memo]

    def _devanagari_read(self, span: str, one_word: bool) -> tuple[str | None, bool]:
        if self._skeletons is None:  # (built at the first Devanagari window)
            self._skeletons = (skeleton_index(words[0] for words, _key in self._joined),
                               skeleton_index(self._foreign))
        if one_word:
            lettered = lettered_acronym(span)
            if lettered in self.acronyms:
                return lettered, False
            if (short := self.syllabic.get(span) or shortened_name(span, self._org_words)):
                return short, False
            if (whole := compound_name(span, self._joined, self._skeletons[0])):
                return whole, True
        return (loose_hit(span, self._foreign, self._skeletons[1]) if self._foreign else None), True

    def find(self, text: str, toks: list[Token], full_prio: float, partial_prio: float,
             windows: Callable[[], list[Window]] | None = None) -> list[Cand]:
        """Every window of 1-4 words (8 CJK characters) whose key is a known name.

        ``windows`` gives :func:`name_windows` of this text, so that several
        finds over one text share them (they do not depend on the names)."""
        if not self.entries:
            return []
        out = []
        for i, j, span, cased, single_cased in (windows() if windows else
                                                name_windows(text, toks, self.lang)):
            # a Han character is a syllable: its key is matched exactly, never by a fuzzy romanisation
            # that reads across characters ("席习近平", the title's last character and "习近平": h-names32)
            hit = self._han_hit(span) if toks[i].script == "CJK" else self._hit(span, cased)
            sounded = None
            if not hit and j - i == 1 and self._short and self.short_part(text, toks, i):
                hit = ("PERSON", True)  # "किम ने कहा" of a known "Kim Jong Un"
            elif not hit and self._to_sound and toks[i].script in ABJAD_SCRIPTS:
                sounded = self._sounded(toks, i, j)  # "توني بلير" is Tony Blair
                hit = self.entries[sounded] if sounded else None
            elif not hit and j - i == 1 and toks[i].cased and self._joined:
                sounded = self._joined_hit(span)  # "Шивсена" of "Shiv Sena", as sure as a spelling key
                hit = self.entries[sounded] if sounded else None
            elif not hit and toks[i].script == "DEVANAGARI":
                sounded, loose = self._devanagari(span, j - i == 1)
                # a loose reading is weaker than a key: it takes a partial's priority, so the text's
                # own longer name or label stays ("अन्तरराष्ट्रीय ओलंपिक समिति", a gazetteer's "लंदन")
                hit = (self.entries[sounded][0], loose or self.entries[sounded][1]) if sounded else None
            if not hit or (single_cased and hit[0] == "MISC"):  # capitals already find those
                continue
            if self.named_in.get(entity_key(span)) == toks[i].script:
                continue  # "Grand Central" of "Grand Central Station": its own script's capitals read it

            if single_cased and entity_key(span) in self.abbreviations and not toks[i].allcaps:
                continue
            if not self.lex.is_demonym([t.bare for t in toks[i:j]]) and not (j - i == 1 and hit[0] != "PERSON" and
                    place_adjective(self.lex, toks[i].bare, self.lang)) and not any(  # "Черноморскую"; not "Roman"
                    header_label(text, toks, k, self.lex, self.lang) for k in range(i, j)):  # "AF/CC" is no "CC:"
                out.append(Cand(i, j, hit[0], partial_prio if hit[1] else full_prio, key=sounded))
        return out


def _joined_index(joined: list[tuple[tuple[str, ...], str]]) -> tuple[dict[str, int], dict[str, int]]:
    """``KnownNames._joined`` indexed for :meth:`KnownNames._joined_hit`: each name's
    words run together and folded (:func:`fold_conventions`), and that less a final
    vowel, -> the position of the first name that gives it (five letters or more).
    Why: the names a text's second find looks for are the text's own, so a scan of
    them for each of its words grew with the square of the text's length (96 kB of
    Wikinews prose: a third of the extractor's time); a lookup does not."""
    whole: dict[str, int] = {}
    stem: dict[str, int] = {}
    for n, (words, _key) in enumerate(joined):
        folded = fold_conventions("".join(words))
        if len(folded) < MIN_LETTERS:
            continue
        whole.setdefault(folded, n)
        for form in (folded, folded[:-1] if folded[-1:] in "aeiouy" else folded):
            stem.setdefault(form, n)
    return whole, stem


def yield_to_fuller(found: list[Cand], cands: list[Cand], tx: Any) -> list[Cand]:
    """Known one-word PERSON hits less those the text itself writes as the first
    or last word of a longer capitalised PERSON name ("Prime Minister Narendra
    Modi" where "Modi" is known): a known hit outranks capital runs, so the
    longer name would be lost and the report would count only the family
    name, which across stories stays apart from the full name.  Likewise a
    known one-word place that ends a longer PLACE candidate of the text, or is
    followed there by place nouns only ("Комсомольске-на-Амуре" where "Amur" is
    known, "Latin America" where "America" is, "Tavistock Square"): the longer
    place is the one named.

    The known hit is what corrects runs that hold a word the lexicon does not
    know as a title or common noun, so the longer name must be plain: every
    word in the known word's script (Greek "Πτέραρχο Fulton", "Υπουργός
    Εξωτερικών Λόρδος Triesman" are a title before a name), its first word
    not capitalised by position only (Czech "Navíc Air": "moreover, Air ...";
    a sentence's first word counts where the text capitalises it mid-sentence
    too, :class:`~storyline.analyse.entity_text.TextFacts` ``midcap_vocab``), and
    not itself found as part of a known name ("Kim Jong" where "Kim" and "Kim
    Jong Un" are known: the truncated form alone would fit Kim Jong Il as
    well, the known "Kim" is the story's)."""
    spans = {(k.i, k.j) for k in found}
    fuller = [c for c in cands if c.label == "PERSON" and c.j - c.i >= 2 and (c.i, c.j) not in spans
              and (not tx.initial[c.i] or tx.toks[c.i].low in tx.midcap_vocab)
              and len({t.script for t in tx.toks[c.i:c.j]}) == 1]
    places = [c for c in cands if c.label == "PLACE" and c.j - c.i >= 2 and (c.i, c.j) not in spans]
    return [k for k in found if not (k.j - k.i == 1 and k.key is None and (
        (k.label == "PERSON" and any(k.i in (p.i, p.j - 1) for p in fuller))
        or (k.label == "PLACE" and any(p.i <= k.i < p.j and _heads(tx, k.i, p.j) for p in places))))]

def _heads(tx: Any, k: int, end: int) -> bool:
    """Token k ends a longer place's name up to ``end``, or only place nouns follow it
    ("West Sussex", "Tavistock Square"; not "v Iráku Spojenými státy", two places)."""
    return all(tx.lex.is_cue("place_cues", tx.toks[m].bare, tx.lang) for m in range(k + 1, end))
