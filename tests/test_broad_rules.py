"""The broad tier (rule key ``broad: true``): a broad rule loses to every named
rule and wins over every fallback; and tools/wordnet_lists.py, run on a tiny
fake WordNet folder (no WordNet install needed)."""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path

import pytest

from ledger.rules import RuleError, load_rules

from ._claimkit import RULESET, claims_of

REPO = Path(__file__).resolve().parent.parent

_EXAMPLES = """\
examples:
  match:
    - "{match}"
  no_match:
    - "Nothing to see here."
"""


def _rule(folder: Path, code: str, body: str, match: str) -> None:
    (folder / f"{code}.yml").write_text(
        f"code: {code}\nname: t.{code.lower()}\ngroups: [all]\nsummary: s\nwhy: w\n"
        + textwrap.dedent(body) + _EXAMPLES.format(match=match), encoding="utf-8")


def _rules_folder(tmp_path: Path, **lists: str) -> Path:
    """tmp_path/rules with a folder ``t`` for rules and the given word lists."""
    root = tmp_path / "rules"
    (root / "lists").mkdir(parents=True)
    (root / "t").mkdir()
    for name, text in lists.items():
        (root / "lists" / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def _ruleset(tmp_path: Path, broad_extra: str = ""):
    root = _rules_folder(tmp_path, hand_people="nurses\n")
    (root / "lists" / "wide_people.txt").write_text("# generated\nnurses\nparamedics\nbeekeepers\n",
                                                     encoding="utf-8")
    # a named count-of-noun rule, a named cue rule, a broad rule, a fallback
    _rule(root / "t", "HND001", """\
        kind: head_noun
        metric: 'hand.{noun}'
        units: [count]
        cues_after: ['\\G(?:@hand_people)\\.?$']
        window: 1
        """, "Wales hired 300 nurses.")
    _rule(root / "t", "HND002", """\
        kind: cue
        metric: 'strike.paramedics'
        units: [count]
        cues_after: ['paramedics (?:went on|are on) strike']
        """, "In Wales, 300 paramedics went on strike.")
    _rule(root / "t", "BRD001", f"""\
        kind: head_noun
        broad: true
        metric: 'wide.{{noun}}'
        units: [count]
        window: 3
        cues_after: ['(?:@wide_people)\\.?$']
        {broad_extra}""", "Wales hired 300 beekeepers.")
    _rule(root / "t", "GEN001", """\
        kind: head_noun
        metric: 'count.{noun}'
        units: [count]
        window: 3
        """, "Wales hired 300 widgets.")
    return load_rules(root)


def _rules_of(text, rs):
    return [(c.rule, c.metric) for c in claims_of(text, ruleset=rs)]


def test_a_named_rule_beats_a_broad_rule_which_beats_a_fallback(tmp_path):
    rs = _ruleset(tmp_path)
    assert _rules_of("Wales hired 300 nurses.", rs) == [("HND001", "hand.nurse")]
    assert _rules_of("In Wales, 300 paramedics went on strike.", rs) == [("HND002", "strike.paramedics")]
    assert _rules_of("Wales hired 300 paramedics.", rs) == [("BRD001", "wide.paramedic")]
    assert _rules_of("Wales hired 300 trained beekeepers.", rs) == [("BRD001", "wide.trained_beekeeper")]
    assert _rules_of("Wales hired 300 widgets.", rs) == [("GEN001", "count.widget")]


def test_a_broad_rule_reads_the_last_word_of_the_phrase(tmp_path):
    rs = _ruleset(tmp_path)
    # the listed word must end the noun phrase (what '(?:@list)\.?$' says)
    assert _rules_of("Wales hired 300 beekeepers.", rs) == [("BRD001", "wide.beekeeper")]
    assert _rules_of("Wales hired 300 beekeeper suits.", rs) == [("GEN001", "count.beekeeper_suit")]
    assert _rules_of("Wales hired 300 non-beekeepers.", rs) == [("BRD001", "wide.non-beekeeper")]


def test_an_enumeration_led_by_a_broad_rule_does_not_replace_a_figure_s_own_rule(tmp_path):
    rs = _ruleset(tmp_path)
    got = _rules_of("Wales hired 300 beekeepers and 20 nurses.", rs)
    assert got == [("BRD001", "wide.beekeeper"), ("HND001", "hand.nurse")]


@pytest.mark.parametrize("cue,extra", [("(?:@wide_people)\\.?$", "priority: -1\n"),
                                       ("@wide_people", ""), ("(?:@wide_people)\\.?$", "kind: cue\n")])
def test_a_broad_rule_is_a_head_noun_rule_with_one_list_cue_and_no_negative_priority(tmp_path, cue, extra):
    root = _rules_folder(tmp_path, wide_people="paramedics\n")
    kind = "" if "kind" in extra else "kind: head_noun\n"
    _rule(root / "t", "BRD002", f"{kind}broad: true\nmetric: 'wide.x'\nunits: [count]\n"
                                f"cues_after: ['{cue}']\n{extra}", "Wales hired 300 paramedics.")
    with pytest.raises(RuleError, match="broad"):
        load_rules(root)


def _pattern_ruleset(tmp_path):
    root = _rules_folder(tmp_path, wide_money="taxes\nwages\nfares\n")
    pat = "'(?<![a-z])(?P<noun>[a-z]+(?: [a-z]+)?) (?:rose|fell) {figure}'"
    _rule(root / "t", "HND003", """\
        kind: cue
        metric: 'change.fare'
        units: [percent]
        cues_before: ['fares (?:rose|fell)']
        """, "In Wales, fares rose 3%.")
    _rule(root / "t", "BRD003", f"""\
        kind: pattern
        broad: true
        metric: 'wide.{{noun}}'
        units: [percent]
        cues_after: ['(?:@wide_money)\\.?$']
        patterns: [{pat}]
        """, "In Wales, wages rose 3%.")
    _rule(root / "t", "GEN007", f"""\
        kind: pattern
        priority: -10
        metric: 'change.{{noun}}'
        units: [percent]
        patterns: [{pat}]
        """, "In Wales, queues rose 3%.")
    return load_rules(root)


def test_a_broad_pattern_rule_types_only_nouns_its_list_ends_with(tmp_path):
    rs = _pattern_ruleset(tmp_path)
    assert _rules_of("In Wales, fares rose 3%.", rs) == [("HND003", "change.fare")]
    assert _rules_of("In Wales, property taxes rose 3%.", rs) == [("BRD003", "wide.property_tax")]
    assert _rules_of("In Wales, wage queues rose 3%.", rs) == [("GEN007", "change.wage_queue")]


def test_a_broad_pattern_rule_needs_a_noun_metric(tmp_path):
    root = _rules_folder(tmp_path, wide_money="taxes\n")
    _rule(root / "t", "BRD004", "kind: pattern\nbroad: true\nmetric: 'wide.x'\nunits: [percent]\n"
                                "cues_after: ['(?:@wide_money)\\.?$']\npatterns: ['taxes rose {figure}']\n",
          "In Wales, taxes rose 3%.")
    with pytest.raises(RuleError, match="broad"):
        load_rules(root)


def test_the_repository_s_broad_rules_lose_to_its_named_rules():
    broad = [r for r in RULESET.rules if r.broad]
    assert broad, "no broad rules"
    # PPL001's list names nurses: the broad people rule never sees them
    got = [(c.rule, c.metric) for c in claims_of("Wales hired 300 nurses.")]
    assert got and got[0][0] == "PPL001"
    got = [(c.rule, c.metric) for c in claims_of("Wales has 1,200 chiropodists.")]
    assert got == [("WNP205", "people.chiropodist")]


# ---------------------------------------------------------------- the generator


def _generator():
    spec = importlib.util.spec_from_file_location("wordnet_lists", REPO / "tools" / "wordnet_lists.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _fake_wordnet(folder: Path) -> None:
    """A WordNet dictionary of a few synsets, in the real files' formats."""
    folder.mkdir()
    # offset lexfile pos w_cnt(hex) word lex_id ... p_cnt [ptr...] | gloss
    synsets = [
        ("00000001", 3, "person 0", "000", "a human being"),
        ("00000002", 18, "beekeeper 0 apiarist 0", "001 @ 00000001 n 0000", "keeps bees"),
        ("00000003", 18, "buck 1", "001 @ 00000001 n 0000", "a man"),
        ("00000004", 21, "buck 0 dollar 0", "000", "a dollar"),
        ("00000005", 5, "buck 2", "000", "a male deer"),
        ("00000006", 6, "sawhorse 0 buck 0", "000", "a framework for sawing"),
        ("00000007", 18, "American 0", "001 @ 00000001 n 0000", "a native of America"),
        ("00000008", 18, "chairman 0", "001 @ 00000001 n 0000", "presides"),
        ("00000009", 18, "nurse 0", "001 @ 00000001 n 0000", "cares for the sick"),
        ("00000010", 23, "dozen 0", "000", "twelve"),
        ("00000011", 14, "people 0", "000", "persons"),
        ("00000012", 18, "kill 0", "001 @ 00000001 n 0000", "a made-up person sense"),
    ]
    header = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
    data = [header]
    for off, lex, words, ptrs, gloss in synsets:
        ws = words.split()
        n = len(ws) // 2
        data.append(f"{off} {lex:02d} n {n:02x} {words} {ptrs} | {gloss}  \n")
    (folder / "data.noun").write_text("".join(data), encoding="latin-1")
    index = {
        "beekeeper": ["00000002"], "apiarist": ["00000002"],
        "buck": ["00000006", "00000004", "00000003", "00000005"],
        "sawhorse": ["00000006"], "dollar": ["00000004"], "american": ["00000007"],
        "chairman": ["00000008"], "nurse": ["00000009"], "dozen": ["00000010"],
        "people": ["00000011"], "person": ["00000001"], "kill": ["00000012"],
    }
    lines = [header]
    for lemma in sorted(index):
        offs = index[lemma]
        lines.append(f"{lemma} n {len(offs)} 1 @ {len(offs)} 0 {' '.join(offs)}  \n")
    (folder / "index.noun").write_text("".join(lines), encoding="latin-1")
    (folder / "noun.exc").write_text("apiarists apiarist\n", encoding="latin-1")
    (folder / "cntlist.rev").write_text("buck%1:06:00:: 1 1\nkill%1:18:00:: 1 1\nkill%2:35:00:: 1 90\n",
                                        encoding="latin-1")


def test_the_generator_keeps_only_dominant_person_nouns(tmp_path):
    gen = _generator()
    wn_dir = tmp_path / "wn"
    _fake_wordnet(wn_dir)
    rules = _rules_folder(tmp_path, hand="nurses\n")
    (rules / "t" / "HND001.yml").write_text("kind: head_noun\ncues_after: ['\\G(?:@hand)\\.?$']\n",
                                            encoding="utf-8")
    assert gen.main(["--wordnet", str(wn_dir), "--rules", str(rules)]) == 0
    text = (rules / "lists" / "wordnet_people.txt").read_text(encoding="utf-8")
    words = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    # beekeeper and apiarist (irregular plural from noun.exc) are person nouns; buck's first
    # sense is a sawhorse and its senses are split; American is a name; nurses belong to a hand
    # list; kill is mostly a verb; "people" is moved in by hand
    assert words == ["apiarists", "beekeepers", "chairmen", "people"]
    assert "GENERATED by tools/wordnet_lists.py" in text
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
    # rerunnable: the same input writes the same bytes
    assert gen.main(["--wordnet", str(wn_dir), "--rules", str(rules)]) == 0
    assert (rules / "lists" / "wordnet_people.txt").read_text(encoding="utf-8") == text


def test_the_generator_needs_a_wordnet_folder(tmp_path):
    assert _generator().main(["--wordnet", str(tmp_path), "--out", str(tmp_path / "o")]) == 2


def test_the_shipped_lists_are_generated_and_carry_the_licence():
    for p in sorted((REPO / "rules" / "lists").glob("wordnet_*.txt")):
        head = p.read_text(encoding="utf-8")[:4000]
        assert "GENERATED by tools/wordnet_lists.py" in head, p.name
        assert "Princeton University" in head and "LICENSEE agrees to preserve same" in head, p.name


def test_broad_rule_figures_are_weak_in_compare():
    """A figure keyed only by the noun it counts, by a broad class rule as by a
    fallback, is compared with a weaker key: findings on it are at most warnings."""
    import dataclasses

    from ledger import compare
    from ledger.rules import load_rules

    settings = compare.load_settings()
    broad = [r.code for r in load_rules(None).rules if r.broad]
    assert broad
    claim = _claimkit_claim()
    for code in broad:
        assert settings.weak(dataclasses.replace(claim, rule=code, metric="things.forklift"))
    assert not settings.weak(dataclasses.replace(claim, rule="GDS140", metric="things.forklift"))


def _claimkit_claim():
    from tests._claimkit import RULESET, claims_of

    [c] = [c for c in claims_of("The firm hired 40 registered nurses in Ohio last year.", RULESET)
           if c.text == "40"]
    return c


# ---------------------------------------------------------------- broad date rules (event verbs)


def _date_ruleset(tmp_path, wide_verbs="resigned => resign\nquashed => quash\npassed away => pass_away\n"):
    root = _rules_folder(tmp_path, hand_verbs="resigned => resignation\n", wide_verbs="# generated\n" + wide_verbs)
    _rule(root / "t", "EVD001", """\
        kind: date_event
        metric: 'event.{cue}'
        cues_before: ['(?:@hand_verbs) in']
        window_before: 1
        """, "The minister resigned in 1981.")
    _rule(root / "t", "BRD005", """\
        kind: date_event
        broad: true
        metric: 'event.{cue}'
        cues_before: ['(?:@wide_verbs)']
        """, "The court quashed the verdict in 1989.")
    _rule(root / "t", "GEN006", """\
        kind: date_event
        metric: 'event.{cue}'
        cues_before: ['(?:in|on)']
        window_before: 1
        priority: -10
        """, "The deal lapsed in 1989.")
    return load_rules(root)


def test_a_broad_date_rule_loses_to_a_named_one_and_beats_the_fallback(tmp_path):
    rs = _date_ruleset(tmp_path)
    assert _rules_of("The minister resigned in 1981.", rs) == [("EVD001", "event.resignation")]
    assert _rules_of("The court quashed the verdict in 1989.", rs) == [("BRD005", "event.quash")]
    assert _rules_of("The singer passed away in July 2015.", rs) == [("BRD005", "event.pass_away")]
    assert _rules_of("In 1989, the court quashed the verdict.", rs) == [("BRD005", "event.quash")]
    assert _rules_of("The deal lapsed in 1989.", rs) == [("GEN006", "event.lapsed")]


def test_a_broad_date_rule_reads_only_the_verb_nearest_the_date(tmp_path):
    rs = _date_ruleset(tmp_path)
    # an auxiliary or another past tense nearer the date ends the search
    assert _rules_of("The judge who quashed it was president in 1989.", rs) == [("GEN006", "event.quashed")]
    assert _rules_of("The judge quashed the verdict and lapsed in 1989.", rs) == [("GEN006", "event.lapsed")]
    # a participle after a determiner is an adjective; another number ends the search
    assert [r for r, _ in _rules_of("The quashed verdicts piled up in 1989.", rs)] != ["BRD005"]
    assert "BRD005" not in [r for r, _ in _rules_of("The court quashed 12 verdicts in 1989.", rs)]
    # a bound, not a date of the event
    assert "BRD005" not in [r for r, _ in _rules_of("The court quashed no verdict since 1989.", rs)]
    # the verb after the date: after a short subject, not after a long noun phrase the date is in
    assert _rules_of("The court in 1989 quashed the verdict.", rs) == [("BRD005", "event.quash")]
    assert "BRD005" not in [r for r, _ in _rules_of(
        "The appeal of the men jailed for the riots in 1989 was quashed.", rs)]


@pytest.mark.parametrize("body", [
    "cues_before: ['(?:@wide_verbs) in']\n",                              # not a bare list
    "cues_before: ['(?:@wide_verbs)']\npriority: -1\n",                   # a fallback's priority
    "cues_before: ['(?:@wide_verbs)']\ncues_after: ['x']\n",              # a second cue
])
def test_a_broad_date_rule_has_one_verb_list_cue(tmp_path, body):
    root = _rules_folder(tmp_path, wide_verbs="quashed => quash\n")
    _rule(root / "t", "BRD006", "kind: date_event\nbroad: true\nmetric: 'event.{cue}'\n" + body,
          "The court quashed the verdict in 1989.")
    with pytest.raises(RuleError, match="broad"):
        load_rules(root)


def test_the_repository_s_broad_date_rule_loses_to_its_named_event_rules():
    got = [(c.rule, c.metric) for c in claims_of("Toys R Us filed for bankruptcy in September 2017.")]
    assert got == [("EVT150", "event.bankruptcy")]
    got = [(c.rule, c.metric) for c in claims_of("The Court of Appeal quashed the convictions in October 1989.")]
    assert got == [("WNE218", "event.quash")]


def _fake_verbs(folder: Path) -> None:
    """data.verb, index.verb, verb.exc and cntlist.rev of a few verbs (the noun files too)."""
    _fake_wordnet(folder)
    # offset lexfile pos w_cnt word lex_id ... p_cnt [ptr...] f_cnt frames | gloss
    synsets = [
        ("00000101", 41, "act 0", "000", "do something"),
        ("00000102", 41, "resign 0", "001 @ 00000101 v 0000", "give up a post"),
        ("00000103", 41, "make 0", "001 @ 00000101 v 0000", "make something"),
        ("00000104", 38, "travel 0", "000", "move"),
        ("00000105", 38, "rise 0", "001 @ 00000104 v 0000", "go up"),
        ("00000106", 38, "flee 0", "001 @ 00000104 v 0000", "run away"),
        ("00000107", 31, "think 0", "000", "judge"),
        ("00000108", 32, "communicate 0", "000", "talk"),
        ("00000109", 32, "announce 0", "001 @ 00000108 v 0000", "make known"),
        ("00000110", 32, "mutter 0", "001 @ 00000108 v 0000", "say softly"),
        ("00000111", 41, "pass_away 0", "001 @ 00000101 v 0000", "die"),
        ("00000112", 38, "jump_on 0", "001 @ 00000104 v 0000", "board"),
        ("00000113", 41, "stop 0", "001 @ 00000101 v 0000", "halt"),
    ]
    header = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
    data = [header]
    for off, lex, words, ptrs, gloss in synsets:
        ws = words.split()
        data.append(f"{off} {lex:02d} v {len(ws) // 2:02x} {words} {ptrs} 01 + 02 00 | {gloss}  \n")
    (folder / "data.verb").write_text("".join(data), encoding="latin-1")
    index = {"act": ["00000101"], "resign": ["00000102"], "make": ["00000103"], "travel": ["00000104"],
             "rise": ["00000105"], "flee": ["00000106"], "think": ["00000107"], "communicate": ["00000108"],
             "announce": ["00000109"], "mutter": ["00000110"], "pass_away": ["00000111"],
             "jump_on": ["00000112"], "stop": ["00000113"]}
    lines = [header] + [f"{lemma} v {len(o)} 1 @ {len(o)} 0 {' '.join(o)}  \n" for lemma, o in sorted(index.items())]
    (folder / "index.verb").write_text("".join(lines), encoding="latin-1")
    (folder / "verb.exc").write_text("fled flee\nmade make\nrose rise\nrisen rise\nstopped stop\nstopping stop\n",
                                     encoding="latin-1")


def test_the_generator_keeps_event_verbs_as_past_forms(tmp_path):
    gen = _generator()
    wn_dir = tmp_path / "wn"
    _fake_verbs(wn_dir)
    rules = _rules_folder(tmp_path)
    assert gen.main(["--wordnet", str(wn_dir), "--rules", str(rules), "--only", "event_verbs"]) == 0
    text = (rules / "lists" / "wordnet_event_verbs.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    # make and act: light verbs read by hand; rise: a change in quantity; think: cognition; mutter:
    # speech (communication, not under announce); jump_on: a preposition, not a particle;
    # stop: verb.exc's doubled form only; fled: an irregular past, no regular "fleed"
    assert lines == ["announced => announce", "fled => flee", "passed away => pass_away",
                     "resigned => resign", "stopped => stop", "traveled => travel"]
    assert "Princeton University" in text


# ---------------------------------------------------------------- durations by their verb (WNR219)

def _lasting_ruleset(tmp_path):
    root = _rules_folder(tmp_path, wide_verbs="served => serve\ndrifted => drift\nheld => hold\n")
    pat = "'(?<![a-z])(?P<noun>[a-z]+) (?:(?:in|the) (?:[a-z]+ ){0,2}?)?for {figure}'"
    _rule(root / "t", "HND005", """\
        kind: cue
        metric: 'duration.in_power'
        units: [duration]
        cues_before: ['served (?:as \\\\w+ )?for']
        """, "Smith served for 8 years.")
    _rule(root / "t", "BRD005", f"""\
        kind: pattern
        broad: true
        metric: 'wide.{{noun}}'
        units: [duration]
        cues_after: ['(?:@wide_verbs)\\.?$']
        patterns: [{pat}]
        """, "The boat drifted for 9 days.")
    _rule(root / "t", "GEN010", f"""\
        kind: pattern
        priority: -10
        metric: 'duration.{{noun}}'
        units: [duration]
        patterns: ["(?P<noun>[a-z]+) for {{figure}}"]
        """, "The boat waited for 9 days.")
    return load_rules(root)


def test_a_broad_pattern_of_mapped_verbs_names_the_verb_nearest_its_figure(tmp_path):
    rs = _lasting_ruleset(tmp_path)
    assert _rules_of("Smith served for 8 years.", rs) == [("HND005", "duration.in_power")]
    assert _rules_of("The boat drifted for 9 days.", rs) == [("BRD005", "wide.drift")]
    # the first match's noun ("been") is not listed: the next one, nearer the figure, is
    assert _rules_of("He has been held in the jail for 3 years.", rs) == [("BRD005", "wide.hold")]
    assert _rules_of("The boat waited for 9 days.", rs) == [("GEN010", "duration.waited")]


def test_a_broad_head_noun_rule_still_maps_no_aliases(tmp_path):
    root = _rules_folder(tmp_path, wide_verbs="served => serve\n")
    _rule(root / "t", "BRD006", "kind: head_noun\nbroad: true\nmetric: 'wide.{noun}'\nunits: [count]\n"
                                "cues_after: ['(?:@wide_verbs)\\.?$']\n", "He served 3.")
    with pytest.raises(RuleError, match="maps no aliases"):
        load_rules(root)


def test_the_repository_s_broad_duration_rule_loses_to_its_named_duration_rules():
    got = [(c.rule, c.metric) for c in claims_of("He was jailed for 10 years.")]
    assert got == [("DUR007", "duration.jailed")]
    got = [(c.rule, c.metric) for c in claims_of("The mayor governed the city for 12 years.")]
    assert got == [("WNR219", "duration.govern")]


def test_the_generator_keeps_verbs_of_lasting_as_past_forms(tmp_path):
    gen = _generator()
    wn_dir = tmp_path / "wn"
    _fake_verbs(wn_dir)
    rules = _rules_folder(tmp_path)
    assert gen.main(["--wordnet", str(wn_dir), "--rules", str(rules), "--only", "lasting_verbs"]) == 0
    text = (rules / "lists" / "wordnet_lasting_verbs.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    # make: a light verb; rise: a change in quantity; think: cognition; pass_away, jump_on: two
    # words; mutter: speech lasts ("muttered for an hour"); the hand-added forms (LASTING_EXTRA)
    assert "muttered => mutter" in lines and "traveled => travel" in lines and "resigned => resign" in lines
    assert not [ln for ln in lines if ln.split(" => ")[1] in ("make", "rise", "think", "pass_away", "jump_on")]
    assert set(gen.LASTING_EXTRA.items()) <= {tuple(ln.split(" => ")) for ln in lines}
    assert not (rules / "lists" / "wordnet_event_verbs.txt").exists()


def test_a_broad_rules_list_cue_is_never_compiled():
    """The set lookup stands for the cue: its alternation of thousands of words
    is neither kept in the rule (pickled every run) nor compiled into the
    pattern cache (loaded every run)."""
    from ledger.rules import load_rules

    for rule in (r for r in load_rules(None).rules if r.broad):
        cue = rule.cues_before if rule.kind == "date_event" else rule.cues_after
        assert cue is not None and len(cue.src) < 100, rule.code


def test_a_broad_rule_naming_an_unknown_list_fails_at_load(tmp_path):
    import shutil

    import pytest

    from ledger.paths import rules_root
    from ledger.rules import RuleError, load_rules

    root = tmp_path / "rules"
    shutil.copytree(rules_root(), root)
    victim = root / "broad" / "WNP205.yml"
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("@wordnet_people)", "@wordnet_peoplex)"), encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(root)
    assert info.value.path == str(victim) and info.value.line > 1
    assert "unknown word list @wordnet_peoplex" in info.value.msg
