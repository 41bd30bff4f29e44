"""ledger.units: the one pint registry, normalisation and conversion."""

import subprocess
import sys
from pathlib import Path

import pytest

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
