"""date25: dates no rule typed -- documents and records (EVT861), deadlines told in
the future with "by" (EVT862), "until" (EVT863), "the first ... since" (EVT864), a
quote at EVT567's verb, and the status of a date told in the future in a text with
no publication date (claims._future_act).  Sentences are my own, or from even BBC
files and even QuanTemp ids."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _dates(text: str, published: str | None = None):
    return [c for c in claims_of(text, published) if c.unit in ("date", "yearless_date")]


def _one(text: str, published: str | None = None):
    got = _dates(text, published)
    assert len(got) == 1, [(c.text, c.metric, c.rule) for c in got]
    return got[0]


# ---------------------------------------------------------------- EVT861 documents and records

@pytest.mark.parametrize("text, metric", [
    ("A video shows a genuine 1956 public service announcement about a plague.", "event.statement"),
    ("The council quoted a press release from 2013 on the closure.", "event.statement"),
    ("The 2014 contract was signed by the mayor.", "event.agreement"),
    ("A 2009 memorandum warned of the flaw.", "event.publication"),
    ("The Oct. 7 resolution of the Human Rights Council proves nothing.", "event.law"),
    ("Lawyers read out the 2016 affidavit in court.", "event.legal"),
])
def test_record_nouns(text, metric):
    c = _one(text)
    assert (c.metric, c.rule) == (metric, "EVT861")


def test_record_owner_is_the_subject():
    c = _one("Elon Musk was shown an article about Kanye West's 2020 presidential platform.")
    assert (c.metric, c.subject, c.rule) == ("event.election", "Kanye West", "EVT861")


@pytest.mark.parametrize("text", [
    "The 2019 contract fees rose sharply.",  # a period's noun after the document's
    "Agenda 2030 allows the government to plan cities.",  # a title
    "Cyberpunk 2077 sold well.",
    "The 2019 plan cut spending.",  # a scheme the year qualifies: left out of the list
    "The 2020 platform was built by the contractor.",
])
def test_record_guards(text):
    assert not [c for c in _dates(text) if c.rule == "EVT861"]


# ---------------------------------------------------------------- EVT862 deadlines in the future

def test_deadline_future_by_is_a_target():
    c = _one("Airports worldwide will ditch liquid carry-on rules by 2024.")
    assert (c.metric, c.status, c.rule, c.period) == ("event.deadline", "target", "EVT862", "2024")


def test_deadline_by_the_end_of():
    c = _one("The firm will quietly scrap the scheme by the end of 2026.")
    assert (c.metric, c.rule, c.period) == ("event.deadline", "EVT862", "2026")


def test_deadline_forecast_word_makes_a_forecast():
    c = _one("Analysts predict the market will collapse by 2009.")
    assert (c.metric, c.status) == ("event.deadline", "forecast")


@pytest.mark.parametrize("text", [
    "Sales will double by 2010.",  # a quantity's change: a figure's period
    "Growth will probably slow by the end of 2005.",
    "The firm hopes to sell three million consoles by March 2005.",  # a number between
    "By 1979 he was the biggest touring attraction in the world.",  # past, no plan
    "The plant closed by 2019.",
])
def test_deadline_guards(text):
    assert not [c for c in _dates(text) if c.rule == "EVT862"]


# ---------------------------------------------------------------- EVT863 until

@pytest.mark.parametrize("text, metric", [
    ("The fiscal year doesn't end until June 30, 2011.", "event.end"),
    ("The festival runs until 20 February 2005.", "event.end"),
    ("The franc will remain exchangeable at banks until 2009.", "event.end"),
    ("A full launch of the console is not expected to start until 2006.", "event.start"),
    ("However this is not likely to appear until 2006.", "event.release"),
    ("The court postponed the film's launch until 3 February 2005.", "event.scheduled"),
])
def test_until(text, metric):
    c = _one(text)
    assert (c.metric, c.rule) == (metric, "EVT863")


@pytest.mark.parametrize("text", [
    "Prices rose until 2008.",
    "Meyer had to wait until 1970 before he could re-enter Parliament.",
    "It took until 2001 for the pair to score their first hit.",
])
def test_until_guards(text):
    assert not [c for c in _dates(text) if c.rule == "EVT863"]


# ---------------------------------------------------------------- EVT864 first ... since

@pytest.mark.parametrize("text, subject, metric", [
    # prec26: the metric names what was won (a Grand Slam, a medal, a win)
    ("Ireland took another step towards their first Grand Slam since 1948.", "Ireland", "event.last_grand_slam"),
    ("The quartet held off the USA to win Britain's first relay medal since 1912.", "United Kingdom",
     "event.last_medal"),
    ("He is the first Republican to win Wisconsin since 1952.", None, "event.last_win"),
])
def test_first_since(text, subject, metric):
    c = _one(text)
    assert (c.metric, c.rule) == (metric, "EVT864")
    if subject is not None:
        assert c.subject == subject


def test_first_since_no_name_inside_the_cue():
    # "Grand Slam" stands between "first" and "since": it is the win, not its owner
    c = _one("They are tipped to claim their first Grand Slam since 1948.")
    assert c.rule == "EVT864" and c.subject != "Grand Slam"


@pytest.mark.parametrize("text", [
    "Prices rose 0.1%, the first gain since 2000.",
    "It will be the first time since 1917 that the party has chosen Manchester.",
    "The album is the first from the original line-up since 1983.",
])
def test_first_since_guards(text):
    assert not [c for c in _dates(text) if c.rule == "EVT864"]


# ---------------------------------------------------------------- EVT567 a quote at the verb

def test_last_since_quote_at_the_verb():
    c = _one("Toomey Says The NRA Hasn’t ‘Given Me A Dime Since 2010’")
    assert (c.metric, c.subject, c.rule) == ("event.last_give", "NRA", "EVT567")


# ---------------------------------------------------------------- status of a future date, no publication date

def test_future_date_without_publication_is_a_forecast():
    c = _one("The company will close the factory in 2024.")
    assert c.status == "forecast"


def test_future_date_with_publication_keeps_the_old_reading():
    # a date before publication is no forecast (the older rule, unchanged)
    c = _one("The company will close the factory in 2024.", published="2025-06-01")
    assert c.status == "actual"


def test_past_date_is_not_a_forecast():
    c = _one("He said in 2019 that he will resign.")
    assert c.status == "actual"


def test_future_phrase_must_hold_the_rule_cue():
    # the rule's cue must start inside the future phrase: "will ... ditch" yes; a cue after
    # it, in a phrase of its own ("will be remembered for the invasion launched in"), no
    from types import SimpleNamespace as NS
    from ledger.claims import _future_act
    s = "Airports will ditch the rules in 2024."
    ctx = NS(sent=s, fs=s.index("2024"))
    assert _future_act(ctx, NS(cue=(s.index("ditch"), s.index(" in 2024"))))
    s = "Bush will be remembered for the invasion launched in 2003."
    ctx = NS(sent=s, fs=s.index("2003"))
    assert not _future_act(ctx, NS(cue=(s.index("invasion"), s.index(" 2003"))))
