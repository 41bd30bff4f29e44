"""actor21: the subject of a dated event when the verb's subject phrase holds a
name _verb_actor does not take: a name the gazetteer lacks before a head noun,
a passive's subject across an apposition, the antecedent of "who"/"which", and
the one a video or photo shows acting (ledger/subjects.py: _clause_name,
_shown_name)."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _event_subject(text: str, date: str):
    cs = [c for c in claims_of(text) if date in c.text and c.metric.startswith(("event.", "media."))]
    assert len(cs) == 1, [(c.text, c.metric, c.subject) for c in claims_of(text)]
    return cs[0].subject


@pytest.mark.parametrize("text, date, subject", [
    # (1) a name the gazetteer lacks opens the clause after a fronted date, before a head noun
    ("On Independence Day in 2021, Hobby Lobby crafts store placed an ad in several newspapers.",
     "2021", "Hobby Lobby"),
    ("But in 1983, Zorblax Industries acquired a rival.", "1983", "Zorblax Industries"),
    ("In 1970, RPM weekly magazine presented Holiff with a special award.", "1970", "RPM"),
    # a fronted date with no comma, an article before the name
    ("In 1987 The Joshua Tree broke sales records.", "1987", "Joshua Tree"),
    # a role noun before the name; the longer name over an entity it starts with ("Tory")
    ("In 2019, rapper Tory Lanez was arrested in Miami.", "2019", "Tory Lanez"),
    # (2) a passive's subject across an apposition that holds other names
    ("In September 2021, Vincent Paterno, a FedEx Ground driver in Washington state, was fired "
     "for bragging online.", "September 2021", "Vincent Paterno"),
    ("Police said Vincent Paterno, a FedEx Ground driver in Washington state, was fired in 2021.",
     "2021", "Vincent Paterno"),
    # the antecedent of a relative pronoun, even after a preposition
    ("Fake DVDs were sold on wholesale to shops by Buhecha, who traded in counterfeit DVDs in 2002.",
     "2002", "Buhecha"),
    # (3) the one a video or photo shows doing something, the picture being the dated verb's subject
    ("A video posted online in May 2023 showed U.S. Sen. Lindsey Graham saying to Ukrainian President "
     "Volodymyr Zelenskyy, \"And the Russians are dying.\"", "May 2023", "Lindsey Graham"),
    ("A photo posted in March 2020 showed Zorblax Quandary handing out masks.", "March 2020",
     "Zorblax Quandary"),
    ("Footage released in 2019 shows Jane Doe speaking at a rally.", "2019", "Jane Doe"),
])
def test_event_subject_found(text, date, subject):
    assert _event_subject(text, date) == subject


@pytest.mark.parametrize("text, date", [
    # the act's subject is no name: the name is the verb's object or in a phrase of its own
    ("In 2019, police arrested Tory Lanez in Miami.", "2019"),
    # a title alone names no one
    ("In 2019, President was elected.", "2019"),
    # a picture that shows no one acting, or a place
    ("A video posted in May 2023 showed Paris burning.", "May 2023"),
    # the name after the picture's verb is in another clause
    ("A video posted in 2019 was deleted after Jane Doe complained.", "2019"),
])
def test_event_subject_not_guessed(text, date):
    assert _event_subject(text, date) is None


def test_lead_words():
    from ledger import subjects
    from ledger.matching import lexicon
    from tests._claimkit import RULESET
    lex = lexicon(RULESET)
    assert subjects._lead_words("U.S. Sen.", lex) and subjects._lead_words("Nigerian singer", lex)
    assert subjects._lead_words("the former police officer", lex)
    assert not subjects._lead_words("the wife of", lex) and not subjects._lead_words("a man named", lex)
    assert not subjects._lead_words("police said", lex)


def test_name_in_subject_phrase_left_to_the_older_strategies():
    # _clause_name gives nothing for a name inside the subject's phrase (the older
    # strategies still answer; actor21 leaves them as they were)
    from ledger import subjects
    from ledger.matching import lexicon
    from tests._claimkit import RULESET
    lex = lexicon(RULESET)
    text = "In 2016, the wife of Zorblax Quandary was arrested."
    ctx = _ctx(text, "2016")
    assert subjects._clause_name(ctx, lex, subjects._entities(ctx, lex), text.index(" was")) is None


def _ctx(text: str, date: str):
    from ledger.matching import _Ctx
    from ledger.records import Figure
    fs = text.index(date)
    fig = Figure(fs, fs + len(date), date, 0.0, 0.0, 0.0, "date", kind="date")
    return _Ctx(fig, text, 0, fs, fs + len(date), [], "date", text)


@pytest.mark.parametrize("text, date, subject", [
    # the one a picture shows acting, over a name in what the act is done to
    ("Photos show Jokowi attending Chinese Lunar New Year celebration in 2022", "2022", "Jokowi"),
    ("A photo shows Zorblax Quandary visiting the Acme Widgets plant in 2019.", "2019", "Zorblax Quandary"),
])
def test_shown_actor_over_object(text, date, subject):
    assert _event_subject(text, date) == subject


@pytest.mark.parametrize("text, date", [
    # no one named acting: nothing to override
    ("Photos show crowds attending the Acme Widgets festival in 2019.", "2019"),
    ("A photo shows police arresting Zorblax Quandary in 2019.", "2019"),
    ("A photo shows Acme Widgets workers striking in 2019.", "2019"),
    # the date is not in the shown act's clause
    ("A photo shows Zorblax Quandary smiling, but it was taken in 2019.", "2019"),
])
def test_shown_actor_not_guessed(text, date):
    from ledger import subjects
    from ledger.matching import lexicon
    from tests._claimkit import RULESET
    assert subjects._shown_over(_ctx(text, date), lexicon(RULESET), None) is None


def test_a_picture_of_someone_unnamed_is_the_described_persons():
    # no name is guessed; the person the video shows, described and not named, is its subject
    # (ledger/described_person.py), compared only within its story
    assert _event_subject("A video shared in June 2023 showed a father running away from his family.",
                          "June 2023") == "father"

