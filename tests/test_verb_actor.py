"""An event's date is keyed by the verb's actor, not the nearest name
(ledger.claims._verb_actor): the subject before an active verb, the agent
or the subject of a passive, never the verb's object."""

from __future__ import annotations

import pytest

from ._claimkit import date_subject_of as _date_subject


@pytest.mark.parametrize("text,date,subject", [
    ("He joined Columbia Records in 1990.", "1990", None),
    ("The asteroid could hit Earth in April 2029.", "April 2029", None),
    ("The UK's P&O Princess group was merged into the much larger US firm in 2003.", "2003", None),
    ("MNLF chairman Nur Misuari signed the Tripoli Agreement in 1976.", "1976", "Nur Misuari"),
    ("Reagan, in 1981, fired the striking controllers.", "1981", "Reagan"),
    ("Microsoft later bought Skype in 2011.", "2011", "Microsoft"),
    ("Chieko Hara, who died in Japan in 2005, was a pianist.", "2005", "Chieko Hara"),
    ("Kennedy was assassinated in Dallas in 1963.", "1963", "Kennedy"),
    ("The designer was shot outside his home in 1997 by Andrew Cunanan.", "1997", None),
    ("Roxy Music were formed in 1971 by Ferry, Mackay and Brian Eno.", "1971", "Roxy Music"),
    ("The rebate, secured in 1984 by Margaret Thatcher, was justified.", "1984", "Margaret Thatcher"),
    ("In May 2023, a giant outline was created in a lawn in Bath.", "May 2023", "Bath"),
])
def test_event_date_subject_is_the_actor(text, date, subject):
    assert _date_subject(text, date) == subject
