"""Project configuration for ``ledger`` (read by the pre-publish gate).

Where it comes from, first found wins:

1. ``--config FILE`` (a ``ledger.toml``, or a ``pyproject.toml`` with a
   ``[tool.ledger]`` table);
2. walking up from the working directory: in each folder, a ``ledger.toml``,
   else a ``pyproject.toml`` that has a ``[tool.ledger]`` table;
3. nothing: built-in defaults.

Keys (all optional)::

    [tool.ledger]                 # or top level of ledger.toml (a [tool.ledger]
                                  # table in ledger.toml is read too)
    database = "ledger.db"        # the ledger; relative to the config file
    rules = "rules"               # folder of rule files; relative to the config file
    fail-on = "error"             # error | warning | info
    baseline = ".ledger-baseline.json"   # accepted findings; relative to the config file
    select = ["LG", "CAS"]        # only these finding codes / claim rules (prefixes)
    ignore = ["LG004"]            # never these (prefixes); ignore wins over select

``select``/``ignore`` entries are code prefixes: those starting ``LG``
choose the gate's findings (``LG001``..``LG005``, see ``ledger.check``);
the others choose the claim rules whose figures are checked (the code of
the rule that typed the draft's figure, ``CAS001``..), so ``"CAS"``
selects a whole family.

Command-line options and ``$LEDGER_DB`` win over the file.  A malformed file
raises ConfigError naming the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

LEVELS = ("error", "warning", "info")  # most to least severe
CONFIG_NAMES = ("ledger.toml", "pyproject.toml")
DEFAULT_BASELINE = ".ledger-baseline.json"
KEYS = ("database", "rules", "fail-on", "baseline", "select", "ignore")


class ConfigError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Config:
    database: Optional[str] = None
    rules: Optional[str] = None
    fail_on: str = "error"
    baseline: Optional[str] = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    source: Optional[str] = None  # the file it was read from, None for defaults
    keys: tuple[str, ...] = ()  # the keys the file set


def _table(path: Path) -> Optional[dict]:
    """The ledger table of a config file, or None when it has none."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    tool = data.get("tool", {})
    if isinstance(tool, dict) and isinstance(tool.get("ledger"), dict):
        return tool["ledger"]
    if path.name == "pyproject.toml":
        return None
    return {k: v for k, v in data.items() if k != "tool"}


def find_config(start: Optional[str] = None) -> Optional[Path]:
    """The nearest ledger.toml, or pyproject.toml with [tool.ledger], from
    ``start`` (default: the working directory) up to the root."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            p = folder / name
            if p.is_file() and (name == "ledger.toml" or _table(p) is not None):
                return p
    return None


def load_config(path: Optional[str] = None, *, start: Optional[str] = None) -> Config:
    """Read the configuration (see the module docstring)."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{path}: config file not found")
    else:
        p = find_config(start)
        if p is None:
            return Config()
    table = _table(p)
    if table is None:
        raise ConfigError(f"{p}: has no [tool.ledger] table")
    return parse(table, p)


def parse(table: dict, path: Path) -> Config:
    unknown = sorted(set(table) - set(KEYS) - {k.replace("-", "_") for k in KEYS})
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    get = {k.replace("_", "-"): v for k, v in table.items()}
    base = path.resolve().parent

    def text(key) -> Optional[str]:
        v = get.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not v.strip():
            raise ConfigError(f"{path}: {key} must be a non-empty string")
        return v

    def rel(key) -> Optional[str]:
        v = text(key)
        return None if v is None else str(base / v)

    def codes(key) -> tuple[str, ...]:
        v = get.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise ConfigError(f"{path}: {key} must be a list of codes (e.g. [\"LG001\", \"CAS\"])")
        return tuple(x.strip().upper() for x in v)

    fail_on = text("fail-on") or "error"
    if fail_on not in LEVELS:
        raise ConfigError(f"{path}: fail-on must be one of {', '.join(LEVELS)}, got {fail_on!r}")
    return Config(database=rel("database"), rules=rel("rules"), fail_on=fail_on,
                  baseline=rel("baseline"), select=codes("select"), ignore=codes("ignore"),
                  source=str(path), keys=tuple(sorted(get)))


def at_least(severity: str, level: str) -> bool:
    """True when ``severity`` is ``level`` or more severe."""
    return LEVELS.index(severity) <= LEVELS.index(level)
