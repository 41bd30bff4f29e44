"""subj25: named claims with no subject, last-resort owners.

* ledger/place_scope.py: a figure of a place's people or state (rules/lists/subj25_place_metrics.txt)
  that no other strategy owns takes the one place its sentence names as the scope of its
  clause ("in South Africa"), as the subject of the sentence or quotation ("America is ..."),
  or as a governor's or mayor's office ("California Gov. Gavin Newsom"); never one person's
  age, a name inside a longer name, a demonym, nor a place used as a modifier of another noun;
* ledger/story_country.py: a national statistic (economy.*, change.*, rate.* with a noun of
  rules/lists/subj25_national_stats.txt in its clause) in a sentence that names no one takes
  the one country its story is about.
"""

from __future__ import annotations

import pytest

from ledger.matching import lexicon
from ledger.place_scope import _owning_place, _place_metric, _tables as place_tables
from ledger.story_country import _story_country, _tables as story_tables
from tests._claimkit import RULESET, claims_of, subject_of


# --------------------------------------------------------------------------
# place_scope


@pytest.mark.parametrize("text, fig, subject", [
    # an age band in a place is the place's (one person's age never is: below)
    ("Research by the Institute for Security Studies (2003) indicates that the 12 to 21 age group has "
     "the largest number of offenders and victims compared to other age groups in South Africa.",
     "12 to 21", "South Africa"),
    ("The 18 to 24 age group votes least in Britain.", "18 to 24", "United Kingdom"),
    # the place that is the subject of a quotation in a title-case headline
    ("Did Jim Carrey Say, ‘America Is Morally Upside Down Because The Wealthiest 1% Tricked The Dumbest 20%’?",
     "1%", "United States"),
    # a governor's acts are the state's
    ('California Gov. Gavin Newsom "is sending Ballots to millions of people".', "millions", "California"),
])
def test_place_owns_its_peoples_figure(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # one person's age is the person's, wherever it happens: the person the text describes
    # (ledger/described_person.py), never the place
    ("Video of 20,000 bikers performing a motorbike parade for a 6-years-old boy diagnosed with cancer in Germany",
     "6-years", "boy"),
    ("13-year-old girl raped and burnt alive in Rajasthan", "13-year", "girl"),
    ("A slain Chicago police officer left behind a two-month-old baby.", "two-month", "baby"),
    # a place as a modifier of another noun, or inside a longer name
    ("About 2,000 fans of the London-based band bought tickets.", "About 2,000", None),
    ("The US firm is offering 2,000 new jobs.", "2,000", None),
])
def test_place_that_owns_nothing(text, fig, subject):
    assert subject_of(text, fig) == subject


def _place(sent: str, fig: str):
    lex = lexicon(RULESET)
    _, states, demonyms = place_tables(RULESET)
    fs = sent.index(fig)
    return _owning_place(sent, fs, fs + len(fig), lex, states, demonyms)


@pytest.mark.parametrize("sent, fig, place", [
    ("Some 40 percent of adults smoke in Texas.", "40 percent", "Texas"),
    ("Some 40 percent of adults smoke across the United States.", "40 percent", "United States"),
    ("Germany has accepted 1 million refugees.", "1 million", "Germany"),
    ("Ohio Gov. John Kasich cut benefits for 200,000 people.", "200,000", "Ohio"),
    # not the scope: a name inside a longer name, a demonym, a modifier, two places
    ("The University of California said 10 of the former directors will pay.", "10", None),
    ("The Sri Lanka Banks Association said the waves killed more than 30,000 people.", "30,000", None),
    ("Unemployment stood at 25% before the uprising against Israeli occupation.", "25%", None),
    ("Some 1,000 fans of the London-based band will pay.", "1,000", None),
    ("Some 40 percent of adults smoke in Texas and in Ohio.", "40 percent", None),
    # a place before the figure that is not the sentence's subject
    ("Officials in Texas said 40 percent of adults smoke.", "40 percent", None),
    ("In Texas, 40 percent of adults smoke.", "40 percent", "Texas"),
])
def test_owning_place(sent, fig, place):
    assert _place(sent, fig) == place


@pytest.mark.parametrize("metric, ok", [
    ("population.top_percent", True), ("people.count", True), ("rate.unemployment", True),
    ("change.gdp", True), ("money.price", False), ("event.election", False), ("troops.count", False),
    ("company.revenue", False), ("duration.spend", False), ("change.sale", False),
])
def test_place_metrics(metric, ok):
    assert _place_metric(metric, place_tables(RULESET)[0]) is ok


# --------------------------------------------------------------------------
# story_country

_JAPAN = ("Japan narrowly escapes recession\n\nJapan's economy teetered on the brink of a technical "
          "recession in the three months to September, figures show. Japanese exporters suffered. "
          "Analysts had expected a stronger recovery. ")


@pytest.mark.parametrize("sentence, fig", [
    ("Growth slowed to 0.3% in the quarter ending September 30.", "0.3%"),
    ("Gross domestic product fell by 0.1% in the last three months of 2004.", "0.1%"),
    ("Industrial output grew 15.7% in the year to October.", "15.7%"),
    ("The unemployment rate stayed at 5.4% in December.", "5.4%"),
])
def test_national_statistic_is_the_storys_country(sentence, fig):
    assert subject_of(_JAPAN + sentence, fig) == "Japan"


@pytest.mark.parametrize("sentence, fig", [
    # the world's, a region's, a firm's or a plant's figure
    ("Global growth slowed to 3% in the quarter.", "3%"),
    ("Output at the plant fell 5% in October.", "5%"),
    ("Its inflation index climbed to 110.0 in January.", "110.0"),
    # no national statistic
    ("Passenger numbers rose 8.1% in January.", "8.1%"),
])
def test_not_the_storys_country(sentence, fig):
    assert subject_of(_JAPAN + sentence, fig) is None


def test_sentence_that_names_someone_is_left_alone():
    cs = [c for c in claims_of(_JAPAN + "Growth slowed to 0.3%, Mr Tanaka said.") if c.text == "0.3%"]
    assert cs and cs[0].subject != "Japan"


def _country(text: str):
    lex = lexicon(RULESET)
    return _story_country(text, 0, len(text), lex, story_tables(RULESET)[1])


@pytest.mark.parametrize("text, country", [
    (_JAPAN, "Japan"),
    # named once only
    ("Japan slows\n\nGrowth slowed to 0.3% in the quarter.", None),
    # two countries as often
    ("Japan and China slow\n\nJapan and China reported slower growth. Japan and China export less.", None),
    # named through its states more than by its own name: the state's story, not the country's
    ("Texas jobs\n\nTexas added jobs in Texas and Houston, the US said.", None),
    # named only late in the story
    ("Growth slows\n\n" + "Analysts expect growth to slow further in the coming months. " * 6
     + "Japan and Japan.", None),
])
def test_story_country(text, country):
    assert _country(text) == country


def test_a_one_sentence_claim_has_no_story_country():
    assert subject_of("In 2018, provisional estimates show the economy grew by 6.1%.", "6.1%") is None
