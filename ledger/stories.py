"""Stories inside documents: split pages and live blogs, date each part.

A file may hold one article, several articles one after another (a page
with "Continue Reading" breaks, or section labels repeated before each
title), or a live blog (entries headed by a title line and a
"HH:MM , Author" line, newest first, with a full date on entries from
earlier days).  ``split_stories`` fills ``Document.stories`` so that each
claim can carry its own story's title, date and outlet, and so that
"yesterday" is resolved against the entry that says it, not the file.

Layouts are recognised from the text; the words that mark breaks and page
furniture are data (``rules/attribution/story_breaks.txt``,
``page_furniture.txt``).  A ``sources.yaml`` sidecar next
to the file may give per-story metadata (see ``seeds/sources.yaml``).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from pathlib import Path
from typing import Optional

from ledger import paths as _paths
from ledger.cache import compile_std_cached
from ledger.records import Document, Story, published_day

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# "12:14 , Andy Gregory" or "Tuesday 21 January 2025 23:02 , Alex Croft"
_ENTRY_HEAD = compile_std_cached(
    rf"^(?:{_WEEKDAY}\s+)?(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s+)?"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*,\s*(?P<author>[^\d,][^,]{1,60})"
    r"|\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT)?)$")
# "Friday 13 August 2021 15:23 BST" on a line of its own
_DATELINE = compile_std_cached(
    rf"^(?:{_WEEKDAY}\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})"
    r"(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s+[A-Z]{2,4})?)?$")
_WIRE = compile_std_cached(r"^Via (?P<wire>.+?)(?: news wire)?$")
_BYLINE = compile_std_cached(r"^(?:By\s+|—\s*|--\s*)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                     r"(?:\s+in\s+[A-Z][\w ]+)?;?$")


rules_root = _paths.rules_root  # ``root`` if given, else ledger's rules folder


@functools.lru_cache(maxsize=32)
def _lines(root, name) -> frozenset[str]:
    """A plain list of whole lines (``rules/attribution/<name>``), case-folded;
    blank lines and ``#`` comments skipped."""
    path = rules_root(root) / "attribution" / name
    with open(path, encoding="utf-8") as fh:
        return frozenset(s.casefold() for s in (raw.strip() for raw in fh) if s and not s.startswith("#"))


# --------------------------------------------------------------------------
# Helpers


def _line_spans(text: str):
    """(start, end, stripped line) for every line of text."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        yield pos, pos + len(body), body.strip()
        pos += len(raw)


def _iso(day, month, year, hour=None, minute=None) -> str:
    d = _dt.date(int(year), MONTHS.index(month.lower()) + 1, int(day))
    if hour is None:
        return d.isoformat()
    return f"{d.isoformat()}T{int(hour):02d}:{int(minute):02d}"


def story_at(doc: Document, offset: int) -> Optional[Story]:
    """The story of ``doc`` that contains character ``offset``, or None."""
    return doc.story_at(offset)


def reference_date(doc: Document, offset: int) -> Optional[_dt.date]:
    """The date words at ``offset`` are relative to: see :meth:`Document.reference_date`."""
    return doc.reference_date(offset)


# --------------------------------------------------------------------------
# Layouts


def _live_blog(doc: Document, lines, furniture) -> Optional[list[Story]]:
    heads = []  # (index of title line, match)
    for i, (_, _, body) in enumerate(lines):
        m = _ENTRY_HEAD.match(body)
        if m and not m["author"]:
            heads.append((i, i, m))  # a bare "10:02" line: the entry starts at its time
        elif m and i > 0:
            j = i - 1
            while j >= 0 and not lines[j][2]:
                j -= 1
            if j >= 0:
                heads.append((j, i, m))
    if len(heads) < 2:
        return None
    # Dates: entries are newest first.  Walk from the oldest up; an entry with
    # only a clock time is on the day of the entry below it, or the day after
    # when its time is earlier than that entry's (the blog crossed midnight).
    dates: list[Optional[str]] = [None] * len(heads)
    day: Optional[_dt.date] = None
    prev_minutes = None
    for k in range(len(heads) - 1, -1, -1):
        m = heads[k][2]
        minutes = int(m["hour"]) * 60 + int(m["minute"])
        if m["year"]:
            day = _dt.date.fromisoformat(_iso(m["day"], m["month"], m["year"]))
        elif day is not None and prev_minutes is not None and minutes < prev_minutes:
            day += _dt.timedelta(days=1)
        prev_minutes = minutes
        if day is not None:
            dates[k] = f"{day.isoformat()}T{int(m['hour']):02d}:{m['minute']}"
    clock = [int(m["hour"]) * 60 + int(m["minute"]) for _, _, m in heads]
    bare = not any(m["author"] for _, _, m in heads)
    if day is None and bare and clock == sorted(clock) and len(set(clock)) > 1:
        # bare times ("10:02" on its own line) that only grow down the page:
        # oldest first, on one day (bylined entries are newest first)
        base = published_day(doc.published)
        if base is not None:
            dates = [f"{base.isoformat()}T{int(m['hour']):02d}:{m['minute']}" for _, _, m in heads]
    elif day is None:  # no dated heading at all: times are on the document's day
        base = published_day(doc.published)
        if base is not None:
            day, prev_minutes = base, None
            for k in range(len(heads)):  # newest first: go back a day on wrap
                m = heads[k][2]
                minutes = int(m["hour"]) * 60 + int(m["minute"])
                if prev_minutes is not None and minutes > prev_minutes:
                    day -= _dt.timedelta(days=1)
                prev_minutes = minutes
                dates[k] = f"{day.isoformat()}T{int(m['hour']):02d}:{m['minute']}"
    stories = []
    first_start = lines[heads[0][0]][0]
    if doc.text[:first_start].strip():
        stories.append(Story(0, first_start, title=doc.title or _first_title(lines, furniture),
                             published=dates[0] or doc.published, outlet=doc.outlet))
    for k, (ti, hi, m) in enumerate(heads):
        start = lines[ti][0]
        end = lines[heads[k + 1][0]][0] if k + 1 < len(heads) else len(doc.text)
        stories.append(Story(start, end, title=lines[ti][2] if ti != hi else None,
                             author=m["author"].strip() if m["author"] else None,
                             published=dates[k] or doc.published, outlet=doc.outlet))
    return stories


def _first_title(lines, furniture, start=0, stop=None) -> Optional[str]:
    for _, _, body in lines[start:stop]:
        if body and body.casefold() not in furniture and len(body.split()) >= 4 \
                and not body.startswith("Stay up to date"):
            return body
    return None


def _break_pages(doc: Document, lines, breaks, furniture) -> Optional[list[Story]]:
    cuts = [i for i, (_, _, body) in enumerate(lines) if body.casefold() in breaks]
    if not cuts:
        return None
    stories = []
    bounds = [-1] + cuts + [len(lines)]
    for a, b in zip(bounds, bounds[1:]):
        seg = lines[a + 1:b]
        if not seg:
            continue
        content = [body for _, _, body in seg if body and body.casefold() not in furniture]
        if sum(len(c) for c in content) < 200:  # a trailing "Trending" block, not a story
            continue
        title = None
        author = None
        for i, (_, _, body) in enumerate(seg):
            if body.casefold() == "published":
                for _, _, prev in reversed(seg[:i]):
                    if prev and prev.casefold() not in furniture:
                        title = prev
                        break
                break
        for _, _, body in seg:
            m = _BYLINE.match(body)
            if m:
                author = m["name"]
                break
        stories.append(Story(seg[0][0], lines[b][0] if b < len(lines) else len(doc.text),
                             title=title, author=author, published=doc.published, outlet=doc.outlet))
    return stories or None


def _labelled_sections(doc: Document, lines, furniture) -> Optional[list[Story]]:
    """Pages where a short section label is repeated before every story title."""
    counts: dict[str, int] = {}
    for i, (_, _, body) in enumerate(lines[:-1]):
        words = body.split()
        if 1 <= len(words) <= 4 and not body.endswith((".", ":", "?", "!")) \
                and not any(ch.isdigit() for ch in body) \
                and body.casefold() not in furniture and lines[i + 1][2]:
            counts[body] = counts.get(body, 0) + 1
    labels = {label for label, n in counts.items() if n >= 3}
    if not labels:
        return None
    starts = [i for i, (_, _, body) in enumerate(lines) if body in labels and i + 1 < len(lines)]
    stories = []
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        # a list of links at the foot of the page ("-" lines) is not the story
        for j in range(i + 1, stop):
            if lines[j][2] == "-":
                stop = j
                break
        end = lines[stop][0] if stop < len(lines) else len(doc.text)
        stories.append(Story(lines[i][0], end, title=lines[i + 1][2],
                             published=doc.published, outlet=doc.outlet))
    return stories


def _single(doc: Document, lines, furniture) -> list[Story]:
    published = doc.published
    outlet = doc.outlet
    author = None
    for _, _, body in lines[:40]:
        m = _DATELINE.match(body)
        if m and (published is None or published[:10] == _iso(m["day"], m["month"], m["year"])):
            published = _iso(m["day"], m["month"], m["year"], m["hour"], m["minute"])
        w = _WIRE.match(body)
        if w:
            outlet = w["wire"].strip()  # "AP": attribute gives the canonical name
    for _, _, body in lines:
        m = _BYLINE.match(body)
        if m:
            author = m["name"]
    title = doc.title or _first_title(lines, furniture)
    return [Story(0, len(doc.text), title=title, author=author, published=published, outlet=outlet)]


def _apply_sidecar(doc: Document, stories: list[Story]) -> list[Story]:
    items = dict(doc.meta).get("stories") or ()  # documents.load_paths read sources.yaml
    for item in items:
        phrase = item.get("contains") if isinstance(item, dict) else None
        if not phrase:
            continue
        at = doc.text.find(phrase)
        if at < 0:
            continue
        for k, story in enumerate(stories):
            if story.start <= at < story.end:
                changes = {key: str(item[key]) for key in ("title", "outlet", "published")
                           if item.get(key) is not None}
                stories[k] = dataclasses.replace(story, **changes)
                break
    return stories


def split_stories(doc: Document, rules_dir=None) -> Document:
    """Fill ``doc.stories``: one Story per article or live-blog entry.

    A plain article is one story covering the whole text.  Stories keep the
    document's outlet and date unless the text (or the sidecar) gives their own.
    """
    text = doc.text
    lines = list(_line_spans(text))
    if not lines:
        return dataclasses.replace(doc, stories=(Story(0, len(text), title=doc.title,
                                                       published=doc.published, outlet=doc.outlet),))
    furniture = _lines(rules_dir, "page_furniture.txt")
    breaks = _lines(rules_dir, "story_breaks.txt")
    stories = (_live_blog(doc, lines, furniture)
               or _break_pages(doc, lines, breaks, furniture)
               or _labelled_sections(doc, lines, furniture)
               or _single(doc, lines, furniture))
    stories = _apply_sidecar(doc, sorted(stories, key=lambda s: s.start))
    return dataclasses.replace(doc, stories=tuple(stories))
