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


# (s27) an editor's bracketed scale or unit after a quoted number (PolitiFact's "$4 (million)")

def test_bracketed_scale_reads_as_the_scale():
    from ledger.figures import find_figures
    text = "Decriminalizing marijuana will save the state anywhere from $4 (million) to $11 million dollars."
    figs = find_figures(text)
    assert [(text[f.start:f.end], f.value) for f in figs] == [("from $4 (million) to $11 million dollars", 7500000.0)]
    text = "Another 8.5 (million) rebates are being sent out this summer."
    f, = find_figures(text)
    assert (f.text, f.value, text[f.start:f.end]) == ("8.5 (million)", 8500000.0, "8.5 (million)")


def test_bracketed_scale_claims():
    got = _got("Decriminalizing marijuana will save the state anywhere from $4 (million) to $11 million dollars.")
    assert [m for _, m, _ in got] == ["money.savings"]
    got = _got("Unemployment came down from 5.6 percent to under 4 (percent).")
    assert ("under 4 (percent)", "change.unemployment", "CHG001") in got


def test_bracketed_words_that_are_no_scale_stay_apart():
    from ledger.figures import find_figures
    text = "Last year 13 million (health insurance) rebates went out."
    assert [f.text for f in find_figures(text)] == ["13 million"]
