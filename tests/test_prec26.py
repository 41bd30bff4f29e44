"""prec26: fewer false findings in the BBC stress test (all 2,225 BBC articles
ingested with one date), by typing claims so that two different facts are not
keyed alike."""
import dataclasses

import pytest

from tests._claimkit import claims_of


def _one(text, rule=None):
    got = [c for c in claims_of(text) if rule is None or c.rule == rule]
    assert len(got) == 1, got
    return got[0]


# ------------------------------------------------- EVT864: what was won

@pytest.mark.parametrize("text, metric", [
    ("And can the Welsh revival continue all the way to a first Grand Slam since 1978?", "event.last_grand_slam"),
    ("Jones hailed Henson's contribution to Wales' first win over England in Cardiff since 1993.", "event.last_win"),
    ("Chelsea could win their first league title since 1955.", "event.last_title"),
    ("She won Britain's first gold medal since 1996.", "event.last_medal"),
    ("They completed a first clean sweep since 1987.", "event.last_clean_sweep"),
])
def test_first_since_names_what_was_won(text, metric):
    got = [c for c in claims_of(text) if c.rule == "EVT864"]
    if metric is None:
        assert not got
    else:
        assert [c.metric for c in got] == [metric]


def test_first_grand_slam_and_first_win_are_two_facts():
    a = _one("Wales want a first Grand Slam since 1978.", "EVT864")
    b = _one("It was Wales' first win over England in Cardiff since 1993.", "EVT864")
    assert a.subject == b.subject == "Wales"
    assert a.metric != b.metric


# ------------------------------------------------- compare: the bound of a band

from types import SimpleNamespace

from ledger import compare


@pytest.mark.parametrize("sentence, text, band", [
    ("The number waiting over 12 months also fell from 7,613 to 6,630.", "12 months", True),
    ("The total number of people waiting more than 18 months has fallen by 9.8%.", "more than 18 months", True),
    ("Only 16% of women earn more than £50,000, compared with 30% of men.", "more than £50,000", True),
    ("This compares to 14% of those aged 30-39 and 14% of those aged 40-48.", "40-48", True),
    ("Almost one in five US citizens aged under 30 have one.", "under 30", True),
    ("Sixteen percent of parents living with children under 18 have players.", "under 18", True),
    # the fact itself, not a band's bound
    ("Patients in Wales wait 18 months for a hip operation.", "18 months", False),
    ("He earns £50,000 a year.", "£50,000", False),
    ("John Smith, aged 45, was arrested.", "45", False),
    ("The firm earned $10m in the third quarter.", "$10m", False),
])
def test_band_bound(sentence, text, band):
    assert compare._read_band(SimpleNamespace(sentence=sentence, text=text)) is band


# ------------------------------------------------- status: what someone expected or predicted

@pytest.mark.parametrize("text, fig", [
    ("The gain in non-farm payrolls was below market expectations of 190,000 new jobs.", "190,000"),
    ("Sony's president made a prediction that 20 million European households would have HDTV sets by 2008.",
     "20 million"),
    ("Fiat seemed to have done well out of the deal, although some predictions had expected a 2bn euro pay-off.",
     "2bn euro"),
    ("The minister said the economy would grow by 2% in 2006.", "2%"),
])
def test_expected_or_predicted_is_a_forecast(text, fig):
    got = [c for c in claims_of(text) if c.text == fig]
    assert got and all(c.status == "forecast" for c in got), got


@pytest.mark.parametrize("text, fig", [
    ("US firms added only 146,000 jobs in January.", "146,000"),
    ("The economy grew by 2% in 2004, as the bank had predicted.", "2%"),
])
def test_what_happened_stays_actual(text, fig):
    got = [c for c in claims_of(text) if c.text == fig]
    assert got and all(c.status == "actual" for c in got), got


# ------------------------------------------------- a figure after a list of places

@pytest.mark.parametrize("text, fig, subject", [
    ("The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with at least 23,000 people killed.",
     "at least 23,000", None),
    # one place: its own
    ("The Bangkok festival opened in the shadow of Thailand's 5,300 deaths from the tsunami.", "5,300", "Thailand"),
    # an aside between the list and the figure: not the list's figure
    ("Euronext - formed after the Brussels, Paris and Amsterdam exchanges merged - is reportedly working with "
     "three investment banks on a possible offer.", "three", "<any>"),
])
def test_figure_after_a_list_of_places(text, fig, subject):
    got = [c for c in claims_of(text) if c.text == fig]
    assert got
    if subject != "<any>":
        assert [c.subject for c in got] == [subject]


def test_list_step_keeps_a_subject_named_between():
    from ledger.list_subject import _listed_owner
    from types import SimpleNamespace as NS
    canon = {"France": "France", "Germany": "Germany", "Italy": "Italy"}
    s = "France, Germany and Italy agreed, but Italy's share was 20%."
    c = NS(sentence=s, start=s.index("20%"), end=s.index("20%") + 3, subject="Italy")
    assert not _listed_owner(c, s, canon)
    s2 = "France, Germany and Italy, with 20% of the vote."
    c2 = NS(sentence=s2, start=s2.index("20%"), end=s2.index("20%") + 3, subject="Italy")
    assert _listed_owner(c2, s2, canon)


# ------------------------------------------------- POL005: "a three party election" counts parties

@pytest.mark.parametrize("text, fig, metric", [
    ("This is really going to be the first modern three party UK election that we have all experienced.",
     "three", None),
    ("In the Budgets given before the last six elections, taxes were cut.", "six", "politics.election"),
    ("Says David Dewhurst skipped nine candidate forums.", "nine", "politics.forum"),
])
def test_number_noun_singular_head(text, fig, metric):
    got = [c.metric for c in claims_of(text) if c.text == fig and c.rule == "POL005"]
    assert got == ([metric] if metric else [])


# ------------------------------------------------- compare: a measure with a part left out

@pytest.mark.parametrize("sentence, text, narrowed", [
    ("Excluding the car sector, US retail sales were up 0.6% in January.", "0.6%", True),
    ("The core PPI figure surged 2.7% during the past 12 months.", "2.7%", True),
    ("Sales rose 1.1%, excluding autos.", "1.1%", True),
    ("US retail sales fell 0.3% in January.", "0.3%", False),
    ("The ex-minister said prices rose 2%.", "2%", False),
])
def test_narrowed_measure(sentence, text, narrowed):
    assert compare._read_narrowed(SimpleNamespace(sentence=sentence, text=text)) is narrowed


# ------------------------------------------------- compare: a figure per unit names its unit

@pytest.mark.parametrize("sentence, text, per", [
    ("US gasoline futures rose to a record high of $1.4850 a gallon.", "$1.4850", ("a", "gallon")),
    ("US light sweet crude futures jumped to $53.09 a barrel in New York.", "$53.09", ("a", "barrel")),
    ("That works out at about three phones per cab.", "about three", ("per", "cab")),
    ("The band won $5m a record.", "$5m", ()),
    ("Prices rose 5 per cent last year.", "5", ()),
    ("More than 63,000 mobile phones have been left in the back of black cabs.", "More than 63,000", ()),
])
def test_per_noun(sentence, text, per):
    assert compare._read_per_noun(SimpleNamespace(sentence=sentence, text=text)) == per


def test_per_units_differ():
    def fig(i, sentence, text, unit="USD", metric="money.price"):
        return SimpleNamespace(id=i, start=ord(i), unit=unit, metric=metric, sentence=sentence, text=text)
    gallon = fig("a", "Petrol rose to $1.48 a gallon.", "$1.48")
    barrel = fig("b", "Crude rose to $53 a barrel.", "$53")
    bare = fig("c", "Crude rose to $55.", "$55")
    yearly = fig("d", "It costs £20,000 a year.", "£20,000", "GBP")
    assert compare._per_units_differ(gallon, barrel)
    assert not compare._per_units_differ(barrel, bare)  # a price per barrel against a bare one: one fact
    cab = fig("f", "That is about three phones per cab.", "about three", "count", "goods.phone")
    total = fig("g", "More than 63,000 phones were left.", "More than 63,000", "count", "goods.phone")
    assert compare._per_units_differ(cab, total)  # a rate per a thing against a total
    assert not compare._per_units_differ(yearly, fig("e", "It costs £30,000.", "£30,000", "GBP"))


def test_nearly_reaches_its_round_figure():
    from tests.test_compare import mk, S
    war = mk(30, unit="year", metric="duration.conflict", subject="Angola", text="30-year", doc="d.txt")
    nearly = mk(30, unit="year", metric="duration.conflict", subject="Angola", text="nearly 30 years", low=27,
                high=30, high_strict=True, hedge="nearly", doc="d.txt")
    assert compare.judge(war, nearly, S) is None
    fewer = mk(30, unit="year", metric="duration.conflict", subject="Angola", text="fewer than 30 years", low=None,
               high=30, high_strict=True, hedge="fewer than", doc="d.txt")
    assert compare.judge(war, fewer, S) is not None


def test_a_whole_percent_is_the_decimal_rounded():
    from tests.test_compare import mk, S
    a = mk(99, unit="percent", metric="percent.stake", subject="LG Card", text="99%", doc="a.txt")
    b = mk(99.3, unit="percent", metric="percent.stake", subject="LG Card", text="99.3%", doc="b.txt",
           precision_low=99.25, precision_high=99.35)
    c = mk(98.4, unit="percent", metric="percent.stake", subject="LG Card", text="98.4%", doc="c.txt",
           precision_low=98.35, precision_high=98.45)
    assert compare.judge(a, b, S) is None
    assert compare.judge(a, c, S) is not None  # 98.4% rounds to 98%, not 99%


def test_a_whole_percent_is_the_decimal_rounded_in_bulk():
    from tests.test_compare import mk, S
    a = mk(99, unit="percent", metric="percent.stake", subject="LG Card", text="99%", doc="a.txt")
    b = mk(99.3, unit="percent", metric="percent.stake", subject="LG Card", text="99.3%", doc="b.txt",
           precision_low=99.25, precision_high=99.35)
    c = mk(97.3, unit="percent", metric="percent.stake", subject="LG Card", text="97.3%", doc="c.txt",
           precision_low=97.25, precision_high=97.35)
    assert compare.find_conflicts([a, b], S) == ()
    assert compare.find_conflicts([a, c], S) != ()


def test_a_horizon_is_not_a_narrowed_measure():
    from tests.test_compare import mk, S
    a = mk(5, unit="year", metric="duration.horizon", subject="Ryanair", text="five years", doc="d.txt",
           sentence="Unit operating costs (excluding fuel) will continue to fall each year for the next five years.")
    b = mk(7, unit="year", metric="duration.horizon", subject="Ryanair", text="seven years", doc="d.txt",
           sentence="About 2,500 new jobs should be created in the next seven years.")
    a = dataclasses.replace(a, start=a.sentence.index("five years"))
    assert compare._narrowed(a)
    assert not compare._bases_differ(compare._prepped(a, S), compare._prepped(b, S))
