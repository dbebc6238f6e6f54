"""Counted nouns: words that, right after a number, show it counts things.

"от 1500 до 2000 человек", "Between 1500 and 2000 protesters", "de 1200 à
1600 manifestants": a preposition before a four-digit number marks it as a
year ("since 2000"), but a noun of people or things after the number (or
after the last number of a range or list) says the number counts.  Each
entry is a stem: a word matches when it is the stem, or begins with it and
the stem has five letters or more ("protest" covers "protesters",
"protestors"; "شخص" must be the word).  Keys are folded like the scanner's
(``fold`` below), so accents and case do not matter.
"""
from __future__ import annotations

import unicodedata

from .dates_lexicon import norm

_COUNTED: dict[str, str] = {
    "en": "people person persons protest demonstrator marcher soldier troops police officer resident refugee "
          "migrant worker employee jobs student children child families family homes house household vehicle "
          "dead deaths victim casualt injured wounded civilian fighter rebels militant prisoner inmate passenger "
          "tourist visitor spectator fans participant delegate member voter votes cases patient doctor teacher "
          "tonnes tons kilomet miles hectare acres dollars euros pounds rouble signature copies homeless evacuee "
          "supporter attendee guests athlete runners men women buildings schools firefighter rescuer "
          "journalist arrests detainee pilgrim metres meters feet",
    "ru": "человек людей протестующ демонстрант участник митингующ солдат военнослужащ военных полицейск "
          "жител беженц мигрант рабоч сотрудник работник студент детей семей семьи домов погибш убитых "
          "раненых жертв пострадавш боевик заключенн пассажир турист зрител болельщик избирател голосов "
          "случаев пациент тонн километр рублей долларов евро подпис мест метров метрами",
    "de": "menschen person personen demonstrant teilnehm soldat polizist einwohner bewohner fluchtling migrant "
          "arbeit beschaftigt mitarbeiter student kinder familie hauser haushalt tote toten opfer verletzt "
          "zivilist kampfer rebell gefangen haftling passagier tourist besucher zuschauer fans wahler stimmen "
          "patient tonnen kilometer euro dollar unterschrift stellen jobs helfer einsatzkrafte leute meter punkte gaste platze",
    "fr": "personne gens manifestant participant soldat militaire policier gendarme habitant resident refugie "
          "migrant ouvrier salarie employe emploi postes etudiant eleve enfant famille foyer maison logement "
          "morts tues victime blesse civils combattant rebelle prisonnier detenu passager touriste visiteur "
          "spectateur supporter electeur voix cas patient tonne kilometre euros dollars signature metres points",
    "es": "persona gente manifestante participante soldado militar policia agentes habitante vecino residente "
          "refugiado migrante obrero trabajador empleado empleo puestos estudiante alumno ninos familia hogares "
          "vivienda casas muertos fallecido victima herido civiles combatiente rebelde presos recluso pasajero "
          "turista visitante espectador aficionado votante elector votos casos paciente tonelada kilometro "
          "euros dolares firmas metros puntos",
    "it": "persone persona gente manifestant partecipant soldati militari poliziott agenti abitanti residenti "
          "rifugiat migranti operai lavorator dipendent posti studenti alunni bambini ragazzi famiglie case "
          "abitazion morti vittime feriti civili combattent ribelli detenuti prigionier passegger turisti "
          "visitator spettator tifosi elettori voti casi pazienti tonnellat chilometr euro dollari firme metri punti",
    "pt": "pessoa gente manifestante participante soldado militar policia agentes habitante morador residente "
          "refugiado migrante operario trabalhador funcionario empregado emprego postos estudante alunos "
          "criancas familia casas domicilio mortos vitima feridos civis combatente rebelde presos prisioneiro "
          "detidos passageiro turista visitante espectador torcedor eleitor votos casos paciente tonelada "
          "quilometro euros dolares assinatura metros",
    "hi": "लोग लोगों व्यक्ति व्यक्तियों प्रदर्शनकारी प्रदर्शनकारियों सैनिक सैनिकों जवान जवानों पुलिसकर्मी निवासी "
          "शरणार्थी शरणार्थियों मजदूर मजदूरों कर्मचारी कर्मचारियों छात्र छात्रों बच्चे बच्चों परिवार परिवारों घर घरों "
          "मौत मृत शव घायल यात्री यात्रियों मतदाता मतदाताओं वोट मामले मरीज मरीजों टन किलोमीटर रुपये डॉलर मीटर",
    "ar": "شخص اشخاص شخصا مواطن مواطنا متظاهر متظاهرا محتج جندي جنود عسكري شرطي لاجئ لاجئا مهاجر عامل عمال "
          "موظف طالب طلاب طفل اطفال عائلة اسرة منزل منازل قتيل قتيلا قتلى ضحية ضحايا جريح جرحى مصاب مدني "
          "مدنيا مقاتل مسلح سجين معتقل راكب سائح زائر ناخب صوت حالة مريض طن كيلومتر دولار يورو متر مترا نقطة",
    "he": "איש אנשים בני מפגינים משתתפים חיילים שוטרים תושבים פליטים מהגרים עובדים סטודנטים תלמידים ילדים "
          "משפחות בתים הרוגים נפגעים פצועים אזרחים לוחמים אסירים נוסעים תיירים מבקרים אוהדים מצביעים קולות "
          "מקרים חולים טון קילומטר דולר שקל שקלים יורו מטר מטרים נקודות",
    "cs": "lidi osob osoby demonstrant ucastnik vojak vojaci policist obyvatel uprchlik migrant delnik "
          "zamestnan pracovnik student zaku deti rodin domu mrtvych obeti zranen civilist bojovnik rebel vezni veznu "
          "cestujici turist navstevnik divaku fanousk volic hlasu pripad pacient tun kilometr korun dolaru eur "
          "podpis metru metry metrech kc bodu body bodů",
    "pl": "osob osoby osoba ludzi demonstrant uczestnik zolnierz policjant mieszkanc uchodzc migrant "
          "pracownik studentow dzieci rodzin domow zabitych ofiar rannych turyst kibic wyborc glosow "
          "przypadkow pacjent ton tony kilometr zlotych zl euro dolarow metrow punktow",
    "el": "ατομα ανθρωπ διαδηλωτ συμμετεχοντ στρατιωτ αστυνομικ κατοικ προσφυγ μεταναστ εργαζομεν εργατ "
          "φοιτητ μαθητ παιδια οικογενει σπιτια νεκροι νεκρους νεκρων θυματ τραυματι αμαχοι αμαχους μαχητ κρατουμεν επιβατ τουριστ "
          "επισκεπτ θεατες θεατων οπαδοι οπαδους ψηφοφορ ψηφους ψηφοι ψηφων κρουσματ ασθεν τονους χιλιομετρ ευρω δολαρια μετρα μετρων μοναδες",
}


# Prepositions and year words that take a time and never a count: "since
# 1994 fans new and old" (a dev-file sentence) is the year.  Those that also
# take an amount ("between", "from", "up to", "of", "in", "до", "von", "de",
# "tra", "עד") leave the reading to the noun after the number.
_TIME_ONLY: dict[str, str] = {
    "en": "since during until till early late mid year",
    "de": "seit anfang ende mitte jahr jahre jahres",
    "fr": "depuis pendant debut fin mi an annee jusqu",
    "es": "desde durante año principios finales mediados",
    "it": "dal dall nel durante anno inizio fine metà",
    "pt": "desde durante ano inicio fim meados",
    "ru": "году года год",
    "hi": "साल वर्ष सन् सन",
    "ar": "منذ خلال أوائل اوائل أواخر اواخر منتصف شهر عام العام سنة لعام للعام بحلول",
    "he": "מאז שנת בשנת משנת לשנת יום ביום ליום מיום",
    "cs": "roku roce rok",
    "el": "το στο έτος έτους",
    "pl": "roku rok",
}

# Words meaning "for" (or "up to") that take a year as often as an amount:
# "für 2024" is the year, "für 2024 Euro" a price; "pour 2023" / "pour 2023
# personnes", "pro 2024" / "pro 2024 diváků", "až do 2030" / "až do 2000
# korun".  A number after one is read as a year only when no counted noun
# follows and the year lies near the report's (``Ref.near``).  Phrases are
# "|"-separated, words of a phrase space-separated; English "for", Portuguese
# "para" and Russian "на" were year prepositions before this list and stay so.
_NEAR: dict[str, str] = {
    "de": "für", "fr": "pour|jusqu à", "es": "para", "it": "per", "cs": "pro|na|až do",
    "el": "για", "he": "ל|עבור", "ar": "ل|لـ", "pl": "na|dla|aż do",
}


def fold(word: str) -> str:
    """``norm`` without the Greek tonos either (norm keeps non-Latin marks)."""
    key = norm(word)
    if any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in key):
        key = "".join(ch for ch in unicodedata.normalize("NFD", key) if not unicodedata.combining(ch))
        key = key.replace("ς", "σ")
    return key


COUNTED: dict[str, frozenset[str]] = {lang: frozenset(fold(w) for w in words.split())
                                      for lang, words in _COUNTED.items()}

TIME_ONLY: dict[str, frozenset[str]] = {lang: frozenset(fold(w) for w in words.split())
                                        for lang, words in _TIME_ONLY.items()}


NEAR: dict[str, frozenset[tuple[str, ...]]] = {
    lang: frozenset(tuple(fold(w) for w in phrase.split()) for phrase in phrases.split("|"))
    for lang, phrases in _NEAR.items()}


def counted_noun(lang: str, word: str) -> bool:
    """``word`` (a token's text or key) is a noun of counted people or things in ``lang``."""
    stems = COUNTED.get(lang)
    if not stems:
        return False
    key = fold(word)
    return key in stems or any(len(s) >= 5 and key.startswith(s) for s in stems)
