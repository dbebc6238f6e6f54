"""Makers told by what they do to their products: they recall them.

A company's name is most often one word no lexicon holds ("Tesla", "Toyota"),
and a car maker's also names its cars ("an Aurus").  What the text says it does
tells a maker from a person of the same shape: only a maker takes back the goods
it made ("Tesla recalled thousands of Cybertruck pickups"; "Akio Toyoda recalled
his first day" is a memory).  Read in every language the project handles where a
verb of recalling follows its subject (English, German, French, Spanish, Italian,
Portuguese, Russian), by :func:`storyline.analyse.entity_orgs.business_labels`, which
also reads the clause after a bare name here for "its" (:func:`verb_reaches`); in Hindi,
whose verb ends the clause and whose script has no capitals, by the subject before the
ergative "ने" of a clause that ends in such a verb (:func:`recall_subjects`); and the one
word a named model opens is its maker (:func:`model_makers`: "Aurus" of "Aurus Senat").
"""
from __future__ import annotations

from storyline.analyse.entity_spans import HYPHENS, Cand
from storyline.analyse.entity_text import TextFacts
from storyline.facts.figures import MULTIPLIERS

# verbs of taking back the goods one made ("Tesla recalled thousands of Cybertruck pickups"):
# a maker does it to its products; a person "recalled" a memory ("Akio Toyoda recalled his
# first day"), an object no product name or noun is.  Phrases of one to three words, the verb
# (and its auxiliary) of the present and the past, written right after the name; the German
# verb's separable particle, "zurück", or its participle must close the clause
# (:data:`RECALL_PARTICLES`: "Toyota ruft 50.000 Fahrzeuge zurück", "hat … zurückgerufen";
# "ruft … auf" calls for something).  French "rappelle" also says "reminds", Spanish "retira"
# "withdraws", Portuguese "convoca" "summons": the product in the object tells them apart.
RECALL_VERBS = {
    "en": ("recalled", "recalls", "has recalled", "is recalling", "will recall"),
    "de": ("ruft", "rief", "hat"),
    "fr": ("rappelle", "a rappelé", "rappellera", "va rappeler"),
    "es": ("retira", "retiró", "ha retirado", "llama a revisión", "llamó a revisión", "ha llamado a revisión"),
    "it": ("richiama", "ha richiamato"),
    "pt": ("convoca", "convocou"),
    "ru": ("отзывает", "отозвал", "отозвала", "отозвало", "отзовёт", "отзовет"),
}
RECALL_PARTICLES = {"de": {"ruft": "zurück", "rief": "zurück", "hat": "zurückgerufen"}}


def recalls_products(tx: TextFacts, c, chosen: list) -> bool:
    """The bare name ``c`` takes back its products: a verb phrase of :data:`RECALL_VERBS`
    right after it, and then, past function words and numbers only ("thousands of",
    "50,000", "50 тысяч"), a product's name or noun ("Tesla recalled thousands of Cybertruck
    pickups", "Toyota rappelle 50 000 voitures", "Toyota отзывает 50 тысяч автомобилей");
    a German verb's particle closes the clause ("ruft … zurück").  Only a maker recalls
    goods, so the name is an organisation; "recalled his first day", "rappelle que",
    "ruft … auf" name none."""
    toks, n = tx.toks, 0
    for phrase in RECALL_VERBS.get(tx.lang, ()):
        words = phrase.split()
        if [t.low for t in toks[c.j:c.j + len(words)]] == words:
            n = max(n, len(words))
    if not n:
        return False
    particle = RECALL_PARTICLES.get(tx.lang, {}).get(toks[c.j].low) if n == 1 else None
    if particle and not _clause_has(tx, c.j + 1, particle):
        return False
    return verb_reaches(tx, c, chosen, lambda m, products: m in products or tx.lex.is_cue(
        "product_nouns", toks[m].bare, tx.lang) or _product_compound(tx, m), span=n)


# verbs of recalling that end their clause (a verb-final language): the words before the last
# as written, the last a stem its endings follow ("वापस मंगाईं", called back; "वापस बुलाएगी";
# "रिकॉल किया", recalled), the maker the subject the ergative marks ("टोयोटा ने")
RECALL_LAST = {"hi": ("वापस मंगा", "वापस मँगा", "वापस बुला", "रिकॉल")}
_HEADS = ("org_cues", "product_nouns", "place_cues", "event_nouns", "titles")  # nouns, no maker's name
_CLAUSE_WORDS = 15  # how far a clause's verb may stand from its subject
_STOPS = "।.!?;:"


def recall_subjects(text: str, toks: list, lang: str, lex, usable, again) -> list:
    """Makers in a verb-final, caseless language: the one word before the ergative marker
    (the lexicon's ``name_stops`` "ergative": "ने") of a clause that ends in a verb of
    :data:`RECALL_LAST` with a product noun before it ("टोयोटा ने 50,000 गाड़ियां वापस
    मंगाईं": Toyota, ORG).  Why: no capital marks a name there, and a maker alone is one word
    no lexicon holds; only a maker takes back the goods it made, as in the other languages
    (:func:`recalls_products`).  ``usable(k)``: token k may be a name's word (no word that
    never is, :func:`~storyline.analyse.entity_caseless.ends_name`); a noun of a kind
    ("कंपनी ने", the company) or a number is no maker.  Words before it join it while the
    longer run is written again in the text (``again(i, j)``: "मारुति सुजुकी ने … मारुति
    सुजुकी के शेयर"), as a caseless name's extent is read elsewhere; a clause that a
    conjunction opens after the subject is another's ("सरकार ने कहा कि टोयोटा …")."""
    stems = RECALL_LAST.get(lang)
    out = []
    for k in range(1, len(toks)) if stems else ():
        before = toks[k - 1]
        if lex.name_stop(toks[k].text, lang) != "ergative" or before.num or not usable(k - 1) \
                or any(lex.is_cue(kind, before.text, lang) for kind in _HEADS):
            continue
        if _recalled(text, toks, k + 1, lang, lex, stems):
            i = k - 1
            while k - i < 3 and usable(i - 1) and again(i - 1, k):
                i -= 1
            out.append(Cand(i, k, "ORG", 1))
    return out


def _recalled(text: str, toks: list, start: int, lang: str, lex, stems: tuple[str, ...]) -> bool:
    """The clause from token ``start`` names a product by its noun and then ends in a
    recall verb of ``stems``, before any stop of a sentence or clause."""
    product = False
    for m in range(start, min(start + _CLAUSE_WORDS, len(toks))):
        if m > start and any(p in text[toks[m - 1].end:toks[m].start] for p in _STOPS) \
                or lex.name_stop(toks[m].text, lang) == "conjunctions":
            return False
        for stem in stems if product else ():
            *head, last = stem.split()
            words = [t.text for t in toks[m:m + len(head) + 1]]
            if len(words) == len(head) + 1 and words[:-1] == head and words[-1].startswith(last):
                return True
        product = product or lex.is_cue("product_nouns", toks[m].text, lang)
    return False


def _clause_has(tx: TextFacts, start: int, word: str) -> bool:
    """``word`` is written, in lower case, in the sentence from token ``start`` on, before
    any period, colon or other stop but a number's ("50.000"): a German separable verb's
    particle closes its clause."""
    for m in range(start, min(start + 20, len(tx.toks))):
        grouped = tx.toks[m].num and tx.toks[m - 1].num and tx.gap(m) in (",", ".")  # "50.000"
        if not grouped and (tx.initial[m] or any(p in tx.gap(m) for p in ".;:!?")):
            return False
        if tx.toks[m].text == word:
            return True
    return False


def _product_compound(tx: TextFacts, m: int) -> bool:
    """Token ``m`` opens a hyphened compound whose last part is a product noun of the
    language or English ("Cybertruck-Pickups": a German noun, no name of its own)."""
    return m + 1 < len(tx.toks) and tx.gap(m + 1) in HYPHENS and tx.lex.is_cue(
        "product_nouns", tx.toks[m + 1].bare, tx.lang, compounds=False)


def verb_reaches(tx: TextFacts, c, chosen: list, target, span: int = 0, article: bool = False) -> bool:
    """A lower-case verb (no participle) follows the bare name ``c`` (after no article), and
    a word ``target(m, products)`` holds for comes after it in its clause, past function
    words, numbers and product names only (``products``: the tokens of PRODUCT names).
    ``span``: the verb is a known phrase of that many words ("has recalled"), an auxiliary
    (a stop word) first; ``article``: an article before the name is allowed (a company's, in
    the languages whose companies take one: "A Zorblax adquiriu", h-names29)."""
    toks, verb = tx.toks, c.j
    if verb >= len(toks) or tx.gap(verb) != " " or not toks[verb].cased or toks[verb].cap or not span and (
            tx.lex.stopword(toks[verb].text, tx.lang) or toks[verb].low.endswith("ing")) \
            or toks[c.j - 1].low.endswith("ing") or (c.i and not article and tx.lex.article(toks[c.i - 1].text, tx.lang)):
        return False
    products = {k for d in chosen if d.label == "PRODUCT" for k in range(d.i, d.j)}
    start = verb + max(span, 1)
    for m in range(start, min(start + 8, len(toks))):
        grouped = toks[m].num and toks[m - 1].num and tx.gap(m) in (",", ".")
        if (tx.initial[m] and not grouped) or tx.gap(m).strip() not in ("", ",", ".") or (
                tx.gap(m).strip() and not grouped):
            return False  # (a comma or period only inside a number: "50,000", "50.000")
        if target(m, products):
            return True
        if not (m in products or toks[m].num or tx.lex.stopword(toks[m].text, tx.lang) or toks[m].low in MULTIPLIERS):
            return False  # (past "50 тысяч", "2 millones")
    return False


def model_makers(names, lex, lang: str) -> set[str]:
    """The keys of one-word names that open a PRODUCT name of two words or more of ``names``
    ((text, label) pairs) whose other words are a model's name: capitalised, not in capitals,
    no digit, no product noun ("Aurus" of "Aurus Senat", "Toyota" of "Toyota Prius").  Alone,
    such a word is the brand and its maker, an organisation as "Tesla" and "Toyota" are, though
    it may stand for a car ("an Aurus"): one entity, one label, and the model is the PRODUCT.
    Not a product line before a number or a code ("iPhone 15", "Galaxy S24", "Pegasus XL":
    "iPhone" and "Pegasus" are no makers, and a model's number says nothing of whose it is),
    nor a name before a product noun ("Houston Rockets", "Facebook App", "Eschweiler Raketen")."""
    from storyline.analyse.entity_keys import entity_key

    names = [(text, label) for text, label in names if text]
    models = set()
    for text, label in names:
        words = text.split()
        if label == "PRODUCT" and len(words) >= 2 and all(
                w[:1].isupper() and not w.isupper() and not any(ch.isdigit() for ch in w)
                and not lex.is_cue("product_nouns", w, lang, compounds=False) for w in words[1:]):
            models.add(entity_key(words[0]))
    return {key for text, _ in names if " " not in (key := entity_key(text)) and key in models}


def brand_labels(tx: TextFacts, chosen: list) -> None:
    """Relabel ORG the one-word mentions of ``chosen`` that :func:`model_makers` finds the
    maker of a model the text names ("The Aurus brand … another Aurus Senat limousine … an
    Aurus"), whatever label their own words gave them (a product noun after "Aurus limousine"
    made it PRODUCT)."""
    from storyline.analyse.entity_keys import entity_key

    keys = [entity_key(tx.span(c.i, c.j)) for c in chosen]
    makers = model_makers(((tx.span(c.i, c.j), c.label) for c in chosen), tx.lex, tx.lang)
    for c, key in zip(chosen, keys):
        if key in makers and c.label in ("MISC", "PRODUCT", "PERSON") and (c.label != "PERSON" or c.guess):
            c.label, c.guess = "ORG", False
