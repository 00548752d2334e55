"""Matching documents between a gold file, a predicted file and a folder of texts by ``doc_id``.

``doc_id`` is an article's path relative to the folder given to ``spacerec run``, without
extension. The same corpus run from its root or from a subfolder therefore gives ids that differ
by a folder prefix (``dev/en/a`` against ``en/a``), and scoring them as they are would give a
silent 0. This module finds that prefix when exactly one explains the ids, and otherwise says
why nothing matches, so ``spacerec eval`` never scores zero without a word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacerec.ingest import INPUT_SUFFIXES

HOW_DOC_IDS_ARE_FORMED = (
    "doc_id is the article's path relative to the folder given to `spacerec run`, without extension: "
    "run on corpus/dev, corpus/dev/en/a.txt gets doc_id en/a; run on corpus, dev/en/a"
)
EXAMPLES = 3


class DocIdMismatch(ValueError):
    """No document of one side matches the other; ``str()`` is a message with examples from both sides."""


@dataclass(frozen=True)
class PrefixFix:
    """Rewrite ids of one side so they match the other: add or strip ``prefix`` at the start."""

    action: str  # "add" | "strip"
    prefix: str
    matched: int

    def apply(self, doc_id: str) -> str:
        """``doc_id`` with the prefix added, or stripped when it has it."""
        if self.action == "add":
            return self.prefix + doc_id
        return doc_id[len(self.prefix):] if doc_id.startswith(self.prefix) else doc_id

    def option(self) -> str:
        """The command-line option that applies this rewrite (``--add-prefix X`` or ``--strip-prefix X``)."""
        return f"--{self.action}-prefix {self.prefix}"


def rewrite(records: list[dict[str, Any]], *, strip_prefix: str | None = None,
            add_prefix: str | None = None) -> list[dict[str, Any]]:
    """Records with ``doc_id`` rewritten: ``strip_prefix`` removed where present, then ``add_prefix`` added."""
    if not strip_prefix and not add_prefix:
        return records
    out = []
    for record in records:
        doc_id = record["doc_id"]
        if strip_prefix and doc_id.startswith(strip_prefix):
            doc_id = doc_id[len(strip_prefix):]
        if add_prefix:
            doc_id = add_prefix + doc_id
        out.append({**record, "doc_id": doc_id})
    return out


def _suffixes(doc_id: str) -> Iterable[tuple[str, str]]:
    """``(prefix, rest)`` for every cut of ``doc_id`` just after a ``/``."""
    for index, char in enumerate(doc_id):
        if char == "/" and index + 1 < len(doc_id):
            yield doc_id[: index + 1], doc_id[index + 1:]


def find_prefix(targets: set[str], ids: set[str]) -> PrefixFix | None:
    """The one folder prefix that, added to or stripped from ``ids``, turns them into ``targets``.

    Returns None when no prefix matches anything, or when two different rewrites would each match
    some documents (ambiguous: the caller must ask the user to choose).
    """
    candidates: Counter[tuple[str, str]] = Counter()
    for target in targets:
        for prefix, rest in _suffixes(target):
            if rest in ids:
                candidates["add", prefix] += 1
    for doc_id in ids:
        for prefix, rest in _suffixes(doc_id):
            if rest in targets:
                candidates["strip", prefix] += 1
    if len(candidates) != 1:
        return None
    ((action, prefix), matched), = candidates.items()
    return PrefixFix(action, prefix, matched)


def examples(ids: Iterable[str], count: int = EXAMPLES) -> str:
    """At most ``count`` of ``ids``, sorted and comma-separated (``...`` when there are more), for messages."""
    chosen = sorted(ids)[:count]
    return ", ".join(chosen) + (", ..." if len(set(ids)) > count else "") if chosen else "(none)"


def mismatch_message(gold_path: Path, gold_ids: set[str], pred_path: Path, pred_ids: set[str],
                     rewritten: bool = False, hide_gold: bool = False) -> str:
    """Why no gold document matches a predicted one, with examples of both and what to do.

    ``hide_gold`` (``eval --totals-only``, a held-out split) names no gold document, only how many there are.
    """
    shown = f"{len(gold_ids)} documents (not named: --totals-only)" if hide_gold else examples(gold_ids)
    lines = [
        "error: no gold document matches a predicted one (every score would be 0).",
        f"  gold doc_ids ({gold_path}): {shown}",
        f"  predicted doc_ids ({pred_path}): {examples(pred_ids)}",
        f"  {HOW_DOC_IDS_ARE_FORMED}.",
        "  Run on the folder the gold was labelled from, or rewrite the predicted ids with "
        "--strip-prefix PREFIX or --add-prefix PREFIX.",
    ]
    if rewritten:
        lines.insert(3, "  (the predicted ids are shown after --strip-prefix/--add-prefix)")
    for side, ids in (("gold", gold_ids), ("predicted", pred_ids)):
        hint = _misformed(ids)
        if hint:
            lines.append(f"  The {side} doc_ids {hint}.")
    return "\n".join(lines)


def _misformed(ids: set[str]) -> str | None:
    """How ``ids`` differ from any doc_id ``spacerec run`` forms (a hand-written gold file), or None."""
    with_suffix = sum(1 for i in ids if i.lower().endswith(INPUT_SUFFIXES))
    if with_suffix:
        return (f"end in a file extension ({with_suffix} of {len(ids)}): a doc_id has none, so write "
                "en/a for the file en/a.txt")
    backslashed = sum(1 for i in ids if "\\" in i)
    if backslashed:
        return f"hold backslashes ({backslashed} of {len(ids)}): a doc_id separates folders with '/', as en/a"
    return None


def _text_files(folder: Path) -> dict[str, Path]:
    """``{relative id: path}`` of every .txt/.md file under ``folder`` (the first extension wins)."""
    found: dict[str, Path] = {}
    for suffix in INPUT_SUFFIXES:
        for path in sorted(folder.rglob(f"*{suffix}")):
            if path.is_file():
                found.setdefault(path.relative_to(folder).with_suffix("").as_posix(), path)
    return found


def locate_texts(folder: Path, doc_ids: list[str]) -> tuple[dict[str, Path], str | None]:
    """The article file of each doc_id under ``folder`` (``doc_id`` + .txt/.md), and a note when a prefix was needed.

    When no doc_id has a file as it stands, one unambiguous folder prefix is tried (the texts
    folder may be the corpus root while the ids were formed from a subfolder, or the reverse).
    Raises DocIdMismatch, with examples of ids and files, when still nothing is found.
    """
    files = _text_files(folder)
    located = {doc_id: files[doc_id] for doc_id in doc_ids if doc_id in files}
    if located or not doc_ids:
        return located, None
    fix = find_prefix(set(files), set(doc_ids))
    if fix is not None:
        located = {doc_id: files[fix.apply(doc_id)] for doc_id in doc_ids if fix.apply(doc_id) in files}
        if located:
            verb = "adding" if fix.action == "add" else "stripping"
            return located, (f"note: --texts {folder}: the article files match the doc_ids after {verb} the "
                             f"prefix {fix.prefix!r} ({len(located)} of {len(doc_ids)} found)")
    raise DocIdMismatch(
        f"error: --texts {folder}: no article file for any of the {len(doc_ids)} documents.\n"
        f"  looked for FOLDER/DOC_ID.txt or .md, e.g. {folder / (sorted(doc_ids)[0] + '.txt')}\n"
        f"  doc_ids: {examples(doc_ids)}\n"
        f"  files under {folder}: {examples(files) if files else '(no .txt or .md file)'}\n"
        f"  {HOW_DOC_IDS_ARE_FORMED}; give --texts the folder that was given to `spacerec run`."
    )
