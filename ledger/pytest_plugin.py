"""pytest plugin: the contradiction suite as data.

Registered as a ``pytest11`` entry point, so any repository with ledger
installed -- ours, or a newsroom's own -- runs its scenarios with plain
``pytest``.  Every ``*.yaml``/``*.yml`` file in a folder named
``contradictions`` (or in a folder listed in the ``ledger_contradictions``
ini option) is a scenario file.  Adding a scenario needs no Python.

A scenario file holds one scenario, or several under ``scenarios:``::

    scenarios:
      - name: about-10000-vs-10400          # the test id (file::name)
        why: a hedged figure and a precise one inside its interval agree
        documents:                          # a few short documents
          - outlet: BBC
            published: 2025-01-22           # ISO date (or datetime)
            path: bbc/strikes.txt           # optional; default <name>/doc<N>.txt
            text: |
              About 10,000 Russian soldiers were killed in the battle, officials said.
          - outlet: Reuters
            published: 2025-01-23
            text: |
              Some 10,400 Russian soldiers were killed in the battle.
        expect: []                          # the exact set of findings; [] = none
      - name: twenty-vs-twenty-four-thousand
        documents: [...]
        expect:
          - kind: contradiction             # contradiction|disputed|superseded|arithmetic
            metric: casualties.killed       # optional: the findings' metric
            subject: Russia                 # optional
            figures: ["20,000", "24,000"]   # optional: texts of figures involved
        xfail: "claims: no rule types ..."  # optional: a known gap OUTSIDE compare,
                                            # naming the stage; strict, so a fix shows
        compared: [["10,000", "10,400"]]    # optional: figures that must be claimed and
                                            # compared with each other (so [] is no accident)

Each document goes through the real pipeline (``documents.load_text``,
``pipeline.extract`` with ``rules.load_rules``), then all claims through
``compare.find_conflicts``.  A failure prints the expected and the actual
findings and every claim extracted, so the stage at fault can be seen.

Options (``[tool.pytest.ini_options]``): ``ledger_contradictions`` (extra
folders of scenario files), ``ledger_rules`` (the rules folder; default
ledger's own).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import pytest

KINDS = ("contradiction", "disputed", "superseded", "arithmetic")
_SCENARIO_KEYS = {"name", "why", "description", "documents", "expect", "xfail", "skip", "compared"}
_DOC_KEYS = {"text", "outlet", "published", "path", "title"}
_EXPECT_KEYS = {"kind", "metric", "subject", "figures"}


def pytest_addoption(parser) -> None:
    parser.addini("ledger_contradictions", "extra folders whose YAML files are ledger contradiction scenarios",
                  type="paths", default=[])
    parser.addini("ledger_rules", "rules folder the ledger contradiction scenarios use (default: ledger's own)",
                  default="")


def _is_scenario_file(path: Path, config) -> bool:
    if path.suffix not in (".yaml", ".yml"):
        return False
    if "contradictions" in path.parent.parts:
        return True
    for folder in config.getini("ledger_contradictions"):
        try:
            path.relative_to(folder)
            return True
        except ValueError:
            continue
    return False


def pytest_collect_file(file_path: Path, parent):
    if _is_scenario_file(Path(file_path), parent.config):
        return ScenarioFile.from_parent(parent, path=Path(file_path))
    return None


class ScenarioFileError(Exception):
    """A malformed scenario file: says where and what the right form is."""


def _line(node: Any) -> int:
    return getattr(node, "line", 0)


def _load(path: Path) -> Any:
    import yaml

    from .compare import _LineLoader

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader.get())
    except yaml.YAMLError as exc:
        raise ScenarioFileError(f"{path}: not valid YAML: {exc}") from None


def _scenarios(path: Path) -> list[dict]:
    data = _load(path)
    if isinstance(data, dict) and "scenarios" in data:
        items = data["scenarios"]
        if not isinstance(items, list):
            raise ScenarioFileError(f"{path}:{_line(data)}: scenarios: must be a list of scenarios")
    elif isinstance(data, dict):
        items = [{"name": path.stem, **data}]
    else:
        raise ScenarioFileError(f"{path}:1: expected a scenario (documents:, expect:) or scenarios: [...]")
    seen = set()
    for sc in items:
        where = f"{path}:{_line(sc)}"
        if not isinstance(sc, dict):
            raise ScenarioFileError(f"{where}: each scenario is a mapping with name, documents, expect")
        bad = set(sc) - _SCENARIO_KEYS
        if bad:
            raise ScenarioFileError(f"{where}: unknown key(s) {sorted(bad)}; a scenario has {sorted(_SCENARIO_KEYS)}")
        for k in ("name", "documents", "expect"):
            if k not in sc:
                raise ScenarioFileError(f"{where}: scenario needs {k}: (use expect: [] for no finding)")
        if sc["name"] in seen:
            raise ScenarioFileError(f"{where}: duplicate scenario name {sc['name']!r}")
        seen.add(sc["name"])
        docs = sc["documents"]
        if not isinstance(docs, list) or not docs:
            raise ScenarioFileError(f"{where}: documents: must be a non-empty list")
        for d in docs:
            if not isinstance(d, dict) or "text" not in d or set(d) - _DOC_KEYS:
                raise ScenarioFileError(f"{path}:{_line(d) or _line(sc)}: a document is a mapping with text:"
                                        f" and optionally {sorted(_DOC_KEYS - {'text'})}")
        exp = sc["expect"]
        if not isinstance(exp, list):
            raise ScenarioFileError(f"{where}: expect: must be a list of findings, or []")
        for e in exp:
            if not isinstance(e, dict) or "kind" not in e or set(e) - _EXPECT_KEYS or e["kind"] not in KINDS:
                raise ScenarioFileError(f"{path}:{_line(e) or _line(sc)}: an expected finding is a mapping with"
                                        f" kind: (one of {', '.join(KINDS)}) and optionally metric, subject,"
                                        " figures")
            if "figures" in e and not isinstance(e["figures"], list):
                raise ScenarioFileError(f"{path}:{_line(e)}: figures: must be a list of figure texts")
        cmp_ = sc.get("compared")
        if cmp_ is not None and not (isinstance(cmp_, list) and all(
                isinstance(g, list) and len(g) >= 2 and all(isinstance(t, (str, int, float)) for t in g) for g in cmp_)):
            raise ScenarioFileError(f"{where}: compared: must be a list of groups of two or more figure texts"
                                    ' ([["a quarter", "four-fold"]])')
        if "xfail" in sc and not (isinstance(sc["xfail"], str) and sc["xfail"].strip()):
            raise ScenarioFileError(f"{where}: xfail: must give the reason (which stage is missing)")
    return items


class ScenarioFile(pytest.File):
    def collect(self):
        try:
            scenarios = _scenarios(self.path)
        except ScenarioFileError as exc:
            raise self.CollectError(str(exc)) from None
        for sc in scenarios:
            item = ScenarioItem.from_parent(self, name=str(sc["name"]), scenario=sc)
            if sc.get("xfail"):
                item.add_marker(pytest.mark.xfail(reason=str(sc["xfail"]), strict=True))
            if sc.get("skip"):
                item.add_marker(pytest.mark.skip(reason=str(sc["skip"])))
            yield item


class ScenarioMismatch(Exception):
    def __init__(self, report: str):
        super().__init__(report)
        self.report = report


_CACHE: dict = {}


def _rules_root(config) -> Optional[str]:
    root = config.getini("ledger_rules")
    if root:
        return str(Path(config.rootpath, root))
    return None


def _ruleset(config):
    root = _rules_root(config)
    k = ("rules", root)
    if k not in _CACHE:
        from . import rules

        _CACHE[k] = rules.load_rules(root) if root else rules.load_rules()
    return _CACHE[k]


def _settings(config):
    from . import compare

    root = _rules_root(config)
    return compare.load_settings(root) if root else compare.load_settings()


def _iso(value: Any) -> Optional[str]:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def run_scenario(sc: dict, ruleset, settings):
    """Run one scenario through the pipeline: (claims, conflicts)."""
    from . import compare, documents, pipeline

    claims = []
    for i, d in enumerate(sc["documents"], 1):
        doc = documents.load_text(str(d["text"]), path=str(d.get("path") or f"{sc['name']}/doc{i}.txt"),
                                  outlet=d.get("outlet"), published=_iso(d.get("published")))
        claims.extend(pipeline.extract(doc, ruleset))
    return claims, compare.find_conflicts(claims, settings)


def _texts(conflict, by_id) -> list[str]:
    return sorted({by_id[i].text for i in conflict.claims if i in by_id})


def _fits(expected: dict, conflict, by_id) -> bool:
    if expected["kind"] != conflict.kind:
        return False
    if "metric" in expected and str(expected["metric"]) != conflict.metric:
        return False
    if "subject" in expected and (str(expected["subject"] or "").casefold()
                                  != (conflict.subject or "").casefold()):
        return False
    texts = [t.casefold() for t in _texts(conflict, by_id)]
    for want in expected.get("figures") or ():
        w = str(want).casefold()
        if not any(w == t or w in t or t in w for t in texts):
            return False
    return True


def match_findings(expected: list[dict], conflicts, by_id) -> tuple[list, list]:
    """Pair expected findings with actual conflicts (most specific first).
    Returns (expected not found, conflicts not expected)."""
    left = list(conflicts)
    missing = []
    order = sorted(expected, key=lambda e: -(len(e.get("figures") or ()) + ("metric" in e) + ("subject" in e)))
    for e in order:
        hit = next((k for k in left if _fits(e, k, by_id)), None)
        if hit is None:
            missing.append(e)
        else:
            left.remove(hit)
    return missing, left


def check_compared(groups: list, claims, settings) -> list[str]:
    """(fold34) ``compared:`` groups of figure texts that must each be claimed and be compared with
    one another (same key, comparable, and, across documents, no story-bound key), so that
    ``expect: []`` says they agreed rather than that they never met.  Returns what went wrong."""
    from . import compare

    problems = []
    for group in groups:
        found = []
        for want in group:
            w = str(want).casefold()
            c = next((c for c in claims if c.text.casefold() == w), None) or next(
                (c for c in claims if w in c.text.casefold()), None)
            if c is None:
                problems.append(f"compared: {str(want)!r} gave no claim")
            else:
                found.append(c)
        for a, b in zip(found, found[1:]):
            if not compare.comparable(a, b, settings):
                problems.append(f"compared: {a.text!r} ({a.metric}, {a.subject}) and {b.text!r} ({b.metric},"
                                f" {b.subject}) are not compared: another key, period or unit")
            elif a.doc != b.doc and (compare.story_bound(a, settings) or compare.story_bound(b, settings)):
                problems.append(f"compared: {a.text!r} and {b.text!r} are in two documents, and {a.metric} is"
                                " compared only within one story")
    return problems


def _fmt_expected(e: dict) -> str:
    bits = [e["kind"]]
    for k in ("metric", "subject"):
        if k in e:
            bits.append(f"{k}={e[k]}")
    if e.get("figures"):
        bits.append("figures=" + ", ".join(repr(str(f)) for f in e["figures"]))
    return " ".join(bits)


def _fmt_conflict(k, by_id) -> str:
    figs = ", ".join(repr(t) for t in _texts(k, by_id))
    return f"{k.kind} metric={k.metric} subject={k.subject} figures={figs}\n      {k.explanation}"


def _fmt_claim(c) -> str:
    lo = "-inf" if c.low is None else f"{c.low:g}"
    hi = "inf" if c.high is None else f"{c.high:g}"
    extra = [f"speaker={c.speaker}" if c.speaker else "", f"period={c.period}" if c.period else "",
             "cumulative" if c.cumulative else "", f"status={c.status}" if c.status != "actual" else "",
             f"subject2={c.subject2}" if c.subject2 else ""]
    return (f"{c.doc}:{c.line} {c.text!r} -> {c.metric} subject={c.subject} value={c.value:g} "
            f"[{lo}, {hi}] {c.unit} {' '.join(x for x in extra if x)}").rstrip()


class ScenarioItem(pytest.Item):
    def __init__(self, *, scenario: dict, **kw):
        super().__init__(**kw)
        self.scenario = scenario

    def runtest(self) -> None:
        sc = self.scenario
        claims, conflicts = run_scenario(sc, _ruleset(self.config), _settings(self.config))
        by_id = {c.id: c for c in claims}
        missing, extra = match_findings(list(sc["expect"]), conflicts, by_id)
        unmet = check_compared(sc.get("compared") or [], claims, _settings(self.config))
        if missing or extra or unmet:
            lines = [f"scenario {sc['name']!r}" + (f": {sc['why']}" if sc.get("why") else "")]
            lines.append("expected findings:")
            lines += [f"  - {_fmt_expected(e)}" for e in sc["expect"]] or ["  (none)"]
            lines.append("actual findings:")
            lines += [f"  - {_fmt_conflict(k, by_id)}" for k in conflicts] or ["  (none)"]
            if missing:
                lines.append("missing: " + "; ".join(_fmt_expected(e) for e in missing))
            if extra:
                lines.append("unexpected: " + "; ".join(f"{k.kind} {k.metric}" for k in extra))
            lines += unmet
            lines.append(f"claims extracted ({len(claims)}):")
            lines += [f"  {_fmt_claim(c)}" for c in claims] or ["  (none: no rule typed a figure)"]
            raise ScenarioMismatch("\n".join(lines))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ScenarioMismatch):
            return excinfo.value.report
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, _line(self.scenario) - 1 if _line(self.scenario) else None, \
            f"contradiction scenario: {self.name}"
