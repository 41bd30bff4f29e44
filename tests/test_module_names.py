"""No module of ledger/ binds one top-level name twice (session 33): a second
``_IRREGULAR_PAST = ...`` further down claims.py silently replaced the first, and
the code above it read the new words.  A name meant to grow is extended where it
is defined, or with ``|=``."""

import ast
from collections import Counter
from pathlib import Path

import pytest

LEDGER = Path(__file__).resolve().parent.parent / "ledger"


def _top_level_names(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    yield t.id


@pytest.mark.parametrize("path", sorted(LEDGER.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    names = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [n for n, k in names.items() if k > 1] == []
