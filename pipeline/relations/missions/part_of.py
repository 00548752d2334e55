"""``part_of`` facts: which mission, programme or series a mission belongs to.

KB parents both named in the article, instruments aboard a craft, parts a spacecraft carries, and membership of
a programme or series.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...analysis import Analysis, Mention, Sentence
from ...analysis.instrument_lists import instrument_lists, instrument_members
from ...kb import Mission
from ...records import normalise_name
from ...regex_cache import alternation, compiled
from ..common import evidence, gap
from ..facts import Fact, PartOfFact
from ..lexicon import phrase_regex
from .anaphora import _pronoun_subject, _referred_mission
from .knowledge import INSTRUMENT_PATTERNS, _kind, family_group, kb_mission, serial_base
from .rule_file import rules

# the reason of a part_of read from a programme's name written before the craft's ("the Copernicus Sentinel-1C
# satellite"); participation reads it (the name says nothing of who builds the programme)
NAME_QUALIFIER = "the programme's name is written before the craft's"


def _part_of(analysis: Analysis, missions: dict[str, list[Mention]]) -> list[Fact]:
    facts: list[Fact] = []
    for mission_id, mentions in missions.items():
        series = serial_base(analysis, mission_id) if kb_mission(analysis, mission_id) is None else None
        if series is not None and series.id in missions and series.id != mission_id \
                and normalise_name(series.canonical_name) == mission_id.split(":", 1)[1][:-1]:
            # "Sentinel-2C" with "the Sentinel-2 mission" named: a lettered unit belongs to its series
            facts.append(PartOfFact(mission_id, series.id, evidence=[evidence(analysis.sentences[mentions[0].sent])],
                                    reason="a lettered unit of a series the article names"))
            continue
        entry = kb_mission(analysis, mission_id) or series
        unit_of = _series_of_unit(analysis, mission_id, missions) if entry is None else None
        if unit_of is not None:
            parent, reason = unit_of
            facts.append(PartOfFact(mission_id, parent.id, evidence=[evidence(analysis.sentences[mentions[0].sent])],
                                    reason=reason))
            continue
        if entry is None or not entry.part_of:
            continue
        parent = analysis.kb.mission_by_name(entry.part_of)
        flight = _flight_named_with(analysis, mission_id, mentions, parent, missions)
        if flight is not None:
            # "On Artemis I, ..., Orion was launched": a craft flies on the programme's flight named with it
            facts.append(PartOfFact(mission_id, flight.id, evidence=[evidence(analysis.sentences[flight.sent])],
                                    reason="flies on the programme's flight the sentence names"))
            continue
        if parent is not None and parent.id in missions:
            facts += _kb_parent(analysis, mission_id, mentions, parent, missions[parent.id])
    # "the SuperCam instrument aboard Perseverance", "DORN, à bord de Chang'e 6"
    for sentence in analysis.sentences:
        found = sentence.missions()
        carried = rules(sentence.lang)["part_of"]
        carried_rx = compiled(r"^,?\s*(?:(?:which|that|qui) )?(?:" + alternation(carried, longest_first=False)
                              + r")(?: the| la| le| l')?$")
        for a, b in zip(found, found[1:], strict=False):
            entry = kb_mission(analysis, a.id)
            between = gap(analysis, a.end, b.start)
            if entry is not None and entry.kind == "instrument" and carried_rx.match(between):
                facts.append(PartOfFact(a.id, b.id, evidence=[evidence(sentence)], reason=f"'{between}'"))
            elif _kind(analysis, a) == "programme" and _kind(analysis, b) != "programme" and between == "" \
                    and a.end < b.start and b.id.startswith(("family:", "pattern:")):
                # "the Copernicus Sentinel-1C satellite": the programme's name before the craft's
                facts.append(PartOfFact(b.id, a.id, evidence=[evidence(sentence)],
                                        reason=NAME_QUALIFIER))
        if sentence.block.kind != "credit":
            facts += _carried_parts(analysis, sentence)
            facts += _listed_instruments(analysis, sentence)
            facts += _memberships(analysis, sentence)
            facts += _possessive_parts(analysis, sentence)
            facts += _among_its_parts(analysis, sentence)
    return facts


def _series_of_unit(analysis: Analysis, mission_id: str,
                    missions: dict[str, list[Mention]]) -> tuple[Mission, str] | None:
    """The programme or series a numbered unit the KB lacks belongs to, with the reason; None when the text has none."""
    group = family_group(analysis, mission_id)
    if group is not None and group.id in missions:
        # "le programme CBERS ... CBERS-6": a numbered unit the KB lacks belongs to the programme its family's KB
        # members belong to, where the article names it
        return group, "a numbered unit of its family's programme, which the article names"
    own = called_series(analysis, mission_id, missions) if group is None else None
    if own is not None:
        # "le neuvième et dernier exemplaire de la série HTV ... HTV-9"
        return own, "a numbered unit of the series the article calls a series"
    return None


def called_series(analysis: Analysis, mission_id: str, missions: dict[str, list[Mention]]) -> Mission | None:
    """The series a numbered unit the KB lacks belongs to, where the article calls its family's entry a series.

    "HTV-9" of the KB family HTV, in an article that writes "la série HTV" or "the HTV series" (a series noun right
    before or after a mention of the entry): the entry. None for launcher and instrument families (a flight number
    is no unit of a series), for lettered or KB units, and where the article names the entry only as a craft.
    """
    if not mission_id.startswith("family:") or mission_id in analysis.kb.missions:
        return None
    stem = re.sub(r"\d+[a-z]?$", "", mission_id.split(":", 1)[1])
    family = analysis.kb.families.get(stem)
    if stem in analysis.kb.implicit_families:
        return None  # a unit of an entry read as a family ("CSES-02"): knowledge.family_group gives the entry
    own = analysis.kb.mission_by_name(family.family) if family is not None and family.family else None
    if own is None or own.id == mission_id or own.id not in missions or own.kind not in ("spacecraft", "programme"):
        return None
    for mention in missions[own.id]:
        nouns = alternation(rules(mention.lang)["series_nouns"])
        before = analysis.text[max(0, mention.start - 30) : mention.start]
        after = analysis.text[mention.end : mention.end + 20]
        if compiled(r"\b(?:" + nouns + r")\s+(?:(?:des|du|de la|de|d'|of the|of)\s+)?$", re.IGNORECASE).search(before) \
                or compiled(r"^\s+(?:" + nouns + r")\b", re.IGNORECASE).match(after):
            return own
    return None


def _listed_instruments(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """The instruments of a counted list belong to the craft named before the list (or its pronoun's craft).

    "Herschel, whose mirror ..., carried three instruments, HIFI, PACS and SPIRE", "Elle emporte ses deux instruments :
    HFI et LFI": the last spacecraft named before the list in its clause, else the craft a pronoun subject or
    "its"/"ses" refers to. No host, no fact. "HEPD-02, one of the eleven instruments of CSES-02": the craft after the
    phrase.
    """
    facts: list[Fact] = []
    found = sentence.missions()
    for names in instrument_lists(sentence.text, sentence.lang):
        list_start = sentence.start + names[0][0]
        hosts = [m for m in found if m.end <= list_start and m.via not in INSTRUMENT_PATTERNS
                 and _kind(analysis, m) not in ("instrument", "launcher", "programme")
                 and not re.search(r"[;]|\.\s", analysis.text[m.end : list_start])]
        host = hosts[-1] if hosts else None
        if host is None:
            # "Ses trois instruments indiens, l'imageur OCM-3, ...", "Its two instruments: HFI and LFI": the craft the
            # possessive before the list's noun stands for
            owner = compiled(r"(?<![\w'’])(" + alternation(rules(sentence.lang)["part_possessives"])
                             + r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + alternation(rules(sentence.lang)["instrument_heads"])
                             + r")s?\b[^.;]*$", re.IGNORECASE).search(analysis.text, sentence.start, list_start)
            host = _possessive_host(analysis, sentence, found, owner.start(1)) if owner is not None else None
        if host is None and not any(m.end <= list_start for m in found):
            host = _referred_mission(analysis, sentence, anywhere=True)
        if host is None or _kind(analysis, host) in ("launcher", "programme", "instrument"):
            continue
        for start, end, _ in names:
            part = next((m for m in found if m.start == sentence.start + start and m.end == sentence.start + end), None)
            if part is not None and part.id != host.id:
                facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                        reason="named in a counted list of the craft's instruments"))
    for start, end, _, host_start in instrument_members(sentence.text, sentence.lang):
        part = next((m for m in found if (m.start, m.end) == (sentence.start + start, sentence.start + end)), None)
        host = next((m for m in found if m.start == sentence.start + host_start), None)
        if part is not None and host is not None and part.id != host.id \
                and _kind(analysis, host) not in ("launcher", "programme", "instrument"):
            facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                    reason="'one of the instruments of' the craft"))
    return facts


def _possessive_parts(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """A craft's own part named after a possessive: "Its Vikram lander", "son atterrisseur Vikram".

    A singular possessive determiner (``part_possessives``; "their" stands for people or agencies), at most two words
    with a part noun (``part_heads``, ``instrument_heads``) among them or right after the name, then a mission: it is
    part_of the craft the possessive stands for, the last craft named before it in the sentence with no agency between
    them, or, when the possessive opens the sentence, the one craft the sentence before names (same language).
    """
    lang_rules = rules(sentence.lang)
    owners = lang_rules["part_possessives"]
    heads = alternation(lang_rules["part_heads"] + lang_rules["instrument_heads"])
    before_rx = compiled(r"(?:^|[^\w'’])(" + alternation(owners) + r")\s+((?:[\w'’-]+\s+){0,2})$", re.IGNORECASE)
    head_rx = compiled(r"^(?:[\w'’-]+\s+)*?(?:" + heads + r")s?\s+$", re.IGNORECASE)
    after_rx = compiled(r"^\s+(?:" + heads + r")s?\b", re.IGNORECASE)
    # the linker's span may hold the head: "Vikram lander", "atterrisseur Vikram"
    own_head_rx = compiled(r"^(?:" + heads + r")s?\s|\s(?:" + heads + r")s?$", re.IGNORECASE)
    found = sentence.missions()
    facts: list[Fact] = []
    for part in found:
        if _kind(analysis, part) in ("launcher", "programme", "station"):
            continue
        window = analysis.text[max(sentence.start, part.start - 60) : part.start]
        owner = before_rx.search(window)
        if owner is None or not (head_rx.match(owner.group(2)) or own_head_rx.search(part.text)
                                 or after_rx.match(analysis.text[part.end : part.end + 30])):
            continue
        owner_at = part.start - len(window) + owner.start(1)
        host = _possessive_host(analysis, sentence, found, owner_at)
        if host is not None and host.id != part.id:
            facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                    reason=f"'{owner.group(0).strip()}': the part of the craft named before"))
    return facts


def _among_its_parts(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """Parts named in a sentence that opens by placing them among a craft's own parts.

    "Among its instruments was the IASI sounder", "Parmi ses instruments figurait le sondeur IASI", "One of its
    cameras, X, ...": a sentence opening with ``among_openers``, a singular possessive of ``part_possessives``, at
    most two words and a plural part noun (``part_heads``, ``instrument_heads``): every mission named after it in the
    sentence (not a launcher, programme or station) is part_of the craft the possessive stands for, the one craft of
    the sentence before (or the craft that is its subject), as for a possessive opening the sentence; when the
    sentence before names no craft and opens with a pronoun, the craft that pronoun stands for.
    """
    lang_rules = rules(sentence.lang)
    heads = alternation(lang_rules["part_heads"] + lang_rules["instrument_heads"])
    opener = compiled(r"^[\s\"'«“]*(?:" + alternation(lang_rules["among_openers"]) + r")\s+("
                      + alternation(lang_rules["part_possessives"]) + r")\s+(?:[\w'’-]+\s+){0,2}?(?:"
                      + heads + r")s\b", re.IGNORECASE)
    opened = opener.match(sentence.text)
    if opened is None:
        return []
    found = sentence.missions()
    host = _possessive_host(analysis, sentence, found, sentence.start)
    if host is None and sentence.index > 0:
        # "MetOp-A a été lancé en 2006. Il a été développé par l'ESA. / Parmi ses instruments ...": the sentence
        # before names no craft but opens with a pronoun, which stands for the craft opening the one before it
        previous = analysis.sentences[sentence.index - 1]
        if previous.lang == sentence.lang and not previous.missions():
            host = _subject_craft(analysis, previous, lambda m: _kind(analysis, m) not in (
                "instrument", "launcher", "programme") and m.via not in INSTRUMENT_PATTERNS)
    if host is None:
        return []
    facts: list[Fact] = []
    for part in found:
        if part.start < sentence.start + opened.end() or part.id == host.id \
                or _kind(analysis, part) in ("launcher", "programme", "station"):
            continue
        facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                reason=f"'{opened.group(0).strip()}': a part of the craft the possessive stands for"))
    return facts


def _possessive_host(analysis: Analysis, sentence: Sentence, found: list[Mention], owner_at: int) -> Mention | None:
    """The craft a possessive determiner at ``owner_at`` stands for (see :func:`_possessive_parts`)."""
    def craft(m: Mention) -> bool:
        return _kind(analysis, m) not in ("instrument", "launcher", "programme") and m.via not in INSTRUMENT_PATTERNS

    before = [m for m in found if m.end <= owner_at and craft(m)]
    if before:
        host = before[-1]
        between = [m for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY") and host.end <= m.start < owner_at]
        return None if between else host
    if analysis.text[sentence.start : owner_at].strip(" \"'«“"):
        return None  # "NASA and its rover": the possessive stands for what the sentence names before it
    previous = [s for s in analysis.sentences[max(0, sentence.index - 1) : sentence.index]
                if s.lang == sentence.lang and s.block.kind not in ("credit", "caption")]
    crafts = {m.id: m for s in previous for m in s.missions() if craft(m)}
    if len(crafts) == 1:
        return next(iter(crafts.values()))
    return _subject_craft(analysis, previous[0], craft) if previous and crafts else None


def _subject_craft(analysis: Analysis, sentence: Sentence, craft: Callable[[Mention], bool]) -> Mention | None:
    """The craft that is the subject of a sentence naming several: the one opening it, or its pronoun's.

    "Oceansat-3 est le troisième satellite de la série. Il succède à Oceansat-2 et à Oceansat-1. Ses trois
    instruments ...": "Il" stands for Oceansat-3, the craft opening the sentence before it in the paragraph, and so
    does the next sentence's possessive; "Juno follows Galileo and Cassini. Its camera ...": Juno opens the sentence.
    None when neither holds.
    """
    for _ in range(3):  # "X est ... Il succède à Y. Il emporte Z. Ses instruments": at most a short chain
        opening = next((m for m in sentence.missions() if craft(m)), None)
        if opening is not None and not analysis.text[sentence.start : opening.start].strip(" \"'«“"):
            return opening
        if not _pronoun_subject(sentence) or sentence.index == 0:
            return None
        before = analysis.sentences[sentence.index - 1]
        if before.block.index != sentence.block.index or before.lang != sentence.lang:
            return None
        sentence = before
    return None


def _kb_parent(analysis: Analysis, mission_id: str, mentions: list[Mention], parent: Mission,
               parent_mentions: list[Mention]) -> list[Fact]:
    """The KB parent of a mission both named in the article, where the text allows it (see below)."""
    if _membership_needs_the_text(analysis, mission_id, parent):
        # "the Orion spacecraft" in one paragraph and "the Artemis Accords ... Artemis programme" in another: a craft
        # is put in a programme only where a sentence names both
        sents = {m.sent for m in parent_mentions}
        together = [m.sent for m in mentions if m.sent in sents]
        if not together:
            return []
        return [PartOfFact(mission_id, parent.id, evidence=[evidence(analysis.sentences[together[0]])],
                           reason="part_of from the knowledge base; a sentence names both")]
    return [PartOfFact(mission_id, parent.id, evidence=[evidence(analysis.sentences[mentions[0].sent])],
                       reason="part_of from the knowledge base; both are named in the article")]


def _membership_needs_the_text(analysis: Analysis, mission_id: str, parent: Mission) -> bool:
    """Whether a KB membership of a programme holds only where the text puts the two together.

    A craft or station the KB puts in a programme without carrying its name (Orion, Gateway, a rover in Artemis) is
    used by the programme rather than one of its numbered flights or lettered units: an article that names both in
    separate places need not say it belongs to it. Flights and units named after the programme ("Artemis I",
    "Proba-3") and members of a KB family always belong.
    """
    entry = kb_mission(analysis, mission_id)
    if entry is None or parent.kind != "programme" or entry.kind not in ("spacecraft", "station"):
        return False
    if entry.family or mission_id.startswith("family:"):
        return False
    return not normalise_name(entry.canonical_name).startswith(normalise_name(parent.canonical_name))


def _flight_named_with(analysis: Analysis, mission_id: str, mentions: list[Mention], parent: object,
                       missions: dict[str, list[Mention]]) -> Mention | None:
    """A flight of the craft's KB programme named in a sentence with the craft ("Artemis II" with "Orion").

    Only for a craft (not a station, not an instrument) whose KB parent is a programme: the flight (a spacecraft of
    that programme) named in the same sentence as one of the craft's mentions; None otherwise.
    """
    entry = kb_mission(analysis, mission_id)
    if entry is None or entry.kind != "spacecraft" or parent is None or getattr(parent, "kind", None) != "programme":
        return None
    programme = getattr(parent, "canonical_name", "")
    if entry.canonical_name.startswith(programme):
        return None  # "Artemis I" is itself a flight of Artemis
    sentences = {m.sent for m in mentions}
    for other_id, others in missions.items():
        other = kb_mission(analysis, other_id)
        if other_id == mission_id or other is None or other.kind != "spacecraft" or other.part_of != programme \
                or not other.canonical_name.startswith(programme):
            continue
        found = next((m for m in others if m.sent in sentences), None)
        if found is not None:
            return found
    return None


def _carried_parts(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """Parts a spacecraft carries, named after a carry verb.

    "MTG-I1 carries a Flexible Combined Imager and a Lightning Imager", "le Coronagraph, qui porte l'instrument
    ASPIICS", "Elle porte sept charges utiles, dont le coronographe VELC": the missions named after the verb, in its
    clause, are parts of the spacecraft before it (or of the mission "Elle"/"It" refers to).
    """
    lang_rules = rules(sentence.lang)
    verbs = phrase_regex(lang_rules["carries"])
    passive = phrase_regex(lang_rules["carries_not"])
    found = sentence.missions()
    facts: list[Fact] = []
    for cue in verbs.finditer(sentence.text):
        cue_start, cue_end = sentence.start + cue.start(), sentence.start + cue.end()
        if passive.match(analysis.text[cue_end : cue_end + 12].lstrip()) and \
                analysis.text[cue_end : cue_end + 12].lstrip().split(" ")[0].lower() in \
                {w.lower() for w in lang_rules["carries_not"]}:
            continue  # "was carried on Transporter-10", "emporté par"
        hosts = [m for m in found if m.end <= cue_start and _kind(analysis, m) not in ("instrument", "launcher",
                                                                                        "programme")]
        host = hosts[-1] if hosts else None
        if host is not None and re.search(r"[;:]|\.\s", analysis.text[host.end : cue_start]):
            host = None
        if host is None:
            host = _referred_mission(analysis, sentence) if not any(m.end <= cue_start for m in found) else None
        if host is None or _kind(analysis, host) in ("launcher", "programme"):
            continue
        clause_end = next((sentence.start + m.start() for m in re.finditer(r"[;:]|\.\s|, (?:which|that|qui)\b",
                                                                            sentence.text)
                           if sentence.start + m.start() > cue_end), sentence.end)
        for part in found:
            if cue_end <= part.start < clause_end and part.id != host.id and \
                    _kind(analysis, part) not in ("launcher", "programme", "station"):
                facts.append(PartOfFact(part.id, host.id, evidence=[evidence(sentence)],
                                        reason=f"'{cue.group(0)}': the spacecraft carries it"))
    return facts


def _memberships(analysis: Analysis, sentence: Sentence) -> list[Fact]:
    """Membership of a programme or series, by a cue or an apposition.

    "Biomass belongs to ESA's Earth Explorer family", "X fait partie de la série des missions Proba": membership of a
    programme named within six words after the cue; "Another Earth Explorer, FLEX", "MTG-I1, the first Meteosat Third
    Generation imaging satellite": an apposition with a series determiner.
    """
    lang_rules = rules(sentence.lang)
    cues = alternation(lang_rules["membership"], spaced=True)
    determiners = alternation(lang_rules["series_determiners"], spaced=True)
    # "The Kestrel-1 satellite belongs to ...": the craft's head noun may stand between its name and the cue
    member_rx = compiled(r"^(?:\s+[\w-]+){0,2}?,?\s*(?:" + cues + r")\s+(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
    after_rx = compiled(r"^,\s*(?:" + determiners + r")(?:\s+|(?<=['’]))(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    before_rx = compiled(r"(?:^|[.;:]\s+|\s)(?:" + determiners + r")(?:\s+|(?<=['’]))$", re.IGNORECASE)
    found = sentence.missions()
    facts: list[Fact] = []
    if found and _kind(analysis, found[0]) == "programme":
        # "L'orbiteur, qui faisait partie du programme ExoMars, ...": a back-reference opening the sentence is the
        # member when the sentence names no mission before the programme
        # the anaphor, up to two words ("qui", "which", "also") with commas, the cue, up to six words
        opening = compiled(r"^\s*(?:" + alternation(lang_rules["mission_anaphora"], spaced=True) + r"),?"
                           r"(?:\s+[\w'’-]+){0,2}?,?\s+(?:" + cues + r")\s+(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
        member = _referred_mission(analysis, sentence, anywhere=True) if opening.match(
            analysis.text[sentence.start : found[0].start]) else None
        if member is not None and member.id != found[0].id and _kind(analysis, member) != "programme":
            facts.append(PartOfFact(member.id, found[0].id, evidence=[evidence(sentence)],
                                    reason="the text names the programme the craft it refers back to belongs to"))
    for a, b in zip(found, found[1:], strict=False):
        between = analysis.text[a.end : b.start]
        if _kind(analysis, b) == "programme" and _kind(analysis, a) != "programme" and (
                member_rx.match(between) or after_rx.match(between)):
            facts.append(PartOfFact(a.id, b.id, evidence=[evidence(sentence)],
                                    reason="the text names the programme it belongs to"))
        elif _kind(analysis, a) == "programme" and _kind(analysis, b) != "programme" and \
                re.fullmatch(r",\s*", between) and \
                before_rx.search(analysis.text[max(sentence.start, a.start - 20) : a.start]):
            facts.append(PartOfFact(b.id, a.id, evidence=[evidence(sentence)],
                                    reason="an apposition names the programme it belongs to"))
    return facts
