"""Subjects (subj19): a place that only scopes a figure is not its owner.  A
place's rank given to a name set beside it is the name's ("Sumitomo, Japan's
third-largest bank": Sumitomo); a place stays when it is what is ranked."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # a name apposed to "PLACE's Nth-largest NOUN": the name's rank within the place
    ("Sumitomo, Japan's third-largest bank, tabled a higher offer.", "third-largest", "Sumitomo"),
    ("Barclays, the UK's third-biggest bank, has seen profits climb.", "third-biggest", "Barclays"),
    ("MCI is the US's second-biggest long distance firm after AT&T.", "second-biggest", "MCI"),
    ("The deal went to Mitsubishi Tokyo Financial Group (MTFG), Japan's second-largest bank.", "second-largest",
     "Mitsubishi Tokyo Financial Group"),
    ("Reliance acquired a stake in IPCL - India's second-largest petrochemicals company - in 2002.",
     "second-largest", "IPCL"),
    # ... or named right after the ranked noun
    ("IBM sold its PC hardware division to China's number one computer maker Lenovo.", "number one", "Lenovo"),
    # ... or a firm the text named before, pointed at by "the company"
    ("Mengniu Dairy has recalled its milk. The company, China's third-largest milk producer, is to meet.",
     "third-largest", "Mengniu Dairy"),
    # a place that is what is ranked stays
    ("Nigeria is currently the world's fourth-largest cocoa producer.", "fourth-largest", "Nigeria"),
    ("Texas is the nation's third largest producer of wind power.", "third largest", "Texas"),
    ("Venezuela - the world's fifth largest oil exporter - sells about 60% of its output abroad.",
     "fifth largest", "Venezuela"),
])
def test_ranked_name(text, fig, subject):
    assert subject_of(text, fig) == subject
