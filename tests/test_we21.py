"""A figure quoted in the first person plural takes the speaker's
organisation as its subject (ledger/voice.py), not a subject carried over
from an earlier sentence."""

from __future__ import annotations

import pytest

from ledger import pipeline
from ledger.voice import _speaks_for_us, we_subjects
from tests._claimkit import RULESET, make_doc

LEAD = "Tesla sold 1.8 million cars last year. "


def _claim(text: str, fig: str):
    doc = make_doc(text)
    cs = [c for c in pipeline.extract(doc, RULESET) if c.text.startswith(fig)]
    assert cs, [(c.text, c.subject) for c in pipeline.extract(doc, RULESET)]
    return cs[-1]


@pytest.mark.parametrize("text, org", [
    # the organisation in the words that name the speaker
    (LEAD + '"We sold 5 million cars," said John Smith, a Ford official.', "Ford"),
    (LEAD + 'Ford chief executive Bill Ford said: "We sold 5 million cars."', "Ford"),
    (LEAD + '"We sold 5 million cars," said a spokesman for Ford.', "Ford"),
    (LEAD + '"We sold 5 million cars," said Jane Doe, chief executive of Ford.', "Ford"),
    (LEAD + '"We sold 5 million cars," said Jane Doe of Ford.', "Ford"),
    (LEAD + '"We sold 5 million cars," Ford\'s chief executive Jane Doe said.', "Ford"),
    # named earlier in the story, then by surname only
    (LEAD + "Ford's chief executive Jane Doe spoke on Monday. "
     '"We sold 5 million cars," said Ms Doe.', "Ford"),
    # the speaker is the organisation
    (LEAD + 'The Ford Motor Company said: "We sold 5 million cars."', "Ford Motor Company"),
    # through the gazetteer: a party's adjective is the party
    ("Labour raised 10 million pounds. Tory shadow chancellor Oliver Letwin said: "
     '"We raised 12 million pounds in donations."', "Conservatives"),
    # "nine of our 11 businesses": a part of us
    (LEAD + '"In the last quarter, nine of our 11 businesses grew," said Jane Doe, a GE official.', "GE"),
])
def test_organisation_of_the_speaker(text, org):
    fig = "nine" if "nine of our" in text else ("12 million" if "12 million" in text else "5 million")
    assert _claim(text, fig).subject == org


def test_no_organisation_drops_the_carried_subject():
    c = _claim(LEAD + '"We sold 5 million cars," said Jane Doe.', "5 million")
    assert c.subject is None
    assert c.speaker == "Jane Doe"  # attribution's fields are untouched


def test_a_subject_the_clause_names_is_kept():
    c = _claim(LEAD + '"Our sales in Japan rose 5%," said John Smith, a Ford official.', "5%")
    assert c.subject == "Japan"


@pytest.mark.parametrize("quote", [
    # third person: "they", not "we"
    '"They sold 5 million cars," said John Smith, a Ford official.',
    # "we" that forecasts: the figure is what is expected, not the speaker's own
    '"We expect Tesla to sell 5 million cars," said John Smith, a Ford official.',
    # "we" after the figure: "the cars that we saw"
    '"Tesla made 5 million cars that we tested," said John Smith, a Ford official.',
])
def test_not_the_speakers_own(quote):
    c = _claim(LEAD + quote, "5 million")
    assert c.subject == "Tesla"


def test_we_outside_quotes_in_reported_speech_is_left_alone():
    # not a quotation: the step changes nothing (whatever subject the claims stage gave)
    from ledger import attribute, claims as claims_stage, figures
    text = LEAD + "John Smith, a Ford official, said we sold 5 million cars."
    doc = make_doc(text)
    cs = claims_stage.type_figures(doc, figures.find_figures(text), figures.find_dates(text), RULESET)
    cs = attribute.attribute(doc, cs)
    assert we_subjects(doc, cs, RULESET) == cs
    assert any(c.text == "5 million" for c in cs)


def test_another_clause_of_the_quote():
    # the clause with the figure says no "we": "...; we were pleased"
    c = _claim(LEAD + '"Tesla sold 5 million cars; we were pleased," said John Smith, a Ford official.',
               "5 million")
    assert c.subject == "Tesla"


def test_a_title_with_a_portfolio_is_no_organisation():
    c = _claim(LEAD + '"We sold 5 million cars," said Jane Doe, Minister for Industry.', "5 million")
    assert c.subject is None


def test_modifiers_before_a_title_are_few():
    # "Ford has begun action against national coach Jane Doe": Ford is not her side
    c = _claim(LEAD + "Ford has begun legal action against national coach Jane Doe. "
               '"We sold 5 million cars," she said.', "5 million")
    assert c.subject != "Ford"


def test_speaks_for_us_scope():
    text = '"We expect growth of 2%, and we sold 5 million."'
    at = text.index("5 million")
    c = type("C", (), {"start": at, "end": at + 9})()
    assert _speaks_for_us(text, 0, c)
    at = text.index("2%")
    c = type("C", (), {"start": at, "end": at + 2})()
    assert not _speaks_for_us(text, 0, c)


def test_nothing_to_do_without_quotes():
    doc = make_doc(LEAD)
    claims = pipeline.extract(doc, RULESET)
    assert we_subjects(doc, claims, RULESET) == claims


def test_a_far_we_owns_nothing():
    c = _claim(LEAD + '"We are greatly concerned by the unbalanced and hostile portrayal of drivers in the '
               'advertising campaign for the 5 million cars," said John Smith, a Ford official.', "5 million")
    assert c.subject != "Ford"
