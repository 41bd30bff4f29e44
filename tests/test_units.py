"""ledger.units: the one pint registry, normalisation and conversion."""

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger import figures, units
from ledger.records import Claim
from ledger.units import UnitsError

ROOT = Path(__file__).resolve().parent.parent


_SAME = object()


def claim(value, unit, low=_SAME, high=_SAME):
    return Claim(id="x", doc="d", doc_sha="s", outlet=None, published=None, line=1, start=0, end=1, text="t",
                 sentence="s", value=value, low=value if low is _SAME else low, high=value if high is _SAME else high,
                 unit=unit, hedge=None, metric="m", subject=None)


def test_every_unit_figures_emits_is_a_pint_unit():
    T = figures.tables()
    names = {u for u, _ in T.units.values()}
    bad = sorted(n for n in names if not units.is_unit(n))
    assert bad == []


def test_canonical_kinds_are_units_of_their_own():
    for name in ("count", "percent", "percentage_point", "multiple", "ratio", "fraction"):
        assert units.is_unit(name)


def test_head_counts_never_compare_with_percent():
    with pytest.raises(UnitsError):
        units.convert(5, "count", "percent")
    with pytest.raises(UnitsError):
        units.convert(5, "percent", "percentage_point")


@pytest.mark.parametrize(
    "value,unit,norm,norm_unit",
    [(5, "km", 5000, "meter"), (2, "mile", 3218.688, "meter"), (3, "kg", 3, "kilogram"), (2, "lb", 0.90718474, "kilogram"),
     (90, "min", 5400, "second"), (2, "hour", 7200, "second"), (3, "l", 0.003, "meter ** 3"),
     (36, "kph", 10, "meter / second"), (1, "sq_km", 1e6, "meter ** 2"), (0, "degC", 273.15, "kelvin")],
)
def test_measures_go_to_base_units(value, unit, norm, norm_unit):
    c = units.normalise(claim(value, unit))
    assert c.norm_value == pytest.approx(norm)
    assert c.norm_unit == norm_unit


def test_open_sides_stay_open():
    c = units.normalise(claim(5, "km", low=5, high=None))
    assert c.norm_low == pytest.approx(5000) and c.norm_high is None


@pytest.mark.parametrize("unit", ["count", "percent", "percentage_point", "USD", "GBP", "multiple", "fraction"])
def test_counts_percent_and_money_stay_as_they_are(unit):
    c = units.normalise(claim(7.5, unit, low=7, high=8))
    assert (c.norm_value, c.norm_low, c.norm_high, c.norm_unit) == (7.5, 7, 8, unit)


def test_convert():
    assert units.convert(1, "mile", "km") == pytest.approx(1.609344)
    assert units.convert(10, "km", "km") == 10


def test_bad_definition_names_file_and_line(tmp_path):
    bad = tmp_path / "units.txt"
    bad.write_text("# comment\nperson = [headcount]\nwidget = 3 * nonsense_unit_xyz\n", encoding="utf-8")
    with pytest.raises(UnitsError) as err:
        units.load_registry(bad)
    assert f"{bad}:3:" in str(err.value)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(UnitsError):
        units.load_registry(tmp_path / "nope.txt")


def test_importing_units_or_figures_does_not_import_pint():
    code = ("import sys; import ledger.units, ledger.figures; "
            "ledger.figures.find_figures('5 km and $2bn'); print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


BASE = {"length": "meter", "mass": "kilogram", "time": "second", "area": "meter ** 2", "volume": "meter ** 3",
        "speed": "meter / second", "temperature": "kelvin", "energy": "kilogram * meter ** 2 / second ** 2",
        "power": "kilogram * meter ** 2 / second ** 3", "data": "bit", "data_rate": "bit / second",
        "frequency": "1 / second", "flow": "meter ** 3 / second", "mass_flow": "kilogram / second",
        "radiation_dose": "meter ** 2 / second ** 2"}


def test_dimension_column_agrees_with_pint():
    T = figures.tables()
    wrong = {u: (d, units.base_unit(u)) for u, d in T.dimensions.items() if units.base_unit(u) != BASE[d]}
    assert wrong == {}


def test_unit_dimension_without_pint():
    assert figures.unit_dimension("km") == "length"
    assert figures.unit_dimension("tonne") == "mass"
    assert figures.unit_dimension("USD") == "money"
    assert figures.unit_dimension("percentage_point") == "percentage_point"
    assert figures.unit_dimension("km / s ** 2") is None


def test_built_in_linear_table_agrees_with_pint():
    """Every unit normalise converts without pint has pint's base unit and factor."""
    wrong = {}
    for unit, (base, factor) in units._LINEAR.items():
        if units.base_unit(unit) != base or units.convert(1.0, unit, base) != factor:
            wrong[unit] = (base, factor, units.base_unit(unit), units.convert(1.0, unit, units.base_unit(unit)))
    assert wrong == {}


def test_built_in_table_covers_the_linear_units_figures_emits():
    T = figures.tables()
    linear = {u for u, d in T.dimensions.items() if d != "temperature"}
    assert linear - set(units._LINEAR) == set()


def test_units_kept_as_written_are_unknown_to_pint():
    assert not any(units.is_unit(u) for u in units._NOT_PINT)


@given(st.sampled_from(sorted(units._LINEAR)),
       st.one_of(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
                 st.integers(min_value=0, max_value=10**9)),
       st.one_of(st.none(), st.floats(min_value=0, max_value=1e12)))
@settings(max_examples=300, deadline=None)
def test_normalise_without_pint_gives_pints_results(unit, value, high):
    c = units.normalise(claim(value, unit, low=value, high=high))
    target = units.base_unit(unit)
    assert c.norm_unit == target
    assert c.norm_value == units.convert(value, unit, target)
    assert c.norm_low == units.convert(value, unit, target)
    assert c.norm_high == (None if high is None else units.convert(high, unit, target))


def test_normalising_durations_and_dates_does_not_import_pint():
    code = ("import sys; from ledger import units; from tests.test_units import claim; "
            "[units.normalise(claim(90, u)) for u in ('day', 'year', 'hour', 'km', 'date', 'yearless_date', "
            "'rank')]; "
            "print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
