"""A share of a typed whole ("a quarter of the 8,000 troops") is typed with the
whole, unless the words that type the whole only describe it and the share's
own verb comes after them ("A third of the 12,000 troops sent to fight ...
have been killed or wounded": not a third deployed)."""

from __future__ import annotations

from ._claimkit import claims_of


def _metrics(text, figure):
    return [c.metric for c in claims_of(text) if c.text == figure]


def test_a_share_of_a_typed_whole_is_typed_with_it():
    assert _metrics("A quarter of the 8,000 troops were deployed in the north.", "A quarter") == ["troops.deployed"]


def test_a_share_whose_own_verb_follows_the_wholes_description_is_not():
    text = ("A third of the estimated 12,000 North Korean troops sent to fight in Vladimir Putin's war have "
            "been killed or wounded, Ukrainian president Volodymyr Zelensky is reported to have said.")
    assert _metrics(text, "A third") == []
    assert _metrics(text, "estimated 12,000") == ["troops.deployed"]
