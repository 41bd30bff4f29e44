"""The extraction pipeline: one document in, its claims out.

    stories -> figures -> claims (rules) -> attribute -> voice -> units.normalise

Each stage is a function in its own module; this module only composes
them.
It imports no pandas, openpyxl or pint at import time, so the
pre-publish gate can use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import attribute as attribute_stage
from . import claims as claims_stage
from . import figures as figures_stage
from . import stories as stories_stage
from . import voice as voice_stage
from .records import Claim, Document, Figure, LoadError


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the pipeline found in one document."""

    doc: Document
    figures: tuple[Figure, ...]
    claims: tuple[Claim, ...]


def extract_all(doc: Document, ruleset) -> Extraction:
    doc = stories_stage.split_stories(doc)
    # the outlet's home country (sources.yaml ``country:``): the last hint for "$" or "pesos"
    country = dict(doc.meta).get("country") if doc.meta else None
    figures = figures_stage.find_figures(doc.text, country if isinstance(country, str) else None)
    dates = figures_stage.find_dates(doc.text)
    claims = claims_stage.type_figures(doc, figures, dates, ruleset)
    claims = attribute_stage.attribute(doc, claims)
    # a figure quoted in the first person plural: the speaker's organisation (needs the speaker)
    claims = voice_stage.we_subjects(doc, claims, ruleset)
    # a figure a named person gives in the first person singular: theirs ("I tried for three years")
    claims = voice_stage.i_subjects(doc, claims, ruleset)
    claims = _finish(doc, claims)
    return Extraction(doc, figures, claims)


def extract(doc: Document, ruleset) -> tuple[Claim, ...]:
    """The claims of one document (nothing stored)."""
    return extract_all(doc, ruleset).claims


def _finish(doc: Document, claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Normalise units for comparison; claims in document order.  (Ids,
    lines and columns are set once, where claims are made, in claims.py.)"""
    from . import units  # imported here: pint stays off the path until a claim needs it

    return tuple(sorted((units.normalise(c) for c in claims), key=lambda c: (c.start, c.end)))


def run(items: Iterable[Document | LoadError], ruleset) -> Iterator[Extraction | LoadError]:
    """Extract every document; a document that fails is yielded as a
    LoadError naming it, and the others go on."""
    for item in items:
        if isinstance(item, LoadError):
            yield item
            continue
        try:
            yield extract_all(item, ruleset)
        except Exception as exc:  # one bad document must not stop the others
            yield LoadError(item.path, f"could not be processed: {type(exc).__name__}: {exc}")
