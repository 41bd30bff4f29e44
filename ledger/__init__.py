"""ledger: a claim-and-figure fact-check ledger for newsrooms."""

from . import fncache as _fncache

_fncache.install()  # before any record class is defined: see ledger/fncache.py

__version__ = "0.1.0"
