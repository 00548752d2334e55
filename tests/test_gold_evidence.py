"""Gold evidence slices its article: every gold span of corpus/<split>/gold.jsonl is ``text[start:end]``.

Gold files may leave ``evidence`` empty (the contract allows it); where a writer gave spans, they must
slice the article's text exactly, carry a known block and language, and name an article that exists.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacerec.evaluation import load_records
from spacerec.records import BLOCK_KINDS

ROOT = Path(__file__).resolve().parents[1]
SPLITS = [s for s in ("dev", "news-dev", "test", "news", "kinds") if (ROOT / "corpus" / s / "gold.jsonl").exists()]


@pytest.mark.parametrize("split", SPLITS)
def test_gold_evidence_slices_the_article(split: str) -> None:
    texts: dict[str, str] = {}
    bad = []
    for record in load_records(ROOT / "corpus" / split / "gold.jsonl"):
        if not record.get("evidence"):
            continue
        doc_id = record["doc_id"]
        if doc_id not in texts:
            path = ROOT / "corpus" / f"{doc_id}.txt"
            assert path.is_file(), f"{doc_id}: gold evidence for an article that does not exist"
            texts[doc_id] = path.read_text(encoding="utf-8")
        text = texts[doc_id]
        for span in record["evidence"]:
            if text[span["start"]:span["end"]] != span["text"]:
                bad.append((doc_id, record["record_type"], span["start"], span["text"][:40]))
            assert span["block"] in BLOCK_KINDS and span["lang"] in ("en", "fr"), (doc_id, span)
    assert bad == []
