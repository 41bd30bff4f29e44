"""The disk cache of compiled patterns (ledger.cache): entries age by the
runs that write the cache, so the patterns of old rule versions drop out and
the file read at every start stays near what the rules need."""

from __future__ import annotations

import marshal

import pytest

from ledger import cache


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    for name, value in (("_RC_ENTRIES", None), ("_RC_USED", set()), ("_RC_DIRTY", False),
                        ("_RC_STAMPS", {}), ("_RC_RUN", 0)):
        monkeypatch.setattr(cache, name, value)


def _new_run(monkeypatch):
    """What a new process starts with: nothing loaded, nothing used."""
    for name, value in (("_RC_ENTRIES", None), ("_RC_USED", set()), ("_RC_DIRTY", False),
                        ("_RC_STAMPS", {}), ("_RC_RUN", 0)):
        monkeypatch.setattr(cache, name, value)


def _on_disk():
    data = marshal.loads(cache.compiled_cache_file().read_bytes())
    return {k for k in data if k[1] != -2}


def test_an_entry_unused_for_many_writing_runs_is_dropped(fresh, monkeypatch):
    cache.compile_cached(r"old\s+rule", 0)
    cache.compile_cached(r"kept\s+rule", 0)
    cache.save_compiled()
    assert {(r"old\s+rule", 0), (r"kept\s+rule", 0)} <= _on_disk()
    for i in range(cache._KEEP_RUNS):
        _new_run(monkeypatch)
        cache.compile_cached(r"kept\s+rule", 0)  # from the cache: used, not new
        cache.compile_cached(rf"new{i}", 0)  # something new: this run writes the cache
        cache.save_compiled()
    keys = _on_disk()
    assert (r"kept\s+rule", 0) in keys
    assert (r"old\s+rule", 0) not in keys
    assert (f"new{cache._KEEP_RUNS - 1}", 0) in keys


def test_a_run_that_compiles_nothing_new_writes_nothing(fresh, monkeypatch):
    cache.compile_cached(r"a\s+b", 0)
    cache.save_compiled()
    before = cache.compiled_cache_file().stat().st_mtime_ns
    _new_run(monkeypatch)
    rx = cache.compile_cached(r"a\s+b", 0)
    cache.save_compiled()
    assert rx.search("a  b")
    assert cache.compiled_cache_file().stat().st_mtime_ns == before


def test_a_cache_without_stamps_still_loads_and_keeps_its_entries(fresh, monkeypatch):
    cache.compile_cached(r"x\d+", 0)
    cache.save_compiled()
    data = marshal.loads(cache.compiled_cache_file().read_bytes())
    legacy = {k: v for k, v in data.items() if k[1] != -2}  # the format before stamps
    cache.compiled_cache_file().write_bytes(marshal.dumps(legacy))
    _new_run(monkeypatch)
    assert cache.compile_cached(r"x\d+", 0).search("x12")
    cache.compile_cached(r"y\d+", 0)
    cache.save_compiled()
    assert {(r"x\d+", 0), (r"y\d+", 0)} <= _on_disk()


def test_a_pattern_from_the_packed_cache_matches_as_compiled(fresh, monkeypatch):
    """Programs are kept packed as bytes; one read back behaves as compiled."""
    import regex

    src = r"(?i)(?<!\w)(?:" + "|".join(f"word{i}" for i in range(300)) + r")\s+(\d+)"
    first = cache.compile_cached(src, regex.VERSION1)
    cache.save_compiled()
    raw = marshal.loads(cache.compiled_cache_file().read_bytes())[(src, int(regex.VERSION1))]
    assert any(type(a) is tuple and a and a[0] == cache._PACKED for a in raw)
    _new_run(monkeypatch)
    again = cache.compile_cached(src, regex.VERSION1)
    for text in ("see WORD17 42", "word299   7", "sword17 42", "word300 1"):
        m1, m2 = first.search(text), again.search(text)
        assert (m1 and m1.group(0)) == (m2 and m2.group(0))


def test_a_warm_run_reads_its_data_files_without_pyyaml(tmp_path):
    """Rules, speakers and tolerances come from the cache on a warm run, so
    the pre-publish gate does not import PyYAML (~15 ms of every start)."""
    import os
    import subprocess
    import sys

    code = ("import sys; from ledger import rules, attribute, compare; "
            "rules.load_rules(); attribute.load_speaker_rules(); compare.load_settings(); "
            "print('yaml' in sys.modules)")
    env = dict(os.environ, LEDGER_CACHE=str(tmp_path / "cache"))
    env.pop("LEDGER_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                           check=True).stdout.strip() for _ in range(3)]
    # the first run parses and validates the rule files, the second keeps the
    # parsed rules (rules.load_rules), the third reads everything from the cache
    assert runs[0] == "True" and runs[2] == "False"


def test_pickles_of_old_versions_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    src = tmp_path / "data.txt"
    for i in range(cache._KEEP_PICKLES + 5):
        src.write_text(f"version {i}")
        assert cache.cached_pickle("thing", [src], lambda i=i: i) == i
    assert cache.cached_pickle("thing", [src], lambda: "recomputed") == cache._KEEP_PICKLES + 4
    assert len(list((tmp_path / "cache" / "pickled").glob("thing-*.pickle"))) == cache._KEEP_PICKLES
