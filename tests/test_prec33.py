"""Subjects (prec33): the actor strategy reads the acting name, not the object of its verb
("Kenya joined the East African Community 20 years ago" is Kenya's, not Africa's; "The
Nigerian government banned Twitter" is Nigeria's) -- unless the object goes on to act in the
figure's clause ("accused Moscow's troops of firing 150 shells"), or the verb is one of saying,
whose name after it opens the reported clause."""

from __future__ import annotations

import pytest

from ._claimkit import subject_of


@pytest.mark.parametrize("text, fig, subject", [
    # the object of the acting name's verb is not the owner of the act's figure
    ("Kenya joined the East African Community 20 years ago.", "20 years", "Kenya"),
    ("The Nigerian government banned Twitter seven months ago.", "seven months", "Nigeria"),
    ("Ghana left the West African Monetary Zone ten years ago.", "ten years", "Ghana"),
    ("Portugal has quietly abandoned the Ryder Cup bid three weeks after the vote.", "three weeks", "Portugal"),
])
def test_verb_object_not_actor(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # the object acts in the figure's own clause: it stays
    ("The governor accused Russia's army of firing more than 150 artillery shells at the town.",
     "more than 150", "Russia"),
    # a verb of saying: the name after it is the reported clause's subject
    ("The minister said Canada had spent $4bn on the scheme.", "$4bn", "Canada"),
    # one name only: nothing else acts, the name stands
    ("The army sued Nigeria for $3bn in damages.", "$3bn", "Nigeria"),
])
def test_object_kept(text, fig, subject):
    assert subject_of(text, fig) == subject


@pytest.mark.parametrize("text, fig, subject", [
    # a verb that hands a sum to its object: the object owns it
    ("The EU fined Google $2bn last year.", "$2bn", "Google"),
    ("Britain paid France £40m for the border scheme.", "£40m", "France"),
])
def test_transfer_object_kept(text, fig, subject):
    assert subject_of(text, fig) == subject
