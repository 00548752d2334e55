"""The example queries of docs/DATABASE.md, as named SQL that runs unchanged on SQLite and PostgreSQL.

Parameters are ``:name`` placeholders. Mission names are matched on their normalised form
(``mission_key("Chang'e 6")`` -> ``change6``), as the record contract matches them.
The tests run every query here, so the documentation cannot drift from the schema.
"""

from __future__ import annotations

from typing import Any

from spacerec.records import normalise_name

from .connect import Database

# Every agreement an agency signed (one row per article that reports it), oldest first; undated last.
AGREEMENTS_OF_AGENCY = """
SELECT a.year, a.date, a.kind, a.parties_key AS parties, a.subject, a.doc_id, a.id
FROM agreement_parties p
JOIN agreements a ON a.id = p.record_id
WHERE p.party = :agency AND a.status = 'signed'
ORDER BY a.year IS NULL, a.year, a.date, a.doc_id, a.id
"""

# The same, counted by year: records, distinct agreements (same parties, subject and date) and articles.
AGREEMENTS_PER_YEAR = """
SELECT a.year,
       COUNT(*) AS records,
       COUNT(DISTINCT a.parties_key || '|' || a.subject_norm || '|' || COALESCE(a.date, '')) AS agreements,
       COUNT(DISTINCT a.doc_id) AS documents
FROM agreement_parties p
JOIN agreements a ON a.id = p.record_id
WHERE p.party = :agency AND a.status = 'signed'
GROUP BY a.year
ORDER BY a.year IS NULL, a.year
"""

# Every agency taking part in a mission, with its role, and in how many articles it is said to.
MISSION_PARTNERS = """
SELECT ma.agency_id, ma.role, COUNT(DISTINCT m.doc_id) AS documents
FROM missions m
JOIN mission_agencies ma ON ma.record_id = m.id
WHERE m.name_norm = :mission
GROUP BY ma.agency_id, ma.role
ORDER BY ma.agency_id, ma.role
"""

# The source sentences behind one record (any type), in the order the record lists them.
RECORD_EVIDENCE = """
SELECT e.seq, e.block, e.lang, e.start_char, e.end_char, e.text, d.doc_id, d.title
FROM evidence e
JOIN documents d ON d.doc_id = e.doc_id
WHERE e.record_id = :record_id
ORDER BY e.seq
"""

# The source sentences behind every signed agreement of an agency: what to read to check them.
AGREEMENT_EVIDENCE_OF_AGENCY = """
SELECT a.date, a.parties_key AS parties, a.subject, a.doc_id, e.block, e.lang, e.text
FROM agreement_parties p
JOIN agreements a ON a.id = p.record_id
JOIN evidence e ON e.record_id = a.id
WHERE p.party = :agency AND a.status = 'signed'
ORDER BY a.year IS NULL, a.year, a.date, a.doc_id, a.id, e.seq
"""

# Agreements reported by more than one article: the same parties, subject and date across documents.
AGREEMENTS_ACROSS_ARTICLES = """
SELECT a.parties_key AS parties, a.subject_norm, a.date, COUNT(DISTINCT a.doc_id) AS documents
FROM agreements a
GROUP BY a.parties_key, a.subject_norm, a.date
HAVING COUNT(DISTINCT a.doc_id) > 1
ORDER BY documents DESC, parties, a.subject_norm, a.date
"""

# Agreements of an agency by year, each counted once however many articles report it (canonical agreements,
# migration 2): canonical agreements, the agreement records merged into them, and the articles.
CANONICAL_AGREEMENTS_PER_YEAR = """
SELECT c.year, COUNT(DISTINCT c.id) AS agreements, COUNT(*) AS reports, COUNT(DISTINCT s.doc_id) AS documents
FROM canonical_agreement_parties p
JOIN canonical_agreements c ON c.id = p.canonical_id
JOIN agreement_sources s ON s.canonical_id = c.id
WHERE p.party = :agency
GROUP BY c.year
ORDER BY c.year IS NULL, c.year
"""

# The same agreements one per row, with their sources (the doc_ids, comma-separated), oldest first.
CANONICAL_AGREEMENTS_OF_AGENCY = """
SELECT c.year, c.date, c.kind, c.parties_key AS parties, c.subject, c.status, c.documents, c.doc_ids, c.id
FROM canonical_agreement_parties p
JOIN canonical_agreements c ON c.id = p.canonical_id
WHERE p.party = :agency
ORDER BY c.year IS NULL, c.year, c.date, c.parties_key, c.kind, c.id
"""

# The sources of one canonical agreement: each merged record, what it said and why it was merged.
CANONICAL_AGREEMENT_SOURCES = """
SELECT s.seq, s.doc_id, s.record_id, a.date, a.subject, a.status, s.reason
FROM agreement_sources s
JOIN agreements a ON a.id = s.record_id
WHERE s.canonical_id = :canonical_id
ORDER BY s.seq
"""

QUERIES: dict[str, str] = {
    "agreements_of_agency": AGREEMENTS_OF_AGENCY,
    "agreements_per_year": AGREEMENTS_PER_YEAR,
    "mission_partners": MISSION_PARTNERS,
    "record_evidence": RECORD_EVIDENCE,
    "agreement_evidence_of_agency": AGREEMENT_EVIDENCE_OF_AGENCY,
    "agreements_across_articles": AGREEMENTS_ACROSS_ARTICLES,
    "canonical_agreements_per_year": CANONICAL_AGREEMENTS_PER_YEAR,
    "canonical_agreements_of_agency": CANONICAL_AGREEMENTS_OF_AGENCY,
    "canonical_agreement_sources": CANONICAL_AGREEMENT_SOURCES,
}


def mission_key(name: str) -> str:
    """The ``:mission`` parameter for a mission name (the contract's normalised form)."""
    return normalise_name(name)


def run_query(db: Database, name: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run one named example query; rows as tuples."""
    return db.query(QUERIES[name], params)
