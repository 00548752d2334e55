"""Files -> decoded text, doc ids, which files are read (spacerec.ingest)."""

from __future__ import annotations

import itertools

import pytest
from spacerec.ingest import BinaryFileError, decode, doc_id_for, iter_input_files, read_source

FR = "Le CNES a signé un accord avec l’ASC le 9 mars 2021 à Montréal.\n"


def test_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(FR.encode("utf-8"))
    source = read_source(path, tmp_path)
    assert source.text == FR
    assert source.encoding == "utf-8"
    assert source.warnings == []
    assert source.doc_id == "a"


def test_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FR.encode("utf-8"))
    source = read_source(path, tmp_path)
    assert source.text == FR  # no leading U+FEFF: offsets start at the first character
    assert source.encoding == "utf-8-sig"
    assert source.warnings == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    data = FR.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data
    elif codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "u16.txt"
    path.write_bytes(data)
    source = read_source(path, tmp_path)
    assert source.text == FR
    assert source.encoding == "utf-16"
    assert source.warnings == []


def test_cp1252_french_with_warning(tmp_path):
    text = "L’Agence spatiale européenne a lancé « Juice » — été 2023.\n"
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1252"))
    source = read_source(path, tmp_path)
    assert source.text == text
    assert source.encoding == "cp1252"
    assert len(source.warnings) == 1 and "UTF-8" in source.warnings[0]


def test_utf8_with_pasted_cp1252_bytes_is_utf8_except_those_bytes():
    utf8 = "L’Agence spatiale européenne a lancé Juice le 14 avril 2023. "
    text, encoding, warnings = decode(utf8.encode("utf-8") + "Été “réussi”, dit l’ESA.".encode("cp1252"))
    assert text == utf8 + "Été “réussi”, dit l’ESA."
    assert encoding == "utf-8"
    assert warnings == ["not valid UTF-8 (first bad byte at 65); decoded as UTF-8, its 6 byte(s) that are not "
                        "UTF-8 as cp1252"]
    # one stray byte (a cp1252 apostrophe) in English UTF-8 text with a single other non-ASCII character
    text, encoding, _ = decode("Wörner".encode() + b"\x92s")
    assert (text, encoding) == ("Wörner’s", "utf-8")


@pytest.mark.parametrize("text", [
    "L’Agence spatiale européenne a lancé « Juice » — été 2023.",
    "ÉTÉ… «À LA UNE» : l’ESA et le CNES — Ça y est, c’était prévu. Ô Noël!",  # accented capitals beside symbols
])
def test_text_written_in_cp1252_stays_cp1252(text):
    decoded, encoding, _ = decode(text.encode("cp1252"))
    assert (decoded, encoding) == (text, "cp1252")


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.4\n", "a PDF document"),
    (b"PK\x03\x04\x14\x00", "a ZIP archive (also what .docx, .odt and .epub files are)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an old Microsoft Office document (.doc, .xls)"),
    (b"\x89PNG\r\n\x1a\n\x00", "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00", "a JPEG image"),
    (b"\x1f\x8b\x08\x00", "a gzip-compressed file"),
])
def test_binary_file_reason_names_what_it_is(head, kind):
    with pytest.raises(BinaryFileError, match=f"it is {kind}: convert it to text first".replace("(", r"\(")
                       .replace(")", r"\)")):
        decode(head + b"\x00\x01binary")
    with pytest.raises(BinaryFileError) as info:
        decode(b"plain words then a NUL\x00")
    assert str(info.value) == "binary content (NUL byte at 22): not a text file"


def test_binary_raises(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(BinaryFileError):
        read_source(path, tmp_path)
    with pytest.raises(BinaryFileError):
        decode(b"abc\x00def")


def test_doc_id_relative_posix_without_extension(tmp_path):
    path = tmp_path / "news" / "2021" / "ilrs.txt"
    path.parent.mkdir(parents=True)
    path.write_text("x", encoding="utf-8")
    assert doc_id_for(path, tmp_path) == "news/2021/ilrs"
    assert read_source(path, tmp_path).doc_id == "news/2021/ilrs"
    md = tmp_path / "news" / "note.v2.md"
    md.write_text("x", encoding="utf-8")
    assert doc_id_for(md, tmp_path) == "news/note.v2"


def test_read_source_without_root_uses_stem(tmp_path):
    path = tmp_path / "solo.md"
    path.write_text("hello", encoding="utf-8")
    assert read_source(path).doc_id == "solo"


def test_input_files_exclusions_and_hidden(tmp_path):
    for rel in ["b.txt", "a.md", "README.md", "GUIDELINES.md", "notes.json", "sub/c.txt", ".hidden/d.txt",
                "sub/.ipynb_checkpoints/e.txt", ".f.txt", "sub/readme.md"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files(tmp_path)]
    assert "README.md" not in found and "GUIDELINES.md" not in found
    assert not any(part.startswith(".") for f in found for part in f.split("/"))
    assert "notes.json" not in found
    assert set(found) >= {"a.md", "b.txt", "sub/c.txt"}
    # stable, sorted order
    assert found == list(iter_input_files_sorted(tmp_path))


def iter_input_files_sorted(root):
    return [p.relative_to(root).as_posix() for p in iter_input_files(root)]


def test_single_file_root(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("x", encoding="utf-8")
    assert list(iter_input_files(path)) == [path]


def test_follow_links_reads_each_folder_once_and_names_a_link_loop(tmp_path):
    """``loop -> ..`` under --follow-links: walked, it gave the article again under a/loop/a/..., 40 levels deep."""
    from spacerec.ingest import scan_inputs

    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.txt").write_text("NASA and ESA signed an agreement.\n", encoding="utf-8")
    (root / "a" / "loop").symlink_to("..")
    (root / "b").symlink_to(root / "a")  # a second path into a folder that is read anyway
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "y.txt").write_text("JAXA and ISRO signed an agreement.\n", encoding="utf-8")
    (outside / "back").symlink_to(outside)  # a loop met only after following a link out
    (root / "ext").symlink_to(outside)
    scanned = itertools.islice(scan_inputs(root, follow_links=True), 50)  # unbounded before: two loops branch
    found = {p.relative_to(root).as_posix(): reason for p, reason in scanned}
    assert {p for p, reason in found.items() if reason is None} == {"a/x.txt", "ext/y.txt"}
    assert set(found) == {"a/x.txt", "ext/y.txt", "a/loop", "ext/back"}
    assert "loop" in found["a/loop"] and "loop" in found["ext/back"]
