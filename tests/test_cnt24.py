"""cnt24: counted nouns the broad WordNet class rules missed.

tools/wordnet_lists.py now lists the English plural of a noun whose noun.exc
plural is classical ("cameras" beside "camerae"), does not let a plural that is
only a proper name in WordNet ("Sessions", "Fields") hide a common noun's
plural, needs more than a verb use or two to call a noun "mostly a verb"
("heists"), and lists two more classes, parts of the body (WNB830,
biology.{noun}) and substances (WNX831, substances.{noun}), with WordNet's top
word "groups" among the collectives (WNG317).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests._claimkit import claims_of

REPO = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("wordnet_lists_cnt24", REPO / "tools" / "wordnet_lists.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _fake_wordnet(folder: Path) -> None:
    """A few synsets in WordNet's file formats: (offset, lexfile, words, pointers)."""
    folder.mkdir()
    synsets = [
        ("00000001", 6, "camera 0", "000"),            # noun.artifact, classical plural camerae
        ("00000002", 10, "session 0", "000"),          # noun.communication
        ("00000003", 18, "Sessions 0", "000"),         # noun.person, a proper name only
        ("00000004", 10, "glass 0", "000"),            # the singular of a plural lemma that is common
        ("00000005", 6, "glasses 0", "000"),           # noun.artifact, in lower case: a lemma of its own
        ("00000006", 4, "heist 0", "000"),             # noun.act, untagged as a noun, one verb use
        ("00000007", 4, "kill 0", "000"),              # noun.act, ninety verb uses
        ("00000008", 8, "kidney 0", "000"),            # noun.body
        ("00000009", 27, "toxin 0", "000"),            # noun.substance
        ("00000010", 8, "back 0", "000"),              # noun.body, dropped by hand (sport)
    ]
    header = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
    data = [header]
    for off, lex, words, ptrs in synsets:
        n = len(words.split()) // 2
        data.append(f"{off} {lex:02d} n {n:02x} {words} {ptrs} | a gloss  \n")
    (folder / "data.noun").write_text("".join(data), encoding="latin-1")
    index = {"camera": ["00000001"], "session": ["00000002"], "sessions": ["00000003"],
             "glass": ["00000004"], "glasses": ["00000005"], "heist": ["00000006"], "kill": ["00000007"],
             "kidney": ["00000008"], "toxin": ["00000009"], "back": ["00000010"]}
    lines = [header] + [f"{lemma} n {len(o)} 1 @ {len(o)} 0 {' '.join(o)}  \n" for lemma, o in sorted(index.items())]
    (folder / "index.noun").write_text("".join(lines), encoding="latin-1")
    (folder / "noun.exc").write_text("camerae camera\n", encoding="latin-1")
    (folder / "cntlist.rev").write_text(
        "camera%1:06:00:: 1 5\nsession%1:10:00:: 1 5\nglass%1:10:00:: 1 5\nkidney%1:08:00:: 1 3\n"
        "toxin%1:27:00:: 1 3\nback%1:08:00:: 1 3\nheist%2:40:00:: 1 1\nkill%2:35:00:: 1 90\n", encoding="latin-1")


def _lists(tmp_path: Path) -> dict:
    gen = _generator()
    wn_dir = tmp_path / "wn"
    _fake_wordnet(wn_dir)
    rules = tmp_path / "rules"
    (rules / "lists").mkdir(parents=True)
    assert gen.main(["--wordnet", str(wn_dir), "--rules", str(rules)]) == 0
    out = {}
    for p in (rules / "lists").glob("wordnet_*.txt"):
        out[p.stem[len("wordnet_"):]] = [ln for ln in p.read_text(encoding="utf-8").splitlines()
                                         if ln and not ln.startswith("#")]
    return out


def test_a_classical_plural_keeps_the_english_one_too(tmp_path):
    lists = _lists(tmp_path)
    assert {"camerae", "cameras"} <= set(lists["things"])


def test_a_plural_that_is_only_a_name_does_not_hide_the_common_plural(tmp_path):
    lists = _lists(tmp_path)
    assert "sessions" not in lists["communications"]  # (dropped by hand: a trading span)
    gen = _generator()
    wn_dir = tmp_path / "wn2"
    _fake_wordnet(wn_dir)
    wn = gen.WordNet(wn_dir)
    assert not gen.other_lemma("sessions", "session", wn)  # Sessions the composer: a name only
    assert gen.other_lemma("glasses", "glass", wn)  # spectacles: a common lemma of its own


def test_one_verb_use_does_not_make_an_untagged_noun_a_verb(tmp_path):
    lists = _lists(tmp_path)
    assert "heists" in lists["acts"] + lists["events"]
    assert "kills" not in lists["acts"] + lists["events"]


def test_body_and_substance_classes_are_listed_without_hand_drops(tmp_path):
    lists = _lists(tmp_path)
    assert lists["body"] == ["kidneys"]  # "backs" are players in sport copy
    assert lists["substances"] == ["substances", "toxins"]  # with WordNet's top word
    assert "groups" in lists["collectives"]


def _typed(text):
    return [(c.text, c.rule, c.metric) for c in claims_of(text)]


def test_counts_of_body_parts_substances_and_groups_are_named():
    assert ("two", "WNB830", "biology.kidney") in _typed("The donor in Leeds gave two kidneys in a year.")
    assert ("7,000", "WNX831", "substances.chemical") in _typed("Each cigarette contains 7,000 chemicals.")
    assert ("over 500", "WNG317", "groups.ethnic_group") in _typed("Nigeria has over 500 ethnic groups.")
    assert ("three", "WNE212", "events.major_heist") in _typed("The gang pulled off three major heists in Europe.")


def test_the_new_class_rules_leave_other_readings_alone():
    for text in ("Britain won three bronzes in Athens.", "The rugby side picked two new backs.",
                 "The navy sent 12 vessels to the gulf.", "Wales lost three heads of department."):
        assert not [r for _, r, _ in _typed(text) if r in ("WNB830", "WNX831")], text


def test_broad_rules_read_the_phrase_once_a_figure(monkeypatch):
    """The broad rules share one reading of the phrase after a figure; the
    claims are those of a reading per rule."""
    import ledger.matching as m
    text = "Each cigarette sold in Ohio contains 7,000 chemicals and 12 toxins, and 300 beekeepers live there."
    before = [(c.text, c.rule, c.metric) for c in claims_of(text)]
    calls = []
    real = m._head_noun

    def counting(rule, ctx, lex):
        calls.append(rule.code)
        return real(rule, ctx, lex)

    monkeypatch.setattr(m, "_head_noun", counting)
    after = [(c.text, c.rule, c.metric) for c in claims_of(text)]
    assert after == before
    assert ("7,000", "WNX831", "substances.chemical") in after
    broad = {r.code for r in m_rules() if r.broad and r.kind == "head_noun"}
    # at most one reading per figure for the broad rules without a lead of their own (window 3)
    assert sum(1 for c in calls if c in broad) <= 3 * len({(r.lead is None, r.window) for r in m_rules()
                                                            if r.code in broad})


def m_rules():
    from tests._claimkit import RULESET
    return RULESET.rules
