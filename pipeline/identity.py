"""Identity, defined once for every step: record types, name normalisation and record ids.

The record contract (``../shared/spec/RECORDS.md``, ``docs/RECORDS.md``) says how a name is
normalised for matching and how a record's id is made from its ``doc_id``, type and key. Every
step needs some of it (the segmenter and the KB normalise names, the merger and the loaders make
and check ids), so it lives in this module, which imports nothing from the pipeline: an early
step can use it without importing the output contract (``spacerec.records``), which re-exports it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

SCHEMA_VERSION = "1"

RecordType = Literal["document", "agency", "mission", "agreement"]
RECORD_TYPES: tuple[str, ...] = ("document", "agency", "mission", "agreement")
BLOCK_KINDS: tuple[str, ...] = ("title", "body", "caption", "credit")
MISSION_KINDS: tuple[str, ...] = ("programme", "spacecraft", "station", "launcher", "instrument")
MISSION_ROLES: tuple[str, ...] = ("lead", "partner", "contributor")
EVENT_KINDS: tuple[str, ...] = ("launch", "landing", "sample_return", "orbit_insertion", "end")
AGREEMENT_KINDS: tuple[str, ...] = (
    "mou",
    "agreement",
    "accords",
    "joint_statement",
    "letter_of_intent",
    "cooperation",
)
PRECISIONS: tuple[str, ...] = ("day", "month", "year")

_APOSTROPHES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc`"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_TRAILING_ROMAN = re.compile(r"(?:^|[^a-z0-9])(x|ix|viii|vii|vi|v|iv|iii|ii|i)\W*$")


@lru_cache(maxsize=1 << 15)  # the linker, the KB and the rules ask again and again for the same few thousand names
def normalise_name(name: str) -> str:
    """Normalise a name for matching, exactly as the contract says.

    Lower-case, typographic apostrophes and dashes to ASCII, drop everything but letters and
    digits, and a trailing Roman numeral I-X becomes its number (``Artemis II`` ->
    ``artemis2``, ``Chang’e-4`` -> ``change4``). Accented letters are kept (they are letters);
    the numeral must stand as its own word, so ``Juice`` keeps its ``i``.
    """
    text = unicodedata.normalize("NFC", name).translate(_APOSTROPHES).translate(_DASHES).lower()
    match = _TRAILING_ROMAN.search(text)
    suffix = ""
    if match and match.start(1) > 0:
        suffix = str(_ROMAN[match.group(1)])
        text = text[: match.start(1)]
    return "".join(ch for ch in text if ch.isalnum()) + suffix


def longest_first(phrase: str) -> tuple[int, str]:
    """Sort key of the phrases of a regex alternation: longest first, then in code-point order.

    Longest first, so a phrase wins over its prefix; code-point order among phrases of one length, so a pattern
    built from a set is the same text in every process (whatever the set's order), which the compiled-pattern
    bundle of :mod:`spacerec.regex_cache` needs. Two different phrases of one length never match the same text,
    so the order among them changes no match.
    """
    return -len(phrase), phrase


def make_id(doc_id: str, record_type: str, key: Iterable[str]) -> str:
    """Stable record id: SHA-1 of ``doc_id``, type and key joined by U+001F."""
    return hashlib.sha1("\x1f".join([doc_id, record_type, *key]).encode("utf-8")).hexdigest()


def record_key(record: dict[str, Any]) -> list[str]:
    """The identity key of a record as the contract defines it per record type."""
    kind = record["record_type"]
    if kind == "document":
        return []
    if kind == "agency":
        return [record["agency_id"]]
    if kind == "mission":
        return [normalise_name(record["name"])]
    if kind == "agreement":
        subject = record.get("subject")
        return [
            ",".join(sorted(record["parties"])),
            normalise_name(subject) if subject else "",
            record.get("date") or "",
        ]
    raise ValueError(f"unknown record_type {kind!r}")


def record_id(record: dict[str, Any]) -> str:
    """Compute the contract id of a record dict (used to fill and to check ids)."""
    return make_id(record["doc_id"], record["record_type"], record_key(record))


def sort_key(record: dict[str, Any]) -> tuple[str, int, list[str]]:
    """Output order: (doc_id, record type in contract order, key), so runs are byte-identical."""
    return (record["doc_id"], RECORD_TYPES.index(record["record_type"]), record_key(record))
