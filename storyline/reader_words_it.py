"""The pages' fixed wording in Italian, for the catalogue.

The front page's language menu offered Italian by its name, but an event or story
page's menu offered only the languages the catalogue is worded in, so an Italian
reader who chose it there read English (h-ui36, issue 12).  Kept in its own table,
keyed by the catalogue's English, as Arabic's (:mod:`storyline.reader_words_ar`), and
merged by :func:`storyline.reader_words_tables.add_table`, which refuses at import a key
left without Italian or Italian for no key.  Counted nouns are CLDR's one / other
("1 fatto", "0 fatti", "2 fatti"); quotes are CLDR's « ».  Where the English puts "of"
before a numbered event ("a report of event 8"), Italian would elide the article into
it ("dell'evento 8"), which two entries cannot say: the phrase before ends in a colon,
as a label ("uno degli articoli: evento 8").
"""
from __future__ import annotations

IT_NO_REPORT = ("nessun articolo è in {language}: ogni fatto è citato in inglese dove un articolo lo dice così, "
                "altrimenti nella sua lingua")

IT_WORDS: dict[str, str] = {
    # storyline.reader_words.WORDS
    # a timeline entry's happening day (h-dates9)
    "happened {date} · first reported {reported}": "avvenuto il {date} · prima notizia il {reported}",
    "first reported {reported}": "prima notizia il {reported}",  # alone, under a list's happening day (h-dates12)
    # storyline.reader_words.WORDS: a listed fact's context (h-facts25)
    "before it in {source}:": "subito prima, in {source}:",
    "the sentence before it in its report": "la frase precedente dello stesso articolo",
    "Stories": "Storie", "Events": "Eventi", "Names": "Nomi", "Search": "Cerca", "Not articles": "Non articoli",
    "Search in any language": "Cerca in qualsiasi lingua", "Skip to content": "Vai al contenuto",
    "Event {n}": "Evento {n}", "Story {n}": "Storia {n}",
    # "part of" and "the only event of" stand before "story {n}": "parte della storia 2"
    "part of": "parte della", "story {n}": "storia {n}", "the only event of": "l'unico evento della",
    ", which it titles": ", a cui dà il titolo", "Summary": "Riepilogo", "Reader's language": "Lingua del lettore",
    "Show": "Mostra", "corroborated": "confermato", "single-source": "fonte unica", "conflicting": "contraddittorio",
    "{facts} in its events: each event's page lists them all":
        "{facts} nei suoi eventi: la pagina di ogni evento li elenca tutti",
    "two or more independent reports state it": "lo affermano due o più articoli indipendenti",
    "one report only": "un solo articolo", "reports disagree": "gli articoli divergono",
    "The tag after it is the language the fact is quoted in; its citations quote each report.":
        "L'etichetta che segue è la lingua in cui il fatto è citato; le sue fonti citano ogni articolo.",
    "Open every citation": "Apri tutte le fonti", "Close every citation": "Chiudi tutte le fonti",
    "aligned with": "allineato con", "aligned": "allineato",
    "aligned with the fact as stated above": "allineato con il fatto come indicato sopra",
    "Sources disagree:": "Le fonti divergono:",
    "More facts stated by more than one report": "Altri fatti riportati da più di un articolo",
    "Stated by one report only": "Riportati da un solo articolo", "no other report confirms": "che nessun altro articolo conferma",
    "Timeline": "Cronologia", "Coverage": "Copertura", "By language": "Per lingua", "By source": "Per fonte",
    "Language": "Lingua", "Source": "Fonte", "Articles": "Articoli", "Names mentioned": "Nomi citati",
    "The number beside a name: how many of the articles name it.":
        "Il numero accanto a un nome: quanti degli articoli lo citano.",
    "Removed from the page:": "Tolto dalla pagina:",
    "Not part of the report, so left out of the text above and of search, events and facts. As the page wrote it:":
        "Non fa parte dell'articolo: resta fuori dal testo qui sopra, dalla ricerca, dagli eventi e dai fatti. "
        "Come lo scriveva la pagina:",
    "Nothing was removed from this page: no site menu, link to another story, notice or credit was found in its text.":
        "Nulla è stato tolto da questa pagina: nel suo testo non c'erano menu del sito, link ad altri articoli, "
        "avvisi né crediti.",
    "mentioned in the coverage:": "citato nella copertura:",
    # these stand before "event {n}" as labels (see the module's note)
    "the report whose title names": "l'articolo che dà il titolo a:", "a report of": "uno degli articoli:",
    "event {n}": "evento {n}", "date unknown": "data sconosciuta", "placed by content only": "collocazione solo per contenuto",
    "The chart opens at its latest dates: scroll it sideways for the earlier ones.":
        "Il grafico si apre sulle date più recenti: scorrilo di lato per quelle precedenti.",
    "without a date": "senza data", "The dates as a list": "Le date in elenco",
    # storyline.reader_words_lists
    "{stories} from {articles}, newest and biggest first.": "{stories} da {articles}, prima le più recenti e grandi.",
    "{events} from {articles}, biggest and newest first.": "{events} da {articles}, prima i più grandi e recenti.",
    "Search articles in any language": "Cerca articoli in qualsiasi lingua", "All events": "Tutti gli eventi",
    "On each story:": "Su ogni storia:", "On each event:": "Su ogni evento:",
    "the languages of its reports": "le lingue dei suoi articoli", "source": "fonte", "who published them": "chi li ha pubblicati",
    "name": "nome", "the names it mentions most, with how many of its articles name each.":
        "i nomi che cita di più, con quanti dei suoi articoli citano ciascuno.",
    "← Previous": "← Precedente", "Next →": "Successiva →", "{first}–{last} of {total}": "{first}–{last} di {total}",
    "None: every page ingested reads as a news report.": "Nessuna: ogni pagina acquisita si legge come un articolo.",
    "Words or a question, in any language": "Parole o una domanda, in qualsiasi lingua",
    "Written in": "Scritto in", "Mentions (a name, any script)": "Cita (un nome, qualsiasi scrittura)",
    "Published from": "Pubblicato dal", "Published until": "Pubblicato fino al", "Kind of search": "Tipo di ricerca",
    "{results} for “{q}”": "{results} per «{q}»",
    "People, organisations and places, most mentioned first, with their spellings in every script.":
        "Persone, organizzazioni e luoghi, prima i più citati, con le loro grafie in ogni scrittura.",
    "Find a name": "Trova un nome", "Name": "Nome", "Kind": "Tipo", "Also written": "Scritto anche",
    "Mentions": "Citazioni", "+{n} more": "+{n}", "published": "pubblicato", "mentioned": "citato",
    "events": "eventi", "The axis is broken:": "L'asse è interrotto:",
    "First day": "Primo giorno", "Last day": "Ultimo giorno", "Headline": "Titolo",
    "the dates left of the break ({span}) lie long before the rest: in date order, not to scale":
        "le date a sinistra dell'interruzione ({span}) sono molto anteriori al resto: in ordine, non in scala",
    "the dates right of the break ({span}) lie long after the rest: in date order, not to scale":
        "le date a destra dell'interruzione ({span}) sono molto posteriori al resto: in ordine, non in scala",
    "A ring is a report dated outside the event's days: it joined by its content, and the axis is kept to the event's own reports":
        "Un anello è un articolo datato fuori dai giorni dell'evento: vi è entrato per contenuto, e l'asse segue "
        "gli articoli propri dell'evento",
    "{first} to {last}": "{first} – {last}",
    # storyline.reader_words_gate.GATE_WORDS
    "Pages that are not news reports: {kinds}.": "Pagine che non sono articoli di notizie: {kinds}.",
    "They are kept, so ingesting them again adds nothing, but they join no event or story and search leaves them out.":
        "Sono conservate, quindi acquisirle di nuovo non aggiunge nulla, ma non entrano in alcun evento o storia "
        "e la ricerca le esclude.",
    "To keep such a page as a report, ingest it with": "Per tenere una pagina simile come articolo, acquisiscila con",
    "{rest} and {last}": "{rest} e {last}", "Why:": "Perché:",
    "gate's reason: {reason}": "motivo registrato dal filtro: {reason}", "Not a news report:": "Non è un articolo di notizie:",
    "all such pages": "tutte queste pagine",
    "error or unavailable page": "pagina di errore o non disponibile", "bot check": "verifica anti-bot",
    "login or registration wall": "blocco di accesso o registrazione", "subscription wall": "blocco in abbonamento",
    "sign-up form": "modulo di iscrizione", "cookie wall": "blocco dei cookie",
    "front page or section index": "prima pagina o indice di sezione", "age check": "verifica dell'età",
    "error and unavailable pages": "pagine di errore o non disponibili", "bot checks": "verifiche anti-bot",
    "login and registration walls": "blocchi di accesso e registrazione", "subscription walls": "blocchi in abbonamento",
    "sign-up forms": "moduli di iscrizione", "cookie walls and consent pop-ups": "blocchi dei cookie e finestre di consenso",
    "front pages and section indexes": "prime pagine e indici di sezione", "age checks": "verifiche dell'età",
    "app-install wall": "blocco di installazione dell'app", "app-install walls": "blocchi di installazione dell'app",
    "video player or photo captions without a report": "lettore video o didascalie senza articolo",
    "video players and photo captions without a report": "lettori video e didascalie senza articolo",
    "disclaimer or disclosure without a report": "avvertenza o informativa senza articolo",
    "disclaimers and disclosures": "avvertenze e informative",
    "widget (weather, social post, classified ads) without a report":
        "widget (meteo, post social, annunci) senza articolo",
    "weather widgets, embedded social posts and classified-ads boxes":
        "widget meteo, post social incorporati e riquadri di annunci",
    "donation appeal without a report": "richiesta di donazioni senza articolo", "donation appeals": "richieste di donazioni",
    "its title names the page, not a news story": "il suo titolo nomina la pagina, non una notizia",
    "{lines} reads like {kind}": "{lines} sembra: {kind}", "{lines} read like {kind}": "{lines} sembrano: {kind}",
    "{n} of its {all} lines are headlines, as on a front page":
        "{n} delle sue {all} righe sono titoli, come in una prima pagina",
    "it lists {items}, as an index does": "elenca {items}, come un indice",
    "it lists {months} with their counts of posts, as a blog's archive does":
        "elenca {months} con il numero di post di ciascuno, come l'archivio di un blog",
    "{counters} (such as “3 / 12”), as in a photo gallery": "{counters} (come «3 / 12»), come in una galleria fotografica",
    "{forecasts} under a day's name, as a weather widget shows them":
        "{forecasts} sotto il nome di un giorno, come in un widget meteo",
    "{n}% of its text is links to other pages": "il {n}% del testo sono link ad altre pagine",
    "no sentence in it reads like a news report": "nessuna frase si legge come un articolo di notizie",
    "only {characters} of it read like a news report's sentences":
        "solo {characters} si leggono come frasi di un articolo",
    "Search with filters": "Ricerca con filtri", "none stored yet": "nessuno per ora", "YYYY-MM-DD": "AAAA-MM-GG",
    "words and meaning": "parole e significato", "exact words": "parole esatte",
    "meaning (any language)": "significato (qualsiasi lingua)", "Please fix": "Da correggere",
    "{label}: “{value}” is not a date (use YYYY-MM-DD)": "{label}: «{value}» non è una data (scrivi AAAA-MM-GG)",
    "{label}: “{value}” is not one of {choices}": "{label}: «{value}» non è uno di {choices}",
    "{until} is before {since}": "«{until}» precede «{since}»",
    "No news report has been ingested yet, so nothing can match.":
        "Non è ancora stato acquisito nessun articolo, quindi nulla può corrispondere.",
    "Try": "Prova", "or": "o",
    "No name is spelled like “{name}”, so the “Mentions” filter matches no article.":
        "Nessun nome si scrive come «{name}», quindi il filtro «Cita» non trova alcun articolo.",
    "Look the name up": "Cerca il nome",
    "No report matches “{q}”: none has these words or names, and none is about it in meaning. Try other words or fewer filters.":
        "Nessun articolo corrisponde a «{q}»: nessuno ha queste parole o questi nomi, e nessuno ne parla per "
        "significato. Prova altre parole o meno filtri.",
    "Try other words, the meaning mode, or fewer filters.":
        "Prova altre parole, la ricerca per significato o meno filtri.",
    "No report has all of these words together (a report matches by its words only when it has every one).":
        "Nessun articolo ha tutte queste parole insieme (un articolo corrisponde per parole solo se le ha tutte).",
    "No report has this word or name.": "Nessun articolo ha questa parola o questo nome.",
    "The reports below are only the closest in meaning, and may have nothing to do with “{q}”.":
        "Gli articoli qui sotto sono solo i più vicini per significato e potrebbero non avere nulla a che fare con «{q}».",
    "No results for “{q}”.": "Nessun risultato per «{q}».",
    "in": "evento:", "the event it titles": "l'evento a cui dà il titolo", "matched by": "trovato per",
    "its words": "le sue parole", "its meaning": "il suo significato", "the name it mentions": "il nome che cita",
    "its event (another report of it has the words)": "il suo evento (un altro suo articolo ha le parole)",
    " and ": " e ", "{copies} of this report:": "{copies} di questo articolo:",
    # storyline.reader_words_pages.PAGE_WORDS
    "Storyline: offline multilingual news events. Article text is shown as plain text; nothing in it runs.":
        "Storyline: eventi di attualità multilingue, senza connessione. Il testo degli articoli è mostrato come "
        "testo semplice; nulla al suo interno viene eseguito.",
    "HTTP API": "API HTTP", "Not found": "Non trovato", "Not Found": "Questa pagina non esiste.",
    "Error {code}": "Errore {code}", "Something is wrong ({code})": "Qualcosa non va ({code})",
    "Back to the front page": "Torna alla prima pagina", "There is no event {value}.": "Non esiste l'evento {value}.",
    "There is no story {value}.": "Non esiste la storia {value}.",
    "There is no article {value}.": "Non esiste l'articolo {value}.",
    "Languages": "Lingue", "Sources": "Fonti", "More sources": "Altre fonti", "Top names": "Nomi principali",
    "language: {code}": "lingua: {code}", "in {articles}": "in {articles}", "named in {articles}": "citato in {articles}",
    "Row {n}: {caption}.": "Riga {n}: {caption}.",
    # "pubblicati" would follow "1 articolo" too: the count after its noun
    "{date}: {articles} published": "{date}: pubblicazione di {articles}",
    "{date}: mentioned in {articles}, “{phrase}” in “{sentence}”":
        "{date}: citato in {articles}, «{phrase}» in «{sentence}»",
    "{date}: {title} ({sources})": "{date}: {title} ({sources})", "{period}: {articles}": "{period}: {articles}",
    "These reports state no date of their own; they joined by their content alone and are not counted in the dates":
        "Questi articoli non indicano una data propria; sono entrati solo per contenuto e non contano nelle date",
    "This report states no date of its own: it was placed by its content alone, and its event's dates are not its dates":
        "Questo articolo non indica una data propria: è stato collocato solo per contenuto, e le date del suo evento "
        "non sono le sue",
    "outside the event's days": "fuori dai giorni dell'evento",
    "This report is dated outside its event's days: it joined by its content, and its date is not counted in the event's dates":
        "Questo articolo è datato fuori dai giorni del suo evento: vi è entrato per contenuto, e la sua data non conta "
        "nelle date dell'evento",
    "This page states no date of its own": "Questa pagina non indica una data propria", "near-copy of": "quasi copia di",
    "Past the last page": "Oltre l'ultima pagina", "({n} in all)": "({n} in tutto)", "The last page": "L'ultima pagina",
    "The first page": "La prima pagina", "source unknown": "fonte sconosciuta", "Pages": "Pagine",
    "More pages": "Altre pagine", "More names": "Altri nomi", "More results": "Altri risultati",
    "More stories": "Altre storie", "More events": "Altri eventi", "{n} of unknown source": "{n} di fonte sconosciuta",
    "source unknown: counted as its own report": "fonte sconosciuta: contato come articolo a sé",
    "copy of {original}: not counted again": "copia di {original}: non contata di nuovo",
    "reported on different days, so the later may update the earlier rather than dispute it":
        "riportato in giorni diversi: il successivo può aggiornare il precedente anziché contraddirlo",
    "number": "cifra", "date": "data", "participant": "partecipante", "compared as {value}": "confrontato come {value}",
    "sources:": "fonti:", "copy of {original}": "copia di {original}", "a copy": "una copia",
    "Not in this summary, too long for it:": "Fuori da questo riepilogo, troppo lungo per esso:",
    "(each event's page summarises it).": "(la pagina di ogni evento lo riassume).", "another report": "un altro articolo",
    "the sentence of another report in the reader's language that states this fact; not a translation":
        "la frase di un altro articolo nella lingua del lettore che riporta questo fatto; non è una traduzione",
    "the sentence of another report in this language aligned with it; not a translation":
        "la frase di un altro articolo in questa lingua allineata con essa; non è una traduzione",
    # these stand before "event {n}" as labels (see the module's note)
    "Part of": "Fa parte di:", "Placed by its content in": "Collocato per contenuto in:", "By {author}": "Di {author}",
    "Original page": "Pagina originale", "The sentence cited is": "La frase citata è", "marked": "evidenziata",
    "in the text.": "nel testo.", "Cleaned text": "Testo ripulito", "Dates mentioned": "Date citate",
    "This page states no date of its own, and the dates in its text are not read: it is not a news report.":
        "Questa pagina non indica una data propria, e le date nel suo testo non vengono lette: non è un articolo di notizie.",
    "It states no date of its own, so the days it names without a year (a weekday, a day and a month, yesterday or tomorrow) cannot be placed":
        "Non indica una data propria, quindi i giorni che nomina senza anno (un giorno della settimana, giorno e mese, "
        "ieri o domani) non si possono collocare",
    "; only dates written in full are listed": "; sono elencate solo le date scritte per intero",
    ", and it writes none in full": ", e non ne scrive nessuna per intero", " to ": " – ",
    "({n} mentions)": "({n} citazioni)", "{sentences} with this date": "{sentences} con questa data", "({n} times)": "({n} volte)",
    "person": "persona", "organisation": "organizzazione", "place": "luogo", "product": "prodotto", "other name": "altro nome",
    "Named in {articles} and {stories}.": "Citato in {articles} e {stories}.", "Spellings": "Grafie",
    "Spellings across scripts": "Grafie in tutte le scritture", "{n} mentions": "citazioni: {n}",
    "written this way {times}": "scritto così {times}", "the name shown to readers of {langs}":
        "il nome mostrato ai lettori in {langs}",
    "Mentions over time": "Citazioni nel tempo", "day": "giorno", "month": "mese", "year": "anno",
    "Articles naming {name} per {period}, {span}, at most {max}":
        "Articoli che citano {name} per {period}, {span}, al massimo {max}",
    "articles per {period}": "articoli per {period}", "(at most {articles} a {period})": "(al massimo {articles} per {period})",
    "{articles} with no date of its own not charted": "{articles} senza data propria, fuori dal grafico",
    "{articles} with no date of their own not charted": "{articles} senza data propria, fuori dal grafico",
    "As a table": "Come tabella", "Period": "Periodo",
    "The {n} that name it most, of {total}, most first.": "I {n} che lo citano di più, su {total}, prima i più frequenti.",
    "Those that name it most first.": "Prima quelli che lo citano di più.", "{mentions} of": "{mentions} su",
    "in this story": "in questa storia", "The {n} newest of {total}.": "I {n} più recenti su {total}.",
    # storyline.reader_words_notes.NOTE_WORDS
    "cleaning rule: {rule}": "regola di pulizia: {rule}", "Main": "Principale",
    "the same words as {original} above": "le stesse parole di {original} qui sopra",
    "the same words as its original above": "le stesse parole del suo originale qui sopra",
    "its sentence quoted above": "la sua frase è citata qui sopra", "Disagreement": "Divergenza",
    "{n} beyond the summary's {m} above": "{n} oltre ai fatti del riepilogo qui sopra ({m})",
    "; {n} more says only what is shown here already": "; {n} altro dice solo ciò che è già mostrato qui",
    "; {n} more say only what is shown here already": "; altri {n} dicono solo ciò che è già mostrato qui",
    "{n} more fact stated by more than one report says only what is shown here already.":
        "{n} altro fatto riportato da più di un articolo dice solo ciò che è già mostrato qui.",
    "{n} more facts stated by more than one report say only what is shown here already.":
        "Altri {n} fatti riportati da più di un articolo dicono solo ciò che è già mostrato qui.",
    "(a near-copy of another report: not counted again)": "(quasi copia di un altro articolo: non contata di nuovo)",
    "(near-copies of another report: not counted again)": "(quasi copie di un altro articolo: non contate di nuovo)",
    "(near-copies among them: {n}; not counted again)": "(quasi copie tra essi: {n}; non contate di nuovo)",
    "updated {when} UTC; earlier revisions: {n}": "aggiornato {when} UTC; versioni precedenti: {n}",
    "Earlier revisions": "Versioni precedenti",
    "gone from its site since {when} UTC; text kept": "rimosso dal sito dal {when} UTC; testo conservato",
    "stored {stored} UTC, replaced {replaced} UTC": "salvata {stored} UTC, sostituita {replaced} UTC",
    "Timeline of event {n}": "Cronologia dell'evento {n}", "Timeline of story {n}": "Cronologia della storia {n}",
    "week of {date}": "settimana con inizio {date}",
    "any spelling or script, part of a name": "qualsiasi grafia o scrittura, parte di un nome",
    "No single name is “{find}”. Did you mean:": "Nessun nome unico è «{find}». Forse cercavi:",
    "exact match on “{alias}”": "corrispondenza esatta con «{alias}»",
    "spelling match on “{alias}”": "corrispondenza di grafia con «{alias}»",
    "partial match on “{alias}”": "corrispondenza parziale con «{alias}»",
    "approximate match on “{alias}”": "corrispondenza approssimativa con «{alias}»",
    "No name is spelled like “{find}”.": "Nessun nome si scrive come «{find}».", "No names yet.": "Ancora nessun nome.",
    "{name}: {problem}": "{name}: {problem}", "not a whole number": "non è un numero intero",
    "must be at least {limit}": "deve essere almeno {limit}", "must be at most {limit}": "deve essere al massimo {limit}",
    "at most {limit} characters": "al massimo {limit} caratteri", "one of {choices}": "uno di: {choices}",
    "NUL characters are not allowed": "i caratteri NUL non sono ammessi",
    "“{given}” is not a language code{guess}; give an ISO 639-1 code such as {examples}{und}":
        "«{given}» non è un codice di lingua{guess}; indica un codice ISO 639-1 come {examples}{und}",
    " (did you mean {meant}?)": " (forse {meant}?)",
    ", or {und} (reports whose language could not be told)": ", o {und} (articoli di lingua non determinata)",
    "the summary's are above": "quelli del riepilogo sono qui sopra",
    "; the summary's {n} are above": "; i fatti del riepilogo ({n}) sono qui sopra",
    "dates:": "date:", "removed": "tolto", "names:": "nomi:", "also written:": "scritto anche:",
    "no other spelling": "nessun'altra grafia", ", ": ", ", "; ": "; ", ": ": ": ",
    # storyline.reader_words_residue.RESIDUE_SAID
    "link to another story": "link a un altro articolo", "photo credit": "credito fotografico",
    "the site's promotion of itself": "autopromozione del sito", "sharing buttons": "pulsanti di condivisione",
    "template code": "codice del modello", "copyright notice": "avviso di copyright", "topic tags": "tag degli argomenti",
    "invitation to follow": "invito a seguire", "cookie notice": "avviso sui cookie",
    "newsletter sign-up": "iscrizione alla newsletter", "invitation to comment": "invito a commentare",
    "invitation to report an error": "invito a segnalare un errore", "staff credit": "firma della redazione",
    "subscription or access notice": "avviso di abbonamento o accesso", "site menu": "menu del sito",
    "advert marker": "indicazione di pubblicità", "time stamp": "indicazione dell'ora",
    "an embedded post's link and byline": "link e firma di un post incorporato", "HTML code": "codice HTML",
    "the source's standard text": "testo standard della fonte", "headline repeated": "titolo ripetuto",
    "the page's own title (the site, page kind or time), replaced by the headline the text opens with":
        "il titolo proprio della pagina (il sito, il tipo di pagina o l'ora), sostituito dal titolo con cui si apre il testo",
}

# (one, other): the summary's first two are adjectives of "fatti" ("3 confermati · 0 contraddittori")
IT_COUNTED: dict[str, tuple[str, ...]] = {
    "article": ("articolo", "articoli"), "event": ("evento", "eventi"), "citation": ("fonte", "fonti"),
    "report": ("articolo", "articoli"), "source": ("fonte", "fonti"), "fact": ("fatto", "fatti"),
    "corroborated fact": ("confermato", "confermati"), "conflicting fact": ("contraddittorio", "contraddittori"),
    "single-source fact": ("fatto da fonte unica", "fatti da fonte unica"),
    "independent source": ("fonte indipendente", "fonti indipendenti"), "story": ("storia", "storie"),
    "result": ("risultato", "risultati"), "near-copy": ("quasi copia", "quasi copie"), "line": ("riga", "righe"),
    "picture counter": ("contatore di foto", "contatori di foto"), "forecast": ("previsione", "previsioni"),
    "dated item": ("voce datata", "voci datate"), "month": ("mese", "mesi"), "character": ("carattere", "caratteri"),
    "independent report": ("articolo indipendente", "articoli indipendenti"), "mention": ("citazione", "citazioni"),
    "more sentence": ("altra frase", "altre frasi"), "time": ("volta", "volte"),
}
