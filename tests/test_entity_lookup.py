"""Names: lookup by any spelling, merges across romanisations, kinds, display
language and residue names (the entity stage and its read models, no model needed)."""
from __future__ import annotations

import re

from conftest import entity_labels
from storyline.analyse.entities import EntityResolver
from storyline.analyse.entity_evidence import TemplateLines, counts_as_mention, sentence_initial
from storyline.analyse.entity_keys import spelling_key
from storyline.analyse.entity_lookup import AliasRow, alias_spellings, decisive, rank
from storyline.analyse.entity_merge import merge_variants
from storyline.store.records import EntityRow

ENTITIES = {  # id -> (mentions, spellings)
    "putin": (80, ["Vladimir Putin", "Putin", "Путин", "पुतिन"]),
    "kju": (100, ["Kim Jong Un", "Kim Jong-un", "किम जोंग उन"]),
    "kyj": (3, ["Kim Yo Jong"]),
    "nk": (40, ["North Korea", "Corea del Norte", "उत्तर कोरिया"]),
    "sk": (6, ["South Korea", "Corea del Sur"]),
    "kirby": (1, ["John Kirby"]),
    "peskov": (16, ["Dmitry Peskov", "Дмитрий Песков", "Peskov"]),
    "moscow": (30, ["Москва", "Москве"]),
}
ROWS = [AliasRow(eid, a.casefold(), spelling_key(a), n)
        for eid, (n, names) in ENTITIES.items() for name in names for a in alias_spellings(name)]


def _one(query: str) -> str | None:
    found = decisive(rank(query, ROWS))
    return found.entity_id if found else None


def test_any_script_part_or_typo_finds_the_entity():
    assert _one("Путин") == "putin" and _one("putin") == "putin"
    assert _one("Kim Jong-un") == "kju" and _one("Kim Jong") == "kju"  # a part, not Kim Yo Jong
    assert _one("किम जोंग") == "kju"  # a part, in Devanagari
    assert _one("Kirby") == "kirby"  # a surname
    assert _one("Vladimir Putim") == "putin" and _one("Peskow") == "peskov"  # one letter off
    assert _one("Dmitri Peskow") == "peskov"  # another romanisation
    assert _one("Moscow") == "moscow"  # the gazetteer's English name of a Russian-only spelling
    assert _one("Москву") == "moscow"  # another inflection
    assert _one("Kim Yo Jong") == "kyj"
    assert rank("Nobody Atall", ROWS) == []


def test_no_single_match_gives_ranked_candidates():
    ranked = rank("Korea", ROWS)
    assert decisive(ranked) is None  # North or South: the reader chooses
    assert {c.entity_id for c in ranked[:2]} == {"nk", "sk"} and ranked[0].how == "partial"
    assert _one("Kim") is None or _one("Kim") == "kju"  # never Kim Yo Jong by guess
    short = rank("Kin", ROWS)  # three letters: no typo allowance
    assert all(c.how != "approximate" for c in short)


def test_spelling_key_folds_romanisation_conventions_only():
    same = [("Wostotschny", "Vostochny"), ("Vostochni", "Восточный"), ("Roscosmos", "Roskosmos"),
            ("Роскосмос", "Roskosmos"), ("Dmitri Peskow", "Dmitry Peskov"), ("Шольц", "Scholz")]
    for a, b in same:
        assert spelling_key(a) == spelling_key(b), (a, b)
    for a, b in [("Kim Jong Un", "Kim Yo Jong"), ("North Korea", "South Korea"), ("Putin", "Peskov")]:
        assert spelling_key(a) != spelling_key(b)


def _resolver(mentions):
    r = EntityResolver()
    for text, label, group, lang in mentions:
        r.add(text, label, f"{group}-{text}", group=group, lang=lang)
    return r


def test_romanisations_of_one_name_in_one_story_merge_and_nothing_else_does():
    r = _resolver([("Roscosmos", "ORG", "s1", "en"), ("Roskosmos", "ORG", "s1", "de"),
                   ("Роскосмосе", "PLACE", "s1", "ru"),
                   ("Vostochny Cosmodrome", "PLACE", "s1", "en"), ("Wostotschny", "MISC", "s1", "de"),
                   ("Vostochni", "MISC", "s1", "en"), ("Восточный", "MISC", "s1", "ru"),
                   ("Kim Jong Un", "PERSON", "s1", "en"), ("Kim Yo Jong", "PERSON", "s1", "en"),
                   ("North Korea", "PLACE", "s1", "en"), ("South Korea", "PLACE", "s1", "en"),
                   ("Wadi Derna", "PLACE", "s1", "en"), ("Derna", "PLACE", "s1", "en"),
                   ("Putin", "PERSON", "s1", "en"), ("Putina", "PLACE", "s2", "es")])
    merge_variants(r)
    by_name = {a: r.resolve(r.add(a, "MISC", "probe", group="s1")) for a in
               ("Roscosmos", "Wostotschny", "Kim Jong Un", "Kim Yo Jong", "North Korea", "South Korea",
                "Wadi Derna", "Derna")}
    assert len({r.resolve(i) for i in [by_name["Roscosmos"]]} | {
        r.resolve(r.add(x, "ORG", "probe", group="s1")) for x in ("Roskosmos", "Роскосмосе")}) == 1
    vost = {r.resolve(r.add(x, "MISC", "probe", group="s1"))
            for x in ("Vostochny Cosmodrome", "Vostochni", "Восточный")}
    assert vost == {by_name["Wostotschny"]}
    assert by_name["Kim Jong Un"] != by_name["Kim Yo Jong"]
    assert by_name["North Korea"] != by_name["South Korea"]
    assert by_name["Wadi Derna"] != by_name["Derna"]  # a leading head word names something else


def test_acronyms_of_one_institution_in_other_languages_are_one_entity():
    r = _resolver([("ECB", "ORG", None, "en"), ("EZB", "ORG", None, "de"), ("BCE", "ORG", None, "fr"),
                   ("Europäische Zentralbank", "ORG", None, "de"), ("European Central Bank", "ORG", None, "en")])
    assert len(r) == 1 and r.canonical_name(r.add("ECB", "ORG", "x")) == "European Central Bank"


def test_display_name_follows_the_readers_language():
    r = _resolver([("Corea del Norte", "PLACE", "s", "es")] * 3 + [("North Korea", "PLACE", "s", "en"),
                  ("Северной Кореи", "PLACE", "s", "ru"), ("КНДР", "PLACE", "s", "ru"), ("КНДР", "PLACE", "s", "ru")])
    eid = r.resolve(r.add("North Korea", "PLACE", "x", lang="en"))
    names = r.names(eid)
    assert r.canonical_name(eid) == "North Korea"  # not the most frequent, Spanish, spelling
    assert names["es"] == "Corea del Norte" and names["en"] == "North Korea"
    row = EntityRow(eid, r.canonical_name(eid), "PLACE", r.aliases(eid), 7, names)
    assert row.display("es").name == "Corea del Norte" and row.display(None).name == "North Korea"
    assert row.display("ja").name == "North Korea"  # no Japanese spelling: the canonical name


def test_places_events_and_products_are_not_people():
    en = entity_labels("Paris launched the 2024 Olympic Games on Friday, sending athletes down the River Seine. "
                       "The dam at Nova Kakhovka burst and the mayor of Nova Kakhovka fled. Water ran down the "
                       "Wadi Derna riverbed into the city of Derna. In Marrakech, old buildings fell.", "en")
    assert en["River Seine"] == en["Nova Kakhovka"] == en["Wadi Derna"] == en["Derna"] == "PLACE"
    assert en["Marrakech"] == "PLACE" and en["Olympic Games"] != "PERSON"
    de = entity_labels("Er zeigte ihm die Startanlage für Sojus-Raketen. Das Hilfswerk bereitet nach eigenen "
                       "Angaben die Lieferung vor. Nach Angaben der Behörden starben 600 Menschen in Marokko.", "de")
    assert de.get("Sojus-Raketen") == "PRODUCT" and "Angaben" not in de and de["Marokko"] == "PLACE"
    assert "North" not in entity_labels("Sanctions ban luxury goods to the North. Kim met Putin.", "en")
    assert entity_labels("Putin flew to the Far East on Monday.", "en").get("Far East") == "PLACE"


def test_residue_lines_and_sentence_starts_are_no_evidence_of_a_name():
    promo = "Meridian Times is now on WhatsApp."
    reports = [(1, f"Quake kills hundreds.\n{promo}"), (2, f"Dams burst in Libya.\n{promo}"),
               (2, "Partager sur Facebook | Partager sur X | Envoyer par e-mail"),
               (3, "MOSCOW, July 17 (Meridian) - Russia refused to extend the grain deal.")]
    templates = TemplateLines(reports)
    text = reports[0][1]
    assert not counts_as_mention(text, text.index("WhatsApp"), text.index("WhatsApp") + 8, templates)
    share = reports[2][1]
    assert not counts_as_mention(share, share.index("Facebook"), share.index("Facebook") + 8, templates)
    wire = reports[3][1]
    assert not counts_as_mention(wire, wire.index("Meridian"), wire.index("Meridian") + 8, templates)
    assert counts_as_mention(wire, wire.index("Russia"), wire.index("Russia") + 6, templates)
    lone = TemplateLines([(1, promo)])  # one event: a line of the news, not of the site
    assert counts_as_mention(promo, promo.index("WhatsApp"), promo.index("WhatsApp") + 8, lone)
    body = "Footage shows cars. Possible talks.\nPossible meeting in Moscow\nHe said Footage was new."
    assert sentence_initial(body, 0) and sentence_initial(body, body.index("Possible"))
    assert sentence_initial(body, body.index("Possible meeting"))
    assert not sentence_initial(body, body.rindex("Footage"))


def test_the_mentions_of_one_long_line_read_its_key_once():
    """A one-line report of many mentions is normalised once, not per mention
    (per mention, a 96,000-character line of 6,000 names made a relink take
    minutes).  Counted by the cache's misses, not timed."""
    from storyline.analyse import entity_evidence as ev

    text = "Mr. Xy Zw said in Moscow. " * 4000
    ledger = ev.LineLedger()
    ledger.add(1, text)
    templates = ev.TemplateLines([(1, text), (2, "Another line of another event entirely.")])
    starts = [m.start() for m in re.finditer("Moscow", text)]
    ev._norm.cache_clear()
    ev._share_row.cache_clear()
    for holder in (templates, ledger):
        assert all(counts_as_mention(text, s, s + 6, holder) for s in starts)
    assert ev._norm.cache_info().misses <= 2 and ev._share_row.cache_info().misses == 1
