"""Subjects, thing11: a thing the figure's clause is about, when the sentence
names no one: a listed kind ("chewing gum") or a qualified law, plan,
programme, facility or vehicle ("the stimulus bill"), as the grammatical
subject of the figure's clause only; never a bare "the bill", a possessed or
pointed-at phrase, an indefinite person, nor a sentence that says "our"."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    ("A swallowed chewing gum stays in the stomach for seven years.", "seven years", "chewing gum"),
    ('The stimulus bill "promised to keep unemployment under 8%."', "under 8%", "stimulus bill"),
    ("The expanded public works program has since 2014 created more than 2 million work opportunities.",
     "more than 2 million", "public works programme"),
    ("A recent study says coconut oil removes 93% of colon cancer cells.", "93%", "coconut oil"),
    ("Using saunas once a week reduces risk of death from any cause by 30 to 40%.", "30 to 40%", "sauna"),
    ("The sports betting bill would create $12.5 million in additional revenue.", "$12.5 million",
     "sports betting bill"),
    ("meat and dairy products will be banned by 2030.", "2030", "meat and dairy product"),
    # a capital that opens the sentence is no name
    ("Coconut oil stays in the stomach for two days.", "two days", "coconut oil"),
])
def test_thing_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    ("The bill would create 2,000 jobs.", "2,000"),  # which bill?
    ("The new plan will cost $3bn.", "$3bn"),  # "new" says not which
    ("Her health care plan will cost $110-billion in the first year.", "$110-billion"),  # hers
    ("This sauna cuts the risk of death by 40%.", "40%"),  # one named before
    ("The sauna cuts the risk of death by 40%.", "40%"),
    ("Coal-fired power stations provide 80% of our electricity", "80%"),  # whose?
    ("A 35-year-old man stayed in the fish spa for seven hours.", "seven hours"),
    ("Education, environmental protection and transport initiatives are set to be scaled back as a first "
     "step towards reducing the deficit to $230bn by 2009.", "$230bn"),  # far down another clause
    ("The cost of the stimulus bill was $800bn.", "$800bn"),  # not the clause's subject
    ("Gross domestic product fell by 0.1% in the last three months.", "0.1%"),  # the measure itself
])
def test_no_thing_subject(text, fig):
    # no thing; a public sum in dollars that no one owns takes, as a last resort, the
    # country of its currency (cur21: ledger/currency_owner.py)
    assert subject_of(text, fig) in ((None, "United States") if fig in ("$3bn", "$230bn", "$800bn") else (None,))
