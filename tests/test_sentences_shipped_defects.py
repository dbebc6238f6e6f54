"""Sentence splitting faults seen in shipped summaries (issue 12): a company's
legal form read as a sentence's end, a Hindi bar typed for a danda, a prompt to
read another story glued to the sentence after it, a wire dateline alone."""
from storyline.analyse.sentences import opens_with_prompt, sentences, split_sentences
from storyline.facts.claims import is_substantive


def test_a_company_s_legal_form_does_not_end_a_sentence_that_goes_on():
    # Wikinews wn083's summary showed "are close to a deal …" as a sentence of its own
    assert sentences("Time Warner Cable and Sprint Corp. are close to a deal that would let "
                     "the cable company offer cellphone service.") == [
        "Time Warner Cable and Sprint Corp. are close to a deal that would let the cable company "
        "offer cellphone service."]
    assert len(sentences("Cablevision Systems Corp. (NYSE: CVC) announced it had 250,000 customers.")) == 1
    assert len(sentences("Высокопоставленный Union Corp. инвестировал в проекты штата.")) == 1
    assert len(sentences("汉堡王的母公司 Restaurant Brands International Inc. 的首席执行官 Jose Cil 讨论了新报价。")) == 1
    # another legal form, a title: the name goes on
    assert len(sentences("European Aeronautic Defense & Space Co. NV said Wednesday it had a deal.")) == 1
    assert len(sentences("Apple Inc. Chief Executive Tim Cook said sales rose.")) == 1


def test_a_company_s_legal_form_ends_a_sentence_before_a_new_one():
    text = ("The sequel has grossed US$68.5 million, according to Exhibitor Relations, Inc. "
            "Cartoon-turned-live-action comedy Fat Albert debuted in second place.")
    assert sentences(text)[1] == "Cartoon-turned-live-action comedy Fat Albert debuted in second place."


def test_a_hindi_bar_typed_for_a_danda_ends_a_sentence():
    text = ("7 जुलाई के बम विस्फोट समन्वित विस्फोटों जो 7 जुलाई, 2005 के सुबह को लंदन में फटे थे | "
            "52 लोगों मारे गए और लगभग 700 बम विस्फोट के परिणाम के रूप घायल हो गए |")
    got = split_sentences(text, "hi")
    assert [s for _, _, s in got] == [
        "7 जुलाई के बम विस्फोट समन्वित विस्फोटों जो 7 जुलाई, 2005 के सुबह को लंदन में फटे थे |",
        "52 लोगों मारे गए और लगभग 700 बम विस्फोट के परिणाम के रूप घायल हो गए |"]
    assert all(text[a:b] == s for a, b, s in got)


def test_bars_between_latin_labels_are_no_danda():
    assert sentences("Dow 10,512 | Nasdaq 2,101 | S&P 1,198") == ["Dow 10,512 | Nasdaq 2,101 | S&P 1,198"]


def test_a_read_more_prompt_is_a_sentence_of_its_own_and_no_claim():
    got = sentences("He fled with the TV hanging out. READ MORE: More downtown Vancouver store owners "
                    "say violent shoplifting is getting worse")
    assert got[0] == "He fled with the TV hanging out."
    assert opens_with_prompt(got[1]) and not is_substantive(got[1])
    got = sentences("He abandoned his ideology.Also Read - 'While You Were Busy Destabilising Govt': "
                    "Rahul Gandhi Breaks Silence")
    assert got[0] == "He abandoned his ideology."
    assert not is_substantive(got[1])
    # inside a sentence only in capitals: "… President RELATED: Trump Rips 'Dirty Cops' …"
    got = sentences("Maybe he doesn't need to be President RELATED: Trump Rips 'Dirty Cops' For Arresting Him")
    assert got == ["Maybe he doesn't need to be President", "RELATED: Trump Rips 'Dirty Cops' For Arresting Him"]
    assert not is_substantive("Читайте также: Путин прибыл в Пхеньян на два дня.")
    assert not is_substantive("Read also: 120 new cases of coronavirus in Poland.")


def test_prose_that_reads_more_is_no_prompt():
    assert sentences("He wanted to read more: books, papers and letters.") == [
        "He wanted to read more: books, papers and letters."]
    assert sentences("The sign on the door said Related: staff only.") == [
        "The sign on the door said Related: staff only."]
    assert is_substantive("Read more about the plan in the council's report on Monday.")


def test_a_dateline_alone_on_its_line_opens_the_sentence_after_it():
    text = ("MOSCOW, June 19 (Reuters) -\nRussian President Vladimir Putin arrived in Pyongyang on "
            "Wednesday.\nHe was met by Kim Jong Un.")
    assert sentences(text) == [
        "MOSCOW, June 19 (Reuters) - Russian President Vladimir Putin arrived in Pyongyang on Wednesday.",
        "He was met by Kim Jong Un."]
    assert sentences("Berlin (dpa) -\nDie Regierung hat am Montag beschlossen.")[0].startswith("Berlin (dpa) - Die")
    # a line ending in a dash that is no dateline stays apart
    assert sentences("Q Mr. Secretary --\nWe will take questions later.") == [
        "Q Mr. Secretary --", "We will take questions later."]
