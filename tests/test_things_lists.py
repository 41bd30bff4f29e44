"""Counts of things and shares of groups (rules DOC001, MDP001, ANI001, BIZ001, VEH001, SIT001,
POL005, PRT001 and the state-demonym cue of POP001): every word of their closed lists types its
own metric, the lists do not overlap, and a share of a counted thing is not a share of people."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.claims import _lemma, type_figures

from ._claimkit import RULESET, figures_of, make_doc

LISTS = Path(__file__).resolve().parent.parent / "rules" / "lists"

#: list file -> (rule code, metric prefix) of the head-noun rule that counts its words
COUNTS = {
    "things_documents": ("DOC001", "documents"),
    "things_medical": ("MDP001", "medical"),
    "things_animals": ("ANI001", "animals"),
    "things_businesses": ("BIZ001", "businesses"),
    "things_vehicles": ("VEH001", "vehicles"),
    "things_sites": ("SIT001", "sites"),
    "things_politics": ("POL005", "politics"),
}


def _words(name: str) -> list[str]:
    lines = (LISTS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def _claims(text: str):
    figs, dates = figures_of(text)
    return type_figures(make_doc(text), figs, dates, RULESET)


def _cases():
    for name, (code, prefix) in COUNTS.items():
        for word in _words(name):
            yield pytest.param(word, code, prefix, id=f"{code}-{word}")


@pytest.mark.parametrize("word,code,prefix", list(_cases()))
def test_each_listed_word_types_its_count(word, code, prefix):
    claims = [c for c in _claims(f"Inspectors counted 312 {word} in the region last spring.") if c.value == 312]
    assert [c.rule for c in claims] == [code]
    assert claims[0].metric == f"{prefix}.{_lemma(word.split()[-1])}"


def test_lists_are_disjoint():
    seen: dict[str, str] = {}
    for name in list(COUNTS) + ["things_crimes"]:
        for word in _words(name):
            key = word.lower()
            assert key not in seen, f"{word!r} is in {name} and {seen[key]}"
            seen[key] = name


@pytest.mark.parametrize("word", ["doses", "shots", "tests", "senators", "votes", "ballots",
                                  "bills", "schools", "counties", "tanks", "planes"])
def test_words_of_other_rules_stay_out(word):
    # these are counted by HLT001, MEM002, VOT001, LAW001, PUB001, PUB002, ATK009
    for name in COUNTS:
        assert word not in {w.lower() for w in _words(name)}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(COUNTS)), st.integers(min_value=2, max_value=99))
def test_share_of_a_counted_thing_is_a_share_of_that_thing(name, pct):
    word = _words(name)[0]
    claims = [c for c in _claims(f"Officials said {pct} percent of the {word} were inspected.") if c.value == pct]
    assert [(c.rule, c.metric) for c in claims] == [("PRT001", f"share.{_lemma(word)}")]


@pytest.mark.parametrize("text,subject", [
    ("Two-thirds of Wisconsinites receiving checks are not required to search for work.", "Wisconsin"),
    ("One in six Texans don't have health care.", "Texas"),
    ("Nearly 40 percent of Floridians rent their homes.", "Florida"),
])
def test_state_demonym_share_is_population_share(text, subject):
    claims = _claims(text)
    assert [(c.rule, c.subject) for c in claims] == [("POP001", subject)]


def test_state_name_is_not_a_population():
    assert all(c.rule != "POP001" for c in _claims("The storm hit 10 percent of Texas."))
