"""ENTITIES stage: person, organisation, place and product names in any language.

No multilingual NER model installs offline (spaCy's official models are not
on PyPI; Stanza, Flair and GLiNER fetch weights at run time), so names are
found from evidence that holds across languages:

* cased scripts: runs of capitalised words joined by particles ("bin", "von"), split at titles ("President",
  "Президент") that mark a PERSON and are not part of the name; a sentence-initial, quotation-initial or headline
  word counts only when nothing says it is a common word (stopwords, lower case elsewhere, in an inflecting language
  also in another inflection, or, at a sentence start, an adjective ending before a lower-case noun in languages
  that write adjectives in lower case, or a descriptor before a «quoted» name; in German, which capitalises every
  noun, an article, possessive or inflected adjective before it or a genitive after it: ``entity_nouns``);
* a «quoted» appellation right after the lower-case noun of its class, whole, with that class's label
  ("партия «Бхаратия джаната парти»", "помощника «Алиса»": ``entity_quoted``);
* caseless scripts (Devanagari...): titles ("राष्ट्रपति") before names, organisation head words ("मंत्रालय") after them,
  and a place gazetteer; Chinese, one token per character, by the characters its cues spell (``entity_han``);
* any script: names already ``known`` for the event are searched for by key
  (in Arabic and Hebrew, which write neither capitals nor most vowels, by
  their consonants: ``entity_abjad``), and each name found is searched for again in its other spellings in the
  same text ("किम जोंग उन" -> "किम जोंग-उन", "किम जोंग"); a caseless name cut short where the text goes on
  with the rest of a longer mention of it is completed.

Labels come from cues (gazetteer, head words, titles, product nouns, prepositions, also over a list of names:
``entity_heads.place_list``) and default to PERSON for 2-4 capitalised words, MISC for one; a storm's noun is its
name's ("Storm Daniel", "la tempête Daniel": ``entity_storms``), no person's.  Word lists are data: ``entity_lexicon.json``.

Here: a run of capitals split at titles, portfolios and common words (:func:`_run_cands`) and the
pipeline; each segment left is named and labelled in ``entity_segments``.
"""
from __future__ import annotations

import functools
from typing import Any, Iterable

from storyline.analyse.entity_keys import entity_key, keys_match
from storyline.analyse.entity_alliances import alliance_names
from storyline.analyse.entity_abjad_places import abjad_places, refused_refinds
from storyline.analyse.entity_acquirers import buyer_words
from storyline.analyse.entity_capitals import stop_acronym
from storyline.analyse.entity_caseless import caseless_cands, complete_names, head_word_label, join_head_words, \
    place_noun_label
from storyline.analyse.entity_common import adjective_opener, after_clock_time, compound_adjective, title_modifier, \
    unknown_word
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_qualifiers import closing_bracket, join_qualifiers
from storyline.analyse.entity_spans import HYPHENS, Cand, acronym_shaped, select
from storyline.analyse.entity_han import han_cands
from storyline.analyse.entity_heads import indexed_place, initial_head, office_country, particle_surname, \
    portfolio_before, styled_name, title_before, title_portfolio
from storyline.analyse.entity_known import KnownNames, yield_to_fuller
from storyline.analyse.entity_windows import name_windows
from storyline.analyse.entity_named_after import compound_named_after
from storyline.analyse.entity_nouns import acronym_modifier, noun_words as _noun_words, place_edge, places_meet as _places_meet
from storyline.analyse.entity_orgs import genitive_owner, legal_form, office_of_company
from storyline.analyse.entity_parts import harmonise_labels, lowercase_gazetteer_name, name_letter, \
    number_opens_name
from storyline.analyse.entity_quoted import quoted_names
from storyline.analyse.entity_resolver import LABELS, EntityResolver
from storyline.analyse.entity_runs import capitalised_runs
from storyline.analyse.entity_segments import GUESS, classify, common_plural, segment
from storyline.analyse.entity_stop_names import stop_name_starts, stop_surname
from storyline.analyse.entity_storms import storm_name
from storyline.analyse.entity_text import TextFacts
from storyline.records import EntityMention

__all__ = ["extract_entities", "entity_key", "keys_match", "EntityResolver", "LABELS"]



def _run_cands(tx: TextFacts, run: list[int]) -> list[Cand]:
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    whole = tx.span(run[0], run[-1] + 1)
    if len(run) > 1 and (lex.place(whole, lang) or lex.institution(whole, lang)):
        return [Cand(run[0], run[-1] + 1, "PLACE" if lex.place(whole, lang) else "ORG", 1)]
    if storm := storm_name(tx, run):
        return [storm]  # "Storm Daniel", "la tempête Daniel": the noun is the name's, and no person's
    if compound := compound_named_after(tx, run):  # "Kim-Il-Sung-Platz": the person's words, a PLACE
        before, named, after = compound
        return (_run_cands(tx, before) if before else []) + [named] + (_run_cands(tx, after) if after else [])
    if whole := lowercase_gazetteer_name(tx, run):  # "des Nations unies", "la mer Noire": words in lower case
        return [whole]
    words = [toks[k].bare for k in run]
    role = ["name"] * len(run)
    breaks = set()
    for p, k in enumerate(run):
        if toks[k].bare != toks[k].text and p + 1 < len(run):
            breaks.add(p + 1)  # "Russia's President", Turkish "Çin'de": the name ends there
        if p and tx.gap(k) in HYPHENS and toks[k].cap and place_edge(tx, run, p):
            breaks.add(p)
        elif p and toks[k].cap and (lang in lex.noun_marker_langs or lang in lex.stem_langs) \
                and _places_meet(tx, words, p):
            breaks.add(p)  # "dass Pjöngjang Russland … beliefern könnte", "поможет ли Россия КНДР": two places
        elif p and lang in lex.noun_marker_langs and common_plural(tx, k) \
                and any(lex.place(head := " ".join(words[max(0, p - m):p]), lang) or indexed_place(head, lang, True)
                        for m in (1, 2, 3)):
            breaks.add(p)  # "in Bayern Schäden angerichtet": a place, then a plural noun (h-names31)
        if p and lex.genitive_place(words[p], lang):
            breaks.update((p, p + 1))  # "im Fernen Osten Russlands": the genitive names a place of its own
        if genitive_owner(tx, words, p) and tx.gap(run[p + 1]) == " " \
                and classify(tx, run[:p + 1], False) == GUESS:  # (not "Siemens-Konzern": a compound)
            breaks.add(p + 1)  # "Uddhav Thackerays Shiv Sena": a person's genitive owns the party
    extra: list[Cand] = []

    def portfolio(q: int, places_only: bool, domain: bool = False) -> bool:
        """After "<title> of/de": a place stays a name, anything else belongs to the
        title; after a title of nobility, the word is the place it is held of."""
        for m in (3, 2, 1):
            head = " ".join(words[q:q + m])
            lex_place = m > 1 and words[q].casefold() in lex.place_prefixes  # "mayor of Nova Kakhovka"
            lex_place = lex_place or (m == 1 and domain)  # "Duchess of Cornwall", "Prince of Wales"
            if q + m <= len(run) and (lex_place or lex.place(head, lang) or lex.institution(head, lang)
                                      or (not places_only and indexed_place(head, lang))):
                extra.append(Cand(run[q], run[q + m - 1] + 1,
                                  "PLACE" if lex_place or lex.place(head, lang) or not lex.institution(head, lang) else "ORG", 1))
                role[q:q + m] = ["title"] * m
                if q + m + 1 < len(run) and words[q + m].casefold() in lex.particles and portfolio(q + m + 1, True):
                    role[q + m] = "title"  # "des Majilis d'Iran", "of the Duma of Russia": the body's country
                return True
        if not places_only and (q or title_portfolio(tx, run[0])) and len(run) - q in (3, 4) \
                and unknown_word(words[q], lang) \
                and not toks[run[q]].allcaps and all(toks[k].cap for k in run[q:]):
            m = len(run) - q - 2 - (len(run) - q == 4 and tx.name_article(run[-2]))  # the place, then its holder's
            # two words ("dell'Abcazia Aslan Bzhania"; three with a particle: "de Finanzas Bruno Le Maire")
            extra.append(Cand(run[q], run[q + m - 1] + 1, "PLACE", 1))
            role[q:q + m] = ["title"] * m
            return True
        for r in [] if places_only else office_country(lex, words, q, lang):  # "ministre des Finances d'Allemagne"
            if portfolio(r + 1, True):
                role[q:r + 1] = ["title"] * (r + 1 - q)
                return True
        if not places_only and toks[run[q]].allcaps and acronym_shaped(toks[run[q]].bare) \
                and len(run) - q != 2:  # (not "chief executive of ITT Defense": the acronym opens a name)
            extra.append(Cand(run[q], run[q] + 1, "ORG", 1))  # "porte-parole de l'UNICEF": no portfolio is
            role[q] = "title"  # written as an acronym, the body the title is of is (as an institution's)
            return True
        if not places_only:  # "ministre de l'Intérieur", "Secretary of Defense";
            # two words that end the run are the portfolio's ("ministro de Asuntos Exteriores")
            role[q:] = ["title"] * (len(run) - q) if len(run) - q <= 2 else ["title"] + role[q + 1:]
        return not places_only

    if portfolio_before(tx, run[0]):
        portfolio(0, False)
    p = 0
    while p < len(run):  # titles; "President of Russia": Russia is kept as a place
        n = lex.phrase_at("titles", words, p, lang) if toks[run[p]].cap and role[p] == "name" else 0
        if n and p and tx.gap(run[p]) in HYPHENS and role[p - 1] == "name" and lang not in lex.suffix_langs \
                and not title_modifier(tx, run[p - 1]):  # (not "Then-President": a modifier and a title)
            n = 0  # "Notre-Dame": one word; German "Kreml-Sprecher" is a compound title
        n = 0 if n and (styled_name(tx, run, p, n) or particle_surname(tx, run, p, role)) else n  # "Lady Gaga"; "Le Maire"
        if n and after_clock_time(tx, run[p]):
            role[p], n = "drop", 0  # "8:16 PM AP Photo": the time of day, no Prime Minister
        p += n or 1
        if n:
            role[p - n:p] = ["title"] * n
            joiner = words[p].casefold() if p + 1 < len(run) else ""
            # "of" always introduces the office; "de" may be a surname particle (President de Gaulle)
            domain = lex.phrase_at("domain_titles", words, p - n, lang) == n
            if joiner in lex.particles and office_of_company(tx, run[p - 1]):  # "Vorstandschef von Thyssenkrupp"
                end = p + 2 + (p + 2 < len(run) and legal_form(words[p + 2], "after"))  # ("von Siemens AG")
                extra.append(Cand(run[p + 1], run[end - 1] + 1, "ORG", 1))
                role[p:end] = ["title"] * (end - p)
            elif joiner in lex.particles and portfolio(p + 1, joiner not in lex.org_only_joiners, domain):
                role[p] = "title"
    if len(run) > 1 and role[-1] == "name" and tx.gap(run[-1]) in HYPHENS and acronym_modifier(tx, run[-2]):
        role[-1] = "drop"  # "aus SPD-Kreisen": the party, then the common noun it modifies (the run's end only:
        # before a name the noun is read as on main, "US-Sängerin Beyoncé"; as a title it made junk persons)
    head = initial_head(tx, run) if role[0] == "name" else None
    if head:
        role[0] = "drop"  # "Лимузин Aurus Senat стал …": the noun is capitalised by the sentence start
    elif role == ["name", "name"] and adjective_opener(tx, run):
        role = ["drop", "drop"]  # "Schwere Kämpfe gab es …": an adjective and a common noun
    for p, k in enumerate(run):
        if role[p] != "name" or toks[k].low in lex.particles or not toks[k].cap or tx.name_initial(k):
            continue
        if ((tx.initial[k] or tx.headline[k]) and (tx.common(k) or len(run) == 1 and compound_adjective(tx, k))) \
                or tx.header_label(k) \
                or (p == 0 and len(run) > 1 and title_modifier(tx, k)) or (
                lex.stopword(toks[k].bare, lang) and not name_letter(tx, run, p, role) and not stop_acronym(tx, k)
                and not number_opens_name(tx, run, p) and not stop_surname(tx, run, p, role)):
            role[p] = "drop"
    out, seg, titled = [], [], title_before(tx, run[0], run)
    for p, k in enumerate(run):
        if role[p] == "name" and not (seg and p in breaks):
            seg.append(k)
            continue
        if seg:
            out.extend(segment(tx, seg, titled))
        seg, titled = ([k], False) if role[p] == "name" else ([], role[p] == "title")
    if seg:
        out.extend(segment(tx, seg, titled))
    for c in out:
        if head and c.i == run[1] and (c.guess or c.label == "MISC"):
            c.label, c.guess = head, False
    return out + extra


def _rest_of_runs(tx: TextFacts, cands: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """The words of a capital run that a known name found by another spelling's key at its
    start or end did not take (a name of two words written as one,
    :meth:`~storyline.analyse.entity_known.KnownNames._joined_hit`), read as a run of their
    own ("Шивсена Уддхава Теккерея": the known party, then a person; the whole run had
    been one guess, which the known name outranks)."""
    out, taken = [], {(c.i, c.j) for c in chosen}
    for c in cands:
        if (c.i, c.j) in taken:
            continue
        for k in chosen:
            if k.key and (k.i == c.i < k.j < c.j or c.i < k.i < c.j == k.j):
                out.extend(segment(tx, list(range(k.j, c.j) if k.i == c.i else range(c.i, k.i)), False))
    return out


def extract_entities(text: str, lang: str, known: Iterable[Any] = (), places: Iterable[str] = ()) -> list[EntityMention]:
    """Entity mentions of ``text`` written in language ``lang`` (ISO 639-1).

    ``known``: names already known for this text's event or story, in any script, as strings, ``(text, label)``
    pairs or EntityMention-like objects (their label is reused).  They are searched for by key, so "Putin"
    known from an English report finds "पुतिन" in a Hindi one.  ``places``: more PLACE names of the event
    (all its other reports', not only the most used that ``known`` holds), which only confirm a town or a
    shared name an Arabic or Hebrew report writes (:func:`~storyline.analyse.entity_abjad_places.abjad_places`)."""
    lang = (lang or "und").split("-")[0].split("_")[0].lower()
    tx = TextFacts(text or "", lang, lexicon(), (known := KnownNames(known, lang)).keys)  # (keys: "Bushannounced")
    if not tx.toks:
        return []
    tx.buyers = buyer_words(tx)  # "Die Zorblax übernimmt …": a company after its article, no common noun
    tx.nouns = _noun_words(tx) - tx.buyers
    event_places = [k for k, (label, partial) in known.entries.items() if label == "PLACE" and not partial]
    places = abjad_places(tx.text, tx.toks, tx.lang, [*event_places, *places])
    caseless = caseless_cands(tx.text, tx.toks, tx.lang) + han_cands(tx.text, tx.toks, tx.lang)
    cands = [c for run in capitalised_runs(tx) for c in _run_cands(tx, run)] + caseless + places + quoted_names(tx)
    windows = functools.cache(lambda: name_windows(tx.text, tx.toks, lang, stop_name_starts(tx)))  # for both finds
    from_known = refused_refinds(known.find(tx.text, tx.toks, full_prio=3, partial_prio=0, windows=windows),
                                 places, tx.text, tx.toks, lang, own=False)
    chosen = select(cands + yield_to_fuller(from_known, cands, tx))
    chosen = select(_rest_of_runs(tx, cands, chosen), chosen)
    complete_names(tx.text, tx.toks, chosen)
    join_head_words(tx.text, tx.toks, chosen, lang)
    found = [(tx.span(c.i, c.j), c.label) for c in chosen if c.label != "MISC"]
    again = refused_refinds(KnownNames(found, lang).find(tx.text, tx.toks, full_prio=0, partial_prio=0,
                                                         windows=windows), places, tx.text, tx.toks, lang)
    chosen = select(again, chosen)
    known_label = {(c.i, c.j): c.label for c in again + from_known if c.label != "MISC"}
    cue_label = {(c.i, c.j): c.label for c in caseless if c.label != "MISC"}  # (the gazetteer's "हनोई")
    for c in chosen:  # a name found by its capitals takes the label its known form has ("Путиным")
        if c.label == "MISC":  # ...else, in a caseless script, the label a cue of this text gives it
            c.label = known_label.get((c.i, c.j)) or cue_label.get((c.i, c.j)) \
                or place_noun_label(tx.text, tx.toks, c, lang) or "MISC"
        c.label = head_word_label(tx.toks, c, lang) or c.label
    harmonise_labels(tx, chosen)
    alliance_names(tx, chosen)  # "the INDIA bloc": no country (after the labels, which it overrules)
    chosen = join_qualifiers(tx, chosen)  # "Janata Dal (United)": a faction's name is whole (after the labels)
    out = []
    for c in sorted(chosen, key=lambda c: c.i):
        last = tx.toks[c.j - 1]
        start, end = tx.toks[c.i].start + c.lead, last.start + len(last.bare)  # without "'s", "'de", "ب" of "بلندن"
        end = closing_bracket(tx, c, end)
        surface = text[start:end]
        out.append(EntityMention(text=surface, start=start, end=end, label=c.label, key=c.key or entity_key(surface)))
    return out
