"""A run's segments named and labelled: what the capitalised words left by ``entities._run_cands``
(titles, portfolios and common words taken out) are, and which label their words and the words
around them give (split from ``entities`` by concept, h-names30).

:func:`segment` turns one segment into candidates: it trims articles and particles, splits codes,
currencies, demonyms, common nouns before a name, an office's country before its holder and an
event before its place off, and drops what names nothing (a head word alone, a direction, a place
adjective, a lone Roman numeral).  :func:`classify` labels what is left from the gazetteer, head
words, titles, prepositions and articles, defaulting to a guessed person (:data:`GUESS`) for 2-4
words shaped as a person's name (``entity_shape.person_shaped``) and MISC for one.
"""
from __future__ import annotations

from storyline.analyse.entity_capitals import capitals_trimmed
from storyline.analyse.entity_codes import ROMAN, trailing_codes
from storyline.analyse.entity_common import position_word, title_modifier
from storyline.analyse.entity_demonyms import country, demonym_lead, given_name, people_word, place_adjective, \
    place_adjective_er
from storyline.analyse.entity_heads import HEAD_FIRST, indexed_place, model_after_noun, office_word, place_list, \
    product_follows
from storyline.analyse.entity_nouns import acronym_modifier, adjective_noun, after_noun as _after_noun, bare_noun, \
    before_legal_form, lower_before as _lower_before, plural_noun
from storyline.analyse.entity_wordlist import common_words
from storyline.analyse.entity_orgs import cue_alone, foreign_head, model_code, org_before, org_list, org_words
from storyline.analyse.entity_parts import lowercase_head, modifies_noun, owns_noun, parenthesised_qualifier, \
    place_noun_before
from storyline.analyse.entity_shape import counted_noun, person_shaped
from storyline.analyse.entity_spans import HYPHENS, Cand, acronym_shaped, glued
from storyline.analyse.entity_text import TextFacts
from storyline.facts.figures import MONEY_BEFORE

__all__ = ["GUESS", "classify", "common_plural", "segment"]

GUESS = "PERSON?"  # 2-4 capitalised words with no cue: a person, unless evidence elsewhere says otherwise
CUES = ("titles", "org_cues", "place_cues", "product_nouns", "event_nouns", "business_nouns")  # alone, a head word names nothing ("Shares")


def segment(tx: TextFacts, idx: list[int], titled: bool) -> list[Cand]:
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    if titled and idx and lex.genitive_article(toks[idx[0]].text, lang):
        titled = False  # "Direktor des Berliner Maxim Gorki Theatre": the body the title is of, no holder
        if body := _genitive_body(tx, idx):  # "Vizepräsidentin des Europäischen Parlaments Ulrike Lunacek"
            return _body(tx, idx[1:body]) + segment(tx, idx[body:], True)
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
    person = cut > 1 and (titled or all(classify(tx, s, False) == GUESS for s in (idx, idx[:cut])))  # not "Real Madrid CF"
    if cut < len(idx) and (office and (cut or titled) or person):
        return (segment(tx, idx[:cut], titled) if cut else []) + segment(tx, idx[cut:], False)
    words = [toks[k].bare for k in idx]
    if people_word(lex, words, lang):
        return []  # "Americans", "Sunni Muslim", "Roman Catholic" (not "l'Argentine", "Libyens": the countries)
    lead = demonym_lead(tx, idx, words)
    if lead and not titled:
        return _after_demonym(tx, idx, lead)
    if len(idx) == 1 and not titled and (words[0].casefold() in lex.directions or place_adjective(lex, words[0], lang)
                                         and not given_name(tx, idx[0], lambda run: classify(tx, run, False) == GUESS)):
        return []  # "the North": a direction; "Βρετανική", "Britská", "Peruvian", "Черноморскую": an adjective
    amount = len(idx) < 2 or (toks[idx[1]].num and tx.gap(idx[1]) == " ")  # "the Rs 615 crore mission", not "RS-68"
    if not titled and words[0].casefold() in MONEY_BEFORE and amount:
        return segment(tx, idx[1:], False)  # a currency before an amount is no name
    if len(idx) == 1 and not titled and ROMAN.fullmatch(words[0]):
        return []  # "del siglo XII": a numeral names something only after a name ("Felipe VI")
    if len(idx) > 1 and tx.gap(idx[-1]) in HYPHENS and lex.is_cue("org_cues", words[-1], lang, compounds=False):
        return [Cand(idx[0], idx[-2] + 1, "ORG", 1)]  # "Siemens-Konzern": the name is Siemens
    if lang in lex.noun_marker_langs and len(idx) > 1 and all(tx.gap(k) in HYPHENS for k in idx[1:]) \
            and lex.common_noun_context([], words[-1], lang):  # a German compound is what its last part is
        head = " ".join(words[:-1])  # "nach UN-Angaben": a common noun, of a known name; "Medien-Berichte": none
        return segment(tx, idx[:-1], False) if lex.place(head, lang) or lex.institution(head, lang) else []
    if not titled and words[0].casefold() in tx.nouns and not (lex.place(words[0], lang) or lex.institution(
            words[0], lang) or foreign_head(tx, words) or (len(idx) == 2 and place_adjective_er(words[0], lang)
                                                           and adjective_noun(tx, idx[1])
                                                           and not lex.institution(words[1], lang))):
        # (not "Die Shiv Sena", the article's noun a foreign name; not "der Thüringer Allgemeinen", a place's
        # -er before an adjective made a noun: the newspaper, h-names33)
        rest = 1  # "nach eigenen Angaben"; the article governs a whole compound: "der Metal-Band Gojira"
        while rest < len(idx) and tx.gap(idx[rest]) in HYPHENS:
            rest += 1
        if rest == len(idx) - 1 and adjective_noun(tx, idx[rest]) and not lex.institution(words[rest], lang) \
                and words[0].lower() in common_words(lang, 10 ** 7):
            return []  # "Eine Gruppe Jugendliche": the group's members, an adjective made a noun (h-names32)
        return _after_noun(tx, words[0], segment(tx, idx[rest:], False)) if rest < len(idx) else []
    if len(idx) > 1 and not titled and not words[0].casefold().endswith(("e", "en", "er", "es", "em")) \
            and lex.common_noun_context(_lower_before(tx, idx[0]), words[0], lang) and not foreign_head(tx, words) \
            and not before_legal_form(tx, idx[0]):  # (not "die Siemens AG": a company's name, h-names32)
        # "der Lokführergewerkschaft GDL": a common noun before the name (not "Die Shiv Sena": a borrowed head)
        return [] if len(idx) == 2 and adjective_noun(tx, idx[1]) and words[0].lower() in common_words(lang, 10 ** 7) \
            and not lex.institution(words[1], lang) else \
            _after_noun(tx, words[0], segment(tx, idx[1:], False))
    if titled and len(idx) > 1:  # "Президент России Владимир Путин", "Глава МИД Китая Ван И"
        for m in (3, 2, 1):
            head = " ".join(words[:m])
            if m < len(idx) and (lex.place(head, lang) or lex.institution(head, lang)
                                 or (m == 1 and toks[idx[0]].allcaps)
                                 or (m == 2 and words[0].casefold() in lex.place_prefixes)):  # "Глава Новой Каховки …"
                return segment(tx, idx[:m], False) + segment(tx, idx[m:], True)
    if not titled and len(idx) > 3 and lang in lex.noun_marker_langs and idx[0] > 0 \
            and _genitive_before(tx, idx[0] - 1) and (body := _genitive_body(tx, [idx[0] - 1] + idx)):
        # "Der Präsident der Vereinigten Staaten Joe Biden": the title a noun after its article, the
        # genitive the body it is of, then its holder
        rest = segment(tx, idx[body - 1:], False)
        if len(rest) == 1 and rest[0].guess and (rest[0].i, rest[0].j) == (idx[body - 1], idx[-1] + 1):
            return _body(tx, idx[:body - 1]) + rest
    if not titled and len(idx) > 2 and lang in lex.lowercase_org_langs:
        # "…собрания Армении Ален Симонян": the office's country, then its holder (where an
        # organisation's name writes its words after the first in lower case, no name goes on so)
        for m in (3, 2, 1):
            if len(idx) - m >= 2 and lex.place(" ".join(words[:m]), lang):
                rest = segment(tx, idx[m:], False)
                if len(rest) == 1 and rest[0].guess and (rest[0].i, rest[0].j) == (idx[m], idx[-1] + 1):
                    return segment(tx, idx[:m], False) + rest
                break
    if len(idx) == 1 and (lex.is_cue("office_adjectives", words[0], lang, compounds=False)
                          or (titled and office_word(tx, idx[0]))):
        return []  # "председатель Государственных дел", "υπουργός Δικαιοσύνης": part of an office's name
    if len(idx) == 1 and not titled and cue_alone(lex, words[0], lang, CUES) \
            and not (lex.place(words[0], lang) or lex.institution(words[0], lang)):
        return []  # a head word alone ("Government", "Polizei"), or a legal form ("ООО") names nothing
    label = classify(tx, idx, titled)
    if label == "PLACE" and len(idx) == 1 and not titled and bare_noun(tx, idx[0]):
        return []  # "in Kürze", "in Höhe von", "nach Hause": a noun the preposition governs, no place (h-names36)
    if label == "MISC" and len(idx) > 3:  # "Juegos Olímpicos de París": the event, then its place
        # (not after one word: "the Tour de France", "Copa de España" are one name)
        for p in range(2, len(idx) - 1):
            if toks[idx[p]].low in lex.particles and lex.place(" ".join(words[p + 1:]), lang):
                return segment(tx, idx[:p], titled) + [Cand(idx[p + 1], idx[-1] + 1, "PLACE", 1)]
    joiners = [p for p, k in enumerate(idx) if toks[k].low in lex.org_only_joiners]
    if joiners and label not in ("ORG", "PLACE"):  # "of"/"für" join organisation names only
        cuts = [-1] + joiners + [len(idx)]
        return [c for a, b in zip(cuts, cuts[1:]) for c in segment(tx, idx[a + 1:b], titled and a < 0)]
    if len(idx) == 1 and not titled and label == "MISC":
        t = toks[idx[0]]
        if len(t.text) == 1 or (lex.common_noun_context(_lower_before(tx, idx[0]), t.text, lang)
                                and t.bare.casefold() not in tx.buyers) \
                or parenthesised_qualifier(tx, idx[0]) or position_word(tx, idx[0]) \
                or title_modifier(tx, idx[0]) or common_plural(tx, idx[0]):  # "Money markets …", "Former
            # president …"; German "am Montag Zahlen vorgelegt": a plural noun, no name (h-names31)
            return []
    first = idx[0]
    if label == "PRODUCT" and first > 0 and toks[first - 1].num and glued(tx.text, toks, first, lex) \
            and not (first > 1 and toks[first - 2].num and tx.gap(first - 1) in (",", ".")):
        first -= 1  # "737 Max 9"; not the last group of an amount, which counts ("50,000 Prius cars")
    guess = label == GUESS
    return [Cand(first, idx[-1] + 1, "PERSON" if guess else label, 1, guess)]


def _genitive_body(tx: TextFacts, idx: list[int]) -> int:
    """After a title, ``idx`` opens with a genitive article: where the body the title is of (a
    place or institution the lexicon knows, or words ending in an organisation's head noun, in the
    genitive too: "des Europäischen Parlaments", "der Vereinigten Staaten") is followed by two or
    three capitalised words, they are its holder's name; the index where the name starts, else 0
    (h-names31)."""
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    words = [toks[k].bare for k in idx]
    for m in (len(idx) - 2, len(idx) - 3):
        if m < 2 or not all(toks[k].cap for k in idx[m:]) or any(toks[k].low in lex.particles for k in idx[m:]):
            continue
        body, head = " ".join(words[1:m]), words[m - 1]
        heads = [head] + [head[:-len(e)] for e in ("es", "s") if head.endswith(e) and len(head) > len(e) + 3]
        if lex.place(body, lang) or lex.institution(body, lang) \
                or any(lex.is_cue("org_cues", h, lang) for h in heads):
            return m
    return 0


def common_plural(tx: TextFacts, k: int) -> bool:
    """Token k is a German plural of a listed noun (``entity_nouns.plural_noun``: "Zahlen",
    "Schäden") and no place the where index knows ("aus Bochum und Essen", "zu Hessen")."""
    return plural_noun(tx, k) and not indexed_place(tx.toks[k].bare, tx.lang, True)


def _genitive_before(tx: TextFacts, k: int) -> bool:
    """Token k opens a genitive: a genitive-only article ("des"), or German "der", "einer" right
    after a capitalised noun, the phrase's head ("Präsident der Vereinigten Staaten")."""
    toks = tx.toks
    return tx.lex.genitive_article(toks[k].text, tx.lang) or (
        toks[k].text in ("der", "einer") and k > 0 and toks[k - 1].cap and tx.gap(k) == " ")


def _body(tx: TextFacts, idx: list[int]) -> list[Cand]:
    """The words of a body :func:`_genitive_body` found: an organisation where no place or other
    label is told (its head noun in the genitive, "des Europäischen Parlaments", which the cue
    lists hold in the nominative)."""
    out = segment(tx, idx, False)
    if len(out) == 1 and (out[0].label == "MISC" or out[0].guess) and (out[0].i, out[0].j) == (idx[0], idx[-1] + 1):
        out[0].label, out[0].guess = "ORG", False
    return out


def classify(tx: TextFacts, idx: list[int], titled: bool) -> str:
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
    if lex.prep_before(before, lang) and not (len(idx) == 1 and (modifies_noun(tx, idx[0]) or acronym_modifier(tx, idx[0]))
                                              or owns_noun(tx, idx)) \
            or tx.where_after(idx[-1]) or (
            len(idx) == 1 and not toks[idx[0]].allcaps and lex.site_before(before, lang)) or (
            before and lex.fused_place_prep(before[0], lang) and indexed_place(span, lang, lex.city_prep(before[0], lang))):
        return "PLACE"  # "in Nairobi", "в Москве"; "the Conciergerie, where"; "au Trocadéro", "en el Louvre";
        # "no Arizona", "nel Texas": a region the where index knows after a fused preposition (a city after "bei")
    prev = toks[idx[0] - 1] if idx[0] > 0 and glued(tx.text, toks, idx[0], lex) else None
    if (prev is not None and tx.initial[idx[0] - 1] and lex.place_prep(prev.text, lang)
            and not (len(idx) == 1 and acronym_modifier(tx, idx[0]))) \
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
    if len(idx) == 1 and acronym_shaped(words[0]):
        return "ORG"  # "NASA", "the BBC's reporter" (its capitals read less the possessive)
    return GUESS if person_shaped(tx, idx, words) else "MISC"


def _after_demonym(tx: TextFacts, idx: list[int], lead: int) -> list[Cand]:
    """A nationality word before a name: where such a word is capitalised only
    as a noun (French "le Nord-Coréen Kim Jong-un") it describes the person,
    as a title does; where adjectives of nationality are capitalised too
    (English), or in names (German "Deutsche Bahn"), it opens many names
    ("Korean Air", "Chinese Communist Party"), so only a name the rest alone
    would guess to be a person's is split from it ("American Serena Williams", "der Spanier
    Rafael Nadal").  An English one in another language's text is an adjective still: "British Airways"."""
    nouns = tx.lang not in tx.lex.capital_demonym_adjectives
    label = classify(tx, idx, False)
    # (an article before it is the noun's in German, "der Spanier Carlos Alcaraz"; the name's in English)
    rest = segment(tx, idx[lead:], False) if label == GUESS or nouns or tx.lang in tx.lex.noun_marker_langs else []
    whole = len(rest) == 1 and (rest[0].i, rest[0].j) == (idx[lead], idx[-1] + 1)
    if nouns and whole and (rest[0].guess or rest[0].label == "MISC"):  # not "British Airways" in a French text
        return segment(tx, idx[lead:], True)
    if len(idx) - lead >= 2 and whole and rest[0].guess:
        return rest
    # no person's name starts with one ("French Olympic greats", "the Central American Common Market")
    return [Cand(idx[0], idx[-1] + 1, "MISC" if label == GUESS else label, 1)]
