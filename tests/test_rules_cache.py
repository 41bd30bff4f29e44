"""rules.load_rules: the validation cache, lazy patterns and the C YAML parser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from ledger import rules
from ledger.rules import RuleError, load_rules

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("LEDGER_CACHE", str(folder))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    monkeypatch.setattr(rules, "_COMPILED", {})  # no pattern compiled by earlier tests
    return folder


def _copy_rules(tmp_path) -> Path:
    dst = tmp_path / "rules"
    shutil.copytree(REPO / "rules", dst)
    return dst


def _patterns(rs):
    for r in rs.rules:
        for rx in (r.cues_after, r.cues_before, r.lead, r.requires, r.excludes, *r.patterns):
            if rx is not None:
                yield rx


def _summary(rs):
    return [(r.code, r.name, r.metric, r.kind, r.units, r.subject, r.priority,
             tuple(rx.src for rx in (r.cues_after, r.cues_before, r.lead, r.requires, r.excludes,
                                     *r.patterns) if rx is not None))
            for r in rs.rules]


def test_second_load_skips_compiling_and_gives_the_same_rules(tmp_path, cache):
    root = _copy_rules(tmp_path)
    first = load_rules(root)
    assert list((cache / "rules").iterdir()), "a validated rule set is remembered"
    assert all(rx._rx is not None for rx in _patterns(first))  # validated: compiled and probed
    rules._COMPILED.clear()
    second = load_rules(root)
    lazy = list(_patterns(second))
    assert lazy and all(rx._rx is None for rx in lazy)  # nothing compiled until used
    assert _summary(second) == _summary(first)
    # a lazy pattern behaves as the compiled one
    rx = second.get(first.rules[0].code)
    some = next(p for p in (rx.cues_after, rx.cues_before, *rx.patterns) if p is not None)
    assert some.groupindex == some.compiled().groupindex


def test_a_remembered_rule_set_brings_its_word_lists_without_reading_them(tmp_path, cache, monkeypatch):
    root = _copy_rules(tmp_path)
    first = load_rules(root)
    load_rules(root)  # validated: parsed once more and pickled, with the lists

    def unread(path):
        raise AssertionError(f"read {path}")

    monkeypatch.setattr(rules, "load_list", unread)
    third = load_rules(root)
    assert _summary(third) == _summary(first)
    assert third.lists.keys() == first.lists.keys()
    assert all(third.lists[k].entries == first.lists[k].entries
               and third.lists[k].canonical == first.lists[k].canonical for k in first.lists)


def test_a_changed_rule_file_is_validated_again(tmp_path, cache):
    root = _copy_rules(tmp_path)
    load_rules(root)
    victim = sorted(root.glob("*/*.yml"))[0]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("kind:", "kind: magic\nold_kind:", 1), encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(root)
    assert info.value.path == str(victim) and info.value.line > 1


def test_a_changed_word_list_is_validated_again(tmp_path, cache):
    root = _copy_rules(tmp_path)
    load_rules(root)
    lst = root / "lists" / "countries.txt"
    lst.write_text(lst.read_text(encoding="utf-8") + "\nFoo => \n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(root)
    assert info.value.path == str(lst)


GOOD = """\
code: TST001
name: test.widgets
groups: [all]
summary: s
why: w
kind: cue
metric: count.widgets
cues_after: ['widgets']
examples:
  match: [{text: "10 widgets"}]
  no_match: ["10 gadgets"]
"""


def test_a_hostile_pattern_fails_after_a_good_load_of_the_same_folder(tmp_path, cache):
    (tmp_path / "r" / "fam").mkdir(parents=True)
    f = tmp_path / "r" / "fam" / "TST001.yml"
    f.write_text(GOOD, encoding="utf-8")
    assert len(load_rules(tmp_path / "r")) == 1
    assert len(load_rules(tmp_path / "r")) == 1  # from the cache
    f.write_text(GOOD.replace("['widgets']", "['(a|aa)+b']"), encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(tmp_path / "r")
    assert "too slow" in info.value.msg and info.value.path == str(f) and info.value.line == 8


def test_an_unwritable_cache_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("LEDGER_CACHE", str(blocker / "ledger"))
    (tmp_path / "r" / "fam").mkdir(parents=True)
    (tmp_path / "r" / "fam" / "TST001.yml").write_text(GOOD, encoding="utf-8")
    assert len(load_rules(tmp_path / "r")) == 1
    assert len(load_rules(tmp_path / "r")) == 1


def test_c_parser_reads_every_shipped_rule_file_as_the_pure_parser_does():
    for p in sorted((REPO / "rules").glob("*/*.yml")):
        text = p.read_text(encoding="utf-8")
        node, data = rules._parse_yaml(text)
        assert data == yaml.load(text, Loader=rules._Loader), p
        assert rules._key_lines(node) == rules._key_lines(yaml.compose(text, Loader=rules._Loader)), p


def test_bad_yaml_line_is_the_pure_parsers(tmp_path, cache):
    (tmp_path / "fam").mkdir()
    (tmp_path / "fam" / "TST001.yml").write_text("code: TST001\nname: x\n\tkind: cue\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(tmp_path)
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.load((tmp_path / "fam" / "TST001.yml").read_text(), Loader=rules._Loader)
    assert info.value.line == pure.value.problem_mark.line + 1


STATUS_RULE = """\
code: TST002
name: test.aims
groups: [all]
summary: s
why: w
kind: cue
metric: count.aims
cues_after: ['(?:@status)']
examples:
  match: [{text: "10 targets"}]
  no_match: ["10 gadgets"]
"""


def test_the_cached_lexicon_follows_the_rules_that_use_a_mapped_list(tmp_path, cache):
    """The lexicon keeps the mapped lists some rule's pattern holds, so it
    depends on the rule files as well as the lists: a new rule that uses one
    is seen by the next run's lexicon, not a pickle of the old one."""
    from ledger.claims import lexicon

    root = _copy_rules(tmp_path)
    alternation = load_rules(root).lists["status"].pattern()
    assert alternation not in {a for a, _ in lexicon(load_rules(root)).noun_lists}
    (root / "counts" / "TST002.yml").write_text(STATUS_RULE, encoding="utf-8")
    assert alternation in {a for a, _ in lexicon(load_rules(root)).noun_lists}
