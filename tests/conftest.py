"""Shared fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The rule loader keeps validated rule sets and compiled patterns in a user
# cache folder; tests use their own, so they neither read nor fill the
# user's (subprocesses inherit it).
# The folder is removed when the run ends, by the process that made it
# (10 to 45 MB a run; it used to be left behind in the temporary folder).
if "LEDGER_CACHE" not in os.environ:
    os.environ["LEDGER_CACHE"] = tempfile.mkdtemp(prefix="ledger-test-cache-")
    atexit.register(shutil.rmtree, os.environ["LEDGER_CACHE"], ignore_errors=True)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "ledger.db")
