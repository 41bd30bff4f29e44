"""Units: the only module that imports pint.

One registry, pint's defaults plus ``rules/units.txt`` (head counts, percentage
points, scales, newsroom units).  The registry is built on first use, so
importing this module is cheap; pint itself is imported only then.

``normalise(claim)`` fills ``norm_value/norm_low/norm_high/norm_unit``:
measures go to the base unit of their dimension (metres, kilograms, seconds,
cubic metres, metres per second, kelvin...); counts, percent, percentage
points, multiples, ratios, fractions and money stay as they are (money stays
in its own currency: converting currencies is the compare stage's job).
"""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import Optional

from .records import COUNT, FRACTION, MULTIPLE, PERCENT, PERCENTAGE_POINT, RATIO, Claim

__all__ = ["UnitsError", "registry", "normalise", "convert", "is_unit", "base_unit", "units_file"]

# canonical unit names that are not pint units of a physical dimension
_UNCHANGED = {COUNT, PERCENT, PERCENTAGE_POINT, MULTIPLE, RATIO, FRACTION}
# canonical names mapped to pint units of our own dimensions (rules/units.txt)
_ALIASES = {COUNT: "person", PERCENT: "percent_share", PERCENTAGE_POINT: "percentage_point",
            MULTIPLE: "multiple", RATIO: "ratio", FRACTION: "fraction"}


class UnitsError(ValueError):
    """A bad definition in units.txt (names file and line), or an unknown unit."""


def units_file() -> Path:
    env = os.environ.get("LEDGER_RULES")
    root = Path(env) if env else Path(__file__).resolve().parent.parent / "rules"
    if not root.is_dir():
        root = Path("rules")
    return root / "units.txt"


_lock = threading.Lock()


def load_registry(path: Path | str | None = None, cache_folder: Optional[str] = None):
    """A fresh pint registry with ``path`` loaded line by line (errors name file and line)."""
    import pint  # noqa: PLC0415 - pint stays off the import path until needed

    path = Path(path) if path is not None else units_file()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise UnitsError(f"{path}:0: cannot read unit definitions: {e}") from None
    kwargs = {}
    if cache_folder:
        kwargs["cache_folder"] = cache_folder
    ureg = pint.UnitRegistry(**kwargs)
    import logging

    log = logging.getLogger("pint.util")
    old = log.level
    log.setLevel(logging.ERROR)  # "decade" etc. are redefined on purpose
    try:
        for n, raw in enumerate(lines, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                ureg.define(line)
                name = line.split("=", 1)[0].strip()
                if not name.startswith("["):
                    ureg.get_base_units(name)  # resolve now: pint defines lazily
            except Exception as e:  # pint raises several types
                raise UnitsError(f"{path}:{n}: bad unit definition {line!r}: {e}") from None
    finally:
        log.setLevel(old)
    return ureg


@functools.lru_cache(maxsize=1)
def registry():
    """The one shared registry (built on first use; pint's own definitions cached on disk)."""
    with _lock:
        try:
            return load_registry(cache_folder=os.environ.get("LEDGER_PINT_CACHE", ":auto:"))
        except UnitsError:
            raise
        except Exception:  # an unwritable cache folder: build without it
            return load_registry()


def _pint_name(unit: str) -> str:
    return _ALIASES.get(unit, unit)


def is_unit(name: str) -> bool:
    """True when ``name`` is a unit the registry knows (canonical names included)."""
    ureg = registry()
    try:
        ureg.Unit(_pint_name(name))
        return True
    except Exception:
        return False


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (raises on incompatible units)."""
    if from_unit == to_unit:
        return float(value)
    ureg = registry()
    try:
        q = ureg.Quantity(value, _pint_name(from_unit))
        return float(q.to(_pint_name(to_unit)).magnitude)
    except Exception as e:
        raise UnitsError(f"cannot convert {from_unit!r} to {to_unit!r}: {e}") from None


@functools.lru_cache(maxsize=512)
def base_unit(unit: str) -> str:
    """The base unit of ``unit``'s dimension, as a pint unit string ("meter", "kilogram")."""
    ureg = registry()
    q = ureg.Quantity(1.0, _pint_name(unit)).to_base_units()
    return str(q.units)


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def normalise(claim: Claim) -> Claim:
    """``claim`` with norm_value/norm_low/norm_high/norm_unit filled."""
    unit = claim.unit
    if unit in _UNCHANGED or _is_currency(unit):
        return replace(claim, norm_value=claim.value, norm_low=claim.low, norm_high=claim.high, norm_unit=unit)
    try:
        target = base_unit(unit)
    except Exception:
        # unknown to pint: keep as written, comparison still sees the unit
        return replace(claim, norm_value=claim.value, norm_low=claim.low, norm_high=claim.high, norm_unit=unit)

    def conv(v):
        return None if v is None else convert(v, unit, target)

    return replace(claim, norm_value=conv(claim.value), norm_low=conv(claim.low), norm_high=conv(claim.high),
                   norm_unit=target)
