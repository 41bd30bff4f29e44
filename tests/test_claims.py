"""Claims typing: keys that keep different facts apart, periods resolved
against the story date, status, subjects, and the loader's errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.claims import type_figures, unclaimed
from ledger.records import Document, Story
from ledger.rules import RuleError, load_rules

from ._claimkit import RULESET, figures_of, make_doc

ROOT = Path(__file__).resolve().parent.parent / "rules"


def claims_of(text, published="2025-01-22", ruleset=RULESET):
    doc = make_doc(text, published=published)
    figs, dates = figures_of(text)
    return type_figures(doc, figs, dates, ruleset)


def only(text, published="2025-01-22"):
    cs = [c for c in claims_of(text, published) if c.unit != "date"]
    assert len(cs) == 1, [(c.text, c.metric) for c in cs]
    return cs[0]


def key(c):
    return (c.metric, c.subject, c.subject2, c.status, c.period, c.cumulative)


# ------------------------------------------------------- the four cases


def test_strikes_and_refugees_sharing_digits_are_different_facts():
    a = only("Russia carried out 312 air strikes in March.")
    b = only("Ukraine has received 312,000 refugees this year.")
    assert a.metric == "attacks.air_strikes" and b.metric == "displacement.refugees"
    assert a.period_start == "2024-03-01" and b.period_start == "2025-01-01"
    assert key(a) != key(b)


def test_tariffs_on_different_countries_are_different_facts():
    cs = claims_of("The US announced a 15% tariff on Brazil and 18% on India.")
    brazil, india = [c for c in cs if c.metric == "trade.tariff_rate"]
    assert (brazil.value, brazil.subject2) == (15, "Brazil")
    assert (india.value, india.subject2) == (18, "India")
    assert brazil.subject == india.subject == "United States"
    assert key(brazil) != key(india)


def test_current_and_proposed_targets_differ_in_status():
    text = "On defence spending, members kept the current 3% target while debating a proposed 4% target."
    cur, prop = claims_of(text)
    assert (cur.value, cur.status) == (3, "target")
    assert (prop.value, prop.status) == (4, "proposal")
    assert cur.metric == prop.metric == "economy.defence_spending_gdp"


def test_cut_to_a_quarter_equals_reduced_four_fold():
    a = only("Russia demanded that Ukraine's army be cut to a quarter of its size.")
    b = only("Russia demanded that Ukraine's army be reduced four-fold.")
    assert a.metric == b.metric == "troops.force_reduction"
    assert a.unit == b.unit == "fraction"
    assert a.value == pytest.approx(b.value) == pytest.approx(0.25)
    assert a.subject == b.subject == "Ukraine" and a.status == b.status == "demand"


# ---------------------------------------------------------------- periods


@pytest.mark.parametrize("text,label,start,end,cumulative", [
    ("Russia launched 40 missiles yesterday.", "2025-01-21", "2025-01-21", "2025-01-21", False),
    ("Russia launched 400 missiles last month.", "2024-12", "2024-12-01", "2024-12-31", False),
    ("Russia launched 40 missiles this week.", "this week", "2025-01-20", "2025-01-22", False),
    ("Russia launched 4,000 missiles in 2024.", "2024", "2024-01-01", "2024-12-31", False),
    ("Russia launched 40 missiles in a single day.", "per day", None, None, False),
    ("Russia has launched 14,000 missiles since 2022.", "since 2022", "2022-01-01", "2025-01-22", True),
    ("Russia has launched 14,000 missiles to date.", "to date", None, "2025-01-22", True),
    ("Russian losses now exceed 800,000.", "now", None, "2025-01-22", True),
    ("Russia launched 40 missiles on Tuesday.", "2025-01-21", "2025-01-21", "2025-01-21", False),
])
def test_period_resolved_against_publication_date(text, label, start, end, cumulative):
    c = only(text, published="2025-01-22")  # a Wednesday
    assert (c.period, c.period_start, c.period_end, c.cumulative) == (label, start, end, cumulative)


def test_period_uses_the_story_date_not_the_page_date():
    text = "Live blog\nRussia launched 40 missiles yesterday.\nRussia launched 50 missiles yesterday.\n"
    cut = text.index("Russia launched 50")
    doc = Document(path="live.txt", text=text, sha256="x", encoding="utf-8", published="2025-01-22",
                   stories=(Story(0, cut, published="2025-01-20T10:00"),
                            Story(cut, len(text), published="2025-01-22")))
    figs, dates = figures_of(text)
    a, b = [c for c in type_figures(doc, figs, dates, RULESET) if c.unit != "date"]
    assert (a.period, a.published) == ("2025-01-19", "2025-01-20")
    assert (b.period, b.published) == ("2025-01-21", "2025-01-22")


def test_running_total_and_per_period_figure_are_kept_apart():
    total = only("Russia has attacked energy facilities 1,200 times since 2022.")
    month = only("Russia attacked energy facilities 60 times last month.")
    assert total.metric == month.metric
    assert total.cumulative and not month.cumulative


# ---------------------------------------------------------------- status


@pytest.mark.parametrize("text,status", [
    ("Britain pledged £3 billion in military aid to Ukraine.", "pledge"),
    ("Germany proposed €5 billion in aid to Ukraine.", "proposal"),
    ("Russia demanded that Ukraine cut its army to a fifth of its size.", "demand"),
    ("Poland's defence spending is expected to reach 4.7% of GDP.", "forecast"),
    ("If the army numbered 1.5 million personnel, Russia would need more tanks.", "hypothetical"),
    ("An estimated 12,000 North Korean troops were deployed to Russia.", "estimate"),
    ("Russia deployed 12,000 North Korean troops to Kursk.", "actual"),
])
def test_status(text, status):
    assert only(text).status == status


# ---------------------------------------------------------------- subjects


@pytest.mark.parametrize("text,subject", [
    ("Kyiv said 30 drones were downed.", "Ukraine"),
    ("Moscow launched 30 drones at Odesa.", "Russia"),
    ("The Kremlin said 30 drones were downed.", "Russia"),
    ("British troops lost 457 soldiers killed.", "United Kingdom"),
    ("Mr Putin's forces suffered 1,500 casualties.", "Russia"),
])
def test_subjects_are_normalised(text, subject):
    assert only(text).subject == subject


def test_tariff_imposer_and_target_are_not_swapped():
    us_on_china = only("Mr Trump imposed a 125% tariff on China.")
    china_on_us = only("China hit the US with an 84% tariff.")
    assert (us_on_china.subject, us_on_china.subject2) == ("United States", "China")
    assert (china_on_us.subject, china_on_us.subject2) == ("China", "United States")


def test_event_date_is_a_claim():
    c = [c for c in claims_of("Russia invaded Ukraine in February 2022.") if c.unit == "date"]
    assert len(c) == 1
    assert (c[0].metric, c[0].subject, c[0].period) == ("event.invasion", "Russia", "2022-02")
    assert (c[0].period_start, c[0].period_end) == ("2022-02-01", "2022-02-28")


def test_speaker_fields_are_left_for_attribution():
    c = only("Ukraine's army said 65 drones were downed.")
    assert c.speaker is None and c.cited_source is None


# ---------------------------------------------------------------- unclaimed


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "Russia launched 40 drones.", "The meeting lasted 3 hours.", "He is 45.",
    "Ukraine received €2 billion in aid.", "Turn to page 12.", "Inflation was 3% in May.",
    "About 300 people were killed.", "Call 555 now.", "The 2 leaders met.",
]), min_size=1, max_size=6))
def test_claims_and_unclaimed_partition_the_figures(sentences):
    text = " ".join(sentences)
    doc = make_doc(text)
    figs, dates = figures_of(text)
    claims = type_figures(doc, figs, dates, RULESET)
    rest = unclaimed(figs, claims)
    value_claims = [c for c in claims if c.unit != "date"]
    spans = {(f.start, f.end) for f in figs}
    assert all((c.start, c.end) in spans for c in value_claims)
    assert len(value_claims) + len(rest) == len(figs)
    assert len({c.id for c in claims}) == len(claims)


# ---------------------------------------------------------------- loader


GOOD = """\
code: {code}
name: test.{name}
groups: [all]
summary: s
why: w
kind: cue
metric: test.metric
cues_after: ['widgets']
examples:
  match: [{{text: "10 widgets"}}]
  no_match: ["10 gadgets"]
"""


def _tree(tmp_path, files: dict[str, str]) -> Path:
    for rel, body in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


def _error(tmp_path, files) -> RuleError:
    with pytest.raises(RuleError) as info:
        load_rules(_tree(tmp_path, files))
    return info.value


def test_loader_accepts_a_good_rule(tmp_path):
    rs = load_rules(_tree(tmp_path, {"fam/TST001.yml": GOOD.format(code="TST001", name="a")}))
    assert [r.code for r in rs] == ["TST001"]


def test_bad_yaml_names_file_and_line(tmp_path):
    err = _error(tmp_path, {"fam/TST001.yml": "code: TST001\nname: [unclosed\nkind: cue\n"})
    assert err.path.endswith("TST001.yml") and err.line >= 2


def test_unknown_kind_names_its_line(tmp_path):
    body = GOOD.format(code="TST001", name="a").replace("kind: cue", "kind: magic")
    err = _error(tmp_path, {"fam/TST001.yml": body})
    assert err.line == 6 and "unknown kind" in err.msg


def test_duplicate_code(tmp_path):
    err = _error(tmp_path, {"a/TST001.yml": GOOD.format(code="TST001", name="a"),
                            "b/TST001.yml": GOOD.format(code="TST001", name="b")})
    assert "duplicate code" in err.msg


def test_code_must_match_file_name(tmp_path):
    err = _error(tmp_path, {"fam/TST002.yml": GOOD.format(code="TST001", name="a")})
    assert err.line == 1 and "file name" in err.msg


def test_pattern_that_does_not_compile(tmp_path):
    body = GOOD.format(code="TST001", name="a").replace("['widgets']", "['wid(gets']")
    err = _error(tmp_path, {"fam/TST001.yml": body})
    assert "does not compile" in err.msg and err.line == 8


def test_catastrophic_pattern_is_refused_at_load(tmp_path):
    body = GOOD.format(code="TST001", name="a").replace("['widgets']", "['(a|aa)+b']")
    err = _error(tmp_path, {"fam/TST001.yml": body})
    assert "too slow" in err.msg


def test_unknown_word_list(tmp_path):
    body = GOOD.format(code="TST001", name="a").replace("['widgets']", "['@nosuchlist']")
    err = _error(tmp_path, {"fam/TST001.yml": body})
    assert "@nosuchlist" in err.msg


def test_missing_key_and_bad_example(tmp_path):
    err = _error(tmp_path, {"fam/TST001.yml": GOOD.format(code="TST001", name="a").replace("why: w\n", "")})
    assert "missing required key 'why'" in err.msg
    body = GOOD.format(code="TST001", name="a").replace('{text: "10 widgets"}', '{txt: "10 widgets"}')
    err = _error(tmp_path, {"fam/TST001.yml": body})
    assert "needs 'text'" in err.msg


def test_bad_word_list_line(tmp_path):
    err = _error(tmp_path, {"fam/TST001.yml": GOOD.format(code="TST001", name="a"),
                            "lists/things.txt": "# things\nwidget\n => nothing\n"})
    assert err.path.endswith("things.txt") and err.line == 3


def test_other_stages_data_files_are_not_rules(tmp_path):
    rs = load_rules(_tree(tmp_path, {"fam/TST001.yml": GOOD.format(code="TST001", name="a"),
                                     "speakers/aliases.yml": "Kyiv: Ukraine\n"}))
    assert len(rs) == 1


def test_default_root_loads_the_shipped_rules():
    assert len(load_rules()) == len(RULESET)


def test_a_run_on_line_of_figures_stays_fast_enough():
    """A table flattened to one line: each figure's context is cut to a
    window, so typing is not quadratic in the line's length (no timing
    asserted; the result must still be complete and consistent)."""
    text = "Russia launched 40 drones and " * 60
    doc = make_doc(text)
    figs, dates = figures_of(text)
    claims = type_figures(doc, figs, dates, RULESET)
    assert len(claims) == len(figs) == 60
    assert {c.metric for c in claims} == {"weapons.drones_launched"}
