"""pol32: the subject of a survey's share is the population the survey asked
(ledger/poll_population.py, strategy ``poll``), and POL331 leaves a share of a
named population or of firms to POP001 and PRT001."""

from __future__ import annotations

import pytest

from ledger.matching import lexicon
from ledger.poll_population import _in_sentence

from ._claimkit import RULESET, claims_of


def _claim(text: str, figure: str):
    got = {c.text: c for c in claims_of(text)}
    assert figure in got, sorted(got)
    return got[figure]


@pytest.mark.parametrize("text, figure, subject", [
    # the population in the figure's own sentence
    ("A poll of 1,200 UK adults for the charity found 38% had never made a will.", "38%", "United Kingdom"),
    ("A survey among 800 French voters found that 41% had changed their minds.", "41%", "France"),
    ("The study, which interviewed 2,500 Americans by phone, found 27% kept a gun at home.", "27%",
     "United States"),
    ("A survey carried out in Italy found that more than half had cut back on travel.", "more than half", "Italy"),
    ("A Spanish survey found two in five had skipped a holiday.", "two in five", "Spain"),
    # ... or in the nearest earlier sentence of its paragraph that names the survey
    ("Some 900 Dutch teenagers were questioned online. Of these, 55% felt anxious about exams.", "55%",
     "Netherlands"),
    ("The research questioned 3,000 Canadians in the spring. It found that 31% saved nothing. One in six even "
     "admitted to borrowing from a parent.", "One in six", "Canada"),
    # a group, when no country is named
    ("A survey asked 1,000 train users about delays. Only 14% regarded the service as good value.", "14%", "users"),
])
def test_population_of_the_poll(text, figure, subject):
    c = _claim(text, figure)
    assert c.rule == "POL331" and c.metric == "politics.opinion_share"
    assert c.subject == subject


@pytest.mark.parametrize("text, figure", [
    # a survey named without its population: no subject, and no guess from a place elsewhere
    ("The think-tank report looked at how people in Scotland shop. It found that more than half had bought "
     "groceries online.", "more than half"),
    # the nearer survey is another one
    ("A poll of 1,000 Swedes came out on Monday. A separate study found that 22% kept cash at home.", "22%"),
    # a vague population is none ("2,000 people")
    ("A poll of 2,000 people found 44% had no pension.", "44%"),
    # a survey of places in several cities names no one population
    ("A survey of wi-fi networks in Paris and Madrid found that 30% had failed to switch on encryption.", "30%"),
])
def test_no_population_no_subject(text, figure):
    c = _claim(text, figure)
    assert c.rule == "POL331"
    assert c.subject is None


@pytest.mark.parametrize("sentence, subject", [
    ("Analysts have questioned whether a US court has any say.", None),  # no number asked: no population
    ("A study of the United States at war won the prize.", None),  # a study's topic, not whom it asked
    ("The Sunday Times poll of readers found it.", None),  # the paper is no nation
    ("The survey of 2,000 people in Germany was published.", "Germany"),
    ("It polled 1,500 British and French adults.", None),  # two nations: neither
])
def test_population_phrases(sentence, subject):
    assert _in_sentence(lexicon(RULESET), sentence)[1] == subject


@pytest.mark.parametrize("text, figure, metric, rule", [
    # a share of a named population with no word of asking is POP001's, of firms PRT001's
    ("The survey found that 70% of Britons kept old phones in a drawer.", "70%", "population.share", "POP001"),
    ("The study found that 12% of companies had lost data to hackers.", "12%", "share.company", "PRT001"),
])
def test_named_population_left_to_share_rules(text, figure, metric, rule):
    c = _claim(text, figure)
    assert (c.metric, c.rule) == (metric, rule)


def test_share_of_those_asked_stays_opinion_share():
    c = _claim("A survey of 600 Irish adults was published. It found that 45% of those with pensions had checked "
               "them.", "45%")
    assert (c.rule, c.metric, c.subject) == ("POL331", "politics.opinion_share", "Ireland")


@pytest.mark.parametrize("text, figure, rule, subject", [
    # the other opinion_share rules take the population asked before the person the answer is about
    ("Some 1,800 Poles were questioned in March. Only 35% thought the minister should resign.", "35%", "POL011",
     "Poland"),
    ("A poll of 900 Danish adults came out on Sunday. Only 28% opposed the bridge toll.", "28%", "POL003",
     "Denmark"),
    ("A survey of 700 Belgian voters was published. It found 33% of those polled had not heard of the plan.",
     "33%", "PCT725", "Belgium"),
])
def test_other_opinion_rules_take_the_population(text, figure, rule, subject):
    c = _claim(text, figure)
    assert (c.rule, c.metric, c.subject) == (rule, "politics.opinion_share", subject)

