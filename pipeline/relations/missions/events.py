"""Mission events (launch, landing, sample return, orbit insertion, end), each with its own date."""

from __future__ import annotations

import re

from ...analysis import Analysis, Mention, Sentence
from ...dates import DateValue
from ...regex_cache import alternation, compiled
from ..common import clauses, evidence
from ..facts import EventFact, Fact
from ..lexicon import phrase_regex
from .anaphora import _referred_mission, fronted_subject
from .companions import companion_events
from .knowledge import _is_launcher as _is_launcher_kind
from .knowledge import _kind, kb_mission
from .participation_cues import _coordinated
from .rule_file import _event_regexes, _rx, event_rules, rules
from .status_rules import status_rules


def _is_launcher(analysis: Analysis, mention: Mention) -> bool:
    """A launcher, or an orbiter of a launcher system (the Space Shuttle's Discovery, Columbia, Atlantis).

    GUIDELINES: a shuttle that carries the payload gets no launch event, as for launchers ("la navette Discovery
    décollait ... pour la mission STS-51-G", "Lancée depuis la soute de la navette Discovery, la sonde ...").
    """
    if _is_launcher_kind(analysis, mention):
        return True
    entry = kb_mission(analysis, mention.id)
    parent = analysis.kb.mission_by_name(entry.part_of) if entry is not None and entry.part_of else None
    return parent is not None and parent.kind == "launcher"


def _events(analysis: Analysis) -> list[Fact]:
    """Events from nouns and verbs ("launched", "will launch", "sera lancée"), each with its own date.

    In a sentence with several events each cue takes the first date after it and before the next cue (else the nearest
    date in its clause): "launched on 23 November, landed on the Moon on 1 December". A planned event is kept only with
    a date ("will launch in 2028"); an undated plan is no event. A sentence with no mission but "the spacecraft"/"la
    sonde" gives its events to the mission named last.
    """
    facts: list[Fact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        in_sentence = [m for m in sentence.missions() if not _station_as_place(analysis, sentence, m)]
        if sentence.missions() and not in_sentence:
            continue  # "It was sent to the International Space Station": only the place is named
        referred = _framed_referent(analysis, sentence, in_sentence) if in_sentence else \
            _referred_mission(analysis, sentence)
        group = _group_referents(analysis, sentence, in_sentence)
        if not in_sentence and referred is None and not group:
            continue
        cues = _event_cues(analysis, sentence)
        spans = clauses(sentence, rules(sentence.lang)["clause_breaks"])
        if group:
            for i, (_, cue_start, _, _) in enumerate(cues):
                clause = next(((a, b) for a, b in spans if a <= cue_start < b), (sentence.start, sentence.end))
                facts += [fact for member in group if (fact := _event_fact(
                    analysis, sentence, cues, i, clause, in_sentence, member)) is not None and fact.date is not None]
            continue
        for i, (_, cue_start, _, _) in enumerate(cues):
            paired = _respectively(analysis, sentence, cues, i, in_sentence)
            if paired:
                facts += paired
                continue
            clause = next(((a, b) for a, b in spans if a <= cue_start < b), (sentence.start, sentence.end))
            fact = _event_fact(analysis, sentence, cues, i, clause, in_sentence, referred)
            if fact is not None:
                facts.append(fact)
                facts += _gapped_events(analysis, sentence, cues, i, fact, in_sentence)
                facts += _coordinated_subjects(analysis, sentence, cues[i][1], fact, in_sentence)
                facts += _coordinated_objects(analysis, sentence, cues[i], fact, in_sentence, clause)
                facts += _lander_owner(analysis, sentence, cues[i], fact, in_sentence, clause)
        facts += _planned_flights(analysis, sentence, cues, in_sentence)
    facts = _last_flights_dated(facts)
    facts = _contact_loss_superseded(analysis, facts)
    facts += _following_launches(analysis, facts)
    return facts + companion_events(analysis, facts)


STATION_PLACE_GAP = 3  # words at most between a place word and the station it introduces ("from the Japanese Kibo")


def _station_as_place(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether a station is named as the place a flight goes to or leaves from, not as what flies.

    "A pilot lifted off for the International Space Station on Wednesday", "It was released into orbit from the Kibo
    module", "un vol vers la Station spatiale internationale": a ``station_places`` word of ``events_<lang>.json``
    at most :data:`STATION_PLACE_GAP` words before a station (KB kind ``station``, its modules too) makes it the
    destination or origin; it takes no event of the sentence ("the Columbus module was launched to the station on 7
    February 2008": Columbus). A station is the subject otherwise ("Zarya was launched in 1998").
    """
    if _kind(analysis, mention) != "station":
        return False
    place = compiled(r"(?<![\w'’])(?:" + event_rules(sentence.lang)["station_places"].pattern +
                     r")\s+(?:[\w'’-]+\s+){0," + str(STATION_PLACE_GAP) + r"}$", re.IGNORECASE)
    return place.search(analysis.text[max(sentence.start, mention.start - 80) : mention.start]) is not None


def _framed_referent(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention]) -> Mention | None:
    """The craft a sentence opening on a back-reference speaks of when it names only programmes.

    "L'orbiteur, qui faisait partie du programme ExoMars ..., avait été lancé le 14 mars 2016": the programme is the
    craft's frame, and a programme is not launched; the orbiter is. None when the sentence names a craft other than a
    launcher, or does not open on a back-reference.
    """
    if any(_kind(analysis, m) != "programme" and not _is_launcher(analysis, m) for m in in_sentence):
        return None  # a launcher named too is the vehicle ("par une fusée russe Proton")
    opening = _rx(sentence.lang, "mission_anaphora").match(sentence.text.lstrip())
    if opening is None:
        return None
    referred = _referred_mission(analysis, sentence, anywhere=True)
    return referred if referred is not None and _kind(analysis, referred) != "programme" else None


def _group_referents(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention]) -> list[Mention]:
    """The craft a group back-reference ("the pair", "les deux sondes") stands for, else [].

    Only in a sentence that names no craft of its own (a launcher aside): every craft (not a launcher, instrument,
    programme or station) of the nearest of the three sentences before it (same language, no caption) that names two or
    more, and the mission they belong to by the KB when the article names it before ("Japan built Mio ..., while ESA
    provided the Mercury Planetary Orbiter. Launched together ..., the pair is due to enter orbit" -> Mio, the Mercury
    Planetary Orbiter and BepiColombo).
    """
    if any(not _is_launcher(analysis, m) for m in in_sentence) or \
            not event_rules(sentence.lang)["group_anaphora"].search(sentence.text):
        return []
    window = [other for other in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index])
              if other.block.kind not in ("credit", "caption") and other.lang == sentence.lang]
    for other in window:
        crafts: list[Mention] = []
        for m in other.missions():
            if _kind(analysis, m) not in ("launcher", "instrument", "programme", "station") and \
                    not _is_launcher(analysis, m) and all(c.id != m.id for c in crafts):
                crafts.append(m)
        if len(crafts) < 2:
            continue
        parents = {entry.part_of for m in crafts if (entry := kb_mission(analysis, m.id)) is not None and entry.part_of}
        named = [m for s in analysis.sentences[: sentence.index] for m in s.missions()
                 if (entry := kb_mission(analysis, m.id)) is not None and entry.canonical_name in parents]
        for m in named:
            if all(c.id != m.id for c in crafts):
                crafts.append(m)
        return crafts
    return []


def _contact_loss_superseded(analysis: Analysis, facts: list[Fact]) -> list[Fact]:
    """Ends told as a loss of contact, dropped when the text gives the same craft another dated end.

    "Le contact complet avec l'engin a été perdu le 28 novembre" and "L'ESA a annoncé mardi la fin de la mission" (16
    December): the end is the day the agency declared it (GUIDELINES), the loss of contact only when it is all the
    text says ("contact with the lander was lost on Wednesday"). The cue words are ``contact_lost`` of
    ``events_<lang>.json``.
    """
    def lost(fact: EventFact) -> bool:
        cue = (fact.reason or "").split("'")[1:2]
        lang = fact.evidence[0].lang if fact.evidence else "en"
        return bool(cue) and event_rules(lang)["contact_lost"].fullmatch(cue[0]) is not None

    ends = [f for f in facts if isinstance(f, EventFact) and f.event == "end" and f.date is not None]
    dropped = {id(f) for f in ends if lost(f) and any(
        o.mission == f.mission and o.date != f.date and not lost(o) for o in ends)}
    return [f for f in facts if id(f) not in dropped]


FOLLOW_BACK = 2  # sentences before a "followed" that may tell the launch it follows
_FOLLOW_DATE = re.compile(r"^[\s,]*(?:(?:on|in|at|by|en|le|au|dès|vers|the)\s+)*"
                          r"(?:(?:early|late|mid|début|fin|mi)[\s-]+)?$", re.IGNORECASE)


def _following_launches(analysis: Analysis, facts: list[Fact]) -> list[Fact]:
    """The launch of a craft said to follow the launch just told, on the date right after the verb.

    "Voyager 2 lifted off on 20 August 1977, and Voyager 1 followed on 5 September 1977", "ESA will launch PLATO at the
    end of 2026. Ariel is to follow in 2029.", "Un second satellite franco-chinois, SVOM, a suivi en juin 2024": a
    ``follow_verbs`` word of ``events_<lang>.json`` after a craft's name in its clause, a date right after it, and
    the launch of another craft told in the same sentence before it or in one of the :data:`FOLLOW_BACK` sentences
    before. A craft that already has a launch keeps it.
    """
    launches = [f for f in facts if isinstance(f, EventFact) and f.event == "launch" and f.evidence]
    have = {f.mission for f in launches}
    out: list[Fact] = []
    for sentence in analysis.sentences:
        if sentence.block.kind in ("credit", "caption"):
            continue
        table = event_rules(sentence.lang)
        for verb in table["follow_verbs"].finditer(sentence.text):
            start, end = sentence.start + verb.start(), sentence.start + verb.end()
            date = next((d for d in sentence.dates if d.start >= end), None)
            if date is None or not date.value.year or not _FOLLOW_DATE.match(analysis.text[end:date.start]):
                continue
            spans = clauses(sentence, rules(sentence.lang)["clause_breaks"])
            clause = next(((a, b) for a, b in spans if a <= start < b), (sentence.start, sentence.end))
            crafts = [m for m in sentence.missions() if m.end <= start and not _is_launcher(analysis, m)
                      and _kind(analysis, m) not in ("programme", "instrument", "station")]
            subject = crafts[-1] if crafts else None
            if subject is None or subject.id in have or not (
                    clause[0] <= subject.start or _QUALIFIED_SUBJECT.match(analysis.text[subject.end : start])):
                continue
            first = analysis.sentences[max(0, sentence.index - FOLLOW_BACK)].start
            told = [f for f in launches if f.mission != subject.id and first <= f.evidence[0].start <= start
                    and f.date is not None]
            if not told:
                continue
            future = _governed_by_future(sentence.text, verb, _rx(sentence.lang, "future"))
            have.add(subject.id)
            out.append(EventFact(subject.id, "launch", date.value, evidence=[evidence(sentence)],
                                 reason=f"'{verb.group(0)}' the launch of {told[-1].mission}" +
                                 (" (planned)" if future else "")))
    return out


_LAST_FLIGHT = re.compile(r"'[^']*\b(?:last|final|dernier|ultime)\b[^']*\b(?:flight|vol)\b", re.IGNORECASE)


def _last_flights_dated(facts: list[Fact]) -> list[Fact]:
    """A launcher's undated last flight takes the date of the launch told just before it.

    "... lifted off on Wednesday, September 25, aboard Soyuz MS-15. It was the last flight of the Soyuz-FG rocket", "Le
    cargo avait décollé le 20 mai ... C'était aussi le dernier vol du lanceur H-IIB": the last flight is that launch,
    so the launcher's ``end`` is its date (the latest dated launch of another craft in an earlier sentence).
    """
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, EventFact) and fact.event == "end" and fact.date is None and fact.evidence and \
                _LAST_FLIGHT.match(fact.reason or ""):
            launches = [f for f in facts if isinstance(f, EventFact) and f.event == "launch" and f.date is not None
                        and f.mission != fact.mission and f.evidence and f.evidence[0].start < fact.evidence[0].start
                        and not f.date.relative and "(planned)" not in (f.reason or "")]
            if launches:
                launch = max(launches, key=lambda f: f.evidence[0].start)
                fact = EventFact(fact.mission, "end", launch.date, evidence=fact.evidence + launch.evidence,
                                 reason=f"{fact.reason}, the flight launched before")
        out.append(fact)
    return out


_APPOSITION = re.compile(r"^(?:\s*,[^;:.!?]{0,80}?|\s+(?:is|est|sera|will be)?\s*|\s*,\s*)$")


def _planned_flights(analysis: Analysis, sentence: Sentence, cues: list[tuple[str, int, int, str]],
                     in_sentence: list[Mention]) -> list[Fact]:
    """Planned launches written as a plan participle with its date after a craft's name, with no event word.

    "Chang'e 8, the lunar mission of the CNSA planned for 2028", "la mission Artemis I, prévue en 2022", "Chang'e 7,
    prévue vers 2026": the ``planned_for`` phrase of ``events_<lang>.json`` follows the craft's name (directly, after
    a copula, or after a comma and an apposition) with the date right after it; an event word between the name and
    the phrase ("dont le lancement est prévu en 2026") is that event's own cue and date. Launchers, instruments,
    programmes and stations get nothing (a programme is not launched).
    """
    out: list[Fact] = []
    text = analysis.text
    for plan in event_rules(sentence.lang)["planned_for"].finditer(sentence.text):
        start, end = sentence.start + plan.start(), sentence.start + plan.end()
        before = [m for m in in_sentence if m.end <= start]
        if not before or any(before[-1].end <= c[1] < start or c[1] <= start < c[2] for c in cues):
            continue
        craft = before[-1]
        if _kind(analysis, craft) in ("launcher", "instrument", "programme", "station") or \
                not _APPOSITION.match(text[craft.end:start]):
            continue
        # a past or first plan ("was planned for 2016", "initialement prévue en 2020", "…, since postponed") is no event
        if status_rules(sentence.lang).superseded.search(" ".join(text[sentence.start:start].split()[-3:])) or \
                _called_off(analysis, sentence, start, end):
            continue
        # the date may open inside the phrase ("prévue en 2022": the date is "en 2022")
        date = next((d for d in sentence.dates if start < d.start <= end + 12 and d.end > end and d.value.year), None)
        if date is None or text[end:max(end, date.start)].strip(" ,") not in (
                "", "en", "in", "le", "the", "early", "late", "mid", "début", "fin", "mi"):
            continue
        out.append(EventFact(craft.id, "launch", date.value, evidence=[evidence(sentence)],
                             reason=f"'{plan.group(0)}' after its name (planned)"))
    return out


def _respectively(analysis: Analysis, sentence: Sentence, cues: list[tuple[str, int, int, str]], i: int,
                  in_sentence: list[Mention]) -> list[Fact]:
    """Events of a "respectively" list: the coordinated missions before the cue take the dates after it, in order.

    "TOPEX/Poseidon, Jason-1 and Jason-2, launched in 1992, 2001 and 2008 respectively", "lancés respectivement en
    1992, 2001 et 2008": as many missions as dates, else nothing (the ordinary reading applies).
    """
    event, cue_start, cue_end, text = cues[i]
    next_start = cues[i + 1][1] if i + 1 < len(cues) else sentence.end
    word = phrase_regex(rules(sentence.lang)["respectively"]).search(
        analysis.text, max(sentence.start, cue_start - 20), next_start)
    dates = [d for d in sentence.dates if cue_end <= d.start < next_start and d.value.year]
    before = [m for m in in_sentence if m.end <= cue_start]
    if word is None:
        # "Helios 1 et Helios 2, lancées en 1974 et 1976": dates coordinated right after the cue pair up in order too
        dates = _coordinated_run(analysis, dates, cue_end)
    if len(dates) < 2 or not before:
        return []
    group = _coordinated(analysis, sentence, before, before[-1])
    if len(group) != len(dates):
        return []
    how = f"'{word.group(0)}'" if word is not None else "coordinated dates in order"
    return [EventFact(m.id, event, d.value, evidence=[evidence(sentence)], reason=f"'{text}' ... {how}")
            for m, d in zip(group, dates, strict=True)]


_DATE_LINK = re.compile(r"\s*(?:,\s*)?(?:and|et|,)?\s*(?:(?:in|en|on|le|the)\s+)?", re.IGNORECASE)
_CUE_TO_DATE = re.compile(r"\s*,?\s*(?:(?:in|en|on|le|les|the)\s+)?", re.IGNORECASE)


def _coordinated_run(analysis: Analysis, dates: list, cue_end: int) -> list:
    """The dates written right after a cue and joined only by "and"/"et" or commas ("in 1974 and 1976"), else []."""
    if not dates or not _CUE_TO_DATE.fullmatch(analysis.text[cue_end : dates[0].start]):
        return []
    run = [dates[0]]
    for date in dates[1:]:
        if not _DATE_LINK.fullmatch(analysis.text[run[-1].end : date.start]):
            break
        run.append(date)
    return run if len(run) >= 2 else []


def _coordinated_subjects(analysis: Analysis, sentence: Sentence, cue_start: int, fact: EventFact,
                          in_sentence: list[Mention]) -> list[Fact]:
    """The same event for the missions coordinated with its subject before the cue.

    "Tianwen-1 and Perseverance landed on Mars in 2021", "Jason-1 et Jason-2 ont été lancés en 2001": every
    coordinated subject takes the event and its date (launchers excepted).
    """
    before = [m for m in in_sentence if m.end <= cue_start]
    subject = next((m for m in reversed(before) if m.id == fact.mission), None)
    if subject is None or fact.date is None or phrase_regex(rules(sentence.lang)["respectively"]).search(sentence.text):
        return []
    return [EventFact(m.id, fact.event, fact.date, evidence=fact.evidence, reason=f"{fact.reason}, coordinated subject")
            for m in _coordinated(analysis, sentence, before, subject)
            if m.id != fact.mission and not _is_launcher(analysis, m)]


def _coordinated_objects(analysis: Analysis, sentence: Sentence, cue: tuple[str, int, int, str], fact: EventFact,
                         in_sentence: list[Mention], clause: tuple[int, int]) -> list[Fact]:
    """The same launch for the craft coordinated with its object after the cue.

    "une fusée Proton a lancé l'orbiteur TGO et l'atterrisseur Schiaparelli", "a Proton rocket launched the TGO orbiter
    and the Schiaparelli lander": when the craft launched is named after the verb, each craft joined to it by a
    ``coordination`` word (a craft noun may close a conjunct, an article and a craft noun open the next) takes the
    launch and its date; launchers excepted, not with "respectively" (dates paired in order).
    """
    event, _, cue_end, _ = cue
    objects = [m for m in in_sentence if cue_end <= m.start < clause[1]]
    if event != "launch" or fact.date is None or not objects or objects[0].id != fact.mission or \
            phrase_regex(rules(sentence.lang)["respectively"]).search(sentence.text):
        return []
    lang_rules = rules(sentence.lang)
    nouns = alternation(lang_rules["craft_nouns"])
    # "TGO et l'atterrisseur Schiaparelli", "the TGO orbiter and the Schiaparelli lander"
    joined = compiled(r"^\s*(?:(?:" + nouns + r")\s*)?,?\s*(?:" + alternation(lang_rules["coordination"]) +
                      r")\s+(?:(?:the|la|le|l['’])\s*)?(?:(?:" + nouns + r")\s+)?$", re.IGNORECASE)
    facts: list[Fact] = []
    previous = objects[0]
    for mention in objects[1:]:
        if not joined.match(analysis.text[previous.end : mention.start]):
            break
        if not _is_launcher(analysis, mention) and mention.id != fact.mission:
            facts.append(EventFact(mention.id, event, fact.date, evidence=fact.evidence,
                                   reason=f"{fact.reason}, coordinated object"))
        previous = mention
    return facts


def _lander_owner(analysis: Analysis, sentence: Sentence, cue: tuple[str, int, int, str], fact: EventFact,
                 in_sentence: list[Mention], clause: tuple[int, int]) -> list[Fact]:
    """The landing of a lander for the mission that set it down ("X landed its Y", "X a posé son atterrisseur Y").

    A landing cue followed by a possessive determiner (rule file's ``possessive_pronouns``) and, within two words, the
    mission the event went to (the object, the lander): the mission named before the cue in its clause (the subject,
    launchers excepted) lands too, on the same date. Only landings: a craft that launches or releases its cubesat
    ("deployed its CubeSat") is not launched by it.
    """
    event, cue_start, cue_end, text = cue
    if event != "landing" or fact.date is None:
        return []
    lander = next((m for m in in_sentence if m.id == fact.mission and m.start >= cue_end), None)
    if lander is None:
        return []
    lang_rules = rules(sentence.lang)
    owned = compiled(r"^\s*(?:" + alternation(lang_rules["possessive_pronouns"]) +
                     r")\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
    # "Tianwen-1, qui a posé le rover Zhurong": a compound tense with "avoir" makes the verb transitive, its object
    # the lander the subject set down
    article = compiled(r"^\s*(?:" + alternation(lang_rules["landing_objects"]) + r")\s*(?:[\w'’-]+\s+){0,2}$",
                       re.IGNORECASE)
    auxiliary = compiled(r"(?<![\w'’])(?:" + alternation(lang_rules["landing_auxiliaries"]) + r")\s+$", re.IGNORECASE)
    if not owned.match(analysis.text[cue_end : lander.start]) and not (
            article.match(analysis.text[cue_end : lander.start])
            and auxiliary.search(analysis.text[max(sentence.start, cue_start - 12) : cue_start])):
        return []
    subjects = [m for m in in_sentence if clause[0] <= m.start and m.end <= cue_start and m.id != fact.mission
                and not _is_launcher(analysis, m)]
    if not subjects:
        return []
    return [EventFact(subjects[-1].id, event, fact.date, evidence=fact.evidence,
                      reason=f"{fact.reason}, the lander's owner")]


# an apposition closed by a comma and followed by the verb's first word(s) ("..., was launched"; not "..., posé sur
# Mars", a participle of the last noun), or a genitive ("de la mission X de l'ISRO s'est posé")
_QUALIFIED_SUBJECT = re.compile(r"^\s*(?:,[^,;:.]+,\s*(?:[\w'’-]+\s+){1,2}|\s(?:of the|of|de la|de l['’]|du|des)\s"
                                r"[^,;:.]+?\s*(?:[\w'’-]+\s+){0,2}?)$")
_GAPPED_DATE = re.compile(r"^,?\s*(?:(?:in|on|at|en|le|au|the)\s+)?(?:(?:early|late|mid|début|fin|mi)[\s-]+)?$",
                          re.IGNORECASE)


def _gapped_events(analysis: Analysis, sentence: Sentence, cues: list[tuple[str, int, int, str]], i: int,
                   fact: EventFact, in_sentence: list[Mention]) -> list[Fact]:
    """The same event for the other missions a cue lists, each with the date written right after it.

    "ESA launched Sentinel-2A in 2015, Sentinel-2B in 2017 and Sentinel-2C in 2024", "Sentinel-2A was launched in
    June 2015 and Sentinel-2B in March 2017": one verb, several missions each followed by its own date; a mission
    without a date of its own right after it gets nothing.
    """
    event, _, cue_end, text = cues[i]
    next_start = cues[i + 1][1] if i + 1 < len(cues) else sentence.end
    if fact.date is None:
        return []
    out: list[Fact] = []
    listed = sorted((m for m in in_sentence if cue_end <= m.start < next_start and m.id != fact.mission),
                    key=lambda m: m.start)
    for mission in listed:
        date = next((d for d in sentence.dates if d.start >= mission.end), None)
        # a relative date ("four days later") after a second mission dates another verb: "launched ... and attached to
        # the ISS four days later"
        if date is None or date.start >= next_start or not date.value.year or date.value.relative or \
                not _GAPPED_DATE.match(analysis.text[mission.end : date.start]) or _is_launcher(analysis, mission):
            continue
        out.append(EventFact(mission.id, event, date.value, evidence=[evidence(sentence)],
                             reason=f"'{text}' with its own date"))
    return out


def _event_fact(analysis: Analysis, sentence: Sentence, cues: list[tuple[str, int, int, str]], i: int,
                clause: tuple[int, int], in_sentence: list[Mention], referred: Mention | None) -> Fact | None:
    """The event of the ``i``-th cue of a sentence, or None when the cue gives no event.

    The event of the ``i``-th cue of a sentence (``clause``: the document span of its clause), or None when the cue
    gives no event (an undated plan, a launcher's undated event, a called-off event, no payload).
    """
    event, cue_start, cue_end, text = cues[i]
    date, planned = _event_date(analysis, sentence, cues, i, clause)
    if planned and date is None:
        return None  # "plans to launch a probe", "to place in orbit around the Moon": no event without a date
    mission = referred if referred is not None else _event_subject(analysis, sentence, in_sentence, clause,
                                                                   cue_start, event, cue_end)
    if mission is None:
        return None
    if _is_launcher(analysis, mission) and date is None and not (event == "end" and _LAST_FLIGHT.match(f"'{text}'")):
        # "Soyuz launches", "launch licences for the Electron rocket": a launcher's own event is dated (its undated
        # last flight is the launch told before it: _last_flights_dated)
        return None
    if _called_off(analysis, sentence, cue_start, cue_end):
        return None  # "Le décollage, initialement fixé au 13 avril, avait été annulé"
    if event == "end" and status_rules(sentence.lang).not_the_mission[("completed", "after")].search(
            " ".join(analysis.text[cue_end : sentence.end].split()[:3])):
        return None  # "a achevé quatre relevés du ciel", "completed a review": the end of something else
    if event == "orbit_insertion" and all(c[0] != "launch" for c in cues) and any(
            _is_launcher(analysis, m) for m in in_sentence if m.id != mission.id):
        # "Une fusée PSLV a placé en orbite les satellites de Proba-3", "reached orbit aboard a Falcon 9":
        # with a launcher and no other launch cue, reaching orbit is the launch itself
        event = "launch"
    if event == "landing" and _capsule_with_samples(analysis, sentence, clause, cue_start):
        event = "sample_return"  # "the capsule carrying rock from Bennu landed"
    vague = date is None and phrase_regex(rules(sentence.lang)["vague_time"]).search(
        analysis.text, clause[0], clause[1]) is not None
    return EventFact(mission.id, event, date, evidence=[evidence(sentence)],
                     reason=f"'{text}'" + (" (planned)" if planned else "") + (VAGUE if vague else ""))


VAGUE = " (dated only vaguely)"


def _event_date(analysis: Analysis, sentence: Sentence, cues: list[tuple[str, int, int, str]], i: int,
                clause: tuple[int, int]) -> tuple[DateValue | None, bool]:
    """The date of the ``i``-th event cue and whether the event is planned.

    The date of the ``i``-th event cue (None without a dated year) and whether the event is planned: the first date
    after the cue and before the next one, else (not for a plan) the last one between the previous cue and this one in
    its clause, else the nearest one in its clause when it is the sentence's only cue.
    """
    _, cue_start, cue_end, text = cues[i]
    # a date on a later line belongs to that line: "• 23 août 2023 : Vikram se pose près du pôle Sud." takes no date
    # from the next item of its timeline (a heading line above, "When did Hera launch?", "18 July 1980", still dates)
    next_start = min(cues[i + 1][1] if i + 1 < len(cues) else sentence.end, _line_end(analysis, sentence, cue_start))
    prev_end = cues[i - 1][2] if i > 0 else sentence.start
    dates = _event_dates(analysis, sentence, cue_start)
    # a date may open inside the cue: "a fonctionné jusqu'en 2022" (the date is "jusqu'en 2022")
    after = [d for d in dates if cue_start < d.start < next_start and cue_end < d.end]
    # the first date after the previous cue is that cue's own: "after its launch in October 2007, including during its
    # arrival at the Moon" dates the launch, not the arrival
    # (a cue of the same event restates it and shares its date: "se pose ... s'est posé le 23 août")
    # (a last flight restates the launch told before it: "placed Prospero in orbit on Oct. 28, 1971, the last flight
    # of the programme" ends the launcher on that day)
    taken = next((d for d in dates if cues[i - 1][2] < d.end and d.start < cue_start), None) \
        if i > 0 and cues[i - 1][0] != cues[i][0] and not (
            cues[i - 1][0] == "launch" and _LAST_FLIGHT.match(f"'{text}'")) else None
    before = [d for d in dates if prev_end <= d.start < cue_start and clause[0] <= d.start and d is not taken]
    nearby = [d for d in dates if clause[0] <= d.start < min(clause[1], next_start) and d is not taken]
    clause_text = analysis.text[clause[0] : clause[1]]
    local = compiled(re.escape(text)).search(clause_text, cue_start - clause[0])
    planned = local is not None and _governed_by_future(clause_text, local, _rx(sentence.lang, "future"))
    date_mention = after[0] if after else None
    if date_mention is None and not planned:  # a plan's date follows it: "will launch in 2028"
        date_mention = before[-1] if before else (
            min(nearby, key=lambda d: abs(d.start - cue_start)) if nearby and len(cues) == 1 else None)
    if date_mention is not None:
        date_mention = _utc_date(analysis, sentence, dates, date_mention, next_start)
    return (date_mention.value if date_mention is not None and date_mention.value.year else None), planned


def _line_end(analysis: Analysis, sentence: Sentence, position: int) -> int:
    """Where the line of ``position`` ends inside its sentence (list items and timeline lines run into one sentence)."""
    end = analysis.text.find("\n", position, sentence.end)
    return end if end != -1 else sentence.end


_WEEKDAY_THEN_DATE = re.compile(r"^\s*,?\s*(?:the\s+|le\s+)?$", re.IGNORECASE)


_CLOCK = re.compile(r"[0-2]\d[0-5]\d")  # a four-digit time of day ("1837", "0408"), read as a year by the date layer


def _event_dates(analysis: Analysis, sentence: Sentence, cue_start: int) -> list:
    """The dates of a sentence an event cue may take.

    A weekday written before its date ("on Friday, Dec. 6", "mardi, 14 juin") is that date, not a second one; a date
    after "since" is no date of an event cue that "first" qualifies ("the first soft landing since 1976", "le premier
    alunissage depuis 1976", "brought back ..., the first material collected on the Moon since 1976": a
    comparison); a date right after a verb of saying that follows the cue dates the
    announcement ("crashed on the surface, ESA said on Friday"); four digits followed by a ``clock_zones`` word of
    ``events_<lang>.json`` are a time of day, not a year ("at 3:37 a.m. local time on Friday (1837 GMT on Thursday)").
    """
    table = event_rules(sentence.lang)
    text = analysis.text
    out = []
    for j, d in enumerate(sentence.dates):
        following = sentence.dates[j + 1] if j + 1 < len(sentence.dates) else None
        if d.value.relative and following is not None and not following.value.relative and \
                _WEEKDAY_THEN_DATE.match(text[d.end : following.start]):
            continue
        word_before = " ".join(text[sentence.start : d.start].split()[-1:] + d.text.split()[:1])
        if d.start > cue_start and table["since_words"].search(word_before) \
                and (table["first_words"].search(" ".join(text[sentence.start : cue_start].split()[-3:]))
                     or table["first_words"].search(text[cue_start : d.start])):
            continue
        if d.start > cue_start and table["saying_verbs"].search(" ".join(text[sentence.start : d.start].split()[-2:])):
            continue  # "s'est écrasé à la surface, a indiqué vendredi l'ESA": the day of the announcement
        if _CLOCK.fullmatch(d.text) and table["clock_zones"].match(text, d.end + 1, sentence.end) and \
                text[d.end : d.end + 1].isspace():
            continue  # "(1837 GMT on Thursday)": a time of day, not the year 1837
        out.append(d)
    return out


def _utc_date(analysis: Analysis, sentence: Sentence, dates: list, date, limit: int):
    """The UTC restatement of an event's local date, else the date itself.

    "at 1:30 a.m. on Dec. 2 Beijing time, which was 1730 GMT on Sunday, Dec. 1", "à 22h36 heure locale le 8 octobre
    (01h36 TU le 9 octobre)", "on 8 October, 9 October at 01:36 UTC": a later date of the sentence, before the next
    cue and within 120 characters, with a UTC word (``utc_markers`` of ``events_<lang>.json``) in the 25 characters
    before it or right after it (not across a parenthesis) takes the place of the first (GUIDELINES: a launch dated in
    local time and in UTC takes the UTC date).
    """
    markers = event_rules(sentence.lang)["utc_markers"]
    text = analysis.text
    for other in dates:
        if other.start <= date.end or other.start >= limit or not other.value.year:
            continue
        if other.start - date.end > 120:
            break
        after = text[other.end : min(other.end + 20, sentence.end)].split("(")[0]
        if markers.search(text[max(date.end, other.start - 25) : other.start]) or markers.search(after):
            return other
    return date


def _event_subject(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention], clause: tuple[int, int],
                   cue_start: int, event: str, cue_end: int | None = None) -> Mention | None:
    """The mission an event cue of a sentence naming missions is about.

    The mission an event cue of a sentence naming missions is about; a launcher named as the vehicle gives its event to
    the payload named next, and None when no payload is named.
    """
    fronted = fronted_subject(analysis, sentence, in_sentence, cue_start, cue_start + 1) \
        if not analysis.text[sentence.start : cue_start].strip() else None
    if fronted is not None and fronted in in_sentence and not _is_launcher(analysis, fronted):
        return fronted  # "Lancée le 2 mars 2004 avec l'atterrisseur Philae à son bord, la sonde Rosetta ..."
    # a clause that names no mission does not speak of one named only in a later clause ("Ses deux satellites ont cessé
    # de fonctionner en 2007, tandis que Cluster est toujours en activité": the end is not Cluster's)
    missions = [m for m in in_sentence if clause[0] <= m.start < clause[1]] or \
        [m for m in in_sentence if m.start < clause[1]]
    if not missions:
        return None
    if all(_is_launcher(analysis, m) for m in missions):
        # "SMOS, réalisé avec le CNES, mesure ... ; il a été lancé ... par une fusée Rockot": a clause whose subject is
        # a pronoun speaks of the craft that opens the sentence; "Deux fusées Longue Marche 5 lanceront ses modules",
        # "... et le retour des échantillons est prévu vers 2031": a launcher launches the craft a possessive stands
        # for, and never lands or brings samples back
        craft = _pronoun_clause_subject(analysis, sentence, in_sentence, clause) or (
            _previous_craft(analysis, sentence, cue_start)
            if event in ("landing", "sample_return") or
            (event == "launch" and cue_end is not None and _possessive_object(analysis, sentence, cue_end)) else None)
        if craft is not None:
            return craft
    cue_text = analysis.text[cue_start:cue_start + 40].lower()
    last_flight = event == "end" and bool(re.match(r"(?:[\w'’]+\s+){0,4}(?:vol|flight)\b", cue_text))
    mission = _event_mission(analysis, missions, cue_start, event, last_flight=last_flight)
    if _is_launcher(analysis, mission) and event == "launch" and _carries_payload(analysis, sentence, cue_start,
                                                                                 clause):
        # "A Falcon 9 rocket lifted off on Tuesday with a pair of satellites. ... the two GRACE Follow-On spacecraft":
        # the launch is the payload's, named after the launcher in the sentence or, only described, next
        return next((m for m in missions if m.start > mission.end and not _is_launcher(analysis, m)
                     and _kind(analysis, m) not in ("programme", "instrument")), None) or \
            _payload_named_next(analysis, sentence)
    if _is_launcher(analysis, mission) and not last_flight:
        # "It was launched on a Falcon 9": the launcher carries the mission named before
        mission = _referred_mission(analysis, sentence, anywhere=True) or mission
    if _is_launcher(analysis, mission) and _is_vehicle(analysis, sentence, mission):
        # "A new NASA observatory ... left Earth aboard a Falcon 9. The Imaging X-ray Polarimetry
        # Explorer, or IXPE, ...": the payload is named next; with none, the event is nobody's
        return _payload_named_next(analysis, sentence)
    return mission


def _flies(analysis: Analysis, mention: Mention) -> bool:
    """Whether a mission is a craft that flies (not a launcher, an instrument or a programme)."""
    return not _is_launcher(analysis, mention) and _kind(analysis, mention) not in ("instrument", "programme")


def _pronoun_clause_subject(analysis: Analysis, sentence: Sentence, in_sentence: list[Mention],
                            clause: tuple[int, int]) -> Mention | None:
    """The craft a clause-opening subject pronoun stands for: the first craft named before the clause in its sentence.

    "SMOS, réalisé en partenariat avec le CNES, mesure ... ; il a été lancé le 2 novembre 2009", "X carries two
    cameras, and it was launched": the pronoun (a first word of ``pronoun_anaphora``) is the
    sentence's subject. None when the clause opens the sentence or opens with something else.
    """
    if clause[0] <= sentence.start:
        return None
    words = {p.split()[0].lower() for p in rules(sentence.lang)["pronoun_anaphora"]}
    first = analysis.text[clause[0] : clause[1]].strip(" ,;:-–").split()[:1]
    if not first or first[0].lower() not in words:
        return None
    return next((m for m in in_sentence if m.end <= clause[0] and _flies(analysis, m)), None)


def _possessive_object(analysis: Analysis, sentence: Sentence, cue_end: int) -> bool:
    """Whether an event verb's object opens with a possessive determiner ("lanceront ses modules", "launched its")."""
    owned = compiled(r"\s+(?:" + alternation(rules(sentence.lang)["possessive_pronouns"]) + r")\s+\w", re.IGNORECASE)
    return owned.match(analysis.text, cue_end, sentence.end) is not None


def _previous_craft(analysis: Analysis, sentence: Sentence, before: int) -> Mention | None:
    """The craft named last before ``before``: in the sentence, else in the two sentences before (same language)."""
    here = [m for m in sentence.missions() if m.end <= before and _flies(analysis, m)]
    if here:
        return here[-1]
    for other in reversed(analysis.sentences[max(0, sentence.index - 2) : sentence.index]):
        if other.block.kind in ("credit", "caption") or other.lang != sentence.lang:
            continue
        crafts = [m for m in other.missions() if _flies(analysis, m)]
        if crafts:
            return crafts[-1]
    return None


def _carries_payload(analysis: Analysis, sentence: Sentence, cue_start: int, clause: tuple[int, int]) -> bool:
    """Whether a launcher's launch cue carries a payload.

    A ``payload_with`` word of ``events_<lang>.json`` after it in its clause ("lifted off from Kourou on Tuesday with
    two satellites", "a décollé mardi emportant un satellite"), and the cue is no first flight of the launcher ("maiden
    flight", "vol inaugural").
    """
    table = event_rules(sentence.lang)
    if re.match(r"(?:maiden|first|inaugural|premier|vol inaugural)", analysis.text[cue_start:cue_start + 20], re.I):
        return False
    return table["payload_with"].search(analysis.text[cue_start : clause[1]]) is not None


def _called_off(analysis: Analysis, sentence: Sentence, cue_start: int, cue_end: int) -> bool:
    """Whether the text says the event did not happen as first set.

    Whether the text says the event did not happen as first set: a called-off word within 60 characters after the cue,
    or within three words before it.
    """
    words = phrase_regex(rules(sentence.lang)["called_off"])
    before = " ".join(analysis.text[sentence.start : cue_start].split()[-3:])
    return bool(words.search(analysis.text[cue_end : min(sentence.end, cue_end + 60)]) or words.search(before))


def _capsule_with_samples(analysis: Analysis, sentence: Sentence, clause: tuple[int, int], cue_start: int) -> bool:
    """Whether a landing is a sample capsule's.

    Whether a landing is a sample capsule's: its clause names a capsule before the cue and the sentence (or the one
    before it in the paragraph) speaks of samples ("La capsule de retour de Chang'e 5 s'est posée ... avec à son bord
    des roches").
    """
    lang_rules = rules(sentence.lang)
    capsule = phrase_regex(lang_rules["return_capsule"]).search(analysis.text[clause[0] : cue_start])
    around = [s for s in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 1]
              if s.block.index == sentence.block.index]
    return capsule is not None and any(phrase_regex(lang_rules["samples"]).search(s.text) for s in around)


def _is_vehicle(analysis: Analysis, sentence: Sentence, launcher: Mention) -> bool:
    """Whether the launcher is named as the vehicle of the sentence's event.

    Whether the launcher is named as the vehicle of the sentence's event ("aboard a SpaceX Falcon 9", "aboard ISRO's
    GSLV rocket", "par une fusée PSLV-C57"), not as its subject ("Vega made its last flight").
    """
    cues = alternation(rules(sentence.lang)["vehicle"], spaced=True)
    before = analysis.text[max(sentence.start, launcher.start - 60) : launcher.start]
    return compiled(r"(?<!\w)(?:" + cues + r")\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE).search(before) is not None


def _payload_named_next(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The payload a news lede names after describing it.

    The first mission (not a launcher or an instrument) named in the next two sentences of the same language outside
    captions and credits: a news lede describes the payload before it names it.
    """
    for other in analysis.sentences[sentence.index + 1 : sentence.index + 3]:
        if other.block.kind in ("credit", "caption") or other.lang != sentence.lang:
            continue
        for mention in other.missions():
            entry = kb_mission(analysis, mention.id)
            if entry is None or entry.kind not in ("launcher", "instrument"):
                return mention
    return None


def _event_cues(analysis: Analysis, sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """The event cues of a sentence as (event, start, end, text), in order.

    (event, start, end, text) of every event cue in a sentence, in order, none inside a name ("Space Launch System") and
    none overlapping a longer cue.
    """
    found: list[tuple[str, int, int, str]] = []
    # "was lost during its landing attempt": an attempt is not the event
    attempts = [(sentence.start + a.start(), sentence.start + a.end())
                for a in phrase_regex(rules(sentence.lang)["not_events"]).finditer(sentence.text)]
    candidates = [(event, sentence.start + cue.start(), sentence.start + cue.end(), cue.group(0))
                  for event, regex in _event_regexes(sentence.lang).items() for cue in regex.finditer(sentence.text)]
    for event, start, end, text in candidates + _placements(analysis, sentence):
        if any(m.start < end and start < m.end for m in sentence.mentions) or \
                any(a <= start and end <= b for a, b in attempts):
            continue
        found.append((event, start, end, text))
    found.sort(key=lambda c: (c[1], -(c[2] - c[1]), c[0] != "launch"))
    kept: list[tuple[str, int, int, str]] = []
    for cue in found:
        if kept and cue[1] < kept[-1][2]:
            continue
        kept.append(cue)
    return kept


def _placements(analysis: Analysis, sentence: Sentence) -> list[tuple[str, int, int, str]]:
    """The "put into orbit" cues of a sentence (``orbit_placement`` of ``events_<lang>.json``) as event cues.

    Whoever places a craft in orbit launches it ("Le Kenya a mis en orbite son premier satellite", "CFOSAT, placé en
    orbite en octobre 2018", "Kenya placed its first satellite in orbit"): a launch, unless a body of the rule file's
    ``orbit_bodies`` follows within four words ("placed in orbit around Mars", "placée en orbite autour de la Lune":
    an orbit insertion). A craft that places itself in orbit ("s'est placée en orbite") is an insertion cue of the
    mission rules, longer than the placement words inside it, so it wins.
    """
    table = event_rules(sentence.lang)
    out = []
    crafts = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.missions()]
    for cue in list(table["orbit_placement"].finditer(sentence.text)) + _split_placements(sentence.text, table, crafts):
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        after = " ".join(analysis.text[end:sentence.end].split()[:4])
        body = table["orbit_bodies"].search(after)
        out.append(("orbit_insertion" if body else "launch", start, end, cue.group(0)))
    for cue in table["orbit_stay"].finditer(sentence.text):
        # "has been in orbit around Jupiter since 2016", "tourne autour de Jupiter depuis juillet 2016": the insertion
        words = sentence.text[cue.end():].split()[:6]
        body = table["orbit_stay_bodies"].match(sentence.text, cue.end() + 1)
        if body is not None and any(table["since_words"].fullmatch(w.strip(",")) for w in words):
            out.append(("orbit_insertion", sentence.start + cue.start(), sentence.start + cue.end(), cue.group(0)))
    return out


_PLACEMENT_GAP = re.compile(r"[^.;:()!?]*")
PLACEMENT_GAP_WORDS = 10  # words at most between a "put" verb and its "into orbit" tail


def _split_placements(text: str, table: dict[str, re.Pattern], crafts: list[tuple[int, int]]) -> list[re.Match]:
    """The "into orbit" tails of a "put ... into orbit" written apart ("put its first satellite, X, into orbit").

    The verb (``orbit_placement_verbs``) stands at most :data:`PLACEMENT_GAP_WORDS` words before the tail
    (``orbit_placement_tails``), in the same stretch of text (no full stop, semicolon, colon or parenthesis between),
    and a craft's name (``crafts``: offsets in ``text``) stands between them: "placed instruments in orbit" puts no
    craft there.
    """
    verbs = list(table["orbit_placement_verbs"].finditer(text))
    out = []
    for tail in table["orbit_placement_tails"].finditer(text):
        for verb in verbs:
            gap = text[verb.end() : tail.start()]
            if verb.end() <= tail.start() and len(gap.split()) <= PLACEMENT_GAP_WORDS and gap.strip() and \
                    _PLACEMENT_GAP.fullmatch(gap) and any(verb.end() <= a and b <= tail.start() for a, b in crafts):
                out.append(tail)
                break
    return out


def _governed_by_future(clause: str, cue: re.Match, future: re.Pattern) -> bool:
    """Whether an event cue is governed by a future or plan cue.

    A future or plan cue within three words before the event word or two words after it, or a future verb form as the
    cue itself ("will launch", "lancera").
    """
    before = " ".join(clause[: cue.start()].split()[-3:])
    after = " ".join(clause[cue.end() :].split()[:2])
    return bool(future.search(before) or future.search(after) or future.search(cue.group(0))
                or re.search(r"(?:era|eront|ira|iront)$", cue.group(0).split()[0]))


def _event_mission(analysis: Analysis, missions: list[Mention], cue_pos: int, event: str,
                   last_flight: bool = False) -> Mention:
    """The mission an event is about: a launcher only launches others and a programme's craft fly, so prefer a craft.

    ``last_flight``: the cue is a last flight ("dernier vol", "last flight"), the end of a launcher named before it.
    """
    def is_launcher(m: Mention) -> bool:
        return _is_launcher(analysis, m)

    # a programme is not what flies either ("with the Copernicus Sentinel-1C satellite")
    preferred = [m for m in missions if not is_launcher(m) and _kind(analysis, m) != "programme"] or \
        [m for m in missions if not is_launcher(m)] or missions
    if event == "end" and last_flight:
        # "Vega a effectué son dernier vol, en emportant Sentinel-2C": a last flight ends the launcher named before
        # ... or named right after it ("le dernier vol du lanceur japonais H-IIB", "the last flight of the Soyuz-FG")
        preferred = [m for m in missions if _is_launcher(analysis, m) and m.start < cue_pos] or \
            [m for m in missions if _is_launcher(analysis, m) and cue_pos < m.start < cue_pos + 60] or preferred
    before = [m for m in preferred if m.start < cue_pos]
    # "Canada's Canadarm2, the robotic arm of the International Space Station, was launched", "L'atterrisseur Vikram
    # de la mission Chandrayaan-3 de l'ISRO s'est posé": the missions of an apposition or a genitive after the
    # subject only qualify it
    if len(before) > 1 and _QUALIFIED_SUBJECT.match(analysis.text[before[0].end : cue_pos]):
        return before[0]
    # "China's Tianwen-1 ... was set to brake into orbit on 10 February, and NASA's Perseverance rover ...": the
    # subject before a launch or an arrival is what flies
    if before and event in ("launch", "orbit_insertion"):
        return before[-1]
    return min(preferred, key=lambda m: abs(m.start - cue_pos))

