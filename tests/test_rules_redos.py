"""The static check for nested quantifiers that rule patterns must pass."""

import pytest

from ledger.rules import nested_quantifier


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)+$", r"([a-z]*)*", r"(?:\d+\.?)+x", r"(x+y?){2,}"])
def test_repeated_groups_of_repeated_parts_are_caught(pattern):
    assert nested_quantifier(pattern)


@pytest.mark.parametrize("pattern", [r"(?:[\w-]+ ){0,2}drones", r"(?:\w+ )*x", r"(?:\d+,)*\d+", r"(?:ab)+",
                                     r"troops|soldiers", r"(?:killed|dead)\b", r"\(\w+\)+"])
def test_groups_with_a_required_part_pass(pattern):
    assert nested_quantifier(pattern) is None
