"""Mission names the KB lacks: marked names written again unmarked, and programme prefixes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..records import normalise_name
from ..regex_cache import compiled
from .document import Analysis, Sentence, _add_mention
from .instrument_lists import _data, _words, craft_lists, instrument_lists, instrument_members

# the ``via`` of a name read from a counted instrument list (relations.missions.INSTRUMENT_PATTERNS holds it)
INSTRUMENT_LIST_VIA = "pattern:instrument_list"
CRAFT_LIST_VIA = "pattern:craft_list"
VEHICLE_UNIT_VIA = "pattern:vehicle_unit"
MANIFEST_LIST_VIA = "pattern:manifest_list"


def _split_programme_prefix(analysis: Analysis) -> None:
    """Split a marked name that opens with a KB programme into the programme and the craft.

    "the Copernicus Sentinel-1C satellite" is two mentions: the programme and the craft ("Sentinel-1C", linked
    to the KB or its numbered family when known); the programme's name written before it then says which
    programme the craft belongs to.
    """
    kb = analysis.kb
    for sentence in analysis.sentences:
        for mention in list(sentence.mentions):
            if mention.label != "MISSION" or not mention.via.startswith("pattern:"):
                continue
            surface = mention.text
            if mention.name and len(mention.name) > len(surface) and analysis.text.startswith(mention.name,
                                                                                                mention.start):
                surface = mention.name  # the linker may keep a shorter span than the name it read
            words = list(re.finditer(r"\S+", surface))
            end = mention.start + len(surface)
            for k in range(len(words) - 1, 0, -1):
                head = surface[: words[k - 1].end()]
                programme = next((kb.missions[c.id] for c in kb.lookup(head) if c.label == "MISSION"
                                  and kb.missions[c.id].kind == "programme"), None)
                rest = surface[words[k].start() :]
                if programme is None or not rest[:1].isupper() and not rest[:1].isdigit():
                    continue
                known = next((c.id for c in kb.lookup(rest) if c.label == "MISSION"), None)
                numbered = re.fullmatch(r"(.+?)\d{1,3}[a-z]?", normalise_name(rest))
                if known is not None:
                    ids = (known,)
                elif numbered and numbered.group(1) in kb.families:
                    ids = (f"family:{normalise_name(rest)}",)
                else:
                    ids = (f"pattern:{normalise_name(rest)}",)
                sentence.mentions.remove(mention)
                start = mention.start + words[k].start()
                _add_mention(analysis, mention.start, mention.start + len(head), "MISSION", (programme.id,), "alias",
                             None)
                _add_mention(analysis, start, end, "MISSION", ids,
                             mention.via if ids[0].startswith("pattern:") else "alias", rest)
                break


def _link_instrument_lists(analysis: Analysis) -> None:
    """Link the names of a counted instrument list the KB lacks as instruments.

    "Herschel carried three instruments, HIFI, PACS and SPIRE", "ses deux instruments : HFI et LFI", "HEPD-02, one of
    the eleven instruments of CSES-02": each name is an instrument (``INSTRUMENT_LIST_VIA``), written again later in
    the article or not. A list one of whose names is
    already something else (an agency, a country, a person) is no instrument list.
    """
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        for names in instrument_lists(sentence.text, sentence.lang):
            spans = [(sentence.start + start, sentence.start + end, name) for start, end, name in names]
            if any(m.start < end and start < m.end and m.label != "MISSION"
                   for start, end, _ in spans for m in sentence.mentions):
                continue
            for start, end, name in spans:
                _add_mention(analysis, start, end, "MISSION", (f"pattern:{normalise_name(name)}",),
                             INSTRUMENT_LIST_VIA, name)
        # "HEPD-02, one of the eleven instruments of CSES-02", "SXS, l'un des quatre instruments de Hitomi"
        for start, end, name, _ in instrument_members(sentence.text, sentence.lang):
            start, end = sentence.start + start, sentence.start + end
            if not any(m.start < end and start < m.end and m.label != "MISSION" for m in sentence.mentions):
                _add_mention(analysis, start, end, "MISSION", (f"pattern:{normalise_name(name)}",),
                             INSTRUMENT_LIST_VIA, name)


def _link_craft_lists(analysis: Analysis) -> None:
    """Link coordinated craft names around a plural craft noun as missions.

    "the satellites Pivert and Sittelle", "les sondes jumelles A et B", "the GRACE-C and GRACE-D satellites": each name
    the KB lacks is a mission (``CRAFT_LIST_VIA``). A list one of whose names is something else (an agency, a country,
    a person, a nationality adjective, a KB name of another kind) is none.
    """
    kb = analysis.kb
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        for names in craft_lists(sentence.text, sentence.lang):
            spans = [(sentence.start + start, sentence.start + end, name) for start, end, name in names]
            if any(m.start < end and start < m.end and m.label != "MISSION"
                   for start, end, _ in spans for m in [*sentence.mentions, *sentence.persons]):
                continue
            if any(kb.agency_for_adjective(name, sentence.lang) or kb.agency_for_country(name, sentence.lang)
                   or any(c.label != "MISSION" for c in kb.lookup(name)) for *_, name in spans):
                continue
            for start, end, name in spans:
                known = _kb_mission_id(analysis, name)
                if known is not None:
                    # "TOPEX/Poséidon" read as "TOPEX": the whole listed name is the KB's
                    sentence.mentions[:] = [m for m in sentence.mentions if not (
                        m.label == "MISSION" and start <= m.start and m.end <= end and m.end - m.start < end - start)]
                _add_mention(analysis, start, end, "MISSION", (known or f"pattern:{normalise_name(name)}",),
                             "alias" if known else CRAFT_LIST_VIA, None if known else name)


def _kb_mission_id(analysis: Analysis, name: str) -> str | None:
    """The KB mission a listed name is, written with or without the other language's accents ("TOPEX/Poséidon")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return next((c.id for surface in dict.fromkeys((name, plain)) for c in analysis.kb.lookup(surface)
                 if c.label == "MISSION"), None)


def _link_marked_names(analysis: Analysis) -> None:
    """Link a marked mission name wherever the article writes it again without the marker.

    A mission the KB lacks, found once where the text marks it ("Le satellite Triton", "the Gaofen-7
    satellite"), is the same mission wherever the article writes that name again without the marker
    ("Triton, aussi appelé FORMOSAT-7R, a été conçu par la TASA").
    """
    marked = {m.text: m for m in analysis.mentions("MISSION") if m.via.startswith("pattern:")
              and len(m.text) >= 3 and m.text[:1].isupper()}
    for surface, mention in sorted(marked.items()):
        for found in compiled(rf"(?<![\w'’-]){re.escape(surface)}(?![\w'’-])").finditer(analysis.text):
            _add_mention(analysis, found.start(), found.end(), "MISSION", mention.ids, mention.via, mention.name)


# a sibling written alone after a coordinator: "and 2B", ", -1C", "puis 1B" (a numbered unit's short form) and "et -C"
# (a letter after its hyphen); read once per sentence, each kept for the units before it (_link_series_ellipsis)
_COORDINATOR = r"(?:,|\b(?:and|or|then|et|ou|puis))\s+"
_NUMBERED_SIBLING = re.compile(rf"{_COORDINATOR}-?(\d{{1,2}}[A-Z])(?![\w'’-])")
_LETTER_SIBLING = re.compile(rf"{_COORDINATOR}-([A-Z])(?![\w'’-])")


def _link_series_ellipsis(analysis: Analysis) -> None:
    """Link the short form of a lettered unit written after a unit of the same series.

    "Sentinel-2A was launched in June 2015 and 2B in March 2017", "MTG-I1 et -I2": after a lettered unit in a
    sentence, its number with another letter (or its letter with another number) written alone is the sibling unit,
    linked like its full name (the KB's entry, else the numbered family). The short forms after a coordinator are found
    once per sentence and each unit reads those after it (not the rest of the sentence once per unit).
    """
    for sentence in analysis.sentences:
        units = [m for m in sentence.mentions if m.label == "MISSION"]
        numbered: list[re.Match] | None = None
        lettered_forms: list[re.Match] | None = None
        # a span offered once is not offered again: mentions only grow here, so a second offer (from a later unit
        # of the same series, whose tail holds the same siblings) would meet the first one's mention or refusal
        offered: set[int] = set()
        for mention in units:
            unit = re.fullmatch(r"(.*?[A-Za-z])([-\s]?)(\d{1,2})([A-Z])", mention.text)
            lettered = re.fullmatch(r"(.*?[A-Za-z0-9])-([A-Z])", mention.text) if unit is None else None
            offset = mention.end - sentence.start
            if unit is not None:
                stem, joiner, number, letter = unit.groups()
                # "2A and 2B", "-1A, -1B", "1A puis 1B", "2A/2B", "1A/B" (not "Longue Marche 4B")
                if numbered is None:
                    numbered = list(_NUMBERED_SIBLING.finditer(sentence.text))
                after = [f for f in numbered if f.start() >= offset and f.group(1)[:-1] == number]
                slash = compiled(rf"/((?:{number})?[A-Z])(?![\w'’-])")
            elif lettered is not None:
                # "MetOp-A, -B et -C", "MetOp-A/-B": a letter alone after its hyphen (or a slash) is the sibling
                stem, letter = lettered.groups()
                number, joiner = "", "-"
                if lettered_forms is None:
                    lettered_forms = list(_LETTER_SIBLING.finditer(sentence.text))
                after = [f for f in lettered_forms if f.start() >= offset]
                slash = compiled(r"/-?([A-Z])(?![\w'’-])")
            else:
                continue
            first = slash.match(sentence.text, offset)
            for found in ([first] if first is not None else []) + after:
                short = found.group(1)
                if short[-1] == letter:
                    continue
                if not short[:1].isdigit():
                    short = f"{number}{short}"
                name = f"{stem}{joiner or '-'}{short}"
                start = sentence.start + found.start(1)
                if start in offered:
                    continue
                ids = _unit_ids(analysis, name)
                if ids:
                    offered.add(start)
                    _add_mention(analysis, start, start + len(found.group(1)), "MISSION", ids, "alias", name)
        _link_slash_pairs(analysis, sentence)


# "Sentinel-2A/2B", "Sentinel-1A/B": one token for the tokenizer, so the linker reads neither unit
_SLASH_PAIR = re.compile(r"(?<![\w'’/-])(([A-Z][\w-]*?[A-Za-z])([-\s]?)(\d{1,2})([A-Z]))"
                         r"/((?:\d{1,2})?[A-Z])(?![\w'’/-])")


def _link_slash_pairs(analysis: Analysis, sentence: Sentence) -> None:
    """Link both units of a slashed pair of lettered units ("Sentinel-2A/2B", "Sentinel-1A/B")."""
    for found in _SLASH_PAIR.finditer(sentence.text):
        first, stem, joiner, number, letter, short = found.groups()
        if short[:1].isdigit() and short[:-1] != number or short[-1] == letter:
            continue
        second = f"{stem}{joiner or '-'}{number}{short[-1]}"
        first_ids, second_ids = _unit_ids(analysis, first), _unit_ids(analysis, second)
        if not first_ids or not second_ids:
            continue
        start = sentence.start + found.start(1)
        _add_mention(analysis, start, start + len(first), "MISSION", first_ids, "alias", first)
        start = sentence.start + found.start(6)
        _add_mention(analysis, start, start + len(short), "MISSION", second_ids, "alias", second)


def _unit_ids(analysis: Analysis, name: str) -> tuple[str, ...]:
    """The ids of a lettered unit's name: its KB entry, else its numbered family's member; empty when neither."""
    kb = analysis.kb
    known = next((c.id for c in kb.lookup(name) if c.label == "MISSION"), None)
    if known is not None:
        return (known,)
    numbered = re.fullmatch(r"(.+?)\d{1,3}[a-z]?", normalise_name(name))
    if numbered and numbered.group(1) in kb.families:
        return (f"family:{normalise_name(name)}",)
    return ()


def _link_known_aliases(analysis: Analysis) -> None:
    """Link a KB mission's other names wherever the article writes them, once the mission is linked.

    "NASA and ESA are partners in the Hubble Space Telescope ... Hubble was launched in April 1990": a name that needs
    context words to be read as the mission ("Hubble", "Rosetta", "Columbus") is the mission in an article that has
    already named it unambiguously.
    """
    kb = analysis.kb
    linked = {m.ids[0] for m in analysis.mentions("MISSION") if len(m.ids) == 1 and m.ids[0] in kb.missions}
    for mission_id in sorted(linked):
        mission = kb.missions[mission_id]
        if not mission.ambiguous:
            continue
        for alias in sorted({mission.canonical_name, *mission.aliases}, key=len, reverse=True):
            if len(alias) < 4 or not alias[:1].isupper():
                continue
            for found in compiled(rf"(?<![\w'’-]){re.escape(alias)}(?![\w'’-])").finditer(analysis.text):
                if re.search(r"[A-Z][\w'’-]*\s$", analysis.text[max(0, found.start() - 30) : found.start()]) or \
                        re.match(r"\s[A-Z]", analysis.text[found.end() : found.end() + 2]):
                    continue  # part of a longer name: "Edwin Hubble", "Columbus Day"
                _add_mention(analysis, found.start(), found.end(), "MISSION", (mission_id,), "alias", None)


# a unit designation after a vehicle's name: "33", "T-10", "TM-5", "TMA-11", "MS-22", "7K", "II"
_DESIGNATION = r"(?:[A-Z]{1,3}-?)?\d{1,3}[A-Z]?|(?:VI{0,3}|IV|IX|X|I{2,3})"


@lru_cache(maxsize=4)
def _vehicle_unit_rules(lang: str) -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """The KB kinds that take a unit designation, and the regexes of a vehicle's name and its designation.

    A name of two words is tried before one ("Crew Dragon", "Soyuz"); the words are data (vehicle_units_<lang>.json).
    """
    data = _data("vehicle_units", lang, ("vehicle_kinds", "not_before"))
    word = r"[A-Z][\w'’]+"
    after = rf"(?!\s+(?i:{_words(data['not_before'])})(?![\w'’-]))"
    return frozenset(data["vehicle_kinds"]), tuple(re.compile(
        rf"(?<![\w.-])(?P<vehicle>{name})(?P<joiner>[\s-])(?P<unit>{_DESIGNATION})(?![\w'’%-]|[.,]\d){after}")
        for name in (rf"{word}\s{word}", word))


def _link_vehicle_units(analysis: Analysis) -> None:
    """Link a KB vehicle's name written with a unit designation the KB lacks as that unit.

    "aboard the Soviet Soyuz 33", "à bord du vaisseau soviétique Soyouz T-6", "Soyouz TMA-11": a craft, programme or
    station the KB holds, written with a flight or unit number, is that flight, a mission of its own named with the
    KB's spelling ("Soyuz T-6"); the numbered family's member when the KB has the family. A rocket's number is its
    variant (the KB's launchers), and a number followed by a count or a measure ("Progress 3 days") is none.
    """
    kb = analysis.kb
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        kinds, patterns = _vehicle_unit_rules(sentence.lang)
        done: list[tuple[int, int]] = []
        for found in (found for pattern in patterns for found in pattern.finditer(sentence.text)):
            vehicle = next((kb.missions[c.id] for c in kb.lookup(found.group("vehicle")) if c.label == "MISSION"
                            and c.id in kb.missions), None)
            start, end = sentence.start + found.start(), sentence.start + found.end()
            if vehicle is None or vehicle.kind not in kinds or any(s < end and start < e for s, e in done):
                continue
            if any(m.start < end and start < m.end and (m.label != "MISSION" or m.id != vehicle.id and (
                    m.start <= start and end <= m.end)) for m in sentence.mentions):
                continue  # something else, or the unit the linker read already ("HTV-9" of the KB's HTV family)
            name = f"{vehicle.canonical_name}{found.group('joiner')}{found.group('unit')}"
            known = _kb_mission_id(analysis, name) or _kb_mission_id(analysis, found.group(0))
            if known == vehicle.id:
                continue
            ids = (known,) if known else _unit_ids(analysis, name) or (f"pattern:{normalise_name(name)}",)
            sentence.mentions[:] = [m for m in sentence.mentions if not (
                m.label == "MISSION" and m.start < end and start < m.end)]
            _add_mention(analysis, start, end, "MISSION", ids, "alias" if known else VEHICLE_UNIT_VIA,
                         None if known else name)
            done.append((start, end))


_MANIFEST_KEYS = ("heads", "introducers", "openers", "conjunctions", "max_gap", "gap_stoppers", "followers", "counts")
# an item's craft name: capitalised words with their hyphenated parts, a unit number written apart ("Telstar 3D")
_ITEM_NAME = r"[A-Z][\w]*(?:[-/][\w]+)*(?:\s[A-Z][\w]*(?:-[\w]+)*)?(?:\s\d{1,3}[A-Z]?)?"


@lru_cache(maxsize=4)
def _manifest_rules(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, int]:
    """The regexes of a manifest's opening, of its item separators, of an item's name and of what may follow it.

    With them the longest gap in words between the craft noun and the list (manifest_lists_<lang>.json).
    """
    data = _data("manifest_lists", lang, _MANIFEST_KEYS)
    gap = int(data["max_gap"][0])
    stoppers = rf"(?!(?i:{_words(data['gap_stoppers'])})(?![\w-]))"
    opening = re.compile(rf"(?<![\w-])(?:\d{{1,3}}|(?i:{_words(data['counts'])}))\s+(?:[a-zéèêàâîôûç][\w-]*\s+)?"
                         rf"(?i:{_words(data['heads'])})(?![\w-])(?P<gap>(?:{stoppers}[^:.;!?])"
                         rf"{{0,{gap * 12}}}?)"
                         rf"(?::|,?\s+(?i:{_words(data['introducers'])})(?![\w-]))\s*")
    separator = re.compile(rf"\s*[,;]\s*|\s+(?:{_words(data['conjunctions'])})\s+")
    # an opener ("le", "deux"), then one lower-case adjective ("le mexicain"), or an owner's possessive
    item = re.compile(rf"(?:(?i:{_words(data['openers'])})(?:\s+|(?<=['’]))(?:[a-zéèêàâîôûç][\w-]*\s+)?)?"
                      rf"(?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,2}}['’]s?\s+)?(?P<name>{_ITEM_NAME})(?![\w'’-])")
    follower = re.compile(rf"\s*(?:$|[,;.:()]|(?i:{_words(data['followers'])})(?![\w-])|(?<=['’]))")
    return opening, separator, item, follower, gap


def _link_manifest_lists(analysis: Analysis) -> None:
    """Link the craft a launch manifest lists after a plural craft noun and a colon (or "among them").

    "huit nanosatellites : Druk-2, un petit satellite d'imagerie réalisé pour le Bhoutan, Anand, de la jeune pousse
    Pixxel, deux Thybolt de Dhruva Space", "two microsatellites, among them Canon Electronics' CE-SAT-1E": each item
    that opens with a capitalised name is a craft (``MANIFEST_LIST_VIA``); an item in lower case describes the one
    before it. A name the KB or the text reads as something else (an agency, an organisation, a country, a
    nationality adjective, a person) is none.
    """
    kb = analysis.kb
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        opening, separator, item, follower, gap = _manifest_rules(sentence.lang)
        found = opening.search(sentence.text)
        if found is None or len(found.group("gap").split()) > gap:
            continue
        tail = sentence.text[found.end():]
        cuts = [0, *(x for sep in separator.finditer(tail) for x in sep.span()), len(tail)]
        names = [named for first, last in zip(cuts[::2], cuts[1::2], strict=True)
                 if (named := item.match(tail, first, last))]
        if not all(follower.match(tail, named.end("name"), named.endpos) for named in names):
            continue  # "two satellites: Airbus will build the first and Thales the second" is a clause
        begins = [sentence.start + found.end() + named.start("name") for named in names]
        for begin, named in zip(begins, names, strict=True):
            name = named.group("name")
            end = begin + len(name)
            # a person span longer than the name is the NER reading on ("Thybolt de Dhruva Space")
            if any(m.start < end and begin < m.end and m.label != "MISSION" for m in sentence.mentions) or any(
                    m.start <= begin and m.end <= end for m in sentence.persons if m.start < end and begin < m.end):
                continue
            if kb.agency_for_adjective(name, sentence.lang) or kb.agency_for_country(name, sentence.lang) or any(
                    c.label != "MISSION" for c in kb.lookup(name)):
                continue
            known = _kb_mission_id(analysis, name)
            _add_mention(analysis, begin, end, "MISSION", (known or f"pattern:{normalise_name(name)}",),
                         "alias" if known else MANIFEST_LIST_VIA, None if known else name)
