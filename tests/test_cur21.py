"""cur21: a public money figure no one in its story owns takes the country of its currency
(ledger/currency_owner.py, rules/lists/cur21_*.txt), as a last resort."""

from __future__ import annotations

import pytest

from ledger.currency_owner import METRICS_LIST, OWNERS_LIST, WORDS_LIST, _in_conversion, _tables
from ledger.matching import lexicon

from tests._claimkit import RULESET, claims_of


def _subjects(text: str) -> dict:
    return {c.text: c.subject for c in claims_of(text)}


# ---- the last resort takes the currency's country


@pytest.mark.parametrize("text, fig, country", [
    ("New Rs 500 currency notes will be issued next month.", "Rs 500", "India"),
    ("More than R2 trillion has been invested to build new homes over the past decade.",
     "More than R2 trillion", "South Africa"),
    ("The military spent $3 billion on a new transport aircraft.", "$3 billion", "United States"),
    ("The federal deficit will reach $1 trillion next year.", "$1 trillion", "United States"),
    ("The average tax refund is down about $200 compared to last year.", "about $200", "United States"),
    ("The national minimum wage will rise to £9.50 an hour.", "£9.50", "United Kingdom"),
])
def test_public_money_takes_the_currency_country(text, fig, country):
    assert _subjects(text)[fig] == country


def test_rupee_of_a_named_neighbour_is_not_india():
    # the figure layer reads "Rs" as Pakistan's rupee where the text names Pakistan
    text = "Pakistan faces floods.\nMore than Rs 200 billion has been spent on relief."
    assert _subjects(text)["More than Rs 200 billion"] == "Pakistan"


# ---- no guess


@pytest.mark.parametrize("text, fig", [
    # the euro belongs to no one country
    ("More than €2 billion has been invested to build new homes over the past decade.", "More than €2 billion"),
    # a person's money: a sum too small for a state, a pronoun, a price or a sum held
    # ("Woman spends $150,000 on plastic surgery": now the woman's, tests/test_anon25.py)
    ("If you spent $4 on a latte this morning, that is more than some firms paid.", "$4"),
    ("Says he vetoed $2 million from the budget for a study of rainwater.", "$2 million"),
    ("A presidential candidate needs to have N1 billion.", "N1 billion"),
    # a firm's or a body's money, pointed at without a name
    ("The company plans to invest £10bn in its network over five years.", "£10bn"),
    ("They shared a $45bn state bailout in 2003.", "$45bn"),
    # the story names someone who could own it
    ("Acme Corp is struggling.\nThe plan is to spend $2 billion on new plants.", "$2 billion"),
    ("Over the past decade more than $2 billion has been spent on the new stadium, said John Smith.",
     "more than $2 billion"),
])
def test_no_guess(text, fig):
    assert _subjects(text)[fig] is None


def test_stated_conversions_take_no_country():
    text = "The firm gained protection from creditors after revealing debts of 14bn euros ($18.34bn; £9.6bn)."
    subjects = _subjects(text)
    assert subjects["$18.34bn"] is None and subjects["£9.6bn"] is None and subjects["14bn euros"] is None


@pytest.mark.parametrize("text, fig, owner", [
    # a named owner stays the subject, whatever the currency says
    ("Texas spent $2 billion on new roads last year.", "$2 billion", "Texas"),
    ("Canada will spend $2 billion on new housing.", "$2 billion", "Canada"),
    ("Acme Corp is struggling. It plans to spend $2 billion on new plants.", "$2 billion", "Acme Corp"),
])
def test_named_owner_unchanged(text, fig, owner):
    assert _subjects(text)[fig] == owner


# ---- helpers and data


def test_in_conversion():
    text = "Revenue fell to 86.7bn Swiss francs ($74.6bn; £39.1bn) in 2004."
    assert _in_conversion(text, text.index("$74.6bn"))
    assert _in_conversion(text, text.index("£39.1bn"))
    assert not _in_conversion(text, text.index("86.7bn"))
    plain = "The plan (which costs $5bn) was dropped."
    assert not _in_conversion(plain, plain.index("$5bn"))


def test_lists_load_and_hold_what_they_say():
    for name in (OWNERS_LIST, METRICS_LIST, WORDS_LIST):
        assert name in RULESET.lists
    owners, globs, seen, words = _tables(RULESET)
    # currencies of many countries, or of none, are no one's
    for code in ("EUR", "XOF", "XAF", "XCD", "XBT"):
        assert code not in owners
    assert owners["INR"] == "India" and owners["ZAR"] == "South Africa" and owners["USD"] == "United States"
    # every owner the gazetteer knows is written as its canonical name
    lex = lexicon(RULESET)
    for country in owners.values():
        assert lex.canonical.get(country, country) == country, country
    # every least sum is a number
    assert all(least >= 0 for _, least in globs)
    assert words.search("the companies said") is not None and words.search("a college graduate") is None
