"""rates33: a rate told per a number base carries its base (Claim.per_base), units.normalise scales
it to one of its base, and compare and the gate compare two rates on one base: "12 deaths for every
100,000 residents" agrees with "0.12 deaths per 1,000 residents" and not with "12 per 1,000".  A rate
with no number base ("per household") is compared as written, as before."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from ledger import compare, pipeline, units
from ledger.check import CheckSettings, check_documents
from ledger.documents import load_text
from ledger.rate_base import read_base, read_base_before
from ledger.records import CLAIM_FIELDS, PER_ONE
from ledger.store import SCHEMA_VERSION, Ledger

from .test_claims import RULESET, claims_of

#: compare settings under which a rate's key is not weak (the shipped tolerances list "rate.*" as a
#: weak metric, compared only within one story), so rates of two documents meet
STRONG = compare.Settings()


# ---------------------------------------------------------------------------
# reading the base


@pytest.mark.parametrize("after, base", [
    (" road deaths for every 100,000 residents", 100_000),
    (" road deaths per 1,000 residents", 1_000),
    (" nurses per 100 beds", 100),
    (" vets per 100000 farms", 100_000),
    (" libraries per a thousand people", 1_000),
    (" cases per one hundred thousand children", 100_000),
    (" per thousand births", 1_000),
    (" per million inhabitants", 1_000_000),
    (" cases per 10 million people", 10_000_000),
    (" bikes for every three flats", 3),
    (" pupils out of every ten", 10),
    (" in every 1,000 trees", 1_000),
    (" for each 100 tickets", 100),
    (" tonnes per capita", 1),
    (" visits per person", 1),
    (" loaves per head", 1),
])
def test_a_number_base_is_read(after, base):
    assert read_base("7" + after, 1) == base


@pytest.mark.parametrize("after", [
    " cars per household",          # no number: compared as written, as before
    " children per woman",
    " per cent of the vote",         # a share, not a base
    " per 100 percent",
    " wins in every one of its games",  # a number of a thing that follows
    " per day",
    " buses in the town",
    " per 1,000-strong brigade",
])
def test_no_number_base_is_read(after):
    assert read_base("7" + after, 1) is None


@pytest.mark.parametrize("text, fig, base", [
    ("The suicide rate per 100,000 people in Peru was 9 in 2019.", "9", 100_000),
    ("Leeds's burglary rate per 1,000 homes stood at about 14.", "14", 1_000),
    ("The fraud rate per capita rose to 3 last year.", "3", 1),
    ("For every 30 pupils who enrol, 21 finish the course.", "21", 30),
    ("Per 1,000 residents, Malta has 4 pharmacies.", "4", 1_000),
])
def test_a_base_written_before_the_figure_is_read(text, fig, base):
    assert read_base_before(text, text.index(fig)) == base


@pytest.mark.parametrize("text, fig", [
    ("Per 1,000 residents, Malta has 4 pharmacies, and Spain opened 300 more.", "300"),
    ("Sales per 100 stores were 56.", "56"),
    ("For every 10 jobs lost in 2009, the town gained 3 in 2010.", "3"),  # a year between: not read
    ("The rate per 1,000 was 5 and the toll was 30.", "30"),
])
def test_a_base_before_another_figure_is_not_read(text, fig):
    assert read_base_before(text, text.index(fig)) is None


# ---------------------------------------------------------------------------
# claims carry the base; normalise scales to one of it


def _claim(text, fig):
    [c] = [c for c in claims_of(text) if c.text == fig]
    return units.normalise(c)


def test_a_rate_carries_its_base_and_is_scaled_to_one():
    c = _claim("Ghana has 12 road deaths for every 100,000 residents.", "12")
    assert (c.metric, c.value, c.per_base) == ("rate.road_death", 12, 100_000)
    assert c.norm_unit == PER_ONE and c.norm_value == pytest.approx(12 / 100_000)


def test_a_named_rate_told_per_a_base_carries_it():
    # a health rate's level told per live births (HLT082), not only RAT932's counted things
    c = _claim("Chad's infant mortality rate is 68 per 1,000 live births.", "68")
    assert c.metric.startswith("rate.") and c.per_base == 1_000 and c.norm_unit == PER_ONE


@pytest.mark.parametrize("text, fig, metric", [
    ("The suicide rate per 100,000 people in Peru was 9 in 2019.", "9", "rate.suicide"),
    ("Detroit's murder rate per 100,000 residents is 40.", "40", "rate.murder"),
    ("The eviction rate per 1,000 renters in Utah was 11 in 2018.", "11", "rate.eviction"),
])
def test_a_rate_named_with_its_base_before_the_figure(text, fig, metric):
    # RAT001, RAT161, HLT082 read the base after the rate's name; the claim carries it
    c = _claim(text, fig)
    assert c.metric == metric and c.per_base and c.norm_unit == PER_ONE


def test_a_fronted_base_makes_a_count_a_rate():
    # "Per 1,000 residents, Malta has 4 pharmacies": no count of four pharmacies in Malta
    c = _claim("Per 1,000 residents, Malta has 4 pharmacies.", "4")
    assert c.per_base == 1_000 and c.norm_unit == PER_ONE


def test_a_rate_per_household_has_no_base():
    c = _claim("In Dorset there are 1.4 cars per household.", "1.4")
    assert c.per_base is None and c.norm_unit == "count" and c.norm_value == 1.4


def test_a_plain_count_has_no_base():
    c = _claim("Ghana recorded 2,000 road deaths last year.", "2,000")
    assert c.per_base is None and c.norm_unit == "count"


# ---------------------------------------------------------------------------
# compare


def _doc_claims(text, path, published="2024-05-02"):
    doc = load_text(text, path, outlet="Test", published=published)
    return doc, list(pipeline.extract(doc, RULESET))


def _judge(text_a, text_b, settings=STRONG):
    (_, a), (_, b) = _doc_claims(text_a, "a.txt"), _doc_claims(text_b, "b.txt")
    [ca] = [c for c in a if c.metric.startswith("rate.")]
    [cb] = [c for c in b if c.metric.startswith("rate.")]
    return ca, cb, compare.judge(ca, cb, settings)


GHANA_12 = "Ghana had 12 road deaths for every 100,000 residents in 2022, officials said."


def test_one_rate_on_two_bases_agrees():
    a, b, k = _judge(GHANA_12, "Ghana had 0.12 road deaths per 1,000 residents in 2022, officials said.")
    assert compare.comparable(a, b, STRONG) and k is None


def test_two_rates_on_one_base_conflict():
    _, _, k = _judge(GHANA_12, "Ghana had 19 road deaths per 100,000 residents in 2022, officials said.")
    assert k is not None and k.kind == "contradiction"
    assert "12 per 100,000" in k.explanation and "19 per 100,000" in k.explanation


def test_rates_on_two_bases_conflict_when_scaled_apart():
    _, _, k = _judge(GHANA_12, "Ghana had 0.19 road deaths per 1,000 residents in 2022, officials said.")
    assert k is not None and k.kind == "contradiction"


def test_one_figure_on_two_bases_is_no_agreement():
    # today's reading kept only the 12s and called them equal
    _, _, k = _judge(GHANA_12, "Ghana had 12 road deaths per 1,000 residents in 2022, officials said.")
    assert k is not None and k.kind == "contradiction"


def test_per_capita_meets_a_number_base():
    a, b, k = _judge("Peru has 2 dentists per 1,000 people, the ministry said.",
                     "Peru has 0.002 dentists per capita, the ministry said.")
    assert compare.comparable(a, b, STRONG) and k is None


def test_a_rate_on_a_base_does_not_meet_one_per_household():
    a, b, _ = _judge("Wales has 40 cars per 100 residents, the survey found.",
                     "Wales has 1.3 cars per household, the survey found.")
    assert not compare.comparable(a, b, STRONG)


def test_rates_per_household_compare_as_before():
    _, _, k = _judge("In Dorset there are 1.4 cars per household, a survey found.",
                     "In Dorset there are 2.1 cars per household, a survey found.")
    assert k is not None and k.kind == "contradiction"


# ---------------------------------------------------------------------------
# the gate


def _gate(db_path, tmp_path, draft_text, settings):
    with Ledger(db_path) as led:
        doc, cs = _doc_claims(GHANA_12 + "\n", "ledger/a.txt", published="2024-05-01")
        led.add_document(doc, cs)
        draft = load_text(draft_text + "\n", str(tmp_path / "draft.md"), published="2024-05-03")
        return check_documents([draft], led, RULESET, CheckSettings(compare=settings))


def test_the_gate_finds_one_rate_on_two_bases_clean(db_path, tmp_path):
    res = _gate(db_path, tmp_path, "Ghana had 0.12 road deaths per 1,000 residents in 2022.", STRONG)
    assert not res.findings and res.matched == 1


def test_the_gate_flags_one_figure_on_two_bases(db_path, tmp_path):
    res = _gate(db_path, tmp_path, "Ghana had 12 road deaths per 1,000 residents in 2022.", STRONG)
    assert [f.code for f in res.findings] == ["LG001"]


def test_the_gate_with_the_shipped_tolerances_is_clean(db_path, tmp_path):
    # rate.* is a weak metric there: the gate ties it to no other document's claim
    res = _gate(db_path, tmp_path, "Ghana had 0.12 road deaths per 1,000 residents in 2022.",
                compare.load_settings())
    assert not res.findings


# ---------------------------------------------------------------------------
# the record and the store


def test_per_base_is_an_appended_field():
    # appended after "linked"; later fields (fold34's "direction") come after it
    assert CLAIM_FIELDS.index("per_base") == CLAIM_FIELDS.index("linked") + 1


def test_the_base_is_stored_and_read_back(db_path):
    doc, cs = _doc_claims(GHANA_12, "a.txt")
    with Ledger(db_path) as led:
        led.add_document(doc, cs)
        [c] = [c for c in led.claim_records() if c.metric.startswith("rate.")]
    assert c.per_base == 100_000 and c.norm_unit == PER_ONE


def test_a_version_3_ledger_gains_the_base_column(db_path):
    from ledger import store

    doc, cs = _doc_claims(GHANA_12, "old.txt")
    old = dataclasses.replace(cs[0], per_base=None)
    con = sqlite3.connect(db_path)
    for n in (0, 1, 2):
        for stmt in store._split_sql(store.MIGRATIONS[n]):
            con.execute(stmt)
    con.execute("PRAGMA user_version = 3")
    cols = [r[1] for r in con.execute("PRAGMA table_info(claims)")]
    assert "per_base" not in cols
    con.execute(f"INSERT INTO claims ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [getattr(old, c) for c in cols])
    con.commit()
    con.close()
    with Ledger(db_path) as led:
        assert led.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
        [c] = led.claim_records()
        assert c.per_base is None and c.value == old.value
