"""cnt25: a count whose counted noun does not stand right after its figure
(matching._noun_view): "the number of X is N", "X numbered N", "X, N of whom",
"N of them" after an earlier count, "Of the 50 states, 37 ...", and an elided
noun after the same verb ("Texas had 13 executions, Florida had two")."""

from __future__ import annotations

import pytest

from tests._claimkit import claims_of


def _claim(text: str, fig: str):
    cs = [c for c in claims_of(text) if c.text == fig]
    return cs[0] if cs else None


@pytest.mark.parametrize("text, fig, metric", [
    ("The number of charter schools in Ohio is 300.", "300", "facilities.school"),
    ("The number of farms in Iowa stood at 86,000 in 2017.", "86,000", "businesses.farm"),
    ("The number of hospitals in rural Texas has dropped to 150.", "150", "facilities.hospital"),
    ("The number of blogs in existence has exceeded 4.8 million.", "exceeded 4.8 million", "works.blog"),
    ("Executions in Texas numbered 13 last year.", "13", "justice.execution"),
    ("Hospitals in Texas now total 600.", "600", "facilities.hospital"),
    ("China's net users number 100m.", "100m", "people.net_user"),
    ("Texas had 13 executions last year, Florida had two.", "two", "justice.execution"),
    ("Amicus has 1.2 million members and the TGWU has 800,000.", "800,000", "people.member"),
])
def test_noun_before_the_figure_is_counted(text, fig, metric):
    c = _claim(text, fig)
    assert c is not None and c.metric == metric, [(x.text, x.metric, x.rule) for x in claims_of(text)]


def test_number_of_keys_like_the_count_it_restates():
    """ "the number of charter schools is 300" and "300 charter schools" take one metric."""
    a = _claim("The number of charter schools in Ohio is 300.", "300")
    b = _claim("Ohio has 300 charter schools.", "300")
    assert a.metric == b.metric and a.subject == b.subject == "Ohio"


@pytest.mark.parametrize("text, fig, metric", [
    ("At least 60 people were arrested worldwide - 45 of them in the US.", "45", "people.count"),
    ("Of the 88 counties in Ohio, 60 voted for Trump.", "60", "places.county"),
])
def test_a_part_is_read_by_the_weak_tiers_only(text, fig, metric):
    c = _claim(text, fig)
    assert c is not None and c.metric == metric
    from ledger.rules import load_rules  # noqa: F401  (the rule is broad: a part is no named count)
    assert c.rule.startswith("WN")


@pytest.mark.parametrize("text, fig", [
    ("The number of teachers in Ohio fell by 5,000.", "5,000"),  # a change, not a count
    ("The team scored three goals and we could have scored five or six.", "five or six"),
    ("He made three saves, and we could have scored five.", "five"),  # another verb: no ellipsis
    ("The number of people with fast internet access is 5 million.", "5 million"),
    ("Jet Airways and Air Sahara are the two companies that will benefit.", "two"),
    ("The two presidents also agreed to create a network.", "two"),
])
def test_no_count_where_no_noun_is_named(text, fig):
    c = _claim(text, fig)
    assert c is None or not c.metric.startswith(("count.", "people.", "sport.", "events.")), (c.metric, c.rule)


def test_the_view_is_not_built_where_a_noun_follows():
    from ledger import matching
    from ledger.claims import unit_class
    from ledger.figures import find_figures
    text = "The plan would close 12 rural hospitals."
    [f] = find_figures(text)
    ctx = matching._Ctx(f, text, 0, f.start, f.end, [], unit_class(f))
    assert matching._noun_view(ctx) is None


@pytest.mark.parametrize("text, fig, metric", [
    ("Dozens of schools in Ohio closed last year.", "Dozens", "facilities.school"),
    ("Scores of hospitals in Texas have closed.", "Scores", "facilities.hospital"),
    ("Dozens of churches were burned in Nigeria.", "Dozens", "sites.church"),
    ("Hundreds of papers published in 2017 prove that global warming is a myth.", "Hundreds", "documents.paper"),
])
def test_a_plural_number_word_and_of_count_the_noun_for_named_rules(text, fig, metric):
    """ "dozens of schools" is read by the named rule that reads "40 schools" (not a part of a group)."""
    c = _claim(text, fig)
    assert c is not None and c.metric == metric, [(x.text, x.metric, x.rule) for x in claims_of(text)]


def test_a_plural_number_word_before_of_the_is_still_a_part():
    c = _claim("Dozens of the schools in Ohio closed last year.", "Dozens")
    assert c is None or c.metric != "facilities.school"


def test_a_mapped_word_at_the_end_of_the_sentence_keeps_no_full_stop():
    c = _claim("The firm bought 300 PCs.", "300")
    assert c is not None and c.metric == "goods.computer"


def test_a_vague_crowd_stays_with_the_broad_people_rule():
    """ "millions of innocent children": no named people rule takes the name in the sentence as owner."""
    text = "MTV is deliberately marketing its raunch to millions of innocent children."
    c = _claim(text, "millions")
    assert c is not None and c.rule.startswith("WN") and c.subject is None


def test_an_answer_counts_what_the_question_asked():
    text = ("You know how many convicted felons Scott Walker let out during his eight years early on parole? "
            "Zero. Tony Evers is approaching 1,000 of these.")
    c = _claim(text, "Zero")
    assert c is not None and c.metric.endswith("felon"), [(x.text, x.metric) for x in claims_of(text)]


def test_no_answer_without_a_question():
    c = _claim("He let out many felons on parole. Zero. That is the record.", "Zero")
    assert c is None
