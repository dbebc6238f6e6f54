"""How ``tests/data/facts_sample.jsonl`` was made (run once; the labels are the reading).

The gold facts below were written by reading every article of the thirteen
events of the demo corpus (``storyline/demo``): for each event, the facts that
two or more articles state (and, in ``ALONE``, a fact one report alone states beside
a like one, so that aligning it is judged), each with the sentences that state it, named by
``(article id, sentence number)`` in the sentence split of the cleaned text.
A sentence may state several facts (it is then listed under each).  Sentences
that state a fact only partly, or mix two reports' views ("Kyiv blames Moscow;
Moscow blames Kyiv"), were left unlabelled: the benchmark scores only pairs of
labelled sentences.  Conflicts are listed as pairs of sentences of one fact
that disagree (a death toll reported at different times counts; the same
amount in two currencies or units, "Rs 615 crore" / "$75 million", "45 miles"
/ "70 km", does not).

Four further events are *planted*: copies of three articles of a demo event,
one of them modified by hand (a number, a date or a named participant
changed, listed in ``PLANTED``) and given a new id and source, so that the
sample holds conflicts of every kind in several languages.  Their gold facts
are the demo event's, restricted to the copied articles, plus the planted
conflicts.

Run ``python tests/data/facts_sample_build.py`` to rewrite the sample: it
resolves each ``(article, sentence)`` to character offsets in the article's
cleaned text (the text the facts stage cites) and checks every planted edit
applied.  The sentence numbers are those of today's split; when the splitter
changes, renumber the labels it moves (so that the builder still writes the
sample byte for byte: ``tests/test_facts_sample_build.py``), rather than
editing offsets in the sample by hand -- a hand edit left the builder citing
sentences that no longer exist (h-facts15 renumbered a-022, a-033 and b-015).
"""
from __future__ import annotations

import json
from pathlib import Path

from storyline import demo
from storyline.facts.claims import sentence_spans
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse

OUT = Path(__file__).with_name("facts_sample.jsonl")

GOLD = {}
# facts one report alone states, labelled so that a sentence aligned with them is judged wrong
# (a fact of one article is otherwise left out: the sample lists what two or more reports state):
# the UK's inflation beside the euro area's, one measure of two places (docs/benchmarks.md, h-facts14)
UK_INFLATION = "UK inflation fell to 2.3% in April; a first UK cut is expected in August or September"
ALONE = {UK_INFLATION}
GOLD["kakhovka-dam-2023-06"] = [
 ("The dam was breached/destroyed in the night to Tuesday", [("b-007",1),("b-009",0),("b-010",1)], None),
 ("Water flooded towns and villages downstream", [("b-007",0),("b-009",1),("b-010",0),("b-011",0)], None),
 ("Ukraine accused Russian troops of blowing up the dam", [("b-007",3),("b-009",7),("b-010",6),("b-011",4)], None),
 ("Moscow denied and blamed Ukrainian sabotage/shelling", [("b-007",5),("b-009",6),("b-010",7),("b-011",5)], None),
 ("About 16,000 people in the danger zone on the right bank were being evacuated", [("b-007",6),("b-010",3)], None),
 ("Occupied left-bank towns (Nova Kakhovka, Hola Prystan, Oleshky) evacuated", [("b-007",7),("b-010",5),("b-009",4)], None),
 ("The reservoir held about 18 cubic km of water", [("b-007",8),("b-011",2)], None),
 ("Zaporizhzhia nuclear plant draws cooling water from the reservoir", [("b-008",7),("b-010",9)], None),
 ("IAEA: no immediate threat to the plant's safety", [("b-007",9),("b-009",12),("b-010",10),("b-011",9)], None),
 ("The reservoir feeds the North Crimean Canal", [("b-007",10),("b-009",9),("b-012",1)], None),
 ("UN Security Council held an emergency meeting", [("b-009",8),("b-011",6)], None),
 ("Machine oil from the plant polluted the river", [("b-008",5),("b-010",12),("b-012",9)], None),
]
GOLD["grain-deal-exit-2023-07"] = [
 ("Russia refused to extend the Black Sea Grain Initiative", [("b-001",0),("b-002",0),("b-003",0),("b-005",0),("b-006",0)], None),
 ("Peskov: the agreements have effectively ceased", [("b-001",1),("b-002",1),("b-003",2),("b-005",1),("b-006",1)], None),
 ("Russia will return once its part is fulfilled", [("b-001",2),("b-002",2),("b-003",3),("b-005",2),("b-004",9)], None),
 ("The deal was brokered by the UN and Turkey in July 2022", [("b-001",5),("b-002",5),("b-003",4),("b-005",3),("b-006",2)], None),
 ("Nearly 33 million tonnes were exported under the deal", [("b-001",5),("b-002",5),("b-003",6),("b-004",2),("b-005",4),("b-006",2)], None),
 ("Moscow says the memorandum on its own exports was not honoured", [("b-001",3),("b-002",3),("b-005",6),("b-006",5)], None),
 ("Conditions include reconnecting Rosselkhozbank to SWIFT", [("b-001",4),("b-002",4),("b-003",8),("b-005",7),("b-006",4)], None),
 ("The decision is not connected to the Kerch bridge attack", [("b-001",7),("b-002",7),("b-003",9),("b-005",10)], None),
 ("Guterres deeply regretted the decision", [("b-001",8),("b-002",8),("b-003",13),("b-005",9),("b-006",6)], None),
 ("Erdogan believes Putin wants the deal to continue", [("b-001",9),("b-002",9),("b-003",12)], None),
 ("Wheat futures in Chicago rose about 3%", [("b-001",10),("b-004",1)], None),
 ("Zelensky: Ukraine ready to keep exporting without Russia", [("b-001",11),("b-002",11),("b-005",11),("b-006",8)], None),
]
GOLD["luna25-crash-2023-08"] = [
 ("Luna-25 crashed into the Moon and ceased to exist, Roscosmos said on Sunday", [("a-015",0),("a-017",0),("a-017",4),("a-018",0),("a-018",4),("a-019",1)], None),
 ("Contact was lost on Saturday at 14:57 Moscow time", [("a-015",1),("a-017",2),("a-018",2),("a-019",2)], None),
 ("A problem arose while moving into the pre-landing orbit", [("a-015",2),("a-017",2),("a-018",2),("a-019",3)], None),
 ("The engine impulse deviated from the calculated one, sending it off course", [("a-015",3),("a-017",3),("a-018",3),("a-019",4),("a-016",1)], None),
 ("A commission investigates the cause", [("a-015",4),("a-016",3),("a-017",5),("a-019",5)], None),
 ("The landing was planned for Monday 21 August near the south pole", [("a-015",5),("a-016",8),("a-017",1),("a-018",1),("a-019",7)], None),
 ("It was to study the soil and search for water ice", [("a-015",6),("a-017",7),("a-018",6),("a-019",8)], None),
 ("Luna-25 was launched on 11 August from Vostochny", [("a-015",7),("a-017",6),("a-018",5),("a-019",6)], None),
 ("Russia's first lunar mission in nearly half a century", [("a-015",8),("a-017",0),("a-018",0),("a-019",0)], None),
 ("The last Soviet Moon mission, Luna-24, was in 1976", [("a-015",8),("a-017",9),("a-018",9),("a-019",12)], None),
 ("India's Chandrayaan-3 is due to land near the south pole within days", [("a-015",9),("a-017",10),("a-018",10),("a-019",13)], None),
]
GOLD["chandrayaan3-landing-2023-08"] = [
 ("Vikram landed near the Moon's south pole on Wednesday", [("a-020",0),("a-021",3),("a-022",1),("a-023",5),("a-024",1),("a-025",1),("a-026",4)], None),
 ("India is the first country to land near the south pole", [("a-020",0),("a-021",3),("a-022",2),("a-024",0),("a-025",2)], None),
 ("India is the fourth country to soft-land, after the US, USSR and China", [("a-020",0),("a-021",3),("a-022",3),("a-024",2),("a-025",2)], None),
 ("It touched down at 6.04 pm IST (15:34 Moscow)", [("a-020",1),("a-021",3),("a-022",1),("a-023",5),("a-024",1),("a-025",1)], None),
 ("The powered descent lasted about 19 minutes", [("a-020",1),("a-026",4)], None),
 ("Modi watched from the BRICS summit in Johannesburg", [("a-020",3),("a-022",6),("a-024",3),("a-025",3)], None),
 ("Modi: 'India is now on the Moon'", [("a-020",3),("a-022",7),("a-024",4),("a-025",3)], None),
 ("Modi: the success belongs to all humanity", [("a-020",4),("a-022",8)], None),
 ("Chandrayaan-2's lander crashed in 2019", [("a-020",5),("a-022",11),("a-024",11),("a-025",6)], None),
 ("Launched on 14 July from Sriharikota", [("a-020",6),("a-022",10),("a-024",5),("a-025",5)], None),
 ("The mission cost about $75 million (Rs 615 crore)", [("a-020",6),("a-024",8),("a-025",5)], None),
 ("Lander and rover work for one lunar day, about 14 Earth days", [("a-020",6),("a-021",5),("a-022",9),("a-023",7),("a-024",7),("a-025",5)], None),
 ("The Pragyan rover is to roll out of the lander", [("a-020",7),("a-022",9),("a-024",6)], None),
 ("The Pragyan rover rolled out onto the surface", [("a-021",0),("a-023",0),("a-026",6)], None),
 ("The rover weighs 26 kg and has six wheels", [("a-021",2),("a-023",2),("a-024",6)], None),
 ("NASA, ESA and other agencies congratulated ISRO", [("a-021",7),("a-023",10)], None),
 ("It came days after Russia's Luna-25 crashed", [("a-020",8),("a-022",12),("a-024",9),("a-025",6),("a-026",9)], None),
]
# conflicts: list of sentence pairs in the fact that disagree
GOLD["morocco-quake-2023-09"] = [
 ("A magnitude 6.8 quake struck on Friday night", [("b-028",0),("b-029",0),("b-030",0),("b-031",1),("b-032",3)], None),
 ("Death and injury toll", [("b-028",0),("b-029",0),("b-030",3),("b-031",2),("b-032",0),("b-032",1)],
  [(("b-028",0),("b-032",0)),(("b-029",0),("b-032",0)),(("b-028",0),("b-030",3)),(("b-029",0),("b-030",3)),
   (("b-028",0),("b-031",2)),(("b-029",0),("b-031",2)),(("b-032",0),("b-030",3)),(("b-032",0),("b-031",2)),
   (("b-028",0),("b-032",1)),(("b-029",0),("b-032",1)),(("b-030",3),("b-032",1)),(("b-031",2),("b-032",1))]),
 ("The quake struck at 23:11 local time", [("b-028",1),("b-029",1),("b-031",1),("b-032",3)], None),
 ("Epicentre in Al Haouz province, about 70 km (45 miles) south-west of Marrakech", [("b-028",2),("b-029",2),("b-030",0),("b-031",1),("b-032",4)], None),
 ("People spent the night outdoors", [("b-028",3),("b-029",3),("b-031",6),("b-032",8)], None),
 ("Mountain villages of mud-brick houses were destroyed", [("b-028",4),("b-029",4),("b-030",4),("b-031",3),("b-032",5)], None),
 ("Landslides blocked roads to mountain villages", [("b-028",5),("b-029",5),("b-031",4),("b-032",6)], None),
 ("Parts of Marrakech's historic medina were damaged", [("b-028",6),("b-029",6),("b-030",8),("b-031",9),("b-032",7)], None),
 ("King Mohammed VI declared three days of national mourning", [("b-028",8),("b-029",7),("b-030",7),("b-031",7)], None),
 ("Strongest quake in Morocco in more than a century", [("b-028",10),("b-029",10),("b-030",6),("b-031",0),("b-032",12)], None),
 ("The 1960 Agadir earthquake", [("b-028",11),("b-029",11),("b-031",11)], None),
 ("Morocco accepted help from Spain, the UK, Qatar and the UAE", [("b-030",2),("b-031",8)], None),
 ("The 12th-century Tinmel mosque was damaged", [("b-030",8),("b-031",9)], None),
 ("Survivors dig through rubble in Amizmiz and Moulay Brahim", [("b-030",5),("b-031",0)], None),
]
GOLD["derna-floods-2023-09"] = [
 ("At least 10,000 people are missing", [("b-022",0),("b-022",3),("b-023",0),("b-023",3),("b-025",6)], None),
 ("Death toll", [("b-022",4),("b-023",4),("b-025",1),("b-024",0)],
  [(("b-022",4),("b-024",0)),(("b-023",4),("b-024",0)),(("b-025",1),("b-024",0))]),
 ("Storm Daniel struck eastern Libya on Sunday", [("b-022",1),("b-023",1),("b-024",1),("b-025",1)], None),
 ("Two dams above Derna gave way", [("b-022",0),("b-022",2),("b-023",0),("b-023",2),("b-024",1),("b-025",2)], None),
 ("Libya is split between rival administrations in east and west", [("b-022",9),("b-023",7),("b-025",7)], None),
 ("Mourning declared and aid sent", [("b-022",10),("b-023",8),("b-025",8)], None),
 ("Other eastern towns were also hit", [("b-022",11),("b-023",9)], None),
 ("Egypt, Turkey, UAE and Qatar sent rescue teams", [("b-022",12),("b-023",10)], None),
]
GOLD["derna-floods-2023-09"] += [
 ("Storm Daniel earlier flooded Greece, Turkey and Bulgaria", [("b-023",11),("b-025",9),("b-027",13)], None),
 ("Unusually warm Mediterranean water strengthened the storm", [("b-025",10),("b-027",14)], None),
 ("The dams had not been maintained", [("b-024",0),("b-026",9)], None),
]
def _extend(fact_prefix, more, conflicts=()):
    for i, (g, sup, conf) in enumerate(GOLD["derna-floods-2023-09"]):
        if g.startswith(fact_prefix):
            GOLD["derna-floods-2023-09"][i] = (g, sup + more, (conf or []) + list(conflicts) or None)
_extend("At least 10,000", [("b-027",2)])
_extend("Death toll", [("b-026",0),("b-027",1)],
        [(("b-026",0),("b-022",4)),(("b-026",0),("b-023",4)),(("b-026",0),("b-025",1)),(("b-026",0),("b-027",1)),
         (("b-024",0),("b-027",1))])
_extend("Storm Daniel struck", [("b-026",1),("b-027",3)])
_extend("Two dams", [("b-026",2),("b-027",4)])
_extend("Libya is split", [("b-026",8),("b-027",8)])
_extend("Mourning", [("b-027",9)])
_extend("Egypt, Turkey", [("b-025",11),("b-027",12)])
GOLD["kim-russia-visit-2023-09"] = [
 ("Kim and Putin met on Wednesday at the Vostochny cosmodrome", [("a-001",0),("a-002",0),("a-003",0),("a-005",0),("a-005",1),("a-006",0),("a-007",0)], None),
 ("The West fears North Korean ammunition for Russia's war", [("a-001",0),("a-002",0),("a-005",9),("a-006",9),("a-007",10)], None),
 ("Putin greeted Kim with a long handshake", [("a-001",1),("a-002",1),("a-003",2),("a-005",5),("a-006",2),("a-007",3)], None),
 ("Kim's armoured train crossed the border at Khasan on Tuesday", [("a-003",1),("a-005",2),("a-006",1),("a-007",1)], None),
 ("Kim left Pyongyang on Sunday", [("a-005",2),("a-007",2)], None),
 ("They toured the Angara assembly hall and the Soyuz launch pad", [("a-001",2),("a-002",2),("a-003",3),("a-005",6),("a-006",3),("a-007",4)], None),
 ("Putin on satellites: that is why we came here", [("a-001",3),("a-002",3),("a-003",5),("a-005",7),("a-006",4),("a-007",5)], None),
 ("Kim: Russia is in a sacred fight; North Korea stands with Moscow", [("a-001",4),("a-002",4),("a-003",9),("a-005",8),("a-006",7),("a-007",8)], None),
 ("The talks lasted about five hours", [("a-001",5),("a-002",5),("a-004",8),("a-006",12),("a-007",13)], None),
 ("No agreements were signed", [("a-001",6),("a-002",6),("a-003",11),("a-004",11),("a-006",12),("a-007",13)], None),
 ("Lavrov and Shoigu took part", [("a-001",7),("a-002",7),("a-003",8)], None),
 ("North Korea fired two short-range ballistic missiles before the meeting", [("a-001",8),("a-006",14)], None),
 ("The US warned an arms deal would violate UN Security Council resolutions", [("a-001",9),("a-002",8),("a-005",10),("a-006",11),("a-007",12)], None),
 ("Second meeting, after Vladivostok in April 2019", [("a-001",10),("a-002",9),("a-003",13),("a-005",11),("a-006",13),("a-007",14)], None),
 ("Kim to go on to Komsomolsk-on-Amur and Vladivostok", [("a-001",11),("a-002",11),("a-003",14),("a-004",13)], None),
 ("Kim invited Putin to North Korea and he accepted", [("a-003",12),("a-004",12)], None),
]
GOLD["ecb-hike-2023-09"] = [
 ("The ECB raised its deposit rate by 0.25 points to 4%", [("b-013",0),("b-013",1),("b-014",0),("b-014",1),("b-015",0),("b-016",0),("b-017",0)], None),
 ("The highest level since the euro was created", [("b-013",2),("b-014",2),("b-015",0),("b-016",0),("b-017",0)], None),
 ("The main refinancing rate rises to 4.5%", [("b-013",3),("b-014",3),("b-015",1),("b-016",1),("b-017",1)], None),
 ("New rates apply from 20 September", [("b-013",4),("b-014",4),("b-016",1)], None),
 ("Tenth consecutive rise since July 2022", [("b-013",5),("b-014",0),("b-015",0),("b-016",2),("b-017",2)], None),
 ("Inflation expected to stay too high for too long", [("b-013",6),("b-014",5),("b-016",3)], None),
 ("Euro-area inflation was 5.2% in August", [("b-013",7),("b-014",6),("b-015",8),("b-016",4)], None),
 ("The ECB hinted the peak may have been reached", [("b-013",8),("b-014",8),("b-015",0),("b-017",4)], None),
 ("Statement: rates at levels that, held long enough, bring inflation to target", [("b-013",9),("b-014",9),("b-015",3),("b-016",5),("b-017",5)], None),
 ("Lagarde: a solid majority backed the decision", [("b-013",10),("b-014",10),("b-015",6),("b-017",3)], None),
 ("Inflation forecast 5.6% in 2023 and 3.2% in 2024", [("b-013",11),("b-014",11),("b-015",1),("b-015",2),("b-016",7),("b-017",5)], None),
 ("Growth forecast cut to 0.7% this year", [("b-013",12),("b-014",12),("b-015",9),("b-016",7)], None),
 ("The euro fell below $1.07", [("b-013",13),("b-014",13),("b-015",4)], None),
 ("Lagarde would not say the peak was reached", [("b-015",5),("b-016",6)], None),
]
GOLD["india-results-2024-06"] = [
 ("The BJP fell short of a majority on its own", [("b-033",1),("b-035",0),("b-036",0),("b-037",0)], None),
 ("The BJP won 240 of 543 seats; 272 needed", [("b-033",2),("b-034",1),("b-035",1),("b-036",1),("b-037",1)], None),
 ("The BJP had won 303 seats in 2019", [("b-033",2),("b-035",1),("b-036",1),("b-037",2)], None),
 ("The NDA won about 293 seats, a majority", [("b-033",3),("b-034",2),("b-035",2),("b-036",2),("b-037",3)], None),
 ("The INDIA bloc won about 234 seats", [("b-033",6),("b-034",2),("b-036",2),("b-037",4)], None),
 ("Congress nearly doubled its tally to 99", [("b-033",7),("b-034",10),("b-035",4),("b-037",4)], None),
 ("Modi is set for a third straight term", [("b-033",4),("b-035",0),("b-036",0),("b-037",3)], None),
 ("TDP (16 seats) and JD(U) (12 seats) are crucial allies", [("b-033",5),("b-034",5),("b-036",3),("b-037",5)], None),
 ("Naidu and Kumar have switched sides before", [("b-036",4),("b-037",6)], None),
 ("The Samajwadi Party made big gains in Uttar Pradesh", [("b-033",8),("b-035",4)], None),
 ("Modi retained Varanasi with a reduced margin", [("b-033",10),("b-035",5)], None),
 ("Rahul Gandhi won Rae Bareli and Wayanad", [("b-033",12),("b-035",6)], None),
 ("Modi: the people trusted the NDA for a third time", [("b-033",11),("b-035",7),("b-036",5)], None),
 ("The Sensex fell nearly 6%, the biggest fall in four years", [("b-035",10),("b-036",8),("b-037",7)], None),
 ("Shares recovered some ground on Wednesday", [("b-036",8),("b-037",8)], None),
 ("About 642 million (64.2 crore) people voted", [("b-035",11),("b-036",10),("b-037",10)], None),
 ("Seven phases from 19 April to 1 June", [("b-035",11),("b-037",10)], None),
]
GOLD["ecb-cut-2024-06"] = [
 ("The ECB cut its deposit rate by 0.25 points to 3.75%", [("b-018",1),("b-019",0),("b-020",1),("b-021",1),("b-021",2)], None),
 ("The first cut since 2019 / in almost five years", [("b-018",3),("b-019",0),("b-020",0),("b-021",1)], None),
 ("After nine months at a record level", [("b-018",1),("b-021",2)], None),
 ("Inflation was 2.6% in May", [("b-018",6),("b-019",5),("b-021",3)], None),
 ("Projections: 2.5% in 2024, 2.2% in 2025, under 2% in 2026", [("b-018",10),("b-018",11),("b-019",4),("b-021",5)], None),
 ("Lagarde would not commit to a path of further cuts", [("b-018",7),("b-018",8),("b-019",2),("b-020",3),("b-021",4)], None),
 ("One governor voted against", [("b-018",9),("b-019",6),("b-021",8)], None),
 ("The ECB moved ahead of the US Federal Reserve", [("b-018",13),("b-019",8),("b-020",0),("b-021",10)], None),
 ("The cut was widely anticipated by markets", [("b-019",1),("b-021",3)], None),
 ("Strong wage growth drives services prices", [("b-018",12),("b-019",5)], None),
 (UK_INFLATION, [("b-020",5)], None),
]
GOLD["putin-pyongyang-2024-06"] = [
 ("Putin and Kim signed a comprehensive strategic partnership treaty", [("a-008",0),("a-008",3),("a-010",3),("a-011",3),("a-012",0),("a-014",0)], None),
 ("The treaty provides mutual assistance if either is attacked", [("a-008",0),("a-008",4),("a-009",8),("a-010",4),("a-011",4),("a-012",5),("a-013",11),("a-014",0)], None),
 ("Putin landed early on Wednesday and was met by Kim", [("a-008",1),("a-010",0),("a-011",0),("a-012",2),("a-012",3),("a-014",1)], None),
 ("A welcoming ceremony on Kim Il Sung Square", [("a-008",2),("a-010",3),("a-011",3),("a-012",4),("a-014",2)], None),
 ("The treaty replaces agreements of 1961 and 2000", [("a-008",3),("a-012",8)], None),
 ("Kim called it an alliance and the strongest treaty", [("a-008",5),("a-010",5),("a-011",5),("a-012",7),("a-014",3)], None),
 ("Putin did not rule out military-technical cooperation", [("a-008",6),("a-010",6),("a-012",6),("a-014",4)], None),
 ("Washington and Seoul accuse Pyongyang of supplying shells and missiles", [("a-008",6),("a-010",7),("a-014",5)], None),
 ("Putin's first visit in 24 years; in 2000 he met Kim Jong Il", [("a-008",8),("a-010",1),("a-010",2),("a-011",1),("a-011",2),("a-012",1),("a-014",1)], None),
 ("The visit returns Kim's trip to Vostochny last September", [("a-008",9),("a-010",9),("a-011",7),("a-012",10),("a-014",8)], None),
 ("Putin goes on to Vietnam", [("a-008",10),("a-010",10),("a-011",9),("a-012",11)], None),
 ("Putin gave Kim another (second) Aurus limousine", [("a-009",0),("a-010",8),("a-011",6),("a-013",0),("a-013",2),("a-014",7)], None),
 ("The first Aurus was given in February", [("a-009",4),("a-013",3),("a-014",7)], None),
 ("Kim gave Putin a pair of Pungsan dogs", [("a-009",6),("a-010",8),("a-011",6),("a-013",1),("a-014",7)], None),
 ("Pungsan: a hunting breed, a national treasure", [("a-009",6),("a-013",8),("a-013",9)], None),
 ("The two leaders took turns driving", [("a-009",0),("a-009",1),("a-009",2),("a-013",6)], None),
 ("Other gifts: a tea set and a naval dirk (Ushakov)", [("a-009",3),("a-013",0)], None),
 ("Putin first showed Kim the Aurus at Vostochny", [("a-009",5),("a-013",4)], None),
 ("Seoul voiced concern about the treaty", [("a-011",8),("a-014",6)], None),
]
GOLD["euro2024-final-2024-07"] = [
 ("Spain beat England 2-1 in the Berlin final for a record fourth title", [("a-033",0),("a-034",1),("a-035",0),("a-036",0),("a-036",1),("a-037",1),("a-038",0)], None),
 ("Nico Williams scored in the 47th minute from Yamal's pass", [("a-033",2),("a-034",3),("a-035",1),("a-036",2),("a-037",2),("a-038",3)], None),
 ("Substitute Palmer equalised in the 73rd minute", [("a-033",4),("a-034",5),("a-035",2),("a-036",3),("a-037",3),("a-038",2),("a-038",4)], None),
 ("Oyarzabal scored the winner four minutes from time from Cucurella's cross", [("a-033",5),("a-034",6),("a-035",2),("a-036",4),("a-037",4),("a-038",2),("a-038",5)], None),
 ("Olmo cleared Guehi's header off the line", [("a-033",6),("a-034",7),("a-035",3),("a-037",5),("a-038",5)], None),
 ("Spain won all seven matches", [("a-033",7),("a-034",8),("a-035",6),("a-036",7),("a-037",7)], None),
 ("Spain scored 15 goals", [("a-035",6),("a-037",7)], None),
 ("Rodri player of the tournament, Yamal best young player", [("a-033",8),("a-034",9),("a-035",7),("a-036",11),("a-037",9)], None),
 ("Yamal turned 17 the day before", [("a-033",2),("a-034",3),("a-035",7),("a-036",2)], None),
 ("England lost the previous final to Italy in 2021", [("a-033",3),("a-034",4),("a-035",4),("a-036",6),("a-037",10),("a-038",2)], None),
 ("England's wait for a major trophy since 1966 goes on", [("a-035",3),("a-036",5),("a-038",0)], None),
 ("French referee François Letexier", [("a-036",8),("a-037",6)], None),
 ("King Felipe VI attended", [("a-033",9),("a-036",9)], None),
]
GOLD["paris-opening-ceremony-2024-07"] = [
 ("The first opening ceremony held outside a stadium", [("a-027",0),("a-029",1),("a-030",0),("a-031",1),("a-032",0)], None),
 ("About 7,000 athletes sailed on 85 boats along the Seine", [("a-027",1),("a-029",0),("a-030",0),("a-031",1),("a-032",1)], None),
 ("A six-kilometre route from Austerlitz to the Trocadero", [("a-027",1),("a-029",1),("a-030",1)], None),
 ("About 300,000 spectators lined the quays", [("a-027",1),("a-030",6),("a-032",3)], None),
 ("Directed by Thomas Jolly", [("a-027",2),("a-028",1),("a-029",3),("a-030",2),("a-031",4),("a-032",4)], None),
 ("A four-hour show", [("a-028",1),("a-031",4),("a-032",4)], None),
 ("Lady Gaga performed a cabaret number", [("a-027",3),("a-029",4),("a-031",5),("a-032",4)], None),
 ("Gojira played metal at the Conciergerie", [("a-027",3),("a-029",4),("a-030",2),("a-031",5),("a-032",4)], None),
 ("A rider on a silver mechanical horse crossed the river", [("a-027",4),("a-031",5)], None),
 ("It rained for most of the evening", [("a-027",5),("a-028",9),("a-029",0),("a-030",1),("a-031",0),("a-032",0)], None),
 ("Céline Dion sang L'Hymne à l'amour from the Eiffel Tower", [("a-027",6),("a-028",2),("a-028",4),("a-029",7),("a-030",5),("a-031",7),("a-032",6)], None),
 ("Dion's first performance since her illness", [("a-027",6),("a-028",3),("a-029",7),("a-031",8)], None),
 ("Macron declared the Games open", [("a-027",6),("a-029",9)], None),
 ("Pérec and Riner lit the cauldron, a ring of fire on a balloon over the Tuileries", [("a-027",7),("a-027",8),("a-028",9),("a-029",8),("a-030",5),("a-031",9),("a-032",6)], None),
 ("Zidane and Nadal in the last torch relay", [("a-027",7),("a-030",4)], None),
 ("Sabotage of the TGV network disrupted travel hours before", [("a-027",9),("a-029",6),("a-031",10)], None),
 ("A scene read as a parody of the Last Supper drew criticism", [("a-028",7),("a-031",6)], None),
 ("45,000 police were deployed", [("a-029",5),("a-030",6)], None),
 ("The Games run until 11 August", [("a-029",10),("a-032",7)], None),
]

# planted events: (slug, base event, copied articles, modified article, new id, source,
#                  edits [(old, new)], conflicts [((new id, sentence), (other, sentence))])
PLANTED = [
    ("derna-floods-planted", "derna-floods-2023-09", ["b-022", "b-027"], "b-023", "p-023",
     "Planted Coast Wire", "2023-09-12",
     [("at least 10,000 are missing", "at least 4,000 are missing"),
      ("more than 2,000 bodies had been recovered", "more than 3,500 bodies had been recovered"),
      ("eastern coast on Sunday", "eastern coast on Friday")],
     [(("p-023", 0), ("b-022", 0)), (("p-023", 0), ("b-022", 3)), (("p-023", 0), ("b-027", 2)),
      (("p-023", 4), ("b-022", 4)), (("p-023", 4), ("b-027", 1)),
      (("p-023", 1), ("b-022", 1)), (("p-023", 1), ("b-027", 3))]),
    ("kim-russia-planted", "kim-russia-visit-2023-09", ["a-001", "a-006"], "a-002", "p-002",
     "Planted Times", "2023-09-13",
     [("met on Wednesday (September 13)", "met on Tuesday (September 12)"),
      ("in Vladivostok in April 2019", "in Vladivostok in April 2018"),
      ("and Foreign Minister Sergei Lavrov took part", "and Prime Minister Mikhail Mishustin took part")],
     [(("p-002", 0), ("a-001", 0)), (("p-002", 9), ("a-001", 10)), (("p-002", 9), ("a-006", 13)),
      (("p-002", 7), ("a-001", 7))]),
    ("chandrayaan3-planted", "chandrayaan3-landing-2023-08", ["a-020", "a-024"], "a-022", "p-022",
     "Planted Pravah", "2023-08-23",
     [("14 जुलाई को श्रीहरिकोटा", "24 जुलाई को श्रीहरिकोटा"),
      ("धरती के करीब 14 दिनों", "धरती के करीब 20 दिनों")],
     [(("p-022", 10), ("a-020", 6)), (("p-022", 10), ("a-024", 5)),
      (("p-022", 9), ("a-020", 6)), (("p-022", 9), ("a-024", 7))]),
    ("ecb-hike-planted", "ecb-hike-2023-09", ["b-013", "b-015"], "b-016", "p-016",
     "Planted Tribune", "2023-09-14",
     [("portant son taux de dépôt à 4 %", "portant son taux de dépôt à 4,25 %"),
      ("progressé de 5,2 % sur un an", "progressé de 5,9 % sur un an")],
     [(("p-016", 0), ("b-013", 1)), (("p-016", 0), ("b-015", 0)),
      (("p-016", 4), ("b-013", 7)), (("p-016", 4), ("b-015", 8))]),
]

ABOUT = ("Labelled fact sample for `storyline bench facts` (issue 12): 13 events of the demo "
         "corpus and 4 planted events (copies of demo articles with a number, date or participant "
         "changed by hand; ids p-*). Each line after this one: {event, planted, articles (records "
         "as ingested), facts: [{fact, supports: [{article, start, end, text}], conflicts: [[i, j] "
         "indexes into supports]}]}. Offsets are into the article's cleaned text. Gold written by "
         "reading the articles; see tests/data/facts_sample_build.py for how it was made.")


def _spans(rec: dict) -> tuple[str, list[tuple[int, int]]]:
    a = analyse(from_record(rec, f"facts-sample:{rec['id']}"))
    return a.text, [(s, e) for s, e, _ in sentence_spans(a)]


def _line(slug: str, planted: bool, recs: list[dict], facts, conflicts=()) -> dict:
    spans = {r["id"]: _spans(r) for r in recs}
    out, placed = [], set()
    for gloss, sups, conf in facts:
        sups = [s for s in sups if s[0] in spans]
        if len({a for a, _ in sups}) < 2 and gloss not in ALONE:
            continue
        mine = [c for c in conflicts if c[0] in sups and c[1] in sups and c not in placed]
        placed.update(mine)  # a planted conflict belongs to the first fact stating both sides
        pairs = list(conf or []) + mine
        rows = []
        for art, idx in sups:
            text, sp = spans[art]
            if idx >= len(sp):  # the split changed since the labels were written: renumber them
                raise SystemExit(f"{slug}: {gloss!r} cites sentence {idx} of {art}, which has {len(sp)}")
            s, e = sp[idx]
            rows.append({"article": art, "start": s, "end": e, "text": text[s:e]})
        out.append({"fact": gloss, "supports": rows,
                    "conflicts": sorted([sorted([sups.index(x), sups.index(y)]) for x, y in pairs
                                         if x in sups and y in sups])})
    return {"event": slug, "planted": planted, "articles": recs, "facts": out}


def build(only: set[str] | None = None) -> list[dict]:
    """The sample's lines, in order; ``only``: just those events (by slug), as a test checks them."""
    lab = demo.labels()
    recs = {r["id"]: r for r in demo.records()}
    lines = []
    for slug, facts in GOLD.items():
        if only is not None and slug not in only:
            continue
        ids = sorted(i for i, v in lab.items() if v["event"] == slug)
        lines.append(_line(slug, False, [recs[i] for i in ids], facts))
    for slug, base, copies, mod, new_id, source, date, edits, conflicts in PLANTED:
        if only is not None and slug not in only:
            continue
        rec = dict(recs[mod], id=new_id, source=source, date=date)
        rec.pop("url", None)
        for old, new in edits:
            assert old in rec["text"], (slug, old)
            rec["text"] = rec["text"].replace(old, new)
        facts = [(g, [(new_id if a == mod else a, i) for a, i in sups], None)
                 for g, sups, _ in GOLD[base]]
        lines.append(_line(slug, True, [recs[c] for c in copies] + [rec], facts, conflicts))
    return lines


if __name__ == "__main__":
    lines = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"about": ABOUT}, ensure_ascii=False) + "\n")
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    n_facts = sum(len(x["facts"]) for x in lines)
    n_conf = sum(len(f["conflicts"]) for x in lines for f in x["facts"])
    print(f"{OUT}: {len(lines)} events, {n_facts} facts, {n_conf} conflicting pairs")
