"""Load files into Documents: decode, strip HTML, attach metadata.

Accepted: ``.txt``, ``.md``, ``.markdown``, ``.html``, ``.htm`` (and
``.docx`` when python-docx is installed, for drafts), from files and from
folders (recursively).  Text is decoded as UTF-8; failing that, by its BOM
(UTF-8-SIG, UTF-16), then Latin-1 -- and the fallback is reported in
``Document.notes``.  A binary, empty or unreadable file gives a LoadError
with its path, never an exception.

Metadata (outlet, publication date) comes from, in order: options given by
the caller, a ``sources.yaml`` sidecar in the file's folder (or any parent
folder up to the path given), else nothing.  The sidecar maps file names to
``{outlet: ..., published: YYYY-MM-DD}``; extra keys are kept for later
stages (``stories``; ``country``, the outlet's home country, which claims
gives to a figure "in this country").
"""

from __future__ import annotations

import codecs
import hashlib
import html.parser
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .records import Document, LoadError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES

#: Files larger than this are refused (a news article is tens of KB).
MAX_BYTES = 64 * 1024 * 1024
SIDECAR = "sources.yaml"


class DocumentError(Exception):
    pass


# --------------------------------------------------------------------------
# decoding


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text. Returns (text, encoding). Raises DocumentError
    for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DocumentError(f"has a UTF-16 byte-order mark but does not decode: {exc}") from None
    if _looks_binary(data):
        raise DocumentError("looks like a binary file (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few stray bytes (a bad paste, a truncated
    # character): keep the UTF-8 and replace only the bad bytes.  Text with
    # no valid multi-byte sequence at all is Latin-1 (or Windows-1252).
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if good and good >= bad:
        return replaced, f"utf-8 ({bad} invalid byte sequence(s) replaced)"
    text = data.decode("latin-1")
    return text, "latin-1"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # control bytes other than tab, newline, carriage return, form feed
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(4, len(sample) // 100)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------
# HTML to text


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
             "tr", "table", "section", "article", "header", "footer", "blockquote",
             "pre", "hr", "title", "figcaption", "dd", "dt"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP and tag != "head":
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and tag != "head" and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n", parser.title


def docx_to_text(data: bytes) -> str:
    import io

    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise DocumentError("reading .docx needs python-docx (pip install python-docx)") from exc
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            expanded = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise DocumentError(f"is not a readable Word document: {exc}") from None
    if expanded > MAX_BYTES:
        raise DocumentError(f"expands to {expanded:,} bytes, over the {MAX_BYTES:,}-byte limit for one document")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip or XML errors
        raise DocumentError(f"is not a readable Word document: {exc}") from None
    return "\n".join(p.text for p in document.paragraphs) + "\n"


# --------------------------------------------------------------------------
# metadata


def _read_sidecar(folder: Path) -> dict[str, Any]:
    path = folder / SIDECAR
    if not path.is_file():
        return {}
    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: sidecar is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise DocumentError(f"{path}: sidecar cannot be read: {exc.strerror or exc}") from None
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise DocumentError(f"{where}: sidecar is not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise DocumentError(f"{path}:1: sidecar must map file names to metadata")
    _check_sidecar_dates(path, node)
    return data


def _check_sidecar_dates(path: Path, node) -> None:
    """Every `published` in a sidecar (file or story) is an ISO date or
    datetime, or null; otherwise the file and line are named."""
    import yaml

    def walk(n):
        if isinstance(n, yaml.MappingNode):
            for key, value in n.value:
                if getattr(key, "value", None) == "published" and isinstance(value, yaml.ScalarNode):
                    if value.tag != "tag:yaml.org,2002:null" and not is_iso_date(value.value):
                        raise DocumentError(
                            f"{path}:{value.start_mark.line + 1}: published {value.value!r} is not an "
                            "ISO date (YYYY-MM-DD, optionally with a time THH:MM)")
                walk(value)
        elif isinstance(n, yaml.SequenceNode):
            for item in n.value:
                walk(item)

    walk(node)


def is_iso_date(value: str) -> bool:
    """True for YYYY-MM-DD, optionally followed by THH:MM[:SS] (a real date)."""
    import datetime

    value = str(value).strip()
    try:
        if len(value) == 10:
            datetime.date.fromisoformat(value)
        else:
            datetime.datetime.fromisoformat(value)
            if len(value) < 16 or value[10] not in "T ":
                return False
    except ValueError:
        return False
    return True


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------
# public API


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_text(text: str, path: str = "-", *, outlet: str | None = None,
              published: str | None = None, encoding: str = "utf-8",
              title: str | None = None, notes: tuple[str, ...] = (),
              meta: dict | None = None) -> Document:
    """Make a Document from text already in memory."""
    text = normalise_newlines(text)
    meta = meta or {}
    return Document(
        path=path,
        text=text,
        sha256=sha256(text),
        encoding=encoding,
        outlet=outlet if outlet is not None else meta.get("outlet"),
        published=_iso(published) if published is not None else _iso(meta.get("published")),
        title=title if title is not None else meta.get("title"),
        notes=notes,
        meta=tuple(sorted((k, v) for k, v in meta.items() if k not in ("outlet", "published", "title")
                          and isinstance(k, str))),
    )


def load_bytes(data: bytes, path: str, *, outlet=None, published=None, meta=None) -> Document:
    suffix = Path(path).suffix.lower()
    if not data:
        raise DocumentError("is empty")
    if len(data) > MAX_BYTES:
        raise DocumentError(f"is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit for one document")
    notes: list[str] = []
    title = None
    if suffix in DOCX_SUFFIXES:
        text, encoding = docx_to_text(data), "docx"
    else:
        text, encoding = decode(data)
        if encoding != "utf-8":
            notes.append(f"decoded as {encoding}")
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))):
            text, title = html_to_text(text)
    if not text.strip():
        raise DocumentError("has no text")
    return load_text(text, path, outlet=outlet, published=published, encoding=encoding,
                     title=title, notes=tuple(notes), meta=meta)


def iter_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Yield (path as given or found, root given, error) for every candidate file."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            for f in found:
                yield str(f), p, None
        elif p.is_file():
            yield str(p), p.parent, None
        else:
            yield str(p), None, "no such file or folder"


def printable_path(path: str) -> str:
    """A file name as text that can be stored and printed: bytes that are
    not UTF-8 (a Latin-1 name from an old zip) become U+FFFD."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", errors="replace")


def load_paths(paths: Iterable[str], *, outlet: str | None = None,
               published: str | None = None) -> Iterator[Document | LoadError]:
    """Load every document under ``paths``; errors are yielded, never raised."""
    sidecars: dict[Path, dict] = {}
    for path, root, error in iter_files(paths):
        shown = printable_path(path)
        if error:
            yield LoadError(shown, error)
            continue
        try:
            meta = _metadata_for(Path(path), root, sidecars)
            with open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
            yield load_bytes(data, shown, outlet=outlet, published=published, meta=meta)
        except DocumentError as exc:
            yield LoadError(shown, str(exc))
        except OSError as exc:
            yield LoadError(shown, f"cannot be read: {exc.strerror or exc}")


def _metadata_for(path: Path, root: Path | None, cache: dict[Path, dict]) -> dict:
    folder = path.parent
    stop = root.resolve() if root else folder.resolve()
    while True:
        if folder not in cache:
            cache[folder] = _read_sidecar(folder)
        side = cache[folder]
        rel = os.path.relpath(path, folder)
        entry = side.get(rel) or side.get(path.name)
        if isinstance(entry, dict):
            return entry
        if entry is not None:
            raise DocumentError(f"{folder / SIDECAR}: the entry for {path.name} must be a mapping "
                                f"(outlet: ..., published: YYYY-MM-DD), not {type(entry).__name__}")
        if folder.resolve() == stop or folder.parent == folder:
            return {}
        folder = folder.parent
