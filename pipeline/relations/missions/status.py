"""Mission status (completed, active, planned).

From the cue words of the clause naming the mission (``rules/status_<lang>.json``: each cue kind with the state it
gives and why) and from its events; ``null`` when the text gives no cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...analysis import Analysis, Mention, Sentence
from ..common import clauses, evidence, in_parentheses
from ..facts import EventFact, Fact, PartOfFact, StatusFact
from .anaphora import _referred_mission
from .events import _group_referents
from .knowledge import kb_mission
from .rule_file import _rx, event_rules, rules
from .status_rules import _OBJECT_GAP_WORDS, CueGroup, StatusRules, status_rules

_EVENT_REASON = "a planned "  # a plan known only from an event: its host's parts do not inherit it
# mission id -> state ("completed", "active", "planned", or "ahead" for a future verb) -> (sentence, reason)
States = dict[str, dict[str, tuple[Sentence, str]]]


def _status(analysis: Analysis, missions: dict[str, list[Mention]], events: list[Fact],
            part_of: list[Fact] = ()) -> list[Fact]:
    """Status facts (completed, active, planned) of the missions of a document.

    Status from cue words in the clause that names the mission (or refers back to it): an end, a return or an
    achievement -> completed; operation, cruise or present participation -> active; a plan, development, a future
    flight verb or (for a programme or station) a purpose clause -> planned; else no fact (null). A negated,
    superseded or conditional cue does not count, nor a cue of the clause for a mission named only as its frame ("as
    part of the Artemis programme"). When a sentence names several missions a cue speaks of its subject (the first
    mission before it in its clause), else of its object (the first after it).

    A past launch alone says nothing of the mission now (null); an end event makes it completed and a planned dated
    event planned; an arrival verb ("will arrive in 2031") does not make a launched mission planned. A programme or
    station is completed only when nothing in the article says it goes on or a flight lies ahead. A part (``part_of``
    facts: an instrument, a module) with no cue of its own is planned when the mission it belongs to is planned and
    not launched, by a cue of its own (an event alone may be a later step of a flight under way): it cannot have flown
    before it. A programme's status passes to none of its members, and back.
    """
    states: States = {}
    launched = {f.mission for f in events if isinstance(f, EventFact) and f.event == "launch"
                and not _planned_event(analysis, f)}
    _cue_states(analysis, states, launched)
    _event_states(analysis, events, states, launched)
    chosen = {mission_id: _chosen_status(analysis, mission_id, found) for mission_id, found in states.items()}
    for fact in part_of:
        assert isinstance(fact, PartOfFact)
        kinds = {_kind(analysis, fact.mission), _kind(analysis, fact.parent)}
        if (chosen.get(fact.parent) == "planned" and chosen.get(fact.mission) is None and fact.parent not in launched
                and "programme" not in kinds and not states[fact.parent]["planned"][1].startswith(_EVENT_REASON)):
            chosen[fact.mission] = "planned"
            states.setdefault(fact.mission, {})["planned"] = (
                states[fact.parent]["planned"][0], f"part of {fact.parent}, which is planned")
    facts: list[Fact] = []
    for mission_id, status in chosen.items():
        if status is None:
            continue
        sentence, reason = states[mission_id][status]
        facts.append(StatusFact(mission_id, status, evidence=[evidence(sentence)], reason=f"{status}: {reason}"))
    return facts


def _cue_states(analysis: Analysis, states: States, launched: set[str]) -> None:
    """Add to ``states`` the states the cue words of each sentence give its missions.

    Add to ``states`` the states the cue words of each sentence give its missions: completed, active, planned, and
    "ahead" for a future verb in the mission's clause. ``launched``: missions whose launch the article reports as past.
    """
    relatives: dict[int, list[Relative]] = {}  # sentence index -> its relative clauses, read once (_relatives)
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        table = status_rules(sentence.lang)
        for mission_id, (start, end), pick in _targets(analysis, sentence, table):
            text = analysis.text[start:end]
            if pick is None and _rx(sentence.lang, "future").search(text):
                states.setdefault(mission_id, {}).setdefault("ahead", (sentence, "a future verb"))
            entry = kb_mission(analysis, mission_id)
            kind = entry.kind if entry is not None else None
            for group in table.groups:
                if not group.serves(kind) or (group.unless_launched and mission_id in launched) or (
                        group.subject_only and mission_id not in launched):
                    continue
                cue = next((c for c in group.regex.finditer(text) if _counts(table, group, text, c)
                            and (pick is None or pick(c.start()))
                            and (not group.subject_only or _right_after_subject(
                                analysis, sentence, table, mission_id, start, text[:c.start()]))
                            and (not group.object_only or _right_before_object(analysis, sentence, table,
                                                                               mission_id, start + c.end()))
                            and (not group.infinitive or _intent_about(analysis, sentence, table, mission_id,
                                                                       start + c.end()))
                            and not _in_relative_of_another(analysis, sentence, table, mission_id,
                                                            start + c.start(), relatives)), None)
                if cue is not None:
                    states.setdefault(mission_id, {}).setdefault(
                        group.state, (sentence, f"'{cue.group(0)}' ({group.kind}: {group.why})"))


Target = tuple[str, tuple[int, int], Callable[[int], bool] | None]


def _right_after_subject(analysis: Analysis, sentence: Sentence, table: StatusRules, mission_id: str, span_start: int,
                         before: str) -> bool:
    """Whether a cue stands right after its subject: the mission's name or a back-reference, then adverbs only.

    "CHEOPS measures", "The probe studies", "It still observes", "La sonde étudie": a present-tense verb of a launched
    mission's own work, with the mission as its subject (not "NASA studies", not a description of another thing).
    """
    head = before.rstrip()
    while True:
        last = re.search(r"[\w'’-]+$", head)
        if last is None or not table.adverbs.fullmatch(last.group(0)):
            break
        head = head[:last.start()].rstrip()
    if head.endswith(","):
        # "SOHO, launched on 2 December 1995, still watches the Sun": a short apposition between subject and verb
        opening = head.rfind(",", 0, len(head) - 1)
        gap = head[opening + 1 : -1]
        if opening >= 0 and not any(c in gap for c in ";:.()\n") and len(gap.split()) <= RELATIVE_APPOSITION_WORDS:
            head = head[:opening].rstrip()
    end = span_start + len(head)
    if any(m.id == mission_id for m in _listed(analysis, sentence, table, end, backward=True)):
        return True
    tail = " ".join(head.split()[-3:])
    return any(rx.search(tail) and rx.search(tail).end() == len(tail)
               for rx in (table.subject_pronouns, _rx(sentence.lang, "mission_anaphora"),
                          event_rules(sentence.lang)["group_anaphora"]))


def _group_subject(sentence: Sentence) -> bool:
    """Whether the sentence opens on a group back-reference ("The three satellites", "Les deux engins").

    Only as the subject: "the pair" elsewhere in a sentence is seldom the craft a status cue speaks of.
    """
    found = event_rules(sentence.lang)["group_anaphora"].search(sentence.text)
    return found is not None and not sentence.text[:found.start()].strip(" \t\"'“«")


def _listed(analysis: Analysis, sentence: Sentence, table: StatusRules, offset: int,
            backward: bool = False) -> list[Mention]:
    """The missions listed together that end (``backward``) or start at ``offset``; [] when no name is there.

    The name there and every name joined to it by a comma or a coordinator, with at most three words of their own
    between ("NorSat-1 and NorSat-2", "Sentinel-2A, Sentinel-2B and Sentinel-2C", "the I-Hab module and the ESPRIT
    module"); no parenthesis, sentence punctuation or preposition (``object_gap_stops``) between.
    """
    mentions = sorted(sentence.missions(), key=lambda m: m.start, reverse=backward)
    chain: list[Mention] = []
    for mention in mentions:
        if not chain:
            if (mention.end if backward else mention.start) == offset:
                chain.append(mention)
            continue
        a, b = (mention.end, chain[-1].start) if backward else (chain[-1].end, mention.start)
        if b < a:
            continue
        gap = analysis.text[a:b]
        joiner = table.coordinators.search(gap)
        if not (gap.strip() == "," or (joiner is not None and len(gap.split()) <= len(joiner.group(0).split()) + 3)):
            break
        if any(c in gap for c in "();:.!?") or table.object_gap_stops.search(gap):
            break  # "begun by TOPEX/Poseidon and continued by Jason-2": a preposition, not a list
        chain.append(mention)
    return chain


# a relative clause right after a mission name: the name's end, the clause's end, the missions listed with the name
Relative = tuple[int, int, frozenset[str]]


def _in_relative_of_another(analysis: Analysis, sentence: Sentence, table: StatusRules, mission_id: str,
                            cue_start: int, relatives: dict[int, list[Relative]] | None = None) -> bool:
    """Whether a cue stands in a relative clause right after another mission's name, which it speaks of alone.

    "a record begun by TOPEX/Poseidon and continued by Jason-2, which is still in orbit": the cue is Jason-2's, not
    TOPEX/Poseidon's (an earlier mission in a comparison). The relative clause runs from the name to the next comma; a
    mission named inside it keeps its cues ("the Gateway, which ESA will equip with the ESPRIT module"), and so does
    every mission listed with the name ("SARAL and Megha-Tropiques, which remain in service"). ``relatives``: a memo of
    :func:`_relatives` by sentence index, so that a sentence is read once however many cues it holds.
    """
    relatives = {} if relatives is None else relatives
    if sentence.index not in relatives:
        relatives[sentence.index] = _relatives(analysis, sentence, table)
    for name_end, end, owners in relatives[sentence.index]:
        if name_end > cue_start or cue_start >= end or mission_id in owners:
            continue
        # a mission named inside the clause keeps its cues; the clause must follow another mission's name
        if not any(m.id == mission_id and name_end <= m.start < end for m in sentence.missions()):
            if any(m.end == name_end and m.id != mission_id for m in sentence.missions()):
                return True
    return False


# characters read after a name for its owner, one apposition and the relative marker (_relative_after)
RELATIVE_WINDOW = 240


def _relatives(analysis: Analysis, sentence: Sentence, table: StatusRules) -> list[Relative]:
    """The relative clauses after the sentence's mission names (see :func:`_relative_after`).

    Each as the name's end, the clause's end (the next comma after the marker, or the sentence end) and the ids of the
    missions listed with the name (see :func:`_in_relative_of_another`). The marker is looked for in a window of
    ``RELATIVE_WINDOW`` characters after each name only, so a sentence is read once whatever the number of names.
    """
    found: list[Relative] = []
    missions = sentence.missions()
    for name_end in sorted({m.end for m in missions}):
        after = analysis.text[name_end:min(sentence.end, name_end + RELATIVE_WINDOW)]
        opening = _relative_after(after, table)
        if opening is None or any(name_end < m.start < name_end + opening[0] for m in missions):
            continue  # no clause, or another mission named between this one and the clause
        pos, marker = opening
        close = analysis.text.find(",", name_end + pos + len(marker), sentence.end)
        end = close if close >= 0 else sentence.end
        found.append((name_end, end,
                      frozenset(m.id for m in _listed(analysis, sentence, table, name_end, backward=True))))
    return found


RELATIVE_APPOSITION_WORDS = 6  # words at most in an apposition between a name and its relative clause


def _relative_after(after: str, table: StatusRules) -> tuple[int, str] | None:
    """Where the relative clause of a mission's name opens in the text ``after`` it, and its marker; None without one.

    Right after the name (", which"), or after an owner (``owner_words`` of ``status_<lang>.json``: "Kepler de la
    NASA, qui") and one short apposition ("Kepler, lancé en 2009, qui est toujours en service"), neither holding a
    clause break.
    """
    pos = 0
    owner = table.owner_words.match(after, 1) if after[:1].isspace() else None
    if owner is not None:
        pos = after.find(",", owner.end())
        if pos < 0 or any(c in after[owner.end():pos] for c in ";:.()\n"):
            return None
    for _ in range(2):  # the marker, or one apposition and then the marker
        marker = next((m for m in table.relative_markers
                       if after[pos:pos + 3 * len(m) + 1].lower().startswith(m.lower())), None)
        if marker is not None:
            return pos, marker
        if not after.startswith(",", pos):
            return None
        following = after.find(",", pos + 1)
        gap = after[pos + 1 : following]
        if following < 0 or any(c in gap for c in ";:.()\n") or len(gap.split()) > RELATIVE_APPOSITION_WORDS:
            return None
        pos = following
    return None


def _right_before_object(analysis: Analysis, sentence: Sentence, table: StatusRules, mission_id: str,
                         cue_end: int) -> bool:
    """Whether a mission is the object of a cue: named (alone or in a list) within a few words after it.

    "ESA will build the I-Hab module and the ESPRIT module", "Canada will supply Canadarm3", "L'ESA construira le module
    I-Hab": at most four words between the cue and the list's first name, none of them a word that ends the object
    (``object_gap_stops``: "data from Sentinel-2", "des images de SARAL").
    """
    first = next((m for m in sorted(sentence.missions(), key=lambda m: m.start) if m.start >= cue_end), None)
    if first is None:
        return False
    gap = analysis.text[cue_end:first.start]
    if len(gap.split()) > _OBJECT_GAP_WORDS or table.object_gap_stops.search(gap) or any(c in gap for c in "();:.!?"):
        return False
    listed = _listed(analysis, sentence, table, first.start)
    after = analysis.text[listed[-1].end:sentence.end].split()[:1] if listed else []
    if after and table.object_after_stops.fullmatch(after[0]):
        return False
    return any(m.id == mission_id for m in listed)


def _intent_about(analysis: Analysis, sentence: Sentence, table: StatusRules, mission_id: str, cue_end: int) -> bool:
    """Whether an intent verb with an infinitive ("plans to", "intends to", "prévoit de") speaks of a mission.

    A mission named before the cue is its subject ("Chandrayaan-4, which ISRO plans to launch", "X aims to land"); a
    mission named after it only as the object of the infinitive ("JAXA plans to launch the ALOS-4 satellite", "le
    CNES prévoit de lancer le satellite X"; :func:`_right_before_object` from the verb's end). Not the missions the
    agent's plan only mentions: "Switzerland intends to strengthen the role of its universities in NASA's Artemis
    programme", "the two agencies intend to study experiments on Kibo".
    """
    named = [m for m in sentence.missions() if m.id == mission_id]
    if not named or any(m.end <= cue_end for m in named):
        return True
    verb = re.match(r"\s*[\w'’-]+", analysis.text[cue_end:sentence.end])
    return verb is not None and _right_before_object(analysis, sentence, table, mission_id, cue_end + verb.end())


def _targets(analysis: Analysis, sentence: Sentence, table: StatusRules) -> list[Target]:
    """The missions of a sentence, each with the span whose cues speak of it and which of those cues are its own.

    The missions of a sentence, each with the span (document offsets) whose cues may speak of it, and None (every cue
    of the span) or a test of a cue's offset in the span (the cues whose subject or object it is). A cue speaks only
    of a mission of its own scope: the sentence is first cut at the status file's ``scope_breaks`` (a line break: a
    list, a sidebar, a status-page or fact-sheet line; a clause with a new subject, ", but ...", ", and a ...").
    Within a scope naming one mission, the whole scope; naming several, the mission's clause (the mission rules'
    clause breaks); a mission named in an aside in parentheses ("to return to the Moon (Gateway station)") only the
    words from the previous mission name to the parenthesis; a mission named as the frame of its clause ("dans le
    cadre du programme Artemis") only a relative clause right after its name (", qui doit ramener ..."); a launcher
    named as the vehicle ("on an H3 rocket", "elle doit décoller sur la fusée H3") none. A scope naming no mission
    whose subject is a pronoun or a mission anaphor ("mais elle a rapporté", "; the probe is still operating") speaks
    of the sentence's first mission; a fact-sheet status line ("Statut : mission terminée") of the page's mission. A
    sentence naming no mission speaks of the mission it refers back to.
    """
    mentions = sentence.missions()
    if not mentions:
        referred = _sheet_subject(analysis, sentence, table) or _referred_mission(analysis, sentence)
        if referred is None and _group_subject(sentence):
            # "NorSat-1 et NorSat-2 ... ont été lancés ... Les deux engins captent les signaux": each of the group
            return [(m.id, (sentence.start, sentence.end), None)
                    for m in _group_referents(analysis, sentence, mentions)]
        return [(referred.id, (sentence.start, sentence.end), None)] if referred is not None else []
    targets: list[Target] = []
    subject: list[Mention] = []  # the sentence's first mission that is neither a vehicle nor a frame
    sentence_clauses: list[tuple[int, int]] = []  # the sentence's clauses, cut once (_scope_targets)
    starts = [m.start for m in mentions]
    in_order = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for scope in _scopes(analysis, sentence, table):
        inside = mentions[bisect.bisect_left(starts, scope[0]):bisect.bisect_left(starts, scope[1])] if in_order \
            else [m for m in mentions if scope[0] <= m.start < scope[1]]
        if inside:
            targets += _scope_targets(analysis, sentence, table, scope, inside, subject, sentence_clauses)
            continue
        antecedent = (_sheet_subject(analysis, sentence, table, scope)
                      or (subject[0] if subject and _led_by_anaphor(analysis, sentence, table, scope) else None))
        if antecedent is not None:
            targets.append((antecedent.id, scope, None))
    if not subject:  # "Le satellite doit être lancé par une fusée Vega-C": the sentence is not about the vehicle
        referred = _referred_mission(analysis, sentence)
        if referred is not None:
            targets.append((referred.id, (sentence.start, sentence.end), None))
    return targets


def _scope_targets(analysis: Analysis, sentence: Sentence, table: StatusRules, scope: tuple[int, int],
                   inside: list[Mention], subject: list[Mention],
                   sentence_clauses: list[tuple[int, int]] | None = None) -> list[Target]:
    """The targets of the missions named in one scope (see ``_targets``).

    The first mission that is neither a vehicle nor a frame is appended to ``subject`` when it is still empty: a
    later pronoun-led scope speaks of it. ``sentence_clauses``: the sentence's clauses once cut (filled here when
    empty), so that a sentence of many scopes is cut once.
    """
    only_one = len({m.id for m in inside}) == 1
    spans = [scope] if only_one else _clauses_in(sentence, scope, sentence_clauses)
    targets: list[Target] = []
    for mention in inside:
        clause = next(((a, b) for a, b in spans if a <= mention.start < b), scope)
        if _vehicle(analysis, sentence, clause, mention, table):
            if subject and _pronoun_flight(table, analysis.text[clause[0]:mention.start]):
                targets.append((subject[0].id, (clause[0], mention.start), None))  # "; it must fly on the H3"
            continue
        if _framed(analysis, table.frame, clause[0], mention):
            relative = _relative_clause(analysis, table, clause, mention)
            if relative is not None:
                targets.append((mention.id, relative, None))
            continue
        if not subject:
            subject.append(mention)
        aside = _aside_scope(analysis, sentence, inside, mention, clause[0])
        if aside is not None:
            targets.append((mention.id, aside, None))
            continue
        targets.append((mention.id, clause, None))
    return targets


def _clauses_in(sentence: Sentence, scope: tuple[int, int],
                sentence_clauses: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The sentence's clauses (the mission rules' clause breaks) that overlap ``scope``, cut to it.

    ``sentence_clauses``: the sentence's clauses when already cut; filled here when empty.
    """
    if not sentence_clauses:
        cut = clauses(sentence, rules(sentence.lang)["clause_breaks"])
        if sentence_clauses is None:
            sentence_clauses = cut
        else:
            sentence_clauses.extend(cut)
    # the clauses are in text order, none empty or overlapping: their ends rise
    first = bisect.bisect_right(sentence_clauses, scope[0], key=lambda c: c[1])
    spans = []
    for a, b in sentence_clauses[first:]:
        if a >= scope[1]:
            break
        spans.append((max(a, scope[0]), min(b, scope[1])))
    return spans


def _scopes(analysis: Analysis, sentence: Sentence, table: StatusRules) -> list[tuple[int, int]]:
    """The sentence cut at the status file's scope breaks (document offsets, in order, none empty)."""
    text = analysis.text[sentence.start:sentence.end]
    pattern = "|".join(re.escape(b) for b in sorted(table.scope_breaks, key=len, reverse=True))
    cuts = [0] + [m.start() for m in re.finditer(pattern, text, re.IGNORECASE)] + [len(text)]
    return [(sentence.start + a, sentence.start + b) for a, b in zip(cuts, cuts[1:], strict=False)
            if text[a:b].strip()]


def _led_by_anaphor(analysis: Analysis, sentence: Sentence, table: StatusRules, scope: tuple[int, int]) -> bool:
    """Whether a scope's subject, among its first four words, is a pronoun or a mission anaphor ("but it is")."""
    head = " ".join(analysis.text[scope[0]:scope[1]].split()[:4])
    return bool(table.subject_pronouns.search(head) or _rx(sentence.lang, "mission_anaphora").search(head))


def _sheet_line(analysis: Analysis, table: StatusRules, scope: tuple[int, int]) -> bool:
    """Whether a scope is a fact-sheet status line: a status label, then a colon ("Statut : mission terminée")."""
    line = analysis.text[scope[0]:scope[1]].strip()
    label = table.sheet_labels.match(line)
    return label is not None and line[label.end():].lstrip().startswith(":")


def _sheet_subject(analysis: Analysis, sentence: Sentence, table: StatusRules,
                   scope: tuple[int, int] | None = None) -> Mention | None:
    """The page's mission (the first named in its title) when the scope is a fact-sheet status line, else None."""
    if not _sheet_line(analysis, table, scope or (sentence.start, sentence.end)):
        return None
    return next((m for s in analysis.sentences if s.block.kind == "title" for m in s.missions()), None)


def _relative_clause(analysis: Analysis, table: StatusRules, clause: tuple[int, int],
                     mention: Mention) -> tuple[int, int] | None:
    """The relative clause right after a mission name (", qui doit ramener ..."), to the clause end, else None."""
    after = analysis.text[mention.end:clause[1]]
    if any(after.lower().startswith(marker.lower()) for marker in table.relative_markers):
        return (mention.end, clause[1])
    return None


def _framed(analysis: Analysis, frame: re.Pattern, clause_start: int, mention: Mention) -> bool:
    """Whether a mission is named after a ``frame`` phrase and at most two words ("as part of NASA's Artemis")."""
    before = " ".join(analysis.text[clause_start:mention.start].split()[-6:])
    return any(len(before[m.end():].split()) <= 2 for m in frame.finditer(before))


def _vehicle(analysis: Analysis, sentence: Sentence, clause: tuple[int, int], mention: Mention,
             table: StatusRules) -> bool:
    """Whether a launcher is named as the vehicle of another mission, whose status cues are not its own.

    Whether a launcher is named as a vehicle: after a vehicle phrase of the mission rules ("on a Japanese H3 rocket",
    "par une fusée PSLV"), after a pronoun subject of its clause ("elle doit décoller sur la fusée japonaise H3"), or
    after another mission named first in its clause ("PLATO will launch on Ariane 6").
    """
    entry = kb_mission(analysis, mention.id)
    if entry is None or entry.kind != "launcher":
        return False
    if _framed(analysis, _rx(sentence.lang, "vehicle"), clause[0], mention):
        return True
    if _pronoun_flight(table, analysis.text[clause[0]:mention.start]):
        return True
    return any(m.id != mention.id and clause[0] <= m.start < mention.start for m in sentence.missions())


def _pronoun_flight(table: StatusRules, before: str) -> bool:
    """Whether a pronoun subject with a cue of its own within the next three words comes before a launcher.

    "elle doit décoller sur la fusée japonaise H3", "it must fly on the Japanese H3": the flight is the pronoun's.
    """
    for pronoun in table.subject_pronouns.finditer(before):
        head = " ".join(before[pronoun.end():].split()[:3])
        if any(group.regex.match(head) for group in table.groups):
            return True
    return False


def _aside_scope(analysis: Analysis, sentence: Sentence, mentions: list[Mention], mention: Mention,
                 clause_start: int) -> tuple[int, int] | None:
    """The span an aside in parentheses glosses, or None when the mention is no such aside.

    The span an aside in parentheses glosses: from the end of the previous other mission name (or the clause start)
    to the parenthesis. None when the mention is not in parentheses or the parenthesis restates the name just before
    it ("International Space Station (ISS)").
    """
    if not in_parentheses(sentence, mention.start, mention.end):
        return None
    opening = analysis.text.rfind("(", sentence.start, mention.start)
    before = [m for m in mentions if m.end <= opening]
    if before and before[-1].id == mention.id and not analysis.text[before[-1].end:opening].strip():
        return None
    start = max([clause_start] + [m.end for m in before if m.id != mention.id])
    return (start, opening) if opening > start else None


def _counts(table: StatusRules, group: CueGroup, text: str, cue: re.Match) -> bool:
    """Whether a cue found in a mission's span counts.

    Whether a cue found in a mission's span counts: not negated or superseded within the three words before it (or by
    an elided negation glued to it, "n'exploite"), no conditional earlier in the span, no future word right before an
    active cue (nor before the list of verbs it ends: "will design, build and operate"), and nothing else it speaks of
    within three words after it or eight before it ("concluded a memorandum", "plans to retire", "sa rentrée, prévue
    en 2029"; the rule file may set a shorter reach back per state: "software upgrade completed").
    """
    before = text[:cue.start()]
    words = before.split()
    glued = words[-1] if words and not before[-1:].isspace() else ""
    if glued and glued.replace("’", "'").lower() in table.elided:
        return False
    window = " ".join(words[-3:])
    if table.negation.search(window) or table.superseded.search(window) or table.conditional.search(before):
        return False
    if group.state == "active" and words and (table.future_guard.fullmatch(words[-1]) or (
            table.coordinators.fullmatch(words[-1].strip(",")) and any(
                table.future_guard.fullmatch(w.strip(",")) for w in words[-7:-1]))):
        return False  # "will operate", and "will plan, build and operate" (a future verb list)
    if group.state == "planned" and _plan_attribute(table, text, cue):
        return False  # "placed its payloads in the planned orbit", "près du site d'atterrissage prévu"
    after = " ".join(text[cue.end():].split()[:3])
    reach = table.not_the_mission[(group.state, "before_words")]
    return not (table.not_the_mission[(group.state, "after")].search(after)
                or table.not_the_mission[(group.state, "before")].search(" ".join(words[-reach:])))


PLAN_NOUN_WORDS = 3  # words after a plan participle that may hold the noun it qualifies ("planned lunar rover")


def _plan_attribute(table: StatusRules, text: str, cue: re.Match) -> bool:
    """Whether a plan participle only qualifies another noun: a detail of a flight, not the mission's plan.

    "placed its payloads in the planned orbit", "five kilometres from its planned landing zone", "près du site
    d'atterrissage prévu", "placé sur l'orbite prévue": a ``plan_participles`` word of ``status_<lang>.json`` with no
    time after it (a ``plan_times`` word or a number: "prévue en 2026", "planned for 2028"), no copula or adverb of a
    predicate right before it (``plan_predicators``: "is planned", "est prévue"), no comma before it (an apposition to
    the name: "Chang'e 7, prévue vers 2026") and no mission noun or name it qualifies (``plan_mission_nouns`` right
    before it or within :data:`PLAN_NOUN_WORDS` words after it, a capitalised word right after it: "a planned lunar
    rover", "la mission prévue", "a planned International Lunar Research Station").
    """
    if not table.plan_participles.fullmatch(cue.group(0)):
        return False
    before = text[: cue.start()].rstrip()
    if not before or before[-1] in ",;:(—–-":
        return False
    previous = before.split()[-1]
    following = text[cue.end():].split()
    if table.plan_predicators.fullmatch(previous) or table.plan_mission_nouns.fullmatch(previous.split("'")[-1]):
        return False
    if following and not following[0][0].isalnum():
        following = []  # "prévu, dans la région": punctuation ends the phrase
    if following and (following[0][0].isdigit() or following[0][0].isupper()
                      or table.plan_times.fullmatch(following[0].strip(",.;:"))):
        return False  # a time, or a name it qualifies ("a planned International Lunar Research Station")
    return not any(table.plan_mission_nouns.fullmatch(w.strip(",.;:")) for w in following[:PLAN_NOUN_WORDS])


def _event_states(analysis: Analysis, events: list[Fact], states: States, launched: set[str]) -> None:
    """Add to ``states`` what the events say.

    Add to ``states`` what the events say: a planned (or later than the article) event -> planned, unless it is a later
    step (an arrival, a landing, a sample return) of a mission in ``launched`` (its flight is under way); an end
    event -> completed.
    """
    for fact in events:
        assert isinstance(fact, EventFact)
        planned = _planned_event(analysis, fact) and (fact.event == "launch" or fact.mission not in launched)
        sentence = analysis.sentences[_sentence_index(analysis, fact.evidence[0].start)]
        if planned:
            states.setdefault(fact.mission, {}).setdefault("planned", (sentence, f"{_EVENT_REASON}{fact.event} event"))
        elif fact.event == "end" and not _end_word_of_another_kind(analysis, fact.mission, sentence):
            states.setdefault(fact.mission, {}).setdefault("completed", (sentence, "an end event"))


def _end_word_of_another_kind(analysis: Analysis, mission_id: str, sentence: Sentence) -> bool:
    """Whether an end event was read from an end phrase that, for this kind of mission, means something else.

    True when the sentence holds a completed cue of a group that does not serve the mission's KB kind ("fin de
    mission" of a launcher: the end of one flight) and none of a group that does ("dernier vol").
    """
    kind = _kind(analysis, mission_id)
    text = analysis.text[sentence.start:sentence.end]
    ended = [g for g in status_rules(sentence.lang).groups if g.state == "completed" and g.regex.search(text)]
    return any(not g.serves(kind) for g in ended) and not any(g.serves(kind) for g in ended)


def _planned_event(analysis: Analysis, fact: EventFact) -> bool:
    """Whether an event lies ahead: marked planned, or dated later than the article."""
    return (fact.reason or "").endswith("(planned)") or (
        fact.date is not None and analysis.article_date is not None and analysis.article_date.iso is not None
        and fact.date.iso is not None and fact.date.iso > analysis.article_date.iso)


def _chosen_status(analysis: Analysis, mission_id: str, found: dict[str, tuple[Sentence, str]]) -> str | None:
    """The one status of a mission from the states found for it.

    The one status of a mission from the states found for it (completed before active before planned; a programme or
    station with anything ongoing or ahead is not completed); None when none is found.
    """
    entry = kb_mission(analysis, mission_id)
    kind = entry.kind if entry is not None else None
    if "completed" in found and not (kind in ("programme", "station") and ("planned" in found or
                                                                         "active" in found or "ahead" in found)):
        return "completed"
    if "active" in found:
        return "active"
    if "planned" in found:
        return "planned"
    return None


def _kind(analysis: Analysis, mission_id: str) -> str | None:
    entry = kb_mission(analysis, mission_id)
    return entry.kind if entry is not None else None


def _sentence_index(analysis: Analysis, start: int) -> int:
    return next((s.index for s in analysis.sentences if s.start <= start < max(s.end, s.start + 1)), 0)
