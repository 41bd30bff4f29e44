"""subj23: subjects a named rule missed that the sentence names -- the main clause's subject
after an opening phrase that holds the figure ("Four years as a congressman, he [U.S. Rep.
Hank Johnson] never talked"), and the place a record quantity is counted in ("Unemployment in
Britain is at its lowest level since 1975")."""

import pytest

from tests._claimkit import claims_of


def _got(text, rule):
    return [(c.text, c.metric, c.subject) for c in claims_of(text) if c.rule == rule]


@pytest.mark.parametrize("text, figure, subject", [
    ('"Four years as a congressman, he [U.S. Rep. Hank Johnson] never talked about MARTA."',
     "Four years", "Hank Johnson"),
    ("Four years as a congressman, he [Johnson] never talked about MARTA.", "Four years", "Johnson"),
    ("After 12 years as governor, Rick Perry left office in 2015.", "12 years", "Rick Perry"),
])
def test_main_clause_subject_after_an_opening_phrase(text, figure, subject):
    assert (figure, "duration.in_power", subject) in _got(text, "DUR534")


@pytest.mark.parametrize("text", [
    # a speaker's own years: no name
    "In my 12 years in the House, I have watched my district go from a solidly Democratic district "
    "to a heavily solid Republican district.",
    # the name after the comma reports, it does not act
    "After 12 years as governor, Perry said, Texas has grown.",
    # a comma before the figure: no opening phrase of its own
    "Yes, after 12 years as governor, Rick Perry left office.",
])
def test_no_main_clause_subject(text):
    assert all(s is None for _, _, s in _got(text, "DUR534"))


@pytest.mark.parametrize("text, rule, subject", [
    ("Unemployment in Britain is at its lowest level since 1975.", "RCD611", "United Kingdom"),
    ("Job growth in Texas is the highest it has been since 1990.", "RCD610", "Texas"),
])
def test_record_quantity_place(text, rule, subject):
    assert [s for _, _, s in _got(text, rule)] == [subject]


def test_record_quantity_without_a_place_stays_without_subject():
    text = "In 2013 we had the largest, the best, private sector job growth weve had in this state since the 1990s."
    assert [s for _, _, s in _got(text, "RCD610")] == [None]
