"""Claims stage fixes of session 10: a speaker's own undertakings, a person's
record, and cues that read a name or a balance as something else."""

import pytest

from tests._claimkit import claims_of


def _one(text, fig):
    cs = [c for c in claims_of(text, published="2012-01-01") if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric) for c in claims_of(text, published="2012-01-01")]
    return cs[0]


@pytest.mark.parametrize("text, fig", [
    ('Mr Howard said: "I will cut taxes by £4bn."', "£4bn"),
    ('"We\'ll hire 20,000 more police officers," she said.', "20,000"),
])
def test_a_speakers_own_will_is_a_pledge(text, fig):
    assert _one(text, fig).status == "pledge"


@pytest.mark.parametrize("text, fig, status", [
    # a state or a forecast, not an undertaking
    ("We will have 3,000 troops in Poland by May.", "3,000", "forecast"),
    # after the figure: the date is when the ban comes into force, not what "we" undertake
    ("When the ban comes into force on 18 February we will be going to the court.", "18 February", "forecast"),
    ("We will be in a very strong position to hit our five million target by summer 2006.", "five million",
     "target"),
    # no "I" or "we": a forecast, as before
    ("Unemployment will average 10 percent this year.", "10 percent", "forecast"),
])
def test_other_wills_are_no_pledge(text, fig, status):
    assert _one(text, fig).status == status


@pytest.mark.parametrize("text, fig, metric, subject", [
    ("President Obama has raised taxes 19 times.", "19", "frequency.raised", "Barack Obama"),
    ("Obama has proposed 442 tax hikes since taking office.", "442", "policy.tax_increase", "Barack Obama"),
])
def test_a_persons_acts_and_policies_keep_the_person(text, fig, metric, subject):
    c = _one(text, fig)
    assert (c.metric, c.subject) == (metric, subject)


def test_a_budget_surplus_is_no_spending():
    c = _one("When President Bush took office in 2001, he inherited a $236 billion budget surplus.", "$236 billion")
    assert c.metric == "money.fiscal"


def test_occupy_is_no_occupation_and_the_united_states_no_count_of_states():
    cs = claims_of("There are now Occupy Wall Street camps in hundreds of cities across the United States.",
                   published="2012-01-01")
    assert not [c for c in cs if c.metric in ("territory.settlements", "members.countries")]


@pytest.mark.parametrize("text", [
    "Juan Carlos hasn't played badly, but the Bryans are great doubles players.",
    "I hardly play doubles.",
    "He will play doubles in Seville.",
])
def test_doubles_the_game_is_no_multiple(text):
    from ledger.figures import find_figures
    assert not [f for f in find_figures(text) if f.text.startswith("doubles")]


def test_doubles_the_verb_is_still_a_multiple():
    from ledger.figures import find_figures
    assert [f.value for f in find_figures("Sales doubles every year.")] == [2]


@pytest.mark.parametrize("text, fig, subject", [
    ("Says after Hillary Clinton helped a man accused of raping a 12-year-old, shes seen laughing.", "12-year", None),
    ("Police in Leeds arrested a 17-year-old on Monday.", "17-year", None),
    # nobody named: the person the text describes (ledger/described_person.py)
    ("Naseer Khan raped and murdered an 8-year-old girl in Rajasthan.", "8-year", "girl"),
])
def test_an_age_brought_in_with_a_is_nobody_named_nearby(text, fig, subject):
    assert _one(text, fig).subject == subject


@pytest.mark.parametrize("text, fig, subject", [
    ("John Smith, a 45-year-old banker, said the bank lost money.", "45-year", "John Smith"),
    ("Murray is a 17-year-old from Dunblane.", "17-year", "Murray"),
    ("Limberbutt McCubbins (a five-year-old cat) is a candidate in the 2016 presidential election.", "five-year",
     "Limberbutt McCubbins"),
    ("A three-year-old boy named William Tyrell is missing from his home.", "three-year", "William Tyrell"),
    ("She taught Daunte Wright \u2014 a 20-year-old Black man who was killed by a police officer.", "20-year",
     "Daunte Wright"),
])
def test_an_age_in_apposition_or_with_its_name_keeps_the_name(text, fig, subject):
    assert _one(text, fig).subject == subject


@pytest.mark.parametrize("text", [
    # "the four" standing alone points back to the four detainees named before: no claim of its own
    'Sir Menzies Campbell said the four had been rescued from a "legal no-man\'s land".',
    "But he said there were questions over the possible threat the four pose to the UK.",
])
def test_the_four_standing_alone_is_no_count(text):
    assert not [c for c in claims_of(text, published="2005-01-01") if c.text == "four"]


def test_the_four_before_a_noun_is_still_a_count():
    assert [c for c in claims_of("The four men were released on Tuesday.", published="2005-01-01") if c.text == "four"]
