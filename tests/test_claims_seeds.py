"""The hand-checked seed claims (tests/fixtures/seed_claims.yaml) stay right."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ledger import documents, figures, stories
from ledger.claims import type_figures

from ._claimkit import RULESET

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = yaml.safe_load((ROOT / "tests" / "fixtures" / "seed_claims.yaml").read_text(encoding="utf-8"))
_CACHE: dict[str, tuple] = {}


def _seed(name: str):
    if name not in _CACHE:
        [doc] = list(documents.load_paths([str(ROOT / "seeds" / name)]))
        doc = stories.split_stories(doc)
        claims = type_figures(doc, figures.find_figures(doc.text), figures.find_dates(doc.text), RULESET)
        _CACHE[name] = (doc, claims)
    return _CACHE[name]


def _offset(text: str, needle: str, occurrence: int) -> int:
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(needle, i + 1)
    return i


def test_fixture_is_big_enough():
    assert len(FIXTURE) >= 60
    assert len({e["doc"] for e in FIXTURE}) == 5


@pytest.mark.parametrize("e", FIXTURE, ids=lambda e: f"{e['doc'][:3]}:{e['figure']}#{e.get('occurrence', 0)}")
def test_seed_claim(e):
    doc, claims = _seed(e["doc"])
    at = _offset(doc.text, e["figure"], e.get("occurrence", 0))
    hits = [c for c in claims if c.start <= at < c.end]
    assert hits, f"no claim on {e['figure']!r} at offset {at}"
    c = hits[0]
    assert c.text == e["figure"]
    assert (c.metric, c.subject, c.subject2) == (e["metric"], e["subject"], e.get("subject2")), c.rule
    assert c.unit == e["unit"]
    for key in ("value", "low", "high"):
        if e[key] is None:
            assert getattr(c, key) is None, key
        else:
            assert getattr(c, key) == pytest.approx(e[key], rel=1e-9), key
    assert c.status == e.get("status", "actual")
    assert c.cumulative == e.get("cumulative", False)
    if "period" in e:
        assert c.period == e["period"]
    assert c.speaker is None  # attribution is a later stage
