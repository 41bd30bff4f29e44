"""A place the sentence gives only as where an event happened is not the
date's subject when a person or a named body acts there
(ledger.subjects._where_only); a place's own event keeps it."""

from __future__ import annotations

import pytest

from ledger import documents, figures
from ledger.claims import type_figures

from ._claimkit import RULESET


def _date_subject(text: str, date: str):
    doc = documents.load_text(text, path="t")
    claims = type_figures(doc, figures.find_figures(text), figures.find_dates(text), RULESET)
    [c] = [c for c in claims if date in c.text and c.metric.startswith("event.")]
    return c.subject


@pytest.mark.parametrize("text,date", [
    ("A photograph shows the remains of a man who died while masturbating in Pompeii in 79 A.D.", "79 A.D."),
    ("He arrived in Britain on 5 March 2004 after flying from the United States.", "5 March 2004"),
    ("In 1969, he moved to Nassau in the Bahamas, with his wife Sheila.", "1969"),
    ("The Oscars will take place at Hollywood's Kodak Theatre on 27 February.", "27 February"),
])
def test_where_an_actor_acts_is_not_the_subject(text, date):
    assert _date_subject(text, date) is None


@pytest.mark.parametrize("text,date,subject", [
    ("Video shows looting in Chicago in April 2023", "April 2023", "Chicago"),
    ("Sony's PlayStation Portable (PSP) will go on sale in Japan on 12 December.", "12 December", "Japan"),
    ("In May 2023, a giant outline was created in a lawn in Bath.", "May 2023", "Bath"),
    ("Kennedy was assassinated in Dallas in 1963.", "1963", "Kennedy"),
])
def test_a_places_own_event_keeps_it(text, date, subject):
    assert _date_subject(text, date) == subject
