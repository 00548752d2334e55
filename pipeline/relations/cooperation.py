"""Stated cooperation between agencies without a named document (contract kind ``cooperation``).

Forms real news states: an instrument supplied ("DORN supplied to CNSA by CNES"), ground-station
or tracking support ("ESA's ground stations tracked Chandrayaan-3"), data shared for another
agency's landing, joint teams. Each ``COOPERATION`` cue (with its ``form`` from the rule file)
gives one pair: the supplier (the agent after "by"/"par", else the agency just before the cue)
and the receiver ("to CNSA", "with CNSA", else the lead of the mission served).
"""

from __future__ import annotations

import re

from ..analysis import Analysis, Mention, Sentence
from .agreement_context import clause_of, linked_by, modified
from .agreement_slots import host_mission, parties_from_context
from .common import agencies_of, evidence, gap
from .facts import AgreementFact, ParticipationFact, PartOfFact
from .missions import kb_mission

# the reason's mark of a cooperation about the article's mission, the sentence naming none
ARTICLE_MISSION = " on the article's mission"
_RECEIVER = re.compile(r"^(?:to|for|with|à|au|pour|avec)(?: (?:the|la|le|l'))?$")
# "shared orbit data from its Mars Express orbiter with CNSA": the receiver after a named mission
_LATE_RECEIVER = re.compile(r"(?:^|\s)(?:with|avec)(?: (?:the|la|le|l'))?$")


def cooperation_facts(analysis: Analysis, sentence: Sentence,
                      leads: dict[str, str] | None = None) -> list[AgreementFact]:
    """Cooperation facts of one sentence (none when negated or when no mission is named).

    ``leads`` maps a mission the knowledge base lacks to the lead agency the article states for it.
    A sentence that states what a document the article reports provides ("Under the memorandum, Japan
    will provide ...") restates that agreement: no cooperation of its own.
    """
    leads = leads or {}
    if restates_document(sentence):
        return []
    missions = sentence.missions()
    facts = joint_commitments(analysis, sentence) + sample_shares(analysis, sentence, leads)
    served = ""
    if not missions:
        # "NASA contributed the detectors", "l'ESA a apporté son appui à la mission": the article's mission
        topic = article_mission(analysis, leads)
        entry = kb_mission(analysis, topic.id) if topic is not None else None
        if topic is None or (entry is not None and entry.partners) or sentence.block.kind not in ("body", "dateline"):
            return facts  # a contribution to a mission several agencies lead is participation
        missions, served = [topic], ARTICLE_MISSION
    named = analysis.agency_ids_named()
    agencies = [m for m in sentence.mentions if agencies_of(analysis, m)]
    for cue in sentence.cues_of("COOPERATION"):
        if cue.rule.form in ("joint", "sample", "sample_give") or modified(sentence, "NEGATION", cue.start, cue.end):
            continue
        pair = _pair(analysis, sentence, cue, agencies, missions, leads)
        if pair is None:
            continue
        supplier_id, receiver_id, subject = pair
        if not receiver_id or receiver_id == supplier_id or receiver_id not in named:
            continue
        entry = kb_mission(analysis, subject)
        joint = entry is not None and {supplier_id, receiver_id} <= {entry.lead, *entry.partners}
        if joint and cue.rule.form not in ("tracking", "data"):
            continue  # a satellite two agencies build together is participation, not a cooperation
        facts.append(AgreementFact("cooperation", tuple(sorted((supplier_id, receiver_id))), subject, None, "ongoing",
                                   [], evidence=[evidence(sentence)],
                                   reason=f"stated cooperation '{cue.text}' ({cue.rule.form}){served}"))
    return facts


def article_mission(analysis: Analysis, leads: dict[str, str] | None = None) -> Mention | None:
    """The mission the article is about.

    The first mission its title names that is no launcher or instrument (a mission the KB lacks counts when the
    article states its lead, in ``leads``), or None. A supply or tracking cue in a sentence naming no mission serves
    it.
    """
    for sentence in analysis.sentences:
        if sentence.block.kind != "title":
            continue
        for mention in sentence.missions():
            entry = kb_mission(analysis, mention.id)
            if (entry is not None and entry.kind not in ("launcher", "instrument")) or (
                    entry is None and mention.id in (leads or {})):
                return mention
    return None


def restates_document(sentence: Sentence) -> bool:
    """A reference cue followed by a document named as known (an anaphora, or a definite article before it).

    "Under the memorandum, Japan will provide ...", "dans le cadre de l'accord, ...".
    """
    for reference in sentence.cues_of("REFERENCE"):
        for document in sentence.cues_of("DOCUMENT", "DOCUMENT_ANAPHORA"):
            if document.start < reference.end:
                continue
            between = sentence.text[reference.end - sentence.start : document.start - sentence.start].split()
            if len(between) > 1:
                continue
            last = (reference.text.split() + between)[-1].lower()
            if document.category == "DOCUMENT_ANAPHORA" or last in _DEFINITE:
                return True
    return False


_DEFINITE = {"the", "this", "that", "these", "those", "le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces",
             "du"}


def sample_shares(analysis: Analysis, sentence: Sentence, leads: dict[str, str]) -> list[AgreementFact]:
    """A sample exchange between two agencies is a cooperation on the mission whose sample is shared.

    Two stated forms (``form`` of the cue): ``sample``, the receiver's side ("JAXA will also receive a
    portion of the Bennu material", "le CNES recevra une partie de l'échantillon"): the receiver is the
    sentence's first agency before the cue and the other party the mission's lead; ``sample_give``, the
    giver's side ("NASA gave JAXA a portion of the samples", "CNSA will share Chang'e 5 samples with
    ESA", "La CNSA a remis au CNES des échantillons"): the giver is the agency just before the cue, the
    receiver the first other agency from the cue on, in its clause. The mission is the one the cue
    (or its clause, after it) names, else the article's mission. Nothing when negated, when recalled as
    an earlier exchange ("after JAXA had given NASA samples of Ryugu"), or when one agency is both sides.
    """
    facts = []
    named = analysis.agency_ids_named()
    for cue in sentence.cues_of("COOPERATION"):
        if cue.rule.form not in ("sample", "sample_give") or modified(sentence, "NEGATION", cue.start, cue.end):
            continue
        # the clause the cue ends in: "a confié à l'ESA (ESA) quelques grains des échantillons rapportés par"
        clause = (clause_of(sentence, cue.start)[0], clause_of(sentence, cue.end - 1)[1])
        own = [m for m in sentence.missions() if cue.start <= m.start < clause[1]]
        mission = own[0] if own else article_mission(analysis, leads)
        if mission is None:
            continue
        subject = host_mission(analysis, mission.id)
        if cue.rule.form == "sample":
            before = [m for m in sentence.mentions if m.end <= cue.start and agencies_of(analysis, m)]
            if not before:
                continue
            pair = (agencies_of(analysis, before[0])[0], _lead_of(analysis, subject, leads))
        else:
            if modified(sentence, "RECALL", cue.start, cue.end):
                continue
            pair = _giver_receiver(analysis, sentence, cue, clause)
        if pair is None or None in pair or pair[0] == pair[1] or not set(pair) <= named:
            continue
        facts.append(AgreementFact("cooperation", tuple(sorted(pair)), subject, None, "ongoing", [],
                                   evidence=[evidence(sentence)],
                                   reason=f"a share of the mission's sample '{cue.text}' ({cue.rule.form})"))
    return facts


def _giver_receiver(analysis: Analysis, sentence: Sentence, cue, clause: tuple[int, int]
                    ) -> tuple[str, str] | None:
    """The giver and the receiver of a ``sample_give`` cue, or None.

    The giver is the last agency before the cue, at most 80 characters before it ("The China National Space
    Administration (CNSA) has handed", its parenthesis breaking no clause); the receiver is the first other agency
    from the cue to the end of its clause.
    """
    agencies = [m for m in sentence.mentions if agencies_of(analysis, m)]
    before = [m for m in agencies if m.end <= cue.start and cue.start - m.end <= 80]
    if not before:
        return None
    giver = agencies_of(analysis, before[-1])[0]
    after = [a for m in agencies if cue.start <= m.start < clause[1]
             for a in agencies_of(analysis, m) if a != giver]
    return (giver, after[0]) if after else None


def joint_commitments(analysis: Analysis, sentence: Sentence) -> list[AgreementFact]:
    """A stated commitment to build a mission together is a cooperation, dated, about the mission referred to.

    "En août 2019, les deux agences s'étaient engagées à développer ensemble ce satellite".
    """
    cues = [c for c in sentence.cues_of("COOPERATION") if c.rule.form == "joint"
            and not modified(sentence, "NEGATION", c.start, c.end)]
    if not cues:
        return []
    parties = [a for m in sentence.mentions for a in agencies_of(analysis, m)]
    if len(set(parties)) < 2:
        parties, _ = parties_from_context(analysis, sentence, sorted(set(parties)))
    subject = _referred_mission(analysis, sentence)
    if len(set(parties)) != 2 or subject is None:
        return []
    dated = [d for d in sentence.dates if d.value.year is not None]
    return [AgreementFact("cooperation", tuple(sorted(set(parties))), subject, dated[0].value if dated else None,
                          "ongoing", [], evidence=[evidence(sentence)],
                          reason=f"stated joint commitment '{cues[0].text}'")]


def _referred_mission(analysis: Analysis, sentence: Sentence) -> str | None:
    if sentence.missions():
        return host_mission(analysis, sentence.missions()[0].id)
    if sentence.cues_of("SUBJECT_ANAPHORA"):
        for other in analysis.window(sentence, back=3):
            if other.missions():
                return host_mission(analysis, other.missions()[-1].id)
    return None


def _pair(analysis: Analysis, sentence: Sentence, cue, agencies: list[Mention],
          missions: list[Mention], leads: dict[str, str]) -> tuple[str, str | None, str] | None:
    after = [m for m in agencies if m.start >= cue.end and m.start - cue.end < 60]
    before = [m for m in agencies if m.end <= cue.start and cue.start - m.end < 60]
    supplier = next((m for m in after if linked_by(analysis, sentence, "AGENT_LINK", cue.end, m.start)), None)
    supplier = supplier or (before[-1] if before else None)
    if supplier is None:
        return None
    receiver = next((m for m in after if m is not supplier and _RECEIVER.match(_words_between(analysis, cue, m))),
                    None)
    supplier_id = agencies_of(analysis, supplier)[0]
    receiver_id = agencies_of(analysis, receiver)[0] if receiver else None
    # the mission served: the receiver's own mission when the sentence names one ("data ... with CNSA
    # before CNSA's Tianwen-1 landed"), else the mission nearest the cue
    served = [m for m in missions if receiver_id and _lead_of(analysis, m.id, leads) == receiver_id]
    subject = host_mission(analysis, (served[0] if served else _nearest(missions, cue.start)).id)
    receiver_id = receiver_id or _lead_of(analysis, subject, leads)
    return supplier_id, receiver_id, subject


def _words_between(analysis: Analysis, cue, mention: Mention) -> str:
    """The words between the cue and a later agency, skipping a mission named in between.

    ("shared orbit data from its Mars Express orbiter with CNSA").
    """
    text = gap(analysis, cue.end, mention.start)
    late = _LATE_RECEIVER.search(text)
    return text[late.start() :].strip() if late else text


def instrument_cooperations(analysis: Analysis, mission_facts: list) -> list[AgreementFact]:
    """An agency leading an instrument on another agency's mission cooperates with it on that mission.

    (The contract's example: DORN, CNES's instrument on CNSA's Chang'e 6.)
    """
    leads: dict[str, set[str]] = {}
    stated: dict[str, set[str]] = {}  # the instrument's supplier must be stated by the text, not the KB
    for fact in mission_facts:
        if isinstance(fact, ParticipationFact) and fact.role == "lead":
            leads.setdefault(fact.mission, set()).add(fact.agency_id)
            if not (fact.reason or "").startswith("lead agency from the knowledge base"):
                stated.setdefault(fact.mission, set()).add(fact.agency_id)
    out: list[AgreementFact] = []
    for fact in mission_facts:
        if not isinstance(fact, PartOfFact):
            continue
        entry = kb_mission(analysis, fact.mission)
        if entry is None or entry.kind != "instrument":
            continue
        for supplier in sorted(stated.get(fact.mission, ())):
            for host_lead in sorted(leads.get(fact.parent, ())):
                if supplier != host_lead:
                    out.append(AgreementFact("cooperation", tuple(sorted((supplier, host_lead))), fact.parent, None,
                                             "ongoing", [], evidence=list(fact.evidence),
                                             reason="an instrument of one agency on another agency's mission"))
    return out


def _lead_of(analysis: Analysis, mission_id: str, leads: dict[str, str] | None = None) -> str | None:
    """The mission's lead: the knowledge base's, else the one the article states (``leads``)."""
    entry = kb_mission(analysis, mission_id)
    return entry.lead if entry is not None else (leads or {}).get(mission_id)


def _nearest(mentions: list[Mention], position: int) -> Mention:
    return min(mentions, key=lambda m: abs(m.start - position))
