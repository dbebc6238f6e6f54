"""Companies and other organisations told by their legal form or the class noun before them.

A company's name is most often one word no lexicon holds ("Gazprom",
"Iberia", "Caritas"), so nothing in the name says what it names.  Two things
around it do, in every language that writes them:

* its legal form, a closed list per jurisdiction, written after the name
  ("Volkswagen AG", "Nestlé S.A.", "Unilever PLC", "Siemens Energy GmbH") or,
  in Russian and Ukrainian, before it ("ПАО «Газпром»", "ООО «Ромашка»");
  a person's name never ends or opens with one;
* a class noun in apposition before it ("the company Gazprom", "la compagnie
  espagnole Iberia", "Компания «Яндекс»", "Die Hilfsorganisation Caritas").
  Lower-case class nouns were read already (``org_cues`` in the words
  before a name); this also reads the one capitalised only by its place, at
  a sentence's start, and a German one, capitalised as every noun is and so
  never read as part of the name after it.

A sports club's name is a club word and its town ("Real Madrid"), and a word
of letters and digits is a model's code ("A321XLR"), never a person's name.
A bare name that shares, shareholders or a chief executive are said of is a
company ("Shares of Boeing", "Boeing shares": :func:`business_labels`), and so is an
English subject that "its" points back to ("Samsung said its Galaxy S24 would ship":
:func:`its_subject`; a person is "his" or "her"), or that recalls products
(``entity_makers.recalls_products``), and a bare name the text also writes
with its legal form (:func:`legal_cores`: "Tesla Inc … Tesla", keyed as one).  The
examples a class noun of organisations gives are organisations ("airlines such as
Lufthansa and Air France": :func:`org_list`), and a nation's carrier is named by a
service noun and the country ("Air France", "Deutsche Bahn": :func:`national_service`).
Used by :func:`storyline.analyse.entity_segments.classify`; the word lists are data
(``legal_forms``, ``club_words``, ``service_nouns``, ``member_nouns``, ``business_nouns`` in ``entity_lexicon.json``).
"""
from __future__ import annotations

import functools
import json

from storyline.analyse.entity_inflect import genitive_name, oblique_person, person_word
from storyline.analyse.entity_makers import brand_labels, recalls_products, verb_reaches
from storyline.analyse.entity_patterns import LEXICON_PATH, Lexicon
from storyline.analyse.entity_text import TextFacts

_QUOTES = " \u00a0\"'«»“”„‹›"


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {kind: data.get(kind, {}) for kind in ("legal_forms", "club_words", "member_nouns", "service_nouns",
                                                  "inclusive_example_words", "alliance_nouns")}


@functools.lru_cache(maxsize=1)
def _legal_forms() -> dict[str, frozenset[str]]:
    """``after``: forms written after the name; ``before``: those written before it (Russian "ООО")."""
    forms = _data()["legal_forms"]
    return {side: frozenset(forms.get(side, ())) for side in ("after", "before")}


@functools.lru_cache(maxsize=1)
def _member_nouns() -> dict[str, tuple[str, ...]]:
    return {lang: tuple(words) for lang, words in _data()["member_nouns"].items() if lang != "_doc"}


@functools.lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    return frozenset(_data()["club_words"].get("words", ()))


def club(tx: TextFacts, words: list[str]) -> bool:
    """A sports club's name: a club word, then (after a particle) a town or country
    ("Real Madrid", "Olympique de Marseille", "Dynamo Kyiv").  Alone, "Real" is an
    adjective ("Palacio Real") and a town is a place; together they name a club."""
    from storyline.analyse.where import country_of  # (where reads the resolver, which reads the lexicon)

    if len(words) < 2 or words[0].casefold() not in _club_words():
        return False
    rest = words[2:] if len(words) > 2 and words[1].casefold() in tx.lex.particles else words[1:]
    place = " ".join(rest)
    return bool(rest) and bool(tx.lex.place(place, tx.lang) or country_of(place, tx.lang))


def national_service(tx: TextFacts, words: list[str]) -> bool:
    """Two words, a noun of a network service (the lexicon's ``service_nouns``, the text's
    language or English) and a country's name or adjective, in either order: the name
    of the carrier that runs that service for the nation ("Air France", "Air India",
    "China Mobile", "Deutsche Bahn", "Deutsche Telekom").  Such a name holds a common
    word, so no person's, and a country's name, so it was read as the country or, whole,
    as a person guessed; the service noun says what it is, as a club word does of a
    club's name ("Real Madrid")."""
    from storyline.analyse.entity_demonyms import country, place_adjective

    if len(words) != 2:
        return False
    nouns = _data()["service_nouns"]
    service = set(nouns.get(tx.lang, ())) | set(nouns.get("en", ()))
    return any(noun.casefold() in service and (country(other) or tx.lex.is_demonym([other])
                                               or place_adjective(tx.lex, other, tx.lang))
               for noun, other in ((words[0], words[1]), (words[1], words[0])))


def legal_form(word: str, side: str) -> bool:
    """``word`` is a company's legal form written on ``side`` of the name: compared without
    its periods and case ("S.A." is "sa", "GmbH" "gmbh"), but only as a form is written,
    with a capital ("sa", "se" are pronouns of Spanish and French)."""
    return word[:1].isupper() and word.replace(".", "").casefold() in _legal_forms()[side]


def cue_alone(lex: Lexicon, word: str, lang: str, kinds: tuple[str, ...]) -> bool:
    """``word`` is a head word of one of ``kinds`` ("Government", "Polizei") or a legal form
    written before names ("ООО"): alone, it names nothing."""
    return any(lex.is_cue(kind, word, lang, compounds=False) for kind in kinds) or legal_form(word, "before")


def _descriptor(tx: TextFacts, k: int, one_word: bool) -> bool:
    """Token k, capitalised, is a class noun of organisations in apposition to the name
    after it: capitalised only by its place (a sentence's or quotation's first word) with the
    name in quotes ("Компания «Яндекс»"; unquoted, the name after it may be its owner's in
    the genitive, "Компания Маска"), or a German noun (capitalised as every noun is) before
    a one-word or quoted name ("Der Konzern RWE"; not before a person's name, and not a noun
    that names a member too: "Stadtrat Thomas Müller", "Landrat Adam", a councillor)."""
    t = tx.toks[k]  # (not a possessive: "the company's St. Louis operation" is a place)
    if not (t.cased and t.cap and t.bare == t.text and tx.lex.is_cue("org_cues", t.text, tx.lang)):
        return False
    quoted = any(q in tx.gap(k + 1) for q in "«„“\"")
    if tx.lang in tx.lex.noun_marker_langs:
        low = t.text.casefold()
        return (one_word or quoted) and not any(low.endswith(m) for m in _member_nouns().get(tx.lang, ()))
    return tx.initial[k] and quoted


def model_code(word: str) -> bool:
    """A word of letters and digits ("A321XLR", "S24"): a product's or model's code, never
    a person's name, though a title-like word may stand before it ("son premier A321XLR")."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def org_words(tx: TextFacts, idx: list[int], words: list[str]) -> bool:
    """The name holds an organisation's head word ("Federal Aviation Administration"), or
    ends in a borrowed one (:func:`final_head`: "Shiv Sena"), or in a legal form
    ("Volkswagen AG"), or opens with one ("ПАО Сбербанк"), or is a club's ("Real Madrid"),
    or a nation's carrier's ("Air France", "Deutsche Bahn")."""
    if any(tx.lex.is_cue("org_cues", w, tx.lang) for w in words) or final_head(tx, words) or club(tx, words) \
            or national_service(tx, words):
        return True
    return len(idx) > 1 and (legal_form(tx.toks[idx[-1]].text, "after") or legal_form(tx.toks[idx[0]].text, "before"))


def final_head(tx: TextFacts, words: list[str]) -> bool:
    """The name of two words or more ends in a head word of organisations borrowed from
    another language (the lexicon's ``final_org_heads``: "Shiv Sena", "Rashtriya Janata
    Dal", "Jharkhand Mukti Morcha", "Шив Сена").  Such a word heads the name only in that
    place: first or alone it is a given name, a word of the language or a place ("Sena
    Kesikbaş", "Dal Lake", the Spanish "Sena"), which an ``org_cues`` word, read anywhere
    in a name, is not; and a name ending in it is no person's, which is what, with no
    cue, it was guessed to be.  Where a dictionary reads names' cases (Russian, Ukrainian),
    not a head it reads as a genitive after a word it reads as a person's name: "Ким Ир
    Сена" is Kim Il Sung in the genitive ("площади Ким Ир Сена", "Портрет Ким Ир Сена"),
    "Сена" a case of "Сен"; "Шив Сена", "Раштрия Джаната Дал" are parties.  Every word
    capitalised: a particle between joins two names ("Jyotiraditya Scindia para Rajya Sabha");
    not after a place noun, where the word is a place's ("Río Sena", the Seine)."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and tx.lex.is_cue(
        "final_org_heads", words[-1], tx.lang, compounds=False) and not (
        genitive_name(words[-1], tx.lang) and any(person_word(w, tx.lang) for w in words[:-1])) \
        and not tx.lex.is_cue("place_cues", words[0], tx.lang, compounds=False)  # "Río Sena": the Seine


def genitive_owner(tx: TextFacts, words: list[str], p: int) -> bool:
    """Word ``p`` of a run ends the name of the owner, in a genitive that adds an -s
    (the lexicon's ``genitive_s``: German, Dutch, the Scandinavian languages), of the
    organisation the rest of the run names by a head word ("Uddhav Thackerays Shiv Sena":
    Uddhav Thackeray's party; :func:`final_head` or an ``org_cues`` word, which had
    glued owner and party into one ORG).  The owner is of two words or more, its last
    capitalised and ending in one -s ("Congress" of "Nationalist Congress Party" ends in
    two), no word of it a stop word or a place ("Die Jammu Kashmir Peoples Democratic
    Party" is one name); the rest every word capitalised (not "Chefvolkswirt Thomas Gitzel
    von der VP Bank": a particle joins a person and a bank); the caller asks that the owner
    be shaped as a person's name."""
    word, rest, lex = words[p], words[p + 1:], tx.lex
    return lex.genitive_adds_s(tx.lang) and p >= 1 and len(word) >= 4 and word[:1].isupper() \
        and word.endswith("s") and not word.endswith("ss") and rest and all(w[:1].isupper() for w in rest) \
        and (final_head(tx, rest) or any(lex.is_cue("org_cues", w, tx.lang) for w in rest)) \
        and not any(lex.stopword(w, tx.lang) or lex.place(w, tx.lang) for w in words[:p + 1])


def foreign_head(tx: TextFacts, words: list[str]) -> bool:
    """A German run of two words or more ends in a head word of another language's
    organisations (:func:`final_head`, or an English ``org_cues`` word German does not
    list: "Die Shiv Sena", "Die Samajwadi Party"): the name is that language's, all of it,
    not a German common noun before a name (which an article before its first word made
    "Shiv" and "Samajwadi" look like)."""
    if len(words) < 2 or any(tx.lex.is_cue(kind, words[0], tx.lang) for kind in ("org_cues", "titles", "place_cues")):
        return False  # (a class noun before the name: "Fluggesellschaft Ethiopian Airlines")
    last = words[-1].casefold()
    own = tx.lex._raw["org_cues"].get(tx.lang, ())
    return final_head(tx, words) or (last in tx.lex._raw["org_cues"].get("en", ()) and last not in own)


def org_before(tx: TextFacts, idx: list[int], before: list[str]) -> bool:
    """A class noun of organisations, or a legal form, in apposition right before the name.

    ``before``: the lower-case words before it (``entity_nouns.lower_before``;
    "la empresa Telefónica", "la compagnie espagnole Iberia").  Else the word
    right before the name, across spaces and quotes only, is read: a legal form
    written before names ("ПАО «Газпром»"), or a class noun capitalised by its
    place or as a German noun ("Компания «Яндекс»", "Die Hilfsorganisation
    Caritas").  Not an unquoted person's name in the genitive: the noun's possessor
    ("партия Путина", :func:`~storyline.analyse.entity_inflect.oblique_person`).
    """
    k = idx[0] - 1
    if k >= 0 and not tx.gap(idx[0]).strip() and oblique_person(tx.toks[idx[-1]].bare, tx.lang):
        return False  # "партия Путина": a person's genitive after the noun is its possessor (entity_inflect)
    if any(tx.lex.is_cue("org_cues", w, tx.lang) for w in before):
        return True
    if k < 0 or tx.gap(idx[0]).strip(_QUOTES):
        return False
    return legal_form(tx.toks[k].text, "before") or _descriptor(tx, k, len(idx) == 1)


def _business_noun(tx: TextFacts, first: int, last: int) -> bool:
    """A noun of a company's shares, owners or head (``business_nouns``) ends at token
    ``last`` and starts at ``first`` or one word earlier ("chief executive")."""
    return any(a >= 0 and tx.lex.phrase_at("business_nouns", [t.bare for t in tx.toks[a:last + 1]], 0, tx.lang,
                                           compounds=False) == last + 1 - a for a in (first, first - 1))


def office_of_company(tx: TextFacts, k: int) -> bool:
    """Token k, a German title, is a company's head ("Vorstandsvorsitzender", "Konzernchef":
    ``business_nouns``) and a particle and a capitalised word follow it: the word is the company
    the office is of ("Vorstandsvorsitzender von Thyssenkrupp"), no nobility particle opening a
    holder's surname, which follows a head of state ("Bundespräsident von Weizsäcker", h-names32)."""
    toks = tx.toks
    return tx.lang in tx.lex.noun_marker_langs and k + 2 < len(toks) and _business_noun(tx, k, k) \
        and toks[k + 1].low in tx.lex.particles and toks[k + 2].cap and tx.gap(k + 2) == " "


# possessive pronouns said of a thing only, never of a person: a closed list, where a language
# has one (German "sein", French "son", Russian "его" are a man's too)
THING_POSSESSIVES = {"en": {"its"}}


def its_subject(tx: TextFacts, c, chosen: list) -> bool:
    """The bare name ``c`` is the subject of the verb after it, and "its" is what owns
    the verb's object: "Samsung said its Galaxy S24 would ship", "Apple unveiled the
    iPhone 15 at its headquarters".  A person is "his" or "her", a place the gazetteer
    or the where index labels already, so a name a thing's possessive points back to
    is an organisation.  Only where no other word could own "its": between the verb
    and it stand function words, numbers and product names only, within the sentence
    and its clause (no comma); "Putin said the army had lost its" is the army's.  Not a
    name after an article ("the Tour continuing on its way": a thing, an event), nor a
    participle, which makes no clause of its own ("Setting out its plans, the
    government": a sentence's first word capitalised by its place).  An auxiliary may stand
    before the verb (:data:`AUXILIARIES`: "Shell had sold its assets")."""
    owned = THING_POSSESSIVES.get(tx.lang)
    if not owned:
        return False
    target, verb = (lambda m, products: tx.toks[m].low in owned), c.j
    aux = verb + 1 < len(tx.toks) and tx.toks[verb].low in AUXILIARIES.get(tx.lang, ()) \
        and tx.gap(verb + 1) == " " and tx.toks[verb + 1].cased and not tx.toks[verb + 1].cap \
        and not tx.lex.stopword(tx.toks[verb + 1].text, tx.lang)  # "Shell had sold its assets" (h-names27)
    return verb_reaches(tx, c, chosen, target, span=2 if aux else 0)


# an auxiliary before the verb of a name's clause: "Shell had sold its assets", "Nike has moved its"
AUXILIARIES = {"en": {"has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must", "did",
                      "does", "is", "was"}}


def business_labels(tx: TextFacts, chosen: list) -> None:
    """Relabel ORG each MISC name of ``chosen`` that a noun of a company's shares, owners or
    head is said of, or that recalls its products (``entity_makers.recalls_products``), and the text's
    other MISC mentions of it: "Shares of Boeing", "Boeing shares", "Tesla's chief executive",
    "acciones de Iberdrola", "акционеры Сбербанка".  A
    company is most often named bare ("Boeing"), a word no lexicon holds; what is said of it
    is what only a company has.  The noun is read before the name with a particle between
    ("of", "de", "von"; in Russian, whose genitive needs none, right before it: a name in the
    nominative there is the sentence's subject, so the noun must end a phrase, as a title does
    not) or, in English, right after the name or its possessive; a person's name is never
    relabelled (a title before "CEO Tim Cook" made it PERSON already).  Neither a name nor a
    noun joined by a slash to another word: a slash lists alternatives, a form's options
    ("Job: … Broker/Trader/Advisor CEO/President/Chairman"), and says nothing of the name.
    A name guessed to be a person's that "its" points back to is relabelled too (a person
    is never "its": "Time Warner said its"; not one holding a place's name, which may be
    the place: "Host China maintained its supremacy"), as is a bare mention of a company the
    text also names with its legal form (:func:`legal_cores`: "Tesla Inc … Tesla"), and a borrowed head word
    alone that ends an organisation's name of the text (:func:`final_head`: "Shiv Sena … the Sena"), and the
    maker a named model of the text opens (``entity_makers.brand_labels``: "Aurus Senat … an Aurus")."""
    from storyline.analyse.entity_acquirers import acquired, acquires
    from storyline.analyse.entity_keys import entity_key

    toks, found = tx.toks, set()
    for c in chosen:
        if c.label != "MISC":
            if c.guess and (its_subject(tx, c, chosen) or recalls_products(tx, c, chosen)) and not any(  # "Time Warner said its": no person's
                    tx.lex.place(toks[k].bare, tx.lang) for k in range(c.i, c.j)):  # (a place is "its" too: "Host China")
                found.add(entity_key(tx.span(c.i, c.j)))
            continue
        k = c.i - 1
        particle = k >= 1 and toks[k].low in tx.lex.particles and tx.gap(c.i).strip() == ""
        before = particle and _business_noun(tx, k - 1, k - 1) and not tx.gap(k).strip()
        if tx.lang == "ru" and k >= 0 and not tx.gap(c.i).strip() and (not toks[k].cap or tx.initial[k]):
            before = before or _business_noun(tx, k, k)  # "акционеры Сбербанка", "Акционеры Сбербанка заявили"
        j = c.j
        after = tx.lang == "en" and j < len(toks) and not tx.gap(j).strip() and tx.gap(j) == " " \
            and (_business_noun(tx, j, j) or _business_noun(tx, j, j + 1))
        listed = "/" in tx.gap(c.i) or (j < len(toks) and "/" in tx.gap(j)) or (
            after and j + 1 < len(toks) and "/" in tx.gap(j + 1))
        # (not listed: a form's options, "Broker/Trader/Advisor CEO/President")
        if (before or after or its_subject(tx, c, chosen) or recalls_products(tx, c, chosen)
                or acquires(tx, c, chosen) or acquired(tx, c)) and not listed:  # "Zorblax acquired the startup",
            # "übernimmt den Konkurrenten Qux" (entity_acquirers)
            found.add(entity_key(tx.span(c.i, c.j)))
    found |= legal_cores(tx, chosen)  # "Tesla Inc … Tesla recalled": the company's name less its form
    found |= {entity_key(toks[c.j - 1].bare) for c in chosen if c.label == "ORG" and final_head(
        tx, [t.bare for t in toks[c.i:c.j]])}  # "Shiv Sena … the Sena": the borrowed head alone is its short form
    for c in chosen:
        if (c.label == "MISC" or c.guess) and found and entity_key(tx.span(c.i, c.j)) in found:
            c.label, c.guess = "ORG", False
    brand_labels(tx, chosen)  # "Aurus Senat … an Aurus": the model's maker


# the endings that make a noun's plural in the languages whose cues are read so (English
# "airlines", "companies"; German "Konzerne", "Fluggesellschaften"; Romance "empresas",
# "compagnies"): a closed list, so a class noun's plural reads as the noun does
PLURAL_ENDINGS = ("s", "es", "e", "en", "n", "x")


def class_noun(lex: Lexicon, word: str, lang: str) -> bool:
    """``word`` is a class noun of organisations in either number: an ``org_cues`` word
    ("company", "Fluggesellschaft") or its plural ("companies", "carmakers",
    "Fluggesellschaften", "empresas"), a compound by its last part (of four letters or
    more) where the language writes compounds as one word."""
    if lex.is_cue("org_cues", word, lang):
        return True
    low = word.casefold()
    for cue in lex._raw["org_cues"].get(lang, ()):
        forms = {cue + e for e in PLURAL_ENDINGS} | ({cue[:-1] + "ies"} if cue.endswith("y") else set())
        if low in forms or (lang in lex.suffix_langs and len(cue) >= 4 and any(
                low.endswith(f) and len(low) > len(f) + 2 for f in forms)):
            return True
    return False


def org_list(tx: TextFacts, i: int, j: int, person: bool = False) -> bool:
    """The name over tokens [i, j) is one of the examples a class noun of organisations
    gives, alone or in a list ("airlines such as Lufthansa and Air France",
    "Fluggesellschaften wie Lufthansa und Air France", "carmakers like Tesla",
    "empresas como Iberdrola o Repsol"): every member is an organisation, as every
    member after "villages such as" is a place (``entity_heads.place_list``).  The noun
    (``entity_heads.example_noun``) is lower case, capitalised by the sentence's start,
    or a German noun.  ``person``: the name is one a person's could be, which an
    organisation's examples are only where the example word gives kinds of it ("such as",
    "like"), not where it may list its members (the lexicon's ``inclusive_example_words``:
    "The board, including Elon Musk")."""
    from storyline.analyse.entity_heads import example_noun, list_start

    start, toks = list_start(tx, i, j), tx.toks
    noun = None if start is None else example_noun(tx, start)
    if noun is None:
        return False
    inclusive = _data()["inclusive_example_words"].get(tx.lang, ())
    if person and any(" ".join(t.low for t in toks[max(0, start - n):start]) in inclusive for n in (1, 2, 3)):
        return False
    t = toks[noun]
    return t.bare == t.text and class_noun(tx.lex, t.text, tx.lang) and (
        not t.cap or tx.initial[noun] or tx.lang in tx.lex.noun_marker_langs)


def legal_cores(tx: TextFacts, chosen: list) -> set[str]:
    """The keys of the names the text writes with a legal form, less the form ("Tesla Inc",
    "Volkswagen AG": "tesla", "volkswagen"), each such mention keyed so too (``Cand.key``).
    A legal form is an appendage the company's own name goes without; so the text's bare
    mentions of that name are the company's ("Tesla Inc said … Tesla recalled": ORG), and
    the name with its form joins the one without in the store (one entity, not "Tesla Inc"
    beside "Tesla").  Only an ORG whose name is more than its form; keyed so only where the
    name less its form is one word: the resolver may file a key with an entity of any label,
    and "Walt Disney Co" is not the man."""
    from storyline.analyse.entity_keys import entity_key

    out = set()
    for c in chosen:
        if c.label != "ORG" or c.j - c.i < 2:
            continue
        i, j = c.i, c.j
        if legal_form(tx.toks[j - 1].text, "after"):
            j -= 1
        elif legal_form(tx.toks[i].text, "before"):
            i += 1
        else:
            continue
        core = entity_key(tx.span(i, j))
        if core:
            if j - i == 1:  # (a core of several words may be a person's name: "Walt Disney Co")
                c.key = c.key or core
            out.add(core)
    return out
