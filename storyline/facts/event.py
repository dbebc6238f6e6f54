"""One event's facts and summary from its articles (the stage's entry point).

Cost is bounded where it matters: sentences are embedded only when the event
has two or more independent reports (one report cannot corroborate or
contradict itself, so its facts are its claim sentences, single-source, and
its summary is its lead), at most :data:`SENTENCES_PER_ARTICLE` claim
sentences per article, through the shared embedding cache.  The caller
recomputes an event only when its :func:`fingerprint` changed.
"""
from __future__ import annotations

import hashlib

import numpy as np

from storyline.facts.agreement import LEND_NAME_MIN, name_agreement
from storyline.facts.align import ALIGN_CUT, align, centred, pair_scores
from storyline.facts.lending import EXTEND_MARGIN, LEND_OWN_RATIO, LEND_SECOND_RATIO, extend
from storyline.facts.claims import claim_sentences, report_key
from storyline.facts.disagreements import MAX_RATIO, PIN_NAME_MIN, keep_apart
from storyline.facts.labels import SIDE_JOIN_MIN, build_fact, join_sides, place_on_sides
from storyline.facts.model import EventFacts, Fact
from storyline.facts.features import fact_features, naming_supports, title_words, vague_supports
from storyline.facts.candidates import HEADLINE_WEIGHT, pick_summary, summary_only
from storyline.facts.summarise import MMR_LAMBDA, SUMMARY_WORDS, relevance
from storyline.records import Article

FACTS_VERSION = "59"  # 59: Portuguese and Italian reporting cues ("afirmou", "disseram", "segundo o", "de acordo com", "ha detto", "ha affermato"; verbs of speech "explicou", "confirmou", "riferito", "ribadito": context.SOURCE_PHRASES, REPORTING_VERBS, SPEECH_VERBS), so Portuguese and Italian reports keep more claims, read more speakers and date more tellings, and stored claims, speakers and pair scores change (h-facts30); 58: a figure after a Hebrew prefix's hyphen is read ("יותר מ-5,000", "כ-300": figures._HEBREW_PREFIX), and Hebrew and Arabic words of rounding make a figure approximate as the English ones do ("יותר מ", "לפחות", "أكثر من", "نحو", "على الأقل" after it: figures._APPROX, _APPROX_AFTER), so stored figures, pair scores and conflicts change for Hebrew and Arabic reports (h-facts29); 57: a sentence of two claims joined by a semicolon is two claim sentences (clauses.claim_parts: "Kyiv said …; Moscow said …"), so stored supports and their offsets change; a person's body ("Blanpied z USGS", "από τη USGS") and a name after Greek's genitive article ("του Reuters") are no speaker (speakers._owned), so stored speakers and pair scores change (h-facts28); 56: Greek, Czech, Arabic and Hebrew verbs of speech and source phrases ("σημείωσε", "podle", "وفقا", "לפי": claims keep more sentences, speakers change), Greek and Czech complementisers end a speaker's clause ("ότι", "že", "aby"), Hindi "X का कहना है" names X; "half a century", "полвека" are a figure of 50 (number_words): stored claims, speakers and pair scores change (h-facts26); 55: a verb of speech a few words after a person in its clause marks the speaker ("Guterres, s'est dit", "Путин, в свою очередь, заявил"), and a name in what is said after the verb no longer does ("Lagarde said Putin would come"): speakers.speaking, stored as ClaimSentence.speakers, read by agreement.speaker_keys and, over capitalised runs, by gloss.speaker_keys, so pair scores change (h-facts24); 54: 54: a verb of speech under four letters beside a person marks the speaker ("मोदी ने कहा", "Lagarde a dit", "قال": claims._name_context keeps the words of context.SAYING whatever their length, context_words(keep=)), so the name agreement of a pair may fall (agreement.speaker_keys) and stored pair scores change (h-facts22); 53: a name next to a verb of speech besides "said" (context.SPEECH_VERBS: "a souligné Christine Lagarde", "hat betont") is its speaker's (agreement.speaker_keys) and ties no name to a role in the conflict rules (context.SAYING) (h-facts21); 52: a name either sentence gives as its speaker's (a one-word reporting verb next to it: agreement.speaker_keys) is shared for nothing in the name agreement (agreement.key_overlap with speakers: "Lagarde said the decision had been taken by a large majority" and "Lagarde … stressed that the bank was not committing" agreed 0.67 on her name alone, one fact) (h-facts20); 51: a word the event's sentences write in lower case somewhere ("The" opening a sentence) is no name a lone sentence's loan agrees on (agreement.written_lower, key_overlap with common: its shared weight is 0, the norms stay; align.extend: "The move had been all but pre-announced …" was lent "The decision offers some relief …" on "The" alone: 0.14 weighed by report, over LEND_NAME_MIN 0.10) (h-facts19); 50: a lone sentence is lent a partner on a name only as far as the name is not given by every report of the event (agreement.key_overlap with units: a shared key weighs the lesser of its inverse sentence and inverse report frequency, in events of three reports or more; align.extend: "Le bilan ne cesse de s'alourdir dans l'est de la Libye" was lent "… compounded by Libya's political division") (h-facts18); 49: a lone sentence is lent no partner of its own report (align.extend: a near-copy's own sentence was lent its original's "Zelenskiy said Kyiv was ready …") (h-facts17); 48: a decade is no year a claim names ("built … in the 1970s", "les années 1970": claims.named_years), and a pair of one language under agreement.PARAPHRASE_MIN where one states a year besides its report's own or a figure of a kind the other has nothing of founds no fact and is lent to no lone sentence (agreement.unlike, kept_apart; align.vouched, align.extend: the Kakhovka market move beside the dam), and two sentences naming two other years and agreeing on nothing else share no fact (agreement.told_apart: a gift of 2018 in the "first visit in 24 years" fact) (h-facts16, h-facts15's rules again); 47: the merge of 43 and 46; 43: a company's legal form ends no sentence that goes on ("Sprint Corp. are close …": sentences.company_goes_on), a Hindi bar after Devanagari ends one as a danda, a read-more prompt inside a line starts a sentence of its own that is no claim (sentences.opens_with_prompt, claims.is_substantive), and a wire dateline alone on its line opens the sentence after it (sentences.dateline_alone): sentences, claims and their offsets change (h-summ15); 46: the merge of 44 and 45; 45: two sentences naming one measure (agreement.measures_of: a rate, or the dead, the injured, the missing) said of two places (places.scopes: the gazetteer's places, a currency area by its words in each language, a central bank's currency area or country; a sentence naming none carries over its article's last place for that measure) never align nor conflict (agreement.measured_elsewhere, align.pair_scores: UK inflation is not the euro area's) (h-facts14); 44: an English loan word is no German happening compound (dates_happenings._compound: "Branding" states no happening in claims.states_happening) (h-names27); 42: the merge of 40 and 41; 41: a happening stem of five letters is the whole word, a noun form or (German) a compound's first word (dates_happenings.SHORT: "Brandenburg", "eventually", "пожарной" state no happening in claims.states_happening), and a price basis is no year ("in 2024 $ terms", "In 2024 dollars, …": dates_years.price_basis) (h-names26); 40: a heading in capitals glued to the sentence after it is a sentence of its own (sentences.capitals_heading: "PUBLIC HEALTH TARGETS" / "Focus on …"), and neither such a heading nor a sentence holding a menu of "|"-separated links is a claim (claims.is_substantive; menus.holds_menu); the cleaner removes whole menu lines (menus.is_menu_line); 39: a short happening stem is the whole word or takes a noun ending (dates_happenings.SHORT: "couple", "атакующий", "हमलावर" state no happening in claims.states_happening); 38: a person told by what they are ("Учёный признавался …", "The minister said …": openers.describes_person) in a sentence naming no one leans on the sentence naming them, as "He said …" does; "celle-ci", "the latter" and like pronouns (openers.LAST_NAMED), and a possessive opening the subject ("Both of their leaders …": openers.owner_before), lean on the sentence before as an answer does; a fact whose shown sentence shares two figures with one picked is not picked (agreement.restates: the English ECB cut told twice); 37: a sentence naming the dead, the injured, the missing or an unscheduled happening is a claim with no name (claims.states_happening: "Roads … were blocked by landslides"); two sentences naming what their rates measure, none alike (agreement.quantities_apart: growth against inflation, a deposit rate against a base rate), measure apart and do not conflict; 36: a pronoun for a person, or a quotation given to one (openers.quoted_by_pronoun: "«…», — сказал он."), leans on the nearest earlier sentence naming a person (Fact.naming, summarise.antecedents), a quotation kept only where that sentence is told (summarise.mmr); a quotation's own first words never point back (openers._opening); a reader of a language no report is in reads the English reader's summary, English facts before others (render.reader_summary, summarise.reading_rank); a fact whose English sentence is shown is a repeat to such a reader (render.fact_view); each event's part of a story opens as its summary does (render._opened); 35: a pair resting on meaning alone whose figures measure different things (agreement.measures_apart: points against a rate) neither links nor is lent to a lone sentence; "प्रतिशत अंक" with a word of change, "п.п." and "б.п." are points, and a figure's unit words are no figures ("por ciento"); 34: two figures are shared only when their kinds agree (agreement.kinds_agree: "2,5 Prozentpunkte" is not "2,5 %", dollars not euros, a count of the dead not a percentage; a plain count agrees with any); 33: 33: an answer to an act leans on its report's lede where no fact shows the sentence before it, and gives its turn to that act where both do not fit (summarise.antecedents, mmr); a stored summary that overruns as a reader is shown it leaves out its answers to acts before it is picked again (render.reader_summary); "in turn" and like connectives are held to the opening rule, and to the answer rule only after a sentence a corroborated fact shows (openers.CONNECTIVES, summarise.antecedents); 32: a pair resting on meaning alone links only when it is no pair of one language under agreement.PARAPHRASE_MIN and, founding a fact, a mutual best pair (align.vouched); a sentence is not lent to a group whose sentences of its language it is agreement.apart from; 31: a sentence lent to a fact of two or more sentences must score the cut on meaning alone with one of them (align.extend, meanings); 30: a fact whose shown sentence opens with a pronoun for a person its report named before (openers.points_to_person: "По его словам, …") is told only right after a fact showing the sentence before it, as an answer is; 29: a fact whose shown sentence leans on the one before it in its report (openers.answers: "Kim returned the gesture …") is told only right after a fact showing that sentence, else not at all (summarise.antecedents); 28: a fact whose shown sentence states fewer than two particulars (features.vague_supports, stored as Fact.vague) does not open a summary (summarise.opening_first); 27: a lone sentence is lent a partner of another language on meaning alone when the pair clears align.LEND_ACROSS_MIN; 25: summary-only candidates stored with the event and the summary weighs the headline (candidates.pick_summary); 24: a near-copy's sentence is lent only where its original's is (copies.follow_originals); 23: a fact is headed by an original before a near-copy (summarise.stating; MMR counts its words); 22: a country the sentence names keys alike across languages (align.country_keys, align.name_agreement), and two groups merge only when the median of their pair scores clears the cut less align.MEDIAN_SLACK; 21: a pair links two groups only when one of its sentences is the other's best partner in its article (align.BEST_TOLERANCE); 20: a group is lent a second sentence of an article it holds (align.LEND_SECOND_RATIO); 19: a year named makes a claim and, shared, agrees as a date does; "saying"/"sei"/"по его словам", a quoted title in a caseless script; "26-kg", "quart de point"; bump when the stage changes: every event is recomputed
SENTENCES_PER_ARTICLE = 30  # later sentences rarely carry an event's main facts


def fingerprint(articles: list[Article]) -> str:
    """What the facts of an event depend on: its members, their copies, sources,
    texts (the content hash is of the text as received; the length of the
    stored text changes when a source's learned boilerplate is cut later) and
    publication dates (a stored undated report can be dated later:
    service_redate; its dates feed the claims and conflicts)."""
    parts = sorted(f"{a.id}|{a.duplicate_of or ''}|{a.source or ''}|{a.content_hash}|{len(a.text)}"
                   f"|{a.published or ''}" for a in articles)
    return hashlib.sha1("\n".join([FACTS_VERSION, *parts]).encode()).hexdigest()


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def near_scores(scores: np.ndarray, members: list[int]) -> list[list[float]]:
    """The alignment's pair scores among a fact's sentences (1.0 for a
    sentence with itself), rounded and finite (JSON): what tells, at render
    time, which of a fact's sentences glosses which (:mod:`storyline.facts.gloss`)."""
    sub = scores[np.ix_(members, members)]
    return [[1.0 if i == j else round(max(-1.0, float(sub[i, j])), 3) for j in range(len(members))]
            for i in range(len(members))]


def event_claims(articles: list[Article], spans: dict[str, list[tuple[int, int, bool]]] | None = None):
    """The event's articles in reading order (undated last, then by date and
    id), them by id, and their claim sentences in that order: what
    :func:`build_event_facts` aligns, and what ``bench facts_misses`` reads."""
    articles = sorted(articles, key=lambda a: (a.published is None, a.published, a.id))
    originals = {a.id: a for a in articles}
    claims = []
    for a in articles:
        claims += claim_sentences(a, report_key(a, originals), (spans or {}).get(a.id),
                                  limit=SENTENCES_PER_ARTICLE)
    return articles, originals, claims


def build_event_facts(event_id: int, articles: list[Article], embedder=None,
                      cut: float = ALIGN_CUT, lam: float = MMR_LAMBDA,
                      budget_words: int = SUMMARY_WORDS,
                      spans: dict[str, list[tuple[int, int, bool]]] | None = None,
                      margin: float = EXTEND_MARGIN,
                      name_min: float = LEND_NAME_MIN, own_ratio: float = LEND_OWN_RATIO,
                      pin_min: float = PIN_NAME_MIN, max_ratio: float = MAX_RATIO,
                      join_min: float = SIDE_JOIN_MIN,
                      second_ratio: float = LEND_SECOND_RATIO,
                      headline_weight: float = HEADLINE_WEIGHT, extras: bool = True) -> EventFacts:
    """Facts (aligned, labelled), the summary and headlines of one event.

    ``articles`` in ingest order; ``spans`` are stored sentence offsets by
    article id (computed when missing); ``embedder`` may be None only for
    events of one report; ``margin``, ``name_min``, ``own_ratio`` and
    ``second_ratio`` the lending settings (:func:`storyline.facts.lending.extend`);
    ``pin_min``, ``max_ratio`` and ``join_min`` are the
    conflict rules' settings (:mod:`storyline.facts.disagreements`, :mod:`storyline.facts.labels`);
    ``headline_weight`` and ``extras`` the summary's (:func:`storyline.facts.candidates.pick_summary`:
    the summary-only candidates, built after the facts and apart from them).
    """
    articles, originals, claims = event_claims(articles, spans)
    reports = {report_key(a, originals) for a in articles}
    embedded = len(reports) >= 2 and embedder is not None and bool(claims)
    vectors = embedder.embed([c.text for c in claims], "passage") if embedded else None
    names = name_agreement(claims) if embedded else None
    if embedded:
        scores = pair_scores(claims, vectors, names)
        keep_apart(claims, scores, names, pin_min)
        cvec = centred(vectors, [c.lang for c in claims])
        meanings = cvec @ cvec.T
        aligned = align(claims, scores, cut, names=names, meanings=meanings)
        groups = extend(claims, scores, aligned, cut, margin, name_min, own_ratio, second_ratio,
                        meanings=meanings)
        centre = _unit(cvec.mean(axis=0))
    else:
        aligned = groups = [[i] for i in range(len(claims))]
        cvec = centre = scores = None
    facts: list[Fact] = []
    titles = title_words([a.title for a in articles if a.duplicate_of is None and a.title])
    for own, members in zip(aligned, groups):
        # supports, reports and label count lent sentences; what the summary
        # weighs (and the fact's vector) does not, so a sentence lent to many
        # facts does not lift them all
        fact = build_fact(len(facts), claims, members, scores, cut, names, pin_min, max_ratio)
        if scores is not None and fact.conflicts:
            # a sentence of another fact that states a disputed figure is on its side
            joined = join_sides(claims, scores, members, fact, join_min)
            if joined:
                members = sorted(members + list(joined))
                fact = build_fact(len(facts), claims, members, scores, cut, names, pin_min, max_ratio)
                place_on_sides(fact, members, joined)
        if scores is not None:
            fact.near = near_scores(scores, members)
        if cvec is not None:
            fact.vector = _unit(cvec[own].mean(axis=0))
            central = float(fact.vector @ centre)
        else:
            central = 0.0
        fact.features = fact_features([claims[i] for i in own], len({claims[i].report for i in own}),
                                      central, titles)
        fact.score = relevance(fact.features)
        fact.vague = vague_supports(fact.supports, claims)
        fact.naming = naming_supports(fact.supports, claims)
        facts.append(fact)
    ef = EventFacts(event_id=event_id, fingerprint=fingerprint(articles), facts=facts,
                    summary=[], headlines={}, embedded=embedded, budget_words=budget_words, lam=lam)
    if extras:
        ef.extras = summary_only(articles, originals, claims, spans, embedder if embedded else None,
                                 centre, len(facts))
    pick_summary(ef, title_rows(articles, embedder if embedded else None), lam, headline_weight, extras)
    return ef


def title_rows(articles: list[Article], embedder=None) -> list[tuple[str, str, np.ndarray | None]]:
    """(title, language, language-centred vector or None) of each original
    report with a title: what the headline is chosen from."""
    titled = [a for a in articles if a.duplicate_of is None and a.title]
    vecs = (centred(embedder.embed([a.title for a in titled], "passage"), [a.lang for a in titled])
            if embedder is not None and titled else [None] * len(titled))
    return [(a.title, a.lang, v) for a, v in zip(titled, vecs)]
