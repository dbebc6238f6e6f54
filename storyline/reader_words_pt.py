"""The pages' fixed wording in Portuguese (Brazilian, CLDR's ``pt``), for the catalogue.

The front page's language menu offered Portuguese by its name, but an event or story
page's menu offered only the languages the catalogue is worded in, so a Portuguese
reader who chose it there read English (h-ui36, issue 12).  Kept in its own table,
keyed by the catalogue's English, as Arabic's (:mod:`storyline.reader_words_ar`), and
merged by :func:`storyline.reader_words_tables.add_table`, which refuses at import a key
left without Portuguese or Portuguese for no key.  Counted nouns are CLDR's one / other
(``pt_PT``'s rule: one is 1 alone, "0 fatos", "1 fato", "2 fatos", h-ui37); quotes are CLDR's “ ”.
"""
from __future__ import annotations

PT_NO_REPORT = ("nenhuma notícia está em {language}: cada fato é citado em inglês quando uma notícia o diz assim, "
                "senão em sua própria língua")

PT_WORDS: dict[str, str] = {
    # storyline.reader_words.WORDS
    # a timeline entry's happening day (h-dates9)
    "happened {date} · first reported {reported}": "aconteceu em {date} · primeira notícia em {reported}",
    "first reported {reported}": "primeira notícia em {reported}",  # alone, under a list's happening day (h-dates12)
    # storyline.reader_words.WORDS: a listed fact's context (h-facts25)
    "before it in {source}:": "logo antes, em {source}:",
    "the sentence before it in its report": "a frase anterior da mesma notícia",
    "Stories": "Histórias", "Events": "Eventos", "Names": "Nomes", "Search": "Buscar",
    "Not articles": "Não são artigos", "Search in any language": "Buscar em qualquer idioma",
    "Skip to content": "Ir para o conteúdo", "Event {n}": "Evento {n}", "Story {n}": "História {n}",
    # "part of" and "the only event of" stand before "story {n}": "parte da história 2"
    "part of": "parte da", "story {n}": "história {n}", "the only event of": "o único evento da",
    ", which it titles": ", que leva seu título", "Summary": "Resumo", "Reader's language": "Idioma do leitor",
    "Show": "Mostrar", "corroborated": "corroborado", "single-source": "fonte única", "conflicting": "contraditório",
    "{facts} in its events: each event's page lists them all":
        "{facts} em seus eventos: a página de cada evento lista todos eles",
    "two or more independent reports state it": "duas ou mais notícias independentes o afirmam",
    "one report only": "uma só notícia", "reports disagree": "as notícias divergem",
    "The tag after it is the language the fact is quoted in; its citations quote each report.":
        "A etiqueta depois dele é o idioma em que o fato é citado; suas fontes citam cada notícia.",
    "Open every citation": "Abrir todas as fontes", "Close every citation": "Fechar todas as fontes",
    "aligned with": "alinhado com", "aligned": "alinhado",
    "aligned with the fact as stated above": "alinhado com o fato tal como dito acima",
    "Sources disagree:": "As fontes divergem:",
    "More facts stated by more than one report": "Mais fatos de mais de uma notícia",
    "Stated by one report only": "Em uma só notícia", "no other report confirms": "que nenhuma outra notícia confirma",
    "Timeline": "Cronologia", "Coverage": "Cobertura", "By language": "Por idioma", "By source": "Por fonte",
    "Language": "Idioma", "Source": "Fonte", "Articles": "Artigos", "Names mentioned": "Nomes mencionados",
    "The number beside a name: how many of the articles name it.":
        "O número ao lado de um nome: quantos dos artigos o mencionam.",
    "Removed from the page:": "Retirado da página:",
    "Not part of the report, so left out of the text above and of search, events and facts. As the page wrote it:":
        "Não faz parte da notícia: fica fora do texto acima, da busca, dos eventos e dos fatos. Como a página o escrevia:",
    "Nothing was removed from this page: no site menu, link to another story, notice or credit was found in its text.":
        "Nada foi retirado desta página: nenhum menu do site, link para outra notícia, aviso ou crédito em seu texto.",
    "mentioned in the coverage:": "mencionado na cobertura:",
    # these three stand before "event {n}": "uma notícia do evento 8"
    "the report whose title names": "a notícia cujo título nomeia o", "a report of": "uma notícia do",
    "event {n}": "evento {n}", "date unknown": "data desconhecida", "placed by content only": "posição dada só pelo conteúdo",
    "The chart opens at its latest dates: scroll it sideways for the earlier ones.":
        "O gráfico abre nas datas mais recentes: role-o para o lado para ver as anteriores.",
    "without a date": "sem data", "The dates as a list": "As datas em lista",
    # storyline.reader_words_lists
    "{stories} from {articles}, newest and biggest first.": "{stories} de {articles}, primeiro as mais recentes e maiores.",
    "{events} from {articles}, biggest and newest first.": "{events} de {articles}, primeiro os maiores e mais recentes.",
    "Search articles in any language": "Buscar artigos em qualquer idioma", "All events": "Todos os eventos",
    "On each story:": "Em cada história:", "On each event:": "Em cada evento:",
    "the languages of its reports": "os idiomas de suas notícias", "source": "fonte", "who published them": "quem as publicou",
    "name": "nome", "the names it mentions most, with how many of its articles name each.":
        "os nomes que mais menciona, com quantos de seus artigos citam cada um.",
    "← Previous": "← Anterior", "Next →": "Próxima →", "{first}–{last} of {total}": "{first}–{last} de {total}",
    "None: every page ingested reads as a news report.": "Nenhuma: cada página incorporada se lê como uma notícia.",
    "Words or a question, in any language": "Palavras ou uma pergunta, em qualquer idioma",
    "Written in": "Escrito em", "Mentions (a name, any script)": "Menciona (um nome, qualquer escrita)",
    "Published from": "Publicado desde", "Published until": "Publicado até", "Kind of search": "Tipo de busca",
    "{results} for “{q}”": "{results} para “{q}”",
    "People, organisations and places, most mentioned first, with their spellings in every script.":
        "Pessoas, organizações e lugares, os mais mencionados primeiro, com suas grafias em cada escrita.",
    "Find a name": "Encontrar um nome", "Name": "Nome", "Kind": "Tipo", "Also written": "Também escrito",
    "Mentions": "Menções", "+{n} more": "mais {n}", "published": "publicado", "mentioned": "mencionado",
    "events": "eventos", "The axis is broken:": "O eixo está interrompido:",
    "First day": "Primeiro dia", "Last day": "Último dia", "Headline": "Manchete",
    "the dates left of the break ({span}) lie long before the rest: in date order, not to scale":
        "as datas à esquerda da quebra ({span}) são muito anteriores ao resto: em ordem, não em escala",
    "the dates right of the break ({span}) lie long after the rest: in date order, not to scale":
        "as datas à direita da quebra ({span}) são muito posteriores ao resto: em ordem, não em escala",
    "A ring is a report dated outside the event's days: it joined by its content, and the axis is kept to the event's own reports":
        "Um anel é uma notícia datada fora dos dias do evento: entrou pelo conteúdo, e o eixo se limita às notícias "
        "do próprio evento",
    "{first} to {last}": "{first} a {last}",
    # storyline.reader_words_gate.GATE_WORDS
    "Pages that are not news reports: {kinds}.": "Páginas que não são notícias: {kinds}.",
    "They are kept, so ingesting them again adds nothing, but they join no event or story and search leaves them out.":
        "Elas ficam guardadas, então incorporá-las de novo não acrescenta nada, mas não entram em nenhum evento ou "
        "história e a busca as deixa de fora.",
    "To keep such a page as a report, ingest it with": "Para manter uma página assim como notícia, incorpore-a com",
    "{rest} and {last}": "{rest} e {last}", "Why:": "Por quê:",
    "gate's reason: {reason}": "motivo registrado pelo filtro: {reason}", "Not a news report:": "Não é uma notícia:",
    "all such pages": "todas essas páginas",
    "error or unavailable page": "página de erro ou indisponível", "bot check": "verificação anti-robô",
    "login or registration wall": "barreira de login ou cadastro", "subscription wall": "barreira de assinatura",
    "sign-up form": "formulário de cadastro", "cookie wall": "barreira de cookies",
    "front page or section index": "página inicial ou índice de seção", "age check": "verificação de idade",
    "error and unavailable pages": "páginas de erro ou indisponíveis", "bot checks": "verificações anti-robô",
    "login and registration walls": "barreiras de login e cadastro", "subscription walls": "barreiras de assinatura",
    "sign-up forms": "formulários de cadastro", "cookie walls and consent pop-ups": "barreiras de cookies e janelas de consentimento",
    "front pages and section indexes": "páginas iniciais e índices de seção", "age checks": "verificações de idade",
    "app-install wall": "barreira de instalação de aplicativo", "app-install walls": "barreiras de instalação de aplicativo",
    "video player or photo captions without a report": "player de vídeo ou legendas de fotos sem notícia",
    "video players and photo captions without a report": "players de vídeo e legendas de fotos sem notícia",
    "disclaimer or disclosure without a report": "aviso legal ou divulgação sem notícia",
    "disclaimers and disclosures": "avisos legais e divulgações",
    "widget (weather, social post, classified ads) without a report":
        "widget (tempo, post de rede social, classificados) sem notícia",
    "weather widgets, embedded social posts and classified-ads boxes":
        "widgets do tempo, posts de redes sociais incorporados e quadros de classificados",
    "donation appeal without a report": "pedido de doações sem notícia", "donation appeals": "pedidos de doações",
    "its title names the page, not a news story": "seu título nomeia a página, não uma notícia",
    "{lines} reads like {kind}": "{lines} parece: {kind}", "{lines} read like {kind}": "{lines} parecem: {kind}",
    "{n} of its {all} lines are headlines, as on a front page":
        "{n} de suas {all} linhas são manchetes, como numa página inicial",
    "it lists {items}, as an index does": "lista {items}, como um índice",
    "it lists {months} with their counts of posts, as a blog's archive does":
        "lista {months} com seu número de posts, como o arquivo de um blog",
    "{counters} (such as “3 / 12”), as in a photo gallery": "{counters} (como “3 / 12”), como numa galeria de fotos",
    "{forecasts} under a day's name, as a weather widget shows them":
        "{forecasts} sob o nome de um dia, como um widget do tempo",
    "{n}% of its text is links to other pages": "{n}% do texto são links para outras páginas",
    "no sentence in it reads like a news report": "nenhuma frase se lê como uma notícia",
    "only {characters} of it read like a news report's sentences": "só {characters} se leem como frases de uma notícia",
    "Search with filters": "Busca com filtros", "none stored yet": "nenhum ainda", "YYYY-MM-DD": "AAAA-MM-DD",
    "words and meaning": "palavras e sentido", "exact words": "palavras exatas",
    "meaning (any language)": "sentido (qualquer idioma)", "Please fix": "Corrija, por favor",
    "{label}: “{value}” is not a date (use YYYY-MM-DD)": "{label}: “{value}” não é uma data (escreva AAAA-MM-DD)",
    "{label}: “{value}” is not one of {choices}": "{label}: “{value}” não é um de {choices}",
    "{until} is before {since}": "“{until}” é anterior a “{since}”",
    "No news report has been ingested yet, so nothing can match.":
        "Ainda não foi incorporada nenhuma notícia, então nada pode corresponder.",
    "Try": "Experimente", "or": "ou",
    "No name is spelled like “{name}”, so the “Mentions” filter matches no article.":
        "Nenhum nome se escreve como “{name}”, então o filtro “Menciona” não encontra nenhum artigo.",
    "Look the name up": "Procurar o nome",
    "No report matches “{q}”: none has these words or names, and none is about it in meaning. Try other words or fewer filters.":
        "Nenhuma notícia corresponde a “{q}”: nenhuma tem estas palavras ou nomes, e nenhuma trata disso pelo sentido. "
        "Experimente outras palavras ou menos filtros.",
    "Try other words, the meaning mode, or fewer filters.":
        "Experimente outras palavras, a busca pelo sentido ou menos filtros.",
    "No report has all of these words together (a report matches by its words only when it has every one).":
        "Nenhuma notícia tem todas estas palavras juntas (uma notícia corresponde pelas palavras só quando tem todas).",
    "No report has this word or name.": "Nenhuma notícia tem esta palavra ou nome.",
    "The reports below are only the closest in meaning, and may have nothing to do with “{q}”.":
        "As notícias abaixo são só as mais próximas pelo sentido e podem não ter nada a ver com “{q}”.",
    "No results for “{q}”.": "Nenhum resultado para “{q}”.",
    "in": "evento:", "the event it titles": "o evento a que dá título", "matched by": "encontrado por",
    "its words": "suas palavras", "its meaning": "seu sentido", "the name it mentions": "o nome que menciona",
    "its event (another report of it has the words)": "seu evento (outra notícia dele tem as palavras)",
    " and ": " e ", "{copies} of this report:": "{copies} desta notícia:",
    # storyline.reader_words_pages.PAGE_WORDS
    "Storyline: offline multilingual news events. Article text is shown as plain text; nothing in it runs.":
        "Storyline: eventos noticiosos multilíngues, sem conexão. O texto dos artigos é mostrado como texto simples; "
        "nada nele é executado.",
    "HTTP API": "API HTTP", "Not found": "Não encontrado", "Not Found": "Esta página não existe.",
    "Error {code}": "Erro {code}", "Something is wrong ({code})": "Algo deu errado ({code})",
    "Back to the front page": "Voltar à página inicial", "There is no event {value}.": "Não há nenhum evento {value}.",
    "There is no story {value}.": "Não há nenhuma história {value}.",
    "There is no article {value}.": "Não há nenhum artigo {value}.",
    "Languages": "Idiomas", "Sources": "Fontes", "More sources": "Mais fontes", "Top names": "Nomes principais",
    "language: {code}": "idioma: {code}", "in {articles}": "em {articles}", "named in {articles}": "citado em {articles}",
    "Row {n}: {caption}.": "Linha {n}: {caption}.",
    # "publicados" would follow "1 artigo" too: the count after its noun
    "{date}: {articles} published": "{date}: publicação de {articles}",
    "{date}: mentioned in {articles}, “{phrase}” in “{sentence}”":
        "{date}: mencionado em {articles}, “{phrase}” em “{sentence}”",
    "{date}: {title} ({sources})": "{date}: {title} ({sources})", "{period}: {articles}": "{period}: {articles}",
    "These reports state no date of their own; they joined by their content alone and are not counted in the dates":
        "Estas notícias não indicam data própria; entraram só pelo conteúdo e não contam nas datas",
    "This report states no date of its own: it was placed by its content alone, and its event's dates are not its dates":
        "Esta notícia não indica data própria: foi situada só pelo conteúdo, e as datas de seu evento não são as dela",
    "outside the event's days": "fora dos dias do evento",
    "This report is dated outside its event's days: it joined by its content, and its date is not counted in the event's dates":
        "Esta notícia tem data fora dos dias de seu evento: entrou pelo conteúdo, e sua data não conta nas datas do evento",
    "This page states no date of its own": "Esta página não indica data própria", "near-copy of": "quase cópia de",
    "Past the last page": "Além da última página", "({n} in all)": "({n} no total)", "The last page": "A última página",
    "The first page": "A primeira página", "source unknown": "fonte desconhecida", "Pages": "Páginas",
    "More pages": "Mais páginas", "More names": "Mais nomes", "More results": "Mais resultados",
    "More stories": "Mais histórias", "More events": "Mais eventos", "{n} of unknown source": "{n} de fonte desconhecida",
    "source unknown: counted as its own report": "fonte desconhecida: contada como notícia própria",
    "copy of {original}: not counted again": "cópia de {original}: não contada de novo",
    "reported on different days, so the later may update the earlier rather than dispute it":
        "publicado em dias diferentes: o posterior pode atualizar o anterior em vez de contradizê-lo",
    "number": "número", "date": "data", "participant": "participante", "compared as {value}": "comparado como {value}",
    "sources:": "fontes:", "copy of {original}": "cópia de {original}", "a copy": "uma cópia",
    "Not in this summary, too long for it:": "Fora deste resumo, longo demais para ele:",
    "(each event's page summarises it).": "(a página de cada evento o resume).", "another report": "outra notícia",
    "the sentence of another report in the reader's language that states this fact; not a translation":
        "a frase de outra notícia no idioma do leitor que expõe este fato; não é uma tradução",
    "the sentence of another report in this language aligned with it; not a translation":
        "a frase de outra notícia neste idioma alinhada com ela; não é uma tradução",
    # "Part of" and "Placed by its content in" stand before "event {n}": "Parte do evento 8"
    "Part of": "Parte do", "Placed by its content in": "Situado pelo conteúdo no", "By {author}": "Por {author}",
    "Original page": "Página original", "The sentence cited is": "A frase citada está", "marked": "marcada",
    "in the text.": "no texto.", "Cleaned text": "Texto limpo", "Dates mentioned": "Datas mencionadas",
    "This page states no date of its own, and the dates in its text are not read: it is not a news report.":
        "Esta página não indica data própria, e as datas de seu texto não são lidas: não é uma notícia.",
    "It states no date of its own, so the days it names without a year (a weekday, a day and a month, yesterday or tomorrow) cannot be placed":
        "Não indica data própria, então os dias que nomeia sem ano (um dia da semana, dia e mês, ontem ou amanhã) "
        "não podem ser situados",
    "; only dates written in full are listed": "; só as datas escritas por inteiro são listadas",
    ", and it writes none in full": ", e não escreve nenhuma por inteiro", " to ": " a ",
    "({n} mentions)": "({n} menções)", "{sentences} with this date": "{sentences} com esta data", "({n} times)": "({n} vezes)",
    "person": "pessoa", "organisation": "organização", "place": "lugar", "product": "produto", "other name": "outro nome",
    "Named in {articles} and {stories}.": "Citado em {articles} e {stories}.", "Spellings": "Grafias",
    "Spellings across scripts": "Grafias em todas as escritas", "{n} mentions": "menções: {n}",
    "written this way {times}": "escrito assim {times}", "the name shown to readers of {langs}":
        "o nome mostrado aos leitores em {langs}",
    "Mentions over time": "Menções ao longo do tempo", "day": "dia", "month": "mês", "year": "ano",
    "Articles naming {name} per {period}, {span}, at most {max}":
        "Artigos que citam {name} por {period}, {span}, no máximo {max}",
    "articles per {period}": "artigos por {period}", "(at most {articles} a {period})": "(no máximo {articles} por {period})",
    "{articles} with no date of its own not charted": "{articles} sem data própria, fora do gráfico",
    "{articles} with no date of their own not charted": "{articles} sem data própria, fora do gráfico",
    "As a table": "Como tabela", "Period": "Período",
    "The {n} that name it most, of {total}, most first.": "Os {n} que mais o citam, de {total}, primeiro os que mais.",
    "Those that name it most first.": "Primeiro os que mais o citam.", "{mentions} of": "{mentions} de",
    "in this story": "nesta história", "The {n} newest of {total}.": "Os {n} mais recentes de {total}.",
    # storyline.reader_words_notes.NOTE_WORDS
    "cleaning rule: {rule}": "regra de limpeza: {rule}", "Main": "Principal",
    "the same words as {original} above": "as mesmas palavras que {original} acima",
    "the same words as its original above": "as mesmas palavras que o original acima",
    "its sentence quoted above": "sua frase está citada acima", "Disagreement": "Divergência",
    "{n} beyond the summary's {m} above": "{n} além dos fatos do resumo acima ({m})",
    "; {n} more says only what is shown here already": "; mais {n} só diz o que já se mostra aqui",
    "; {n} more say only what is shown here already": "; mais {n} só dizem o que já se mostra aqui",
    "{n} more fact stated by more than one report says only what is shown here already.":
        "Mais {n} fato de mais de uma notícia só diz o que já se mostra aqui.",
    "{n} more facts stated by more than one report say only what is shown here already.":
        "Mais {n} fatos de mais de uma notícia só dizem o que já se mostra aqui.",
    "(a near-copy of another report: not counted again)": "(quase cópia de outra notícia: não contada de novo)",
    "(near-copies of another report: not counted again)": "(quase cópias de outra notícia: não contadas de novo)",
    "(near-copies among them: {n}; not counted again)": "(quase cópias entre elas: {n}; não contadas de novo)",
    "updated {when} UTC; earlier revisions: {n}": "atualizada {when} UTC; versões anteriores: {n}",
    "Earlier revisions": "Versões anteriores",
    "gone from its site since {when} UTC; text kept": "removida do site desde {when} UTC; texto guardado",
    "stored {stored} UTC, replaced {replaced} UTC": "guardada {stored} UTC, substituída {replaced} UTC",
    "Timeline of event {n}": "Cronologia do evento {n}", "Timeline of story {n}": "Cronologia da história {n}",
    "week of {date}": "semana de {date}",
    "any spelling or script, part of a name": "qualquer grafia ou escrita, parte de um nome",
    "No single name is “{find}”. Did you mean:": "Nenhum nome único é “{find}”. Você quis dizer:",
    "exact match on “{alias}”": "correspondência exata com “{alias}”",
    "spelling match on “{alias}”": "correspondência de grafia com “{alias}”",
    "partial match on “{alias}”": "correspondência parcial com “{alias}”",
    "approximate match on “{alias}”": "correspondência aproximada com “{alias}”",
    "No name is spelled like “{find}”.": "Nenhum nome se escreve como “{find}”.", "No names yet.": "Ainda não há nomes.",
    "{name}: {problem}": "{name}: {problem}", "not a whole number": "não é um número inteiro",
    "must be at least {limit}": "deve ser no mínimo {limit}", "must be at most {limit}": "deve ser no máximo {limit}",
    "at most {limit} characters": "no máximo {limit} caracteres", "one of {choices}": "um de: {choices}",
    "NUL characters are not allowed": "caracteres NUL não são permitidos",
    "“{given}” is not a language code{guess}; give an ISO 639-1 code such as {examples}{und}":
        "“{given}” não é um código de idioma{guess}; indique um código ISO 639-1 como {examples}{und}",
    " (did you mean {meant}?)": " (você quis dizer {meant}?)",
    ", or {und} (reports whose language could not be told)": ", ou {und} (notícias cujo idioma não se pôde determinar)",
    "the summary's are above": "os do resumo estão acima", "; the summary's {n} are above": "; os fatos do resumo ({n}) estão acima",
    "dates:": "datas:", "removed": "retirado", "names:": "nomes:", "also written:": "também escrito:",
    "no other spelling": "nenhuma outra grafia", ", ": ", ", "; ": "; ", ": ": ": ",
    # storyline.reader_words_residue.RESIDUE_SAID
    "link to another story": "link para outra notícia", "photo credit": "crédito da foto",
    "the site's promotion of itself": "autopromoção do site", "sharing buttons": "botões de compartilhar",
    "template code": "código de modelo", "copyright notice": "aviso de direitos autorais", "topic tags": "tags de tema",
    "invitation to follow": "convite para seguir", "cookie notice": "aviso de cookies",
    "newsletter sign-up": "inscrição em newsletter", "invitation to comment": "convite para comentar",
    "invitation to report an error": "convite para informar um erro", "staff credit": "crédito da redação",
    "subscription or access notice": "aviso de assinatura ou acesso", "site menu": "menu do site",
    "advert marker": "marca de publicidade", "time stamp": "marca de hora",
    "an embedded post's link and byline": "link e assinatura de um post incorporado", "HTML code": "código HTML",
    "the source's standard text": "texto padrão da fonte", "headline repeated": "manchete repetida",
    "the page's own title (the site, page kind or time), replaced by the headline the text opens with":
        "o título da própria página (o site, o tipo de página ou a hora), substituído pela manchete com que o texto começa",
}

# (one, other): CLDR's pt says 0 and 1 in the singular; the summary's first two are adjectives of "fatos"
PT_COUNTED: dict[str, tuple[str, ...]] = {
    "article": ("artigo", "artigos"), "event": ("evento", "eventos"), "citation": ("fonte", "fontes"),
    "report": ("notícia", "notícias"), "source": ("fonte", "fontes"), "fact": ("fato", "fatos"),
    "corroborated fact": ("corroborado", "corroborados"), "conflicting fact": ("contraditório", "contraditórios"),
    "single-source fact": ("fato de fonte única", "fatos de fonte única"),
    "independent source": ("fonte independente", "fontes independentes"), "story": ("história", "histórias"),
    "result": ("resultado", "resultados"), "near-copy": ("quase cópia", "quase cópias"), "line": ("linha", "linhas"),
    "picture counter": ("contador de fotos", "contadores de fotos"), "forecast": ("previsão", "previsões"),
    "dated item": ("item com data", "itens com data"), "month": ("mês", "meses"), "character": ("caractere", "caracteres"),
    "independent report": ("notícia independente", "notícias independentes"), "mention": ("menção", "menções"),
    "more sentence": ("frase a mais", "frases a mais"), "time": ("vez", "vezes"),
}
