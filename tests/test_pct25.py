"""pct25: percentages, levels and changes that only the fallbacks typed, now typed by rules over
curated classes (CHG925, LVL925, RAT925, RAT926, CHG926; HLT080's wider reach)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._claimkit import RULESET, claims_of

ROOT = Path(__file__).resolve().parent.parent
OURS = {"CHG925", "LVL925", "RAT925", "RAT926", "CHG926", "LVL926", "HLT080"}


def _claim(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric, c.rule) for c in claims_of(text)]
    return cs[0]


# text, figure, metric, rule, subject (None: not checked)
CASES = [
    # approval and support (pct25_opinion)
    ("Support for the war fell to 30% in Britain.", "30%", "level.support", "LVL925", "United Kingdom"),
    ("Support for gay marriage in Ireland is 70 percent.", "70 percent", "level.support", "LVL925", "Ireland"),
    ("Confidence in the Supreme Court fell to 25 percent.", "25 percent", "level.confidence", "LVL925", "Supreme Court"),
    ("Support for the death penalty in Texas has dropped 12 percent.", "12 percent", "change.support", "CHG925", "Texas"),
    # use and consumption (pct25_use)
    ("Cannabis use among teenagers fell 20 percent in Colorado.", "20 percent", "change.cannabis_use", "CHG925", "Colorado"),
    ("Internet use in Nigeria grew 20 percent in 2019.", "20 percent", "change.internet_use", "CHG925", "Nigeria"),
    ("In Ohio, smoking among adults fell to 14 percent.", "14 percent", "level.smoking", "LVL925", "Ohio"),
    ("In Ohio, opioid prescriptions dropped 30 percent.", "30 percent", "change.opioid_prescription", "CHG925", "Ohio"),
    # education outcomes (pct25_schooling)
    ("Test scores in Tennessee rose 10 percent.", "10 percent", "change.test_score", "CHG925", "Tennessee"),
    ("Reading proficiency in Baltimore is 15 percent.", "15 percent", "level.reading_proficiency", "LVL925", None),
    # money flows, disasters, enforcement, life events
    ("Donations to the Labour Party fell 30 percent last year.", "30 percent", "change.donation", "CHG925", None),
    ("Wildfires in California rose 500 percent.", "500 percent", "change.wildfire", "CHG925", "California"),
    ("Refugee admissions fell 80 percent under Trump.", "80 percent", "change.refugee_admission", "CHG925", None),
    ("Divorces in Japan rose 30 percent during the pandemic.", "30 percent", "change.divorce", "CHG925", "Japan"),
    # rates named without "rate" (pct25_rate_nouns) and named ratios (pct25_ratios)
    ("Homeownership in America is 65 percent.", "65 percent", "rate.homeownership", "RAT925", "United States"),
    ("The mortality of Ebola is 50 percent.", "50 percent", "rate.mortality", "RAT925", "Ebola"),
    ("Poverty in Mississippi is 20 percent.", "20 percent", "rate.poverty", "RAT925", "Mississippi"),
    ("The IFR of COVID-19 in Italy is 0.15 percent.", "0.15 percent", "rate.fatality", "RAT925", None),
    ("Japan's debt-to-GDP ratio is 250 percent.", "250 percent", "ratio.debt-to-gdp", "RAT926", "Japan"),
    ("Italy has a debt to GDP ratio of 135%.", "135%", "ratio.debt-to-gdp", "RAT926", "Italy"),
    # the price or cost of a named good (pct25_priced, pct25_price_of)
    ("Egg prices in Kenya are up 60 percent from a year ago.", "60 percent", "change.egg_price", "CHG926", "Kenya"),
    ("The cost of insulin has risen 1,200 percent since 1996.", "1,200 percent", "change.insulin_price", "CHG926", None),
    ("Under Biden the price of a gallon of gas went up 50 percent.", "50 percent", "change.gas_price", "CHG926", "United States"),
    # the level a listed quantity rose or fell to (LVL926), and CHG430 across a comma
    ("Voter turnout in Ohio fell to 55 percent.", "55 percent", "level.voter_turnout", "LVL926", "Ohio"),
    ("In Britain union membership fell to 23 percent in 2020.", "23 percent", "level.union_membership", "LVL926",
     "United Kingdom"),
    ("Broadband take-up boosted the carrier's profits, which showed a 5.5% rise to 18.3bn euros.", "5.5%",
     "change.profit", "CHG430", None),
    # HLT080: a suicide, autism or sperm-count sentence needs no other health word
    ("Youth suicides rose 50 percent in Utah.", "50 percent", "health.suicide_change", "HLT080", "Utah"),
    ("Sperm counts have fallen 50 percent.", "50 percent", "health.sperm_count_change", "HLT080", None),
]


@pytest.mark.parametrize("text,fig,metric,rule,subject", CASES)
def test_typed_by_class_rule(text, fig, metric, rule, subject):
    c = _claim(text, fig)
    assert (c.metric, c.rule) == (metric, rule)
    if subject is not None:
        assert c.subject == subject


# none of these is a figure of the class rules: a level compared, a share of something else, a
# sum for a price, a confidence level (the ends of a from-to are levels, LVL925's: move_ends)
NOT_OURS = [
    ("Support for the plan was 40% higher than expected.", "40%"),
    ("Support is 40 percent of the cost.", "40 percent"),
    ("With 95% confidence the effect is real.", "95%"),
    ("Poverty in Mississippi is 20 percent higher than in Ohio.", "20 percent"),
    ("The price of eggs is $4.50 a dozen.", "$4.50"),
    ("Its share of the donations fell 5%.", "5%"),
    ("Debt rose to 250 percent of GDP.", "250 percent"),
]


@pytest.mark.parametrize("text,fig", NOT_OURS)
def test_not_typed_by_class_rules(text, fig):
    for c in claims_of(text):
        if c.text.startswith(fig):
            assert c.rule not in OURS - {"HLT080"}, (c.metric, c.rule)


def test_class_rule_not_tried_without_its_words():
    """The pre-filters keep the class rules off sentences without a listed word (and, for CHG925, a
    change verb or "by" after it): "said" holds "aid" but is no money flow."""
    from ledger import matching
    tried = []
    orig = matching._pattern_match

    def spy(rule, view):
        tried.append(rule.code)
        return orig(rule, view)

    matching._pattern_match = spy
    try:
        claims_of("The minister said 40 percent of the budget went on schools.")
    finally:
        matching._pattern_match = orig
    assert not {"CHG925", "LVL925", "RAT925", "RAT926", "CHG926"} & set(tried)


@pytest.mark.parametrize("text,fig,status", [
    ("Cochilco forecasts export earnings will fall 10.7% next year.", "10.7%", "forecast"),
    ("Cannabis use among teenagers fell 20 percent in Colorado.", "20 percent", "actual"),
    ("The council aims to cut the cost of childcare by 30 percent by 2030.", "30 percent", "target"),
])
def test_status_kept(text, fig, status):
    c = _claim(text, fig)
    assert c.rule in OURS and c.status == status, (c.metric, c.rule, c.status)


def test_price_key_is_the_goods_whichever_head_word():
    """"egg prices" and "the price of eggs" meet under one key; a service's key is its cost."""
    a = _claim("Egg prices in Ohio rose 60 percent last year.", "60 percent")
    b = _claim("The price of eggs in Ohio rose 60 percent last year.", "60 percent")
    c = _claim("The price of childcare in Ohio rose 30 percent last year.", "30 percent")
    assert (a.metric, b.metric, c.metric) == ("change.egg_price", "change.egg_price", "change.childcare_cost")


@pytest.mark.parametrize("name,most", [
    ("pct25_opinion", 40), ("pct25_use", 80), ("pct25_schooling", 60), ("pct25_money_flows", 60),
    ("pct25_disasters", 40), ("pct25_enforcement", 60), ("pct25_life_events", 20),
    ("pct25_rate_nouns", 80), ("pct25_ratios", 40), ("pct25_priced", 100), ("pct25_nature", 40),
])
def test_lists_are_closed_and_small(name, most):
    """Curated class lists, not a noun dump: each stays in the tens (the generated one in the hundreds)
    and says in its header how it was made."""
    text = (ROOT / "rules" / "lists" / f"{name}.txt").read_text(encoding="utf-8")
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert 0 < len(rows) <= most
    head = "\n".join(ln for ln in text.splitlines() if ln.startswith("#"))
    assert "pct25" in head and ("Hand-written" in head or "GENERATED" in head)


def test_class_rules_are_named_not_fallbacks():
    codes = {r.code: r for r in RULESET.rules}
    for code in OURS:
        r = codes[code]
        assert r.priority >= 0 and not getattr(r, "broad", False)
        assert "generic" not in r.groups
