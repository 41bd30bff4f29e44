"""Where ledger finds its data files (rules, word lists, unit definitions).

In a source checkout (or an editable install) that is the repository's
``rules/`` folder.  A regular install ships the same files inside the
package as ``ledger/_rules``.  ``$LEDGER_RULES`` overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def rules_root(root: "str | os.PathLike | None" = None) -> Path:
    """``root`` when a caller was given one, else where ledger's rules are."""
    if root:
        return Path(root)
    env = os.environ.get("LEDGER_RULES")
    if env:
        return Path(env)
    checkout = _HERE.parent / "rules"
    if checkout.is_dir():
        return checkout
    return _HERE / "_rules"


def rules_file(*parts: str) -> Path:
    """A data file under the rules root, e.g. rules_file("units.txt")."""
    return rules_root().joinpath(*parts)
