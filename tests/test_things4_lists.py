"""Counts of goods, food, plants, facilities and list items (rules GDS140, FOD141, PLT142, FAC143,
ITM144) and building heights (HGT145): every word of their closed lists types its own metric in a
plain sentence, the lists do not overlap each other or the other head-noun lists, and "plants"
after an industrial word is a facility, not a plant."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.claims import _lemma, type_figures

from ._claimkit import RULESET, figures_of, make_doc

LISTS = Path(__file__).resolve().parent.parent / "rules" / "lists"

#: list file -> (rule code, metric prefix)
COUNTS = {
    "things4_goods": ("GDS140", "goods"),
    "things4_food": ("FOD141", "food"),
    "things4_plants": ("PLT142", "plants"),
    "things4_facilities": ("FAC143", "facilities"),
    "things4_items": ("ITM144", "items"),
}
#: the closed lists of the other head-noun count rules, which must stay disjoint from these
OTHERS = ("things_documents", "things_medical", "things_animals", "things_businesses",
          "things_vehicles", "things_sites", "things_politics", "things_crimes", "people_laws",
          "people_facilities", "people_jurisdictions", "pol3_guns", "pol3_justice", "sport_tallies")


def _entries(name: str) -> list[tuple[str, str]]:
    """(word, canonical) of each entry."""
    out = []
    for line in (LISTS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, canon = (p.strip() for p in line.partition("=>"))
        out.append((word, canon or word))
    return out


def _claims(text: str):
    figs, dates = figures_of(text)
    return type_figures(make_doc(text), figs, dates, RULESET)


def _cases():
    for name, (code, prefix) in COUNTS.items():
        for word, canon in _entries(name):
            yield pytest.param(word, canon, code, prefix, id=f"{code}-{word}")


@pytest.mark.parametrize("word,canon,code,prefix", list(_cases()))
def test_each_listed_word_types_its_count(word, canon, code, prefix):
    claims = [c for c in _claims(f"Inspectors counted 312 {word} in the region last spring.") if c.value == 312]
    assert [c.rule for c in claims] == [code]
    assert claims[0].metric == f"{prefix}.{_lemma(canon) if canon == word else canon}"


def test_lists_are_disjoint():
    seen: dict[str, str] = {}
    for name in COUNTS:
        for word, _ in _entries(name):
            key = word.lower()
            assert key not in seen, f"{word!r} is in {name} and {seen[key]}"
            seen[key] = name
    for name in OTHERS:
        for word, _ in _entries(name):
            # "unforced errors" (sport) would lose its last word to a list here
            for key in {word.lower(), word.lower().split()[-1]}:
                assert key not in seen, f"{word!r} is in {name} and {seen[key]}"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["power", "nuclear", "coal", "gas-fired", "treatment", "desalination", "steel"]),
       st.integers(min_value=2, max_value=999))
def test_industrial_plants_are_facilities(kind, n):
    claims = [c for c in _claims(f"The country is building {n} {kind} plants.") if c.value == n]
    assert [(c.rule, c.metric) for c in claims] == [("FAC143", "facilities.plant")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["fake", "tomato", "potted", "cannabis", "mango"]), st.integers(min_value=2, max_value=999))
def test_other_plants_are_plants(kind, n):
    claims = [c for c in _claims(f"Police seized {n} {kind} plants from the house.") if c.value == n]
    assert [(c.rule, c.metric) for c in claims] == [("PLT142", "plants.plant")]


@pytest.mark.parametrize("word,canon", _entries("things4_objects"))
def test_each_object_types_its_size(word, canon):
    claims = [c for c in _claims(f"Rangers found a 12-foot {word} near the lake.") if c.value == 12]
    assert [(c.rule, c.metric) for c in claims] == [("SIZ146", f"size.{_lemma(canon)}")]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=2, max_value=150), st.sampled_from(["storey", "story", "floor"]),
       st.sampled_from(["tower", "school building", "hotel", "cruise ship"]))
def test_storeys_are_a_height(n, word, thing):
    claims = [c for c in _claims(f"Photo shows a {n}-{word} {thing} in the city.") if c.value == n]
    assert [(c.rule, c.metric) for c in claims] == [("HGT145", "height.storeys")]
