"""A day named with no year is resolved against the publication date, and
29 February is no exception (session 33): in a paper of a year with no
29 February, or of a day after which the last 29 February is four years back,
it is the nearest leap year's, not a crash that stops the document."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from ledger.documents import load_text
from ledger.figures import find_dates, find_figures
from ledger.claims import type_figures
from ledger.periods import _yearless_day
from ledger.rules import load_rules
from ledger.paths import rules_root


@pytest.mark.parametrize("month, day, published, ahead, want", [
    (2, 29, "2020-01-01", False, "2016-02-29"),  # 2020's is two months ahead
    (2, 29, "2021-03-01", False, "2020-02-29"),  # 2021 has none
    (2, 29, "2020-03-05", False, "2020-02-29"),
    (2, 29, "2021-01-01", True, "2024-02-29"),   # the next one
    (3, 20, "2020-02-10", False, "2019-03-20"),  # as before: last year's
    (3, 1, "2020-02-10", False, "2020-03-01"),   # a month's grace
    (1, 3, "2020-12-20", True, "2021-01-03"),    # "begins on 3 January" in a December paper
    (4, 31, "2020-01-01", False, None),          # no month has it
])
def test_a_day_with_no_year(month, day, published, ahead, want):
    got = _yearless_day(month, day, dt.date.fromisoformat(published), ahead)
    assert (got.isoformat() if got else None) == want


@given(month=st.integers(1, 12), day=st.integers(1, 31),
       published=st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), ahead=st.booleans())
def test_a_day_resolves_within_its_grace_or_not_at_all(month, day, published, ahead):
    got = _yearless_day(month, day, published, ahead)
    try:
        dt.date(2000, month, day)  # a leap year: every day some year has
    except ValueError:
        assert got is None
        return
    assert (got.month, got.day) == (month, day)
    if ahead:
        assert published - dt.timedelta(days=7) <= got <= published + dt.timedelta(days=366 * 4 + 7)
    else:
        assert published - dt.timedelta(days=366 * 4 + 31) <= got <= published + dt.timedelta(days=31)


def test_a_29_february_in_a_document_gives_its_claims():
    rules = load_rules(rules_root())
    text = "The treaty was signed on February 29th, and 300 soldiers were sent."
    doc = load_text(text, path="leap.txt", published="2021-06-01")
    claims = type_figures(doc, find_figures(text), find_dates(text), rules)
    assert any(c.text == "300" for c in claims)
    doc = load_text(text, path="leap.txt", published="2020-01-01")
    claims = type_figures(doc, find_figures(text), find_dates(text), rules)  # raised ValueError
    assert any(c.text == "300" for c in claims)
