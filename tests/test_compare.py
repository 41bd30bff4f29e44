"""compare.py on hand-made claims: keys, agreement, kinds, arithmetic."""

from __future__ import annotations

import dataclasses
import itertools
import sys

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ledger import compare
from ledger.records import KINDS, SEVERITIES, Claim

_ids = itertools.count()


def _letters(n: int) -> str:
    """n written in letters: a default sentence must not hold digits that the
    comparison could take for the figure's own words ("sentence 131" beside
    the figure "31")."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
        if not n:
            return out


def mk(value, *, text=None, low="exact", high="exact", unit="count", metric="casualties.killed",
       subject="Russia", doc="a.txt", outlet="BBC", published="2025-01-22", **kw) -> Claim:
    n = next(_ids)
    if low == "exact":
        low = value
    if high == "exact":
        high = value
    base = dict(id=kw.pop("id", f"c{n:04d}"), doc=doc, doc_sha=kw.pop("doc_sha", "sha-" + doc),
                outlet=outlet, published=published, line=kw.pop("line", 1), start=kw.pop("start", n * 10),
                end=kw.pop("end", n * 10 + 5), text=text or f"{value:,}", sentence=kw.pop("sentence", f"sentence {_letters(n)}"),
                value=value, low=low, high=high, unit=unit, hedge=kw.pop("hedge", None), metric=metric,
                subject=subject)
    base.update(kw)
    return Claim(**base)


S = compare.load_settings()


def kinds(claims):
    return sorted(k.kind for k in compare.find_conflicts(claims, S))


# ---------------------------------------------------------------- keys


def test_key_is_metric_subject_subject2_status():
    c = mk(10, subject="Russia", subject2=None, status="actual")
    assert compare.key(c) == ("casualties.killed", "russia", None, "actual")


def test_different_subjects_status_or_second_party_not_comparable():
    a = mk(15, metric="tariff.rate", unit="percent", subject="United States", subject2="Brazil")
    assert not compare.comparable(a, dataclasses.replace(a, id="x", subject2="India", value=18, low=18, high=18))
    assert not compare.comparable(a, dataclasses.replace(a, id="x", status="proposal"))
    assert not compare.comparable(a, dataclasses.replace(a, id="x", subject="China"))
    assert compare.comparable(a, dataclasses.replace(a, id="x", doc_sha="other", start=999))


def test_disjoint_periods_not_comparable():
    a = mk(312, metric="attacks.strikes", period_start="2025-03-01", period_end="2025-03-31")
    b = mk(500, metric="attacks.strikes", period_start="2025-04-01", period_end="2025-04-30")
    assert compare.judge(a, b, S) is None
    c = mk(500, metric="attacks.strikes", period_start="2025-03-05", period_end="2025-04-04")
    assert compare.judge(a, c, S) is not None


def test_cumulative_and_per_period_not_comparable():
    a = mk(2000, cumulative=False)
    b = mk(800000, cumulative=True)
    assert not compare.comparable(a, b, S)


def test_a_figure_and_its_stated_conversion_are_one_figure():
    a = mk(40e9, metric="aid.package", unit="EUR", linked="cUSD")
    b = mk(43e9, metric="aid.package", unit="USD", id="cUSD")
    assert not compare.comparable(a, b, S)


# ---------------------------------------------------------------- agreement


@pytest.mark.parametrize("a,b,agree", [
    # "about 10,000" (9,000..11,000 from the figure layer) vs "10,400"
    (dict(value=10000, low=9000, high=11000, hedge="about"), dict(value=10400), True),
    # "more than 300" vs "4,000"
    (dict(value=300, low=300, high=None, low_strict=True, hedge="more than"), dict(value=4000), True),
    (dict(value=20000), dict(value=24000), False),
    # "1.5 million" (1.45m..1.55m) vs "1,520,000"
    (dict(value=1.5e6, precision_low=1.45e6, precision_high=1.55e6), dict(value=1.52e6), True),
    (dict(value=1.5e6, precision_low=1.45e6, precision_high=1.55e6), dict(value=1.7e6), False),
    # "fewer than 100" vs "100": the strict side excludes it, but 5% tolerance covers it
    (dict(value=100, low=None, high=100, high_strict=True, hedge="fewer than"), dict(value=100), True),
    (dict(value=100, low=None, high=100, high_strict=True, hedge="fewer than"), dict(value=130), False),
])
def test_interval_agreement(a, b, agree):
    ca = mk(**a)
    cb = mk(**b, doc="b.txt")
    assert (compare.judge(ca, cb, S) is None) is agree


def test_metric_tolerance_applies():
    # casualties: 5%; tariffs: 0.1 points
    assert compare.judge(mk(1000), mk(1040, doc="b.txt"), S) is None
    t1 = mk(25, unit="percent", metric="tariff.rate")
    t2 = mk(26, unit="percent", metric="tariff.rate", doc="b.txt")
    assert compare.judge(t1, t2, S).kind == "contradiction"


def test_fraction_and_percent_are_one_scale():
    a = mk(0.25, unit="fraction", metric="territory.share", text="a quarter")
    b = mk(25, unit="percent", metric="territory.share", doc="b.txt")
    c = mk(20, unit="percent", metric="territory.share", doc="c.txt")
    assert compare.judge(a, b, S) is None
    assert compare.judge(a, c, S) is not None


def test_normalised_values_win():
    a = mk(500, unit="mi", metric="weapons.range", norm_value=804672, norm_low=804672, norm_high=804672,
           norm_unit="m")
    b = mk(800, unit="km", metric="weapons.range", norm_value=800000, norm_low=800000, norm_high=800000,
           norm_unit="m", doc="b.txt")
    c = mk(300, unit="km", metric="weapons.range", norm_value=300000, norm_low=300000, norm_high=300000,
           norm_unit="m", doc="c.txt")
    assert compare.judge(a, b, S) is None
    assert compare.judge(a, c, S) is not None


def test_money_across_currencies_uses_rate_table_with_wider_tolerance():
    a = mk(40e9, unit="EUR", metric="aid.package", subject="EU", published="2023-06-01")
    b = mk(44e9, unit="USD", metric="aid.package", subject="EU", published="2023-06-02", doc="b.txt")
    c = mk(60e9, unit="USD", metric="aid.package", subject="EU", published="2023-06-02", doc="c.txt")
    assert compare.judge(a, b, S) is None
    k = compare.judge(a, c, S)
    assert k is not None and "ECB" in k.explanation and "currency" in k.tolerance


def test_money_across_currencies_prefers_stated_rate():
    # the document says EUR 40bn ($60bn): at that rate, $60bn elsewhere agrees
    a = mk(40e9, unit="EUR", metric="aid.package", subject="EU", linked="conv", doc="a.txt")
    conv = mk(60e9, unit="USD", metric="aid.package", subject="EU", id="conv", doc="a.txt")
    c = mk(60e9, unit="USD", metric="aid.package", subject="EU", doc="c.txt")
    out = compare.find_conflicts([a, conv, c], S)
    assert [k for k in out if k.kind != "arithmetic"] == []
    # but the stated rate itself is far from the table: arithmetic in a.txt
    assert [k.kind for k in out] == ["arithmetic"]


# ---------------------------------------------------------------- kinds


def test_unattributed_disagreement_is_contradiction_with_severity_by_size():
    k = compare.judge(mk(20000), mk(24000, doc="b.txt"), S)
    assert k.kind == "contradiction" and k.severity == "warning" and k.action == "hedge"
    k = compare.judge(mk(2000), mk(20000, doc="b.txt"), S)
    assert k.severity == "error" and k.action == "correct"


def test_named_speakers_disagreeing_is_disputed():
    a = mk(2000, speaker="Ukraine's military")
    b = mk(500, speaker="Russian defence ministry", doc="b.txt")
    k = compare.judge(a, b, S)
    assert k.kind == "disputed" and k.action == "attribute" and k.severity == "warning"


def test_same_speaker_contradicting_itself_is_contradiction():
    a = mk(2000, speaker="Zelensky")
    b = mk(500, speaker="zelensky", doc="b.txt")
    assert compare.judge(a, b, S).kind == "contradiction"


def test_running_total_newer_figure_supersedes():
    a = mk(50000, cumulative=True, published="2025-01-01", period="since 2022")
    b = mk(60000, cumulative=True, published="2025-02-01", doc="b.txt", period="since 2022")
    k = compare.judge(b, a, S)
    assert k.kind == "superseded" and k.severity == "info" and k.action == "update"
    assert k.explanation.index("50,000") < k.explanation.index("60,000")  # stale one named first


def test_running_total_that_falls_is_contradiction():
    a = mk(60000, cumulative=True, published="2025-01-01")
    b = mk(50000, cumulative=True, published="2025-02-01", doc="b.txt")
    k = compare.judge(a, b, S)
    assert k.kind == "contradiction" and "cannot fall" in k.explanation


def test_membership_count_moves_both_ways():
    a = mk(30, metric="members.countries", subject="NATO", published="2021-01-01")
    b = mk(32, metric="members.countries", subject="NATO", published="2024-03-08", doc="b.txt")
    assert compare.judge(a, b, S).kind == "superseded"


def test_hypothetical_never_compared():
    a = mk(1.5e6, status="hypothetical", metric="troops.size")
    b = mk(900000, status="hypothetical", metric="troops.size", doc="b.txt")
    assert compare.judge(a, b, S) is None


def test_catch_all_metric_and_unknown_subject_never_compared():
    assert compare.judge(mk(1, metric="figure"), mk(2, metric="figure", doc="b"), S) is None
    assert compare.judge(mk(1, subject=None), mk(200, subject=None, doc="b"), S) is None


def test_undated_per_event_figures_far_apart_in_time_not_compared():
    a = mk(312, metric="attacks.strikes", published="2025-01-01")
    b = mk(40, metric="attacks.strikes", published="2025-03-01", doc="b.txt")
    assert compare.judge(a, b, S) is None
    c = mk(40, metric="attacks.strikes", published="2025-01-02", doc="c.txt")
    assert compare.judge(a, c, S) is not None


def test_explanation_names_claims_values_tolerance_and_action():
    a = mk(20000, text="20,000", outlet="BBC", speaker=None, line=3, doc="a.txt")
    b = mk(24000, text="24,000", outlet="Reuters", speaker=None, line=7, doc="b.txt",
           published="2025-01-23")
    k = compare.judge(a, b, S)
    for part in ("'20,000'", "'24,000'", "BBC", "Reuters", "a.txt line 3", "b.txt line 7", "2025-01-23",
                 "5% tolerance", "casualties.killed", "Russia", "correct"):
        assert part in k.explanation, part
    assert k.explanation.count(". ") == 0  # one sentence


# ---------------------------------------------------------------- bulk


def test_repeated_claim_is_one_voice_never_a_conflict():
    # a live blog reposting an entry; a headline restating the body
    a = mk(2000, text="2,000", doc="live.txt", sentence="x")
    b = mk(2000, text="2,000", doc="live.txt", sentence="x")
    c = mk(2000, text="nearly 2,000", low=1800, high=2000, high_strict=True, hedge="nearly", doc="live.txt")
    assert compare.find_conflicts([a, b, c], S) == ()


def test_reports_of_the_same_figure_are_grouped_in_one_conflict():
    same = [mk(10000, doc=f"d{i}.txt") for i in range(5)]
    odd = mk(20000, doc="odd.txt")
    out = compare.find_conflicts(same + [odd], S)
    assert len(out) == 1
    assert set(out[0].claims) == {c.id for c in same + [odd]}
    assert "4 more reports" in out[0].explanation


def test_moving_fact_checks_older_against_newest_only():
    totals = [mk(1000 * (i + 1), cumulative=True, published=f"2025-01-{i + 1:02d}", doc=f"d{i}")
              for i in range(6)]
    out = compare.find_conflicts(totals, S)
    # one finding: the five older totals are superseded by the newest
    assert [k.kind for k in out] == ["superseded"]
    assert set(out[0].claims) == {c.id for c in totals}
    assert "5 older figures" in out[0].explanation and "'6,000'" in out[0].explanation


def test_a_wrong_figure_is_one_finding_not_one_per_report():
    right = [mk(10000 + 100 * i, doc=f"d{i}") for i in range(6)]  # six slightly different reports
    wrong = mk(1000, doc="typo.txt", text="1,000")
    out = compare.find_conflicts(right + [wrong], S)
    assert len(out) == 1 and out[0].kind == "contradiction" and out[0].severity == "error"
    assert set(out[0].claims) == {c.id for c in right + [wrong]}
    assert "'1,000'" in out[0].explanation and "disagrees with 6 other figures" in out[0].explanation


def test_conflict_ids_are_stable_and_order_free():
    a, b = mk(20000), mk(24000, doc="b.txt")
    k1 = compare.judge(a, b, S)
    k2 = compare.judge(b, a, S)
    assert k1 == k2
    assert compare.find_conflicts([a, b], S) == compare.find_conflicts([b, a], S) == (k1,)


def _check_bulk_against_judge(claims):
    """Every pair the judge condemns is in a bulk finding of the same kind,
    and every claim in a bulk finding is condemned with another in it."""
    bulk = compare.find_conflicts(claims, S)
    judged = {}
    for a, b in itertools.combinations(claims, 2):
        k = compare.judge(a, b, S)
        if k is not None:
            judged[frozenset((a.id, b.id))] = k.kind
            assert any(k.kind == c.kind and a.id in c.claims and b.id in c.claims for c in bulk)
    for c in bulk:
        for x in c.claims:
            partners = [y for y in c.claims if y != x and judged.get(frozenset((x, y))) == c.kind]
            same = [y for y in c.claims if y != x and next(cl for cl in claims if cl.id == y).value
                    == next(cl for cl in claims if cl.id == x).value]
            assert partners or same, (x, c.explanation)


def test_judge_and_bulk_agree_on_pairs():
    claims = [mk(v, doc=f"d{i}", speaker=sp) for i, (v, sp) in
              enumerate([(100, None), (104, None), (150, "X"), (300, "Y"), (100, "Y")])]
    _check_bulk_against_judge(claims)


finite = st.floats(min_value=1, max_value=1e7, allow_nan=False)


@hsettings(max_examples=200, deadline=None)
@given(finite, finite, st.floats(min_value=0, max_value=0.5), st.booleans())
def test_judge_is_symmetric_and_well_formed(x, y, spread, named):
    a = mk(x, low=x * (1 - spread), high=x * (1 + spread), hedge="about" if spread else None,
           speaker="A" if named else None)
    b = mk(y, doc="b.txt", speaker="B" if named else None)
    k1, k2 = compare.judge(a, b, S), compare.judge(b, a, S)
    assert k1 == k2
    if k1 is not None:
        assert k1.kind in KINDS and k1.severity in SEVERITIES
        assert k1.claims == tuple(sorted((a.id, b.id)))
        # they really are apart: beyond 5% of the larger
        assert min(abs(y - x * (1 - spread)), abs(y - x * (1 + spread))) > 0.05 * max(x, y) * 0.999
    if x * (1 - spread) <= y <= x * (1 + spread):
        assert k1 is None


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 40), st.sampled_from([None, "A", "B"]),
                          st.sampled_from(["Russia", "Ukraine"])), min_size=2, max_size=12))
def test_bulk_equals_pairwise_judgement(items):
    claims = [mk(v * 100, doc=f"d{i}", speaker=sp, subject=subj) for i, (v, sp, subj) in enumerate(items)]
    _check_bulk_against_judge(claims)


# ---------------------------------------------------------------- arithmetic


def _doc(*claims):
    return [dataclasses.replace(c, doc="one.txt", doc_sha="one", published="2025-01-22") for c in claims]


def test_part_exceeding_whole():
    # launched BY Russia AT Ukraine; downed BY Ukraine
    cs = _doc(mk(100, metric="weapons.drones_launched", subject="Russia", subject2="Ukraine"),
              mk(120, metric="weapons.downed", subject="Ukraine"))
    out = compare.find_conflicts(cs, S)
    assert [k.kind for k in out] == ["arithmetic"]
    assert "exceeds its whole" in out[0].explanation
    ok = _doc(mk(100, metric="weapons.drones_launched"), mk(80, metric="weapons.downed"))
    assert compare.find_conflicts(ok, S) == ()


def test_part_checked_against_largest_whole():
    # 12 missiles and 150 drones launched; 140 downed in all is consistent
    cs = _doc(mk(12, metric="weapons.missiles"), mk(150, metric="weapons.drones_launched"),
              mk(140, metric="weapons.downed"))
    assert compare.find_conflicts(cs, S) == ()


def test_components_exceed_total():
    cs = _doc(mk(30, metric="casualties.total"), mk(25, metric="casualties.killed"),
              mk(12, metric="casualties.wounded"))
    out = compare.find_conflicts(cs, S)
    assert [k.kind for k in out] == ["arithmetic"] and "add up to more" in out[0].explanation


def test_fraction_of_total():
    s = "A quarter of the 8,000 troops, 3,000, were sent home."
    cs = _doc(mk(0.25, unit="fraction", text="A quarter", metric="troops.share", sentence=s, start=0),
              mk(8000, text="8,000", metric="troops.deployed", sentence=s, start=17),
              mk(3000, text="3,000", metric="troops.withdrawn", sentence=s, start=31))
    out = compare.find_conflicts(cs, S)
    assert [k.kind for k in out] == ["arithmetic"]
    s2 = s.replace("3,000", "2,000")
    ok = [dataclasses.replace(c, sentence=s2, text=c.text.replace("3,000", "2,000"),
                              value=2000 if c.value == 3000 else c.value,
                              low=2000 if c.value == 3000 else c.low,
                              high=2000 if c.value == 3000 else c.high) for c in cs]
    assert compare.find_conflicts(ok, S) == ()


@pytest.mark.parametrize("change,unit,finding", [
    (0.5, "percentage_point", False),
    (10, "percent", False),          # 5% -> 5.5% is a 10% rise
    (0.5, "percent", True),          # points written as percent
    (10, "percentage_point", True),  # percent written as points
    (2, "percentage_point", True),
])
def test_level_change(change, unit, finding):
    text = f"{change:g}%" if unit == "percent" else f"{change:g} points"
    s = f"Unemployment rose by {text} to 5.5% from 5%."
    cs = _doc(mk(change, unit=unit, text=text, metric="economy.unemployment_change", sentence=s, start=21),
              mk(5.5, unit="percent", text="5.5%", metric="economy.unemployment", sentence=s, start=40),
              mk(5, unit="percent", text="5%", metric="economy.unemployment", sentence=s, start=50))
    out = [k for k in compare.find_conflicts(cs, S) if k.kind == "arithmetic"]
    assert bool(out) is finding


def test_conversions_at_different_rates():
    cs = _doc(mk(40e9, unit="EUR", metric="aid.package", linked="u1", start=0),
              mk(43e9, unit="USD", metric="aid.package", id="u1", start=10),
              mk(10e9, unit="EUR", metric="aid.loan", linked="u2", start=20),
              mk(15e9, unit="USD", metric="aid.loan", id="u2", start=30))
    out = compare.find_conflicts(cs, S)
    assert [k.kind for k in out] == ["arithmetic"] and "apart" in out[0].explanation


# ---------------------------------------------------------------- settings and imports


def test_bad_settings_file_names_file_and_line(tmp_path):
    (tmp_path / "tolerances.yaml").write_text("default: {relative: 0.02}\nmetrics:\n  - relative: 0.1\n")
    with pytest.raises(compare.SettingsError) as e:
        compare.load_settings(tmp_path)
    assert "tolerances.yaml:3" in str(e.value) and "match" in str(e.value)


def test_bad_rates_file(tmp_path):
    (tmp_path / "rates.yaml").write_text("source: x\nrates:\n  - {date: 2024-13-01, USD: 1.1}\n")
    with pytest.raises(compare.SettingsError, match="rates.yaml:3"):
        compare.load_settings(tmp_path)


def test_rates_file_names_its_source():
    assert "ECB" in S.rates.source and S.rates.dates


def test_judge_path_imports_no_heavy_modules():
    import subprocess

    code = ("import sys; from ledger import compare; s = compare.load_settings(); "
            "print(sorted(m for m in ('pandas', 'openpyxl', 'pint', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_day_and_month_figures_are_different_facts():
    day = mk(40, metric="attacks.strikes", period_start="2025-03-10", period_end="2025-03-10")
    month = mk(900, metric="attacks.strikes", period_start="2025-03-01", period_end="2025-03-31", doc="b")
    assert compare.judge(day, month, S) is None
    other_day = mk(90, metric="attacks.strikes", period_start="2025-03-10", period_end="2025-03-10", doc="c")
    assert compare.judge(day, other_day, S) is not None


def test_figures_in_one_sentence_are_never_a_contradiction():
    s = "Of the 8,000 troops deployed, 3,000 were deployed to the east."
    a = mk(8000, metric="troops.deployed", sentence=s, doc="one", doc_sha="one")
    b = mk(3000, metric="troops.deployed", sentence=s, doc="one", doc_sha="one")
    assert compare.find_conflicts([a, b], S) == ()


def test_conversion_inferred_from_brackets_when_not_linked():
    s = "The EU pledged €40 billion ($4.3 billion) in aid."
    a = mk(40e9, unit="EUR", text="€40 billion", metric="money.aid", subject="EU", sentence=s,
           doc="one", doc_sha="one", published="2024-03-01", start=14)
    b = mk(4.3e9, unit="USD", text="$4.3 billion", metric="money.aid", subject="EU", sentence=s,
           doc="one", doc_sha="one", published="2024-03-01", start=27)
    out = compare.find_conflicts([a, b], S)
    assert [k.kind for k in out] == ["arithmetic"] and "ECB" in out[0].explanation


def test_event_dates_compare_as_days():
    from datetime import date

    mar03 = date(2003, 3, 1).toordinal()
    mar01 = date(2001, 3, 1).toordinal()
    a = mk(mar03, low=mar03, high=mar03 + 30, unit="date", metric="event.invasion", subject="Iraq",
           period_start="2003-03-01", period_end="2003-03-31", text="March 2003")
    b = mk(mar01, low=mar01, high=mar01 + 30, unit="date", metric="event.invasion", subject="Iraq",
           period_start="2001-03-01", period_end="2001-03-31", text="March 2001", doc="b")
    c = mk(mar03 + 19, unit="date", metric="event.invasion", subject="Iraq", text="20 March 2003", doc="c")
    k = compare.judge(a, b, S)
    assert k is not None and "2003-03-01 to 2003-03-31" in k.explanation and "days apart" in k.explanation
    assert compare.judge(a, c, S) is None


def test_explanation_shows_the_unit_as_written():
    year = 31557600.0
    a = mk(100, unit="year", metric="policy.rule_term", text="100-year", norm_value=100 * year,
           norm_low=100 * year, norm_high=100 * year, norm_unit="second")
    b = mk(2, unit="year", metric="policy.rule_term", text="two years", norm_value=2 * year, norm_low=2 * year,
           norm_high=2 * year, norm_unit="second", doc="b")
    k = compare.judge(a, b, S)
    assert "100 year and 2 year are 98 year apart" in k.explanation


def test_ledger_claims_without_any_date_compared_only_within_their_story():
    a = mk(12, metric="casualties.wounded", published=None, doc="roundup", doc_sha="r", story="Sumy")
    b = mk(2, metric="casualties.wounded", published=None, doc="roundup", doc_sha="r", story="Dnipro")
    c = mk(40, metric="casualties.wounded", published=None, doc="roundup", doc_sha="r", story="Sumy")
    out = compare.find_conflicts([a, b, c], S)
    assert [set(k.claims) for k in out] == [{a.id, c.id}]
    # an undated draft figure is still judged against the ledger
    assert compare.judge(a, b, S) is not None


def test_fallback_rule_findings_are_at_most_warnings_and_within_one_story():
    a = mk(700, metric="count.family_farm", subject="Ohio", rule="GEN001", doc="a", doc_sha="a")
    b = mk(7000, metric="count.family_farm", subject="Ohio", rule="GEN001", doc="a", doc_sha="a")
    k = compare.judge(a, b, S)
    assert k.kind == "contradiction" and k.severity == "warning" and "fallback rule" in k.explanation
    strong = compare.judge(dataclasses.replace(a, rule="CAS001"), dataclasses.replace(b, rule="CAS001"), S)
    assert strong.severity == "error"
    elsewhere = dataclasses.replace(b, doc="b", doc_sha="b")
    assert compare.judge(a, elsewhere, S) is None


def test_currencies_need_a_date_to_read_the_rate_table():
    # (aid to a named recipient: a country's aid with none named is one of many, prec26)
    a = mk(1e9, unit="GBP", metric="money.aid", published=None, doc="a", subject2="Ukraine")
    b = mk(5e9, unit="USD", metric="money.aid", published=None, doc="b", subject2="Ukraine")
    assert compare.judge(a, b, S) is None
    assert compare.judge(dataclasses.replace(a, published="2024-05-01"), b, S) is not None


def test_live_blog_entries_are_ordered_by_time():
    # a running total updated between two entries of one day's live blog
    a = mk(500, cumulative=True, published="2025-01-22T10:00", doc="live", doc_sha="live", story="10:00")
    b = mk(600, cumulative=True, published="2025-01-22T14:00", doc="live", doc_sha="live", story="14:00")
    k = compare.judge(a, b, S)
    assert k.kind == "superseded" and k.explanation.index("'500'") < k.explanation.index("'600'")
    # the same day without times cannot be ordered: a plain disagreement
    c = mk(600, cumulative=True, published="2025-01-22", doc="other")
    assert compare.judge(a, c, S).kind == "contradiction"


@hsettings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 30), st.sampled_from([None, "A", "B"]), st.booleans()),
                min_size=2, max_size=14), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_input_order(items, rnd):
    claims = [mk(v * 50, doc=f"d{i}", speaker=sp, cumulative=cum, published=f"2025-01-{1 + i % 5:02d}")
              for i, (v, sp, cum) in enumerate(items)]
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert compare.find_conflicts(claims, S) == compare.find_conflicts(shuffled, S)


def test_rate_table_reads_the_year_of_publication():
    r2004, r2023 = S.rates.rate("GBP", "USD", "2004-06-01"), S.rates.rate("GBP", "USD", "2023-06-01")
    assert r2004[1] == "2004-01-01" and r2023[1] == "2023-01-01"
    assert S.rates.rate("USD", "GBP", "2004-06-01")[0] == pytest.approx(1 / r2004[0])
    # before the table's first year: its earliest entry
    assert S.rates.rate("GBP", "USD", "1990-01-01")[1] == S.rates.dates[0]


def test_moving_fact_at_two_stated_times_is_two_facts():
    a = mk(14, metric="people.age", subject="Hailey", period_start="1920-04-05", period_end="1920-04-05",
           published=None, doc="bio", doc_sha="bio", story="s")
    b = mk(77, metric="people.age", subject="Hailey", period_start="1997-01-01", period_end="1997-12-31",
           published=None, doc="bio", doc_sha="bio", story="s")
    assert compare.find_conflicts([a, b], S) == ()
    # undated "now" figures for a moving fact do go stale
    c = mk(30, metric="members.countries", subject="NATO", published="2021-01-01")
    d = mk(32, metric="members.countries", subject="NATO", published="2024-04-01", doc="b")
    assert compare.judge(c, d, S).kind == "superseded"


_GLOB_TEXT = st.text(alphabet="ab.c_*?[]!", max_size=8)


@given(metric=st.text(alphabet="ab.c_", max_size=8), pattern=_GLOB_TEXT)
def test_metric_glob_is_fnmatchcase(metric, pattern):
    """The shortcut for plain and prefix patterns agrees with fnmatch, but that (rank30) a plain
    pattern also holds for the three-part metrics under it ("rank.state" for "rank.state.poorest")."""
    import fnmatch

    from ledger.compare import metric_glob

    refines = (not any(ch in pattern for ch in "*?[") and metric.startswith(pattern + ".")
               and metric.count(".") == 2)
    assert metric_glob(metric, pattern) == (fnmatch.fnmatchcase(metric, pattern) or refines)


def test_metric_glob_three_part_metric_takes_its_parents_entry():
    from ledger.compare import metric_glob

    assert metric_glob("rank.state.poorest", "rank.state")
    assert metric_glob("rank.state", "rank.state")
    assert not metric_glob("rank.states.poorest", "rank.state")
    assert not metric_glob("rank.state_tax.highest", "rank.state")
    assert not metric_glob("rank.state", "rank.state.poorest")
    assert metric_glob("rank.state.poorest", "rank.*")


def test_figure_is_read_where_it_stands_alone_not_inside_a_longer_number():
    """The words beside a figure are read where its text stands alone: "40" in
    "In 2040, an extra 40 MEPs" is the increment, not the tail of the year."""
    level = mk(45, metric="members.meps", subject="Poland", text="45", sentence="Poland has 45 MEPs.")
    extra = mk(40, metric="members.meps", subject="Poland", text="40", doc="b.txt",
               sentence="In 2040, an extra 40 MEPs will sit for Poland.")
    assert compare.judge(level, extra, S) is None
    # the same words with no year before them read the same way
    plain = mk(40, metric="members.meps", subject="Poland", text="40", doc="c.txt",
               sentence="Then an extra 40 MEPs will sit for Poland.")
    assert compare.judge(level, plain, S) is None
    # and a level written after a longer number is still a level
    other = mk(40, metric="members.meps", subject="Poland", text="40", doc="d.txt",
               sentence="In 2040, Poland had 40 MEPs.")
    assert compare.judge(level, other, S) is not None


def test_a_rate_is_not_compared_with_a_total():
    """"nearly 2,000 casualties in a single day" (per day) and "losses stand at
    600,000" are two facts; two figures per day are one."""
    day = mk(2000, metric="casualties.total", subject="Russia", period="per day", published="2025-01-22")
    total = mk(600000, metric="casualties.total", subject="Russia", published="2025-01-22", doc="b.txt")
    assert compare.judge(day, total, S) is None
    other_day = mk(1500, metric="casualties.total", subject="Russia", period="per day", published="2025-01-22",
                   doc="c.txt")
    assert compare.judge(day, other_day, S) is not None
