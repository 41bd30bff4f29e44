"""Subjects, prec28q: names read whole, and a sentence's opening noun no name.

A name whose first word is glued to a lower-case prefix ("anti-Citizenship
Amendment Act", "post-World Cup") keeps that word; a name of common words
joined by "and" before a school's kind ("a Further Education and Training
college") is one name, not its last part; a common noun that opens a
sentence before a quoted verb ('Lawmaker "wouldn't protect us"') is no name."""

from __future__ import annotations

import pytest

from ._claimkit import claims_of, subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a common word glued to a prefix opens the name
    ("Video shows Hindu women dressed as Muslims to disrupt anti-Citizenship Amendment Act, 2019 protests.",
     "2019", "Citizenship Amendment Act"),
    ("Fans flocked to the post-World Cup parade, which drew 50,000 people in 2018.", "50,000", "World Cup"),
    # "and" inside a name of common words before a school's kind
    ("She studied at a Further Education and Training college that cost R20,000 a year.", "R20,000",
     "Further Education and Training"),
    # unchanged: a name glued to a prefix is no common word; a union named whole
    ("Some 2,000 anti-Trump Republicans met in Ohio.", "Some 2,000", "Republicans"),
    ("The Public and Commercial Services Union will co-ordinate any action with up to six other public sector "
     "unions.", "up to six", "Public and Commercial Services Union"),
])
def test_subject(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, wrong", [
    ('Lawmaker "wouldn\u2019t protect us from a bill that raises premiums and causes 24 million to lose their '
     'insurance"', "24 million", "Lawmaker"),
    ("Senator \u2018voted\u2019 for a bill that causes 24 million to lose their insurance.", "24 million",
     "Senator"),
])
def test_no_subject(text, fig, wrong):
    assert subject_of(text, fig) != wrong


def test_named_opener_kept():
    # a firm that opens a sentence before a quoted verb is still the owner
    [c] = [c for c in claims_of('Walmart "will cut" 2,000 jobs in Texas.') if c.text.startswith("2,000")]
    assert c.subject == "Walmart"
