"""Agreement records of one article are folded by their contract key, the key their id is made from."""

from __future__ import annotations

from types import SimpleNamespace

from spacerec.merge import _fold_same_key, _fold_same_name
from spacerec.records import AgreementRecord, Event, Evidence, MissionAgency, MissionRecord, Signatory


def _record(kind: str, status: str, subject: str | None, date: str | None, start: int,
            signers: tuple[str, ...] = ()) -> AgreementRecord:
    return AgreementRecord("doc", kind, ["JAXA", "CNES"], subject=subject, date=date, status=status,
                           signatories=[Signatory(name, None) for name in signers],
                           evidence=[Evidence(start, start + 4, "text", "en", "body")])


def test_a_cooperation_with_the_documents_key_folds_into_the_document() -> None:
    document = _record("agreement", "signed", "MMX", None, 0, ("A. Person",))
    supply = _record("cooperation", "ongoing", "MMX", None, 100)
    kept = _fold_same_key([supply, document])
    assert kept == [document]
    assert [e.start for e in document.evidence] == [0, 100]
    assert len({r.to_dict()["id"] for r in [document, supply]}) == 1  # the collision this prevents


def test_other_keys_stay_apart() -> None:
    records = [
        _record("agreement", "signed", "MMX", None, 0),
        _record("cooperation", "ongoing", "Hayabusa2", None, 50),   # another subject
        _record("mou", "signed", "MMX", "2019-06-28", 100),          # another date
        _record("cooperation", "ongoing", None, None, 150),          # no subject
    ]
    assert _fold_same_key(records) == records


def test_two_documents_with_one_key_keep_the_first_and_every_signatory() -> None:
    first = _record("mou", "signed", "MMX", None, 0, ("A. Person",))
    second = _record("agreement", "signed", "mmx", None, 80, ("B. Person", "a. person"))
    assert _fold_same_key([first, second]) == [first]
    assert [s.name for s in first.signatories] == ["A. Person", "B. Person"]


def _mission(name: str, kind: str, start: int, **fields) -> MissionRecord:
    return MissionRecord("doc", name, kind, evidence=[Evidence(start, start + 4, "text", "en", "body")], **fields)


def test_two_mission_ids_with_one_name_make_one_record() -> None:
    kb_launcher = _mission("Vega", "launcher", 0, agencies=[MissionAgency("ESA", "partner")],
                           events=[Event("launch", "2012-02-13", "day")])
    marked = _mission("VEGA", "spacecraft", 40,
                      agencies=[MissionAgency("ESA", "lead"), MissionAgency("ASI", "partner")],
                      events=[Event("launch", None, None), Event("end", "2020", "year")], status="completed")
    analysis = SimpleNamespace(kb=SimpleNamespace(missions={"vega": object()}))
    kept = _fold_same_name(analysis, {"name:VEGA": marked, "vega": kb_launcher})
    assert kept == [kb_launcher]  # the knowledge base's record keeps its kind
    assert kb_launcher.kind == "launcher"
    assert [(a.agency_id, a.role) for a in kb_launcher.agencies] == [("ESA", "lead"), ("ASI", "partner")]
    assert [(e.event, e.date) for e in kb_launcher.events] == [("launch", "2012-02-13"), ("end", "2020")]
    assert kb_launcher.status == "completed"
    assert [e.start for e in kb_launcher.evidence] == [0, 40]
    assert len({r.to_dict()["id"] for r in (kb_launcher, marked)}) == 1  # the collision this prevents


def test_missions_with_other_names_stay_apart() -> None:
    one, other = _mission("Vega", "launcher", 0), _mission("Vega-C", "launcher", 10)
    analysis = SimpleNamespace(kb=SimpleNamespace(missions={}))
    assert _fold_same_name(analysis, {"a": one, "b": other}) == [one, other]
