"""The compiled-pattern disk cache and lazily compiled patterns, shared by
``rules`` (rule patterns) and ``figures`` (its numeral and unit patterns),
which may not import each other.  A base module: it imports nothing of
the package."""

from __future__ import annotations

import array
import atexit
import marshal
import os
import sys
import threading
from pathlib import Path

import regex
from regex import _main as _regex_main

class LazyPattern:
    """A regex compiled on first use: it stands for the compiled pattern
    (``search``, ``finditer``, ``match``, ``groupindex``... are the compiled
    pattern's).  Rule files whose exact bytes were validated before (see
    :func:`load_rules`) are loaded without compiling their patterns: a draft
    uses only some of them, and compiling all costs about a second."""

    __slots__ = ("src", "flags", "_rx")

    def __init__(self, src: str, flags: int, rx=None):
        self.src = src
        self.flags = flags
        self._rx = rx

    def compiled(self):
        rx = self._rx
        if rx is None:
            rx = self._rx = compile_cached(self.src, self.flags)
        return rx

    def __getattr__(self, name):
        return getattr(self.compiled(), name)

    def __eq__(self, other):
        return isinstance(other, LazyPattern) and (self.src, self.flags) == (other.src, other.flags)

    def __hash__(self):
        return hash((self.src, self.flags))

    def __reduce__(self):
        return (LazyPattern, (self.src, self.flags))

    def __repr__(self):
        return f"LazyPattern({self.src[:60]!r}{'...' if len(self.src) > 60 else ''})"



def cache_dir() -> Path:
    """``$LEDGER_CACHE``, else ``$XDG_CACHE_HOME/ledger``, else ``~/.cache/ledger``."""
    env = os.environ.get("LEDGER_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "ledger"



# a disk cache of compiled patterns: ``regex`` parses and compiles a pattern
# in pure Python, and the rule library's cues and word lists cost about half
# a second to compile on every run of ``ledger check``.  What ``regex`` hands
# its C engine at the end of a compile (the pattern, its flags and the
# compiled program: lists, dicts and numbers) is kept in a ``marshal`` file in
# the user's cache folder, one file per ``regex`` and Python version, keyed by
# the pattern's exact text and flags.  A pattern not in the cache, a cache
# that cannot be read or written, an engine that refuses an entry -- all fall
# back to ``regex.compile``.  Only the compiled program is cached: which
# patterns are allowed at all (validation, probes) is decided above.

_RC_LOCK = threading.RLock()
_RC_ENTRIES: dict | None = None  # (pattern, flags) -> arguments of the engine's compile
_RC_USED: set = set()
_RC_DIRTY = False
_MAX_RC_ENTRIES = 5000  # the shipped rules and modules need ~1,100 (one `ledger check`: 1,080)
# Entries age by the runs that wrote the cache (a run that compiled something
# new: in practice, one after a rule edit): one not used in the last
# _KEEP_RUNS of them -- the patterns of an old version of a rule -- is dropped,
# so the file, read whole at every start, stays near what the rules need.
_KEEP_RUNS = 20
_STAMPS_KEY = ("\0stamps", -2)  # key -> the writing run that last used it
_RUN_KEY = ("\0run", -2)  # how many runs have written the cache
_RC_STAMPS: dict = {}
_RC_RUN = 0


def _cache_enabled() -> bool:
    return not os.environ.get("LEDGER_NO_CACHE")


def compiled_cache_file() -> Path:
    v = sys.version_info
    return cache_dir() / "regex" / f"regex-{regex.__version__}-py{v[0]}.{v[1]}.marshal"


def _rc_entries() -> dict:
    global _RC_ENTRIES
    if _RC_ENTRIES is None:
        _RC_ENTRIES = {}
        try:
            data = marshal.loads(compiled_cache_file().read_bytes())
            if isinstance(data, dict):
                global _RC_STAMPS, _RC_RUN
                stamps, run = data.pop(_STAMPS_KEY, {}), data.pop(_RUN_KEY, 0)
                _RC_STAMPS = stamps if isinstance(stamps, dict) else {}
                _RC_RUN = run if isinstance(run, int) else 0
                _RC_ENTRIES = data
        except Exception:  # noqa: BLE001 - no cache, a broken one: compile as usual
            pass
    return _RC_ENTRIES


class _Recorder:
    """Stands in for the C engine module during one compile to note its arguments."""

    def __init__(self, real):
        self.real = real
        self.thread = threading.get_ident()
        self.args = None

    def __getattr__(self, name):
        return getattr(self.real, name)

    def compile(self, *args):
        if threading.get_ident() == self.thread:
            self.args = args
        return self.real.compile(*args)


def _plain_int(a):
    """An int subclass (an enum member, a named opcode) as a plain int: marshal takes only those."""
    return int(a) if isinstance(a, int) and type(a) not in (int, bool) else a


def _through_cache(key, holder, attr: str, fresh, pack):
    """A compiled pattern from the disk cache under ``key``, made by the
    engine ``holder.<attr>`` from the arguments kept there; else ``fresh()``,
    with the engine swapped for a _Recorder meanwhile, so that the arguments
    its compile was handed are kept (each through ``pack``) for next time."""
    with _RC_LOCK:
        engine = getattr(holder, attr)
        args = _rc_entries().get(key)
        if args is not None:
            try:
                rx = engine.compile(*_unpack(args))
                _RC_USED.add(key)
                return rx
            except Exception:  # noqa: BLE001 - stale or foreign entry: compile afresh
                _rc_entries().pop(key, None)
        rec = _Recorder(engine)
        setattr(holder, attr, rec)
        try:
            rx = fresh()
        finally:
            setattr(holder, attr, engine)
        if rec.args is not None:
            stored = [pack(a) for a in rec.args]
            try:
                marshal.dumps(stored)
            except ValueError:
                return rx
            _rc_remember(key, tuple(stored))
        return rx


def compile_cached(pattern: str, flags: int = 0):
    """``regex.compile(pattern, flags)``, from the disk cache when it holds it."""
    if not _cache_enabled():
        return regex.compile(pattern, flags)
    return _through_cache((pattern, int(flags)), _regex_main, "_regex",
                          lambda: regex.compile(pattern, flags, cache_pattern=False),
                          lambda a: _pack(_plain_int(a)))


def compile_std_cached(pattern: str, flags: int = 0):
    """``re.compile(pattern, flags)`` (the standard library's engine), from the
    same disk cache: its parser and compiler are pure Python too, and the
    figure tables hold word tries of a few thousand words.  Keyed apart from
    ``regex`` entries, with the engine's magic number (its program format)."""
    import re as _stdre  # noqa: PLC0415
    from re import _compiler as _std_compiler  # noqa: PLC0415

    if not _cache_enabled():
        return _stdre.compile(pattern, flags)
    flags = int(flags)
    # not re.compile: its own cache may skip the compile; the program's opcodes are named ints
    return _through_cache(("\0re", pattern, flags, _std_compiler.MAGIC), _std_compiler, "_sre",
                          lambda: _std_compiler.compile(pattern, flags),
                          lambda a: _pack([int(x) for x in a] if isinstance(a, list) else _plain_int(a)))


# A compiled program is a long list of 32-bit codes; kept as bytes, the
# cache file loads in a fraction of the time (marshal makes no int objects
# for bytes) and a program is unpacked only when its pattern is used.
_PACKED = "\0u32"
_U32 = "I" if array.array("I").itemsize == 4 else "L"


def _pack(a):
    if (isinstance(a, list) and len(a) > 16 and all(type(x) is int and 0 <= x < 2 ** 32 for x in a)):
        return (_PACKED, array.array(_U32, a).tobytes())
    return a


def _unpack(args):
    return [array.array(_U32, a[1]).tolist() if type(a) is tuple and len(a) == 2 and a[0] == _PACKED else a
            for a in args]


def _rc_remember(key, args) -> None:
    global _RC_DIRTY
    _rc_entries()[key] = args
    _RC_USED.add(key)
    if not _RC_DIRTY:
        _RC_DIRTY = True
        atexit.register(save_compiled)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in its folder, so a
    reader never sees half a file; the folder is made if needed.  Raises
    OSError (and leaves no temporary file) when it cannot."""
    import tempfile  # noqa: PLC0415 - only when writing (start-up time)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_compiled() -> None:
    """Write the cache if this process compiled anything new (at exit)."""
    global _RC_DIRTY
    with _RC_LOCK:
        if not _RC_DIRTY or _RC_ENTRIES is None or not _cache_enabled():
            return
        _RC_DIRTY = False
        entries = dict(_RC_ENTRIES)
        stamps, run = dict(_RC_STAMPS), _RC_RUN
        try:  # keep what other processes saved meanwhile
            on_disk = marshal.loads(compiled_cache_file().read_bytes())
            if isinstance(on_disk, dict):
                disk_stamps, disk_run = on_disk.pop(_STAMPS_KEY, {}), on_disk.pop(_RUN_KEY, 0)
                entries = {**on_disk, **entries}
                if isinstance(disk_stamps, dict):
                    stamps = {**disk_stamps, **stamps}
                if isinstance(disk_run, int):
                    run = max(run, disk_run)
        except Exception:  # noqa: BLE001
            pass
        run += 1
        for k in _RC_USED:
            stamps[k] = run
        # an entry from before stamps were kept counts as used now
        entries = {k: v for k, v in entries.items() if stamps.setdefault(k, run) > run - _KEEP_RUNS}
        if len(entries) > _MAX_RC_ENTRIES:  # a burst of edits within a few runs: keep what this run used
            entries = {k: v for k, v in entries.items() if k in _RC_USED}
        stamps = {k: stamps[k] for k in entries}
        entries[_STAMPS_KEY] = stamps
        entries[_RUN_KEY] = run
        try:
            write_atomic(compiled_cache_file(), marshal.dumps(entries))
        except OSError:
            pass  # unwritable cache: compile again next time


#: a file read less than this long after it last changed may change again within the
#: resolution of the file system's clock: its digest is not kept
_RACY_NS = 2_000_000_000


def file_digest(path) -> bytes:
    """The sha256 of a file's bytes: what the caches are keyed on (the rule
    files and word lists, the engine's modules, the figure tables: ~5 MB,
    about 3% of a gate run's instructions when hashed on every run, though
    they rarely change).  As git's index does, the digest is kept in the disk
    cache with the file's stat signature (size, mtime, ctime, inode, device)
    and reused while the signature holds: a write changes the ctime, which no
    tool can set back.  A file changed within two seconds of being read is
    hashed again next time.  Raises OSError when the file cannot be read."""
    import hashlib  # noqa: PLC0415
    import time  # noqa: PLC0415

    p = os.path.abspath(os.fspath(path))
    st = os.stat(p)
    sig = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
    enabled = _cache_enabled()
    k = ("\0digest\0" + p, -1)  # flags -1: never a compiled pattern's key
    if enabled:
        with _RC_LOCK:
            got = _rc_entries().get(k)
            if type(got) is tuple and len(got) == 2 and got[0] == sig and type(got[1]) is bytes:
                _RC_USED.add(k)
                return got[1]
    with open(p, "rb") as fh:
        data = fh.read()
    digest = hashlib.sha256(data).digest()
    if enabled and len(data) == st.st_size and time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > _RACY_NS:
        with _RC_LOCK:
            _rc_remember(k, (sig, digest))
    return digest


def cached_value(name: str, key: str, compute):
    """``compute()``, kept in the same disk cache as compiled patterns under
    ``(name, key)``: for what a module derives from a pattern once and for all.
    ``name`` must change whenever the computation does (a hash of its code);
    the result must be ``marshal``-able, else it is returned uncached."""
    if not _cache_enabled():
        return compute()
    k = (name + "\0" + key, -1)  # flags -1: never a compiled pattern's key
    with _RC_LOCK:
        value = _rc_entries().get(k)
        if value is not None:
            _RC_USED.add(k)
            return value
    value = compute()
    try:
        marshal.dumps(value)
    except ValueError:
        return value
    with _RC_LOCK:
        _rc_remember(k, value)
    return value


_KEEP_PICKLES = 8  # per name


def cached_pickle(name: str, sources: "list[Path]", compute, key: str = ""):
    """``compute()``, kept as a pickle in the cache folder under a hash of
    ``name``, the bytes of every file in ``sources`` (through :func:`file_digest`) (the data it reads and
    the module that reads it), ``key`` (a hash of further inputs the caller
    already has) and the Python version.  For a parsed data file whose parse
    needs a slow import (PyYAML): a later run reads the pickle instead.  Any
    failure computes afresh; an unreadable source disables it."""
    import hashlib
    import pickle  # noqa: PLC0415

    if not _cache_enabled():
        return compute()
    h = hashlib.sha256(f"{name}|{sys.version}|{key}".encode())
    try:
        for src in sources:
            h.update(b"\0" + file_digest(src))
    except OSError:
        return compute()
    path = cache_dir() / "pickled" / f"{name}-{h.hexdigest()[:24]}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - absent, stale or foreign: compute
        pass
    value = compute()
    try:
        write_atomic(path, pickle.dumps(value))
        # the pickles of older versions of the same files: keep a few (checkouts, tests)
        others = sorted((q for q in path.parent.glob(f"{name}-*.pickle") if q != path),
                        key=lambda q: q.stat().st_mtime_ns)
        for old in others[:max(0, len(others) - (_KEEP_PICKLES - 1))]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - unwritable cache or unpicklable value
        pass
    return value
