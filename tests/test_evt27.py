"""evt27: precision of the event-date rules on look-alike sentences (probe set of the session)."""

import pytest

from ._claimkit import claims_of


def _events(text):
    return {c.metric for c in claims_of(text) if c.metric.startswith("event.")}


@pytest.mark.parametrize("text,wrong", [
    ("The protests were drowned out by music during the week of April 11, 2021.", "event.death"),
    ("The murder of George Floyd in May 2020 sparked protests across the world.", "event.protest"),
    ("I voted against the war in 2003.", "event.election"),
    ("We have been working on this issue since 2005.", "event.publication"),
    ("Bill Gates patented a new toilet design in 2015.", "event.founding"),
    ("Joe Biden was elected president in November 2020.", "event.took_charge"),
    ("She withdrew cash from the bank in 2020.", "event.withdrawal"),
    ("Critics attacked the plan in 2019.", "event.conflict"),
    ("The market closed higher on 3 March 2021.", "event.decision"),
    ("He won the argument in 2012.", "event.award"),
    ("The idea was born in a garage in 1998.", "event.birth"),
])
def test_look_alikes_do_not_key_the_wrong_event(text, wrong):
    assert wrong not in _events(text)


@pytest.mark.parametrize("text,metric", [
    ("Google buys YouTube in 2006 for $1.65 billion.", "event.acquisition"),
    ("Google bought YouTube in 2006.", "event.acquisition"),
    ("The murder of George Floyd in May 2020 sparked protests across the world.", "event.crime"),
    ("Macron was re-elected in April 2022.", "event.election"),
    ("Rishi Sunak took office in October 2022.", "event.took_charge"),
    ("The troops withdrew from Iraq in 2011.", "event.withdrawal"),
    ("He met Putin in Helsinki in July 2018.", "event.meeting"),
    ("The Taliban attacked the city of Kunduz in 2021.", "event.conflict"),
    ("Pfizer patented the drug in 1998.", "event.patent"),
    ("Facebook was founded in 2004 by Mark Zuckerberg.", "event.founding"),
])
def test_the_event_itself_still_keys(text, metric):
    assert metric in _events(text)
