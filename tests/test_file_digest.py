"""cache.file_digest: a file's sha256, kept with its stat signature."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from ledger import cache


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("LEDGER_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_RC_ENTRIES", None)  # read this test's (empty) cache
    monkeypatch.setattr(cache, "_RC_DIRTY", True)  # nothing saved at exit from here
    return tmp_path


def _key(p):
    return ("\0digest\0" + os.path.abspath(p), -1)


def test_the_digest_is_the_sha256_of_the_bytes(fresh):
    p = fresh / "a.txt"
    p.write_bytes(b"troops\n")
    assert cache.file_digest(p) == hashlib.sha256(b"troops\n").digest()


def test_a_file_changed_just_now_is_not_kept(fresh):
    p = fresh / "a.txt"
    p.write_bytes(b"troops\n")
    cache.file_digest(p)
    assert _key(p) not in cache._rc_entries()


def test_a_kept_digest_is_used_while_the_file_is_unchanged_and_dropped_when_it_changes(fresh, monkeypatch):
    monkeypatch.setattr(cache, "_RACY_NS", -10**12)  # keep even a file written just now
    p = fresh / "a.txt"
    p.write_bytes(b"troops\n")
    first = cache.file_digest(p)
    assert cache._rc_entries()[_key(p)][1] == first
    # the kept digest is what a second call returns, without reading the file
    cache._rc_entries()[_key(p)] = (cache._rc_entries()[_key(p)][0], b"kept")
    assert cache.file_digest(p) == b"kept"
    # the same size, the mtime set back: the ctime still moves, so the file is read again
    st = os.stat(p)
    time.sleep(0.05)
    p.write_bytes(b"tanks!\n")
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cache.file_digest(p) == hashlib.sha256(b"tanks!\n").digest()


def test_without_the_cache_the_file_is_hashed(fresh, monkeypatch):
    monkeypatch.setenv("LEDGER_NO_CACHE", "1")
    p = fresh / "a.txt"
    p.write_bytes(b"troops\n")
    assert cache.file_digest(p) == hashlib.sha256(b"troops\n").digest()


def test_a_missing_file_raises_oserror(fresh):
    with pytest.raises(OSError):
        cache.file_digest(fresh / "missing.txt")
