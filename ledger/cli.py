"""The ``ledger`` command.

Exit codes (a contract): 0 ok or clean, 1 findings, 2 usage or internal
error.  An uncaught exception never exits 1.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sys
import traceback
from collections.abc import Iterable

import click

from .records import (CLAIM_FIELDS, CONFLICT_FIELDS, FIGURE_FIELDS, LoadError, as_dict)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

db_option = click.option(
    "--db", "db", metavar="PATH", envvar="LEDGER_DB", default=None,
    help="Ledger database file (default: $LEDGER_DB, else ./ledger.db).")
rules_option = click.option(
    "--rules", "rules_dir", metavar="DIR", default=None,
    help="Folder of rule files (default: $LEDGER_RULES, else the rules/ folder shipped with ledger).")
def _iso_date(ctx, param, value):
    if value is None:
        return None
    from .documents import is_iso_date

    if not is_iso_date(value):
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD, optionally THH:MM)")
    return value


meta_options = [
    click.option("--outlet", default=None, help="Outlet of every document given (overrides sources.yaml)."),
    click.option("--published", default=None, metavar="YYYY-MM-DD", callback=_iso_date,
                 help="Publication date of every document given (overrides sources.yaml)."),
]


def _meta(f):
    for opt in reversed(meta_options):
        f = opt(f)
    return f


def warn(message: str) -> None:
    click.echo(f"ledger: {message}", err=True)


class UsageProblem(click.UsageError):
    exit_code = EXIT_ERROR


class Failure(click.ClickException):
    """An error the user can act on (bad rule file, unreadable database)."""

    exit_code = EXIT_ERROR

    def show(self, file=None):
        click.echo(f"ledger: error: {self.format_message()}", err=True)


# ---------------------------------------------------------------------------
# shared helpers


def load_ruleset(rules_dir: str | None, *, verify: bool = True):
    """The rule set, with every rule's own examples holding (checked once per
    rule set; ``verify=False`` for `ledger rules`, which lists or checks them)."""
    from . import rules

    try:
        ruleset = rules.load_rules(rules_dir) if rules_dir else rules.load_rules()
        if verify:
            from .examples import verify as verify_examples
            verify_examples(ruleset)
        return ruleset
    except rules.RuleError as exc:
        raise Failure(str(exc)) from None


def open_ledger(db: str | None, *, readonly: bool = False):
    from .store import Ledger, StoreError

    try:
        ledger = Ledger(db, readonly=readonly)
    except StoreError as exc:
        raise Failure(str(exc)) from None
    note_migration(ledger, sys.stderr)
    return ledger


def note_migration(ledger, err) -> None:
    """Say so when a reading command brought an older ledger up to date."""
    if ledger.migrated_from is not None:
        from .store import SCHEMA_VERSION
        err.write(f"ledger: note: {ledger.path}: migrated from schema {ledger.migrated_from} "
                  f"to {SCHEMA_VERSION}\n")


def _clean(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _jsonl(records: Iterable[dict]) -> None:
    out = sys.stdout
    for r in records:
        out.write(json.dumps({k: _clean(v) for k, v in r.items()}, ensure_ascii=False) + "\n")


def _table(rows: list[dict], columns: list[str], widths: dict[str, int] | None = None) -> None:
    widths = widths or {}
    if not rows:
        return
    cells = [[_cell(r.get(c), widths.get(c, 40)) for c in columns] for r in rows]
    w = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w[i]) for i, c in enumerate(columns)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w[i]) for i, v in enumerate(row)).rstrip())


def _cell(value, width: int) -> str:
    value = _clean(value)
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:,.6g}"
    elif isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
    elif isinstance(value, (list, tuple)):
        text = ",".join(map(str, value))
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def ingest_paths(ledger, paths, ruleset, *, outlet=None, published=None) -> dict:
    """Ingest documents, one transaction each; recompute conflicts once."""
    from . import documents, pipeline

    summary = {"found": 0, "new": 0, "present": 0, "skipped": 0, "claims": 0}

    def items():
        for item in documents.load_paths(paths, outlet=outlet, published=published):
            summary["found"] += 1
            if isinstance(item, LoadError):
                yield item
            elif ledger.has_document(item.sha256):
                summary["present"] += 1
            else:
                for note in item.notes:
                    warn(f"{item.path}: {note}")
                yield item

    for result in pipeline.run(items(), ruleset):
        if isinstance(result, LoadError):
            summary["skipped"] += 1
            warn(f"skipped {result.path}: {result.message}")
            continue
        try:
            added = ledger.add_document(result.doc, result.claims, figures=len(result.figures))
        except Exception as exc:  # the ledger keeps only whole documents
            summary["skipped"] += 1
            warn(f"skipped {result.doc.path}: could not be stored: {exc}")
            continue
        if added:
            summary["new"] += 1
            summary["claims"] += len(result.claims)
        else:
            summary["present"] += 1
    if summary["new"]:
        recompute_conflicts(ledger)
    return summary


def recompute_conflicts(ledger) -> None:
    from . import compare

    ledger.replace_conflicts(compare.find_conflicts(ledger.claim_records()))


def _summary_line(s: dict, ledger) -> str:
    counts = ledger.counts()
    return (f"ingested {s['new']} new document(s), {s['claims']} claims"
            f" ({s['present']} already in the ledger, {s['skipped']} skipped);"
            f" ledger: {counts['documents']} documents, {counts['claims']} claims,"
            f" {counts['conflicts']} conflicts")


def _read_inputs(path: str) -> list:
    """The documents (or LoadErrors) of a file, a folder or standard input ('-')."""
    from . import documents

    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            return [documents.load_bytes(data, "-")]
        items = list(documents.load_paths([path]))
    except documents.DocumentError as exc:
        raise Failure(f"{path}: {exc}") from None
    if not items:
        raise Failure(f"{path}: no readable document (accepted: .txt .md .html .docx)")
    return items


def _read_input(path: str):
    """One document from a file or standard input ('-'); a folder of more than
    one document is a usage error (its first file alone was read before)."""
    items = _read_inputs(path)
    if len(items) > 1:
        raise Failure(f"{path}: a folder of {len(items)} documents; this command reads one file "
                      f"(give one, or use `ledger extract` or `ledger ingest` on the folder)")
    if isinstance(items[0], LoadError):
        raise Failure(f"{items[0].path}: {items[0].message}")
    for note in items[0].notes:
        warn(f"{items[0].path}: {note}")
    return items[0]


# ---------------------------------------------------------------------------
# commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ledger")
def cli():
    """ledger: a claim-and-figure fact-check ledger for newsrooms.

    Reads articles, extracts the figures they state (with unit, hedge,
    metric, subject, period, speaker), stores them in a ledger database,
    flags figures that conflict, writes an Excel report for editors and
    checks drafts before publication.

    Exit codes: 0 ok or clean, 1 findings, 2 usage or internal error.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@rules_option
@_meta
def ingest(paths, db, rules_dir, outlet, published):
    """Store documents (files or folders) and their claims in the ledger.

    A document already in the ledger (same text) is not added again.
    Unreadable files are reported on stderr and skipped; the others go in.
    """
    ruleset = load_ruleset(rules_dir)
    with open_ledger(db) as ledger:
        s = ingest_paths(ledger, paths, ruleset, outlet=outlet, published=published)
        click.echo(_summary_line(s, ledger))
    if s["found"] and s["skipped"] == s["found"]:
        return EXIT_ERROR
    return EXIT_OK


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@db_option
def claims(fmt, db):
    """List the claims stored in the ledger."""
    with open_ledger(db, readonly=True) as ledger:
        records = ledger.claim_records()
    rows = [as_dict(c, CLAIM_FIELDS) for c in records]
    if fmt == "jsonl":
        _jsonl(rows)
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(CLAIM_FIELDS), lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _clean(v) for k, v in r.items()})
    else:
        _table(rows, ["doc", "line", "text", "value", "unit", "metric", "subject", "speaker", "period"],
               {"doc": 28, "text": 24, "speaker": 24})
        click.echo(f"{len(rows)} claims", err=True)
    return EXIT_OK


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@db_option
def conflicts(fmt, db):
    """List the conflicts the ledger holds (exit 1 when there are any)."""
    with open_ledger(db, readonly=True) as ledger:
        records = ledger.conflict_records()
    rows = [as_dict(c, CONFLICT_FIELDS) for c in records]
    if fmt == "jsonl":
        _jsonl(rows)
    else:
        for c in records:
            click.echo(f"{c.severity:7} {c.kind:13} {c.metric} / {c.subject or '-'}  [{c.id}]")
            click.echo(f"        {c.explanation}")
        click.echo(f"{len(rows)} conflicts", err=True)
    return EXIT_FINDINGS if rows else EXIT_OK


@cli.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="jsonl", show_default=True)
def quantities(file, fmt):
    """Print every figure recognised in FILE (or '-' for stdin); stores nothing."""
    from . import figures

    doc = _read_input(file)
    found = figures.find_figures(doc.text)
    rows = [as_dict(f, FIGURE_FIELDS) for f in found]
    if fmt == "jsonl":
        _jsonl(rows)
    else:
        _table(rows, list(FIGURE_FIELDS))
    return EXIT_OK


@cli.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="jsonl", show_default=True)
@rules_option
@_meta
def extract(file, fmt, rules_dir, outlet, published):
    """Print the claims of FILE (a folder: of each document in it; '-': stdin)
    without storing them.  A document that cannot be read or typed is named on
    stderr and the others are still printed; the exit code is then 2."""
    import dataclasses

    from . import pipeline

    ruleset = load_ruleset(rules_dir)
    from .claims import RuleTimeout

    rows, failed = [], []
    for doc in _read_inputs(file):
        if isinstance(doc, LoadError):
            failed.append(f"{doc.path}: {doc.message}")
            continue
        for note in doc.notes:
            warn(f"{doc.path}: {note}")
        if outlet or published:
            doc = dataclasses.replace(doc, outlet=outlet or doc.outlet, published=published or doc.published)
        try:
            found = pipeline.extract(doc, ruleset)
        except RuleTimeout as exc:
            failed.append(f"{doc.path}: {exc}")
            continue
        rows.extend(as_dict(c, CLAIM_FIELDS) for c in found)
    if fmt == "jsonl":
        _jsonl(rows)
    else:
        _table(rows, ["line", "text", "value", "unit", "metric", "subject", "speaker", "period"],
               {"text": 24, "speaker": 24})
    if failed:
        for msg in failed:
            warn(f"error: {msg}")
        return EXIT_ERROR
    return EXIT_OK


@cli.command(name="rules")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--group", "groups", multiple=True, metavar="NAME",
              help="Only rules with this code, name or group (repeatable).")
@click.option("--check", "run_examples", is_flag=True,
              help="Run every rule's examples instead; exit 1 when one fails (a gate for edited rules).")
@rules_option
def rules_cmd(fmt, groups, run_examples, rules_dir):
    """List the claim rules: code, name, kind, metric and summary.

    With --check, run each rule's match and no_match examples through the
    figure and claim stages and print every example that fails, as
    FILE:LINE: CODE: what is wrong.
    """
    ruleset = load_ruleset(rules_dir, verify=False)
    if groups:
        ruleset = ruleset.select(groups)
    if run_examples:
        from .examples import check_examples

        problems = check_examples(ruleset)
        for line in problems:
            click.echo(line)
        n = sum(len(r.match_examples) + len(r.no_match_examples) for r in ruleset.rules)
        click.echo(f"{len(ruleset.rules)} rules, {n} examples, {len(problems)} failing", err=True)
        return EXIT_FINDINGS if problems else EXIT_OK
    rows = [{"code": r.code, "name": r.name, "kind": r.kind, "metric": r.metric,
             "groups": list(r.groups), "summary": r.summary, "why": r.why, "file": r.path}
            for r in ruleset.rules]
    if fmt == "jsonl":
        _jsonl(rows)
    else:
        _table(rows, ["code", "name", "summary"], {"name": 30, "summary": 90})
        click.echo(f"{len(rows)} rules", err=True)
    return EXIT_OK


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@rules_option
def coverage(paths, fmt, rules_dir):
    """List the figures no rule claimed, per document, with totals.

    Reads files or folders like `ingest` but stores nothing.  Each unclaimed
    figure is printed as FILE:LINE:COLUMN: TEXT (UNIT); then one line per
    document and a total.  Exit 0: this is a report, not a gate.
    """
    from . import claims as claims_stage
    from . import documents, figures, stories

    ruleset = load_ruleset(rules_dir)
    total_found = total_claimed = ndocs = 0
    for item in documents.load_paths(list(paths)):
        if isinstance(item, LoadError):
            warn(f"{item.path}: {item.message}")
            continue
        doc = stories.split_stories(item)
        figs = figures.find_figures(doc.text)
        typed = claims_stage.type_figures(doc, figs, figures.find_dates(doc.text), ruleset)
        missed = claims_stage.unclaimed(figs, typed)
        ndocs += 1
        total_found += len(figs)
        total_claimed += len(figs) - len(missed)
        for f in missed:
            col = f.start - doc.text.rfind("\n", 0, f.start)
            if fmt == "jsonl":
                _jsonl([{"doc": doc.path, "line": f.line, "column": col, "text": f.text,
                         "value": f.value, "unit": f.unit}])
            else:
                click.echo(f"{doc.path}:{f.line}:{col}: {f.text} ({f.unit})")
        if fmt == "text":
            click.echo(f"{doc.path}: {len(figs)} figures, {len(figs) - len(missed)} claimed, "
                       f"{len(missed)} unclaimed")
    share = f"{total_claimed / total_found:.1%}" if total_found else "-"
    summary = (f"total: {ndocs} documents, {total_found} figures, {total_claimed} claimed ({share}), "
               f"{total_found - total_claimed} unclaimed")
    if fmt == "jsonl":
        _jsonl([{"total": {"documents": ndocs, "figures": total_found, "claimed": total_claimed,
                           "unclaimed": total_found - total_claimed}}])
    else:
        click.echo(summary)
    return EXIT_OK


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", default="reports/ledger.xlsx", show_default=True, metavar="FILE.xlsx",
              help="Where to write the workbook.")
@db_option
@rules_option
@_meta
def report(paths, output, db, rules_dir, outlet, published):
    """Ingest PATHS (if any) and write the editor's Excel workbook."""
    from . import report as report_mod

    if os.path.isdir(output):
        raise UsageProblem(f"-o {output} is a folder; give the workbook's file name, e.g. {output.rstrip('/')}/ledger.xlsx")
    ruleset = load_ruleset(rules_dir)
    with open_ledger(db) as ledger:
        if paths:
            s = ingest_paths(ledger, paths, ruleset, outlet=outlet, published=published)
            click.echo(_summary_line(s, ledger))
        report_mod.write_report(ledger, output, ruleset=ruleset)
        counts = ledger.counts()
    click.echo(f"wrote {output}: {counts['claims']} claims, {counts['conflicts']} conflicts")
    return EXIT_OK


@cli.command()
@click.argument("workbook", type=click.Path(exists=True, dir_okay=False))
@click.option("--force", is_flag=True,
              help="Record even when the workbook was made from an older ledger state whose findings changed.")
@click.option("--dry-run", is_flag=True, help="Check the workbook and say what would be recorded; record nothing.")
@db_option
def review(workbook, force, dry_run, db):
    """Record the editor's verdicts from WORKBOOK (a `ledger report` workbook).

    Reads Verdict, Reference value, Note and Editor on the Conflicts sheet,
    matched by Conflict id.  Refuses (exit 2, nothing recorded) an unknown
    verdict or a non-numeric reference value, naming the cell, and a
    workbook made from an older ledger state whose findings have changed
    since (unless --force).
    """
    from . import review as review_mod
    from .store import default_path

    if not os.path.exists(default_path(db)):  # a review records into an existing ledger only
        raise Failure(f"{default_path(db)}: no ledger database here (use --db)")
    with open_ledger(db, readonly=dry_run) as ledger:
        try:
            result = review_mod.review_workbook(ledger, workbook, force=force, dry_run=dry_run)
        except review_mod.ReviewError as exc:
            raise Failure(str(exc)) from None
    for w in result.warnings:
        warn(w)
    click.echo(result.summary(dry_run=dry_run))
    return EXIT_OK


@cli.command()
@click.argument("drafts", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text",
              show_default=True)
@click.option("--fail-on", "fail_on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Exit 1 on findings at or above this severity (default: config, else error).")
@click.option("--baseline", metavar="FILE", default=None,
              help="Baseline of accepted findings (default: config, else .ledger-baseline.json).")
@click.option("--update-baseline", is_flag=True, help="Write the current findings to the baseline and exit 0.")
@click.option("--config", "config", metavar="FILE", default=None,
              help="ledger.toml or pyproject.toml with [tool.ledger] (default: the nearest one).")
@click.option("--published", default=None, metavar="YYYY-MM-DD", callback=_iso_date,
              help="Date the drafts will be published: undated drafts are read as of this date "
                   "(default: undated; running totals are taken as of today).")
@db_option
@rules_option
def check(drafts, fmt, fail_on, baseline, update_baseline, config, published, db, rules_dir):
    """Check DRAFTS (.md .txt .html .docx) against the ledger.

    Exit 0 clean, 1 findings at or above --fail-on, 2 usage or internal error.
    Accept a finding with a baseline (--update-baseline) or an inline marker
    on the figure's line: <!-- ledger: accept "reason" --> or [ledger: accept: reason].
    """
    from . import check as check_mod

    import gc  # noqa: PLC0415

    _freeze_at_exit()
    # a short process that keeps what it loads (parsed rules, lexicon, pattern
    # cache) to the end: the cyclic collector would walk it again and again for
    # the little garbage it finds (~2% of a gate run); back on afterwards
    collecting = gc.isenabled()
    gc.disable()
    try:
        return check_mod.run(drafts, fmt=fmt, db=db, rules_dir=rules_dir, fail_on=fail_on,
                             baseline=baseline, update_baseline=update_baseline, config=config,
                             published=published)
    finally:
        if collecting:
            gc.enable()


def _freeze_at_exit() -> None:
    """At exit, move every object to the collector's permanent generation:
    the interpreter's last collections would otherwise walk all that the gate
    made and keeps to the end (parsed rules, lexicon, pattern cache; ~6% of
    a gate run's instructions) only to free it as the process ends.  Run
    after the other exit functions (the pattern cache is saved before);
    registered once, so a test session calling this many times freezes once,
    at its own end."""
    if not _FREEZING:
        import atexit  # noqa: PLC0415
        import gc  # noqa: PLC0415

        atexit.register(gc.freeze)
        _FREEZING.append(True)


_FREEZING: list = []


# ---------------------------------------------------------------------------


def main(argv=None) -> int:
    try:
        rc = cli.main(args=argv, prog_name="ledger", standalone_mode=False)
    except click.exceptions.Exit as exc:
        rc = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        rc = EXIT_ERROR
    except click.exceptions.Abort:
        warn("aborted")
        rc = EXIT_ERROR
    except KeyboardInterrupt:
        warn("interrupted")
        rc = EXIT_ERROR
    except BrokenPipeError:
        rc = EXIT_OK
    except Exception as exc:  # an internal error must never look like "findings"
        warn(f"internal error: {type(exc).__name__}: {exc}")
        if os.environ.get("LEDGER_DEBUG"):
            traceback.print_exc()
        rc = EXIT_ERROR
    if rc is None:
        rc = EXIT_OK
    if not isinstance(rc, int) or rc not in (0, 1, 2):
        rc = EXIT_ERROR
    return rc


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
