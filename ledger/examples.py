"""Run every rule's own examples: text that must give a claim by the rule
(with the metric, subject, value... it states) and text that must not.

The repository's tests run the shipped rules' examples; ``ledger rules
--check --rules DIR`` runs a newsroom's edited rule set the same way, so a
rule that no longer does what its examples say is caught before use.
"""

from __future__ import annotations

import hashlib
import math

from . import claims as claims_stage
from . import figures as figures_stage
from .records import Document, Story


def _doc(text: str, published: str = "2025-01-22") -> Document:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Document(path="example", text=text, sha256=sha, encoding="utf-8", outlet="Example",
                    published=published, stories=(Story(0, len(text), published=published),))


def _claims(text: str, ruleset):
    return claims_stage.type_figures(_doc(text), figures_stage.find_figures(text),
                                     figures_stage.find_dates(text), ruleset)


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-12)  # as pytest.approx


def match_problems(rule, ex, ruleset) -> list[str]:
    """What is wrong with one match example of ``rule`` (empty: it passes)."""
    where = f"{rule.path}:{ex.line}: {rule.code}"
    found = _claims(ex.text, ruleset)
    expect = ex.expect
    want = expect.get("figure")
    if want is not None:
        if want not in ex.text:
            return [f"{where}: the example's figure {want!r} is not in its text"]
        start = ex.text.index(want)
        hits = [c for c in found if c.start <= start < c.end or start <= c.start < start + len(want)]
    else:
        hits = [c for c in found if c.rule == rule.code]
    if not hits:
        return [f"{where}: match example gave no claim: {ex.text!r}; "
                f"claims: {[(c.text, c.rule) for c in found]}"]
    claim = hits[0]
    if claim.rule != rule.code:
        return [f"{where}: {claim.text!r} was typed by {claim.rule}, not {rule.code}"]
    problems = []
    if claim.metric != expect.get("metric", rule.metric):
        problems.append(f"{where}: metric {claim.metric!r}, example says {expect.get('metric', rule.metric)!r}")
    for key in ("subject", "subject2", "unit", "status", "period", "cumulative"):
        if key in expect and getattr(claim, key) != expect[key]:
            problems.append(f"{where}: {key} {getattr(claim, key)!r}, example says {expect[key]!r}")
    for key in ("value", "low", "high"):
        if key in expect and not _close(getattr(claim, key), expect[key]):
            problems.append(f"{where}: {key} {getattr(claim, key)!r}, example says {expect[key]!r}")
    return problems


def no_match_problems(rule, ex, ruleset) -> list[str]:
    """What is wrong with one no_match example of ``rule`` (empty: it passes)."""
    mine = [(c.text, c.metric) for c in _claims(ex.text, ruleset) if c.rule == rule.code]
    if mine:
        return [f"{rule.path}:{ex.line}: {rule.code}: no_match example typed {mine}: {ex.text!r}"]
    return []


def check_examples(ruleset) -> list[str]:
    """Problems found, each as 'FILE:LINE: CODE: what is wrong' (empty: all good)."""
    problems: list[str] = []
    for rule in ruleset.rules:
        for ex in rule.match_examples:
            problems += match_problems(rule, ex, ruleset)
        for ex in rule.no_match_examples:
            problems += no_match_problems(rule, ex, ruleset)
    return problems
