"""The noun phrase read after a figure (claims._head_noun, _noun_key, _lemma):
where it stops, what it skips, and what its key keeps."""

from __future__ import annotations

import pytest

from ledger.claims import _lemma

from ._claimkit import claims_of


@pytest.mark.parametrize("plural, lemma", [
    ("prizes", "prize"), ("sizes", "size"), ("mazes", "maze"), ("buzzes", "buzz"), ("quizzes", "quiz"),
    ("taxes", "tax"), ("churches", "church"), ("beaches", "beach"), ("niches", "niche"),
    ("headaches", "headache"), ("chairmen", "chairman"), ("policemen", "policeman"),
    ("specimens", "specimen"), ("viruses", "virus"), ("bonuses", "bonus"), ("buses", "bus"),
    ("houses", "house"), ("causes", "cause"), ("excuses", "excuse"), ("critics", "critic"),
    ("paramedics", "paramedic"), ("crises", "crisis"),
    # no plurals: kept as they are
    ("economics", "economics"), ("statistics", "statistics"), ("species", "species"), ("news", "news"),
    ("specimen", "specimen"), ("stimmen", "stimmen"),
])
def test_lemma(plural, lemma):
    assert _lemma(plural) == lemma


def _typed(text):
    return [(c.text, c.rule, c.metric) for c in claims_of(text)]


def _metric(text, figure):
    got = [c.metric for c in claims_of(text) if c.text.endswith(figure)]
    assert got, _typed(text)
    return got[0]


def test_a_share_stops_at_its_listed_plural_before_a_verb():
    # "visit", "came" are no nouns: the phrase ends at the plural the rule lists
    assert _metric("About 30% of its subscribers watch the channel daily.", "30%") == "share.subscriber"
    assert _metric("About 16% of visitors came to the library to study.", "16%") == "share.visitor"


def test_a_plural_after_a_plural_is_the_head_of_the_compound():
    assert _metric("The Falic Group bought two cosmetics labels from LVMH.", "two") != "things.cosmetic"


def test_a_part_of_a_group_reads_the_noun_after_it():
    assert _metric("He won 36 of his 50 matches last year.", "36") == "count.match"
    assert _metric("Nine of our 11 businesses delivered growth.", "Nine") == "count.business"


def test_a_past_form_after_a_plural_starts_a_clause():
    assert _metric("Five of the eight men held an impromptu protest.", "Five") in ("count.man", "people.men")
    assert "came" not in " ".join(m for _, _, m in _typed("About 250,000 of the 500,000 came to Texas."))


def test_a_participle_before_a_name_ends_the_phrase():
    assert _metric("Eight critics tipped Scorsese to win.", "Eight") == "people.critic"


def test_points_after_a_count_are_what_is_counted():
    assert _metric("Chelsea are four points behind Arsenal at the top of the league.", "four") == "sport.point"
    assert "behind" not in " ".join(m for _, _, m in _typed("The Dow closed 16.29 points behind."))


def test_a_key_holds_no_owner_and_no_place():
    assert _metric("Russia holds 12% of the world's population.", "12%") == "share.population"
    assert _metric("The unit produces 60% of Yukos' oil output.", "60%") == "share.oil_output"
    assert _metric("Minorities make up 8% of the United Kingdom population.", "8%") == "share.population"
