"""Stated cooperation between agencies without a named document (contract kind ``cooperation``).

Forms real news states: an instrument supplied ("DORN supplied to CNSA by CNES"), ground-station
or tracking support ("ESA's ground stations tracked Chandrayaan-3"), data shared for another
agency's landing, joint teams. Each ``COOPERATION`` cue (with its ``form`` from the rule file)
gives one pair: the supplier (the agent after "by"/"par", else the agency just before the cue)
and the receiver ("to CNSA", "with CNSA", else the lead of the mission served).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..analysis import Analysis, Mention, Sentence
from .agreement_context import clause_of, linked_by, modified
from .agreement_slots import host_mission, parties_from_context
from .common import agencies_of, evidence, gap
from .facts import AgreementFact, ParticipationFact, PartOfFact
from .lexicon import load_rules, phrase_regex
from .missions import kb_mission
from .missions.participation_cues import CO_SUPPLY_REASON

# the reason's mark of a cooperation about the article's mission, the sentence naming none
ARTICLE_MISSION = " on the article's mission"
_KEYS = ("receiver_links", "host_links", "owner_links", "conjuncts", "crew", "back_references", "negations",
         "joint_cues", "definite", "means_links", "intransitive_verbs", "intransitive_links",
         "intransitive_classes", "joint_mission_cues")
# a supplier this far (characters) from its cue at most; an owner right next to its mission
_REACH = 80
_NEXT_TO = 12


def _words(lang: str, key: str) -> list[str]:
    """One word list of ``rules/cooperation_<lang>.json`` (validated on load: a wrong key fails with the file)."""
    return list(load_rules("cooperation", lang, _KEYS)[key])


def _ends_with(lang: str, key: str, text: str) -> bool:
    """True when ``text`` (lower case, spaces collapsed) ends with one of the list's phrases, maybe plus an article."""
    return bool(_tail(lang, key).search(text.strip().replace("’", "'")))


@lru_cache(maxsize=64)
def _tail(lang: str, key: str) -> re.Pattern:
    words = [w.replace("’", "'") for w in _words(lang, key)]
    articles = [a.replace("’", "'") for a in _words(lang, "definite")] + ["a", "an", "un", "une", "d'"]
    return re.compile(r"(?:^|\s|')(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
                      r"(?:\s*(?:" + "|".join(re.escape(a) for a in articles) + r"))?$")


@dataclass
class MissionRoles:
    """What the mission rules found, as cooperations read it.

    ``leads``: mission -> its lead agencies (the text's, or a KB lead the article names with the mission), in the
    order found; ``stated``: mission -> agencies whose lead or partner role the text itself states (no KB default);
    ``parents``: part -> the missions carrying it (``part_of``).
    """

    leads: dict[str, list[str]] = field(default_factory=dict)
    stated: dict[str, set[str]] = field(default_factory=dict)
    parents: dict[str, list[str]] = field(default_factory=dict)
    text_leads: dict[str, set[str]] = field(default_factory=dict)
    joint: dict[str, set[str]] = field(default_factory=dict)


def _joint_cue(reason: str) -> bool:
    """True when a participation fact's reason names a joint-development cue.

    ("'jointly' states participation"; a binational adjective: "le satellite franco-américain SWOT").
    """
    lowered = reason.lower()
    return any(_joint_pattern(lang).search(lowered) for lang in ("en", "fr"))


@lru_cache(maxsize=4)
def _joint_pattern(lang: str) -> re.Pattern:
    """The joint-development cues of one language as one regex (read for every participation fact of every sentence)."""
    return phrase_regex(_words(lang, "joint_cues"))


def mission_roles(mission_facts: list | None, leads: dict[str, str] | None = None) -> MissionRoles:
    """Index the mission rules' facts (``leads``: an older mission -> lead map, used when no facts are given)."""
    roles = MissionRoles()
    for mission, agency in (leads or {}).items():
        roles.leads.setdefault(mission, []).append(agency)
    for fact in mission_facts or []:
        if isinstance(fact, ParticipationFact) and fact.role in ("lead", "partner"):
            default = "knowledge base" in (fact.reason or "")
            if fact.role == "lead" and fact.agency_id not in roles.leads.setdefault(fact.mission, []):
                roles.leads[fact.mission].append(fact.agency_id)
            if not default:
                roles.stated.setdefault(fact.mission, set()).add(fact.agency_id)
                if fact.role == "lead":
                    roles.text_leads.setdefault(fact.mission, set()).add(fact.agency_id)
                elif _joint_cue(fact.reason or ""):
                    roles.joint.setdefault(fact.mission, set()).add(fact.agency_id)
        elif isinstance(fact, PartOfFact) and fact.parent not in roles.parents.setdefault(fact.mission, []):
            roles.parents[fact.mission].append(fact.parent)
    return roles


def cooperation_facts(analysis: Analysis, sentence: Sentence, leads: dict[str, str] | None = None,
                      mission_facts: list | None = None) -> list[AgreementFact]:
    """Cooperation facts of one sentence (none when negated or when no mission is served).

    ``leads`` maps a mission the knowledge base lacks to the lead agency the article states for it;
    ``mission_facts`` (the mission rules' facts) give the leads the text states, which take the receiving side.
    A sentence that states what a document the article reports provides ("Under the memorandum, Japan
    will provide ...") restates that agreement: no cooperation of its own. One fact per supplier: a gapped
    list ("ESA supplies the habitat, CSA the arm, and MBRSC the airlock") gives one per agency.
    """
    roles = mission_roles(mission_facts, leads)
    if restates_document(sentence):
        return []
    missions = [m for m in sentence.missions() if not _launcher(analysis, m.id)]
    facts = joint_commitments(analysis, sentence) + sample_shares(analysis, sentence, roles)
    served = ""
    if not missions:
        # "NASA contributed the detectors", "l'ESA a apporté son appui à la mission": the mission the sentences
        # before name ("the probe", "il"), else the article's mission
        earlier = _earlier_mission(analysis, sentence)
        topic = earlier or article_mission(analysis, roles)
        if topic is None or sentence.block.kind not in ("body", "dateline"):
            return facts
        missions, served = [topic], ("" if earlier else ARTICLE_MISSION)
    named = analysis.agency_ids_named()
    agencies = [m for m in sentence.mentions if agencies_of(analysis, m)]
    seen: set[tuple[tuple[str, ...], str]] = set()
    for cue in sentence.cues_of("COOPERATION"):
        if cue.rule.form in ("joint", "sample", "sample_give") or modified(sentence, "NEGATION", cue.start, cue.end):
            continue
        if _denied(analysis, sentence, cue) or _crew(analysis, sentence, cue) or _intransitive(
                analysis, sentence, cue) or any(
                modified(sentence, category, cue.start, cue.end) for category in ("TALKS", "HOPE", "HYPOTHETICAL")):
            continue  # an astronaut flying on another agency's mission, "JAXA contributes to the Gateway": taking part
        pair = _unowned_part(analysis, sentence, cue, agencies, missions, roles, served,
                             _pair(analysis, sentence, cue, agencies, missions, roles))
        if pair is None:
            continue
        suppliers, receiver_id, subject = pair
        for supplier_id in suppliers:
            if not receiver_id or receiver_id == supplier_id or receiver_id not in named:
                continue
            if _joint(analysis, roles, supplier_id, subject) and cue.rule.form not in ("tracking", "data"):
                continue  # a satellite two agencies build together is participation, not a cooperation
            parties = tuple(sorted((supplier_id, receiver_id)))
            if (parties, subject) in seen:
                continue
            seen.add((parties, subject))
            facts.append(AgreementFact("cooperation", parties, subject, None, "ongoing", [],
                                       evidence=[evidence(sentence)],
                                       reason=f"stated cooperation '{cue.text}' ({cue.rule.form}){served}"))
    return facts


_Pair = tuple[list[str], str | None, str]


def _unowned_part(analysis: Analysis, sentence: Sentence, cue, agencies: list[Mention], missions: list[Mention],
                  roles: MissionRoles, served: str, pair: _Pair | None) -> _Pair | None:
    """The pair of a supply to a part nobody leads or carries, served by the mission before or the article's.

    "The weather station (MET), supplied by the CSA": the mission the sentences before name, else the article's
    mission; any other pair (a receiver found, no pair, the article's mission already ``served``) as it was.
    """
    if served or pair is None or pair[1] is not None or not _unowned(analysis, roles, pair[2]):
        return pair
    topic = _earlier_mission(analysis, sentence) or article_mission(analysis, roles)
    if topic is None or topic.id == pair[2] or topic.id in {m.id for m in missions}:
        return pair
    return _pair(analysis, sentence, cue, agencies, [topic], roles)


def _unowned(analysis: Analysis, roles: MissionRoles, mission_id: str) -> bool:
    """True when nobody leads the mission served: no lead stated, and the KB gives neither a lead nor partners."""
    entry = kb_mission(analysis, mission_id)
    return not roles.leads.get(mission_id) and (entry is None or (entry.lead is None and not entry.partners))


def _joint(analysis: Analysis, roles: MissionRoles, supplier: str, mission_id: str) -> bool:
    """True when the supplier takes part in the mission itself (a joint mission: participation, no cooperation).

    A lead the text states, or a partner the text ties by a joint-development cue ("developed jointly by CNES and
    CNSA"); an agency only called a partner ("NASA is ESA's partner on LISA: the US agency will provide the
    telescopes") or a KB partner (JAXA's radar on EarthCARE) supplies: a cooperation.
    """
    if supplier in roles.text_leads.get(mission_id, set()) | roles.joint.get(mission_id, set()):
        return True
    return _stated_joint(analysis, supplier, mission_id)


def _stated_joint(analysis: Analysis, supplier: str, mission_id: str) -> bool:
    """True when a body sentence names the mission and the supplier with a ``joint_mission_cues`` phrase.

    "GPM is run jointly by NASA and JAXA", "Webb is led by NASA in partnership with ESA and CSA": the mission is the
    supplier's own, jointly (GUIDELINES: satellites two agencies operate together are participation), whatever roles
    the mission rules gave it. The phrase must be the mission's: in its clause, or in apposition right after it.
    """
    for sentence in analysis.sentences:
        if sentence.block.kind != "body" or not any(supplier in agencies_of(analysis, m) for m in sentence.mentions):
            continue
        missions = [m for m in sentence.missions() if m.id == mission_id or host_mission(analysis, m.id) == mission_id]
        cues = [(sentence.start + c.start(), sentence.start + c.end()) for c in phrase_regex(
            _words(sentence.lang, "joint_mission_cues")).finditer(sentence.text.lower())]
        # the phrase is the mission's: in its clause, or right after it ("BepiColombo, a joint mission of ...")
        if any(clause_of(sentence, start) == clause_of(sentence, m.start) or 0 <= start - m.end <= _APPOSED
               for start, _ in cues for m in missions):
            return True
    return False


_APPOSED = 25  # characters from a mission to a joint-mission phrase in apposition after it


def _programme(analysis: Analysis, mission_id: str) -> bool:
    entry = kb_mission(analysis, mission_id)
    return entry is not None and entry.kind == "programme"


def _launcher(analysis: Analysis, mission_id: str) -> bool:
    entry = kb_mission(analysis, mission_id)
    return entry is not None and entry.kind == "launcher"


def _earlier_mission(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The last mission (no launcher) the three body sentences before name: "the probe", "il" refer to it."""
    for other in analysis.window(sentence, back=3):
        if other.block.kind not in ("body", "dateline"):
            continue
        found = [m for m in other.missions() if not _launcher(analysis, m.id)]
        if found:
            return found[-1]
    return None


def _denied(analysis: Analysis, sentence: Sentence, cue) -> bool:
    """True when a negation word stands among the three words before the cue, in its clause ("is not supplying")."""
    clause = clause_of(sentence, cue.start)
    words = gap(analysis, clause[0], cue.start).split()[-3:]
    negations = {w.replace("’", "'") for w in _words(sentence.lang, "negations")}
    return any(w in negations or w.endswith("n't") for w in words)


def _intransitive(analysis: Analysis, sentence: Sentence, cue) -> bool:
    """True when a supply verb used without an object names only what it serves: taking part, no supply.

    "JAXA already contributes to the Gateway", "la Belgique contribue au programme Artemis": an
    ``intransitive_verbs`` cue followed at once by an ``intransitive_links`` word that leads to a mission (only
    articles, ``intransitive_classes`` words and agencies between), with no ``means_links`` word after it in its
    clause. "contributes a camera to", "contribue à la mission avec un spectromètre", "a contribué au financement de
    MicroCarb", "a contribué à plusieurs d'entre eux" supply.
    """
    if cue.rule.form != "supply" or cue.text.lower().replace("’", "'") not in {
            w.lower() for w in _words(sentence.lang, "intransitive_verbs")}:
        return False
    clause = clause_of(sentence, cue.start)
    after = gap(analysis, cue.end, clause[1])
    first = after.split()[0] if after.split() else ""
    if first not in {w.lower() for w in _words(sentence.lang, "intransitive_links")}:
        return False
    if phrase_regex(_words(sentence.lang, "means_links")).search(after):
        return False
    # what the link leads to must be a mission: only articles, class words ("programme") and agencies before it
    mission = next((m for m in sentence.missions() if cue.end <= m.start < clause[1]), None)
    if mission is None:
        return False
    between = analysis.text[cue.end : mission.start]
    for agency in sorted((m for m in sentence.mentions if cue.end <= m.start and m.end <= mission.start
                          and agencies_of(analysis, m)), key=lambda m: m.start, reverse=True):
        between = between[: agency.start - cue.end] + " " + between[agency.end - cue.end :]
    allowed = {w.lower().replace("’", "'") for w in [*_words(sentence.lang, "intransitive_links"),
                                                    *_words(sentence.lang, "definite"),
                                                    *_words(sentence.lang, "intransitive_classes")]}
    words = re.findall(r"[^\W\d_]+(?:'s)?|'s", between.lower().replace("’", "'"))
    return all(w in allowed or w in ("'s", "a", "an", "un", "une", "l", "d", "de") for w in words)


def _crew(analysis: Analysis, sentence: Sentence, cue) -> bool:
    """True when a person is what flies: a crew word or a person name right before the cue, in its clause."""
    clause = clause_of(sentence, cue.start)
    before = gap(analysis, clause[0], cue.start)
    if phrase_regex(_words(sentence.lang, "crew")).search(before):
        return True
    return any(clause[0] <= p.start and p.end <= cue.start for p in sentence.persons)


def article_mission(analysis: Analysis, roles: MissionRoles | None = None) -> Mention | None:
    """The mission the article is about.

    The first mission its title names that is no launcher or instrument (a mission the KB lacks counts when the
    article states its lead, in ``roles``), else the mission the body names most often, or None. A supply or
    tracking cue in a sentence naming no mission serves it.
    """
    for sentence in analysis.sentences:
        if sentence.block.kind != "title":
            continue
        for mention in sentence.missions():
            entry = kb_mission(analysis, mention.id)
            if (entry is not None and entry.kind not in ("launcher", "instrument")) or (
                    entry is None and roles is not None and roles.leads.get(mention.id)):
                return mention
    return _most_named(analysis)


def _most_named(analysis: Analysis) -> Mention | None:
    """The mission the body names most often (at least twice, more often than any other), no launcher or part."""
    counts: dict[str, list[Mention]] = {}
    for mention in analysis.mentions("MISSION"):
        entry = kb_mission(analysis, mention.id)
        if mention.block.kind == "body" and entry is not None and entry.kind not in ("launcher", "instrument"):
            counts.setdefault(mention.id, []).append(mention)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    return ranked[0][0]


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
            if document.category == "DOCUMENT_ANAPHORA" or last.replace("’", "'") in _words(sentence.lang, "definite"):
                return True
    return False


def sample_shares(analysis: Analysis, sentence: Sentence, roles: MissionRoles) -> list[AgreementFact]:
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
        mission = own[0] if own else article_mission(analysis, roles)
        if mission is None:
            continue
        subject = host_mission(analysis, mission.id)
        if cue.rule.form == "sample":
            before = [m for m in sentence.mentions if m.end <= cue.start and agencies_of(analysis, m)]
            if not before:
                continue
            pair = (agencies_of(analysis, before[0])[0], _lead_of(analysis, subject, roles))
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
          missions: list[Mention], roles: MissionRoles) -> tuple[list[str], str | None, str] | None:
    """The suppliers, the receiver and the mission served of one supply, tracking or data cue.

    The mission served: the one a host link names ("for NASA's Gateway", "à bord du rover Perseverance", "un rôle
    clé dans la mission InSight"), else the nearest (after the cue first); a part is served through the mission
    carrying it. The receiver: the agency a receiver link names ("supplied to CNSA", "helped ISRO"), else the
    owner written next to the mission served ("NASA's DART", "la sonde MMX de la JAXA"), else its lead. The
    suppliers: the agents after the cue ("fourni par l'ASI", "supplied by CNES and DLR"), else the agency before
    the cue that owns no mission served, with the agencies joined to it ("par le DLR en coopération avec le
    CNES"), else the agency the sentence before names for a back reference ("Its cubesat", "notre instrument"),
    then one supplier per gapped clause after the cue ("..., CSA the arm, and MBRSC the airlock").
    """
    lang = sentence.lang
    receiver = next((m for m in agencies if m.start >= cue.end and m.start - cue.end < 60
                     and _receiver_link(analysis, sentence, cue, m)), None)
    host = _host(sentence, cue, missions, analysis)
    if receiver is not None:
        # "data ... with CNSA before CNSA's Tianwen-1 landed": the receiver's own mission
        own = [m for m in missions if agencies_of(analysis, receiver)[0] in (
            _owner(analysis, sentence, m), _lead_of(analysis, m.id, roles))]
        host = own[0] if own else host
    in_sentence = sentence.start <= host.start < sentence.end
    owner = _owner(analysis, sentence, host) if in_sentence else None
    # the owner of the mission served receives ("dans la mission InSight de la NASA"); the owner of the part
    # supplied may supply ("ESA's European Service Module powers NASA's Orion")
    owners = {id(_owner_mention(analysis, sentence, host))} if in_sentence and host.start >= cue.start or (
        in_sentence and _host_linked(analysis, sentence, host)) else set()
    after = [m for m in agencies if m.start >= cue.end and m.start - cue.end < 60 and m is not receiver]
    agent = next((m for m in after if linked_by(analysis, sentence, "AGENT_LINK", cue.end, m.start)), None)
    suppliers: list[Mention] = []
    owned = next((m for m in after if _ends_with(
        lang, "owner_links", gap(analysis, cue.end, m.start)) and len(gap(analysis, cue.end, m.start).split()) <= 2),
        None)
    if agent is not None:
        suppliers = [agent, *_joined(analysis, lang, agent, after)]
    elif owned is not None:  # "des stations au sol de l'ESA et de la NASA", "la contribution de la JAXA"
        suppliers = [owned, *_joined(analysis, lang, owned, after)]
    else:
        before = [m for m in agencies if m.end <= cue.start and cue.start - m.end < _REACH and id(m) not in owners
                  and m is not receiver]
        if before:
            suppliers = [before[-1], *_joined(analysis, lang, before[-1], before)]
    ids = [a for m in suppliers for a in agencies_of(analysis, m)]
    if not ids:
        ids = _back_reference(analysis, sentence, cue)
    ids += _gapped(analysis, sentence, cue, agencies, receiver)
    if not ids:
        return None
    # the mission named is the one served when a host link or another agency's ownership marks it ("powers NASA's
    # Orion"); else it is the part supplied, served through the mission carrying it ("ESA supplies the ESPRIT module")
    named = in_sentence and (_host_linked(analysis, sentence, host) or (owner is not None and owner not in ids))
    if named and _supplied_part(analysis, host.id, roles) and (owner is None or owner in ids):
        # "a fourni le détecteur de guidage FGS": the "de" of a descriptor is no host link; a part the text puts
        # on a craft serves that craft
        named = False
    subject = host_mission(analysis, host.id) if named else _served(analysis, host.id, roles)
    if receiver is not None or owner is not None and named:
        receiver_id = agencies_of(analysis, receiver)[0] if receiver is not None else owner
    elif len(roles.leads.get(subject, [])) > 1:
        return None  # a contribution to a mission two agencies lead: whose side receives it is not stated
    else:
        receiver_id = _lead_of(analysis, subject, roles)
    pronoun = bool(suppliers) and bool(set(gap(analysis, suppliers[0].end, cue.start).split()) & set(
        _words(lang, "back_references")))
    if ids and set(ids) == {receiver_id} and pronoun:
        # "l'ESA est partenaire de la NASA pour la station Gateway, à laquelle elle doit fournir des modules": the
        # agency nearest the cue receives; the sentence's subject supplies
        subjects = [a for m in agencies if m.end <= cue.start for a in agencies_of(analysis, m) if a != receiver_id]
        ids = subjects[:1]
    if subject != host.id and _craft_of_joint_mission(analysis, host.id, subject):
        # "JAXA supplied the Mercury Magnetospheric Orbiter": one craft of a mission two agencies share
        ids = [i for i in ids if i not in kb_mission(analysis, subject).partners]
    return list(dict.fromkeys(ids)), receiver_id, subject


def _craft_of_joint_mission(analysis: Analysis, part_id: str, mission_id: str) -> bool:
    """True when a spacecraft is one craft of another spacecraft whose mission the KB gives partners."""
    part, mission = kb_mission(analysis, part_id), kb_mission(analysis, mission_id)
    return (part is not None and mission is not None and part.kind == "spacecraft" and mission.kind == "spacecraft"
            and bool(mission.partners))


def _host(sentence: Sentence, cue, missions: list[Mention], analysis: Analysis) -> Mention:
    """The mission a cue serves: one a host link names, else the nearest after the cue, else the nearest."""
    linked = [m for m in missions if sentence.start <= m.start < sentence.end and _host_linked(analysis, sentence, m)]
    if linked:
        return _nearest(linked, cue.start)
    later = [m for m in missions if m.start >= cue.end]
    return later[0] if later else _nearest(missions, cue.start)


def _host_linked(analysis: Analysis, sentence: Sentence, mission: Mention) -> bool:
    """True when a host link ("aboard", "à bord du", "dans la mission") comes before the mission in its clause.

    At most four words between them (a descriptor, an owner: "for NASA's Gateway lunar station").
    """
    clause = clause_of(sentence, mission.start)
    words = [w for w in gap(analysis, clause[0], mission.start).replace("'s ", " ").split()]
    for cut in range(max(0, len(words) - 5), len(words)):
        if _ends_with(sentence.lang, "host_links", " ".join(words[: cut + 1])):
            return True
    return False


def _owner_mention(analysis: Analysis, sentence: Sentence, mission: Mention) -> Mention | None:
    """The agency written as the mission's owner right next to it: "NASA's DART", "la sonde MMX de la JAXA"."""
    for agency in sentence.mentions:
        if not agencies_of(analysis, agency):
            continue
        if agency.end <= mission.start and mission.start - agency.end <= _NEXT_TO + 20:
            between = analysis.text[agency.end : mission.start].lower()
            if between.startswith(("'s", "’s")) and not any(
                    m.start >= agency.end and m.end <= mission.start for m in sentence.mentions):
                return agency
        if agency.start >= mission.end and agency.start - mission.end <= _NEXT_TO + 20:
            between = gap(analysis, mission.end, agency.start)
            if _ends_with(sentence.lang, "owner_links", between) and len(between.split()) <= 4 and not any(
                    m.start >= mission.end and m.end <= agency.start for m in sentence.mentions):
                return agency
    return None


def _owner(analysis: Analysis, sentence: Sentence, mission: Mention) -> str | None:
    """The agency id of the mission's owner written next to it, or None."""
    found = _owner_mention(analysis, sentence, mission)
    return agencies_of(analysis, found)[0] if found is not None else None


def _served(analysis: Analysis, mission_id: str, roles: MissionRoles) -> str:
    """The mission a supply serves: an instrument's carrier named in the article, else the text's part_of host."""
    lifted = host_mission(analysis, mission_id)
    if lifted != mission_id:
        return lifted
    entry = kb_mission(analysis, mission_id)
    parents = [p for p in roles.parents.get(mission_id, []) if not _programme(analysis, p)]
    if parents and (entry is None or entry.kind not in ("programme", "launcher")) and not any(
            mission_id in roles.parents.get(p, []) for p in parents):
        return parents[0]
    return mission_id


def _supplied_part(analysis: Analysis, mission_id: str, roles: MissionRoles) -> bool:
    """True for an instrument (or a name the KB lacks) that the text puts on a craft (``part_of``)."""
    entry = kb_mission(analysis, mission_id)
    return (entry is None or entry.kind == "instrument") and any(
        not _programme(analysis, p) for p in roles.parents.get(mission_id, []))


def _receiver_link(analysis: Analysis, sentence: Sentence, cue, mention: Mention) -> bool:
    """True when the words between the cue and a later agency are a receiver link ("to", "à la", "helped").

    A mission named in between is skipped ("shared orbit data from its Mars Express orbiter with CNSA").
    """
    lang = sentence.lang
    start = max([cue.end, *(m.end for m in sentence.missions() if cue.end <= m.start and m.end <= mention.start)])
    between = gap(analysis, start, mention.start)
    if not between:
        return _ends_with(lang, "receiver_links", gap(analysis, cue.start, cue.end))
    return len(between.split()) <= 3 and _ends_with(lang, "receiver_links", between)


def _joined(analysis: Analysis, lang: str, first: Mention, candidates: list[Mention]) -> list[Mention]:
    """The agencies joined to ``first`` by conjunct words only ("par le CNES et le DLR", "by DLR with CNES")."""
    joined = []
    last = first
    for other in sorted((m for m in candidates if m.start >= first.end), key=lambda m: m.start):
        between = re.sub(r"\([^)]*\)", "", gap(analysis, last.end, other.start)).strip(" ,")
        if other.start - last.end > 40 or not (_ends_with(lang, "conjuncts", between) and len(between.split()) <= 4):
            break
        joined.append(other)
        last = other
    last = first
    for other in sorted((m for m in candidates if m.end <= first.start), key=lambda m: m.start, reverse=True):
        between = re.sub(r"\([^)]*\)", "", gap(analysis, other.end, last.start)).strip(" ,")
        if last.start - other.end > 40 or not (_ends_with(lang, "conjuncts", between) and len(between.split()) <= 4):
            break
        joined.append(other)
        last = other
    return joined


def _back_reference(analysis: Analysis, sentence: Sentence, cue) -> list[str]:
    """"Its LICIACube cubesat", "notre instrument": the first agency of the sentence before, in the same block."""
    words = gap(analysis, sentence.start, cue.start).split()[-12:]
    if not set(words) & set(_words(sentence.lang, "back_references")):
        return []
    own = [a for m in sentence.mentions if m.end <= cue.start for a in agencies_of(analysis, m)]
    if own:  # "L'ESA soutient la mission : ses antennes ... suivent la sonde"
        return [own[0]]
    for other in analysis.window(sentence, back=1, same_block=True):
        found = [a for m in other.mentions for a in agencies_of(analysis, m)]
        if found:
            return [found[0]]
    return []


_GAP_OPENER = re.compile(r"(?:[,;]|\b(?:and|et))\s*(?:(?:the|le|la|les|l['’])\s*)?$")


def _gapped(analysis: Analysis, sentence: Sentence, cue, agencies: list[Mention], receiver: Mention | None
            ) -> list[str]:
    """Suppliers of gapped clauses after the cue: "..., l'Agence spatiale canadienne le bras robotique Canadarm3".

    An agency opening a clause (after a comma, a semicolon or a conjunction) with no verb after it (the tagger's
    part of speech; nothing without a tagger).
    """
    doc = sentence.span.doc
    base = sentence.block.start
    found = []
    for mention in agencies:
        if mention.start <= cue.end or mention is receiver:
            continue
        if not _GAP_OPENER.search(analysis.text[max(sentence.start, mention.start - 12) : mention.start].lower()):
            continue
        span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
        if span is None:
            continue
        index = span.end
        if index < len(doc) and doc[index].text == "(":  # "(MBRSC)" after the name
            while index < len(doc) and doc[index].text != ")":
                index += 1
            index += 1
        if index >= len(doc):
            continue
        following = doc[index]
        if not following.pos_:  # no tagger on this sentence: a determiner must open the gapped object
            articles = {a.replace("’", "'") for a in _words(sentence.lang, "definite")} | (
                {"un", "une", "son", "sa", "ses", "leur"} if sentence.lang == "fr" else {"a", "an", "its", "their"})
            if following.lower_.replace("’", "'") not in articles:
                continue
        elif following.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            continue
        found += agencies_of(analysis, mention)
    return found


def instrument_cooperations(analysis: Analysis, mission_facts: list,
                            agreements: list[AgreementFact] | None = None) -> list[AgreementFact]:
    """An agency leading a part carried by another agency's mission cooperates with that mission's lead.

    (The contract's example: DORN, CNES's instrument on CNSA's Chang'e 6; also a lander or a cubesat a mission
    carries: MASCOT on Hayabusa2, LICIACube aboard DART.) The part's agencies are the leads the text states (no KB
    default) and the partners it states; the mission's lead is the one the mission rules give. Nothing when the
    supplier takes part in the mission itself (a joint mission), when the mission has no single lead, or when two
    parts carry each other (a reading error). A supplier that is a side of a document the article reports signed
    (itself or its country: "the treaty covers Canadarm3") gets no cooperation of its own (``agreements``: the
    article's agreement facts).
    """
    roles = mission_roles(mission_facts)
    covered = {p for a in agreements or [] if a.kind != "cooperation" for p in a.parties}
    suppliers, joint = _part_agencies(mission_facts)
    co_suppliers: dict[str, list[str]] = {}
    part_leads: dict[str, set[str]] = {}
    for f in mission_facts:
        if isinstance(f, ParticipationFact) and f.role == "lead":
            part_leads.setdefault(f.mission, set()).add(f.agency_id)
        if isinstance(f, ParticipationFact) and f.reason == CO_SUPPLY_REASON:
            co_suppliers.setdefault(f.mission, []).append(f.agency_id)
    for mission, group in _co_leads(mission_facts).items():
        # "le rover IDEFIX, conçu par le CNES et le DLR": the coordinated agents of one lead cue are one supplier
        co_suppliers.setdefault(mission, []).extend(a for a in group[1:] if a not in co_suppliers[mission])
    out: list[AgreementFact] = []
    seen: set[tuple[tuple[str, ...], str]] = set()
    for fact in mission_facts:
        if not isinstance(fact, PartOfFact) or not _carried(analysis, fact, roles):
            continue
        host_leads = roles.leads.get(fact.parent, [])
        if len(host_leads) != 1:
            continue
        host_lead = host_leads[0]
        # "provided by ASI with NASA": the agents of one supply cue and the host's lead are one multi-party record
        co = [a for a in co_suppliers.get(fact.mission, []) if a != host_lead and a not in covered]
        eligible = [s for s in suppliers.get(fact.mission, []) if s not in co and _supplies(
            analysis, roles, s, fact.parent, host_lead, covered, joint)]
        for group in _supplier_groups(eligible, part_leads.get(fact.mission, set())):
            key = (tuple(sorted({*group, host_lead, *co})), fact.parent)
            if key not in seen:
                seen.add(key)
                out.append(AgreementFact("cooperation", key[0], fact.parent, None, "ongoing", [],
                                         evidence=list(fact.evidence),
                                         reason="a part one agency leads, carried by another agency's mission"
                                         + (" (with its partners: one supplier)" if len(group) > 1 else "")))
    return out


def _co_leads(mission_facts: list) -> dict[str, list[str]]:
    """Per mission: the agencies one lead cue names together ("conçu par le CNES et le DLR"), when more than one.

    The consortium decision of the guidelines: agencies that jointly build one part supply it as one party.
    """
    groups: dict[tuple[str, str, int], list[str]] = {}
    for fact in mission_facts:
        if isinstance(fact, ParticipationFact) and fact.role == "lead" and fact.evidence and \
                (fact.reason or "").endswith("names who runs it"):
            key = (fact.mission, fact.reason or "", fact.evidence[0].start)
            if fact.agency_id not in groups.setdefault(key, []):
                groups[key].append(fact.agency_id)
    return {key[0]: agencies for key, agencies in groups.items() if len(agencies) > 1}


def _supplies(analysis: Analysis, roles: MissionRoles, supplier: str, host: str, host_lead: str,
              covered: set[str], joint: dict[str, set[str]]) -> bool:
    """True when ``supplier`` (an agency the text states for a part) supplies it to ``host``'s lead.

    Not when a signed document of the article covers the supply (the agency or its country a side of it), nor for
    the host's own lead, a joint mission, or a KB partner named next to a participation cue.
    """
    agency = analysis.kb.agencies.get(supplier)
    if supplier in covered or (agency is not None and f"country:{agency.country}" in covered):
        return False
    return not (supplier == host_lead or _joint(analysis, roles, supplier, host) or (
        supplier in joint.get(host, set()) and supplier not in roles.stated.get(host, set())))


def _supplier_groups(suppliers: list[str], leads: set[str]) -> list[list[str]]:
    """The suppliers of one part, grouped by supplier: a consortium is one, co-leads are one each.

    One lead with the partners the text states for the part ("built by a consortium led by DLR with CNES and ASI")
    is one supplier (GUIDELINES "Cooperation pairs", the consortium decision; agencies one lead cue names together,
    "conçu par le CNES et le DLR", are already one through ``_co_leads``); leads stated by separate cues each
    supply, one record per builder.
    """
    if not suppliers:
        return []
    if len([a for a in suppliers if a in leads]) == 1:
        return [suppliers]
    return [[a] for a in suppliers]


def drop_covered_pairs(agreements: list[AgreementFact], supplies: list[AgreementFact]) -> list[AgreementFact]:
    """``agreements`` without the cooperations a multi-party supply record covers.

    "provided by ASI with NASA" on ESA's Mars Express is one [ASI, ESA, NASA] record (the consortium decision of the
    guidelines): a cooperation of the same subject whose parties are a strict subset of it is the same fact read in
    part, and is dropped. Other kinds of agreement are kept.
    """
    wide = [(set(s.parties), s.subject) for s in supplies if len(s.parties) > 2]
    return [a for a in agreements if a.kind != "cooperation"
            or not any(set(a.parties) < parties and a.subject == subject for parties, subject in wide)]


def _part_agencies(mission_facts: list) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """Per mission: its leads and partners the text states (in order), and every partner given (a joint mission)."""
    stated: dict[str, list[str]] = {}
    joint: dict[str, set[str]] = {}
    for fact in mission_facts:
        if not isinstance(fact, ParticipationFact) or fact.role not in ("lead", "partner"):
            continue
        if fact.role == "partner":
            joint.setdefault(fact.mission, set()).add(fact.agency_id)
        if "knowledge base" not in (fact.reason or "") and fact.agency_id not in stated.setdefault(fact.mission, []):
            stated[fact.mission].append(fact.agency_id)
    return stated, joint


def _carried(analysis: Analysis, fact: PartOfFact, roles: MissionRoles) -> bool:
    """True when ``part_of`` reads as a part carried by a craft (no launcher, no programme member, no loop)."""
    entry, parent = kb_mission(analysis, fact.mission), kb_mission(analysis, fact.parent)
    if (entry is not None and entry.kind in ("launcher", "programme")) or (
            parent is not None and parent.kind in ("launcher", "programme")):
        return False  # a flight or a rover of a programme is a member, not a part carried
    if _craft_of_joint_mission(analysis, fact.mission, fact.parent):
        return False
    if fact.mission in roles.parents.get(fact.parent, []):  # two parts carrying each other: the KB's direction
        return entry is not None and parent is not None and bool(entry.part_of) and analysis.kb.mission_by_name(
            entry.part_of) is parent
    return True


def _lead_of(analysis: Analysis, mission_id: str, roles: MissionRoles | None = None) -> str | None:
    """The mission's lead as the article states it (the mission rules' first lead), else the knowledge base's."""
    stated = (roles.leads.get(mission_id) if roles is not None else None) or []
    entry = kb_mission(analysis, mission_id)
    if entry is not None and entry.lead in stated:
        return entry.lead  # of two leads the text gives ("developed by CNES and NASA"), the KB's
    if stated:
        return stated[0]
    return entry.lead if entry is not None else None


def _nearest(mentions: list[Mention], position: int) -> Mention:
    return min(mentions, key=lambda m: abs(m.start - position))
