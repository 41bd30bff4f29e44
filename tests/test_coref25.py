"""coref25: a claim whose owner is a pronoun or a definite description takes the entity it
refers to (ledger/coref_owner.py), conservatively.  Every text here is written for the test."""

from __future__ import annotations

import pytest

import ledger.claims as claims_mod
from ledger import coref_owner as co

from tests._claimkit import claims_of


def _subjects(text: str, fig: str) -> list:
    return [c.subject for c in claims_of(text) if c.text.startswith(fig)]


def _subject(text: str, fig: str):
    found = _subjects(text, fig)
    assert found, [(c.text, c.metric) for c in claims_of(text)]
    return found[0]


def _without_step(monkeypatch, text: str, fig: str):
    monkeypatch.setattr(claims_mod, "coref_owners", lambda doc, out, *a: out)
    return _subject(text, fig)


NOVELIST = ("Novelist Margaret Ellwood dies\n\nNovelist Margaret Ellwood, who has died aged 81, wrote "
            "thrillers. Ellwood was born in Leeds. Ellwood worked as a teacher for years.\n\n")
AIRLINE = ("Delmont Air staff agree pay cut\n\nStaff at Delmont Air have agreed to a new contract. The deal "
           "will help the carrier save money. The airline needs to negotiate other pay cuts.\n\n")
RUNNER = ("Runner returns\n\nKelly Marsh, the British champion, won her race on Saturday. Marsh said the "
          "crowd was amazing. Marsh finished well clear of the field.\n\n")
LEADER = ("Putin visit\n\nVladimir Putin visited the region on Monday. Putin met officials there. Putin "
          "spoke about the economy.\n\n")


# --- what it resolves -------------------------------------------------------------------

def test_she_after_a_date_is_the_one_person_of_the_story(monkeypatch):
    text = NOVELIST + "In 1972, she moved to Lisbon with her husband."
    assert _subject(text, "1972") == "Margaret Ellwood"
    assert _without_step(monkeypatch, text, "1972") is None  # (the step's own doing)


def test_it_as_subject_is_the_one_firm_of_the_story(monkeypatch):
    text = AIRLINE + "It is looking for pay cuts totalling $800m."
    assert _subject(text, "$800m") == "Delmont Air"
    assert _without_step(monkeypatch, text, "$800m") is None


def test_its_before_the_figure_is_the_firm():
    assert _subject(AIRLINE + "More than two thirds of its 28,000 staff have now accepted wage cuts.",
                    "28,000") == "Delmont Air"


def test_an_age_description_is_the_person():
    assert _subject(RUNNER + "But the 34-year-old would not say whether she would run again.",
                    "34-year") == "Kelly Marsh"


def test_a_leaders_government_act_is_his_countrys_and_his_marriage_his():
    assert _subject(LEADER + "In 2023, he approved a budget of 5 trillion roubles.", "5 trillion") == "Russia"
    assert _subject(LEADER + "In 2023, he married for the second time.", "2023") == "Vladimir Putin"


def test_a_stated_conversion_takes_the_owner_of_the_figure_it_restates():
    text = AIRLINE + "It is looking for pay cuts totalling $800m (£420m)."
    assert _subject(text, "£420m") == "Delmont Air"


# --- what it leaves alone ---------------------------------------------------------------

def test_two_persons_compete():
    text = "Tom Parlow and Jim Hesketh met in London. Parlow and Hesketh signed a deal.\n\nIn 1995, he moved to Paris."
    assert _subject(text, "1995") is None


def test_a_role_noun_is_no_owner_word():
    # "Music mogul Tony Wilson ... The musician": another person
    text = ("Film planned\n\nMusic mogul Tony Wilson will be co-executive producer. Wilson said so.\n\n"
            "The musician committed suicide in 1980.")
    assert _subject(text, "1980") != "Tony Wilson"


def test_an_age_contradicted_in_the_document_is_dropped():
    text = RUNNER + "But the 34-year-old would not say whether she would run again. Kelly Marsh, 30, smiled."
    assert _subject(text, "30") == "Kelly Marsh"
    assert _subject(text, "34-year") is None
    assert _subject(RUNNER + "But the 34-year-old would not say whether she would run again.", "34-year") \
        == "Kelly Marsh"


def test_the_pronouns_gender_must_be_the_storys():
    assert _subject(RUNNER + "But he would not say whether he had won 3 races.", "3") is None


def test_a_dummy_it_stands_for_no_one():
    text = AIRLINE + "By 2007, it is predicted that there will be 2.5 million robots in homes."
    assert _subject(text, "2.5 million") is None


def test_a_firm_set_off_by_apposition():
    text = ("Parlon to return to market\n\nParlon, the Italian dairy company which went bust last year, hopes "
            "to list again.\n\nThe firm gained protection from creditors after revealing debts of 14bn euros.")
    assert _subject(text, "14bn") == "Parlon"


def test_a_place_named_last_is_no_firm():
    text = ("Vexon shares slide\n\nShares in Vexon fell on Wall Street after the firm revealed problems. "
            "The company warned the move would cut its profits by $3.8m this year.")
    assert _subject(text, "$3.8m") is None


def test_never_across_stories():
    from ledger.figures import find_dates, find_figures
    from ledger.records import Document, Story
    import hashlib
    text = NOVELIST + "Weather\n\nIn 1972, she moved to Lisbon with her husband."
    cut = text.index("Weather")
    doc = Document(path="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), encoding="utf-8",
                   outlet="Test", published=None, stories=(Story(0, cut), Story(cut, len(text))))
    from tests._claimkit import RULESET
    found = [c.subject for c in claims_mod.type_figures(doc, find_figures(text), find_dates(text), RULESET)
             if c.text == "1972"]
    assert found == [None]


# --- the shapes of an owner word ----------------------------------------------------------

@pytest.mark.parametrize("sent, fig, owner", [
    ("In 1969, he moved to Nassau.", "1969", "he"),
    ("He won his heat in 7.64secs but ran slower later.", "7.64secs", "He"),
    ("The government will pump 154m naira into subsidies.", "154m", "The government"),
    ("Investors were shaken and the firm's shares fell to A$4.50.", "A$4.50", "the firm's"),
    ("She won two of her seven matches.", "seven", "her"),
    ("It is also paying $500,000 to the regulator.", "$500,000", "It"),
    ("She said that he earned $5m.", "$5m", "he"),
    ("He said the bank lost $5m.", "$5m", "the bank"),  # (reported speech: the bank's, not his)
    ("Next has said its annual profit will be £5m lower.", "£5m", "its"),
    ("The 22-year-old midfielder joined in May.", "22", "The 22-year-old"),
])
def test_owner_words(sent, fig, owner):
    fs = sent.index(fig)
    m = co._owner_word(sent, fs, fs + len(fig))
    assert m is not None and m.group() == owner


@pytest.mark.parametrize("sent, fig", [
    ("By 2007, it is predicted that there will be 2.5 million robots.", "2.5 million"),
    ("It would be better to cut taxes on earnings below £12,000 a year.", "£12,000"),
    ("The foreign secretary said he hoped the talks could produce a date in 2005.", "2005"),
    ("The mayor said his comments would not affect the 2012 Olympic bid.", "2012"),
    ("The new operator planned to offer subscriptions for about $180.", "$180"),  # (another firm)
    ("He estimated the bank's loss at 3bn rupees.", "3bn"),  # (the bank's, not his)
    ("More shots were fired outside his management offices two hours later.", "two hours"),
])
def test_not_owner_words(sent, fig):
    fs = sent.index(fig)
    assert co._owner_word(sent, fs, fs + len(fig)) is None
