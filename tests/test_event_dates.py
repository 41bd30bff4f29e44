"""How a date is tied to its verb (the broad date rule WNE218 and the
fallback GEN006), on a tiny rule set; and the past forms the WordNet
generator writes for verbs whose past is the verb itself."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from .test_broad_rules import _date_ruleset, _generator, _rules_of


@pytest.fixture
def rs(tmp_path):
    # the broad rule BRD005 (cue: the list wide_verbs) and the fallback GEN006 (cue: in, on)
    return _date_ruleset(tmp_path, "quashed => quash\nhit => hit\nset up => set_up\nlaunched => launch\n"
                         "built => build\nwon => win\nburdened => burden\n")


@pytest.mark.parametrize("text, metric", [
    # a bare form after a modal or do; a past that is the bare form after a modal, be or have
    ("An asteroid could hit Earth in April 2020.", "event.hit"),
    ("Reagan did not win the state in 1976.", "event.win"),
    ("In 2006 the fees would be quashed.", "event.quash"),
    ("The town was hit by a storm in 2005.", "event.hit"),
    # a gerund after a preposition
    ("Apple grew after launching the iPod in 2001.", "event.launch"),
    ("He was praised for winning the title in 2003.", "event.win"),
    # a phrase whose past is its bare form
    ("Knight set up the label in the early 1990s.", "event.set_up"),
    # a name of several words counts as one word between the verb and the date
    ("The capsule was built in front of the Red Fort by former PM Indira Gandhi in 1973.", "event.build"),
    # a part of the period
    ("The court quashed the verdict at the end of 1989.", "event.quash"),
])
def test_a_date_is_tied_to_its_verb(rs, text, metric):
    assert _rules_of(text, rs) == [("BRD005", metric)]


@pytest.mark.parametrize("text", [
    "The storm hit in 2005.",                   # "hit" alone: a past, a present or a noun
    "A big hit in 2005 was the song.",
    "The building of 1990 was new.",
    "They won the title, but could pay nobody at the end of 2001.",
])
def test_no_verb_is_read_where_none_is_certain(rs, text):
    assert "BRD005" not in [r for r, _ in _rules_of(text, rs)]


@pytest.mark.parametrize("text, metrics", [
    ("Says the Senate will have a record number of female senators in 2013.", []),
    ("Toomey Says The NRA Hasn't 'Given Me A Dime' in 2010", []),
    ("The NRA has not given me a dime in 2010.", ["event.given"]),
    ("SIDS disappeared in 2020 when babies stopped receiving vaccines.", ["event.disappeared"]),
])
def test_the_fallback_names_a_verb_or_nothing(rs, text, metrics):
    assert [m for r, m in _rules_of(text, rs) if r == "GEN006"] == metrics


def test_the_generator_writes_a_past_that_is_the_verb_as_the_verb():
    gen = _generator()
    wn = SimpleNamespace(forms={"win": {"won"}, "flee": {"fled"}})
    assert gen.past_forms("hit", wn) == set()                      # never "hited"
    assert gen.past_forms("shut", wn, bare=True) == {"shut"}       # "shut down", not "shuted down"
    assert gen.past_forms("quit", wn) == {"quitted"}               # both pasts are English
    assert gen.past_forms("win", wn) == {"won"}
    assert gen.past_forms("launch", wn) == {"launched"}
