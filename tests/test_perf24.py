"""perf24: the gate's output-identical speed-ups.

* attribution hands its quotations on (``attribute.quoting``): the voice
  stage reads the same quotes and masked text instead of finding them again,
  and both stages share one load of the speaker rules.
"""

from __future__ import annotations

from ledger import attribute, voice
from ledger.attribute import _APOS, _find_quotes, _mask, load_speaker_rules, quoting
from ledger.pipeline import extract

from tests._claimkit import RULESET, make_doc

QUOTED = ("Tesla sold 1.8 million cars last year. \"We sold 5 million,\" said John Smith, a Ford "
          "official. ‘Our sales in Japan rose 5%,’ he added.\n\nThe ‘plan’ isn’t new.")


def test_quoting_is_what_each_stage_found_before():
    got = quoting(make_doc(QUOTED))
    assert got.quotes == tuple(_find_quotes(QUOTED))
    assert got.masked == _mask(QUOTED.translate(_APOS), _find_quotes(QUOTED))
    assert len(got.masked) == len(QUOTED)


def test_quoting_made_once_per_text_and_again_for_another():
    a = quoting(make_doc(QUOTED))
    assert quoting(make_doc(QUOTED)) is a  # another Document, the same text
    b = quoting(make_doc(QUOTED + " More."))
    assert b is not a and b.text.endswith("More.")
    assert quoting(make_doc("No quotes at all: 5 million.")).quotes == ()


def test_speaker_rules_loaded_once_for_both_spellings():
    assert load_speaker_rules() is load_speaker_rules(None)


def test_voice_reads_attribution_quoting(monkeypatch):
    calls = []
    real = attribute._find_quotes

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(attribute, "_find_quotes", counting)
    attribute._QUOTING[0] = None
    claims = extract(make_doc(QUOTED), RULESET)
    assert len(calls) == 1  # attribution found the quotes; the voice stage reused them
    assert any(c.speaker for c in claims)


def test_voice_subjects_unchanged_by_handing_on():
    doc = make_doc(QUOTED)
    first = extract(doc, RULESET)
    attribute._QUOTING[0] = None  # as if nothing was handed on
    assert extract(doc, RULESET) == first
    assert voice._title_tables(RULESET) == RULESET.memo("voice_titles", lambda: None)
