"""bench/nosubj_categories.py (subj27): the closed categories of a text whose named claims have no
subject, read from the text's own claims.  The tool prints only counts for QuanTemp's held-out half;
these sentences are the tests' own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ledger.documents import load_text
from tests._claimkit import RULESET, claims_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tool():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("nosubj_categories", ROOT / "bench" / "nosubj_categories.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, mod._Tables(RULESET)


def _cats(tool, text: str) -> set:
    mod, tables = tool
    claims = [c for c in claims_of(text) if c.subject is None]
    assert claims, text
    return mod.categories(load_text(text, path="t.txt"), claims, tables)


def test_first_person_quote_with_no_name(tool):
    cats = _cats(tool, "\"We have shut down nearly 90 percent of the online sex-trafficking business.\"")
    assert {"fp", "quote0", "nameless", "nsent=1"} <= cats
    assert not any(k.startswith("HN:") for k in cats)


def test_a_group_in_the_figures_own_phrase(tool):
    cats = _cats(tool, "About 40,000 people lose their homes every year.")
    assert {"nameless", "NN:group:figure_phrase", "NN:no_capital_after_first"} <= cats


def test_a_known_name_after_the_figure(tool):
    # (s31: "groups targeted for IRS scrutiny" now reads the IRS as the participle's agent)
    cats = _cats(tool, "Says two-thirds of groups in line for IRS scrutiny were not conservative.")
    assert {"has_name", "says0", "HN:known=1", "HN:kcls:org", "HN:P2:prep_after_figure"} <= cats


def test_a_title_case_headline_hides_a_one_word_name(tool):
    # "Uber" is one capitalised word no list knows: the name reading does not take it in a
    # title-case headline, and the category says so by its position (s27 tcsubj: "Pfizer", of
    # five letters or more and no word of English, is now read as a name; a shorter one is not)
    cats = _cats(tool, "Uber Paid A $2.3 Billion Fine For Illegal Marketing")
    assert {"T:title", "nameless", "T:unknown_word:open"} <= cats


def test_subject_classes(tool):
    _, tables = tool
    assert tables.subject_class("United States") == "country"
    assert tables.subject_class("girl") == "described_person"
    assert tables.subject_class("drivers") == "group"
    assert tables.subject_class("public works programme") == "lower_case"
