"""ledger: a claim-and-figure fact-check ledger for newsrooms."""

__version__ = "0.1.0"
