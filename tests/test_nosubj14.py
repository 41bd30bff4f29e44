"""nosubj14: a listed name glued to a number ("156Republicans voted", a scraped
headline that lost its space) is still a name; a name glued to letters is not."""

from __future__ import annotations

import regex

from ledger.claims import lexicon

from ._claimkit import RULESET, claims_of


def _subject(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0].subject


def test_name_glued_to_a_number():
    assert _subject("156Republicans voted to raise the retirement age to 70", "70") == "Republicans"


def test_name_inside_a_word_is_not_read():
    rx = lexicon(RULESET).entity_rx
    assert regex.search(rx, "156Republicans voted") is not None
    assert regex.search(rx, "antiRepublicans voted") is None
    assert regex.search(rx, "pro-Republicans voted") is None
    assert regex.search(rx, "_Republicans voted") is None


def test_girls_boys_young_people_and_pupils_are_groups():
    # a group the figure is about: the subject when no place or name is
    text = ("Girls who get pregnant below the age of 15 are 5 times as likely to die as girls who get "
            "pregnant at the age of 20.")
    assert _subject(text, "5 times") == "girls"
    assert _subject("He also dismissed claims government plans to get 50% of young people into university "
                    "would devalue degrees.", "50%") == "young people"


def test_a_faith_is_a_group():
    text = ("We’re above 800 million Muslims radicalized, more than half the Muslims on Earth That’s not a "
            "minority.")
    assert _subject(text, "more than half") == "Muslims"
