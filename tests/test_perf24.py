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


# ---------------------------------------------------------------------------
# the methods dataclasses writes, compiled through ledger/fncache.py

import builtins  # noqa: E402
import dataclasses  # noqa: E402
import marshal  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from ledger import fncache  # noqa: E402


def test_dataclasses_compile_through_the_cache():
    assert dataclasses.exec is fncache._exec  # installed by ``import ledger``


def _made(module="ledger.records"):
    return dataclasses._create_fn("__init__", ["self", "a:_type_a=1"], ["self.a=a"],
                                  globals={"__name__": module}, locals={"_type_a": int}, return_type=None)


def test_cached_code_is_the_code_exec_would_compile(monkeypatch):
    cached = _made(), _made()  # the second from the table
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    plain = _made()  # as dataclasses compiles without the cache (no __future__ flags)
    for f in cached:
        assert f.__code__ == plain.__code__
        assert f.__annotations__ == plain.__annotations__ == {"a": int, "return": None}


def test_other_programs_classes_are_compiled_as_usual(monkeypatch):
    def boom(txt):
        raise AssertionError("a class of another module went through the package's cache")
    monkeypatch.setattr(fncache, "code_of", boom)
    assert callable(_made("newsroom.checks")) and callable(_made("ledgers"))
    with pytest.raises(AssertionError):
        _made("ledger.records")


@dataclasses.dataclass(frozen=True, slots=True)
class _Point:
    x: int
    y: int = 2


def test_a_dataclass_behaves_as_before():
    p = _Point(1)
    assert (p.x, p.y) == (1, 2) and p == _Point(1, 2) and p != _Point(2) and hash(p) == hash(_Point(1, 2))
    assert repr(p) == "_Point(x=1, y=2)"
    try:
        p.x = 3
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("frozen")


def _run(code: str, cache: Path, **env):
    e = {**os.environ, "LEDGER_CACHE": str(cache), **env}
    e.pop("LEDGER_NO_CACHE", None) if "LEDGER_NO_CACHE" not in env else None
    return subprocess.run([sys.executable, "-c", code], env=e, capture_output=True, text=True, check=True).stdout


def test_methods_kept_on_disk_and_read_by_the_next_process(tmp_path):
    code = "import ledger.records, ledger.fncache as f; print(len(f._NEW), len(f._CODES or ()))"
    first = _run(code, tmp_path).split()
    files = list((tmp_path / "dataclass").glob("*.marshal"))
    assert len(files) == 1 and int(first[0]) > 10  # compiled, and saved at exit
    kept = marshal.loads(files[0].read_bytes())
    assert all(k.startswith("def __create_fn__") for k in kept)
    second = _run(code, tmp_path).split()
    assert second[0] == "0" and int(second[1]) >= int(first[0])  # nothing new: all read from the file


def test_no_cache_and_a_broken_file_compile_as_usual(tmp_path):
    code = "import ledger.records as r, ledger.fncache as f; print(r.Story(0, 1).end, len(f._NEW))"
    assert _run(code, tmp_path, LEDGER_NO_CACHE="1").split() == ["1", "0"]
    assert not (tmp_path / "dataclass").exists()
    (tmp_path / "dataclass").mkdir()
    (tmp_path / "dataclass" / Path(fncache._file()).name).write_bytes(b"not marshal")
    assert _run(code, tmp_path).split()[0] == "1"


# ---------------------------------------------------------------------------
# word lists kept with the parsed rules: their words unpickled on first use

import pickle  # noqa: E402

from ledger.rules import WordList  # noqa: E402


def _packed_state(wl):
    return object.__getattribute__(wl, "_packed")


def test_a_pickled_word_list_unpacks_its_words_when_read():
    wl = WordList("colours", "rules/lists/colours.txt", ("red", "Navy blue", "navy"), {"navy": "Navy blue"})
    assert _packed_state(wl) is None
    back = pickle.loads(pickle.dumps(wl))
    assert (back.name, back.path) == (wl.name, wl.path)
    assert _packed_state(back) is not None  # words not unpickled yet
    assert back.canonical == {"navy": "Navy blue"}
    assert _packed_state(back) is None and back.entries == wl.entries
    assert back == wl and repr(back) == repr(wl) and back.pattern() == wl.pattern()


def test_each_field_unpacks_the_list_and_other_names_still_fail():
    wl = WordList("w", "w.txt", ("a", "b"), {})
    back = pickle.loads(pickle.dumps(wl))
    assert back.entries == ("a", "b") and back.canonical == {}
    back2 = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(wl))))  # packed again unread
    assert back2 == wl
    try:
        back2.nothing  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("no such field")


def test_rule_set_from_the_parsed_cache_equals_a_fresh_parse(tmp_path, monkeypatch):
    from ledger import rules as rules_mod

    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    fresh = rules_mod.load_rules()  # validates and marks
    rules_mod.load_rules()  # parses and keeps the pickle
    kept = rules_mod.load_rules()  # from the pickle
    packed = [n for n, wl in kept.lists.items() if _packed_state(wl) is not None]
    assert len(packed) > len(kept.lists) // 2
    assert kept.rules == fresh.rules and list(kept.lists) == list(fresh.lists)
    assert all(kept.lists[n] == fresh.lists[n] for n in fresh.lists)


# ---------------------------------------------------------------------------
# the gate modules' standard-library patterns from the disk cache (compile_std_cached)

import re  # noqa: E402

import pytest  # noqa: E402


@pytest.mark.parametrize("module", ["attribute", "check", "compare", "figures", "stories"])
def test_module_patterns_are_the_ones_re_compiles(module):
    import importlib

    mod = importlib.import_module(f"ledger.{module}")
    rxs = [v for k, v in vars(mod).items() if isinstance(v, re.Pattern) and k.isupper() or
           isinstance(v, re.Pattern) and k.startswith("_") and k[1:2].isupper()]
    assert rxs
    for rx in rxs:
        fresh = re.compile(rx.pattern, rx.flags)
        assert (rx.flags, rx.groups, rx.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)


def test_a_cached_std_pattern_matches_as_re_compiles_it():
    from ledger import check, compare, stories

    assert compare._MOVE.search("prices ROSE to 5").group() == "ROSE"
    assert stories._DATELINE.match("Friday 13 August 2021 15:23 BST").group("year") == "2021"
    assert check.MARKER.search('x <!-- LEDGER: accept "ok" -->').group("q") == "ok"


# ---------------------------------------------------------------------------
# a broad rule's words and forms kept packed in the parsed rules, unpacked on first lookup

from ledger.rules import _LazyCanon, _LazyWords  # noqa: E402


def test_lazy_words_read_as_the_set_and_count_without_unpacking():
    words = frozenset({"beekeepers", "farmers"})
    lazy = pickle.loads(pickle.dumps(_LazyWords.of(words)))
    assert bool(lazy) and len(lazy) == 2 and lazy._got is None  # the test every rule takes
    assert "farmers" in lazy and "miners" not in lazy and lazy._got == words
    assert lazy == words and words == lazy and hash(lazy) == hash(words) and set(lazy) == set(words)
    assert pickle.loads(pickle.dumps(lazy)) == words  # pickled again, after it was read


def test_lazy_canon_reads_as_the_dict():
    forms = {"served": "serve", "passed away": "pass_away"}
    lazy = pickle.loads(pickle.dumps(_LazyCanon.of(forms)))
    assert bool(lazy) and lazy._got is None
    assert lazy["served"] == "serve" and lazy.get("gone") is None and "passed away" in lazy
    assert dict(lazy.items()) == forms and sorted(lazy.values()) == ["pass_away", "serve"] and lazy == forms


def test_rules_sharing_a_list_share_one_packed_set_and_empties_stay_plain():
    words = frozenset({"a", "b"})
    assert _LazyWords.of(words) is _LazyWords.of(words)
    assert _LazyWords.of(frozenset()) == frozenset() and type(_LazyWords.of(frozenset())) is frozenset
    assert type(_LazyCanon.of({})) is dict


def test_broad_rules_from_the_parsed_cache_are_lazy_and_equal(tmp_path, monkeypatch):
    from ledger import rules as rules_mod

    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    fresh = rules_mod.load_rules()
    rules_mod.load_rules()
    kept = rules_mod.load_rules()
    broad = [r for r in kept.rules if r.broad_words]
    assert broad and all(isinstance(r.broad_words, _LazyWords) for r in broad)
    shared = {id(r.broad_words) for r in broad}
    assert len(shared) < len(broad)  # one blob per list, not per rule
    by_code = {r.code: r for r in fresh.rules}
    for r in kept.rules:
        f = by_code[r.code]
        assert r == f and r.broad_words == f.broad_words and r.broad_canon == f.broad_canon


def test_the_method_file_keeps_to_what_a_process_used_once_it_is_full(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path))
    monkeypatch.setattr(fncache, "_CODES", None)
    monkeypatch.setattr(fncache, "_NEW", {})
    monkeypatch.setattr(fncache, "_USED", set())
    monkeypatch.setattr(fncache, "_MAX", 3)
    for i in range(3):
        fncache.code_of(f"def __create_fn__():\n def f{i}(self):\n  return {i}\n return f{i}")
    fncache.save()
    path = Path(fncache._file())
    assert len(marshal.loads(path.read_bytes())) == 3
    monkeypatch.setattr(fncache, "_CODES", None)
    monkeypatch.setattr(fncache, "_USED", set())
    fncache.code_of("def __create_fn__():\n def f0(self):\n  return 0\n return f0")  # from the file
    fncache.code_of("def __create_fn__():\n def g(self):\n  return 9\n return g")  # new: four > 3
    fncache.save()
    kept = marshal.loads(path.read_bytes())
    assert sorted(k.split("def ")[2].split("(")[0] for k in kept) == ["f0", "g"]
