"""Precision of the broad WordNet class rules (rules/broad/WN*): the noun
phrase a count rule reads after its figure, the figure itself, the metric of
a bare count of people, and levels that are changes."""

from __future__ import annotations

import pytest

from ledger.figures import find_figures

from ._claimkit import claims_of


def _typed(text):
    return [(c.text, c.metric, c.rule) for c in claims_of(text)]


def test_a_bare_count_of_people_is_people_count_as_the_hand_rules_name_it():
    # PPL131/PPL132 give people.count; the broad people rule agrees for bare "people"
    assert _typed("Nigeria has 200 million people.") == [("200 million", "people.count", "WNP205")]
    assert _typed("Kujda found five other people who were interested.")[0][1:] == ("people.count", "WNP205")
    # a person noun with a modifier stays what it is
    assert _typed("Wales has 1,200 retired chiropodists.") == [("1,200", "people.retired_chiropodist", "WNP205")]


@pytest.mark.parametrize("text", [
    "The campaign is being run by two-bit Conservatives who are not interested.",
    "Black Sabbath's subsequent albums included multi-million sellers but rows followed.",
    "The firm unveiled its three-legged walking robots in Tokyo.",
])
def test_a_figure_inside_a_compound_adjective_counts_nothing_after_it(text):
    assert [c for c in claims_of(text) if c.metric.startswith(("people.", "things.", "count."))] == []


def test_a_figure_hyphened_to_odd_still_counts_the_noun():
    got = _typed("Cornwall has some 200-odd beekeepers.")
    assert got and got[0][1] == "people.beekeeper"


def test_a_listed_word_that_is_a_name_the_metric_drops_does_not_make_a_broad_claim():
    # "Conservatives" ends the phrase but is an entity: the metric would be the word before it
    assert all(c.rule != "WNP205" for c in claims_of("They met two bit Conservatives in Durham."))


def test_a_dash_glued_to_a_word_ends_the_noun_phrase():
    got = _typed("The US government is to investigate two airlines- US Airways and Comair.")
    assert got and got[0][1] in ("businesses.airline", "things.airline")


def test_a_participle_after_a_plural_is_a_verb_not_part_of_the_noun():
    got = _typed("Despite their stuttering displays in their first two games defending champions France are unbeaten.")
    assert got and "champion" not in got[0][1]


def test_one_in_ten_after_that_is_a_fraction_not_a_count():
    figs = [(f.text, f.unit, f.value) for f in find_figures("The fact that one in ten e-mail users buy spam.")]
    assert figs == [("one in ten", "fraction", 0.1)]
    assert [f.text for f in find_figures("That one in particular was bad.")] == []


def test_a_multiple_is_no_level_and_a_falling_quantity_is_a_change():
    # "profits double": a broad level rule no longer reads the verb as a level
    assert all(not c.rule.startswith("WNV") for c in claims_of("Yangtze Electric's profits double"))
    got = _typed("He said there had been falling cigarette sales of 13% in New York.")
    assert got[0][1:] == ("change.cigarette_sale", "WNC213")
    got = _typed("In Ohio, alimony payments have tripled since 2010.")
    assert got[0][1:] == ("change.alimony_payment", "WNC213")


def test_a_change_from_one_level_to_another_is_not_a_broad_change():
    got = _typed("While the separate jobless rate went up to 5.5% from 5.4% in September, more sought work.")
    assert all(r != "WNC213" for _, _, r in got)


def test_a_hand_kept_exclusion_list_takes_words_out_of_every_broad_rule(tmp_path):
    import textwrap

    from ledger.rules import load_rules

    root = tmp_path / "rules"
    (root / "lists").mkdir(parents=True)
    (root / "t").mkdir()
    (root / "lists" / "wide_people.txt").write_text("# generated\nbeekeepers\nservers\n", encoding="utf-8")
    (root / "lists" / "broad_exclude.txt").write_text("# hand-kept\nservers\n", encoding="utf-8")
    (root / "t" / "BRD001.yml").write_text(textwrap.dedent("""\
        code: BRD001
        name: t.brd001
        groups: [all]
        summary: s
        why: w
        kind: head_noun
        broad: true
        metric: 'wide.{noun}'
        units: [count]
        window: 3
        cues_after: ['(?:@wide_people)\\.?$']
        examples:
          match: ["Wales hired 300 beekeepers."]
          no_match: ["Wales hired 300 servers."]
        """), encoding="utf-8")
    [rule] = load_rules(root).rules
    assert rule.broad_words == frozenset({"beekeepers"})


def test_the_repository_s_broad_rules_skip_the_excluded_senses():
    assert all(c.rule != "WNP205" for c in claims_of("Blizzard had to add another 34 servers to cope."))
    assert all(c.rule != "WNA207" for c in claims_of("There are now more than 100,000 viruses in existence."))
