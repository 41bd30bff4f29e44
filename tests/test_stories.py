"""Stories inside documents: multi-story pages, live blogs, per-story dates."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger import stories
from ledger.documents import load_paths
from ledger.records import Document
from ledger.stories import reference_date, split_stories, story_at

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def doc_of(text, published=None, outlet=None, path="t.txt"):
    return Document(path=path, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    encoding="utf-8", outlet=outlet, published=published)


def seed(name) -> Document:
    (doc,) = list(load_paths([str(SEEDS / name)]))
    return split_stories(doc)


LIVE = """Top summary line with 12 things in it.
Key Points
-
First point
Newest entry title
01:10 , Jane Doe
The newest entry said 40 things yesterday.
Entry after midnight
00:05 , John Roe
Text of the second entry.
Late evening entry
Monday 20 January 2025 23:40 , Jane Doe
Evening text, 7 drones.
Afternoon entry
Monday 20 January 2025 15:00 , John Roe
Afternoon text.
"""


def test_live_blog_entries_get_their_own_time_and_author():
    doc = split_stories(doc_of(LIVE, published="2025-01-21", outlet="Paper"))
    entries = [s for s in doc.stories if s.author]
    assert [s.title for s in entries] == ["Newest entry title", "Entry after midnight",
                                         "Late evening entry", "Afternoon entry"]
    assert [s.published for s in entries] == ["2025-01-21T01:10", "2025-01-21T00:05",
                                             "2025-01-20T23:40", "2025-01-20T15:00"]
    assert [s.author for s in entries] == ["Jane Doe", "John Roe", "Jane Doe", "John Roe"]
    # the summary above the first entry is a story of its own
    assert doc.stories[0].start == 0 and doc.stories[0].author is None
    assert all(s.outlet == "Paper" for s in doc.stories)


def test_live_blog_without_dated_heading_uses_document_date_and_wraps_midnight():
    text = "A title\n00:30 , A Writer\nText.\nOlder title\n23:50 , A Writer\nOlder text.\n"
    doc = split_stories(doc_of(text, published="2025-03-02"))
    assert [s.published for s in doc.stories] == ["2025-03-02T00:30", "2025-03-01T23:50"]


def test_relative_date_resolves_against_the_entry_not_the_file():
    """'yesterday' in the 19:00 entry of 21 January means 20 January,
    although the live blog's file date is 22 January."""
    doc = seed("004_536e53dfd3008ca6.txt")
    assert doc.published == "2025-01-22"
    at = doc.text.index("the Ukrainian general staff said yesterday") + len("the Ukrainian general staff said ")
    entry = story_at(doc, at)
    assert entry.title == "Russia used chemical weapons 434 times on Ukraine last month, officials say"
    assert entry.published == "2025-01-21T19:00"
    yesterday = reference_date(doc, at) - dt.timedelta(days=1)
    assert yesterday == dt.date(2025, 1, 20)
    assert yesterday != dt.date.fromisoformat(doc.published) - dt.timedelta(days=1)
    try:  # the quantity layer sees the same words as a relative date
        from ledger.figures import find_dates
    except ImportError:  # pragma: no cover
        return
    rel = [d for d in find_dates(doc.text) if d.start <= at < d.end or d.start == at]
    assert rel and rel[0].relative == "yesterday"


def test_seed_live_blog_splits_into_entries_newest_first():
    doc = seed("004_536e53dfd3008ca6.txt")
    entries = [s for s in doc.stories if s.author]
    assert len(entries) == 40
    dates = [s.published for s in entries]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2025-01-22T12:14" and dates[-1] == "2025-01-21T17:30"
    # entries with a clock time only are on the day after the dated heading
    assert story_at(doc, doc.text.index("Ms Svyrydenko told")).published == "2025-01-22T12:05"


def test_multi_story_page_with_continue_reading_breaks_and_sidecar_dates():
    doc = seed("000_92bf76dfa97c7d0f.txt")
    assert [s.published for s in doc.stories] == ["2021-08-22", "2025-04-10", "2025-04-10", "2025-04-10"]
    assert doc.stories[1].title.startswith("Asianmarkets bounce back after Trump pauses")
    assert doc.stories[3].title.startswith("Defence secretary to urge coalition")
    assert story_at(doc, doc.text.index("Mr Healey is expected")) is doc.stories[3]
    # the sidecar's title for the untitled first story
    assert doc.stories[0].title == "How the Taliban took Afghanistan"


def test_page_with_repeated_section_labels_splits_at_each():
    doc = seed("002_3b77d831465d6327.txt")
    assert len(doc.stories) == 9
    assert doc.stories[0].title == "Russia and North Korea Formalize Mutual Defense Pact"
    assert doc.stories[-1].title.startswith("UK’s Starmer, France’s Macron")
    # the list of links at the foot of the page belongs to no story
    assert story_at(doc, doc.text.index("Key Democrats reject calls")) is None
    assert all(s.outlet == "WARYATV" for s in doc.stories)


def test_wire_story_takes_the_wire_as_outlet_and_its_dateline():
    text = ("Stay up to date with notifications from The Paper\n\nA headline about envoys meeting today\n\n"
            "Via AP news wire\nFriday 13 August 2021 15:23 BST\n\nBody text with 30 envoys.\n\n—Jane Roe in Brussels;\n")
    doc = split_stories(doc_of(text, published="2021-08-13", outlet="The Paper"))
    (s,) = doc.stories
    assert (s.start, s.end) == (0, len(text))
    assert s.outlet == "AP"  # the wire credit as written; attribute names it in full
    assert s.published == "2021-08-13T15:23"
    assert s.author == "Jane Roe"
    assert s.title == "A headline about envoys meeting today"


def test_plain_article_is_one_story():
    text = "A headline for a plain story here\n\nIt said 5 things.\n"
    doc = split_stories(doc_of(text, published="2024-05-01", outlet="X"))
    assert len(doc.stories) == 1
    s = doc.stories[0]
    assert (s.start, s.end, s.published, s.outlet) == (0, len(text), "2024-05-01", "X")


PIECES = ["Some text with 3 numbers.", "Continue Reading", "World", "A title line here", "Published",
          "10:15 , Jo Bloggs", "Tuesday 21 January 2025 09:00 , Al Smith", "Section", "-", "", "“A quote”"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from([None, "2025-01-21"]))
def test_stories_are_ordered_disjoint_and_inside_the_text(lines, published):
    text = "\n".join(lines)
    doc = split_stories(doc_of(text, published=published))
    prev_end = 0
    for s in doc.stories:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.start >= prev_end
        prev_end = s.end
        if s.published:
            dt.date.fromisoformat(s.published[:10])
    assert stories.split_stories(doc).stories == doc.stories  # idempotent


def test_live_blog_with_bare_times_oldest_first():
    """Entries headed by a bare time ("10:02" on its own line) that grow down
    the page are oldest first, on the document's day; each entry starts at its
    time and has no title of its own."""
    text = ("Sumy strike: latest\n\n10:02\nThe toll has risen to 32.\n\n"
            "14:40\nThe toll has risen to 35.\n")
    doc = split_stories(doc_of(text, published="2025-04-14"))
    entries = [s for s in doc.stories if s.published and "T" in s.published]
    assert [s.published for s in entries][-2:] == ["2025-04-14T10:02", "2025-04-14T14:40"]
    assert text[entries[-1].start:].startswith("14:40")
    assert entries[-1].title is None


def test_bylined_entries_stay_newest_first_across_midnight():
    text = "A title\n00:30 , A Writer\nText.\nOlder title\n23:50 , A Writer\nOlder text.\n"
    doc = split_stories(doc_of(text, published="2025-03-02"))
    assert [s.published for s in doc.stories] == ["2025-03-02T00:30", "2025-03-01T23:50"]
