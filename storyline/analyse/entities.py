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
  and a place gazetteer;
* any script: names already ``known`` for the event are searched for by key
  (in Arabic and Hebrew, which write neither capitals nor most vowels, by
  their consonants: ``entity_abjad``), and each name found is searched for again in its other spellings in the
  same text ("किम जोंग उन" -> "किम जोंग-उन", "किम जोंग"); a caseless name cut short where the text goes on
  with the rest of a longer mention of it is completed.

Labels come from cues (gazetteer, head words, titles, product nouns, prepositions, also over a list of names:
``entity_heads.place_list``) and default to PERSON for 2-4 capitalised words, MISC for one; a storm's noun is its
name's ("Storm Daniel", "la tempête Daniel": ``entity_storms``), no person's.  Word lists are data: ``entity_lexicon.json``.
"""
from __future__ import annotations

import functools
from typing import Any, Iterable

from storyline.analyse.entity_keys import entity_key, keys_match
from storyline.analyse.entity_alliances import alliance_names
from storyline.analyse.entity_abjad_places import abjad_places, refused_refinds
from storyline.analyse.entity_acquirers import buyer_words
from storyline.analyse.entity_capitals import capitals_trimmed
from storyline.analyse.entity_caseless import caseless_cands, complete_names, head_word_label, join_head_words, \
    place_noun_label
from storyline.analyse.entity_codes import ROMAN, trailing_codes
from storyline.analyse.entity_common import adjective_opener, compound_adjective, position_word, title_modifier, unknown_word
from storyline.analyse.entity_demonyms import country, demonym_lead, given_name, people_word, place_adjective
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_spans import HYPHENS, Cand, glued, select
from storyline.analyse.entity_heads import HEAD_FIRST, indexed_place, initial_head, office_country, office_word, place_list, \
    particle_surname, portfolio_before, model_after_noun, product_follows, styled_name, title_before, title_portfolio
from storyline.analyse.entity_known import KnownNames, name_windows, yield_to_fuller
from storyline.analyse.entity_named_after import compound_named_after
from storyline.analyse.entity_nouns import after_noun as _after_noun, lower_before as _lower_before, \
    noun_words as _noun_words, place_edge, places_meet as _places_meet
from storyline.analyse.entity_orgs import (cue_alone, foreign_head, genitive_owner, model_code,
                                          org_before, org_list, org_words)
from storyline.analyse.entity_parts import harmonise_labels, lowercase_head, lowercase_gazetteer_name, \
    modifies_noun, name_letter, number_opens_name, owns_noun, \
    parenthesised_qualifier, place_noun_before
from storyline.analyse.entity_quoted import quoted_names
from storyline.analyse.entity_resolver import LABELS, EntityResolver
from storyline.analyse.entity_runs import capitalised_runs
from storyline.analyse.entity_shape import counted_noun, person_shaped
from storyline.analyse.entity_stop_names import stop_name_starts, stop_surname
from storyline.analyse.entity_storms import storm_name
from storyline.analyse.entity_text import TextFacts
from storyline.facts.figures import MONEY_BEFORE
from storyline.records import EntityMention

__all__ = ["extract_entities", "entity_key", "keys_match", "EntityResolver", "LABELS"]

_GUESS = "PERSON?"  # 2-4 capitalised words with no cue: a person, unless evidence elsewhere says otherwise
_CUES = ("titles", "org_cues", "place_cues", "product_nouns", "event_nouns", "business_nouns")  # alone, a head word names nothing ("Shares")


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
        if p and lex.genitive_place(words[p], lang):
            breaks.update((p, p + 1))  # "im Fernen Osten Russlands": the genitive names a place of its own
        if genitive_owner(tx, words, p) and tx.gap(run[p + 1]) == " " \
                and _classify(tx, run[:p + 1], False) == _GUESS:  # (not "Siemens-Konzern": a compound)
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
        p += n or 1
        if n:
            role[p - n:p] = ["title"] * n
            joiner = words[p].casefold() if p + 1 < len(run) else ""
            # "of" always introduces the office; "de" may be a surname particle (President de Gaulle)
            domain = lex.phrase_at("domain_titles", words, p - n, lang) == n
            if joiner in lex.particles and portfolio(p + 1, joiner not in lex.org_only_joiners, domain):
                role[p] = "title"
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
                lex.stopword(toks[k].bare, lang) and not name_letter(tx, run, p, role)
                and not number_opens_name(tx, run, p) and not stop_surname(tx, run, p, role)):
            role[p] = "drop"
    out, seg, titled = [], [], title_before(tx, run[0], run)
    for p, k in enumerate(run):
        if role[p] == "name" and not (seg and p in breaks):
            seg.append(k)
            continue
        if seg:
            out.extend(_segment(tx, seg, titled))
        seg, titled = ([k], False) if role[p] == "name" else ([], role[p] == "title")
    if seg:
        out.extend(_segment(tx, seg, titled))
    for c in out:
        if head and c.i == run[1] and (c.guess or c.label == "MISC"):
            c.label, c.guess = head, False
    return out + extra


def _segment(tx: TextFacts, idx: list[int], titled: bool) -> list[Cand]:
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    while idx and (toks[idx[0]].low in lex.particles or not toks[idx[0]].cap) \
            and not (titled and toks[idx[0]].low in lex.particles) and not tx.name_article(idx[0]) \
            and not tx.name_initial(idx[0]):
        idx = idx[1:]  # leading articles and particles go, but a title keeps "President de Gaulle" whole
    while idx and (toks[idx[-1]].low in lex.particles or not toks[idx[-1]].cap) and not toks[idx[-1]].num \
            and not (len(idx) > 2 and tx.gap(idx[-1]) in HYPHENS) \
            and not (len(idx) > 1 and lowercase_head(tx, idx[:-1], idx[-1])):
        idx = idx[:-1]  # (but keep "Jong-un", "Центральный банк", "Амурской области")
    idx = capitals_trimmed(tx, idx)  # "FEDERAL GOVERNMENT SAID": common words in capitals
    if not idx:
        return []
    cut, office = trailing_codes(tx.text, toks, idx)  # "James Roche SAF/OS", "Neil Flewitt QC", "Dr. SAF/OS"
    person = cut > 1 and (titled or all(_classify(tx, s, False) == _GUESS for s in (idx, idx[:cut])))  # not "Real Madrid CF"
    if cut < len(idx) and (office and (cut or titled) or person):
        return (_segment(tx, idx[:cut], titled) if cut else []) + _segment(tx, idx[cut:], False)
    words = [toks[k].bare for k in idx]
    if people_word(lex, words, lang):
        return []  # "Americans", "Sunni Muslim", "Roman Catholic" (not "l'Argentine", "Libyens": the countries)
    lead = demonym_lead(tx, idx, words)
    if lead and not titled:
        return _after_demonym(tx, idx, lead)
    if len(idx) == 1 and not titled and (words[0].casefold() in lex.directions or place_adjective(lex, words[0], lang)
                                         and not given_name(tx, idx[0], lambda run: _classify(tx, run, False) == _GUESS)):
        return []  # "the North": a direction; "Βρετανική", "Britská", "Peruvian", "Черноморскую": an adjective
    amount = len(idx) < 2 or (toks[idx[1]].num and tx.gap(idx[1]) == " ")  # "the Rs 615 crore mission", not "RS-68"
    if not titled and words[0].casefold() in MONEY_BEFORE and amount:
        return _segment(tx, idx[1:], False)  # a currency before an amount is no name
    if len(idx) == 1 and not titled and ROMAN.fullmatch(words[0]):
        return []  # "del siglo XII": a numeral names something only after a name ("Felipe VI")
    if len(idx) > 1 and tx.gap(idx[-1]) in HYPHENS and lex.is_cue("org_cues", words[-1], lang, compounds=False):
        return [Cand(idx[0], idx[-2] + 1, "ORG", 1)]  # "Siemens-Konzern": the name is Siemens
    if lang in lex.noun_marker_langs and len(idx) > 1 and all(tx.gap(k) in HYPHENS for k in idx[1:]) \
            and lex.common_noun_context([], words[-1], lang):  # a German compound is what its last part is
        head = " ".join(words[:-1])  # "nach UN-Angaben": a common noun, of a known name; "Medien-Berichte": none
        return _segment(tx, idx[:-1], False) if lex.place(head, lang) or lex.institution(head, lang) else []
    if not titled and words[0].casefold() in tx.nouns and not (lex.place(words[0], lang) or lex.institution(
            words[0], lang) or foreign_head(tx, words)):  # (not "Die Shiv Sena", the article's noun a foreign name)
        rest = 1  # "nach eigenen Angaben"; the article governs a whole compound: "der Metal-Band Gojira"
        while rest < len(idx) and tx.gap(idx[rest]) in HYPHENS:
            rest += 1
        return _after_noun(tx, words[0], _segment(tx, idx[rest:], False)) if rest < len(idx) else []
    if len(idx) > 1 and not titled and not words[0].casefold().endswith(("e", "en", "er", "es", "em")) \
            and lex.common_noun_context(_lower_before(tx, idx[0]), words[0], lang) and not foreign_head(tx, words):
        # "der Lokführergewerkschaft GDL": a common noun before the name (not "Die Shiv Sena": a borrowed head)
        return _after_noun(tx, words[0], _segment(tx, idx[1:], False))
    if titled and len(idx) > 1:  # "Президент России Владимир Путин", "Глава МИД Китая Ван И"
        for m in (3, 2, 1):
            head = " ".join(words[:m])
            if m < len(idx) and (lex.place(head, lang) or lex.institution(head, lang)
                                 or (m == 1 and toks[idx[0]].allcaps)
                                 or (m == 2 and words[0].casefold() in lex.place_prefixes)):  # "Глава Новой Каховки …"
                return _segment(tx, idx[:m], False) + _segment(tx, idx[m:], True)
    if not titled and len(idx) > 2 and lang in lex.lowercase_org_langs:
        # "…собрания Армении Ален Симонян": the office's country, then its holder (where an
        # organisation's name writes its words after the first in lower case, no name goes on so)
        for m in (3, 2, 1):
            if len(idx) - m >= 2 and lex.place(" ".join(words[:m]), lang):
                rest = _segment(tx, idx[m:], False)
                if len(rest) == 1 and rest[0].guess and (rest[0].i, rest[0].j) == (idx[m], idx[-1] + 1):
                    return _segment(tx, idx[:m], False) + rest
                break
    if len(idx) == 1 and (lex.is_cue("office_adjectives", words[0], lang, compounds=False)
                          or (titled and office_word(tx, idx[0]))):
        return []  # "председатель Государственных дел", "υπουργός Δικαιοσύνης": part of an office's name
    if len(idx) == 1 and not titled and cue_alone(lex, words[0], lang, _CUES) \
            and not (lex.place(words[0], lang) or lex.institution(words[0], lang)):
        return []  # a head word alone ("Government", "Polizei"), or a legal form ("ООО") names nothing
    label = _classify(tx, idx, titled)
    if label == "MISC" and len(idx) > 3:  # "Juegos Olímpicos de París": the event, then its place
        # (not after one word: "the Tour de France", "Copa de España" are one name)
        for p in range(2, len(idx) - 1):
            if toks[idx[p]].low in lex.particles and lex.place(" ".join(words[p + 1:]), lang):
                return _segment(tx, idx[:p], titled) + [Cand(idx[p + 1], idx[-1] + 1, "PLACE", 1)]
    joiners = [p for p, k in enumerate(idx) if toks[k].low in lex.org_only_joiners]
    if joiners and label not in ("ORG", "PLACE"):  # "of"/"für" join organisation names only
        cuts = [-1] + joiners + [len(idx)]
        return [c for a, b in zip(cuts, cuts[1:]) for c in _segment(tx, idx[a + 1:b], titled and a < 0)]
    if len(idx) == 1 and not titled and label == "MISC":
        t = toks[idx[0]]
        if len(t.text) == 1 or (lex.common_noun_context(_lower_before(tx, idx[0]), t.text, lang)
                                and t.bare.casefold() not in tx.buyers) \
                or parenthesised_qualifier(tx, idx[0]) or position_word(tx, idx[0]) \
                or title_modifier(tx, idx[0]):  # "Money markets …", "Former president …"
            return []
    first = idx[0]
    if label == "PRODUCT" and first > 0 and toks[first - 1].num and glued(tx.text, toks, first, lex) \
            and not (first > 1 and toks[first - 2].num and tx.gap(first - 1) in (",", ".")):
        first -= 1  # "737 Max 9"; not the last group of an amount, which counts ("50,000 Prius cars")
    guess = label == _GUESS
    return [Cand(first, idx[-1] + 1, "PERSON" if guess else label, 1, guess)]


def _classify(tx: TextFacts, idx: list[int], titled: bool) -> str:
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    words = [toks[k].bare for k in idx]
    span = " ".join(words)
    if lex.place(span, lang) or country(span):  # (GeoNames' table of countries: "Mali", "Peru")
        return "PLACE"
    if lex.institution(span, lang) or org_words(tx, idx, words):  # "Federal Aviation Administration", "Volkswagen AG"
        return "ORG"
    if titled and not any(model_code(w) for w in words):  # "son premier A321XLR": no person's name is a model's code
        return "PERSON"
    if lex.is_cue("place_cues", words[-1], lang) or product_follows(tx, idx[-1], "place_cues") or (len(idx) > 1 and (
            words[0].casefold() in lex.place_prefixes or lex.is_cue("place_cues", words[0], lang, compounds=False))):
        return "PLACE"  # "Vostochny Cosmodrome", "the Dnipro river"; "River Seine", "Nova Kakhovka", "Estadio Olímpico"
    if len(idx) > 1 and any(w.casefold() in lex.directions for w in words):
        return "PLACE"  # "Far East", "Fernen Osten Russlands", "Middle East"
    if len(idx) > 1 and (lex.is_cue("event_nouns", words[-1], lang)
                         or (lang in HEAD_FIRST and lex.is_cue("event_nouns", words[0], lang))):
        return "MISC"  # "Olympic Games", "European Championship": an event, not a person
    if any(c.isdigit() for w in words for c in w) or lex.is_cue("product_nouns", words[-1], lang, compounds=False) \
            or product_follows(tx, idx[-1]) or model_after_noun(tx, idx):  # "лимузин Aurus Senat"
        return "PRODUCT"
    if org_before(tx, idx, before := _lower_before(tx, idx[0])) or (
            org_list(tx, idx[0], idx[-1] + 1, person_shaped(tx, idx, words))):
        return "ORG"  # "la empresa Telefónica", "Компания «Яндекс»"; "airlines such as Lufthansa and Eurowings"
        # (not "The board, including Elon Musk": an organisation's examples may be its members)
    if lex.prep_before(before, lang) and not (len(idx) == 1 and modifies_noun(tx, idx[0]) or owns_noun(tx, idx)) \
            or tx.where_after(idx[-1]) or (
            len(idx) == 1 and not toks[idx[0]].allcaps and lex.site_before(before, lang)) or (
            before and lex.fused_place_prep(before[0], lang) and indexed_place(span, lang, lex.city_prep(before[0], lang))):
        return "PLACE"  # "in Nairobi", "в Москве"; "the Conciergerie, where"; "au Trocadéro", "en el Louvre";
        # "no Arizona", "nel Texas": a region the where index knows after a fused preposition (a city after "bei")
    prev = toks[idx[0] - 1] if idx[0] > 0 and glued(tx.text, toks, idx[0], lex) else None
    if (prev is not None and tx.initial[idx[0] - 1] and lex.place_prep(prev.text, lang)) \
            or place_list(tx, idx[0], idx[-1] + 1):  # "В Новой Каховке, Голой Пристани и Алешках"
        return "PLACE"  # "In Marrakech, …": the preposition is capitalised at the sentence start
    if len(idx) > 1 and prev is not None and lang in lex.noun_marker_langs \
            and prev.low in lex.noun_markers(lang):
        return "MISC"  # "Das Technische Hilfswerk": German names of people take no article
    if place_noun_before(tx, idx, _lower_before(tx, idx[0], 4)):
        return "PLACE"  # "the city of Derna", "la región ucraniana de Jersón", "el río Dniéper"
    if len(idx) > 1 and ((prev is not None and lex.article(prev.text, lang)) or lex.article(words[0], lang)):
        # "du Haut Atlas", "the Grand Palais", "La Haye": nor do English or Romance ones; "en el Santiago
        # Bernabéu": a person's name after an article and a site's preposition is a place called after him
        return "PLACE" if prev is not None and person_shaped(tx, idx, words) and lex.named_site_before(before, lang) \
            and not any(toks[k].low in lex.particles or toks[k].allcaps or counted_noun(tx, k) for k in idx) \
            else "MISC"  # (not "la Audiencia de Valencia", "el PGA Tour": a body's or an event's name, capitalised
        # too, holds particles and acronyms; nor "el Monedero Patria", whose text counts "los monederos")
    if prev is not None and lex.ordinal(prev.text, lang):
        return "MISC"  # "the 18th Lok Sabha", "la 75e Assemblée": an ordinal numbers a body or an event
    if len(idx) == 1 and toks[idx[0]].allcaps and 2 <= len(words[0]) <= 6:
        return "ORG"
    return _GUESS if person_shaped(tx, idx, words) else "MISC"


def _after_demonym(tx: TextFacts, idx: list[int], lead: int) -> list[Cand]:
    """A nationality word before a name: where such a word is capitalised only
    as a noun (French "le Nord-Coréen Kim Jong-un") it describes the person,
    as a title does; where adjectives of nationality are capitalised too
    (English), or in names (German "Deutsche Bahn"), it opens many names
    ("Korean Air", "Chinese Communist Party"), so only a name the rest alone
    would guess to be a person's is split from it ("American Serena Williams", "der Spanier
    Rafael Nadal").  An English one in another language's text is an adjective still: "British Airways"."""
    nouns = tx.lang not in tx.lex.capital_demonym_adjectives
    label = _classify(tx, idx, False)
    # (an article before it is the noun's in German, "der Spanier Carlos Alcaraz"; the name's in English)
    rest = _segment(tx, idx[lead:], False) if label == _GUESS or nouns or tx.lang in tx.lex.noun_marker_langs else []
    whole = len(rest) == 1 and (rest[0].i, rest[0].j) == (idx[lead], idx[-1] + 1)
    if nouns and whole and (rest[0].guess or rest[0].label == "MISC"):  # not "British Airways" in a French text
        return _segment(tx, idx[lead:], True)
    if len(idx) - lead >= 2 and whole and rest[0].guess:
        return rest
    # no person's name starts with one ("French Olympic greats", "the Central American Common Market")
    return [Cand(idx[0], idx[-1] + 1, "MISC" if label == _GUESS else label, 1)]


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
                out.extend(_segment(tx, list(range(k.j, c.j) if k.i == c.i else range(c.i, k.i)), False))
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
    caseless = caseless_cands(tx.text, tx.toks, tx.lang)
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
    out = []
    for c in sorted(chosen, key=lambda c: c.i):
        last = tx.toks[c.j - 1]
        start, end = tx.toks[c.i].start + c.lead, last.start + len(last.bare)  # without "'s", "'de", "ب" of "بلندن"
        surface = text[start:end]
        out.append(EntityMention(text=surface, start=start, end=end, label=c.label, key=c.key or entity_key(surface)))
    return out
