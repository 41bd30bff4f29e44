"""Helpers for claim tests: a Document from text, and its figures/dates."""

from __future__ import annotations

import hashlib

from ledger.records import Document, Story

from pathlib import Path

from ledger.claims import type_figures
from ledger.documents import load_text
from ledger.figures import find_dates, find_figures
from ledger.rules import load_rules

#: the repository's rules, loaded once for all claim tests
RULESET = load_rules(Path(__file__).resolve().parent.parent / "rules")


def make_doc(text: str, published: str | None = "2025-01-22", path: str = "t.txt",
             outlet: str | None = "Test") -> Document:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Document(path=path, text=text, sha256=sha, encoding="utf-8", outlet=outlet,
                    published=published, stories=(Story(0, len(text), published=published),))


def figures_of(text: str):
    return find_figures(text), find_dates(text)


def claims_of(text: str, published: str | None = None, ruleset=None):
    """The claims the rules type in ``text``, loaded as a document of its own."""
    doc = load_text(text, path="t.txt", published=published)
    return type_figures(doc, *figures_of(text), ruleset or RULESET)


def claim_of(text: str, figure: str, published: str | None = None):
    """The claim whose figure text is exactly ``figure``."""
    got = {c.text: c for c in claims_of(text, published=published)}
    assert figure in got, sorted(got)
    return got[figure]


def subject_of(text: str, fig: str):
    """The subject of the first claim whose figure text starts with ``fig``."""
    cs = [c for c in claims_of(text) if c.text.startswith(fig)]
    assert cs, [(c.text, c.metric) for c in claims_of(text)]
    return cs[0].subject


def date_subject_of(text: str, date: str):
    """The subject of the one event-date claim whose text holds ``date``."""
    [c] = [c for c in claims_of(text) if date in c.text and c.metric.startswith("event.")]
    return c.subject


def typed_by_text(text: str, published: str | None = "2005-01-10") -> dict:
    """:func:`claims_of` by figure text, for a document published on ``published``."""
    return {c.text: c for c in claims_of(text, published=published)}
