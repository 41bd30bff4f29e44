"""Money and distance readings fixed in round 7 (money7): a nationality that names a
figure's currency ("86.7bn Swiss francs", "US$5bn") is not a name around the number
nor the figure's subject; "m" after an event's size is metres only where the talk is
of racing; an earlier value set against a later one ("up from 4.1%", "from 97.5 in
January") takes the later value's rule."""

import pytest

from ledger.figures import find_figures

from .test_claims import claims_of


def _claim(text, fig):
    return next((c for c in claims_of(text) if c.text == fig), None)


@pytest.mark.parametrize("text,fig,unit", [
    ("Nestle said revenue dipped 1.4% to 86.7bn Swiss francs in 2004.", "86.7bn Swiss francs", "CHF"),
    ("The miner's profit rose to 3.2bn Australian dollars.", "3.2bn Australian dollars", "AUD"),
    ("Shares in Bombardier lost 65 Canadian cents on the news.", "65 Canadian cents", "CAD"),
    ("The contestant wins the jackpot prize of US$100,000.", "US$100,000", "USD"),
])
def test_a_currency_named_by_a_nationality_is_typed_and_names_no_subject(text, fig, unit):
    c = _claim(text, fig)
    assert c is not None and c.unit == unit
    assert c.subject not in ("Switzerland", "Australia", "Canada", "United States")


def test_a_conversion_beside_a_dollar_prefix_takes_no_country():
    c = _claim("The contestant wins the jackpot prize of US$100,000 (£52,590).", "£52,590")
    assert c is not None and c.subject != "United States"


@pytest.mark.parametrize("text,fig,metres", [
    ("Hannah England took the women's 1500m AAAs title in Birmingham.", "1500m", True),
    ("He ran the 800m in 1:45 at the indoor meeting.", "800m", True),
    ("Ask Jeeves would organise the database of 300m blog entries.", "300m", False),
    ("China's net users number 100m but this represents less than 8% of the people.", "100m", False),
    ("The athletics body got 200m in sponsorship from Nike.", "200m", False),
])
def test_m_after_an_event_size_is_metres_only_where_the_talk_is_of_racing(text, fig, metres):
    f = next(f for f in find_figures(text) if f.text == fig)
    assert (f.unit == "m") == metres
    assert f.value == (float(fig[:-1]) if metres else float(fig[:-1]) * 1e6)


@pytest.mark.parametrize("text,later,earlier", [
    ("Unemployment fell to 9.6% in December from 10.6%.", "9.6%", "10.6%"),
    ("Inflation rose to 5.2%, up from 4.1%.", "5.2%", "4.1%"),
    ("The Ifo institute said its index fell to 95.5 in February from 97.5 in January.", "95.5", "97.5"),
    ("Industrial output grew 15.7% in the year to October, down from 23% in February.", "15.7%", "23%"),
])
def test_an_earlier_value_takes_the_later_values_metric(text, later, earlier):
    a, b = _claim(text, later), _claim(text, earlier)
    assert a is not None and b is not None and a.metric == b.metric


def test_an_earlier_value_of_another_party_is_not_passed_on():
    text = "Michael Howard won the seat with 20,645 votes, compared to 14,738 for the Liberal Democrat candidate Peter Carroll."
    b = _claim(text, "14,738")
    assert b is None or b.subject != "Michael Howard"


@pytest.mark.parametrize("text,earlier,period", [
    ("The mining group reported losses had deepened to £51.6m in 2004 from £1.2m.", "£1.2m", None),
    ("Growth was 1.1% in 2004, up from just 0.3% in 2003.", "0.3%", "2003"),
    ("The number of Japanese films released rose to 310 in 2004 from 287 the previous year.", "287", "2003"),  # the later value's year set back
])
def test_an_earlier_value_keeps_only_its_own_period(text, earlier, period):
    c = _claim(text, earlier)
    assert c is not None and c.period == period
