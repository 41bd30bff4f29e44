"""suits34: a lawsuit's two parties.  money.lawsuit (rules/justice/JUS345.yml) keys the
plaintiff as the subject and the defendant as the second party when the sentence names both;
a suit that names only one party keys that party as the subject and guesses no second one
(the rule's ``lone_party``), so one plaintiff's suits against two defendants never compare,
and two reports of one suit with two sums still do."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._claimkit import RULESET, claims_of, make_doc
from ledger import compare
from ledger.claims import _lone_parties, type_figures
from ledger.figures import find_dates, find_figures
from ledger.rules import RuleError, load_rule_file, load_lists


def parties(text: str) -> list:
    return [(c.text, c.subject, c.subject2) for c in claims_of(text) if c.metric == "money.lawsuit"]


@pytest.mark.parametrize("text, subject, subject2", [
    # active: "X sued / sues / is suing / has sued Y for $N"
    ("Hartwell Mining sued Corven Energy for $3.2bn in 2019.", "Hartwell Mining", "Corven Energy"),
    ("Hartwell Mining is suing Corven Energy for $3.2bn.", "Hartwell Mining", "Corven Energy"),
    ("Microsoft has sued Google for $40m over a patent.", "Microsoft", "Google"),
    ("Last year Hartwell Mining sued Corven Energy in Santiago for $3.2bn.", "Hartwell Mining", "Corven Energy"),
    # a qualifier before the defendant's name is no part of it
    ("Hartwell Mining has sued Chilean power firm Corven Energy for $3.2bn.", "Hartwell Mining", "Corven Energy"),
    # a state's government is the state
    ("Hartwell Mining sued the Peruvian government for $700m.", "Hartwell Mining", "Peru"),
    ("The U.S. government sued Microsoft for $10bn.", "United States", "Microsoft"),
    # a title is no part of the name
    ("Mr Pennock sued Corven Energy for $50,000.", "Pennock", "Corven Energy"),
    # an apposition before the verb names the plaintiff
    ("Its parent, the Jersey-based Tolland Holdings, is suing Peru for $1.1bn.", "Tolland Holdings", "Peru"),
    # passive: "Y was sued by X for $N"
    ("Corven Energy was sued by Hartwell Mining for $3.2bn.", "Hartwell Mining", "Corven Energy"),
    ("Corven Energy has been sued by Hartwell Mining for $3.2bn.", "Hartwell Mining", "Corven Energy"),
    # "against": a claim, a lawsuit, a suit
    ("Hartwell Mining's $3.2bn claim against Corven Energy was dismissed.", "Hartwell Mining", "Corven Energy"),
    ("Hartwell Mining filed a $3.2bn suit against Corven Energy.", "Hartwell Mining", "Corven Energy"),
    ("Hartwell Mining filed a lawsuit against Corven Energy seeking $3.2bn.", "Hartwell Mining", "Corven Energy"),
    # damages sought from a party
    ("Hartwell Mining seeks $3.2bn from Corven Energy in damages.", "Hartwell Mining", "Corven Energy"),
    ("Hartwell Mining is also seeking $3.2bn in a separate lawsuit against Corven Energy.",
     "Hartwell Mining", "Corven Energy"),
])
def test_two_named_parties(text, subject, subject2):
    assert parties(text)[0][1:] == (subject, subject2)


@pytest.mark.parametrize("text, subject", [
    # only the defendant is named: it is the subject, and no second party is guessed
    ("Corven Energy is being sued by a former employee for $2m.", "Corven Energy"),
    ("A $75m class-action suit against Corven Energy was filed on Friday.", "Corven Energy"),
    ("The company has threatened to sue Corven Energy for $3.2bn.", "Corven Energy"),
    # a title-case headline's run over the verb names no plaintiff
    ("Woman Sues Corven Energy For $2M", "Corven Energy"),
    # only the plaintiff is named
    ("Hartwell Mining is claiming more than $3bn in damages.", "Hartwell Mining"),
    ("Hartwell Mining sued four rival firms for $2bn.", "Hartwell Mining"),
])
def test_one_named_party_is_the_subject(text, subject):
    assert parties(text)[0][1:] == (subject, None)


@pytest.mark.parametrize("text", [
    "Hartwell Mining sold Corven Energy for $3.2bn.",
    "The court ordered Corven Energy to pay $3.2bn in damages.",
    "Hartwell Mining settled the suit against Corven Energy for $5m.",
])
def test_not_a_lawsuit(text):
    assert parties(text) == []


def test_second_party_in_the_key():
    """compare's key holds subject2 as it is: a suit with a defendant and one without never
    share a key, and two reports of one suit do."""
    a, = [c for c in claims_of("Hartwell Mining sued Corven Energy for $3.2bn.") if c.metric == "money.lawsuit"]
    b, = [c for c in claims_of("Hartwell Mining sued the Peruvian government for $700m.")
          if c.metric == "money.lawsuit"]
    c, = [c for c in claims_of("Hartwell Mining is claiming $900m in damages.") if c.metric == "money.lawsuit"]
    d, = [c for c in claims_of("Corven Energy was sued by Hartwell Mining for $2.3bn.") if c.metric == "money.lawsuit"]
    assert compare.key(a) != compare.key(b)
    assert compare.key(a) != compare.key(c)
    assert compare.key(a) == compare.key(d)


def test_other_two_party_rules_keep_their_lone_second_party():
    """Only a rule that asks (lone_party) moves a lone second party to the subject: a tariff's
    target with no imposer named stays the second party."""
    doc = make_doc("The UK was already going to face a blanket 10% tariff under the new system.")
    [c] = [c for c in type_figures(doc, find_figures(doc.text), find_dates(doc.text), RULESET)
           if c.metric == "trade.tariff_rate"]
    assert (c.subject, c.subject2) == (None, "United Kingdom")


def test_lone_parties_only_for_listed_rules():
    doc = make_doc("Corven Energy was fined.")
    [c] = [c for c in claims_of("A $75m lawsuit against Corven Energy was filed.") if c.metric == "money.lawsuit"]
    from dataclasses import replace
    bare = replace(c, subject=None, subject2="Corven Energy")
    assert _lone_parties([bare], set()) == [bare]
    assert _lone_parties([bare], {"XYZ001"}) == [bare]
    [moved] = _lone_parties([bare], {bare.rule})
    assert (moved.subject, moved.subject2) == ("Corven Energy", None)
    both = replace(c, subject="Hartwell Mining", subject2="Corven Energy")
    assert _lone_parties([both], {both.rule}) == [both]
    assert doc.text  # (a document of its own: no state shared)


def test_lone_party_must_be_a_boolean(tmp_path):
    root = Path(__file__).resolve().parent.parent / "rules"
    lists = load_lists(root)
    text = (root / "justice" / "JUS345.yml").read_text(encoding="utf-8")
    assert "\nlone_party: true\n" in text
    bad = tmp_path / "JUS345.yml"
    bad.write_text(text.replace("\nlone_party: true\n", "\nlone_party: sometimes\n"), encoding="utf-8")
    with pytest.raises(RuleError, match="lone_party"):
        load_rule_file(bad, lists)
