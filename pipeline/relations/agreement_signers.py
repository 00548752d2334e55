"""Signatories of a signing event: ordered strategies, each reading one place of the article.

The trigger's sentence, the next sentence ("The agreement was signed by ..."), a "Signers" /
"Signataires" block, a caption naming who signed, the signers of the sentence before ("the
same three ministers"). Each strategy returns ``(signatories, government countries, reason)``
or None. A person is a signatory only with a real name (no headline words, no honorific) and
gets the agency of his post, or the government he signs for (``agency_id`` null).
"""

from __future__ import annotations

import bisect
import re
from types import SimpleNamespace
from typing import TYPE_CHECKING

from ..analysis import Analysis, CueMention, Mention, Sentence
from ..analysis.document import _sentence_at
from ..records import normalise_name
from ..triggers import load_cue_rules, shipped_rules_path
from ..triggers.rules import normalise_phrase
from .agreement_context import (
    SIGNER_RULES,
    anaphoric,
    at_mission,
    clause_of,
    denied,
    in_bystander_clause,
    linked_by,
    relevant,
    same_signing,
    verb_at,
)
from .common import agencies_of, gap
from .facts import SignatoryFact
from .lexicon import load_rules, phrase_regex
from .officials import OPTIONAL as ROLE_OPTIONAL
from .officials import REQUIRED as ROLE_RULES
from .officials import introduced_persons, role_lexicon

if TYPE_CHECKING:
    from .agreements import SigningEvent, Trigger
    from .facts import AgreementFact


SignatoryResult = tuple[list[SignatoryFact], set[str], str]


_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.?$")


def signer_key(name: str) -> str:
    """A signer's name as one person: normalised, middle initials dropped ("Wendy R. Sherman" is "Wendy Sherman")."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.match(w))]
    return normalise_name(" ".join(kept))


def signatories_in_clause(analysis: Analysis, event: SigningEvent,
                          person_agency: dict[str, str]) -> SignatoryResult | None:
    """People the trigger's sentence has sign: officials, people signing "for" an agency, ministers."""
    found = _signatories(analysis, event.sentence, event.anchor, person_agency)
    if found[0]:
        return (*found, "named in the signing sentence")
    fronted = fronted_signers(analysis, event.sentence, person_agency)
    if fronted is not None:
        return (*fronted, "named after a signing verb that opens the sentence")
    return _pronoun_signer(analysis, event, person_agency) or _first_person_signer(analysis, event, person_agency)


def _first_person_signer(analysis: Analysis, event: SigningEvent,
                         person_agency: dict[str, str]) -> SignatoryResult | None:
    """"I signed the Artemis Accords" in a speech or an interview: the one person the headline names signs.

    ("Remarks by Prof. X, President of the Polish Space Agency (POLSA), at the signing ..."): the pronoun at most two
    words before the verb, in its clause; the headline's person with the agency of his post there.
    """
    sentence, anchor = event.sentence, event.anchor
    if sentence.block.kind != "body":
        return None
    clause_start = clause_of(sentence, anchor.start)[0]
    pronouns = phrase_regex(load_rules("signers", sentence.lang, _RULES)["first_person_pronouns"])
    head = analysis.text[clause_start : anchor.start]
    found = [m for m in pronouns.finditer(head) if m.group(0) != "i"]  # the English pronoun is a capital
    if not found or len(head[found[-1].end() :].split()) > 2:
        return None
    titles = [s for s in analysis.sentences if s.block.kind == "title"]
    people = {}
    for title in titles:
        for person in [*title.persons, *introduced_persons(analysis, title)]:
            name = _clean_name(analysis, title, person, headline=True)
            if name is not None:
                people.setdefault(normalise_name(name), (title, person, name))
    if len(people) != 1:
        return None
    title, person, name = next(iter(people.values()))
    government = government_country(analysis, title, person)
    if government is not None:
        return [SignatoryFact(name, None, government)], {government}, "the headline's speaker signs in the first person"
    agency = person_agency.get(normalise_name(name)) or _adjacent_agency(analysis, title, person)
    return [SignatoryFact(name, agency)], set(), "the headline's speaker signs in the first person"


_RULES = SIGNER_RULES


def _pronoun_signer(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> SignatoryResult | None:
    """A pronoun subject of the signing verb is the first person of the sentence before, in the same block.

    "NASA Administrator X visited Paris on Thursday. He signed an agreement with CNES": the pronoun is at most two
    words before the verb, in its clause.
    """
    sentence, anchor = event.sentence, event.anchor
    clause_start = clause_of(sentence, anchor.start)[0]
    pronouns = phrase_regex(load_rules("signers", sentence.lang, _RULES)["subject_pronouns"])
    head = analysis.text[clause_start : anchor.start]
    found = list(pronouns.finditer(head))
    if not found or len(head[found[-1].end() :].split()) > 2:
        return None
    pronoun_end = clause_start + found[-1].end()
    if any(pronoun_end <= c.start < anchor.start for c in sentence.cues_of("SPEAKER")):
        return None  # "She said the signature showed ...": the pronoun speaks of the signing, it does not sign
    previous = analysis.window(sentence, back=1, same_block=True)
    if not previous:
        return None
    people = sorted([*previous[0].persons, *introduced_persons(analysis, previous[0])], key=lambda p: p.start)
    for person in people:
        name = _clean_name(analysis, previous[0], person)
        if name is None or _is_speaker(analysis, previous[0], person) or _is_present_only(analysis, previous[0],
                                                                                          person):
            continue
        government = government_country(analysis, previous[0], person)
        if government is not None:
            return [SignatoryFact(name, None, government)], {government}, "a pronoun for the person before"
        agency = person_agency.get(normalise_name(name)) or _adjacent_agency(analysis, previous[0], person)
        return [SignatoryFact(name, agency)], set(), "a pronoun for the person before"
    return None


def signatories_in_next_sentence(analysis: Analysis, event: SigningEvent,
                                 person_agency: dict[str, str]) -> SignatoryResult | None:
    """The sentences after the signing that report the same signing with an agent word or a person.

    "... concluded an agreement. The agreement was signed by X and Y." / "X signed for Canada." / "Pour le centre, le
    document porte la signature de son directeur général, X. Côté chinois, c'est Y qui a signé.": up to
    ``_AHEAD`` body sentences after a body signing (the next paragraph too), each reporting the same signing (a
    signing word, no new document) with an agent word after it, a person before it, or a person introduced by a
    ``signature_of`` word right after a signing noun. The walk stops at a sentence naming another document.
    """
    if event.slots.signatories:
        return None
    same_block = event.sentence.block.kind != "body"
    signatories: list[SignatoryFact] = []
    governments: set[str] = set()
    for other in analysis.window(event.sentence, ahead=1 if same_block else _AHEAD, same_block=same_block):
        if other.block.kind != event.sentence.block.kind:
            break
        if any(c.rule.kind for c in other.cues_of("DOCUMENT") if not anaphoric(other, c.start)) or any(
                m.label == "TREATY" for m in other.mentions):
            break  # another document: its signers are its own
        if other.dates and not (other.index == event.sentence.index + 1 and other.block is event.sentence.block):
            break  # "On 16 April, Sweden followed ...": a dated sentence past the next one is another occasion
        found = _signers_reported_again(analysis, other, person_agency)
        if found is None:
            continue
        known = {normalise_name(s.name) for s in signatories}
        signatories += [s for s in found[0] if normalise_name(s.name) not in known]
        governments |= found[1]
    return (signatories, governments, "named as signing in the sentences after") if signatories else None


_AHEAD = 3  # sentences


def _signers_reported_again(analysis: Analysis, other: Sentence,
                            person_agency: dict[str, str]) -> tuple[list[SignatoryFact], set[str]] | None:
    """The signers a sentence restating the signing names, or None when it names none in an agent position."""
    signs = [c for c in other.cues_of("SIGN") if not denied(other, c.start, c.end)]
    if not signs:
        return None
    fronted = fronted_signers(analysis, other, person_agency)
    if fronted is not None:
        return fronted
    people = [*other.persons, *introduced_persons(analysis, other)]
    passive = any(c.start >= signs[0].end for c in other.cues_of("AGENT_LINK"))  # "was signed by X and Y"
    # "CSA President X signed for Canada", "c'est Y qui a signé"; never before a signing noun ("X attended the
    # signing", "X a participé à la cérémonie de signature": a witness)
    active = verb_at(other, signs[0].start, signs[0].end) and any(p.end <= signs[0].start for p in people)
    of = phrase_regex(load_rules("signers", other.lang, _RULES)["signature_of"])
    # "porte la signature de son directeur général, X": the signing noun's complement names the signer
    genitive = any(of.match(analysis.text[c.end :].lstrip()) and any(0 <= p.start - c.end <= 60 for p in people)
                   for c in signs)
    if not passive and not active and not genitive:
        return None
    from .agreements import Trigger

    sign = next((c for c in signs if genitive and of.match(analysis.text[c.end :].lstrip())), signs[0])
    anchor = Trigger(sign.start, sign.end, None, True, sign.text)
    found = _signatories(analysis, other, anchor, person_agency)
    return found if found[0] else None


_ARTICLES = {"the", "la", "le", "les", "l", "l'", "l’"}


def fronted_signers(analysis: Analysis, sentence: Sentence,
                    person_agency: dict[str, str]) -> tuple[list[SignatoryFact], set[str]] | None:
    """The people after a signing verb that opens its sentence, its subject put after it.

    "Putting their names to the memorandum were X, ESA's Director of ..., and Y, ...", "Signing for NASA was X";
    "Pour la Belgique ont signé, lors d'une cérémonie ..., la ministre ..., X, et le secrétaire d'État ..., Y": before
    the verb only a side ("Pour la Belgique") and the rules' ``fronted_openers`` (French auxiliaries); between the verb
    and the first name a ``fronted_links`` word where the language needs one ("were"). Bystanders after the names
    ("with Y looking on") stay out. None when the sentence does not open so.
    """
    from .agreements import Trigger

    rules = load_rules("signers", sentence.lang, _RULES)
    openers = phrase_regex(rules["fronted_openers"])
    links = phrase_regex(rules["fronted_links"])
    people = sorted([*sentence.persons, *introduced_persons(analysis, sentence)], key=lambda p: p.start)
    for cue in sentence.cues_of("SIGN"):
        if denied(sentence, cue.start, cue.end) or not _opens_sentence(analysis, sentence, cue.start, openers):
            continue
        after = [p for p in people if p.start >= cue.end]
        if not after:
            return None
        if rules["fronted_links"] and not _linked_to_name(analysis.text[cue.end : after[0].start], links):
            return None
        onlookers = {(p.start, p.end) for p in _onlookers(analysis, sentence)}
        kept = [p for p in after if (p.start, p.end) not in onlookers and not in_bystander_clause(sentence, p)]
        found = _signatories(analysis, sentence, Trigger(cue.start, cue.end, None, True, cue.text), person_agency,
                             kept)
        return found if found[0] else None
    return None


_LINK_TO_NAME = 8  # words: a post between the link word and the first name ("were ESA's Director General X")


def _linked_to_name(between: str, links: re.Pattern) -> bool:
    """True when the last link word before the first name leads to it: no comma, at most a post between.

    "... were ESA's Director General X" -> True; "Signing the agreement was a milestone, said X" -> False.
    """
    found = list(links.finditer(between))
    if not found:
        return False
    rest = between[found[-1].end() :]
    return "," not in rest and len(rest.split()) <= _LINK_TO_NAME


def _opens_sentence(analysis: Analysis, sentence: Sentence, position: int, openers: re.Pattern) -> bool:
    """True when only a side ("Pour la Belgique", "For ESA,") and opener words stand before ``position``.

    French needs an opener (the auxiliary of the inverted verb: "ont signé"); a language without openers needs
    nothing before the verb ("Signing the agreement were ...").
    """
    head = analysis.text[sentence.start : position]
    sides = [(m.start, m.end) for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")]
    for start, end in sorted([*sides, *((c.start, c.end) for c in sentence.cues_of("SIGNER_LINK"))], reverse=True):
        if end <= position:
            head = head[: start - sentence.start] + " " + head[end - sentence.start :]
    opened = openers.search(head)
    if opened:
        head = head[: opened.start()] + " " + head[opened.end() :]
    words = [w for w in re.findall(r"[\w’']+", head.lower()) if w not in _ARTICLES]
    if words:
        return False
    return bool(opened) or not load_rules("signers", sentence.lang, _RULES)["fronted_openers"]


_TITLE_BEFORE = 100  # characters from an unnamed post to the signing word after it
_NAME_AFTER_POST = 60  # characters from a post to the name it introduces
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÀ-Ý][\w’'-]*(?<!['’]s)\b(?![ \t]+(?:of|de|du|des|for|pour)\b)")


def signatories_by_title(analysis: Analysis, event: SigningEvent,
                         person_agency: dict[str, str]) -> SignatoryResult | None:
    """A post that signs without a name is the one person the article names with that post.

    "the country's Minister of Science ... signed the Artemis Accords" + "The minister, Daniel Filmus, said ...";
    "signé par le président du CNES" + "Le président du CNES, X, ...": a post (a government role or an agency role)
    before the signing word or right after its agent word, in the signing sentence or the next one reporting the
    same signing, with no name next to it; the article names exactly one person with the same post elsewhere (any
    sentence, a caption too).
    """
    if event.slots.signatories:
        return None
    from .agreements import Trigger

    sentence = event.sentence
    posts = [(sentence, key) for key in _unnamed_posts(analysis, sentence, event.anchor)]
    # "... ont signé un accord. Le texte a été signé par le président du CNES.": the next sentence of the same signing
    following = analysis.window(sentence, ahead=1, same_block=True)
    if following and same_signing(following[0]):
        cue = following[0].cues_of("SIGN", "ACCORDS_JOIN")[0]
        anchor = Trigger(cue.start, cue.end, None, True, cue.text)
        posts += [(following[0], key) for key in _unnamed_posts(analysis, following[0], anchor)]
    found: list[SignatoryFact] = []
    governments: set[str] = set()
    for where, key in posts:
        holders = _holders_of_post(analysis, where, key)
        if len({normalise_name(name) for _, _, name in holders}) != 1:
            continue
        other, person, name = holders[0]
        government = government_country(analysis, other, person)
        if government is not None:
            governments.add(government)
            found.append(SignatoryFact(name, None, government))
        else:
            found.append(SignatoryFact(name, person_agency.get(normalise_name(name))
                                       or _adjacent_agency(analysis, other, person)))
    return (found, governments, "a post that signs, named elsewhere in the article") if found else None


def _post_key(analysis: Analysis, sentence: Sentence, start: int, end: int, government: bool) -> tuple[str, str]:
    """What two mentions of one post share: a government role as written, an agency role's English label.

    ("Minister" and "minister" are one post, "Deputy Minister" another.)
    """
    text = " ".join(analysis.text[start:end].lower().replace("’", "'").split())
    if government:
        return "government", text
    return "agency", role_lexicon(sentence.lang).get(text, text)


def _posts_of(analysis: Analysis, sentence: Sentence) -> list[tuple[int, int, tuple[str, str]]]:
    """Every post the sentence names: government roles and agency roles, with their keys."""
    posts = [(c.start, c.end, _post_key(analysis, sentence, c.start, c.end, True))
             for c in sentence.cues_of("GOVERNMENT_ROLE")]
    taken = [(a, b) for a, b, _ in posts]
    for match in _role_words(sentence.lang).finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(a < end and start < b for a, b in taken):
            posts.append((start, end, _post_key(analysis, sentence, start, end, False)))
    return sorted(posts)


def _unnamed_posts(analysis: Analysis, sentence: Sentence, anchor: Trigger) -> list[tuple[str, str]]:
    """Keys of the posts that sign in the sentence without a name next to them."""
    keys: list[tuple[str, str]] = []
    for _, _, key in _unnamed_post_spans(analysis, sentence, anchor):
        if key not in keys:
            keys.append(key)
    return keys


def _unnamed_post_spans(analysis: Analysis, sentence: Sentence,
                        anchor: Trigger) -> list[tuple[int, int, tuple[str, str]]]:
    """The posts that sign in the sentence without a name next to them, with their keys.

    A post before the signing word (no bystander word between) or right after its agent word ("by the Minister").
    """
    # (a span the NER took for a name that is none, "Minister of Foreign Affairs", leaves the post unnamed)
    people = [p for p in [*sentence.persons, *introduced_persons(analysis, sentence)]
              if _clean_name(analysis, sentence, p) is not None]
    agents = [c for c in sentence.cues_of("AGENT_LINK") if anchor.end <= c.start <= anchor.end + _AGENT_REACH]
    bystanders = sentence.cues_of("BYSTANDER")
    keys = []
    for start, end, key in _posts_of(analysis, sentence):
        # ("ADMINISTRATOR NELSON: This morning Panama signed": a speaker's header is no post of the signing)
        before = end <= anchor.start and anchor.start - end <= _TITLE_BEFORE and not any(
            end <= b.start < anchor.start for b in bystanders) and ":" not in analysis.text[end : anchor.start]
        after = any(c.end <= start and len(analysis.text[c.end : start].split()) <= _POST_OPENING for c in agents)
        # a name right after the post, even one the NER missed ("Administrator Nelson", "ADMINISTRATOR NELSON")
        named = any(0 <= p.start - end <= _NAME_AFTER_POST or 0 <= start - p.end <= 3 for p in people) or bool(
            _CAPITALISED_NEXT.match(analysis.text, end))
        if (before or after) and not named:
            keys.append((start, end, key))
    return keys


def _holders_of_post(analysis: Analysis, sentence: Sentence,
                     key: tuple[str, str]) -> list[tuple[Sentence, Mention, str]]:
    """The people other sentences name right after the post of ``key`` ("The minister, Daniel Filmus")."""
    holders = []
    for other in analysis.sentences:
        if other is sentence or other.block.kind == "credit":
            continue
        posts = [(a, b) for a, b, k in _posts_of(analysis, other) if k == key]
        if not posts:
            continue
        for person in [*other.persons, *introduced_persons(analysis, other)]:
            if any(b <= person.start and person.start - b <= _NAME_AFTER_POST
                   and _own_title(analysis, other, b, person.start) for _, b in posts):
                name = _clean_name(analysis, other, person)
                if name is not None:
                    holders.append((other, person, name))
    return holders


def signatories_in_signers_block(analysis: Analysis, event: SigningEvent,
                                 person_agency: dict[str, str]) -> SignatoryResult | None:
    """A "Signers" / "Signataires" heading followed by one "Name, Role of AGENCY" line per signer.

    For a signing whose other strategies found signers already, the block completes them only when it lists one of
    them (the sentence named one signer, the block both). A line naming a country signs for none of the signings
    whose sentence names other countries only.
    """
    if _headline_of_reported_signing(analysis, event):
        return None
    found: list[SignatoryFact] = []
    countries = {i for m in event.sentence.mentions if m.label == "COUNTRY" for i in m.ids}
    for sentence, start in analysis.memo("signers.list_starts", lambda: _signers_list_starts(analysis)):
        block = sentence.block
        offset = start
        for text in re.split(r"[\n;]", analysis.text[start : block.end]):
            line = (offset, offset + len(text))
            offset += len(text) + 1
            holder = _sentence_at(analysis.sentences, line[0]) or sentence
            side = _line_side(analysis, holder, *line)
            if side is not None and not side[1]:
                continue  # "For more information: ...": a contact, not a side
            own = {i for m in holder.mentions if m.label == "COUNTRY" and line[0] <= m.start < line[1] for i in m.ids}
            if countries and own and not own & countries:
                continue  # "X, Minister ..., for the Government of Norway" is no signer of "Finland signed in January"
            people = [p for p in holder.persons if line[0] <= p.start < line[1] and _clean_name(analysis, holder, p)]
            for person in people or _line_name(analysis, holder, *line):
                name = _clean_name(analysis, holder, person) or person.text
                agency = (_adjacent_agency(analysis, holder, person) or person_agency.get(normalise_name(name))
                          or _line_agency(analysis, holder, *line))
                # "- X, ministre des Relations extérieures du Pérou": the minister signs for the line's government
                government = government_country(analysis, holder, person) if agency is None and len(own) == 1 else None
                found.append(SignatoryFact(name, agency, government if f"country:{government}" in own else None))
    known = {normalise_name(s.name) for s in event.slots.signatories}
    if known and not known & {normalise_name(s.name) for s in found}:
        return None  # the block lists another signing's signers
    return (found, set(), "listed under a signers heading") if found else None


def _signers_list_starts(analysis: Analysis) -> list[tuple[Sentence, int]]:
    """Every sentence outside credits that opens a signers list, with where the list starts (once per document)."""
    found = []
    for sentence in analysis.sentences:
        start = None if sentence.block.kind == "credit" else _signers_list_start(analysis, sentence)
        if start is not None:
            found.append((sentence, start))
    return found


def _headline_of_reported_signing(analysis: Analysis, event: SigningEvent) -> bool:
    """A headline's signing that the body reports again.

    The article's Signers block and caption belong to the body's event, which holds the date and the full parties,
    not to the headline's restatement.
    """
    if event.sentence.block.kind != "title":
        return False
    named = {i for m in event.sentence.mentions if m.label in ("AGENCY", "COUNTRY") for i in m.ids}
    return any(named & sides for sides in analysis.memo("signers.body_signing_sides", lambda: _body_signing_sides(
        analysis)))


def _body_signing_sides(analysis: Analysis) -> list[set[str]]:
    """The agencies and countries of each body sentence that reports a signing (once per document)."""
    from .agreements import signing_event

    return [sides for s in analysis.sentences if s.block.kind == "body" and s.cues_of("SIGN", "ACCORDS_JOIN")
            and (sides := {i for m in s.mentions if m.label in ("AGENCY", "COUNTRY") for i in m.ids})
            and signing_event(analysis, s)]


def _line_agency(analysis: Analysis, holder: Sentence, start: int, end: int) -> str | None:
    """The one agency a signers line names, wherever it stands on the line (None for none or several).

    "Daniel Neuenschwander, Director of Human and Robotic Exploration, European Space Agency".
    """
    ids = {i for m in holder.mentions if start <= m.start < end and m.label == "AGENCY"
           for i in agencies_of(analysis, m)}
    return ids.pop() if len(ids) == 1 else None


_LINE_SIDE_LENGTH = 100  # characters: "Pour le gouvernement de la République de X :" before a signer's name
_LINE_NAME = re.compile(r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3})\s*,")


def _line_side(analysis: Analysis, holder: Sentence, start: int, end: int) -> tuple[int, bool] | None:
    """A signers line opening with the side it signs for before a colon: where the name starts, is the side named.

    The side is named when it holds an agency, a country or a government word.
    ("Pour le gouvernement de la République de X : Name, ministre", "For JAXA: Name, President" -> True; "For more
    information: Name, press office" -> False, no signer.) None when the line does not open so.
    """
    line = analysis.text[start:end]
    side = phrase_regex(load_rules("signers", holder.lang, _RULES)["line_sides"]).match(line.lstrip(" -–•*"))
    colon = line.find(":")
    if side is None or not 0 < colon <= _LINE_SIDE_LENGTH or "," in line[:colon]:
        return None
    named = any(start <= m.start < start + colon and m.label in ("AGENCY", "COUNTRY") for m in holder.mentions) or any(
        start <= c.start < start + colon for c in holder.cues_of("GOVERNMENT_MARKER"))
    return start + colon + 1, named


_BULLETS = " \t-–—•*·"  # what opens a line of a list before its text


def _line_name(analysis: Analysis, holder: Sentence, start: int, end: int) -> list[Mention]:
    """A signers line the NER missed: "Dr. Bruna Costa, présidente de l'AEB" -> the name before the comma."""
    for cue in holder.cues_of("HONORIFIC"):
        if start <= cue.start and not analysis.text[start : cue.start].strip(_BULLETS):
            start = cue.end
    side = _line_side(analysis, holder, start, end)
    if side is not None:
        start = side[0]
    while start < end and analysis.text[start] in _BULLETS + ".":
        start += 1  # (a list's bullet: "- Jarrod Powell, directeur général ...")
    found = _LINE_NAME.match(analysis.text, start, end)
    if found is None:
        return []
    name = found.group("name")
    return [Mention(found.start("name"), found.end("name"), name, "PERSON", (name,), "signers line", holder.lang,
                    holder.block, holder.index)]


def _signers_list_start(analysis: Analysis, sentence: Sentence) -> int | None:
    """Where a signers list starts.

    The block of a "Signers" heading line, or the text after an inline "Signataires :" / "Signed by:" (one signer
    per line or per semicolon); None without one.
    """
    for cue in sentence.cues_of("SIGNERS_HEADING"):
        if cue.start == sentence.block.start:
            return sentence.block.start
        colon = re.match(r"\s*:", analysis.text[cue.end : sentence.block.end])
        if colon:
            return cue.end + colon.end()
        # "Signing for JAXA: Hiroshi Yamakawa, President": the agency before the colon is the line's
        named = next((m for m in sentence.mentions if m.label == "AGENCY" and m.start >= cue.end), None)
        if named is not None and not analysis.text[cue.end : named.start].strip(" ") and re.match(
                r"\s*:", analysis.text[named.end : sentence.block.end]):
            return cue.start
    return None


def signatories_in_caption(analysis: Analysis, event: SigningEvent,
                           person_agency: dict[str, str]) -> SignatoryResult | None:
    """A caption showing people signing: "X (left) and Y (right) after signing", "X et Y signent l'accord".

    The people before the caption's signing verb, with no verb of their own between ("Y looks on as X signs": X
    only), none in a bystander clause ("Sous le regard de Y, X signe"). A caption "X and Y at the signing" / "après
    la signature" shows who was there, not who signed: no signing verb, no signer.
    """
    if event.slots.signatories or _headline_of_reported_signing(analysis, event):
        return None
    found: list[SignatoryFact] = []
    # "NASA Administrator Bill Nelson presided over the ceremony": whom the body shows looking on, a caption does not
    # make a signer
    onlookers = analysis.memo("signers.body_onlookers", lambda: {
        normalise_name(p.ids[0]) for s in analysis.sentences if s.block.kind == "body"
        for p in _onlookers(analysis, s)})
    own = None
    for sentence in analysis.sentences:
        cues = sentence.cues_of("SIGNING_CAPTION") if sentence.block.kind == "caption" else []
        if not cues:
            continue
        own = _article_signing(analysis, event) if own is None else own
        if not own and not _names_a_side(sentence, event.sentence):
            continue  # "Daniel Filmus signs the Artemis Accords": the article's signing, not Ecuador's it recalls
        treaties = {m.ids[0] for m in sentence.mentions if m.label == "TREATY"}
        if treaties and not treaties & {t.ids[0] for t in [*event.treaties, *event.slots.treaties]}:
            continue  # a caption showing the Accords signed gives no signer to a contract the article mentions
        people = sorted([*sentence.persons, *introduced_persons(analysis, sentence)], key=lambda p: p.start)
        for person in _caption_signers(analysis, sentence, cues[0], people):
            name = _clean_name(analysis, sentence, person)
            if name is not None and normalise_name(name) not in onlookers:
                agency = person_agency.get(normalise_name(name)) or _adjacent_agency(analysis, sentence, person)
                found.append(SignatoryFact(name, agency))
    governments = _caption_signer_post(analysis, event, found)
    return (found, governments, "named in a signing caption") if found else None


def _caption_signer_post(analysis: Analysis, event: SigningEvent, found: list[SignatoryFact]) -> set[str]:
    """The one caption signer without a side holds the one post the body has sign without a name.

    "The document was signed for Germany by the head of the German Space Agency at DLR." + caption "Walther Pelzer
    signs the Artemis Accords ...": Pelzer signs for DLR; "signed by the Minister of High-Tech Industry" + a caption
    naming the minister: his government. Returns the government codes it gave.
    """
    unplaced = [s for s in found if s.agency_id is None and s.government_country is None]
    if len(unplaced) != 1:
        return set()
    from .agreements import Trigger

    sentence = event.sentence
    posts = [(sentence, p) for p in _unnamed_post_spans(analysis, sentence, event.anchor)]
    # the next sentence, in the next paragraph too, when it reports the same signing
    following = analysis.window(sentence, ahead=1)
    if following and following[0].block.kind == sentence.block.kind and same_signing(following[0]):
        cue = following[0].cues_of("SIGN", "ACCORDS_JOIN")[0]
        anchor = Trigger(cue.start, cue.end, None, True, cue.text)
        posts += [(following[0], p) for p in _unnamed_post_spans(analysis, following[0], anchor)]
    if len(posts) != 1:
        return set()
    where, (start, end, key) = posts[0]
    if key[0] == "agency":
        agency = _post_agency(analysis, where, start, end)
        if agency is not None and agency not in {s.agency_id for s in found}:
            unplaced[0].agency_id = agency
        return set()
    codes = {m.ids[0].split(":", 1)[1] for m in where.mentions
             if m.label == "COUNTRY" and not at_mission(analysis, where, m) and not in_bystander_clause(where, m)}
    role = next((c for c in where.cues_of("GOVERNMENT_ROLE") if c.start == start), None)
    if role is not None and role.rule.country:
        codes = {role.rule.country}
    if len(codes) != 1:
        return set()
    unplaced[0].government_country = codes.pop()
    return {unplaced[0].government_country}


def unnamed_post_governments(analysis: Analysis, event: SigningEvent) -> set[str]:
    """Countries of the government posts that sign the event's sentence with no name beside them.

    "the Director General of ESA and the Hungarian Minister of Foreign Affairs signed a cooperation agreement": the
    Hungarian government signs (the post's country adjective, or the one country a post like "Secretary of State"
    belongs to), whoever holds the post.
    """
    sentence = event.sentence
    found: set[str] = set()
    for start, end, key in _unnamed_post_spans(analysis, sentence, event.anchor):
        if key[0] != "government" or in_bystander_clause(sentence, SimpleNamespace(start=start, end=end)):
            continue  # ("during a visit by the French foreign minister": a guest, not a side)
        role = next((c for c in sentence.cues_of("GOVERNMENT_ROLE") if c.start == start), None)
        if role is not None and role.rule.country:
            found.add(role.rule.country)
            continue
        # the adjective right before the post or in its words ("the Hungarian Minister", "le ministre hongrois")
        window = analysis.text[max(sentence.start, start - _ADJECTIVE_BEFORE) : min(sentence.end,
                                                                                  end + _ADJECTIVE_AFTER)]
        codes = {c for w in re.findall(r"[\w’'-]+", window)
                 if (c := analysis.kb.country_for_adjective(w, sentence.lang)) is not None}
        if len(codes) == 1:
            found |= codes
    return found


_ADJECTIVE_BEFORE = 15  # characters: "the Hungarian Minister"
_ADJECTIVE_AFTER = 20  # characters: "le ministre hongrois de ..."
_POST_AGENCY_REACH = 40  # characters between a post and the agency named after it


def _post_agency(analysis: Analysis, sentence: Sentence, start: int, end: int) -> str | None:
    """The agency a post names, or None.

    Right before it ("NASA Administrator", "ESA's Director General") or after it with link words only ("head of
    the German Space Agency at DLR", "président de l'agence spatiale chinoise").
    """
    for mention in sentence.agencies():
        if len(mention.ids) != 1:
            continue
        if mention.end <= start and not re.sub(r"['’]s", "", analysis.text[mention.end : start]).strip():
            return mention.ids[0]
        if end <= mention.start <= end + _POST_AGENCY_REACH:
            words = re.findall(r"[\w']+|[(),]", analysis.text[end : mention.start].lower().replace("’", "'")
                               .replace("l'", "l' ").replace("d'", "d' "))
            if all(w in _LINK_WORDS for w in words):
                return mention.ids[0]
    return None


def _article_signing(analysis: Analysis, event: SigningEvent) -> bool:
    """True when the event is the article's own signing: the headline's, or the body's first that is no recall."""
    if event.sentence.block.kind == "title":
        return True
    index = event.sentence.index
    if not (0 <= index < len(analysis.sentences) and analysis.sentences[index] is event.sentence):
        return False
    first = analysis.memo("signers.first_own_signing", lambda: _first_own_signing(analysis))
    return first is None or index <= first


def _first_own_signing(analysis: Analysis) -> int | None:
    """The index of the body's first sentence reporting a signing that is no recall (once per document)."""
    from .agreements import signing_event

    for sentence in analysis.sentences:
        if sentence.block.kind != "body":
            continue
        other = signing_event(analysis, sentence)
        if other is not None and not other.recalled and not sentence.cues_of("BACKGROUND"):
            return sentence.index
    return None


def _names_a_side(caption: Sentence, sentence: Sentence) -> bool:
    """True when the caption names an agency or a country the signing sentence names."""
    sides = {i for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY") for i in m.ids}
    return any(i in sides for m in caption.mentions if m.label in ("AGENCY", "COUNTRY") for i in m.ids)


_COORDINATED_NAME = r"\s*(?:,\s*)?(?:and|et)\s+(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3})"


def _coordinated_name(lang: str) -> re.Pattern:
    """A second name after "and"/"et", each maybe after a position marker ("(left)", "(à droite)"), to the end."""
    markers = "|".join(re.escape(m) for m in load_rules("signers", lang, _RULES)["position_markers"])
    marker = rf"(?:\s*\((?:{markers})\))?"
    return re.compile(marker + _COORDINATED_NAME + marker + r"\s*$")


def _opening_name(lang: str) -> re.Pattern:
    """A name of two to four capitalised words, maybe with a position marker, that is all before a caption's verb."""
    markers = "|".join(re.escape(m) for m in load_rules("signers", lang, _RULES)["position_markers"])
    return re.compile(r"\s*(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3})"
                      rf"(?:\s*\((?:{markers})\))?[\s,]*$")


def _caption_signers(analysis: Analysis, sentence: Sentence, cue: CueMention, people: list[Mention]) -> list[Mention]:
    """The people a caption shows signing: before its signing verb, or after it when the verb opens the caption.

    A name the NER missed right after "and"/"et" that follows a person, just before the verb, is the second signer
    ("Mohammed Al-Qahtani et Yoon Sang-ho signent le protocole").
    """
    before = [p for p in people if p.end <= cue.start]
    if not before:
        # a name the NER missed opening the caption, right before its signing verb ("Walther Pelzer signs the
        # Artemis Accords as NASA Administrator Bill Nelson looks on": the NER read only Nelson)
        opening = _opening_name(sentence.lang).match(analysis.text, sentence.start, cue.start)
        if opening is not None and not any(m.start < opening.end("name") and opening.start("name") < m.end
                                           for m in sentence.mentions):
            name = opening.group("name")
            before.append(Mention(opening.start("name"), opening.end("name"), name, "PERSON", (name,),
                                  "opening a caption", sentence.lang, sentence.block, sentence.index))
    if before:
        last = max(before, key=lambda p: p.end)
        found = _coordinated_name(sentence.lang).match(analysis.text[last.end : cue.start])
        if found is not None:
            start, end = last.end + found.start("name"), last.end + found.end("name")
            before.append(Mention(start, end, found.group("name"), "PERSON", (found.group("name"),),
                                  "coordinated in a caption", sentence.lang, sentence.block, sentence.index))
    if not before and not sentence.text[: cue.start - sentence.start].strip(" ()-–:"):
        return [p for p in people if p.start >= cue.end and not in_bystander_clause(sentence, p)]
    return [p for p in before if not _verb_between(sentence, p.end, cue.start) and not in_bystander_clause(
        sentence, p, cue.start) and not _is_present_only(analysis, sentence, p)]


def _onlookers(analysis: Analysis, sentence: Sentence) -> list[Mention]:
    """The people a presence word shows looking on, with those listed before them as its subject.

    "La ministre ..., X, et l'ambassadeur ..., Y, assistaient à la signature": Y by the presence word after the name,
    X as the list's first item (no verb between X and Y).
    """
    people = sorted(sentence.persons, key=lambda p: p.start)
    watching = [p for p in people if _is_present_only(analysis, sentence, p)]
    found = list(watching)
    breaks = phrase_regex(load_rules("signers", sentence.lang, _RULES)["list_breaks"])
    signs = sentence.cues_of("SIGN", "ACCORDS_JOIN")
    for person in watching:
        # back along the list while only names, posts and "and" stand between ("signed by A and B, with C present":
        # "with" ends C's list)
        current = person
        for q in reversed([q for q in people if q.end <= person.start]):
            gap = analysis.text[q.end : current.start]
            if _verb_between(sentence, q.end, current.start) or breaks.search(gap) or any(
                    q.end <= c.start < current.start for c in signs):
                break
            if q not in found:
                found.append(q)
            current = q
    return found


def _signatories(analysis: Analysis, sentence: Sentence, anchor: Trigger, person_agency: dict[str, str],
                 signers: list[Mention] | None = None) -> tuple[list[SignatoryFact], set[str]]:
    """The signatories among the sentence's people (or among ``signers``, people a strategy found signing)."""
    signatories: list[SignatoryFact] = []
    governments: set[str] = set()
    people = sorted([*sentence.persons, *introduced_persons(analysis, sentence)], key=lambda p: p.start)
    # "with X and Y in attendance": the list before a name a presence word follows looks on with it
    onlookers = {(p.start, p.end) for p in _onlookers(analysis, sentence)}
    # a name an agent word introduces signs however far from the signing word ("paraphé par X, ..., et par Y")
    agents = {(p.start, p.end) for p in _agents_after_link(analysis, sentence, anchor, people)}
    for person in _signing_people(analysis, sentence, anchor, people) if signers is None else signers:
        name = _clean_name(analysis, sentence, person)
        if name is None or _is_speaker(analysis, sentence, person) or _is_present_only(analysis, sentence, person) or (
                _is_place_name(analysis, sentence, person)) or (person.start, person.end) in onlookers or (
                _in_meeting(analysis, sentence, anchor, person)):
            continue
        # an agency head signs for the agency, even "for the United States" (contract convention)
        agency = _adjacent_agency(analysis, sentence, person)
        following = [m for m in sentence.mentions if m.start >= person.end and m.label in ("AGENCY", "COUNTRY")]
        side = _signs_for(analysis, sentence, person, following[0]) if following else None
        if agency is None and following and (side or linked_by(analysis, sentence, "SIGNER_LINK", person.end,
                                                               following[0].start)):
            # "Zhang Kejian for CNSA", "Dimitri Rogozin pour Roscosmos", "X signed for Switzerland"
            ids = agencies_of(analysis, following[0], countries_as="party")
            agency = ids[0] if ids else None
        # "X a signé pour la Suisse, et le ministre suédois Y a signé pour la Suède": the side a person's own
        # signing verb names wins over a country read near his post
        government = agency.split(":", 1)[1] if side and agency and agency.startswith("country:") else (
            government_country(analysis, sentence, person))
        if government is None and agency and agency.startswith("country:"):
            government = agency.split(":", 1)[1]
        if government is None and agency is None:
            government = introduced_government(analysis, sentence, person)
        if government is not None and signs_for_agency(analysis, sentence, government):
            signatories.append(SignatoryFact(name, None, proxy=True))  # signs for the agency: no government side
            continue
        if government is not None:
            governments.add(government)
            signatories.append(SignatoryFact(name, None, government))
            continue
        agency = agency or person_agency.get(normalise_name(name)) or person_agency.get(
            normalise_name(person.ids[0])) or _adjacent_agency(analysis, sentence, person)
        if agency is None and signers is None and abs(person.start - anchor.start) >= 120 and (
                (person.start, person.end) not in agents):
            continue
        signatories.append(SignatoryFact(name, agency))
    return signatories, governments


def _signs_for(analysis: Analysis, sentence: Sentence, person: Mention, mention: Mention) -> bool:
    """The person's own signing verb followed by a ``SIGNER_LINK`` word and the mention.

    "X signed for Switzerland", "X a signé pour la Suède": the verb maybe after an auxiliary (rules
    ``auxiliaries``).
    """
    auxiliaries = phrase_regex(load_rules("signers", sentence.lang, _RULES)["auxiliaries"])
    for cue in sentence.cues_of("SIGN"):
        if not person.end <= cue.start < mention.start:
            continue
        between = auxiliaries.sub(" ", analysis.text[person.end : cue.start])
        return not between.strip(" ,") and linked_by(analysis, sentence, "SIGNER_LINK", cue.end, mention.start)
    return False


def _signing_people(analysis: Analysis, sentence: Sentence, anchor: Trigger, people: list[Mention]) -> list[Mention]:
    """The people who take part in the signing.

    Those the parse attaches to the trigger, and those of a second signing verb of the sentence that restates the
    same signing ("ESA and Roscosmos signed it in 2013, when X and Y put their names to the text"; "was signed on 16
    December, with X signing for Ottawa").
    """
    from .agreements import Trigger

    kept = [p for p in relevant(analysis, sentence, anchor, people, strict=True)
            if _tied_to_signing(sentence, anchor, p)]
    for cue in _restating_signs(sentence, anchor):
        restated = Trigger(cue.start, cue.end, None, True, cue.text)
        found = [p for p in relevant(analysis, sentence, restated, people, strict=True)
                 if _tied_to_signing(sentence, restated, p)] or _opened_by_link(analysis, sentence, anchor, cue, people)
        kept += [p for p in found if p not in kept]
    kept += [p for p in _agents_after_link(analysis, sentence, anchor, people) if p not in kept]
    kept += [p for p in _names_before_verb(analysis, sentence, anchor, people) if p not in kept]
    return sorted(kept, key=lambda p: p.start)


_LIST_LINK = re.compile(r"^\s*(?:,\s*)?(?:(?:and|et)\s+)?$", re.IGNORECASE)


def _names_before_verb(analysis: Analysis, sentence: Sentence, anchor: Trigger, people: list[Mention]) -> list[Mention]:
    """The list of names that stands right before the signing verb, whatever the parse says.

    "ce jour-là, leurs dirigeants, Zhang Kejian et Dmitri Rogozine, avaient signé un mémorandum"; "their heads, X and
    Y, had signed": only a comma and the rules' ``auxiliaries`` between the last name and the verb, the names joined
    by commas and "and"/"et" alone. A long sentence's parse often hangs such a subject on the clause before; the
    words themselves say who signs. (Bystanders stay out: "with X present, Y signed" stops at "present".)
    """
    auxiliaries = phrase_regex(load_rules("signers", sentence.lang, _RULES)["auxiliaries"])
    for cue in sentence.cues_of("SIGN"):
        between_anchor = analysis.text[cue.end : anchor.start]
        if not (cue.start == anchor.start or (cue.end <= anchor.start and not re.search(r"[,;:.]", between_anchor))):
            continue
        if denied(sentence, cue.start, cue.end) or not verb_at(sentence, cue.start, cue.end):
            continue
        before = [p for p in people if p.end <= cue.start]
        if not before or auxiliaries.sub(" ", analysis.text[before[-1].end : cue.start]).strip(" ,"):
            continue
        found = [before[-1]]
        for person in reversed(before[:-1]):
            if not _LIST_LINK.match(analysis.text[person.end : found[0].start]):
                break
            found.insert(0, person)
        return found if not _own_subject(sentence, cue, found) else []
    return []


def _own_subject(sentence: Sentence, cue: CueMention, names: list[Mention]) -> bool:
    """True when the parse gives the signing verb a subject outside ``names`` (then the parse is trusted).

    A subject the parse takes across a colon or a semicolon is no subject ("Les deux agences l'avaient lancé : le 9
    mars, leurs dirigeants, X et Y, avaient signé").
    """
    doc = sentence.span.doc
    if not doc.has_annotation("DEP"):
        return False
    base = sentence.block.start
    verb = doc.char_span(cue.start - base, cue.end - base, alignment_mode="expand")
    if verb is None:
        return False
    return any(c.dep_ in _SUBJECTS and not any(n.start <= base + c.idx < n.end for n in names)
               and not re.search(r"[:;]", _text_between(sentence, base + c.idx, cue.start)) for c in verb.root.children)


def _text_between(sentence: Sentence, start: int, end: int) -> str:
    """The sentence's text between two document offsets."""
    return sentence.text[max(0, start - sentence.start) : max(0, end - sentence.start)]


# the dependencies that pass a subject down to a verb without one of its own ("X agreed to sign", "X flew to Riyadh to
# sign", "X arrived and signed", "X, who travelled to sign"): anything else between another predicate and the signing
# word gives that predicate's subject no part in it ("X attended the ceremony at which the agencies signed")
_CONTROL = {"xcomp", "advcl", "conj", "relcl", "acl", "acl:relcl", "pcomp", "prep", "appos"}
_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass", "csubjpass"}


def _tied_to_signing(sentence: Sentence, anchor: Trigger, person: Mention) -> bool:
    """True when the parse makes the person the one who signs, not the subject of another predicate about it.

    The person hangs under the signing word (its subject, its agent "by X"), or under the predicate a signing verb
    without a subject of its own depends on ("X agreed to sign", "X, who flew to Riyadh to sign"), or is the subject
    of a verb of the rules' ``signing_noun_verbs`` whose object is a signing noun ("X et Y ont procédé à la
    signature"). Not: "X oversaw the signing", "X hailed the memorandum the agencies signed", "X et Y ont assisté à la
    cérémonie au cours de laquelle les deux agences ont signé", "X and Y were present as officials signed". True
    without a parse.
    """
    doc = sentence.span.doc
    if not doc.has_annotation("DEP"):
        return True
    base = sentence.block.start
    signing_span = doc.char_span(anchor.start - base, anchor.end - base, alignment_mode="expand")
    person_span = doc.char_span(person.start - base, person.end - base, alignment_mode="expand")
    if signing_span is None or person_span is None:
        return True
    cues = sentence.cues_of("SIGN", "ACCORDS_JOIN")
    signing = {t.i for t in sentence.span if any(c.start <= base + t.idx < c.end for c in cues)}
    if _own_verb_follows(sentence, person_span, signing):
        return False  # "... signed for his country and Nelson took part for NASA": the name has a verb of its own
    line = [signing_span.root, *signing_span.root.ancestors]
    on_line = {t.i: k for k, t in enumerate(line)}
    node = person_span.root
    while node.i not in on_line and node.head.i != node.i:
        node = node.head
    if node.i not in on_line:
        return True  # two parse trees: nothing to tell
    # (the name's own words are no predicate: "C'est Markus Frick, directeur ..., qui a mis sa signature")
    below = [t for t in line[: on_line[node.i]] if not person_span.start <= t.i < person_span.end]
    if not below:
        return True  # the person hangs under the signing word itself
    if node.i in signing:
        return True  # "X and Y signed an MoU" read from the document noun
    if node.pos_ not in ("VERB", "AUX", "ADJ") and below[-1].dep_ == "conj":
        return True  # the parse made the first post the root and the signing verb its conjunct: no other predicate
    words = [k for k, t in enumerate(below) if t.i in signing]
    chain = below[words[-1] :] if words else below
    rules = load_rules("signers", sentence.lang, _RULES)
    if chain[0].pos_ not in ("VERB", "AUX"):
        # a signing noun or the document: only a verb of doing the signing gives it its subject, and a post its
        # complement introduces names the signer ("porte la signature de son directeur général, X")
        return (all(t.pos_ == "ADP" for t in chain[1:]) and node.lemma_.lower() in rules["signing_noun_verbs"]) or (
            _signature_of_post(sentence, anchor, person))
    relative = set(rules["relative_pronouns"])
    # no verb on the way may have a subject of its own: "as officials signed", "where ESA and KASA signed"
    # (the name's post in apposition carries a relative clause: "X, directeur général de la PhilSA, qui a signé")
    return all((token.dep_ in _CONTROL or _post_of_name(token)) and not any(
        c.dep_ in _SUBJECTS and c.lower_ not in relative for c in token.children) for token in chain)


def _post_of_name(token) -> bool:
    """True for a noun the parser hangs beside a name (a post in apposition read as ``parataxis``)."""
    return token.dep_ == "parataxis" and token.pos_ in ("NOUN", "PROPN") and token.head.pos_ == "PROPN"


def _own_verb_follows(sentence: Sentence, person_span, signing: set[int]) -> bool:
    """True when the first word after the name (auxiliaries and adverbs aside) is a verb other than a signing word."""
    doc = sentence.span.doc
    following = next((t for t in doc[person_span.end : sentence.span.end] if t.pos_ not in ("AUX", "ADV", "PART")),
                     None)
    return following is not None and following.pos_ == "VERB" and following.i not in signing


def _signature_of_post(sentence: Sentence, anchor: Trigger, person: Mention) -> bool:
    """The signing noun's complement is the person's post: "la signature de son directeur général, X".

    A ``signature_of`` word right after the signing word, a post before the first comma, the name within
    ``_NAME_AFTER_POST`` characters; no document between ("at the signing of the agreement, ESA's Director General
    X said" names what was signed, not who).
    """
    gap = sentence.text[anchor.end - sentence.start : person.start - sentence.start]
    of = phrase_regex(load_rules("signers", sentence.lang, _RULES)["signature_of"]).match(gap.lstrip())
    if of is None or len(gap) > _NAME_AFTER_POST or any(
            anchor.end <= c.start < person.start for c in sentence.cues_of("DOCUMENT", "DOCUMENT_ANAPHORA")):
        return False
    return bool(_role_words(sentence.lang).search(gap.split(",")[0]))


_AGENT_REACH = 60  # characters from the signing word to its agent word
_POST_REACH = 160  # characters from an agent word to the name closing its post
_POST_OPENING = 4  # words after the agent word where the post begins


def _verb_between(sentence: Sentence, start: int, end: int) -> bool:
    """True when the tagger finds a verb between two document offsets (False without a tagger)."""
    doc = sentence.span.doc
    if not doc.has_annotation("TAG"):
        return False
    base = sentence.block.start
    return any(start <= base + t.idx < end and t.pos_ == "VERB" for t in sentence.span)


def _agents_after_link(analysis: Analysis, sentence: Sentence, anchor: Trigger,
                       people: list[Mention]) -> list[Mention]:
    """The names closing the posts an agent word introduces after the signing word, whatever the parse says.

    "signé à Rome par le sous-secrétaire à la présidence du Conseil chargé de la politique spatiale, X"; "signed
    separately, in Canberra and in London, by the Australian Minister for Industry, X, and by the UK Science
    Minister, Y": the first agent word within ``_AGENT_REACH`` characters of the signing word, the next ones
    joined to it by "and"/"et"; each gives the first person after it when a role word stands between and no
    other person does.
    """
    roles = _role_words(sentence.lang)
    government = [(c.start, c.end) for c in sentence.cues_of("GOVERNMENT_ROLE")]
    found: list[Mention] = []
    previous_end = None
    for cue in sentence.cues_of("AGENT_LINK"):
        if cue.start < anchor.end:
            continue
        if previous_end is None:
            if cue.start - anchor.end > _AGENT_REACH:
                break
        elif not _COORDINATION.search(analysis.text[previous_end : cue.start]) or _verb_between(
                sentence, previous_end, cue.start):
            break  # ("signé par X, et salué par Y": the agent of another verb)
        if previous_end is None and _verb_between(sentence, anchor.end, cue.start):
            break  # "signatory last month, at a ceremony attended by X": the agent of another verb
        after = [p for p in people if cue.end <= p.start and p.start - cue.end <= _POST_REACH]
        if not after:
            break
        # the post opens right after the agent word ("by the Australian Minister for ...", "par le sous-secrétaire")
        opening = " ".join(analysis.text[cue.end : after[0].start].split()[:_POST_OPENING])
        # a later agent word joined to the first by "and" may give the name first, its post after it ("par
        # l'administrateur de la CNSA, X, et, pour la partie vénézuélienne, par Y, vice-présidente ...")
        named_first = previous_end is not None and not opening
        if not (named_first or roles.search(opening) or any(cue.end <= a and a - cue.end <= len(opening) + 1
                                                            for a, _ in government)):
            break
        found.append(after[0])
        found += _coordinated_posts(analysis, sentence, after[0], people, roles, government)
        previous_end = found[-1].end
    return found


_POST_AND = re.compile(r"\s*,?\s*(?:and|et)\s+", re.IGNORECASE)


def _coordinated_posts(analysis: Analysis, sentence: Sentence, person: Mention, people: list[Mention],
                       roles: re.Pattern, government: list[tuple[int, int]]) -> list[Mention]:
    """The names of the posts joined by "and"/"et" to an agent's name, the agent word not repeated.

    "signé par le directeur général de l'agence, X, et le président de l'ASC, Y"; "signed by the Director General of
    ESA, X, and the President of CSA, Y": a post opens right after "and" and no verb stands before its name.
    """
    found: list[Mention] = []
    last = person
    while True:
        joined = _POST_AND.match(analysis.text, last.end, sentence.end)
        after = [p for p in people if joined is not None and p.start >= joined.end()
                 and p.start - joined.end() <= _POST_REACH]
        if joined is None or not after or _verb_between(sentence, joined.end(), after[0].start):
            return found
        opening = " ".join(analysis.text[joined.end() : after[0].start].split()[:_POST_OPENING])
        if not (roles.search(opening) or any(joined.end() <= a <= joined.end() + len(opening) + 1
                                             for a, _ in government)):
            return found
        found.append(after[0])
        last = after[0]


def _opened_by_link(analysis: Analysis, sentence: Sentence, anchor: Trigger, cue: CueMention,
                    people: list[Mention]) -> list[Mention]:
    """The people between a restating link word and the restating verb, without a usable parse.

    The link word ("when", "lorsque", "with") follows the anchor; people in bystander clauses are left out.
    """
    links = phrase_regex(load_rules("signers", sentence.lang, _RULES)["restating_links"])
    opened = list(links.finditer(analysis.text, anchor.end, cue.start))
    if not opened:
        return []
    start = opened[-1].end()
    return [p for p in people if start <= p.start and p.end <= cue.start
            and not in_bystander_clause(sentence, p, anchor.start)]


def _restating_signs(sentence: Sentence, anchor: Trigger) -> list[CueMention]:
    """Signing verbs after the anchor that name no new document of their own in their clause.

    (The document they take, if any, is an anaphora: "the text", "the Accords".)
    """
    found = []
    # read once per call, not once per verb: a dump whose lines make one sentence holds thousands of verbs
    anaphoras = sentence.cues_of("SIGNING_ANAPHORA")
    documents = sorted(d.start for d in sentence.cues_of("DOCUMENT") if not anaphoric(sentence, d.start))
    for cue in sentence.cues_of("SIGN"):
        if cue.start <= anchor.start or any(a.start <= cue.start < a.end for a in anaphoras):
            continue
        clause = clause_of(sentence, cue.start)
        first = bisect.bisect_left(documents, cue.end)  # the first document at or after the verb's end
        if first == len(documents) or documents[first] >= clause[1]:
            found.append(cue)
    return found


def _is_present_only(analysis: Analysis, sentence: Sentence, person: Mention) -> bool:
    """A person whom a presence word right after the name makes a bystander of the signing.

    "with NASA Administrator X present", "X looking on", "le ministre X, présent à la cérémonie" (rules
    ``presence_after``).
    """
    presence = phrase_regex(load_rules("signers", sentence.lang, _RULES)["presence_after"])
    found = presence.match(analysis.text, person.end + len(analysis.text[person.end : sentence.end])
                           - len(analysis.text[person.end : sentence.end].lstrip(" ,")), sentence.end)
    return found is not None


def _in_meeting(analysis: Analysis, sentence: Sentence, anchor: Trigger, person: Mention) -> bool:
    """A person a meeting word names before the signing: he met, the text does not say he signed.

    "Following talks between X and Y, the two agencies signed", "À l'issue d'un entretien entre X et Y, les deux
    agences ont signé" (rules ``meeting_before``): the word before the person, before the signing word, no signing
    word and no verb between it and the person.
    """
    meeting = phrase_regex(load_rules("signers", sentence.lang, _RULES)["meeting_before"])
    end = min(person.start, anchor.start)
    for found in meeting.finditer(analysis.text, sentence.start, end):
        start = found.end()
        if not any(start <= c.start < person.start for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")) and not (
                _verb_between(sentence, start, person.start)):
            return True
    return False


def _is_place_name(analysis: Analysis, sentence: Sentence, person: Mention) -> bool:
    """True for a person's name that a place word right before or after makes a place.

    "le bâtiment Mary W. Jackson", "the Mary W. Jackson Building" (rules ``place_words``).
    """
    places = phrase_regex(load_rules("signers", sentence.lang, _RULES)["place_words"])
    if any(found.end() == len(person.text) for found in places.finditer(person.text)):
        return True  # the NER took the place word into the name ("Mary W. Jackson Building")
    before = analysis.text[max(sentence.start, person.start - 30) : person.start].rstrip()
    after = analysis.text[person.end : min(sentence.end, person.end + 30)].lstrip()
    return any(found.end() == len(before) for found in places.finditer(before)) or bool(
        (found := places.match(after)) and found.start() == 0)


_SPEAKER_REACH = 25  # characters from a speaking verb to the name after it
_SPEAKER_POST_REACH = 90  # the same when the name's post stands between them
_SUBORDINATE = re.compile(r"\b(?:que|qu['’]|that)\b|[;:.]", re.IGNORECASE)


def _is_speaker(analysis: Analysis, sentence: Sentence, person: Mention) -> bool:
    """"said X", "X said", "selon X": a person who comments on the signing.

    The speaker's post may stand between the verb and the name ("a annoncé mercredi l'administrateur par intérim de
    la NASA, X", "announced on Wednesday NASA's acting administrator, X"), never a clause whose subject signs ("a
    annoncé que le ministre X ..."). A speaker whose own relative clause signs is a signer ("said X, ESA Director
    General, who signed for the agency").
    """
    if _signs_in_relative(analysis, sentence, person):
        return False
    for cue in sentence.cues_of("SPEAKER"):
        if cue.end <= person.start and person.start - cue.end <= _SPEAKER_REACH:
            return True
        gap = analysis.text[cue.end : person.start]
        if cue.end <= person.start and len(gap) <= _SPEAKER_POST_REACH and gap.count(",") <= 1 and (
                not _SUBORDINATE.search(gap) and _role_words(sentence.lang).search(gap)):
            return True
        if cue.start >= person.end and not analysis.text[person.end : cue.start].strip(" ,"):
            return True
    return False


# the name's post in apposition, then a relative pronoun and an auxiliary before the signing verb
_RELATIVE_BEFORE_SIGN = re.compile(r"^(?:\s*,[^,;]{1,80})?\s*,\s*(?:who|qui)\s+(?:(?:has|had|a|avait|also|aussi)\s+)*$",
                                   re.IGNORECASE)


def _signs_in_relative(analysis: Analysis, sentence: Sentence, person: Mention) -> bool:
    """True when a relative clause on the person opens with a signing verb.

    ("X, ..., who signed", "X, ..., qui a signé": the person's post in apposition may stand before it.)
    """
    return any(c.start >= person.end and _RELATIVE_BEFORE_SIGN.match(analysis.text[person.end : c.start])
               and not denied(sentence, c.start, c.end) for c in sentence.cues_of("SIGN"))


def _clean_name(analysis: Analysis, sentence: Sentence, person: Mention, headline: bool = False) -> str | None:
    """The person's name without an honorific ("Mme", "Dr."), or None when it is no person's name.

    A headline's title-case words (unless ``headline``: a strategy that reads the headline's person on purpose), a
    phrase holding an agreement cue ("Joint Statement"), a stop word.
    """
    name = person.ids[0]
    for cue in sentence.cues_of("HONORIFIC"):
        if cue.start == person.start and cue.end < person.end:
            name = analysis.text[cue.end : person.end].strip(" .")
    if any(person.start <= c.start and c.end <= person.end for c in sentence.cues if c.category in _NOT_IN_NAMES):
        return None
    if any(person.start < d.end and d.start < person.end for d in sentence.dates):
        return None  # "In January": a date is no name
    if sentence.block.kind == "title" and not headline and not _named_elsewhere(analysis, sentence, name):
        return None
    if sentence.block.kind == "dateline" or _introduced_as_no_name(analysis, name):
        return None  # a byline or date line names the writer, never a signer
    units = set(load_rules("roles", sentence.lang, ROLE_RULES, ROLE_OPTIONAL).get("not_name_words", ()))
    words = name.split()
    honorifics = load_cue_rules(shipped_rules_path(sentence.lang)).phrases("HONORIFIC")
    inner = [i for i, w in enumerate(words) if i > 0 and normalise_phrase(w) in honorifics]
    if inner:
        words = words[inner[-1] + 1 :]  # "Selon M. Pakorn": the words before an honorific are none of the name
    while words and words[0] in units:
        words = words[1:]  # "Operations Greta Lind": the NER took the post's department into the name
    name = " ".join(words)
    if re.search(r"\w['’]s\b", name):
        return None  # "Meridian's Washington bureau": a possessive phrase, not a name
    if any(_role_words(lang).fullmatch(name) for lang in ("en", "fr")):
        return None  # "the Director General of ESA and the minister signed": a post the NER took for a name
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in _PARTICLES):
        return None
    return name


_NOT_IN_NAMES = {"DOCUMENT", "SIGN", "ACCORDS_JOIN", "COOPERATION", "TALKS", "NOT_A_NAME", "SIGNERS_HEADING"}


_PARTICLES = {"von", "van", "der", "de", "du", "da", "le", "la", "bin", "al", "el", "di"}


def _introduced_as_no_name(analysis: Analysis, name: str) -> bool:
    """A surname linked back to byline words ("Updated May" -> "May", "By Meridian" -> "Meridian").

    Every full mention of the name is in a date line or holds a ``NOT_A_NAME`` cue.
    """
    key = normalise_name(name)
    full = [(s, p) for s in analysis.sentences for p in s.persons if normalise_name(p.ids[0]) == key
            and p.text.strip() == p.ids[0].strip()]
    return bool(full) and all(s.block.kind == "dateline" or _in_credit(analysis, s, p) or any(
        p.start <= c.start and c.end <= p.end for c in s.cues_of("NOT_A_NAME")) for s, p in full)


def _in_credit(analysis: Analysis, sentence: Sentence, person: Mention) -> bool:
    """True when the person is named inside a wire's bracketed credit ("(Reporting by X; Editing by Y)")."""
    head = analysis.text[sentence.start : person.start]
    opening = head.rfind("(")
    if opening < 0 or ")" in head[opening:]:
        return False
    openers = phrase_regex(load_rules("signers", sentence.lang, _RULES)["credit_openers"])
    return openers.match(head[opening + 1 :].lstrip()) is not None


def _named_elsewhere(analysis: Analysis, sentence: Sentence, name: str) -> bool:
    key = normalise_name(name)
    return any(normalise_name(p.ids[0]) == key for s in analysis.sentences if s.block.kind != "title"
               for p in s.persons)


def _adjacent_agency(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """The agency a title next to the person's name names (before or after the name), or None.

    "NASA Administrator Bill Nelson", "Bill Nelson, NASA's administrator", "X, President of TUA", "le
    vice-administrateur de l'agence spatiale chinoise (CNSA) Zhao Minghui".
    """
    roles = _role_words(sentence.lang)
    for mention in sentence.agencies():
        if len(mention.ids) != 1:
            continue
        if "\n" in analysis.text[min(mention.end, person.end) : max(mention.start, person.start)]:
            continue  # "président de l'ASI\nJim Bridenstine": a list's next line is another entry
        if mention.end <= person.start:
            between = gap(analysis, mention.end, person.start)
            if len(between.split()) <= 3 and roles.search(between):
                return mention.ids[0]
            if not between.strip(" ()") and _role_before(analysis, sentence, mention, roles):
                return mention.ids[0]
        elif person.end <= mention.start:
            if analysis.text[person.end : mention.start].strip() == "(" and analysis.text[mention.end : mention.end
                                                                                         + 1] == ")":
                return mention.ids[0]  # a list's "Name (AGENCY)": "Signatories: X (ESA), Y (JAXA)"
            # "X, president of CNES", never the next person's post: "X, et l'administrateur de la NASA, Y"
            between = gap(analysis, person.end, mention.start)
            if (len(between.split()) <= _POST_WORDS and roles.search(between) and between.startswith(",")
                    and _own_title(analysis, sentence, person.end, mention.start)):
                return mention.ids[0]
    return None


_LINK_WORDS = {"de", "du", "des", "d'", "of", "the", "la", "le", "l'", "(", ")", ","}
_POST_WORDS = 8  # words of a post in apposition after a name ("X, alors directeur des Affaires juridiques de l'ESA")


def _role_before(analysis: Analysis, sentence: Sentence, mention: Mention, roles: re.Pattern) -> bool:
    """A role word before the agency, with only link words and mentions of that agency between.

    ("vice-administrateur de l'agence spatiale chinoise (CNSA)").
    """
    same = [m for m in sentence.agencies() if m.ids == mention.ids and m.end <= mention.end]
    start = max(sentence.start, same[0].start - 40)
    window = analysis.text[start : same[0].start]
    found = list(roles.finditer(window))
    if not found:
        return False
    tail = analysis.text[start + found[-1].end() : mention.start]
    for other in same[:-1]:
        tail = tail.replace(other.text, " ")
    words = re.findall(r"[\w']+|[(),]", tail.lower().replace("’", "'").replace("l'", "l' ").replace("d'", "d' "))
    return all(w in _LINK_WORDS for w in words)


def _role_words(lang: str) -> re.Pattern:
    return phrase_regex(role_lexicon(lang))


_COORDINATION = re.compile(r"(?:^|[\s,])(?:and|et)[\s,]", re.IGNORECASE)  # ("..., et, pour la partie X, par Y")
_DEPARTMENT_AND = re.compile(r"\b([A-ZÀ-Ý][\w'’-]*) (?:and|et|&) ([A-ZÀ-Ý])")


_OWNED_BY_TITLE = re.compile(r"^['’]s\b|,\s*(?:where|où)\b", re.IGNORECASE)


def _own_title(analysis: Analysis, sentence: Sentence, start: int, end: int) -> bool:
    """True when nothing between a title and a name makes the title another person's.

    No other person, no coordination ("X, ministre ..., et M. Y"), no possessive that makes the title own a thing and
    no place clause opening between ("at the Dutch ambassador's residence, where X signed": the residence is the
    ambassador's, X is someone else).
    """
    between = analysis.text[start:end]
    # "Minister for Industry, Science and Technology": an "and" between two capitalised words names one department
    if _COORDINATION.search(_DEPARTMENT_AND.sub(r"\1 \2", between)) or _OWNED_BY_TITLE.search(between):
        return False
    return not any(start <= p.start < end for p in sentence.persons)


# a post in apposition after a name: the comma, maybe an article, a possessive or an adjective ("X, Canada's
# Minister of ...", "X, ministre argentine", "X, the Indian ambassador"); not "X, en présence du ministre"
_APPOSITION = re.compile(r"^\s*,\s*(?:(?:the|a|an|le|la|l['’]|un|une)\s*)?(?:[\w-]+(?:['’]s)?\s+){0,2}$", re.I)


_COPULA_POST = re.compile(r"^\s+(?:is|was|has been|est|était|fut|a été)\s+(?:the|le|la|l['’])\s*$", re.IGNORECASE)
_INTRODUCED_REACH = 30  # sentences back to the one that gives a signer's post


def introduced_government(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """The country of a government post an earlier sentence gives the signer as a copula ("X is the minister").

    ("Marcos Pontes est le ministre de la Science ..." in the first paragraph, then "Marcos Pontes et
    l'administrateur de la NASA ... avaient signé une déclaration d'intention"): the post makes the signer's side
    his government. Only a copula right between the name and the post, in a body sentence before the signing.
    """
    key = normalise_name(person.ids[0]) if person.ids else normalise_name(person.text)
    for other in reversed(analysis.sentences[max(0, sentence.index - _INTRODUCED_REACH) : sentence.index]):
        if other.block.kind != "body":
            continue
        for mention in other.persons:
            if normalise_name(mention.ids[0] if mention.ids else mention.text) != key:
                continue
            for role in other.cues_of("GOVERNMENT_ROLE"):
                if role.start >= mention.end and _COPULA_POST.match(analysis.text[mention.end : role.start]):
                    return _role_country(analysis, other, role, mention)
    return None


_PROXY_LINKS = ("for", "on behalf of", "pour", "au nom de", "au nom du", "au nom de l'")
_PROXY_REACH = 40  # characters from "on behalf of" / "au nom du" to the agency (or its head's title and agency)


def signs_for_agency(analysis: Analysis, sentence: Sentence, code: str) -> bool:
    """True when a proxy link of the sentence ("for", "au nom du") is followed by an agency of country ``code``.

    "pour l'ISRO, la signature a été apposée par l'ambassadeur de l'Inde ..., au nom du président de l'agence
    indienne"; "for ISRO, India's ambassador signed on behalf of the chairman of the Indian agency": the government
    official signs for that agency, which is the side, not the government (GUIDELINES).
    """
    for cue in sentence.cues_of("SIGNER_LINK"):
        if " ".join(cue.text.lower().replace("’", "'").split()) not in _PROXY_LINKS:
            continue
        for mention in sentence.mentions:
            if mention.label != "AGENCY" or not cue.end <= mention.start <= cue.end + _PROXY_REACH:
                continue
            if any(m.label in ("AGENCY", "COUNTRY") and cue.end <= m.start < mention.start for m in sentence.mentions):
                break  # the nearest named side after the link decides
            if all((a := analysis.kb.agencies.get(i)) is not None and a.country == code for i in mention.ids):
                return True
            break
    return False


def government_country(analysis: Analysis, sentence: Sentence, person: Mention) -> str | None:
    """Country code when the person signs as a minister, ambassador or head of state."""
    roles = sentence.cues_of("GOVERNMENT_ROLE")
    left = [c for c in roles if c.end <= person.start and person.start - c.end <= 90
            and _own_title(analysis, sentence, c.end, person.start)]
    # a title after the name is in apposition: "Lucía Ferreyra, ministre argentine"
    right = [c for c in roles if c.start >= person.end and c.start - person.end <= 45
             and _APPOSITION.match(analysis.text[person.end : c.start])
             and _own_title(analysis, sentence, person.end, c.start)]
    role = left[-1] if left else (right[0] if right else None)
    if role is None:
        return None
    return _role_country(analysis, sentence, role, person)


def _role_country(analysis: Analysis, sentence: Sentence, role, person: Mention) -> str | None:
    """The country of a government post ``role`` that ``person`` holds in ``sentence``."""
    if role.rule.country:
        return role.rule.country  # a post only one country has ("Secretary of State")
    lo, hi = min(role.start, person.start) - 45, max(role.end, person.end) + 45
    window = analysis.text[max(sentence.start, lo) : min(sentence.end, hi)]
    # a country adjective or name next to the role: "Indian ambassador", "ministre luxembourgeois de l'Économie"
    for word in re.findall(r"[\w’'-]+", window):
        code = analysis.kb.country_for_adjective(word, sentence.lang)
        if code is not None:
            return code
    countries = [m for m in sentence.mentions if m.label == "COUNTRY" and not at_mission(analysis, sentence, m)]
    # the country just before the post ("Colombia signed, when its foreign minister X ...", "Ecuador's
    # ambassador"), else the first other than the host ("ambassador to the United States")
    before = [m for m in countries if m.end <= role.start and not in_bystander_clause(sentence, m)]
    if before:
        return before[-1].ids[0].split(":", 1)[1]
    codes = [m.ids[0].split(":", 1)[1] for m in countries]
    if codes:
        return next((c for c in codes if c != "US"), codes[0])
    # "C'est le ministre de l'Économie, Franz Fayot, qui a signé": the country the article just named
    for other in analysis.window(sentence, back=3):
        codes = list({m.ids[0].split(":", 1)[1] for m in other.mentions if m.label == "COUNTRY"} - {"US"})
        if len(codes) == 1:
            return codes[0]
    return None


_SAME_SIGNERS_REACH = 6  # sentences


def same_signers(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> None:
    """The people of the signing just before sign again.

    "Les trois mêmes ministres en ont signé une nouvelle", "the two men signed a charter": they bring their
    governments and, without a document, its kind.
    """
    from .agreements import signing_event

    # the nearest earlier signing of the article's body that names its people (not only the sentence before:
    # "Les deux mêmes dirigeants avaient déjà signé ..." comes paragraphs after the signing it recalls)
    for other in analysis.window(event.sentence, back=_SAME_SIGNERS_REACH):
        if other.block.kind == "title":
            break
        earlier = signing_event(analysis, other)
        if earlier is None:
            continue
        signatories, governments = _signatories(analysis, other, earlier.anchor, person_agency)
        if signatories:
            event.slots.signatories = signatories
            event.slots.governments |= governments
            if not any(t.kind for t in event.triggers):
                kinds = [t.kind for t in earlier.triggers if t.kind]
                event.slots.inherited_kind = event.slots.inherited_kind or (kinds[0] if kinds else None)
            event.slots.reasons["signatories"] = "the same people as an earlier signing of the article"
            return
    _people_of_meeting(analysis, event, person_agency)


def _people_of_meeting(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> None:
    """The people with posts that the sentence before names are the signers "the two leaders" refers to.

    "X and Y met in Toronto. During the meeting, the two leaders signed ...": that sentence is in the same paragraph
    and reports no signing of its own; two people or more with a post or a government role. Two such people before
    the plural signer in its own sentence come first ("X hosted Y at NASA headquarters, where the two signed").
    """
    # "NASA Administrator X hosted CNES President Y at NASA headquarters, where the two signed": the people of the
    # same sentence before the plural signer, else those of the sentence before
    cues = [c for c in event.sentence.cues_of("PLURAL_PARTIES") if c.rule.signers]
    own = [p for p in [*event.sentence.persons, *introduced_persons(analysis, event.sentence)]
           if cues and p.end <= cues[0].start]
    previous = analysis.window(event.sentence, back=1, same_block=True)
    if len(own) >= 2:
        other, people = event.sentence, own
    elif not previous or previous[0].cues_of("SIGN", "ACCORDS_JOIN"):
        return
    else:
        other = previous[0]
        people = [*other.persons, *introduced_persons(analysis, other)]
    found = []
    for person in sorted(people, key=lambda p: p.start):
        name = _clean_name(analysis, other, person)
        if name is None or _is_speaker(analysis, other, person):
            continue
        government = government_country(analysis, other, person)
        agency = None if government else (person_agency.get(normalise_name(name))
                                          or _adjacent_agency(analysis, other, person))
        if agency or government:
            found.append(SignatoryFact(name, agency, government))
    if len(found) >= 2:
        event.slots.signatories = found
        event.slots.governments |= {s.government_country for s in found if s.government_country}
        event.slots.reasons["signatories"] = "the people with posts the sentence before names"


def signatories_of_previous_signing(analysis: Analysis, event: SigningEvent,
                                    person_agency: dict[str, str]) -> SignatoryResult | None:
    """A signer of the same signing in the sentence before, when his agency is a party of this one.

    "NASA Administrator Jim Bridenstine signed for the United States. Representatives of Australia, Canada ... added
    their signatures".
    """
    previous = analysis.window(event.sentence, back=1, same_block=True)
    if not previous or not same_signing(previous[0]):
        return None
    other = previous[0]
    from .agreements import Trigger

    cue = other.cues_of("SIGN", "ACCORDS_JOIN")[0]
    signatories, _ = _signatories(analysis, other, Trigger(cue.start, cue.end, None, True, cue.text), person_agency)
    sides = set(event.slots.accords_sides) | {"NASA"} if event.slots.treaties else set(event.slots.accords_sides)
    kept = [s for s in signatories if s.agency_id and s.agency_id in sides]
    return (kept, set(), "signed the same document in the sentence before") if kept else None


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et)\s+)$", re.IGNORECASE)


def signers_by_side(analysis: Analysis, event: SigningEvent, sides: list[str],
                    person_agency: dict[str, str]) -> dict[str, list[SignatoryFact]]:
    """Each side's own signers when several sides sign at one ceremony; empty when no signer can be paired.

    A person who signs "for"/"au nom de" a side ("Carlos Mendes signed for Brazil", "Lucia Herrera au nom de la
    Colombie", in the signing sentence or the next one reporting the same signing) is that side's; a list of
    names after the list of sides, as long as it ("Brazil, Colombia and Peru signed ..., represented by A, B and C
    respectively"), pairs by position. A person with no post of his own signs for a country as its government.
    """
    sentences = [event.sentence]
    following = analysis.window(event.sentence, ahead=1, same_block=True)
    if following and following[0].cues_of("SIGN") and not any(
            c.rule.kind and not anaphoric(following[0], c.start) for c in following[0].cues_of("DOCUMENT")):
        sentences.append(following[0])
    paired: dict[str, list[SignatoryFact]] = {}
    for sentence in sentences:
        people = [p for p in sorted([*sentence.persons, *introduced_persons(analysis, sentence)],
                                    key=lambda p: p.start) if _clean_name(analysis, sentence, p)]
        for person, side in [*_linked_sides(analysis, sentence, people, sides),
                             *_listed_sides(analysis, sentence, people, sides)]:
            name = _clean_name(analysis, sentence, person) or person.text
            if any(normalise_name(s.name) == normalise_name(name) for found in paired.values() for s in found):
                continue
            agency = person_agency.get(normalise_name(name)) or _adjacent_agency(analysis, sentence, person)
            government = side.split(":", 1)[1] if side.startswith("country:") and agency is None else None
            paired.setdefault(side, []).append(SignatoryFact(name, agency, government))
    return paired


def _side_of(analysis: Analysis, mention: Mention, sides: list[str]) -> str | None:
    """The side (an agency id or ``country:XX``) a mention names, or None."""
    for value in [*mention.ids, *agencies_of(analysis, mention, countries_as="party")]:
        if value in sides:
            return value
    return None


def _own_side(analysis: Analysis, mention: Mention) -> str | None:
    """The side a mention names on its own: the agency, else the country's government (never the United States)."""
    if mention.label == "AGENCY" and len(mention.ids) == 1:
        return mention.ids[0]
    if mention.label == "COUNTRY" and mention.ids[0] != "country:US":
        return mention.ids[0]
    return None


def _linked_sides(analysis: Analysis, sentence: Sentence, people: list[Mention],
                  sides: list[str]) -> list[tuple[Mention, str]]:
    """People followed by a ``SIGNER_LINK`` word and a side: "X signed for Brazil", "Y au nom de la Colombie".

    The side may be one the signing's clause did not name as a side (the parse missed it in a list).
    """
    found = []
    for person in people:
        following = [m for m in sentence.mentions if m.start >= person.end and m.label in ("AGENCY", "COUNTRY")]
        if not following:
            continue
        side = _side_of(analysis, following[0], sides) or _own_side(analysis, following[0])
        if side and (_signs_for(analysis, sentence, person, following[0])
                     or linked_by(analysis, sentence, "SIGNER_LINK", person.end, following[0].start)):
            found.append((person, side))
    return found


def _listed_sides(analysis: Analysis, sentence: Sentence, people: list[Mention],
                  sides: list[str]) -> list[tuple[Mention, str]]:
    """A list of names after a list of sides as long as it: paired by position (Nth name, Nth side)."""
    listed: list[tuple[Mention, str]] = []
    for mention in sentence.mentions:
        side = _side_of(analysis, mention, sides) if mention.label in ("AGENCY", "COUNTRY") else None
        if side and side not in [s for _, s in listed] and not any(p.start <= mention.start < p.end for p in people):
            listed.append((mention, side))
    if len(listed) < 2 or not _one_list(analysis, [m for m, _ in listed]):
        return []
    names = [p for p in people if p.start >= listed[-1][0].end]
    if len(names) != len(listed) or not _one_list(analysis, names):
        return []
    return [(name, side) for name, (_, side) in zip(names, listed, strict=True)]


def _one_list(analysis: Analysis, items: list[Mention]) -> bool:
    """True when the items follow each other joined only by commas and "and"/"et" ("A, B and C")."""
    return all(_LIST_GAP.match(analysis.text[a.end : b.start] + " ") for a, b in zip(items, items[1:], strict=False))


def signers_of_other_partners(facts: list[AgreementFact]) -> list[AgreementFact]:
    """Drop from each of one sentence's agreements the signers whose agency is a party of another one only.

    "the CSA signed memorandums with the UK Space Agency, whose chief executive, X, signed, and with the Australian
    Space Agency": X (UKSA) signs the CSA-UKSA memorandum, not the CSA-ASA one, and "with Ms. Campbell" names X's
    co-signer there: a signer an agreement shares with the one whose signer it lost goes with them. ``facts`` are
    the agreements one sentence gives; a signer whose agency is a party of none of them stays (his agency may stand
    for a country).
    """
    parties = [set(f.parties) for f in facts]
    kept: list[list[SignatoryFact]] = []
    for number, fact in enumerate(facts):
        lost_to = [k for k, p in enumerate(parties) if k != number and any(
            s.agency_id in p - parties[number] for s in fact.signatories)]
        shared = {signer_key(s.name) for k in lost_to for s in facts[k].signatories}
        kept.append([s for s in fact.signatories if not any(s.agency_id in parties[k] - parties[number]
                                                             for k in lost_to) and signer_key(s.name) not in shared])
    for fact, signatories in zip(facts, kept, strict=True):
        fact.signatories = signatories
    return facts

