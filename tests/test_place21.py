"""The place of a happening as the last subject (session 12, place21).

A count, a toll or a dated happening that no strategy gave a subject takes the
place the gazetteer knows after "in", "at", "near", "across" or "throughout"
in the figure's own clause (ledger/claims.py _carry_subjects, ledger/subjects.py
_happening_place; the metrics are rules/lists/place21_happening_metrics.txt),
unless the sentence names an owner, the place is a destination, a home, an
adjective or part of a name, or the metric is a personal one."""

from __future__ import annotations

import pytest

from ledger import claims as C
from ledger.matching import lexicon
from ledger.subjects import _happening_place

from tests._claimkit import RULESET, claims_of


def _claim(text: str, fig: str, metric_prefix: str = ""):
    cs = [c for c in claims_of(text) if c.text.startswith(fig) and c.metric.startswith(metric_prefix)]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0]


def _place(sent: str, fig: str, dated: bool = False):
    lex = lexicon(RULESET)
    _, places = C._happening_lists(RULESET)
    fs = sent.index(fig)
    return _happening_place(sent, fs, fs + len(fig), lex, places, dated=dated)


# -- positive: the place where it happened, as the engine normalises it (a city is its country or state)

@pytest.mark.parametrize("text, fig, metric, subject", [
    ("Hundreds of mourners gathered at a cemetery near Baghdad on Friday.", "Hundreds", "event.attendance", "Iraq"),
    ("Thousands of hunt supporters gathered in Norfolk, England, on the first day of the ban.", "Thousands",
     "people.", "England"),
    ("Thousands of mobile industry experts are gathered in Cannes, France, for the trade fair.", "Thousands",
     "people.", "France"),
    ("In June 2017, police arrested a 57-year-old Chinese immigrant for selling dog meat in New York City.",
     "June 2017", "event.legal", "New York City"),
])
def test_place_of_happening(text, fig, metric, subject):
    c = _claim(text, fig, metric)
    assert c.subject == subject


def test_the_step_gives_it(monkeypatch):
    """Without the list the same claim has no subject: the place comes from this step."""
    text = "Hundreds of mourners gathered at a cemetery near Baghdad on Friday."
    monkeypatch.setattr(C, "_happening_lists", lambda ruleset: None)
    assert _claim(text, "Hundreds", "event.attendance").subject is None


def test_list_is_data():
    patterns, places = C._happening_lists(RULESET)
    assert "casualties.*" in patterns and "event.legal" in patterns
    assert "event.death" not in patterns and "event.*" not in patterns
    assert C._happening_metric("casualties.wounded", patterns)
    assert not C._happening_metric("event.travel", patterns)
    assert "Baghdad" in places and "Texas" in places


# -- negative: the figure is someone else's, or the place is not where it happened

def test_personal_metric_keeps_no_place():
    """A boy's age is his, not Germany's (people.age is a personal metric)."""
    c = _claim("Video of 20,000 bikers performing a parade for a 6-year-old boy diagnosed with cancer in Germany",
               "6-year", "people.age")
    assert c.subject == "boy"  # the boy the text describes (ledger/described_person.py), not Germany


def test_modifier_is_no_place():
    """"a Chinese immigrant": a people as a modifier or an origin is not where it happened."""
    c = _claim("In June 2017, police arrested a 57-year-old Chinese immigrant for selling dog meat.",
               "June 2017", "event.legal")
    assert c.subject is None


@pytest.mark.parametrize("sent, fig, dated", [
    # an owner named in the sentence
    ("Toyota's sales in Japan rose by 5,000 units.", "5,000", False),
    ("The Oscars will take place at the Kodak Theatre in Los Angeles on 27 February.", "27 February", True),
    ("Alicia Keys has 12 nominations for the awards, which will be held on 8 December in Las Vegas.",
     "8 December", True),
    ("The circumstances did not favour the 20 million new jobs promised by EU leaders in Lisbon in 2000.",
     "2000", True),
    # a pronoun or a firm's noun as the actor
    ("He moved to a flat in Paris in 1969.", "1969", True),
    ("The luxury carmaker saw strong sales of its three marques - BMW, Mini and Rolls-Royce - in Asia last year.",
     "three", False),
    # a person acts in a dated clause (as _where_only decides): the act is the person's
    ("A woman who entered a taxi in Tampa, Florida, on 18 February 2019 was the victim of a kidnapping.",
     "18 February 2019", True),
    # a home or a destination
    ("Three thousand refugees arrived in Greece on Sunday.", "Three thousand", False),
    ("A teacher who lives in Texas was fired on 3 May.", "3 May", True),
    # an adjective, part of a name
    ("The decline in the US dollar to a five-week low has inflated prices.", "five-week", False),
    ("Some 2,000 people bought tickets at the London Palladium.", "2,000", False),
    # two places that are not one
    ("Thousands of hunt supporters turned out across England and Wales on the first day.", "Thousands", False),
])
def test_no_place(sent, fig, dated):
    assert _place(sent, fig, dated) is None


@pytest.mark.parametrize("sent, fig, dated, place", [
    ("Three people were killed in a shooting in Texas on Sunday.", "Three", False, "Texas"),
    ("At least 40 people died when a bus crashed near Lima.", "At least 40", False, "Peru"),
    ("Thousands of fans gathered in Houston, Texas, on Sunday.", "Thousands", False, "Texas"),
    ("Protests broke out across the city of Minsk in August 2020.", "August 2020", True, "Belarus"),
])
def test_place_found(sent, fig, dated, place):
    assert _place(sent, fig, dated) == place
