"""A rule pattern's match starts at a word, never inside one (matching._pattern_match).

Rule patterns are compiled without a leading word boundary, so before this check "nor" of
"governor" read as a negation (DUR008: "The governor worked as a lobbyist for 12 years" was
duration.since_last), "rice" of "price" named a change, "payment" of "repayments" a payment."""

import pytest

from ledger.matching import _inside_word
from tests._claimkit import claims_of


def _got(text):
    return [(c.text, c.metric, c.rule) for c in claims_of(text)]


@pytest.mark.parametrize("text, wrong", [
    ("The governor worked as a lobbyist for 12 years.", "duration.since_last"),
    ("He was governor for 12 years before taking office.", "duration.since_last"),
    ("Annual house price inflation dipped below 20% in 2004.", "change.rice_inflation"),
    ("Indonesia expected debt repayments of up to 30 trillion rupiah to be frozen.", "money.payment"),
])
def test_no_match_starts_inside_a_word(text, wrong):
    assert wrong not in [m for _, m, _ in _got(text)]


def test_the_word_itself_still_matches():
    # (s35: "dipped below 20%" is a threshold crossed, a level, no change's size)
    assert ("2%", "change.inflation", "CHG001") in _got(
        "Annual house price inflation dipped 2% in 2004.")
    assert [m for _, m, _ in _got("The company has not hired anyone for 10 years.")] == ["duration.since_last"]
    # a contraction is read whole: "hasn't" starts at its word
    assert [m for _, m, _ in _got("The company hasn't hired anyone for 10 years.")] == ["duration.since_last"]


@pytest.mark.parametrize("s, i, inside", [
    ("governor", 5, True), ("governor", 0, False), ("a nor", 2, False), ("7.5bn", 3, True),
    ("(nor", 1, False), ("nor", 3, False), ("x\ue000", 1, False),
])
def test_inside_word(s, i, inside):
    assert _inside_word(s, i) is inside
