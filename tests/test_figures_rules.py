"""The figure word lists in rules/: every hedge behaves as its line says; bad lines fail loudly."""

import shutil
from pathlib import Path

import pytest

from ledger import figures
from ledger.figures import FigureRulesError, find_figures

RULES = figures.rules_dir()


def _hedges():
    out = []
    for n, line in enumerate((RULES / "hedges.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            phrase, pos, rel, tol = line.split("\t")
            out.append(pytest.param(phrase, pos, rel, tol, id=f"{pos}:{phrase}"))
    return out


@pytest.mark.parametrize("phrase,pos,rel,tol", _hedges())
def test_every_hedge_gives_its_interval(phrase, pos, rel, tol):
    if rel == "closes":
        text = f"less than 300 {phrase}"
    elif pos == "pre":
        text = f"They counted {phrase} 300 ballots"
    elif phrase in ("plus", "odd"):
        text = f"They counted 300-{phrase} ballots"
    elif phrase == "+":
        text = "They counted 300+ ballots"
    else:
        text = f"They counted 300 {phrase} in all"
    figs = [f for f in find_figures(text) if f.value == 300]
    assert len(figs) == 1, (text, find_figures(text))
    f = figs[0]
    assert f.hedge, text
    t = float(tol) if tol != "-" else 0.0
    expect = {
        "gt": (300, None, True, False),
        "ge": (300, None, False, False),
        "lt": (None, 300, False, True),
        "le": (None, 300, False, False),
        "approx": (300 * (1 - t), 300 * (1 + t), False, False),
        "below": (300 * (1 - t), 300, False, True),
        "above": (300, 300 * (1 + t), True, False),
        "eq": (300, 300, False, False),
        "closes": (None, 300, False, False),
    }[rel]
    got = (f.low, f.high, f.low_strict, f.high_strict)
    assert got == pytest.approx(expect), text


def _copy_rules(tmp_path):
    dst = tmp_path / "rules"
    shutil.copytree(RULES, dst)
    return dst


@pytest.mark.parametrize(
    "path,bad",
    [
        ("hedges.tsv", "more than\tsideways\tgt\t-"),
        ("hedges.tsv", "about\tpre\tapprox\tlots"),
        ("hedges.tsv", "about\tpre\tnear\t0.1"),
        ("figures/numbers.tsv", "umpteen\tunit"),
        ("figures/numbers.tsv", "umpteen\tmany\t5"),
        ("figures/scales.tsv", "gazillion\tbig\tword"),
        ("figures/scales.tsv", "gazillion\t1e20\tshiny"),
        ("figures/currencies.tsv", "doubloons\tDBL1\tpost\t1"),
        ("figures/units.tsv", "furlongs\tfurlong\tsparkly"),
        ("figures/vague.tsv", "heaps\t10\t100\tmaybe"),
        ("figures/words.tsv", "foo\tnot_a_class"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path, monkeypatch, path, bad):
    root = _copy_rules(tmp_path)
    target = root / path
    lines = target.read_text(encoding="utf-8").splitlines()
    lines.append(bad)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("LEDGER_RULES", str(root))
    figures.reload()
    try:
        with pytest.raises(FigureRulesError) as err:
            find_figures("5 people")
        assert err.value.path.endswith(Path(path).name)
        assert err.value.line == len(lines)
        assert f":{len(lines)}:" in str(err.value)
    finally:
        monkeypatch.delenv("LEDGER_RULES")
        figures.reload()


def test_a_newsroom_can_tune_a_tolerance(tmp_path, monkeypatch):
    root = _copy_rules(tmp_path)
    p = root / "hedges.tsv"
    p.write_text(p.read_text(encoding="utf-8").replace("about\tpre\tapprox\t0.1", "about\tpre\tapprox\t0.25"),
                 encoding="utf-8")
    monkeypatch.setenv("LEDGER_RULES", str(root))
    figures.reload()
    try:
        (f,) = find_figures("about 100")
        assert (f.low, f.high) == (75, 125)
    finally:
        monkeypatch.delenv("LEDGER_RULES")
        figures.reload()
