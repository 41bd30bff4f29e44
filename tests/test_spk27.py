"""spk27: speaker names never hold a line break, a sentence's end or the word that opens a sentence.

One test per cause, on sentences written for these tests:

* a run of capitals read as a pronoun's antecedent crossed line breaks and full stops
  (``_last_person_named``: "Carpenter.\\n\\nShe"); it also took a thing for a person
  ("at the 2003 World Indoor Championships");
* the same for the last body named (``_last_body_named``: "LSE. Euronext");
* the surnames table (surname -> full name) held runs across a full stop ("Team GB. The")
  and bodies; it now holds clean person names only;
* the acronym table ("... (PTC)") crossed a paragraph break and kept a sentence's first word;
* a name's words kept the words that open a sentence ("In November the British Medical Association");
* last guard: a speaker string with a line break or a sentence's end inside never reaches a claim.
"""

from __future__ import annotations

import pytest

from ledger.attribute import _clean_speaker, _Doc, _name_parts, attribute, load_speaker_rules
from tests.test_attribute import claim_at, make_doc, speak


def _junk(speaker):
    return speaker is not None and ("\n" in speaker or speaker.endswith(".") or ". " in speaker)


# ---- the pieces of a run of capitals


@pytest.mark.parametrize("run, parts", [
    ("Carpenter.\n\nShe", ["Carpenter", "She"]),
    ("LSE. Euronext", ["LSE", "Euronext"]),
    ("Ashford Town Council. Brenda Miles", ["Ashford Town Council", "Brenda Miles"]),
    ("Rita Okafor..", ["Rita Okafor"]),
    # abbreviations and initials do not end a sentence ...
    ("U.S. Treasury Secretary", ["U.S. Treasury Secretary"]),
    ("Harold J. Pemberton", ["Harold J. Pemberton"]),
    ("Mr. Pemberton", ["Mr. Pemberton"]),
    ("Yahoo! Inc", ["Yahoo! Inc"]),
    # ... unless a sentence's first word follows
    ("U.S. The", ["U.S.", "The"]),
    ("U.S. He", ["U.S.", "He"]),
])
def test_name_parts(run, parts):
    assert _name_parts(run) == parts


# ---- the surnames table: clean person names only


def _surnames(text):
    return _Doc(make_doc(text), load_speaker_rules()).surnames


def test_surnames_never_cross_a_full_stop():
    table = _surnames("The squad flew home with Team GB. The Ashford coach Rita Okafor stayed.\n\n"
                      "Sales were strong in the US. Pete Hallam wrote the book.")
    assert not [v for v in table.values() if "." in v or "\n" in v]
    assert table["Okafor"] == "Rita Okafor"
    assert table["Hallam"] == "Pete Hallam"  # the name after the stop is kept
    assert "The" not in table and "Pete" not in table


def test_surnames_hold_persons_not_bodies():
    table = _surnames("The Royal Bank of Harwich lent money. The Ashford Borough Council agreed. "
                      "Club physio Mike Banks said the scan was clear.")
    assert "Council" not in table and "Harwich" not in table
    assert table["Banks"] == "Mike Banks"  # a plural body word may be a surname


def test_surnames_drop_a_person_noun_or_nationality_before_the_name():
    table = _surnames("Actor Colin Dreyfus is suing the studio. American Tara Welles won again.")
    assert table["Dreyfus"] == "Colin Dreyfus"
    assert table["Welles"] == "Tara Welles"


# ---- a pronoun's antecedent


def test_pronoun_antecedent_does_not_cross_a_paragraph_break():
    text = ("Screenwriter Debra Holm worked with director Jon Carver.\n\n"
            "She was a pioneer in film. \"Back when I started in 1974, there were few women,\" she said.")
    c = speak(text, "1974")
    assert not _junk(c.speaker)


def test_pronoun_antecedent_is_a_person_not_an_event_or_place():
    text = ("Sprint champion Kim Colley will race in the 60m on 18 February. "
            "Colley ran in Leeds at the 2003 World Indoor Championships. "
            "\"I won my 60m silver medal in 2003,\" he said.")
    c = speak(text, "2003", 2)
    assert c.speaker == "Kim Colley"


def test_pronoun_antecedent_after_a_sentence_first_word():
    text = ("If I am passing through Kings Cross station then I can log on. And I can work with my "
            "friend Anne.\n\nShe called her provider, and they told her it would be five days.")
    c = speak(text, "five days")
    assert not _junk(c.speaker) and c.speaker not in ("And I", "I")


def test_last_body_named_does_not_cross_a_full_stop():
    text = ("Shares in Harwich Exchange fell after talks with the LSE. "
            "Paris Bourse is due to meet them this week and it is reported to raise £1.4bn for a bid.")
    c = speak(text, "£1.4bn")
    assert not _junk(c.speaker)


# ---- the acronym table and a name's opening words


def test_acronym_does_not_cross_a_paragraph_break():
    text = ("The channel is the most watched in the US.\n\n"
            "The Viewers Standards Council (VSC) counted the scenes. "
            "In its report the VSC said it saw 3,056 scenes.")
    c = speak(text, "3,056")
    assert c.speaker == "Viewers Standards Council"


def test_a_name_drops_the_words_that_open_its_sentence():
    c = speak("In November the Welsh Nursing Association said 311,000 people were waiting.", "311,000")
    assert c.speaker == "Welsh Nursing Association"
    c = speak("\"We estimate it at 40%,\" the independent think-tank The Harwich Institution says.", "40%")
    assert c.speaker == "Harwich Institution"


def test_a_day_that_opens_a_name_stays():
    c = speak("The Sunday Courier Group said 311,000 people were waiting.", "311,000")
    assert c.speaker == "Sunday Courier Group"


# ---- the last guard


@pytest.mark.parametrize("speaker, clean", [
    ("Joshua Bewlay.", "Joshua Bewlay"),
    ("Rita Okafor..", "Rita Okafor"),
    ("US.\n\nThe Viewers Standards Council", None),
    ("LSE. Paris Bourse", None),
    ("Time Warner Inc.", "Time Warner Inc."),
    ("the U.S.", "the U.S."),
    ("Yahoo!", "Yahoo!"),
    ("Rita Okafor", "Rita Okafor"),
    (None, None),
])
def test_clean_speaker(speaker, clean):
    assert _clean_speaker(speaker) == clean


def test_a_refused_speaker_falls_back_to_the_outlet():
    doc = make_doc("Someone said . official said 12")
    (c,) = attribute(doc, (claim_at(doc, "12"),))
    assert not _junk(c.speaker)
    assert c.speaker is not None


# ---- aliases still merge


def test_aliases_still_merge_through_surnames_and_pronouns():
    text = ("Volodymyr Zelensky visited Kharkiv on Monday.\n\n"
            "Mr Zelensky said 12 brigades were ready. He said 40 more were training.")
    assert speak(text, "12").speaker == "Volodymyr Zelenskyy"
    assert speak(text, "40").speaker == "Volodymyr Zelenskyy"
    text = "Volodymyr Zelensky spoke in Kyiv.\n\n“We need 200,000 troops,” he said."
    assert speak(text, "200,000").speaker == "Volodymyr Zelenskyy"
