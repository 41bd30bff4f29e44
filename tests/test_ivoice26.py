"""A figure a named person gives in the first person singular, in a quotation of theirs, takes
that person as its subject (ledger/voice.py ``i_subjects``) when a person may own it as the doer,
and only then."""

from __future__ import annotations

import pytest

from ledger import pipeline, voice
from tests._claimkit import RULESET, make_doc


def _claims(text: str, fig: str):
    cs = [c for c in pipeline.extract(make_doc(text), RULESET) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric) for c in pipeline.extract(make_doc(text), RULESET)]
    return cs


@pytest.mark.parametrize("text, fig, who", [
    # the act's duration, a count of the speaker's acts, a date of theirs (BBC politics/166,
    # sport/450, politics/400)
    ('"I tried for three years to make something work," said David Blunkett.', "three years", "David Blunkett"),
    ('"I\'ve only played this tournament four times and I\'ve won it four times," Jane Doe said.',
     "four", "Jane Doe"),
    ('Liberal Democrat leader Charles Kennedy said: "When I was first elected in 1983 as the '
     'youngest MP, he was the Father of the House."', "1983", "Charles Kennedy"),
    # a name attribution took from a name, though the given name is not a known one
    ('"I started preparing for this tournament nine months ago," said Lleyton Hewitt.', "nine months",
     "Lleyton Hewitt"),
])
def test_the_speakers_own_figure(text, fig, who):
    assert {c.subject for c in _claims(text, fig)} == {who}


def _unchanged(text: str, fig: str, monkeypatch) -> None:
    """The step leaves the figure's subjects as the stages before it made them."""
    got = [c.subject for c in _claims(text, fig)]
    with monkeypatch.context() as m:
        m.setattr(voice, "i_subjects", lambda doc, claims, ruleset: claims)
        before = [c.subject for c in _claims(text, fig)]
    assert got == before


@pytest.mark.parametrize("text, fig", [
    # an "I" that thinks, hopes, doubts or wants: not the speaker's own
    ('"I do not think we need to cut unless prices are falling below $35 a barrel," said John Smith.', "below $35"),
    ('"I hope our negotiations in the next three months will lead to a deal," said John Smith.', "three months"),
    ('"I doubt that a publisher is going to give you a cheque for $10m," said John Smith.', "$10m"),
    ('"I don\'t think I would take a five or six-year-old to this," said George Lucas.', "five or six"),
    # "in my opinion" owns nothing; "him" does the two days
    ('"It would be very unlikely in my opinion for him to do a five-setter two days in a row," said '
     'John Smith.', "two days"),
    # an "I" after the figure, and a "we" nearer the figure than the "I"
    ('"When you watch a 25-minute episode, I\'ve been filming all day," said John Smith.', "25-minute"),
    ('"I know we lost 300 jobs in 2004," said John Smith.', "300"),
    # no quotation: reported speech keeps the engine's subject (none here)
    ("Jane Doe spoke. John Smith said she tried for three years to make something work.", "three years"),
])
def test_not_the_speakers(text, fig, monkeypatch):
    _unchanged(text, fig, monkeypatch)


@pytest.mark.parametrize("text", [
    # a speaker known only by a description, a body, or a title before the name
    '"I tried for three years to make something work," said a North Korean soldier.',
    '"I tried for three years to make something work," the ministry said.',
    '"I tried for three years to make something work," said Tory leader.',
])
def test_not_a_named_person(text, monkeypatch):
    _unchanged(text, "three years", monkeypatch)


def test_the_step_runs_in_the_pipeline(monkeypatch):
    text = '"I tried for three years to make something work," said David Blunkett.'
    with monkeypatch.context() as m:
        m.setattr(voice, "i_subjects", lambda doc, claims, ruleset: claims)
        assert {c.subject for c in _claims(text, "three years")} == {None}
