"""Run every rule's own examples: text that must give a claim by the rule
(with the metric, subject, value... it states) and text that must not.

The repository's tests run the shipped rules' examples; ``ledger rules
--check --rules DIR`` runs a newsroom's edited rule set the same way and
lists every failure.  Commands that read documents call :func:`verify`
after loading the rules: a rule whose own examples fail stops the command
before any document is read, naming the file and line of the example.  It
runs once per rule set and engine version (about a second for the shipped
rules), then a mark in the cache skips it.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from . import claims as claims_stage
from . import figures as figures_stage
from .cache import file_digest
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


def _match_faults(rule, ex, ruleset) -> list[tuple[int, str]]:
    """(line, 'CODE: what is wrong') for one match example of ``rule``; the
    line is that of the expected field at fault where there is one."""
    code = rule.code
    found = _claims(ex.text, ruleset)
    expect = ex.expect
    want = expect.get("figure")
    if want is not None:
        if want not in ex.text:
            return [(ex.line, f"{code}: the example's figure {want!r} is not in its text")]
        start = ex.text.index(want)
        hits = [c for c in found if c.start <= start < c.end or start <= c.start < start + len(want)]
    else:
        hits = [c for c in found if c.rule == code]
    if not hits:
        return [(ex.line, f"{code}: match example gave no claim: {ex.text!r}; "
                          f"claims: {[(c.text, c.rule) for c in found]}")]
    claim = hits[0]
    if claim.rule != code:
        return [(ex.line, f"{code}: {claim.text!r} was typed by {claim.rule}, not {code}")]
    faults = []
    if claim.metric != expect.get("metric", rule.metric):
        faults.append((ex.line_of("metric"),
                       f"{code}: metric {claim.metric!r}, example says {expect.get('metric', rule.metric)!r}"))
    for key in ("subject", "subject2", "unit", "status", "period", "cumulative"):
        if key in expect and getattr(claim, key) != expect[key]:
            faults.append((ex.line_of(key), f"{code}: {key} {getattr(claim, key)!r}, example says {expect[key]!r}"))
    for key in ("value", "low", "high"):
        if key in expect and not _close(getattr(claim, key), expect[key]):
            faults.append((ex.line_of(key), f"{code}: {key} {getattr(claim, key)!r}, example says {expect[key]!r}"))
    return faults


def _no_match_faults(rule, ex, ruleset) -> list[tuple[int, str]]:
    mine = [(c.text, c.metric) for c in _claims(ex.text, ruleset) if c.rule == rule.code]
    if mine:
        return [(ex.line, f"{rule.code}: no_match example typed {mine}: {ex.text!r}")]
    return []


def match_problems(rule, ex, ruleset) -> list[str]:
    """What is wrong with one match example of ``rule`` (empty: it passes)."""
    return [f"{rule.path}:{line}: {msg}" for line, msg in _match_faults(rule, ex, ruleset)]


def no_match_problems(rule, ex, ruleset) -> list[str]:
    """What is wrong with one no_match example of ``rule`` (empty: it passes)."""
    return [f"{rule.path}:{line}: {msg}" for line, msg in _no_match_faults(rule, ex, ruleset)]


def check_examples(ruleset) -> list[str]:
    """Problems found, each as 'FILE:LINE: CODE: what is wrong' (empty: all good)."""
    problems: list[str] = []
    for rule in ruleset.rules:
        for ex in rule.match_examples:
            problems += match_problems(rule, ex, ruleset)
        for ex in rule.no_match_examples:
            problems += no_match_problems(rule, ex, ruleset)
    return problems


#: what else decides whether an example holds: the engine and the figure tables
_ENGINE = ("claims.py", "matching.py", "subjects.py", "periods.py", "figures.py", "examples.py", "units.py", "text.py")


def _verify_key(ruleset) -> str | None:
    if not getattr(ruleset, "fingerprint", None):
        return None
    h = hashlib.sha256(ruleset.fingerprint.encode())
    here = Path(__file__).resolve().parent
    root = Path(ruleset.root)
    try:
        for name in _ENGINE:
            h.update(file_digest(here / name))
        for p in sorted(root.glob("figures/*")) + [root / "hedges.tsv", root / "units.txt"]:
            if p.is_file():
                h.update(p.name.encode() + b"\0" + file_digest(p))
    except OSError:
        return None
    return h.hexdigest()


def verify(ruleset) -> None:
    """Raise :class:`ledger.rules.RuleError` at the first example of a rule
    that does not hold (a match example that gives no such claim, a no_match
    example that gives one).  Skipped when this rule set already passed."""
    from .matching import RuleTimeout
    from .rules import RuleError, _mark_validated, _was_validated

    key = _verify_key(ruleset)
    if key is not None and _was_validated(key, "examples"):
        return
    hint = " (a rule's own examples must hold; `ledger rules --check` lists every failure)"
    for rule in ruleset.rules:
        for faults, examples in ((_match_faults, rule.match_examples), (_no_match_faults, rule.no_match_examples)):
            for ex in examples:
                try:
                    found = faults(rule, ex, ruleset)
                except RuleTimeout as exc:
                    # a pattern that runs away on the rule set's own examples: the rule
                    # file is at fault, not a document (none has been read yet)
                    raise RuleError(rule.path, ex.line, f"{rule.code}: its example ({ex.text[:60]!r}) "
                                                        f"ran into the time limit: {exc}") from None
                if found:
                    line, msg = found[0]
                    raise RuleError(rule.path, line, msg + hint)
    if key is not None:
        _mark_validated(key, "examples")
