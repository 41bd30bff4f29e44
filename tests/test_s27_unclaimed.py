"""s27: figures no named rule claimed, read through general constructions: an ellipsis inside a
quotation ("drugs...by 90 percent"), an adverb between an auxiliary and its change verb ("has
actually decreased by 18,300"), and the future "is going to rise 10 percent"."""

import pytest

from tests._claimkit import claims_of


def _got(text):
    return [(c.text, c.metric, c.rule) for c in claims_of(text)]


@pytest.mark.parametrize("text", [
    '"I built that border fence in San Diego...and it reduced the smuggling of people and drugs...by 90 percent."',
    '"I built that border fence in San Diego . . . and it reduced the smuggling of people and drugs . . . by 90 percent."',
    '"I built that border fence in San Diego … and it reduced the smuggling of people and drugs … by 90 percent."',
])
def test_ellipsis_reads_as_a_space(text):
    got = [(t, m) for t, m, _ in _got(text)]
    assert ("90 percent", "change.smuggling") in got


def test_ellipsis_claim_span_is_the_sentences():
    text = '"It reduced the smuggling of people and drugs...by 90 percent."'
    c = [c for c in claims_of(text) if c.metric == "change.smuggling"][0]
    assert text[c.start:c.end] == "90 percent"


def test_ellipsis_after_the_figure_changes_nothing():
    # the figure's own trailing ellipsis is no gap between two words
    assert _got('He said "it went up by 5 percent..." and left.') == _got('He said "it went up by 5 percent" and left.')


@pytest.mark.parametrize("text, metric, rule", [
    ("The number of jobs has actually decreased by 18,300 through July 2011.", "change.job", "CHG430"),
    ("Gas prices have already risen 5 percent.", "change.gas_price", "CHG001"),
    ("Unemployment has now fallen by 2 percent.", "change.unemployment", "CHG001"),
])
def test_adverb_after_the_auxiliary(text, metric, rule):
    assert [(m, r) for _, m, r in _got(text)] == [(metric, rule)]


@pytest.mark.parametrize("text, metric", [
    ("Gas prices are going to go up by 5 percent.", "change.gas_price"),
    ("Taxes are going to rise 10 percent.", "change.tax"),
])
def test_going_to_is_a_forecast_auxiliary(text, metric):
    assert [m for _, m, _ in _got(text)] == [metric]


def test_going_is_no_quantity():
    # the fallback read "are going to go up" as a change of "going"
    got = _got("Your chances of dying are going to go up by about 5 percent.")
    assert all(m != "change.going" for _, m, _ in got)


def test_as_written_wins_a_tie_with_the_level_view():
    # MON500 reads "has actually grown by" as written; CHG001 only through the level view
    got = _got("The state budget has actually grown by $4.6 billion under the governor.")
    assert [(m, r) for _, m, r in got] == [("change.budget", "MON500")]
