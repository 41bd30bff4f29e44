"""The compiled code of the methods ``dataclasses`` writes, kept on disk.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__``... as Python source and compiles it with
``exec`` every time the class is defined: for the package's ~35 record
classes that is 174 parses and compiles at every start, about 4% of a
``ledger check`` run's instructions.  :func:`install` makes the
``dataclasses`` module compile through this cache instead: the code object
of a source text already seen is read from a ``marshal`` file in the cache
folder (one per Python build; ``$LEDGER_CACHE``, as ``cache.cache_dir``),
and executed exactly as the text would have been (the same code, the same
globals and namespace).  Only the package's own classes go through the file:
for a class defined in any other module (a newsroom's test suite importing
``ledger``), ``dataclasses`` runs plain ``exec`` as before.  A text not in the file is compiled as before and
added at exit.  ``LEDGER_NO_CACHE`` or an unreadable or unwritable file:
plain ``exec``.  Imports nothing of the package (it runs first, from
``ledger/__init__``).
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import sys
import threading

_LOCK = threading.Lock()
_CODES: dict | None = None  # source text -> code object
_NEW: dict = {}  # compiled by this process, not yet in the file
_USED: set = set()  # texts this process executed
_MAX = 1000  # texts kept (the package's classes need ~180): past it, a save keeps what its process used


def _file() -> str:
    env = os.environ.get("LEDGER_CACHE")
    if env:
        base = env
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = os.path.join(xdg or os.path.join(os.path.expanduser("~"), ".cache"), "ledger")
    return os.path.join(base, "dataclass", f"fns-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal")


def _codes() -> dict:
    global _CODES
    if _CODES is None:
        _CODES = {}
        try:
            with open(_file(), "rb") as fh:
                data = marshal.loads(fh.read())
            if isinstance(data, dict):
                _CODES = data
        except Exception:  # noqa: BLE001 - no file, a broken or foreign one: compile as usual
            pass
    return _CODES


def code_of(txt: str):
    """The code ``exec(txt)`` runs, called from the ``dataclasses`` module:
    compiled as it compiles it (file name "<string>", no ``__future__``
    flags of this module inherited)."""
    with _LOCK:
        code = _codes().get(txt)
        _USED.add(txt)
        if code is None:
            code = compile(txt, "<string>", "exec", dont_inherit=True)
            if not _NEW:
                atexit.register(save)
            _NEW[txt] = _CODES[txt] = code
        return code


def _ours(globals) -> bool:
    """Whether the class being made is one of the package's own (``dataclasses``
    passes the defining module's globals): other programs' classes in the same
    process are compiled by plain ``exec`` and never written to the file."""
    name = globals.get("__name__") if type(globals) is dict else None
    return type(name) is str and (name == "ledger" or name.startswith("ledger."))


def _exec(source, globals=None, locals=None, /):
    """``exec`` as ``dataclasses._create_fn`` calls it, with a cached code object for a text."""
    if type(source) is str and _ours(globals) and not os.environ.get("LEDGER_NO_CACHE"):
        source = code_of(source)
    return builtins.exec(source, globals, locals)


def save() -> None:
    """Add what this process compiled to the file (kept with what others added meanwhile)."""
    with _LOCK:
        if not _NEW:
            return
        path = _file()
        entries = {}
        try:
            with open(path, "rb") as fh:
                data = marshal.loads(fh.read())
            if isinstance(data, dict):
                entries = data
        except Exception:  # noqa: BLE001
            pass
        entries.update(_NEW)
        _NEW.clear()
        if len(entries) > _MAX:  # the methods of older versions of the classes: drop them
            entries = {k: v for k, v in entries.items() if k in _USED}
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(marshal.dumps(entries))
            os.replace(tmp, path)
        except OSError:  # unwritable cache: compile again next time
            try:
                os.unlink(tmp)
            except OSError:
                pass


def install() -> None:
    """Make ``dataclasses`` compile the methods it writes through this cache
    (its ``_create_fn`` looks ``exec`` up in its module first)."""
    import dataclasses  # noqa: PLC0415

    if getattr(dataclasses, "exec", None) is not _exec and hasattr(dataclasses, "_create_fn"):
        dataclasses.exec = _exec
