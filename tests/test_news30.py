"""news30: "the 28-year-old" that no nearer reading resolves stands for the person the story's
headline names, when the nearest sentence before that names anyone names that person alone
(ledger/coref_owner._topic_person).  Every text here is written for the test."""

from __future__ import annotations

from ledger import coref_owner as co

from tests._claimkit import claims_of


def _age_subject(text: str, fig: str):
    return _age_claim(text, fig).subject


def _adds_nothing(monkeypatch, text: str, fig: str) -> bool:
    """The step gives no subject here: the claim is the same without it."""
    got = _age_subject(text, fig)
    monkeypatch.setattr(co, "_topic_person", lambda *a: None)
    return _age_subject(text, fig) == got


def _age_claim(text: str, fig: str):
    found = [c for c in claims_of(text) if c.text.startswith(fig) and c.metric == "people.age"]
    assert found, [(c.text, c.metric) for c in claims_of(text)]
    return found[0]


SIGNING = ("Harwood joins Exeter from Rovers\n\nExeter have signed Rovers midfielder Daniel Harwood until "
           "the end of the season for an undisclosed fee.\n\n")


def test_headline_person_after_a_quotation(monkeypatch):
    text = SIGNING + '"It was a very easy decision to make," the 34-year-old told the club\'s website.'
    assert _age_subject(text, "34-year") == "Daniel Harwood"
    monkeypatch.setattr(co, "_topic_person", lambda *a: None)
    assert _age_subject(text, "34-year") is None  # (the step's own doing)


def test_headline_person_as_object_of_a_report():
    text = SIGNING + "Other clubs were reported to have wanted £1m for the 34-year-old last summer."
    assert _age_subject(text, "34-year") == "Daniel Harwood"


def test_another_person_named_last_is_no_guess(monkeypatch):
    text = SIGNING + ("The club's manager praised Peter Colbeck. "
                      "The 34-year-old will make his debut on Saturday.")
    assert _adds_nothing(monkeypatch, text, "34-year")


def test_a_name_after_a_preposition_is_passed_over():
    text = ("Marsden turns to Okafor\n\nSprinter Lena Marsden has taken advice from sprint "
            "icon Grace Okafor before the new season.\n\nThe 22-year-old is set to compete in Sheffield.")
    assert _age_subject(text, "22-year") == "Lena Marsden"


def test_the_headline_person_named_before_the_age_in_its_sentence_is_another(monkeypatch):
    text = SIGNING + "Daniel Harwood scored twice against the 34-year-old on Saturday."
    assert _adds_nothing(monkeypatch, text, "34-year")


def test_no_headline_no_guess():
    text = ("Exeter have signed Rovers midfielder Daniel Harwood until the end of the season. "
            '"It was a very easy decision to make," the 34-year-old told the club\'s website.')
    assert _age_subject(text, "34-year") is None


def test_an_age_inside_a_quotation_is_the_speakers(monkeypatch):
    text = SIGNING + 'Harwood said: "The club wanted the 34-year-old in the squad."'
    assert _adds_nothing(monkeypatch, text, "34-year")


def test_quoted_spans_close_at_a_paragraph_and_reopen():
    text = 'He said: "We won. "We will win again.\n\n"Always," he said.'
    spans = co._quoted(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ['"We won. ', '"We will win again.', '"Always,"']


def test_prep_led_reads_role_words_between():
    from ledger import rules
    from ledger.matching import lexicon_on
    lex = lexicon_on(rules.load_rules(), None)
    text = "She took advice from British sprint icon Linford Christie. In Sheffield Smith won."
    assert co._prep_led(text, text.index("Linford"), lex)
    assert not co._prep_led(text, text.index("Smith"), lex, text.index("In Sheffield"))


# --- pronouns and firms (the same reading of the headline) ------------------------------

PROFILE = ("Jack Marlow to stand down\n\nVeteran MP Jack Marlow has said he will stand down at the next "
           "election.\n\nMr Blair said he was a huge figure in the party. During the party's years in "
           "opposition, Mr Marlow held a number of shadow roles. As farming minister he caused a row "
           "over BSE. ")


def test_he_is_the_headline_person_named_alone_last(monkeypatch):
    text = PROFILE + "He quit the government in 1999 and has served on committees since."
    [c] = [c for c in claims_of(text) if c.text == "1999"]
    assert c.subject == "Jack Marlow"
    monkeypatch.setattr(co, "_topic_person", lambda *a: None)
    [c] = [c for c in claims_of(text) if c.text == "1999"]
    assert c.subject is None


def test_she_for_a_man_of_the_headline_is_no_guess():
    text = PROFILE + "She quit the government in 1999 and has served on committees since."
    [c] = [c for c in claims_of(text) if c.text == "1999"]
    assert c.subject is None


def test_an_object_after_a_pronoun_and_a_past_verb_is_passed_over():
    m = co._owner_word("He quit the government in 1999 and left.", 26, 30)
    assert m is not None and m.group("p") == "He"
    m = co._owner_word("He said the government in 1999 was weak.", 26, 30)
    assert m is None or m.group("p") is None


FIRM = ("Delmont fined $1.5m for bribery\n\nUS chemicals firm Delmont has been fined $1.5m for bribing "
        "an official in Indonesia. Delmont has agreed to pay $1m to the Department of Justice and to "
        "co-operate with investigators.\n\n")


def test_it_opening_a_sentence_is_the_headline_firm(monkeypatch):
    text = FIRM + "It is also paying $500,000 to the regulator to settle the charge."
    assert [c.subject for c in claims_of(text) if c.text == "$500,000"] == ["Delmont"]
    monkeypatch.setattr(co, "_topic_firm", lambda *a: None)
    assert [c.subject for c in claims_of(text) if c.text == "$500,000"] == [None]


def test_it_after_another_name_in_its_sentence_is_not_the_headline_firm():
    assert co._FIRM_LEAD.fullmatch("In early trade on Thursday, ") is not None
    text = FIRM + "Smart has lost money since it started trading in 1998."
    assert [c.subject for c in claims_of(text) if c.text == "1998"] != ["Delmont"]


# --- "the commission": the one body the story named with that last word -----------------

def test_the_commission_is_the_one_commission_named_before(monkeypatch):
    text = ("Detention ruled unlawful\n\nThe Special Immigration Appeals Commission heard the case last "
            "year. The commission ruled on 30 July, 2002 that the act discriminated against foreign nationals.")
    [c] = [c for c in claims_of(text) if "2002" in c.text]
    assert c.subject == "Special Immigration Appeals Commission"
    monkeypatch.setattr(co, "_body_antecedent", lambda *a: None)
    [c] = [c for c in claims_of(text) if "2002" in c.text]
    assert c.subject is None


def test_two_commissions_named_is_no_guess():
    assert co._body_antecedent("The Low Pay Commission and the Electoral Commission met.", 0, 55,
                               "commission") is None
    assert co._body_antecedent("The Bangkok International Film Festival opened.", 0, 47,
                               "festival") == "Bangkok International Film Festival"
    assert co._body_antecedent("The Court of Appeal heard it.", 0, 29, "court") == "Court of Appeal"


def test_body_word_owns_its_clause_or_which_clause_only():
    s = "Twenty films are screening during the festival, which runs until 20 February."
    assert co._body_word(s, s.index("20 February")) is not None
    s = "The commission also says the limits should cover the four months before a poll."
    assert co._body_word(s, s.index("four months")) is None
    s = "The commission ruled on 30 July, 2002 that the act was unlawful."
    assert co._body_word(s, s.index("30 July")) is not None


# --- a national statistic whose sentence names only its source (story_country) ----------------

BRAZIL = ("Brazil jobless rate hits new low\n\nBrazil's unemployment rate fell to its lowest level in three "
          "years in December, according to the government. Brazil has seen strong growth.\n\n")


def test_a_statistic_told_by_its_source_is_the_story_countrys():
    text = BRAZIL + "The jobless rate average for the whole of 2004 was 11.5%, down from 12.3% in 2003, the IBGE said."
    assert [c.subject for c in claims_of(text) if c.text == "11.5%"] == ["Brazil"]


def test_a_statistic_beside_another_name_is_not():
    text = BRAZIL + "The jobless rate in Argentina was 11.5% for the whole of 2004."
    assert [c.subject for c in claims_of(text) if c.text == "11.5%"] != ["Brazil"]


def test_source_at():
    from ledger.story_country import _source_at
    s = "GDP rose by 0.8% in the fourth quarter, the statistical office INSEE said."
    assert _source_at(s, s.index("INSEE"), s.index("INSEE") + 5)
    s = "Figures released by the government's Cabinet Office showed that GDP fell 0.5%."
    assert _source_at(s, s.index("Cabinet"), s.index(" showed"))
    s = "Growth in Germany fell 0.5%, economists said."
    assert not _source_at(s, s.index("Germany"), s.index("Germany") + 7)
