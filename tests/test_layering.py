"""The dependency direction of the package, enforced.

    records <- text, paths, cache <- units, rules <- stages <- pipeline <- store/compare <- report, check, cli

Stages (documents, stories, figures, claims, attribute) do not import each
other; pint lives only in units, openpyxl only in report, pandas only in
store, compare and report (and only inside functions on their bulk paths).
"""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "ledger"

BASE = {"records", "text", "paths", "cache"}
STAGES = {"documents", "stories", "figures", "claims", "attribute"}
ALLOWED = {
    "records": set(),
    "text": set(),
    "paths": set(),
    "cache": set(),
    "units": BASE,
    "rules": BASE,
    "lexicon": BASE,
    "documents": BASE,
    "stories": BASE | {"lexicon"},
    # (German text: the English view its numbers are read on, de24)
    "german": BASE,
    "figures": BASE | {"german"},
    # the claims stage's parts: matching <- subjects, periods (<- currency_owner) <- claims
    "matching": BASE | {"rules"},
    "subjects": BASE | {"rules", "matching", "poll_population", "rate_base"},
    # (pol32: the population a survey asked, the subject strategy "poll")
    "poll_population": BASE | {"rules", "matching"},
    "periods": BASE | {"rules", "matching"},
    # (the last-resort subject of a money figure, run by claims after every other step)
    "currency_owner": BASE | {"rules", "matching", "subjects"},
    # (one person's age keeps no place: a last step on people.age claims, prec21)
    "age_place": BASE | {"rules", "matching"},
    # (a figure right after a list of places is the list's: a last step, prec26)
    "list_subject": BASE | {"rules", "matching"},
    # (last-resort subjects after currency_owner: "the federal" body is the US's, a firm's result
    # the firm's its story's headline names; subj24)
    "federal_owner": BASE | {"rules", "matching", "subjects"},
    "title_firm": BASE | {"rules", "matching", "subjects"},
    # (last-resort subjects after title_firm: the place a sentence is about, the country a
    # story is about; subj25)
    "place_scope": BASE | {"rules", "matching", "subjects"},
    "story_country": BASE | {"rules", "matching", "subjects"},
    # (event25: the actor a sentence names, last resort for an event's date)
    "event_owner": BASE | {"rules", "matching", "subjects"},
    # (coref25: the entity a pronoun or a definite description that owns a figure stands for)
    "coref_owner": BASE | {"rules", "matching", "subjects", "story_country"},
    # (de25: the one owner a German sentence names, for German documents only)
    "de_owner": BASE | {"rules", "matching", "subjects"},
    # (anon25: the person the text describes owns one unnamed person's age, "a 13-year-old girl")
    "described_person": BASE | {"rules", "matching", "subjects"},
    # (subj26: the name a relative clause, a dated name, an own age or an aside owns; a numbered measure)
    "relative_owner": BASE | {"rules", "matching", "subjects", "event_owner"},
    "measure_owner": BASE | {"rules", "matching", "event_owner"},
    # (date24: a date no other rule took, typed by the class of its happening, run by claims)
    "dated_class": BASE | {"rules", "matching", "subjects"},
    # (date27: a year after a caption's dash or comma, read as "in YEAR", run by claims)
    "caption_date": BASE | {"rules"},
    # (s21: the ends of a move read as levels, with the move's size cut; run by claims)
    "move_ends": BASE | {"rules", "matching", "periods"},
    # (rates33: the number base a rate is told per, read where the claim is made)
    "rate_base": BASE,
    # (fold34: which way a change went, read where the claim is made)
    "direction": BASE,
    # (one34: when the figure "one" is a count, not a pronoun; read by claims)
    "one_count": BASE | {"rules"},
    "claims": BASE | {"rules", "lexicon", "matching", "subjects", "periods", "currency_owner", "age_place",
               "federal_owner", "title_firm", "place_scope", "story_country", "de_owner", "german",
               "dated_class", "described_person", "event_owner", "coref_owner", "list_subject",
               "relative_owner", "measure_owner", "caption_date", "move_ends", "rate_base", "direction",
               "one_count"},
    "attribute": BASE | {"lexicon"},
    # after attribution: a figure quoted as "we" takes the speaker's organisation (speakers
    # from attribute, the gazetteer from matching)
    "voice": BASE | {"attribute", "matching"},
    "pipeline": BASE | STAGES | {"units", "rules", "voice"},
    "store": BASE,
    "compare": BASE | {"units", "rules"},
}
LIBRARY_HOMES = {"pint": {"units"}, "openpyxl": {"report"}, "pandas": {"store", "compare", "report"}}


def _imports(path: Path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from . import x / from .x import y
                if node.module:
                    yield "ledger." + node.module
                else:
                    for a in node.names:
                        yield "ledger." + a.name
            elif node.module:
                if node.module == "ledger":
                    for a in node.names:
                        yield "ledger." + a.name
                else:
                    yield node.module


MODULES = sorted(p.stem for p in PKG.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("module", MODULES)
def test_third_party_libraries_stay_home(module):
    for name in _imports(PKG / f"{module}.py"):
        top = name.split(".")[0]
        if top in LIBRARY_HOMES:
            assert module in LIBRARY_HOMES[top], f"ledger/{module}.py imports {top}"


@pytest.mark.parametrize("module", sorted(m for m in ALLOWED if (PKG / f"{m}.py").exists()))
def test_stage_dependency_direction(module):
    own = {n.split(".")[1] for n in _imports(PKG / f"{module}.py") if n.startswith("ledger.")}
    extra = own - ALLOWED[module] - {module}
    assert not extra, f"ledger/{module}.py imports ledger.{sorted(extra)} against the stage order"


def test_no_module_defines_a_top_level_name_twice():
    """A second ``_SAID_AFTER = ...`` further down a module silently replaces the
    first for every function that reads it: each module-level name is bound once."""
    import ast
    import collections
    from pathlib import Path

    twice = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "ledger").glob("*.py")):
        seen: collections.Counter = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                seen.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                seen[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                seen[node.name] += 1
        dup = sorted(name for name, n in seen.items() if n > 1)
        if dup:
            twice[path.name] = dup
    assert twice == {}
