"""Units: the only module that imports pint.

One registry, pint's defaults plus ``rules/units.txt`` (head counts, percentage
points, scales, newsroom units).  The registry is built on first use, so
importing this module is cheap; pint itself is imported only then.

``normalise(claim)`` fills ``norm_value/norm_low/norm_high/norm_unit``:
measures go to the base unit of their dimension (metres, kilograms, seconds,
cubic metres, metres per second, kelvin...); counts, percent, percentage
points, multiples, ratios, fractions and money stay as they are (money stays
in its own currency: converting currencies is the compare stage's job); a
count told per a number base (``Claim.per_base``) becomes a rate per one.
"""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import Optional

from .paths import rules_file
from .records import (COUNT, FRACTION, MULTIPLE, PER_ONE, PERCENT, PERCENTAGE_POINT, PERCENT_CHANGE, RANK, RATIO,
                      YEARLESS_DATE, Claim)

__all__ = ["UnitsError", "registry", "normalise", "convert", "is_unit", "base_unit", "units_file", "change_factor",
           "percent_change", "factor_falls", "shrinks"]

# canonical unit names that are not pint units of a physical dimension
# "rank" ("the second-highest") is a dimension of its own in rules/units.txt: its
# base unit is itself, so it needs no registry either
_UNCHANGED = {COUNT, PERCENT, PERCENTAGE_POINT, MULTIPLE, RATIO, FRACTION, RANK}
# canonical names mapped to pint units of our own dimensions (rules/units.txt)
_ALIASES = {COUNT: "person", PERCENT: "percent_share", PERCENTAGE_POINT: "percentage_point",
            MULTIPLE: "multiple", RATIO: "ratio", FRACTION: "fraction"}


#: Linear units of rules/figures/units.tsv with their base unit (as pint
#: names it) and the factor to it, so that normalising the usual measures
#: (durations above all: "90 days") does not load pint (~0.5 s).  pint's
#: conversion of a linear unit is ``value * factor``; tests/test_units.py
#: checks every entry against pint (same base unit, same factor, same results).
#: Units not here (temperatures, anything else) go through pint as before.
_LINEAR = {
    # area
    'acre': ('meter ** 2', 4046.8726098742513), 'fb': ('meter ** 2', 1e-43),
    'hectare': ('meter ** 2', 10000.0), 'sq_ft': ('meter ** 2', 0.09290303999999999),
    'sq_km': ('meter ** 2', 1000000.0), 'sq_m': ('meter ** 2', 1.0), 'sq_mi': ('meter ** 2', 2589988.110336),
    # data
    'EB': ('bit', 8e+18), 'GB': ('bit', 8000000000.0), 'KiB': ('bit', 8192.0), 'MB': ('bit', 8000000.0),
    'Mbit': ('bit', 1000000.0), 'PB': ('bit', 8000000000000000.0), 'TB': ('bit', 8000000000000.0),
    'bit': ('bit', 1.0), 'byte': ('bit', 8.0), 'kB': ('bit', 8000.0), 'kbit': ('bit', 1000.0),
    # data_rate
    'Gbps': ('bit / second', 1000000000.0), 'Mbps': ('bit / second', 1000000.0),
    'kbps': ('bit / second', 1000.0),
    # energy
    'Btu': ('kilogram * meter ** 2 / second ** 2', 1055.056),
    'GWh': ('kilogram * meter ** 2 / second ** 2', 3600000000000.0),
    'GeV': ('kilogram * meter ** 2 / second ** 2', 1.6021766339999998e-10),
    'J': ('kilogram * meter ** 2 / second ** 2', 1.0),
    'MWh': ('kilogram * meter ** 2 / second ** 2', 3600000000.0),
    'TWh': ('kilogram * meter ** 2 / second ** 2', 3600000000000000.0),
    'TeV': ('kilogram * meter ** 2 / second ** 2', 1.602176634e-07),
    'Wh': ('kilogram * meter ** 2 / second ** 2', 3600.0),
    'eV': ('kilogram * meter ** 2 / second ** 2', 1.602176634e-19),
    'kWh': ('kilogram * meter ** 2 / second ** 2', 3600000.0),
    'kcal': ('kilogram * meter ** 2 / second ** 2', 4184.0),
    # flow
    'barrel_per_day': ('meter ** 3 / second', 1.8401307283333327e-06),
    # frequency
    'GHz': ('1 / second', 1000000000.0), 'Hz': ('1 / second', 1.0), 'MHz': ('1 / second', 1000000.0),
    'kHz': ('1 / second', 1000.0),
    # length
    'cm': ('meter', 0.01), 'dm': ('meter', 0.1), 'ft': ('meter', 0.30479999999999996),
    'inch': ('meter', 0.0254), 'km': ('meter', 1000.0), 'light_year': ('meter', 9460730472580800.0),
    'm': ('meter', 1.0), 'mile': ('meter', 1609.344), 'mm': ('meter', 0.001),
    'nautical_mile': ('meter', 1852.0), 'nm': ('meter', 1e-09), 'pm': ('meter', 1e-12),
    'um': ('meter', 1e-06), 'yard': ('meter', 0.9144),
    # mass
    'carat': ('kilogram', 0.0002), 'g': ('kilogram', 0.001), 'kg': ('kilogram', 1.0),
    'lb': ('kilogram', 0.4535923700000001), 'mg': ('kilogram', 1e-06),
    'oz': ('kilogram', 0.028349523125000005), 'stone': ('kilogram', 6.35029318),
    'ton': ('kilogram', 907.1847400000001), 'tonne': ('kilogram', 1000.0), 'ug': ('kilogram', 1e-09),
    # mass_flow
    'tonne_per_day': ('kilogram / second', 0.011574074074074073),
    # power
    'GW': ('kilogram * meter ** 2 / second ** 3', 1000000000.0),
    'MW': ('kilogram * meter ** 2 / second ** 3', 1000000.0),
    'W': ('kilogram * meter ** 2 / second ** 3', 1.0), 'kW': ('kilogram * meter ** 2 / second ** 3', 1000.0),
    # radiation_dose
    'Gy': ('meter ** 2 / second ** 2', 1.0), 'mGy': ('meter ** 2 / second ** 2', 0.001),
    # speed
    'knot': ('meter / second', 0.5144444444444445), 'kph': ('meter / second', 0.2777777777777778),
    'mph': ('meter / second', 0.44704), 'mps': ('meter / second', 1.0),
    # time
    'century': ('second', 3155760000.0), 'day': ('second', 86400.0), 'decade_span': ('second', 315576000.0),
    'gigaannum': ('second', 3.15576e+16), 'hour': ('second', 3600.0),
    'megaannum': ('second', 31557600000000.0), 'min': ('second', 60.0), 'month': ('second', 2629800.0),
    's': ('second', 1.0), 'week': ('second', 604800.0), 'year': ('second', 31557600.0),
    # volume
    'cl': ('meter ** 3', 1.0000000000000003e-05), 'cu_ft': ('meter ** 3', 0.028316846591999994),
    'cu_km': ('meter ** 3', 1000000000.0), 'cu_m': ('meter ** 3', 1.0),
    'cup': ('meter ** 3', 0.00023658823649999996), 'gallon': ('meter ** 3', 0.0037854117839999993),
    'l': ('meter ** 3', 0.0010000000000000002), 'ml': ('meter ** 3', 1.0000000000000002e-06),
    'oil_barrel': ('meter ** 3', 0.15898729492799996), 'pint': ('meter ** 3', 0.0004731764729999999),
    'tablespoon': ('meter ** 3', 1.4786764781249997e-05), 'teaspoon': ('meter ** 3', 4.928921593749999e-06),
}

#: units the claims stage gives that pint does not know (kept as written, as
#: pint's UndefinedUnitError did; tests/test_units.py checks pint refuses them)
_NOT_PINT = frozenset({"date", YEARLESS_DATE})


class UnitsError(ValueError):
    """A bad definition in units.txt (names file and line), or an unknown unit."""


def units_file() -> Path:
    return rules_file("units.txt")


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


def change_factor(direction: Optional[str], unit: Optional[str], x: Optional[float]) -> Optional[float]:
    """(fold34) A change of ``x`` (in ``unit``, going ``direction``) as the new level over the old one:
    "rose 30%" 1.3, "fell 30%" 0.7, "reduced four-fold" 0.25, "cut by a third" 0.67, "cut to a
    quarter of" 0.25.  None when the change has no such ratio (points, money, counts, no direction,
    or a fall of more than the whole).  Infinite bounds stay open ("rose more than 30%": 1.3 to inf;
    "fell more than 30%": 0 to 0.7)."""
    if x is None or direction not in ("up", "down", "to"):
        return None
    inf = x == float("inf")
    if unit == PERCENT or unit == FRACTION:
        share = x / 100.0 if unit == PERCENT else x
        if direction == "to":
            return share
        if direction == "up":
            return 1.0 + share
        return 0.0 if inf else (1.0 - share if share <= 1.0 else None)
    if unit == MULTIPLE:
        if direction == "to" or x <= 0:
            return None
        if direction == "up" or shrinks(unit, x):
            return x  # (halves35) "halved" (0.5) is its own factor, as "doubled" (2) is
        return 0.0 if inf else 1.0 / x
    return None


def shrinks(unit: Optional[str], value: Optional[float]) -> bool:
    """(halves35) Is the figure a multiple below one, a verb that is its own factor ("halved",
    0.5), not a fold of a fall ("reduced four-fold", 4, a factor of 0.25)?"""
    return unit == MULTIPLE and value is not None and 0 < value < 1


def factor_falls(direction: Optional[str], unit: Optional[str], value: Optional[float]) -> bool:
    """Does :func:`change_factor` turn a larger figure into a smaller factor ("fell 30%" 0.7,
    "fell 40%" 0.6), so that an interval's ends swap?  Not for a figure that is its own factor
    ("more than halved", under 0.5: under -50%), read by the claim's ``value``."""
    return direction == "down" and not shrinks(unit, value)


def percent_change(direction: Optional[str], unit: Optional[str], x: Optional[float]) -> Optional[float]:
    """(fold34) :func:`change_factor` as a signed percent of the old level: "fell 30%" -30, "reduced
    four-fold" -75, "doubled" +100.  A percent change keeps its size, so "fell 0.3%" and "fell 0.6%"
    stay as far apart as they were written."""
    f = change_factor(direction, unit, x)
    return None if f is None else (f - 1.0) * 100.0


def _factor_claim(claim: Claim) -> Optional[Claim]:
    d, u = claim.direction, claim.unit
    v = percent_change(d, u, claim.value)
    if v is None:
        return None
    lo = percent_change(d, u, claim.low) if claim.low is not None else None
    hi = percent_change(d, u, claim.high) if claim.high is not None else None
    if (claim.low is not None and lo is None) or (claim.high is not None and hi is None):
        return None
    if factor_falls(d, u, claim.value):
        lo, hi = hi, lo
    return replace(claim, norm_value=v, norm_low=lo, norm_high=hi, norm_unit=PERCENT_CHANGE)


def normalise(claim: Claim) -> Claim:
    """``claim`` with norm_value/norm_low/norm_high/norm_unit filled."""
    unit = claim.unit
    if claim.direction and unit in (PERCENT, FRACTION, MULTIPLE) and (claim.metric or "").startswith("change."):
        # (fold34) a change with a direction: a signed percent of the old level, so that "cut to a
        # quarter of", "reduced four-fold" and "fell by 75%" meet (-75) and "rose 30%" (+30) and
        # "fell 30%" (-30) do not
        factored = _factor_claim(claim)
        if factored is not None:
            return factored
    if unit == COUNT and claim.per_base:
        # (rates33) a rate told per a number base ("12 deaths for every 100,000 residents"): per
        # one of its base, so that "0.12 deaths per 1,000" meets it and "12 per 1,000" does not
        b = claim.per_base

        def per_one(v):
            return None if v is None else v / b

        return replace(claim, norm_value=per_one(claim.value), norm_low=per_one(claim.low),
                       norm_high=per_one(claim.high), norm_unit=PER_ONE)
    if unit in _UNCHANGED or unit in _NOT_PINT or _is_currency(unit):
        return replace(claim, norm_value=claim.value, norm_low=claim.low, norm_high=claim.high, norm_unit=unit)
    linear = _LINEAR.get(unit)
    if linear is not None:
        base, factor = linear

        def scale(v):
            return None if v is None else float(v * factor)

        return replace(claim, norm_value=scale(claim.value), norm_low=scale(claim.low),
                       norm_high=scale(claim.high), norm_unit=base)
    try:
        target = base_unit(unit)
    except Exception:
        # unknown to pint: keep as written, comparison still sees the unit
        return replace(claim, norm_value=claim.value, norm_low=claim.low, norm_high=claim.high, norm_unit=unit)

    def conv(v):
        return None if v is None else convert(v, unit, target)

    return replace(claim, norm_value=conv(claim.value), norm_low=conv(claim.low), norm_high=conv(claim.high),
                   norm_unit=target)
