"""Where a name's span ends, and what a list of names shares: two rules that
kept fragments and wrong labels on the Names page.

* East Asian given names written with a hyphen ("Kim Il-sung", "Ban Ki-moon",
  "Roh Moo-hyun", "Tsai Ing-wen") end in a lower-case syllable.  The run of
  capitals took a lower-case hyphen part only when it had three letters or
  fewer ("Jong-un", "Jae-in"), so "Kim Il-sung" was cut to "Kim Il", and the
  cut form, searched for again in its text, cut "Kim Il Sung" too; yet
  "Boris Johnson-led" was one name.  What marks the given name is the shape
  of both parts, one romanised syllable each, not their length.
* The members of a list ("Nova Kakhovka, Hola Prystan and Oleshky") are
  things of one kind: a member with no cue of its own takes the label a cue
  gave another (a place from the gazetteer, a place head word, a place
  preposition), instead of the default guess, a person, for two capitalised
  words; and one name has one label in a text (:func:`harmonise_labels`).
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from storyline.analyse.entity_cities import city_labels
from storyline.analyse.entity_inflect import adjective
from storyline.analyse.entity_keys import entity_key, same_name
from storyline.analyse.entity_demonyms import place_adjective
from storyline.analyse.entity_heads import HEAD_FIRST, oblique_adjective
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_spans import HYPHENS, Cand, glued
from storyline.analyse.entity_text import syllable_name_part
from storyline.analyse.entity_tokens import CASED_SCRIPTS, script_of

if TYPE_CHECKING:
    from storyline.analyse.entity_text import TextFacts


def hyphen_part(tx: TextFacts, k: int, words: int) -> bool:
    """The lower-case token k, hyphened onto the capitalised word before it
    (the last of a run of ``words`` words), is part of the name: the short
    word of a compound that goes on in capitals, whatever the run before it
    ("Port-au-Prince", "Πορτ-ο-Πρενς"; after a title alone the compound is
    the title's, "Commander-in-Chief"), or, after two words or more, a given
    name's syllable ("Kim Il-sung") or the word after a single letter
    ("Chandra X-ray Observatory")."""
    toks, part = tx.toks, tx.toks[k].bare
    if tx.gap(k) not in HYPHENS:
        return False
    before = toks[k - 1].bare
    if k + 1 < len(toks) and toks[k + 1].cap and tx.gap(k + 1) in HYPHENS:  # (a title's: "Commander-in-Chief")
        return len(part) <= 3 and (words > 1 or not tx.lex.is_cue("titles", before, tx.lang))
    if words < 2:
        return False
    return len(part) <= 3 if len(before) == 1 else syllable_name_part(before, part)


def lowercase_head(tx: TextFacts, cur: list[int], k: int) -> bool:
    """The lower-case token k is the head noun of the capitalised run ``cur``
    before it, in a language that writes the heads of names in lower case: an
    organisation's ("Центральный банк России"; not "в Индии партия", a place
    before it), or a place's after a capitalised adjective ("Амурской
    области", "Черного моря", "Крымский мост"; the dictionary reads the
    locative "Хабаровском крае", "Корейском полуострове"), where the adjective
    alone was the name ("Амурской", "Херсонской"), a fragment no reader knows.
    Where no dictionary reads the language (Czech), an adjective of a place's
    name or an adjective's oblique case is one: "Perský záliv", "Perského
    zálivu" (the Persian Gulf; "Perského" alone was dropped as an adjective)."""
    lex, lang, word = tx.lex, tx.lang, tx.toks[k].text
    if lang not in lex.lowercase_org_langs or lex.place(tx.span(cur[0], cur[-1] + 1), lang):
        return False
    last = tx.toks[cur[-1]].text
    return lex.is_cue("org_cues", word, lang) or ((lex.adjective_form(last, lang) or adjective(last, lang)
                                                   or oblique_adjective(tx, last) or place_adjective(lex, last, lang))
                                                  and lex.is_cue("place_cues", word, lang, compounds=False))


def modified_head(tx: TextFacts, cur: list[int], k: int) -> bool:
    """The lower-case token k is an adjective between the capitalised adjective
    ending ``cur`` and a lower-case head of the name (:func:`lowercase_head`):
    "Индийским национальным конгрессом", whose capitalised adjective alone
    names nothing (it had been the MISC name "Индийским")."""
    lex, lang, toks = tx.lex, tx.lang, tx.toks

    def adjectival(word: str) -> bool:
        return lex.adjective_form(word, lang) or adjective(word, lang)

    return k + 1 < len(toks) and toks[k + 1].cased and not toks[k + 1].cap and glued(tx.text, toks, k + 1, lex) \
        and adjectival(toks[cur[-1]].text) and adjectival(toks[k].text) and lowercase_head(tx, cur + [k], k + 1)


def name_letter(tx: TextFacts, run: list[int], p: int, role: list[str]) -> bool:
    """Word p, a capitalised one-letter stop word that ends the run right after a
    name's word, mid-sentence and without a period, is the name's last syllable:
    "Ван И" (Wang Yi), whose "И" no sentence writes capitalised as the
    conjunction "и" (a capitalised stop word was dropped from any name).  Not
    after a place's or an organisation's name or an acronym, and not a word the
    text writes capitalised elsewhere mid-sentence: the English pronoun ("the UK
    I was haunted")."""
    k = run[p]
    toks, lex = tx.toks, tx.lex
    t, before = toks[k], toks[run[p - 1]] if p else None
    if not (p == len(run) - 1 and before is not None and role[p - 1] == "name" and len(t.bare) == 1
            and t.bare.isalpha() and not tx.initial[k] and not tx.headline[k] and tx.text[t.end:t.end + 1] != "."):
        return False
    if before.bare.isupper() or lex.place(before.bare, tx.lang) or lex.institution(before.bare, tx.lang):
        return False
    return not any(q != k and x.bare == t.bare and not tx.initial[q] for q, x in enumerate(toks))


def number_opens_name(tx: TextFacts, run: list[int], p: int) -> bool:
    """Word p, a capitalised cardinal ("Three", "Seven") that opens a run of more
    words mid-sentence, is the name's first word: "les Three Lions", "the Three
    Gorges Dam", "Five Eyes".  A number counts what follows in lower case, so a
    capitalised one inside a sentence is written so as a name's (the stop word
    was dropped, leaving the fragment "Lions"); not before a word the text writes
    in lower case or a stop word, dropped as common ("the "One Click" experience")."""
    from storyline.analyse.entity_shape import cardinal

    k = run[p]
    nxt = tx.toks[run[1]] if len(run) > 1 else None  # a name's word, not one the text writes in lower case
    if p or nxt is None or tx.initial[k] or tx.headline[k] or not nxt.cap or nxt.low in tx.lower_vocab \
            or tx.lex.stopword(nxt.bare, tx.lang) \
            or tx.lex.article(tx.toks[k].bare, tx.lang) or tx.lex.article(tx.toks[k].bare, "en"):
        return False  # ("A", "Un": an article, not the number one)
    return cardinal(tx.toks[k].bare, tx.lang)


def parenthesised_qualifier(tx: TextFacts, k: int) -> bool:
    """Token k, alone in parentheses right after a name, is one of its language's
    frequent words: the name's qualifier ("Janata Dal (United)", a party's faction),
    no name of its own; a country, a party or an acronym there is one ("Smith (Labour)"), and so
    is a word the text writes capitalised out of parentheses mid-sentence ("Andean Community (Can)
    … The Can was created")."""
    from storyline.analyse.where_subdivisions import frequent_words

    toks = tx.toks

    def bracketed(m: int) -> bool:
        return tx.gap(m).strip(" ") == "(" and tx.text[toks[m].end:toks[m].end + 1] == ")"

    return k > 0 and bracketed(k) and toks[k - 1].cap and toks[k].low in frequent_words(tx.lang) | frequent_words("en") \
        and not any(m != k and t.low == toks[k].low and t.cap and not tx.initial[m] and not bracketed(m)
                    for m, t in enumerate(toks))


def complement_ends(tx: TextFacts, cur: list[int]) -> bool:
    """The run ``cur`` holds a lower-case head (:func:`lowercase_head`) and, after
    it, capitalised words that are a place: the name's genitive complement
    ("Центрального банка России", "Национального собрания Армении"), which
    ends it; a capitalised word after it opens another name, the person the
    title before the organisation was about ("... Армении Ален Симонян")."""
    toks, lex = tx.toks, tx.lex
    if tx.lang not in lex.lowercase_org_langs:
        return False
    head = next((p for p in range(len(cur) - 1, 0, -1) if not toks[cur[p]].cap and toks[cur[p]].cased
                 and toks[cur[p]].low not in lex.particles), None)
    if head is None or head == len(cur) - 1:
        return False
    from storyline.analyse.where import country_of  # (where reads the resolver, which reads this module)

    after = tx.span(cur[head + 1], cur[-1] + 1)
    return bool(lex.place(after, tx.lang) or country_of(after, tx.lang))


def in_compound_prep(words: list[str], tx: TextFacts) -> bool:
    """``words``, the lower-case words before a name (nearest first: "d'",
    "place", "la", "à"), end in a compound preposition whose noun is a place
    noun ("à la place de", instead of), so that noun heads no place."""
    for n in (3, 2):
        if len(words) > n and tx.lex.phrase_at("compound_preps", words[n:0:-1], 0, tx.lang, compounds=False) == n:
            return True
    return False


def place_noun_before(tx: TextFacts, idx: list[int], before: list[str]) -> bool:
    """A place noun before the name ``idx`` says it is a place: with "of"/"de"
    between ("the city of Derna", "la ciudad de Derna"; not a compound
    preposition, "à la place de"), and, in languages that put a noun before
    its adjective and its name (``HEAD_FIRST``), with one adjective more
    before "de" ("la región ucraniana de Jersón") or right before a one-word
    name ("el río Dniéper", "le fleuve Dniepr"; not an acronym, an organisation's
    more often: "un village SOS d'enfants").  ``before``: up to four
    lower-case words before it, nearest first."""
    lex, lang = tx.lex, tx.lang

    def place(n: int) -> bool:
        return len(before) > n and lex.is_cue("place_cues", before[n], lang, compounds=False)

    of = bool(before) and before[0] in lex.particles  # (fused with an article too: "na região do Vale")
    if of and len(before) > 1 and lex.is_cue("place_cues", before[1], lang):
        return not in_compound_prep(before, tx)
    if lang not in HEAD_FIRST or len(idx) > 1:
        return False
    return (place(0) and not tx.toks[idx[0]].allcaps) or (of and place(2) and before[1] not in lex.particles)


def modifies_noun(tx: TextFacts, k: int) -> bool:
    """One capitalised word ``k`` stands before a lower-case common noun it modifies: "in
    Federal court", where the text writes "in court" or "the court" too (a noun: after an
    article or a place preposition; not a stop word, "in Nairobi on Monday", nor a place
    noun, "in Baghdad province").  The preposition before it is the noun's, and says
    nothing of the capitalised word, a title-case adjective.  Only where modifiers come
    before their noun and the lexicon knows the articles (English): in French the noun
    comes first ("au tribunal fédéral")."""
    lex, toks = tx.lex, tx.toks
    if tx.lang in HEAD_FIRST or tx.lang not in lex._articles or k + 1 >= len(toks) or tx.gap(k + 1) != " ":
        return False
    noun = toks[k + 1]
    if not noun.cased or noun.cap or lex.stopword(noun.bare, tx.lang) or lex.is_cue("place_cues", noun.bare, tx.lang):
        return False
    return any(t.low == noun.low and p != k + 1 and p and (lex.article(toks[p - 1].text, tx.lang)
                                                          or lex.place_prep(toks[p - 1].text, tx.lang))
               for p, t in enumerate(toks))


def owns_noun(tx: TextFacts, idx: list[int]) -> bool:
    """The name of tokens ``idx`` ends in a possessive "'s" before a lower-case word: it
    owns the noun phrase that follows ("in Taylor Hackford's biopic", "in John Smith's
    house"), so a preposition before it governs that noun, and says nothing of the name,
    as it says nothing of a title-case adjective before a noun (:func:`modifies_noun`).
    Not for a name the gazetteer or the where index holds as a place ("in Paris's old
    town", "in Derna's streets": :func:`~storyline.analyse.entity_named_after.place_name`),
    which stays one by the preposition."""
    from storyline.analyse.entity_named_after import place_name

    last, nxt = tx.toks[idx[-1]], idx[-1] + 1
    if last.bare == last.text or last.text[len(last.bare) + 1:] != "s" or nxt >= len(tx.toks):
        return False
    noun = tx.toks[nxt]
    if tx.gap(nxt) != " " or not noun.cased or noun.cap:
        return False
    return not place_name(" ".join(tx.toks[k].bare for k in idx), tx.lang)


def _linked(tx: TextFacts, a: Cand, b: Cand) -> str | None:
    """How two neighbouring names are joined: "," (a comma alone), "and" (a
    conjunction, after a comma or not), or None when they are not list members."""
    if b.i == a.j:
        return "," if tx.gap(b.i).strip() == "," else None
    if b.i == a.j + 1 and tx.lex.conjunction(tx.toks[a.j].text, tx.lang) \
            and tx.gap(a.j).strip() in ("", ",") and not tx.gap(b.i).strip():
        return "and"
    return None


def _lists(tx: TextFacts, chosen: list[Cand]) -> list[list[Cand]]:
    """Lists of two or more names, in text order: "A, B and C", "A and B".  A
    comma alone lists nothing ("In Paris, John Smith said"), and a list is
    closed by its conjunction ("A and B, C said")."""
    out, cur = [], []
    for a, b in zip(chosen, chosen[1:]):
        link = _linked(tx, a, b)
        if link is None or (out and out[-1][-1] is a):
            cur = []  # not joined, or ``a`` closed a list
            continue
        cur = (cur or [a]) + [b]
        if link == "and":
            out.append(cur)
            cur = []
    return out


def share_list_labels(tx: TextFacts, chosen: list[Cand]) -> None:
    """Members of a list with no label of their own take the label a cue gave
    the others.  Two names joined by a conjunction share a place's or an
    organisation's label where one of them has none (MISC).  In a list of
    three or more, a one-word MISC or the default guess (PERSON for two
    capitalised words) takes the label the cued members agree on, PLACE or
    ORG ("evacuations from Nova Kakhovka, Hola Prystan and Oleshky", "the
    ports of Odesa, Chornomorsk and Pivdennyi"); a guess in a pair stays, as
    "the Eiffel Tower and Marie-José Pérec" is a place and a person, and so
    does a multi-word MISC, read off a cue ("2008 Summer Olympics, Taiwan and
    China").  A list that holds a person by a cue, or places and organisations
    both, is left as it is.  ``chosen`` is sorted by position."""
    for a, b in zip(chosen, chosen[1:]):
        if _place_apposition(tx, a, b):
            b.label = "PLACE"  # "Cupertino, California", "Paris, Texas"
        between = tx.toks[a.j:b.i]
        if len(between) == 1 and tx.lex.conjunction(between[0].text, tx.lang) \
                and {a.label, b.label} & {"MISC"} and {a.label, b.label} & {"PLACE", "ORG"}:
            a.label = b.label = a.label if a.label != "MISC" else b.label
    for members in _lists(tx, chosen):
        if len(members) < 3:
            continue
        open_ = [(c.label == "MISC" and c.j - c.i == 1) or (c.guess and c.label == "PERSON") for c in members]
        cued = {c.label for c, o in zip(members, open_) if not o}
        if len(cued) != 1 or not cued <= {"PLACE", "ORG"}:
            continue
        label = cued.pop()
        for c, o in zip(members, open_):
            if o:
                c.label, c.guess = label, False


def _place_apposition(tx: TextFacts, a, b) -> bool:
    """``b``, with no label of its own (MISC), follows the place ``a`` after a comma
    and is a place the where index reads, in the text's language: the region or
    country that places ``a`` ("Cupertino, California", "Lyon, France").  A name
    the index reads as no place stays as it is ("in London, Reuters said")."""
    from storyline.analyse.where import country_of  # (where reads the resolver, which reads the lexicon)

    if a.label != "PLACE" or b.label != "MISC" or b.i != a.j or tx.gap(b.i) != ", ":
        return False
    return country_of(tx.span(b.i, b.j), tx.lang) is not None


def inflected_place(text: str, label: str | None, lang: str | None) -> str | None:
    """The English name of the gazetteer place a mention names in a case of its
    article's language, for the resolver to key it by: a genitive -s ("Kremls",
    the Kremlin) or, for a mention read as a PLACE, a stemmed case form
    ("Londýně", "Spojených státech"), which the resolver's own keys, not knowing
    the language, missed (Czech London was three entities beside London).

    Else, for a PLACE of several words in a Latin-script language whose cases
    a Snowball stemmer reads but no dictionary gives a nominative of (as
    pymorphy does for Russian, whose stems the resolver keys by already), the
    words' stems: the Czech "Perský záliv" and its oblique "Perském zálivu",
    "Perského zálivu" are all "persk zaliv", one place, not two."""
    if not lang:
        return None
    lex = lexicon()
    place = (label or "").upper() == "PLACE"
    found = lex.genitive_place(text, lang) or (lex.place(text, lang) if place else None)
    algo = lex.stem_langs.get(lang)
    if found or not (place and algo and len(text.split()) >= 2 and script_of(text[0]) == "LATIN"):
        return found
    return lex.stem_key(text, algo)


def lowercase_gazetteer_name(tx: TextFacts, run: list[int]) -> Cand | None:
    """The gazetteer's place or institution a run of capitalised words names with
    one or two lower-case words after it ("des Nations unies", "la Réserve
    fédérale") or before it, where a language writes a place noun in lower case
    before its name ("la mer Noire", "la mer Rouge", "el mar Negro"): read alone
    the run is a fragment ("Noire") the gazetteer does not know.  An article,
    particle or place preposition before the run is never part of the name."""
    lex, toks, lang = tx.lex, tx.toks, tx.lang

    def lower(m: int, joint: int) -> bool:  # a lower-case word, glued to the name's side at ``joint``
        return toks[m].cased and not toks[m].cap and not toks[m].num and glued(tx.text, toks, joint, lex)

    for i, j in [(run[0], run[-1] + 1 + n) for n in (2, 1)] + [(run[0] - n, run[-1] + 1) for n in (2, 1)]:
        if i < 0 or j > len(toks):
            continue
        if j > run[-1] + 1 and not all(lower(m, m) for m in range(run[-1] + 1, j)):
            continue
        if i < run[0] and not all(lower(m, m + 1) and not (lex.article(toks[m].text, lang) or toks[m].low in lex.particles
                                                          or lex.place_prep(toks[m].text, lang)) for m in range(i, run[0])):
            continue
        name = tx.span(i, j)
        if lex.place(name, lang) or lex.institution(name, lang):
            return Cand(i, j, "PLACE" if lex.place(name, lang) else "ORG", 1)
    return None


def harmonise_labels(tx: "TextFacts", chosen: "list[Cand]") -> None:
    """One label per name in a text; lone surnames of a PERSON become PERSON; an unlabelled name listed with places
    or organisations shares their label; a lone unlabelled city the where index knows is a PLACE (``entity_cities``);
    then what a word beside one mention says of it, over the text's one label: a square's noun beside a person's name
    (``entity_named_after``), shares or a chief executive beside a bare company's (``entity_orgs.business_labels``), the
    noun a bare name modifies ("the Bulgartransgaz operator", "Trump adviser": ``entity_modifiers``)."""
    from storyline.analyse.entity_named_after import named_after_labels
    from storyline.analyse.entity_modifiers import modified_noun_labels
    from storyline.analyse.entity_orgs import business_labels

    chosen.sort(key=lambda c: c.i)
    share_list_labels(tx, chosen)
    keys = [entity_key(tx.span(c.i, c.j)) for c in chosen]
    votes: dict[str, Counter] = {}
    for c, key in zip(chosen, keys):  # labels read from cues outvote the default guess
        if c.label != "MISC":
            votes.setdefault(key, Counter())[c.label] += 1 if getattr(c, "guess", False) else 100
    persons = {part for c, key in zip(chosen, keys) if c.label == "PERSON" and " " in key
               for part in (key.split()[0], key.split()[-1])}
    for c, key in zip(chosen, keys):
        if key in votes:
            c.label = votes[key].most_common(1)[0][0]
        elif c.label == "MISC" and " " not in key and any(same_name(key, p) for p in persons):
            c.label = "PERSON"
    city_labels(tx, chosen)  # "Casablanca", "Тольятти": a city the where index knows, which nothing calls else
    named_after_labels(tx, chosen)  # "la plaza Kim Il-sung": the square, whatever the name's other mentions are
    business_labels(tx, chosen)  # "Shares of Boeing", "Boeing shares": a company
    modified_noun_labels(tx, chosen)  # "the Bulgartransgaz operator", "Trump adviser John Bolton"
