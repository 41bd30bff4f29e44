import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger import documents
from ledger.records import Document, LoadError

from .conftest import SEEDS


def _load(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return list(documents.load_paths([str(p)]))[0]


def test_seeds_load_with_sidecar_metadata():
    docs = [d for d in documents.load_paths([str(SEEDS)])]
    assert len(docs) == 5
    assert all(isinstance(d, Document) for d in docs)
    assert all(d.encoding == "utf-8" for d in docs)
    # every seed has an outlet from seeds/sources.yaml; dates where the text gives one
    assert all(d.outlet for d in docs)
    by_name = {d.path.split("/")[-1][:3]: d for d in docs}
    assert by_name["001"].published == "2021-08-13"
    assert by_name["004"].published == "2025-01-22"


def test_seed_text_is_byte_identical_to_file():
    for d in documents.load_paths([str(SEEDS)]):
        assert d.text.encode("utf-8") == (SEEDS / d.path.split("/")[-1]).read_bytes().replace(b"\r\n", b"\n")


def test_same_text_same_hash(tmp_path):
    a = _load(tmp_path, "a.txt", b"Some 300 troops were sent.\n")
    b = _load(tmp_path, "b.txt", b"Some 300 troops were sent.\n")
    assert a.sha256 == b.sha256 and a.path != b.path


def test_latin1_falls_back_and_says_so(tmp_path):
    d = _load(tmp_path, "l1.txt", "The deal was worth £640,000 to the café.".encode("latin-1"))
    assert isinstance(d, Document)
    assert d.encoding == "latin-1"
    assert "£640,000" in d.text and "café" in d.text
    assert any("latin-1" in n for n in d.notes)


@pytest.mark.parametrize("bom,codec,enc", [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (b"", "utf-16", "utf-16"),  # python's utf-16 codec writes a BOM
])
def test_bom_encodings(tmp_path, bom, codec, enc):
    d = _load(tmp_path, "bom.txt", bom + "Nearly 2,000 casualties — Kyiv".encode(codec))
    assert isinstance(d, Document)
    assert d.encoding == enc
    assert d.text.startswith("Nearly 2,000")


def test_binary_file_is_a_load_error(tmp_path):
    d = _load(tmp_path, "x.txt", bytes(range(256)) * 10)
    assert isinstance(d, LoadError)
    assert "binary" in d.message
    assert d.path.endswith("x.txt")


def test_empty_and_blank_files_are_load_errors(tmp_path):
    assert "empty" in _load(tmp_path, "e.txt", b"").message
    assert "no text" in _load(tmp_path, "w.txt", b"  \n\n ").message


def test_missing_path_is_a_load_error():
    (item,) = documents.load_paths(["/nonexistent/file.txt"])
    assert isinstance(item, LoadError) and "no such file" in item.message


def test_html_drops_scripts_and_styles(tmp_path):
    html = (b"<html><head><title>Toll rises</title><style>p{color:red}</style></head>"
            b"<body><script>var x = 12345;</script><h1>Toll rises</h1>"
            b"<p>More than 300 people were killed, officials said.</p></body></html>")
    d = _load(tmp_path, "a.html", html)
    assert isinstance(d, Document)
    assert "12345" not in d.text and "color" not in d.text
    assert "More than 300 people were killed" in d.text
    assert d.title == "Toll rises"


def test_folder_is_recursive_and_ignores_other_files(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "a.md").write_text("Some 5 drones.")
    (tmp_path / "b.txt").write_text("About 12 missiles.")
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("10 tanks.")
    paths = sorted(d.path for d in documents.load_paths([str(tmp_path)]))
    assert [p.split("/")[-1] for p in paths] == ["b.txt", "a.md"] or len(paths) == 2


def test_options_override_sidecar(tmp_path):
    (tmp_path / "sources.yaml").write_text("a.txt: {outlet: Sidecar News, published: 2024-05-01}\n")
    (tmp_path / "a.txt").write_text("About 12 missiles.")
    (d,) = documents.load_paths([str(tmp_path)])
    assert (d.outlet, d.published) == ("Sidecar News", "2024-05-01")
    (d,) = documents.load_paths([str(tmp_path)], outlet="Given", published="2024-06-02")
    assert (d.outlet, d.published) == ("Given", "2024-06-02")


def test_broken_sidecar_names_file_and_line(tmp_path):
    (tmp_path / "sources.yaml").write_text("a.txt: {outlet: [unclosed\n")
    (tmp_path / "a.txt").write_text("About 12 missiles.")
    (item,) = documents.load_paths([str(tmp_path)])
    assert isinstance(item, LoadError)
    assert "sources.yaml:" in item.message


def test_crlf_is_normalised(tmp_path):
    d = _load(tmp_path, "w.txt", b"Line one 5.\r\nLine two 6.\r\n")
    assert "\r" not in d.text


@given(st.text(min_size=1, max_size=300))
def test_any_utf8_text_loads_or_errors_cleanly(s):
    data = s.encode("utf-8")
    try:
        d = documents.load_bytes(data, "h.txt")
    except documents.DocumentError:
        return
    assert isinstance(d, Document)


def test_sidecar_entry_that_is_not_a_mapping_is_named(tmp_path):
    (tmp_path / "sources.yaml").write_text("a.txt: The Times\n")
    (tmp_path / "a.txt").write_text("About 12 missiles.")
    (item,) = documents.load_paths([str(tmp_path)])
    assert isinstance(item, LoadError) and "sources.yaml" in item.message and "mapping" in item.message
