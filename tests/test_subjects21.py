"""subjects21: subjects of named claims that had none.

A count that alone makes up its sentence right after a question answers it
("You know how many convicted felons Scott Walker let out during his eight
years early on parole? Zero."): the one name the question gives is its
subject (ledger/claims.py: _answers_question, read by _carry_subjects).
"""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _subject(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    assert len(cs) == 1, [(c.text, c.metric, c.subject) for c in claims_of(text)]
    return cs[0].subject


@pytest.mark.parametrize("text, fig, subject", [
    ("You know how many convicted felons Scott Walker let out during his eight years early on parole? Zero.",
     "Zero", "Scott Walker"),
    ("How many jobs did Ford cut last year? About 2,000.", "About 2,000", "Ford"),
])
def test_answer_takes_the_questions_name(text, fig, subject):
    assert _subject(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # the question names no one: no guess
    ("How many people did he see? Zero.", "Zero"),
    # two names in the question: no guess
    ("How many convicted felons did Scott Walker and Tony Evers let out early? Zero.", "Zero"),
])
def test_answer_without_one_name_stays_subjectless(text, fig):
    assert _subject(text, fig) is None


def test_a_figure_in_a_longer_sentence_is_no_answer():
    from ledger.claims import _answers_question
    text = "Did Ford cut jobs? It cut 2,000 jobs last year."
    c = [c for c in claims_of(text) if c.text.startswith("2,000")][0]
    assert not _answers_question(text, text.index("It"), c)


# "It" opening a sentence as the actor of a verb of trading or spending: the one the sentence
# before opens with, as for "Its" (ledger/claims.py: _IT_ACTS, read by _carry_subjects)
@pytest.mark.parametrize("text, fig, subject", [
    ("South Korea will boost state spending next year. It has earmarked 100 trillion won for the "
     "first six months of 2005.", "100 trillion won", "South Korea"),
    ("South Korea will boost state spending next year. It aims to create 400,000 jobs.", "400,000",
     "South Korea"),
])
def test_it_acts_for_the_opener_before(text, fig, subject):
    assert _subject(text, fig) == subject


@pytest.mark.parametrize("text, fig", [
    # a speaker's "It said": the figure is what it reports, not its own
    ("The TUC published a report. It said 1,500 safety whistleblowers had lost their jobs since 1999.", "1,500"),
    # the name before owns the noun "It" stands for: the book sold, not its author
    ("Brown's book has become a publishing phenomenon. It has sold more than eight million copies "
     "worldwide in little over two years.", "more than eight million"),
    # a sentence before that opens with no name
    ("The plan was unveiled on Monday. It has earmarked 100 trillion won for the first six months of 2005.",
     "100 trillion won"),
])
def test_it_without_an_acting_opener_stays_subjectless(text, fig):
    assert _subject(text, fig) is None
