"""Read record files and score predicted records against gold ones.

Every metric is a multiset of keys per document (see ``METRICS``): a predicted key matches
one gold key at most, so a duplicated record costs a false positive. The keys come from the
record contract (``spacerec.records``) so the evaluator and the extractor agree on identity;
what the contract says scoring ignores (role wording, mentions, agency name/country,
status, evidence) never enters a key.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from spacerec.io import RecordFileError, read_jsonl
from spacerec.records import _APOSTROPHES, RECORD_TYPES, normalise_name, record_key
from spacerec.schema import scoring_errors

Key = tuple[str, ...]

# --------------------------------------------------------------------------- loading


def _check_record(record: Any) -> dict[str, Any]:
    """A parsed line -> the record, or ValueError/TypeError with the reason (a bad gold line is found, not guessed)."""
    if not isinstance(record, dict):
        raise TypeError(f"not a JSON object but {type(record).__name__}")
    for name in ("record_type", "doc_id"):
        if name not in record:
            raise ValueError(f"lacks {name}")
    if not isinstance(record["doc_id"], str):
        raise TypeError("doc_id is not a string")
    if record["record_type"] not in RECORD_TYPES:
        raise ValueError(f"unknown record_type {record['record_type']!r}")
    problems = scoring_errors(record)  # field types first: "parties": "NASA" must not become the key "A,A,N,S"
    if problems:
        raise ValueError("schema: " + "; ".join(problems))  # all of them: a hand-made line is fixed at once
    try:  # the scorer needs each record's key; fail here, with a line number, not later
        record_key(record)
    except (KeyError, TypeError, AttributeError) as err:
        raise ValueError(
            f"{record['record_type']} record without a usable key ({err!r})"
        ) from None
    return record


def _read(path: str | Path) -> Iterator[dict[str, Any] | RecordFileError]:
    for line in read_jsonl(path):
        if not line.ok:
            yield RecordFileError(path, line.number, line.reason or "not JSON")
            continue
        try:
            yield _check_record(line.value)
        except (ValueError, TypeError) as err:
            yield RecordFileError(path, line.number, str(err))


def load_records(
    path: str | Path, *, on_error: Literal["raise", "skip"] = "raise"
) -> list[dict[str, Any]]:
    """Read a JSONL record file; a malformed line raises RecordFileError (or is dropped with "skip")."""
    records = []
    for item in _read(path):
        if isinstance(item, RecordFileError):
            if on_error == "raise":
                raise item
            continue
        records.append(item)
    return records


def load_records_lenient(
    path: str | Path,
) -> tuple[list[dict[str, Any]], list[RecordFileError]]:
    """Read a JSONL record file, keeping the good lines and returning the bad ones as warnings."""
    records: list[dict[str, Any]] = []
    warnings: list[RecordFileError] = []
    for item in _read(path):
        (warnings if isinstance(item, RecordFileError) else records).append(item)
    return records, warnings


def repeated_documents(records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """doc_id -> number of ``document`` records, for every doc_id that has more than one.

    A run writes exactly one document record per article, so a repeat means two copies of a
    document's records in one file (two runs concatenated, or two folders with the same relative
    paths): scored as they are, every copy would count as a false positive.
    """
    counts: dict[str, int] = defaultdict(int)
    for record in records:
        if record["record_type"] == "document":
            counts[record["doc_id"]] += 1
    return {doc_id: n for doc_id, n in sorted(counts.items()) if n > 1}


# --------------------------------------------------------------------------- keys


def _ident(record: dict[str, Any]) -> str:
    """First part of the contract key: agency id, normalised mission name, or "A,B" parties."""
    return record_key(record)[0]


def _name(value: str | None) -> str:
    return normalise_name(value) if value else ""


def normalise_sentence(text: str | None) -> str:
    """Caption texts are sentences: compare them case-, space- and apostrophe-blind, nothing more."""
    if not text:
        return ""
    return " ".join(text.translate(_APOSTROPHES).lower().split())


def _captions(record: dict[str, Any]) -> Iterator[Key]:
    for caption in record.get("captions") or []:
        texts = caption.get("texts") or {}
        yield normalise_sentence(texts.get("fr")), normalise_sentence(texts.get("en"))


Extractor = Callable[[dict[str, Any]], Iterable[Key]]

# metric -> (record type it reads, keys of one record). Order = report order.
METRICS: dict[str, tuple[str, Extractor]] = {
    "agencies": ("agency", lambda r: [(_ident(r),)]),
    "missions": ("mission", lambda r: [(_ident(r),)]),
    "mission_agencies": (
        "mission",
        lambda r: [
            (_ident(r), a.get("agency_id") or "") for a in r.get("agencies") or []
        ],
    ),
    "part_of": (
        "mission",
        lambda r: [(_ident(r), _name(r["part_of"]))] if r.get("part_of") else [],
    ),
    "events": (
        "mission",
        lambda r: [
            (_ident(r), e.get("event") or "", e.get("date") or "")
            for e in r.get("events") or []
        ],
    ),
    # reported, not in the macro: a stated status must match; null (the text does not say) gives no key
    "mission_status": (
        "mission",
        lambda r: [(_ident(r), r["status"])] if r.get("status") else [],
    ),
    "agreements": ("agreement", lambda r: [(_ident(r),)]),
    "agreements_full": ("agreement", lambda r: [(*record_key(r), r.get("kind") or "")]),
    "agreement_dates": (
        "agreement",
        lambda r: [(_ident(r), r["date"])] if r.get("date") else [],
    ),
    "agreement_subjects": (
        "agreement",
        lambda r: [(_ident(r), _name(r["subject"]))] if r.get("subject") else [],
    ),
    "agreement_kinds": ("agreement", lambda r: [(_ident(r), r.get("kind") or "")]),
    "signatories": (
        "agreement",
        lambda r: [
            (_ident(r), _name(s.get("name")), s.get("agency_id") or "")
            for s in r.get("signatories") or []
        ],
    ),
    "officials": (
        "agency",
        lambda r: [(_ident(r), _name(p.get("name"))) for p in r.get("people") or []],
    ),
    "captions": ("document", _captions),
}

HEADLINE: tuple[str, ...] = (
    "agencies",
    "missions",
    "mission_agencies",
    "agreements",
    "agreement_dates",
    "signatories",
)


def key_text(key: Key) -> str:
    """A key as people read it in a report: parts joined by ' | ', a missing part as '(none)'."""
    return " | ".join(part or "(none)" for part in key)


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts and P/R/F1 of one metric; ``empty`` marks nothing to find and nothing found (all 1.0)."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    empty: bool = False

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> Score:
        """P/R/F1 are 0 on a zero denominator, except that an empty-vs-empty metric is perfect."""
        if tp == fp == fn == 0:
            return cls(0, 0, 0, 1.0, 1.0, 1.0, empty=True)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
        return cls(tp, fp, fn, precision, recall, f1)


def pool(scores: Iterable[Score]) -> Score:
    """Micro-average: add the counts of several documents and score the sum."""
    tp = fp = fn = 0
    for score in scores:
        tp, fp, fn = tp + score.tp, fp + score.fp, fn + score.fn
    return Score.from_counts(tp, fp, fn)


def macro_f1(scores: dict[str, Score]) -> float:
    """Mean F1 of the headline metrics: the one number a change is judged by."""
    return sum(scores[name].f1 for name in HEADLINE) / len(HEADLINE)


@dataclass(frozen=True)
class ErrorItem:
    """One false positive or false negative, with the evidence text of the record it came from."""

    metric: str
    doc_id: str
    kind: Literal["fp", "fn"]
    key: str
    evidence: list[str]


@dataclass
class EvalResult:
    """Everything one evaluation found; ``to_dict`` is the ``--json`` output."""

    metrics: dict[str, Score]
    per_doc: dict[str, dict[str, Score]]
    macro_f1: float
    ci: dict[str, tuple[float, float]]
    errors: list[ErrorItem]
    linking_accuracy: (
        float | None
    )  # None: no gold mention was predicted, nothing to measure
    linking_count: int = 0
    linking_correct: int = 0
    ignored_pred_docs: list[str] = field(default_factory=list)
    unpredicted_gold_docs: list[str] = field(default_factory=list)  # scored, but no predicted record at all

    def to_dict(self, *, totals_only: bool = False) -> dict[str, Any]:
        """The result as the JSON report writes it (``eval-*.json``).

        ``totals_only`` leaves out ``per_doc`` and ``errors`` (a held-out test split's documents are not to be
        looked at while rules change); ``documents`` still gives how many were scored.
        """
        data: dict[str, Any] = {
            "macro_f1": self.macro_f1,
            "documents": len(self.per_doc),
            "ci": {name: list(bounds) for name, bounds in self.ci.items()},
            "metrics": {name: asdict(score) for name, score in self.metrics.items()},
            "headline": list(HEADLINE),
            "linking": {
                "accuracy": self.linking_accuracy,
                "correct": self.linking_correct,
                "count": self.linking_count,
            },
        }
        if self.unpredicted_gold_docs:  # a count names no document: kept with --totals-only
            data["documents_without_prediction"] = len(self.unpredicted_gold_docs)
        if not totals_only:
            if self.unpredicted_gold_docs:
                data["unpredicted_gold_docs"] = self.unpredicted_gold_docs
            data["per_doc"] = {
                doc: {
                    "macro_f1": macro_f1(scores),
                    **{n: asdict(s) for n, s in scores.items()},
                }
                for doc, scores in self.per_doc.items()
            }
            data["ignored_pred_docs"] = self.ignored_pred_docs
            data["errors"] = [asdict(error) for error in self.errors]
        return data


# --------------------------------------------------------------------------- evaluation


def by_doc(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Records grouped by document: every metric is counted within one document."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        grouped[record["doc_id"]].append(record)
    return grouped


def _index(
    records: list[dict[str, Any]], metric: str
) -> dict[Key, list[dict[str, Any]]]:
    """Key -> the records that produced it (one entry per occurrence: the multiset)."""
    record_type, keys_of = METRICS[metric]
    index: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        if record["record_type"] == record_type:
            for key in keys_of(record):
                index[key].append(record)
    return index


def _evidence_texts(record: dict[str, Any]) -> list[str]:
    return [str(e.get("text", "")) for e in record.get("evidence") or []]


def _score_doc(
    doc_id: str,
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    errors: list[ErrorItem],
) -> dict[str, Score]:
    """Score one document on every metric; append its FPs and FNs to ``errors``."""
    scores = {}
    for metric in METRICS:
        gold_index, pred_index = _index(gold, metric), _index(pred, metric)
        tp = 0
        for key in sorted(gold_index.keys() | pred_index.keys()):
            found, wanted = pred_index.get(key, []), gold_index.get(key, [])
            tp += min(len(found), len(wanted))
            for kind, own, other in (("fn", wanted, found), ("fp", found, wanted)):
                for record in own[len(other) :]:  # the occurrences left unmatched
                    errors.append(
                        ErrorItem(
                            metric, doc_id, kind, key_text(key), _evidence_texts(record)
                        )
                    )
        gold_total = sum(map(len, gold_index.values()))
        pred_total = sum(map(len, pred_index.values()))
        scores[metric] = Score.from_counts(tp, pred_total - tp, gold_total - tp)
    return scores


def _mentions(records: list[dict[str, Any]]) -> dict[tuple[str, str], set[str]]:
    """(doc, normalised mention) -> the agency ids whose records list it."""
    linked: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        if record["record_type"] == "agency":
            for mention in record.get("mentions") or []:
                linked[(record["doc_id"], _name(mention))].add(record["agency_id"])
    return linked


def _linking(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[int, int]:
    """(correct, count) over gold mentions the prediction also found: did it link them to the same agency?"""
    gold_links, pred_links = _mentions(gold), _mentions(pred)
    shared = [mention for mention in gold_links if mention in pred_links]
    correct = sum(gold_links[mention] == pred_links[mention] for mention in shared)
    return correct, len(shared)


def _percentile(values: list[float], q: float) -> float:
    """Linear-interpolation percentile (numpy's default), without needing numpy."""
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def bootstrap_ci(
    per_doc: dict[str, dict[str, Score]], rounds: int, seed: int
) -> dict[str, tuple[float, float]]:
    """95% interval of the headline scores when the documents are resampled: how much is luck."""
    docs = sorted(per_doc)
    if rounds <= 0 or not docs:
        return {}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        sample = [per_doc[docs[rng.randrange(len(docs))]] for _ in docs]
        pooled = {name: pool(scores[name] for scores in sample) for name in HEADLINE}
        for name, score in pooled.items():
            samples[f"{name}.precision"].append(score.precision)
            samples[f"{name}.recall"].append(score.recall)
            samples[f"{name}.f1"].append(score.f1)
        samples["macro_f1"].append(macro_f1(pooled))
    return {
        name: (_percentile(v, 0.025), _percentile(v, 0.975))
        for name, v in samples.items()
    }


def evaluate(
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    *,
    docs: Literal["gold", "all"] = "gold",
    bootstrap: int = 1000,
    seed: int = 0,
) -> EvalResult:
    """Score ``pred`` against ``gold``; by default only the gold's documents count (a partial gold set)."""
    if docs not in ("gold", "all"):
        raise ValueError(f"docs must be 'gold' or 'all', not {docs!r}")
    gold_docs, pred_docs = by_doc(gold), by_doc(pred)
    scored = sorted(
        gold_docs.keys() | pred_docs.keys() if docs == "all" else gold_docs.keys()
    )
    ignored = sorted(pred_docs.keys() - set(scored))
    pred_kept = [record for doc in scored for record in pred_docs.get(doc, [])]

    errors: list[ErrorItem] = []
    per_doc = {
        doc: _score_doc(doc, gold_docs.get(doc, []), pred_docs.get(doc, []), errors)
        for doc in scored
    }
    metrics = {
        name: pool(scores[name] for scores in per_doc.values()) for name in METRICS
    }
    correct, count = _linking(gold, pred_kept)
    return EvalResult(
        metrics=metrics,
        per_doc=per_doc,
        macro_f1=macro_f1(metrics),
        ci=bootstrap_ci(per_doc, bootstrap, seed),
        errors=errors,
        linking_accuracy=correct / count if count else None,
        linking_count=count,
        linking_correct=correct,
        ignored_pred_docs=ignored,
        unpredicted_gold_docs=[doc for doc in scored if doc in gold_docs and doc not in pred_docs],
    )
