"""The contradiction-suite plugin: collection, ids, xfail, failure output.

Runs pytest in a subprocess on scenario files written here, with the
pipeline replaced by a stub (conftest) so that these tests check the plugin,
not the claim rules."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ledger import pytest_plugin

pytest_plugins = ["pytester"]
REPO = Path(__file__).resolve().parent.parent

# The stub pipeline: each document line "metric subject value [speaker]"
# becomes one claim; everything after is the real compare.
CONFTEST = '''
import hashlib
import ledger.pytest_plugin as plugin
from ledger import compare
from ledger.records import Claim


def fake_run(sc, ruleset, settings):
    claims = []
    for i, d in enumerate(sc["documents"]):
        for n, line in enumerate(str(d["text"]).splitlines()):
            if not line.strip():
                continue
            metric, subject, value, *speaker = line.split()
            v = float(value.replace(",", ""))
            claims.append(Claim(id=f"c{i}-{n}", doc=f"doc{i}", doc_sha=f"sha{i}", outlet=d.get("outlet"),
                                published=str(d.get("published")), line=n + 1, start=n, end=n + 1,
                                text=value, sentence=line, value=v, low=v, high=v, unit="count",
                                hedge=None, metric=metric, subject=subject,
                                speaker=" ".join(speaker) or None))
    return claims, compare.find_conflicts(claims, settings)


plugin.run_scenario = fake_run
plugin._ruleset = lambda config: None
'''

SCENARIOS = '''
scenarios:
  - name: agree
    documents:
      - {outlet: A, published: 2025-01-01, text: "casualties.killed Russia 100"}
      - {outlet: B, published: 2025-01-01, text: "casualties.killed Russia 102"}
    expect: []
  - name: disagree
    documents:
      - {outlet: A, published: 2025-01-01, text: "casualties.killed Russia 100"}
      - {outlet: B, published: 2025-01-01, text: "casualties.killed Russia 300"}
    expect:
      - {kind: contradiction, metric: casualties.killed, figures: ["100", "300"]}
  - name: wrongly-expects-nothing
    documents:
      - {outlet: A, published: 2025-01-01, text: "casualties.killed Russia 100"}
      - {outlet: B, published: 2025-01-01, text: "casualties.killed Russia 300"}
    expect: []
  - name: known-gap
    xfail: "claims: the stub types nothing here"
    documents:
      - {outlet: A, published: 2025-01-01, text: "casualties.killed Russia 100"}
    expect:
      - {kind: disputed}
  - name: fixed-gap
    xfail: "claims: pretend this was missing"
    documents:
      - {outlet: A, published: 2025-01-01, text: "casualties.killed Russia 100"}
    expect: []
'''


@pytest.fixture
def suite(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    monkeypatch.chdir(pytester.path)
    pytester.makeconftest(CONFTEST)
    folder = pytester.mkdir("contradictions")
    (folder / "casualties.yaml").write_text(SCENARIOS)
    return pytester


def test_collects_scenarios_with_readable_ids_and_honours_strict_xfail(suite):
    result = suite.runpytest_subprocess("-p", "ledger.pytest_plugin", "-v", "-p", "no:cacheprovider")
    out = result.stdout.str()
    for name in ("agree PASSED", "disagree PASSED", "wrongly-expects-nothing FAILED", "known-gap XFAIL",
                 "fixed-gap FAILED"):
        assert f"contradictions/casualties.yaml::{name}" in out, name
    assert "XPASS(strict)" in out  # a fixed gap is noticed
    result.assert_outcomes(passed=2, failed=2, xfailed=1)


def test_failure_prints_expected_and_actual_findings(suite):
    result = suite.runpytest_subprocess("-p", "ledger.pytest_plugin", "-k", "wrongly", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert "expected findings:" in out and "(none)" in out
    assert "actual findings:" in out and "contradiction metric=casualties.killed" in out
    assert "unexpected: contradiction casualties.killed" in out
    assert "claims extracted (2):" in out and "'300' -> casualties.killed subject=Russia" in out


def test_a_yaml_file_added_anywhere_under_contradictions_is_collected(suite):
    sub = suite.path / "contradictions" / "newsroom"
    sub.mkdir()
    (sub / "local.yml").write_text(textwrap.dedent('''
        documents:
          - {outlet: A, published: 2025-01-01, text: "troops.deployed Poland 3000"}
        expect: []
    '''))
    result = suite.runpytest_subprocess("-p", "ledger.pytest_plugin", "--collect-only", "-q",
                                        "-p", "no:cacheprovider")
    assert "contradictions/newsroom/local.yml::local" in result.stdout.str()


def test_malformed_file_is_a_clear_collection_error(suite):
    (suite.path / "contradictions" / "bad.yaml").write_text("scenarios:\n  - name: x\n    expect: []\n")
    result = suite.runpytest_subprocess("-p", "ledger.pytest_plugin", "--collect-only", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert "bad.yaml:2: scenario needs documents:" in out


def test_expected_findings_match_by_kind_metric_and_figures():
    from ledger.records import Conflict

    k = Conflict("k1", "contradiction", "error", "casualties.killed", "Russia", ("a", "b"), "x")

    class C:
        def __init__(self, text):
            self.text = text

    by_id = {"a": C("20,000"), "b": C("about 24,000")}
    assert pytest_plugin.match_findings([{"kind": "contradiction", "figures": ["20,000", "24,000"]}],
                                        [k], by_id) == ([], [])
    missing, extra = pytest_plugin.match_findings([{"kind": "disputed"}], [k], by_id)
    assert missing == [{"kind": "disputed"}] and extra == [k]
    missing, _ = pytest_plugin.match_findings([{"kind": "contradiction", "metric": "troops.deployed"}],
                                              [k], by_id)
    assert missing


def test_repository_suite_is_big_enough_and_a_third_no_finding():
    scenarios = []
    for path in sorted((REPO / "tests" / "contradictions").glob("*.yaml")):
        scenarios += pytest_plugin._scenarios(path)
    assert len(scenarios) >= 80
    assert sum(1 for s in scenarios if not s["expect"]) * 3 >= len(scenarios)
    kinds = {e["kind"] for s in scenarios for e in s["expect"]}
    assert kinds == {"contradiction", "disputed", "superseded", "arithmetic"}
