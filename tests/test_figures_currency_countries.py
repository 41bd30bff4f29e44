"""Currency words several countries share (rules/figures/currency_countries.tsv)."""

import pytest

from ledger.figures import find_figures


def money(text, **kw):
    return [(f.text, f.unit) for f in find_figures(text, **kw) if f.kind in ("money", "range", "vague")]


@pytest.mark.parametrize("text,expected", [
    ("Argentina's Central Bank is considering printing the 1000 pesos bank note.", [("1000 pesos", "ARS")]),
    ("It costs 1000 pesos.", [("1000 pesos", "MXN")]),
    ("Kenya will spend 500 million shillings on roads.", [("500 million shillings", "KES")]),
    ("Pakistan raised Rs 500 crore from the sale.", [("Rs 500 crore", "PKR")]),
    ("India raised Rs 500 crore from the sale.", [("Rs 500 crore", "INR")]),
    ("Australia spent $5bn on defence.", [("$5bn", "AUD")]),
    ("All Canadian citizens are entitled to $200 a day.", [("$200", "CAD")]),
    ("It paid 20 Argentine pesos and 5 Kenyan shillings.", [("20 Argentine pesos", "ARS"), ("5 Kenyan shillings", "KES")]),
    ("Egypt raised the price of bread to 10 pounds.", [("10 pounds", "EGP")]),
    ("Shares in the Swiss bank rose. Profit was 1bn francs.", [("1bn francs", "CHF")]),
    ("Iran's budget is 1,546 trillion rials ($175.6bn).", [("1,546 trillion rials", "IRR"), ("$175.6bn", "USD")]),
    # the paragraph names the country
    ("Tsunami hits Sri Lanka banks\n\nThe banks in Sri Lanka are hit.\n\nLoans of 25bn rupees are lost.",
     [("25bn rupees", "LKR")]),
])
def test_country_named(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He paid 10 shillings for it.", []),  # no country: not money, as before
    ("It costs $5.", [("$5", "USD")]),
    ("A US$5 fee in Australia.", [("US$5", "USD")]),  # explicit forms stay
    ("The Australian firm paid A$5m.", [("A$5m", "AUD")]),
    ("The Canadian dollar rose to $0.85.", [("$0.85", "USD")]),  # a traded currency is no hint
    ("Seoul will buy currencies such as the Australian and Canadian dollar with its $200bn.", [("$200bn", "USD")]),
    ("Sweden's Ericsson made 9.5bn kronor (£722m; $1.3bn).",
     [("9.5bn kronor", "SEK"), ("£722m", "GBP"), ("$1.3bn", "USD")]),  # stated conversions keep theirs
    # "$" looks only in its own sentence: British copy writes "$" for US dollars
    ("Australia's economy grew.\n\nThe deal is worth $5bn.", [("$5bn", "USD")]),
    ("Sri Lanka's banks are hit. Indian lender ICICI lent 3bn rupees.", [("3bn rupees", "INR")]),  # nearest first
])
def test_default_or_explicit(text, expected):
    assert money(text) == expected


def test_outlet_country():
    assert money("The grant is $5m.", country="Australia") == [("$5m", "AUD")]
    assert money("The grant is $5m.", country="Narnia") == [("$5m", "USD")]
    assert money("Canada gave $5m.", country="Australia") == [("$5m", "CAD")]


def test_the_outlets_country_from_the_sidecar_reaches_the_figures():
    """``country:`` in sources.yaml is the last hint for a shared sign: an
    Australian outlet's "$5m" is Australian dollars, a British one's US dollars."""
    from ledger import documents, pipeline, rules

    rs = rules.load_rules()
    units = {}
    for country in (None, "Australia", "UK"):
        meta = {"country": country} if country else {}
        doc = documents.load_text("The council spent $5m on the new bridge.\n", path="a.txt", meta=meta)
        [claim] = [c for c in pipeline.extract(doc, rs) if c.text == "$5m"]
        units[country] = claim.unit
    assert units == {None: "USD", "Australia": "AUD", "UK": "USD"}
