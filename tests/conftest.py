"""Shared fixtures."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The rule loader keeps validated rule sets and compiled patterns in a user
# cache folder; tests use their own, so they neither read nor fill the
# user's (subprocesses inherit it).
os.environ.setdefault("LEDGER_CACHE", tempfile.mkdtemp(prefix="ledger-test-cache-"))

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "ledger.db")
