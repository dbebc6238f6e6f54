"""The version of what name resolution writes into a store (entities, mentions,
checkpoints): a store whose checkpoint holds another version is read anew at
its next relink.  Bump :data:`VERSION` when the names stage reads or keys
anything differently, and say why below: the history says which change made a
store re-read its names.

History:

  2: "position" also counts mentions in languages that capitalise every noun;
  3: a report's short forms are read after its full names (shorter_forms), a mention keyed as its known name
  4: a name less or plus a final -s is another name unless a genitive of its language explains it ("William", "Williams")
  5: an acronym and the ORG name whose initials it spells, named in one story or report, are one (entity_acronyms)
  6: that ORG name is headed by an organisation noun, the acronym written mostly as one (entity_acronyms.headed);
     names read anew: lists of places, a currency before an amount, a quoted title's first word by position
  7: Russian display names in the nominative (entity_inflect)
  8: an inflected gazetteer place is keyed by its English name ("Londýně"); names read anew (entity_parts)
  9: Russian г also read as h across scripts ("Голой Пристани" / Hola Prystan); names read anew (Czech and
     Greek function words, Czech titles, "Port-au-Prince", seas in the gazetteer)
  10: Greek digraphs read by sound in spelling keys, no language rule across scripts ("Τόνι Μπλερ" is Tony Blair);
      an initial before a name is kept and fits the name it abbreviates ("V. Klaus" of "Václav Klaus")
  11: a short form of a given name joins the one full form of the store ("Don Rumsfeld", entity_given); names
      read anew: a name glued to the next word ("Bushannounced"), an initial before a common word, Czech and Greek demonyms
  12: names read anew: an e-mail header label is no name nor part of one ("James Roche CC"), a Czech or Greek
      adjective of a place alone is none ("Βρετανική") and opens no guessed person ("Ιρανική Επαναστατική Φρουρά")
  13: names read anew: an office symbol or code after a name is none of it ("James Roche SAF/OS", entity_codes),
      celestial bodies are gazetteer places ("Earth"), a site after "au"/"en el" or before ", where" is a place
  14: names read anew: a demonym or place adjective alone is none ("Peruvian", "Sunni Muslim", "Черноморскую"),
      "près de"/"cerca de" and a place noun before a name say PLACE ("el río Dniéper"); a place's dateline in capitals
      yields to its prose spelling in the display ("Delhi", not "NEW DELHI"'s "New Delhi")
  15: a PLACE mention is also keyed by the GeoNames city it names (EntityResolver.city_key: "Cherson", "Херсон")
  16: Arabic and Hebrew place names found in the where index, after proclitics (entity_abjad_places: "بلندن", "ולסין")
  17: an organisation meets no PLACE by the place it is named after ("Washington Post" is not Washington,
      entity_merge.named_after_place)
  18: names read anew: an Arabic nisba adjective, a definite attribute, a frequent word plus an enclitic is no place;
      the fuzzy second pass refinds no Arabic or Hebrew word the place lookup refused ("فرانس برس")
  19: a PLACE mention naming a first-level subdivision is keyed by it (EntityResolver.city_key: "subdivision:US-FL"
      for "Floride", "Florida", "Флорида"); the where index knows subdivisions in every language (where_subdivisions)
  20: names read anew: French, Spanish, German, Czech and Greek demonyms read off a place alone are none ("Jamaïcain",
      "Τζαμαϊκανός"), one that the text writes as a given name stays ("Roman" of "Roman Abramovich"), a run of demonyms
      is none ("Roman Catholic"); the display is the reports' commonest listed spelling ("Kiev", not "Kyiv")
  21: an Arabic or Hebrew town under 1,000,000 people, a shared name's biggest place ("جنيف", Geneva) and, read
      against the event's places, a country's name that is a frequent word ("הודו", they admitted) need their
      country named by the report or the event (entity_abjad_places)
  22: 19, 20 and 21 together (each was built on its own branch)
  23: names read anew: a Russian adjective of a country alone is none ("Корейского"), before a place noun it opens a
      place ("Корейском полуострове", "Хабаровском крае"); a subdivision is keyed in the nominative ("Херсонской
      области" is UA-65); a Hindi city of a million people before a postposition is a place ("लखनऊ में"); a foreign
      Russian name after a person noun in an oblique case is recorded in the nominative ("Мун Чжэ Ину": "Мун Чжэ Ин");
      a one-letter syllable after a name is part of it ("Ван И"); a Hindi numbered model is PRODUCT ("चंद्रयान-3")
  24: names read anew: a Devanagari spelling of an Indian or Nepali city's Latin name is that city ("बेंगलुरु",
      where_romanised), a word the Russian dictionary reads as a nominative is no case form of a city ("Сергей");
      a city's case form is in its country (where.country_of: "Пхеньяне"); Arabic place words (h-places6)
  25: names read anew: common words in capitals are none ("the FEDERAL GOVERNMENT knew", entity_capitals), an
      organisation in capitals meets no one-word core ("FEDERAL NEWS" / "Federal"); Czech place nouns after a place
      adjective ("Perském zálivu"); irregular demonyms ("Welsh", "Belge"), French "Italien" no place; a place's
      region after a comma is PLACE ("Cupertino, California"); nouns that count are stop words ("Miles") (h-names6)
  26: Hindi: a name after a place noun ("की राजधानी हनोई") or placed by the gazetteer is PLACE over a known MISC;
      a place or organisation head word joins the name before it ("वोस्तोचनी कॉस्मोड्रोम"); an adjective before an
      organisation head word makes a common noun ("सबसे बड़ी विपक्षी पार्टी") (h-hindi7)
  27: a place no English report names is shown to English readers by the gazetteer's English name ("Japón" is
      Japan, entity_names.gazetteer_english), which is then its canonical name; names read anew: a German gazetteer
      place whatever its adjectives' ending ("das Schwarze Meer" is Black Sea, Lexicon._declined) (h-audit)
  28: organisations by their legal form ("Volkswagen AG", "ПАО «Газпром»"), a class noun before them also at a
      sentence start or as a German noun ("Компания «Яндекс»", "Die Hilfsorganisation Caritas"), a club word and a
      town ("Real Madrid"); a model's code is no person ("premier A321XLR"); German "Meer", English "rainforest"
      place nouns (entity_orgs, h-names7)
  29: a one-word name with no cue that the where index knows as a city of 1M people, or a smaller city or a
      subdivision of a country the text's places name, is a PLACE ("Casablanca", "Тольятти": entity_cities, h-names8)
  30: a person's name beside a lower-case head noun of a thing named after someone is that thing ("la plaza Kim
      Il-sung", "площади Ким Ир Сена": entity_named_after); not a town in a sentence about sport ("Houston coach"),
      nor a smaller city's unlike other name ("Google"); a name cities of several countries bear is a PLACE in a
      text naming one ("Cádiz"); "Notre Dame", "Тихоокеанского флота", "Three Lions" whole, no "(United)" (h-names9)
  31: a place named after a person is shown with its head noun in each language ("plaza Kim Il-sung",
      "площадь Ким Ир Сена", "किम इल सुंग स्क्वायर"; its key stays the person's: entity_named_after.headed_name); a German
      compound "Kim-Il-Sung-Platz" is that place; a Russian plural noun of people opening a sentence is no given name
      ("Акционеры Сбербанка"); a slash list makes no company ("Broker/Trader/Advisor CEO/President") (h-names10)
  32: names read anew: a name in the possessive before a lower-case word owns that noun, and a place preposition
      before it is the noun's ("in Taylor Hackford's biopic", "in Boeing's favor": no PLACE; entity_parts.owns_noun); an
      English bare subject that "its" points back to is an organisation ("Samsung said its", entity_orgs.its_subject)
  33: names read anew: the examples a class noun of organisations gives are organisations ("airlines such as Lufthansa
      and Air France", entity_orgs.org_list), a nation's carrier is one ("Air France", "Deutsche Bahn":
      national_service), a quoted appellation after its class noun is whole and of that class («Бхаратия джаната
      парти», помощника «Алиса»: entity_quoted), a person's name after "en el" is a place ("el Santiago Bernabéu"),
      a guessed person "its" points back to is an organisation; a company's name with its legal form is keyed
      without it ("Tesla Inc": entity_orgs.legal_cores); a Romance head before "de" is shown ("puente de
      Austerlitz") (h-names15)
  34: a name known from the event's other reports is found again where the text spells it by another romanisation
      convention, the spelling keys folded on both sides ("वोस्तोचनी कॉस्मोड्रोम" for "Vostochny Cosmodrome":
      entity_known.KnownNames._spelled_hit)
  35: names read anew: a country's name in capitals beside a noun of an alliance is that alliance, ORG, keyed
      "alliance:<country>" ("the INDIA bloc", "блок INDIA", "इंडिया गठबंधन": entity_alliances); a Spanish "al"
      before a word that takes an article joins no names ("de Austerlitz al Trocadero": entity_runs.parts_names);
      "Co" is a legal form ("Walt Disney Co"); a name after "en el" whose word the text counts in lower case is no
      site ("el Monedero Patria", "los monederos") (h-names16)
 36: a Devanagari word that spells a known Latin acronym by its letters' names is that acronym ("एनडीए" is NDA,
      "बीजेपी" BJP: entity_keys.lettered_acronym)
 37: a Devanagari word that runs together the first syllables of a known organisation's name of 3-5 words is
      that organisation ("भाजपा" of "भारतीय जनता पार्टी": syllabic_acronym, now in entity_devanagari)
 38: a Devanagari word whose vowels Hindi writes for several (the inherent vowel, candra o, a long a) read so is
      the name the event knows in another script ("ऑरस" Aurus, "कांग्रेस" Congress: entity_devanagari), a party's
      short form is anchored by its name in another script too ("भाजपा" of "Bharatiya Janata Party"); names read
      anew: a bare name that recalls products is ORG ("Tesla recalled … pickups"), a country in capitals after a
      German compound alliance noun is the alliance ("Oppositionsbündnis INDIA"), an amount's last group opens no
      model ("50,000 Prius") (h-names17)
  39: a known person's first or last word of three letters found outside the Latin script by its exact key
      ("किम", "Ким" of "Kim Jong Un"); a gazetteer spelling limited to listed languages ("Sena": es, it, pt)
      (h-names18)
  40: names read anew: a name ending in a borrowed head word of organisations is ORG ("Shiv Sena", "Rashtriya Janata
      Dal", "Шив Сена": the lexicon's final_org_heads), its head alone the same ("the Sena"), and in German not cut
      after an article ("Die Shiv Sena", "Die Samajwadi Party"); a maker that recalls products in German, French,
      Spanish, Italian, Portuguese and Russian ("Toyota ruft … zurück", "rappelle", "отзывает": entity_makers); the
      one word that opens a named model of the text or the event is its maker, ORG ("Aurus" of "Aurus Senat"), and a
      name of 2+ words after a lower-case product noun where a noun's name follows it a model ("лимузин Aurus Senat")
      (h-names19)
  41: a Hindi (Devanagari) report is read again at relink against its event's names in other scripts, as Arabic
      and Hebrew ones are (service_abjad: "ऑरस" of a report placed before its event knew "Aurus"); a known
      organisation's or place's name of 2-3 words is found written as one Devanagari word ("शिवसेना" of "Shiv Sena",
      "उत्तरप्रदेश", "जनसंघ": entity_devanagari.compound_name) (h-names20)
  42: a report's headline gives mentions of the names its body gives, found again there (entity_headline:
      the Russian headline's "Аурус" of a body's "Aurus"); a Devanagari word's spelling key reads the inherent
      vowel between two like consonants ("छीनने", to snatch, keyed "chinane", is no French "Chine") (h-names21)
  43: a sentence's first word that is one of its language's 1,000 most frequent words, going on into a lower-case
      word of its phrase, is no name ("Money markets now price …": entity_common.position_word) (h-names22)
  44: names read anew: so is an inflected form of one, by the language's Snowball stem ("Reports also …", "Parlant
      à", "Horas después": entity_common.common_stems); a capitalised "May" (a stop word and a month that needs
      context) after a given name or a title is the surname ("Theresa May"), and alone opening a sentence the
      known or found person's short form ("May said …": entity_stop_names); a Hindi holder an appointing clause
      names is a PERSON ("नरेंद्र मोदी का … प्रधानमंत्री बनना", "अमित शाह को गृह मंत्री नियुक्त": entity_appointed) (h-names23)
  45: names read anew: a sentence's first word before a title the stage knows, one of its language's 2,000 most
      frequent words, an adjective by its ending or "ex", is no name ("Former president Barack Obama", "Pop queen
      Madonna", "Then-President George Bush", "Ehemaliger Präsident", "Экс-президент": entity_common.title_modifier);
      "ex" glued to a title is a title ("Expresidente") (h-names24)
  46: names read anew: where pyspellchecker counts no words (Czech, Greek, Polish) a modifier before a title is
      one of jusText's frequent words ("Bývalý", "Πρώην"); a title's first word before another title makes it
      one ("Vice Defense Minister"); an inflected form of a 2,000-most-frequent word ("Markets") and a Russian
      plural noun or verb by the dictionary ("Рынки", "Читайте") opening a sentence are no names (entity_common);
      Italian "degli", "dei", "delle", "dello", "dell'" are particles ("presidente degli Stati Uniti Donald Trump")
      (h-names25)
  47: names read anew: a word of the lexicon's title_modifiers ("Veteran", "Outgoing", "Scheidender", "Απερχόμενος")
      before a title or a name is no name nor part of one; "adviser", "advisor" are English titles ("Trump Adviser
      John Bolton" is two names); after "<title> dell'"/"de l'" a country or subdivision the where index knows, or
      a word no list of the language holds before its holder's name, is the office's PLACE ("dell'Uttar Pradesh",
      "dell'Abcazia Aslan Bzhania": entity_heads.indexed_place, entity_common.unknown_word) (h-names26)
  48: names read anew: a bare name before a lower-case company noun is an organisation, before a noun of a
      person's staff or government a person ("Bulgaria's Bulgartransgaz operator", "Trump adviser", "the Bush
      administration": entity_modifiers); national legislatures are institutions and a place after one and a
      particle its country ("des Majilis d'Iran"); title modifiers in every Romance gender and number, before a
      plural title ("Veteranos senadores"; pt, it "senador", "senatore"); an auxiliary before the verb "its"
      points back across ("Shell had sold its assets") (h-names27)
  49: names read anew: after a portfolio and a particle a gazetteer place is the office's country ("ministre des
      Finances d'Allemagne", "ministro de Asuntos Exteriores de España": no "d'Allemagne" PERSON); a Portuguese or
      Italian preposition fused with its article before a country or region the where index knows makes it that
      PLACE ("no Arizona", "nell'Arizona": the lexicon's fused_place_preps); a word the text writes in lower case
      before a title is the title's ("Executive Director … executive director"); a German compound adjective
      capitalised by position names nothing ("Brandheiß", "Knallhart": entity_common.compound_adjective); a bare
      name before a verb of taking over a business is a company ("Zorblax acquired the startup": the lexicon's
      acquisition_verbs, entity_acquirers) (h-names28)
  50: a title word after a capitalised particle that follows a name word is a surname's ("Bruno Le Maire", not
      "Bruno" and the mayor: entity_heads.particle_surname); German "bei" makes a name PLACE only where the where
      index knows it as a country, a region or a city ("bei Facebook und YouTube" no longer PLACE); an article before a
      company is allowed by the verb of taking over ("A Zorblax adquiriu a startup"); a German first word before
      a verb and an accusative-only article is the subject, no compound adjective ("Hochtief hat einen Auftrag");
      a plural in -s of one of the 5,000 most frequent words opening a sentence names nothing ("Profits at …")
      (h-names29)
  51: German role nouns made of adjectives and participles are titles ("Der Vorsitzende Klaus von Dohnanyi":
      PERSON, no MISC with the title); a German word no list holds after its article, the subject of a verb of
      taking over, is the company ("Die Zorblax übernimmt": entity_acquirers.buyer_words); a Romance plural of a
      listed word is no unknown word ("ministro de Finanzas": no PLACE); a German sentence opening with a declined
      adjective and a common noun names nothing ("Schwere Kämpfe": entity_common.adjective_opener); a name opened
      by a number from two is no person's ("Five Guys": MISC); a word of ranks 1,000-2,000 opening a sentence
      before a lower-case word is common unless it may be a given name ("Gas prices"; not "Bill") (h-names30)
  52: German "Parlament" heads organisations ("Türkisches Parlament": ORG, no adjective opener); after a title and a genitive article, a place or institution then two or three capitalised words
      are the body and its holder ("des Europäischen Parlaments Ulrike Lunacek", "der Vereinigten Staaten Joe
      Biden"); a German noun in -en with no strong adjective form is no adjective of the name after it ("den
      Konkurrenten Qux"), and a bare name after a verb of taking over and its object noun is a company; two
      spaces end a run ("von Thyssenkrupp  Merz"); a legal form is no compound's head ("Montag" no ORG cue);
      a German plural of a listed noun alone, or after a place, names nothing ("Zahlen", "in Bayern Schäden")
      (h-names31)
  53: Chinese names from cues: a title's holder, a clause-opening transliterated name before a time word or
      a verb, places of the where index (entity_han); a Han window finds a known name by its exact key and
      as written ("席习近平", "险" no longer); German: a company after its head's "von" ("Vorstandsvorsitzender
      von Thyssenkrupp"), a word before a legal form ("die Siemens AG"), "Linke" the party, an adjective made a
      noun after a noun names nothing ("eine Gruppe Jugendliche") (h-names32)
  54: Chinese organisations by their head word after a place, an opener or a transliterated name
      ("俄罗斯外交部", "世界卫生组织", "康奈尔大学"; entity_han_orgs), the gazetteer's institutions in Chinese
      ("联合国" keyed as the United Nations); a title's transliterated holder that goes on into a word is none
      ("国王查尔斯猎犬"), a part after "·" is the name's ("特雷·高迪"), a clause-opening name before a company's
      verb is an ORG ("索尼宣布推出"); German: a place's -er adjective opens a name ("der Thüringer
      Allgemeinen"), genitive prepositions are stop words ("Linken Angesichts" no longer one name) (h-names33)
  55: Chinese compass points open an organisation ("西北大学"), a transliterated name whose end an end word
      tells is taken up to eight characters ("斯托尔滕贝格表示"); German: an acronym hyphened onto a common noun
      is a name of its own, no place after "aus" ("aus SPD-Kreisen": "SPD" ORG) (h-names34)
  56: German "Kreise", "Kreisen" (circles, the sources a report cites) are a common noun, alone or as a
      compound's end: "aus Regierungskreisen" is no PLACE, "aus Nato-Kreisen" names only "Nato" ORG; Chinese: a
      place alone before "公司" (company) names no company ("密苏里州公司" is a Missouri company: "密苏里州"
      PLACE) (h-names35)
  57: German: a word of the language's list whose plural or dative is listed too, right after "in", "aus",
      "nach" or "nahe" with no article, that no place of the gazetteer or the where index bears, is a noun the preposition governs, no PLACE ("in
      Kürze", "in Höhe von", "nach Hause", "in Insolvenz"; "in Landshut", "aus Kiel", "in Norddeutschland"
      stay places) (h-names36)
  58: an acronym is an organisation's name: a stop word in capitals the gazetteer writes so, among words
      not in capitals, is that body ("A WHO spokesperson"); "the BBC's" reads its capitals less the
      possessive; a word of four capitals or fewer names a gazetteer entry only as a row writes it ("IRA" is
      no Portuguese "Irã", Iran); a bare acronym is ORG; a Chinese person's name (a family name and one or two
      characters) is also keyed with the family name apart, so "习近平" meets "Xi Jinping" (h-names37)
  59: the gazetteer names the Far East in every language ("Fernen Osten", "Fernost" join "Far East")
      (h-audit6)
  60: the merge of 58 and 59
  61: "PM" after a clock time is no title ("8:16 PM AP Photo": AP no person); the West Bank is a place in the
      gazetteer (no "Bank" organisation); a place named after a person lists no bare person's words as its spellings
  62: a party's bracketed qualifier is part of its name and key ("Janata Dal (United)", "CPI(M)"); an acronym
      after a title and "de" is the body, no portfolio ("porte-parole de l'UNICEF"); the Soviet Union is a
      gazetteer place ("СССР", "USSR", "Радянський Союз"); a recurring event's names in other languages share
      its key ("Eurocopa", "Euro"); a person and a place named after the person stay two entities (h-names39)
  64: two names met only each less its own head word are two things ("Каховской ГЭС", "Каховское
      водохранилище": the dam and its reservoir) (h-names41)
  66: the gazetteer's places gain their Portuguese, Italian and Ukrainian reader forms as spellings
      ("Росія", "Північна Корея", "Mosca"; ``place_names``) and rows for Kherson, Odesa, Zaporizhzhia, Nova Kakhovka, Oleshky, Marrakech and Derna
      (h-ui39; 65 was left unused)
  67: Ukrainian function words in the lexicon ("В Одесі" no PERSON, "Він" no name) and no "-си"
      reflexive in the Ukrainian stemmer ("Одеси" is Odesa) (h-search21)
  68: the gazetteer's places gain their German, French, Russian and Hindi reader forms as spellings
      ("Kosmodrom Wostotschny", "Dniepr", "Каховка", "नीपर"; ``place_names``) and rows for the Vostochny
      Cosmodrome, the Dnipro, Kakhovka, Tripoli, Frankfurt, Chornomorsk and Agadir (h-ui40)
"""

VERSION = 68  # h-ui40 (67 on its branch): gazetteer rows for Vostochny, the Dnipro, Kakhovka, Tripoli, Frankfurt, Chornomorsk, Agadir and de/fr/ru/hi reader forms (stored names of such mentions change); was 67, h-search21: Ukrainian function words in the lexicon ("В Одесі" no PERSON, "Він" no name) and no "-си" reflexive in the Ukrainian stemmer ("Одеси" is Odesa): stored names of Ukrainian reports change; was 66, h-ui39: gazetteer rows gain pt/it/uk reader forms and rows for the demo's Ukrainian, Moroccan and Libyan towns (stored names of such mentions change); was 64, h-names41: stored names change: a dam and its reservoir two entities; was 63, h-names40: Ukrainian reports' names read by the Ukrainian stemmer and case forms ("Росії", "Києві", "Україні" are places); was 62, h-names39: stored names change: "Janata Dal (United)" whole, UNICEF after "de l'", USSR row, Eurocopa = Euro, Kim Il-sung apart from his square
