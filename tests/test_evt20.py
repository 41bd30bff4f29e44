"""EVT750: the dates of happenings named by a noun made from a verb (evt20)."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests._claimkit import claims_of

ROOT = Path(__file__).resolve().parent.parent


def _date_claims(text):
    return [c for c in claims_of(text) if c.metric.startswith("event.")]


@pytest.mark.parametrize("text,metric,subject", [
    ("A study concluded that the collapse of the Twin Towers and World Trade Center Building 7 on "
     "11 September 2001 was no accident.", "event.collapse", "Twin Towers"),
    ("Zika infections are linked to the introduction of a genetically modified mosquito farm in Brazil in 2012.",
     "event.introduction", None),
    ("The capture of Osama bin Laden in May 2011 was a triumph.", "event.capture", "Osama"),
    ("The club still owe PSG £5m from the purchase of Anelka in May 2002.", "event.purchase", "Anelka"),
])
def test_event_noun_dates(text, metric, subject):
    got = [c for c in _date_claims(text) if c.rule == "EVT750"]
    assert got, claims_of(text)
    assert got[0].metric == metric
    assert got[0].subject == subject


@pytest.mark.parametrize("text", [
    # a bound, not the happening's date
    "The collapse of the talks by March 2004 ended the deal.",
    "The introduction of the tax was delayed until 2012.",
    # a clause between the noun and the date
    "After the introduction of the tax, revenue fell in 2012.",
    # a gerund names an activity, not a one-off happening
    "Their wearing of masks in 2020 was mandatory.",
])
def test_no_event_noun_date(text):
    assert not [c for c in claims_of(text) if c.rule == "EVT750"]


def test_of_object_that_is_no_name_gives_no_subject():
    got = [c for c in claims_of("Veterans watched the repatriation of the remains of US soldiers in July 2018.")
           if c.rule == "EVT750"]
    assert got and got[0].subject is None


def test_list_regenerates_byte_identically(tmp_path):
    if not Path("/usr/share/wordnet/data.noun").exists():
        pytest.skip("WordNet (Debian wordnet-base) not installed")
    out = tmp_path / "nouns.txt"
    subprocess.run([sys.executable, str(ROOT / "tools" / "evt20_event_nouns.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (ROOT / "rules" / "lists" / "evt20_event_nouns.txt").read_bytes()
