"""A leader's name stands for the state from the day he first took office
(rules/lists/leader_took_office.txt); in a document written before it, the
name is the person's."""

from __future__ import annotations

import pytest

from ledger.claims import type_figures
from ledger.rules import RuleError, load_rules

from ._claimkit import RULESET, figures_of, make_doc
from .test_claims import GOOD, _tree


def subjects(text, published):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return [(c.metric, c.subject) for c in type_figures(doc, figs, dates, RULESET)]


@pytest.mark.parametrize("published, subject", [
    ("2005-03-01", "Donald Trump"),  # a businessman then
    ("2017-01-19", "Donald Trump"),  # the day before he took office
    ("2017-01-20", "United States"),  # first term
    ("2023-06-01", "United States"),  # between the terms: the text may be about the first
    ("2025-03-01", "United States"),
    (None, "United States"),  # undated: nothing to judge by, the state as before
])
def test_a_leader_stands_for_the_state_from_his_first_day(published, subject):
    got = subjects("Trump said his casinos in Atlantic City employ 3,000 workers.", published)
    assert got == [("company.workforce", subject)]


def test_before_a_term_the_person_spends_his_own_money():
    text = "Rubio's campaign spent $20m in Florida."
    assert subjects(text, "2016-03-01") == [("money.spending", "Marco Rubio")]
    assert subjects(text, "2025-06-01") == [("money.spending", "United States")]


def test_a_leader_without_a_term_keeps_the_state_at_any_date():
    # Lavrov is listed in subjects5_persons.txt but given no term
    assert subjects("Lavrov said Russia had sent 5,000 troops to the border.", "1990-01-01") == [
        ("troops.deployed", "Russia")]


def test_a_former_leader_keeps_the_state():
    # a 2025 story about what Obama did in office
    assert subjects("Obama sent 5,000 troops to the border.", "2025-06-01") == [
        ("troops.deployed", "United States")]
    assert subjects("Obama sent 5,000 troops to the border.", "2008-06-01") == [
        ("troops.deployed", "Barack Obama")]


@pytest.mark.parametrize("line, message", [
    ("John Roe => 2017-01-20", "no person"),
    ("Jane Doe", "must read"),
    ("Jane Doe => 2017", "is no date"),
    ("Jane Doe => 2017-01-20..2021-01-20", "is no date"),
])
def test_a_broken_took_office_list_names_its_file_and_line(tmp_path, line, message):
    files = {"fam/TST001.yml": GOOD.format(code="TST001", name="a"),
             "lists/subjects5_persons.txt": "Doe => Jane Doe\n",
             "lists/leader_took_office.txt": "# comment\n" + line + "\n"}
    with pytest.raises(RuleError) as info:
        load_rules(_tree(tmp_path, files))
    if message == "no person":
        assert "subjects5_persons" in info.value.msg
    else:
        assert message in info.value.msg
    assert info.value.path.endswith("leader_took_office.txt") and info.value.line == 2
