"""An installed ledger (rules shipped inside the package as ledger/_rules)
works from any folder: no stage may look for rules/ in the working directory
or beside the package."""

import json
import os
import shutil
import subprocess
import sys

from .conftest import REPO


def test_installed_layout_runs_outside_the_checkout(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "ledger", site / "ledger", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", site / "ledger" / "_rules")
    work = tmp_path / "elsewhere"
    work.mkdir()
    draft = work / "a.txt"
    draft.write_text("Ukraine's military said nearly 2,000 Russian troops were killed in a single day, "
                     "and a 500-kilometre front.\n")
    env = {k: v for k, v in os.environ.items() if k != "LEDGER_RULES"}
    env["PYTHONPATH"] = str(site)
    env["LEDGER_CACHE"] = str(tmp_path / "cache")
    for command in ("quantities", "extract"):
        proc = subprocess.run([sys.executable, "-m", "ledger.cli", command, str(draft)], cwd=work,
                              env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        rows = [json.loads(line) for line in proc.stdout.splitlines()]
        assert any(r["value"] == 2000 for r in rows), rows
    assert not (work / "rules").exists()
