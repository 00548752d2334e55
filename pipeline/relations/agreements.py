"""Signing events: one per agreement trigger that reports a signing, its slots filled from the article.

A trigger is a ``DOCUMENT`` noun, a ``SIGN`` verb or noun, or (next to a treaty mention) an
``ACCORDS_JOIN`` verb, as the ``spacerec_agreement_cues`` component marked it. Modifiers that
reach the trigger decide whether it is a new signing at all: negation, hopes, talks, a
hypothesis, a reference ("under the agreement"), a background list ("already signed by A, B
and C") give nothing; a future or plan gives ``planned``; a recalled earlier agreement
("had already signed an MoU in 2011") stays its own record. The slots (parties, date,
signatories, subject) come from ``agreement_slots``, each from ordered strategies with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as calendar_day

from ..analysis import Analysis, Mention, Sentence
from ..dates import DateValue
from ..records import normalise_name
from .agreement_context import (
    clause_of,
    completed_verb,
    conditional,
    denied,
    modified,
    negated_verb,
    overlaps,
    verb_at,
)
from .agreement_dates import before_conjuncts, dated_documents, gapped_conjuncts, shared_before_conjuncts
from .agreement_signers import signers_by_side, signers_of_other_partners
from .agreement_slots import (
    Slots,
    date_excluded,
    document_side_names,
    earlier_side_after,
    fill_slots,
    host_mission,
    item_phrase,
    names_side_otherwise,
    own_signing_clause,
    referred_document,
    relative_signing_clause,
)
from .agreement_topic import topic_phrase
from .common import country_agency, evidence
from .cooperation import ARTICLE_MISSION, cooperation_facts, instrument_cooperations
from .facts import AgreementFact, OfficialFact, ParticipationFact, Span

ACCORDS_TREATY = "artemis_accords"

__all__ = ["find_agreements", "instrument_cooperations", "Trigger", "SigningEvent", "signing_status"]


@dataclass
class Trigger:
    """An agreement trigger in document offsets."""

    start: int
    end: int
    kind: str | None  # the agreement kind a DOCUMENT names
    signing: bool
    text: str
    needs_document: bool = False
    plural: bool = False  # the document phrase names several documents ("memoranda")


@dataclass
class SigningEvent:
    """A signing reported by one sentence; ``slots`` are filled from the whole article."""

    sentence: Sentence
    anchor: Trigger
    triggers: list[Trigger]
    treaties: list[Mention]
    status: str
    recalled: bool = False
    slots: Slots = field(default_factory=Slots)
    # "The signing follows that of Germany": where the pronoun standing for other sides' signings starts; the
    # event is theirs, its sides and date are read after it
    others_from: int | None = None


def find_agreements(analysis: Analysis, officials: list[OfficialFact],
                    mission_facts: list | None = None) -> list[AgreementFact]:
    """Agreement facts of the article: signing events, then stated cooperations of sentences without one.

    ``mission_facts`` (the mission rules' facts, optional) give the stated lead of a mission the
    knowledge base lacks, so a contribution to it can name the agency it serves.
    """
    analysis.forget()  # the rules before this one may have changed the sentences (names after posts)
    person_agency = {normalise_name(o.name): o.agency_id for o in officials}
    leads = {f.mission: f.agency_id for f in mission_facts or [] if isinstance(f, ParticipationFact)
             and f.role == "lead"}
    facts: list[AgreementFact] = []
    sideless: list[SigningEvent] = []
    for sentence in analysis.sentences:
        if sentence.block.kind == "credit":
            continue
        signed: list[AgreementFact] = []
        for part in signing_parts(sentence):
            event = signing_event(analysis, part)
            found = _facts(analysis, event, person_agency) if event else []
            if event is not None and not found and _sideless_history(analysis, event):
                sideless.append(event)
            signed += found
        facts += signers_of_other_partners(signed)
        if not signed:
            facts += cooperation_facts(analysis, sentence, leads, mission_facts)
    _resolve_accords_sides(analysis, facts)
    _align_restated_sides(analysis, facts)
    _align_government_restatements(analysis, facts)
    facts += _history_of_the_pair(analysis, facts, sideless)
    facts = _join_coarser_restatements(facts)
    return _drop_summaries(_drop_restated_pairs(_drop_documented_cooperations(_drop_restated_cooperations(facts))))


def _drop_documented_cooperations(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A stated cooperation on the mission a document of the same parties is about is that document's content.

    ("KARI and NASA signed an implementing arrangement on the orbiter in December 2016. Under it, NASA supplied
    ShadowCam"; "un accord sur la mission NISAR ... La NASA fournit le radar en bande L"): hardware supplied under a
    named agreement gets no cooperation record of its own (GUIDELINES, project-wide), the agreement stands for it.
    """
    documented = {(f.parties, f.subject) for f in facts if f.kind != "cooperation" and f.subject}
    return [f for f in facts if not (f.kind == "cooperation" and (f.parties, f.subject) in documented)]


def _join_coarser_restatements(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A signing told with its month or year, and again with its day, is one record (the day's).

    ("Greece and Uruguay both joined the Artemis Accords in February 2024" then "On 9 February, ... signed the
    Accords"): a fact whose date is coarser than another fact's of the same kind and parties, and contains it, with
    no signer the other lacks, joins that fact (its evidence kept). Facts recalled and new are never joined.
    """
    kept: list[AgreementFact] = []
    # only a fact of the same kind, parties and recall can be finer: look among those, not every fact of the text
    alike: dict[tuple, list[AgreementFact]] = {}
    for fact in facts:
        alike.setdefault((fact.kind, fact.parties, fact.recalled), []).append(fact)
    for fact in facts:
        coarse = fact.date is not None and fact.date.precision in ("year", "month")
        candidates = alike[(fact.kind, fact.parties, fact.recalled)] if coarse else []
        finer = next((other for other in candidates if other is not fact and _contains(fact.date, other.date)
                      and {normalise_name(s.name) for s in fact.signatories}
                      <= {normalise_name(s.name) for s in other.signatories}), None)
        if finer is None:
            kept.append(fact)
            continue
        finer.evidence += [e for e in fact.evidence if e not in finer.evidence]
    return kept


def _contains(coarse: DateValue | None, fine: DateValue | None) -> bool:
    """True when ``coarse`` (a year or a month) holds the more precise ``fine`` (2024-02 holds 2024-02-09)."""
    if coarse is None or fine is None or coarse.year is None or coarse.year != fine.year:
        return False
    if coarse.precision == "year":
        return fine.precision in ("month", "day")
    return coarse.precision == "month" and fine.precision == "day" and coarse.month == fine.month


def plan_date(event: SigningEvent, date: DateValue | None) -> DateValue | None:
    """A planned signing's date, never the date of a done signing the sentence also tells (then None).

    ("Hungary is set to join the Accords, which were first signed in 2020", "La Hongrie signera les accords ...,
    après la Pologne qui les a signés en 2021"): the date given in a clause whose signing verb is told as done
    (:func:`completed_verb`) is that signing's, not the one the article announces.
    """
    if event.status != "planned" or date is None:
        return date
    sentence = event.sentence
    for mention in sentence.dates:
        if mention.value != date:
            continue
        clause = clause_of(sentence, mention.start)
        if any(clause == clause_of(sentence, c.start) and completed_verb(sentence, c.start, c.end)
               for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")):
            return None
        return date
    return date


def _before_the_article(analysis: Analysis, date: DateValue | None) -> bool:
    """True when ``date`` is surely before the article's own date (False when either is missing)."""
    return date is not None and analysis.article_date is not None and _before(date, analysis.article_date)


def _sideless_history(analysis: Analysis, event: SigningEvent) -> bool:
    """A dated earlier signing of the body that names fewer than two sides and no other organisation.

    ("L'accord couronne une relation entamée en 2008 avec la signature d'un premier accord de coopération", "The
    European Cooperating State agreement followed on 10 November 2009"): a signing word, or a document whose own
    name makes an agency a side; a signing with a company ("signed a contract with Airbus in 2019") names its other
    side and is never one.
    """
    sentence, slots = event.sentence, event.slots
    if sentence.block.kind not in ("body",) or event.status != "signed" or event.treaties or slots.treaties:
        return False
    if slots.date is None or slots.date.year is None or len(slots.parties) >= 2:
        return False
    if not any(t.kind for t in event.triggers):
        return False  # a document must be named ("Ratifié par le Parlement, il est entré en vigueur" is none)
    if not (any(t.signing for t in event.triggers) or names_side_otherwise(sentence)):
        return False
    return not _other_organisation(sentence)


def _other_organisation(sentence: Sentence) -> bool:
    """True when the statistical NER finds an organisation or a person the knowledge base does not link.

    An entity over a linked mention or a document cue, or an acronym in brackets ("(ECS)"), is no other side.
    False without NER.
    """
    if any(m.label == "ORG" for m in sentence.mentions):
        return True  # an organisation of the knowledge base that is no agency: a company, an institute
    base = sentence.block.start
    named = [(m.start, m.end) for m in [*sentence.mentions, *sentence.cues_of("DOCUMENT")]]
    named += [(sentence.start + m.start(), sentence.start + m.end()) for m in document_side_names(sentence)]
    for ent in sentence.span.ents:
        if ent.label_ not in ("ORG", "PER", "PERSON"):
            continue
        start, end = base + ent.start_char, base + ent.end_char
        if any(a < end and start < b for a, b in named):
            continue  # a linked agency, or a document's name ("The European Cooperating State agreement")
        before, after = sentence.span.doc.text[: ent.start_char].rstrip(), sentence.span.doc.text[ent.end_char :]
        if before.endswith("(") and after.startswith(")") and ent.text.isupper():
            continue
        return True
    return False


def _before(date: DateValue, later: DateValue) -> bool:
    """True when ``date`` is surely before ``later`` at the precision both give (2013 before 2020-06-27)."""
    if date.year is None or later.year is None or date.year != later.year:
        return date.year is not None and later.year is not None and date.year < later.year
    if date.month is None or later.month is None:
        return False
    return (date.month, date.day or 0) < (later.month, later.day or 0) and (date.month < later.month or (
        date.day is not None and later.day is not None))


def _history_of_the_pair(analysis: Analysis, facts: list[AgreementFact],
                         events: list[SigningEvent]) -> list[AgreementFact]:
    """Earlier signings an article tells without their sides are between the sides of its headline signing.

    ("La Slovénie signe un accord d'association avec l'ESA" ... "L'accord couronne une relation entamée en 2008 avec
    la signature d'un premier accord de coopération"): the sides of the title's signing (a fact told in the title,
    with two sides, not the Accords), when every side the earlier signing names is one of them and its date is
    before the headline signing's and the article's own. Each such signing is its own record (``recalled``), never
    the headline's; except one dated to the day in the ``NEWS_DAYS`` before the date line of an article whose title
    signing has no date, and not told as a recall ("had already signed"): that is the headline's signing itself.
    """
    main = next((f for f in facts if f.kind != "accords" and len(f.parties) == 2 and f.evidence
                 and f.evidence[0].block == "title"), None)
    if main is None:
        return []
    found = []
    for event in events:
        slots = event.slots
        if not set(slots.parties) <= set(main.parties):
            continue
        if not all(_before(slots.date, later) for later in (main.date, analysis.article_date) if later is not None):
            continue  # an earlier signing: before the headline's and the article's own date
        kind = _kind(event.triggers, event.anchor) or slots.inherited_kind or "agreement"
        if not event.recalled and main.date is None and _days_before(slots.date, analysis.article_date) is not None:
            # "On 9 March the two heads met. During the meeting they signed ..." under a 14 March date line: the news
            found.append(AgreementFact(kind, main.parties, slots.subject, slots.date, event.status, [],
                                       evidence=[evidence(event.sentence)],
                                       reason=f"trigger '{event.anchor.text}' (parties: the sides of the headline "
                                       f"signing, which this signing of the article's last {NEWS_DAYS} days tells "
                                       "without its sides)"))
            continue
        found += dated_documents(event, [AgreementFact(
            kind, main.parties, slots.subject, slots.date, event.status, [], evidence=[evidence(event.sentence)],
            recalled=True, reason=f"trigger '{event.anchor.text}' (parties: the sides of the headline signing, which "
            "this earlier signing names no other of)")])
    return found


NEWS_DAYS = 14  # a signing dated this many days before the article's date line, told as done, is its news


def _days_before(date: DateValue, article: DateValue | None) -> int | None:
    """Days from ``date`` (a day) to the article's date (a day), when 0 to ``NEWS_DAYS``; None otherwise."""
    if article is None or date.precision != "day" or article.precision != "day" or None in (
            date.year, date.month, date.day, article.year, article.month, article.day):
        return None
    days = (calendar_day(article.year, article.month, article.day) - calendar_day(date.year, date.month,
                                                                                  date.day)).days
    return days if 0 <= days <= NEWS_DAYS else None


def signing_parts(sentence: Sentence) -> list[Sentence]:
    """A sentence joining two signings of its own: one view of the sentence per signing.

    ("ESA signed a memorandum with NASA on 27 October, and in December Canada and the United States signed a
    treaty"): cut at the joining words (a ``SIGNING_JOIN`` cue) between two signing verbs, when each part names a
    party (or a pronoun or the document's own name stands for one: "In April 2007 it signed the European Cooperating
    State Agreement, and in April 2008 the Charter of the Plan for European Cooperating States was signed") and the
    document it signed.

    A sentence naming a treaty, or a background list ("Other signatories include France, which signed in
    2022, and ..."), stays whole: the Accords' sides and dates are told apart per clause there.
    Returns ``[sentence]`` when there is nothing to cut.
    """
    if any(m.label == "TREATY" for m in sentence.mentions) or sentence.cues_of("BACKGROUND", "MEMBERSHIP"):
        return [sentence]
    signs = [c for c in sentence.cues_of("SIGN") if not c.rule.needs_document]
    joins = sentence.cues_of("SIGNING_JOIN")
    cuts = []
    for left, right in zip(signs, signs[1:], strict=False):
        between = [j for j in joins if left.end <= j.start and j.end <= right.start]
        if between:
            cuts.append(between[-1])
    if not cuts:
        return [sentence]
    bounds = [(sentence.start, cuts[0].start)]
    bounds += [(a.end, b.start) for a, b in zip(cuts, cuts[1:], strict=False)]
    bounds.append((cuts[-1].end, sentence.end))
    parts = [_part(sentence, start, end) for start, end in bounds]
    if any(part is None or not (
            [m for m in part.mentions if m.label in ("AGENCY", "COUNTRY")] or names_side_otherwise(part))
           or not [c for c in part.cues_of("DOCUMENT") if c.rule.kind] for part in parts):
        return [sentence]
    return parts


def _part(sentence: Sentence, start: int, end: int) -> Sentence | None:
    """The view of ``sentence`` between two document offsets (spaces trimmed).

    Its own text, span and everything found inside; None when the tokens do not align.
    """
    text = sentence.text[start - sentence.start : end - sentence.start]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    base = sentence.block.start
    span = sentence.span.doc.char_span(start - base, end - base, alignment_mode="expand")
    if span is None or end <= start:
        return None

    def inside(items: list) -> list:
        return [x for x in items if start <= x.start and x.end <= end]

    return replace(sentence, start=start, end=end, text=sentence.text[start - sentence.start : end - sentence.start],
                   span=span,
                   mentions=inside(sentence.mentions), persons=inside(sentence.persons),
                   dates=inside(sentence.dates), cues=inside(sentence.cues))


def _align_restated_sides(analysis: Analysis, facts: list[AgreementFact]) -> None:
    """A title, caption or same-day fact whose side stands for another fact's side takes that side.

    "NASA, Japan formalize partnership" (a title) restating the body's "memorandum with the Government of Japan": a
    title or caption fact whose agency stands for a country that another fact of the article has as its government
    side, with the same other parties, takes that side, and so does a fact whose country stands for another fact's
    agency of that country; both then merge. A body fact does so only with the same date ("L'Italie est le premier
    pays européen à conclure une déclaration ... avec les États-Unis" after the Italian government's signing with
    NASA that day). A title or caption may name every side so ("NZ and US sign space Framework Agreement" for the two
    governments' signing): each of its sides then stands for exactly one side of the other.
    """
    governments = [f for f in facts if f.kind != "accords" and any(p.startswith("country:") for p in f.parties)]
    for fact in facts:
        if fact.kind == "accords" or not fact.evidence:
            continue
        restating = fact.evidence[0].block in ("title", "caption") or heading_line(analysis, fact.evidence[0])
        for other in governments:
            if other is fact or len(other.parties) != len(fact.parties):
                continue
            if not restating and (fact.date is None or fact.date != other.date):
                continue  # a body sentence restates the same signing only on the same date
            extra = set(fact.parties) - set(other.parties)
            missing = set(other.parties) - set(fact.parties)
            if not extra or len(extra) != len(missing) or (len(extra) > 1 and not restating):
                continue  # a title may name every side the other way ("NZ and US sign": the agencies for countries)
            if not restating and fact.evidence[0].start < other.evidence[0].start:
                continue  # a body sentence restates only a signing told before it
            if all(sum(_stands_for(analysis, fact, side, other_side) for other_side in missing) == 1
                   for side in extra):
                fact.parties = other.parties
                break


def _stands_for(analysis: Analysis, fact: AgreementFact, side: str, other_side: str) -> bool:
    """True when ``fact``'s side is ``other_side`` named the other way: an agency for its country, or a country for it.

    ("L'Italie est le premier pays à conclure une déclaration de ce type avec les États-Unis" restating the day's
    declaration between the Italian government and NASA.) A side its own signer stands for stays.
    """
    agency, country = (side, other_side) if other_side.startswith("country:") else (other_side, side)
    if not country.startswith("country:") or agency.startswith("country:"):
        return False
    entry = analysis.kb.agencies.get(agency)
    if entry is None or f"country:{entry.country}" != country:
        return False
    code = country.split(":", 1)[1]
    return not any(s.agency_id == agency or s.government_country == code for s in fact.signatories)


def _align_government_restatements(analysis: Analysis, facts: list[AgreementFact]) -> None:
    """An undated, unsigned fact with country sides takes the agency sides of the signing it restates."""
    for fact in facts:
        if fact.kind == "accords" or not any(p.startswith("country:") for p in fact.parties):
            continue
        if fact.date is not None or fact.signatories or fact.recalled:
            continue
        for other in facts:
            sides = _agency_sides(analysis, fact, other)
            if sides is not None:
                fact.parties = sides
                break


def _agency_sides(analysis: Analysis, fact: AgreementFact, other: AgreementFact) -> tuple[str, ...] | None:
    """``other``'s parties when ``fact`` restates its signing with a country for each agency side, else None.

    "Russia has just signed an agreement with China" (no date, no signer) in an article whose dated signing is
    between the two countries' agencies is that signing told in government terms: each country side must be the
    country of exactly one agency side of ``other`` that ``fact`` lacks, and every other side must be shared. A
    government document with its own date or signers stays its own record (an intergovernmental agreement beside
    the agencies' memorandum).
    """
    if other is fact or other.kind == "accords" or other.recalled or len(other.parties) != len(fact.parties):
        return None
    if other.date is None and not other.signatories:
        return None  # nothing says the other is the article's signing either
    unmatched = [p for p in other.parties if p not in fact.parties]
    for party in fact.parties:
        if party in other.parties:
            continue
        if not party.startswith("country:"):
            return None
        agencies = [a for a in unmatched if not a.startswith("country:") and (entry := analysis.kb.agencies.get(a))
                    is not None and f"country:{entry.country}" == party]
        if len(agencies) != 1:
            return None
        unmatched.remove(agencies[0])
    return other.parties if not unmatched and other.parties != fact.parties else None


_HEADING = re.compile(r"^(?:\d{1,2}[.)]|[-–•*])?\s*(?P<text>[^\n]*?)\s*$")
_HEADING_LENGTH = 150  # characters


def heading_line(analysis: Analysis, evidence: Span) -> bool:
    """True when the evidence ends in a line of its own without a final stop: a section heading or a contents item.

    ("Au sommaire" then "1. L'Italie et les États-Unis signent une déclaration d'intention sur Artemis"): like a
    title, it restates a signing the body tells.
    """
    # both searches stop where the line could no longer be a heading: a text of one long line (a scraped dump
    # without line breaks) costs each signing its own sentence, not the whole text
    line_start = max(evidence.start, analysis.text.rfind("\n", evidence.start, evidence.end) + 1)
    limit = evidence.end + _HEADING_LENGTH + 1
    line_end = analysis.text.find("\n", evidence.end, limit)
    if line_end < 0:
        if len(analysis.text) > limit:
            return False  # the line runs on past the longest heading
        line_end = len(analysis.text)
    line = analysis.text[line_start:line_end]
    text = analysis.text[line_start : evidence.end]
    found = _HEADING.match(line)
    return bool(found and found.group("text") == text.strip() and len(line) <= _HEADING_LENGTH
                and not text.rstrip().endswith((".", "!", "?", ":")))


def _drop_restated_cooperations(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A contribution to the article's mission stated without naming it restates another agreement.

    ("NASA supplied it under an arrangement with KARI") adds no cooperation when the article reports another
    agreement of the same parties: it restates that relation.
    """
    others = {f.parties for f in facts if not (f.reason or "").endswith(ARTICLE_MISSION)}
    return [f for f in facts if not ((f.reason or "").endswith(ARTICLE_MISSION) and f.parties in others)]


def triggers_of(sentence: Sentence) -> tuple[list[Trigger], list[Mention]]:
    """The sentence's triggers (never inside a linked mention) and its treaty mentions."""
    treaties = [m for m in sentence.mentions if m.label == "TREATY"]
    taken = [(m.start, m.end) for m in sentence.mentions]
    found: list[Trigger] = []
    for cue in sentence.cues_of("DOCUMENT", "SIGN"):
        if overlaps(cue.start, cue.end, taken) or (cue.category == "SIGN" and _noun_of(sentence, cue.start, cue.end)):
            continue
        found.append(Trigger(cue.start, cue.end, cue.rule.kind, cue.category == "SIGN", cue.text,
                             cue.rule.needs_document, cue.rule.plural))
    if treaties:
        for cue in sentence.cues_of("ACCORDS_JOIN"):
            if not any(t.start == cue.start for t in found) and not overlaps(cue.start, cue.end, taken):
                found.append(Trigger(cue.start, cue.end, None, True, cue.text))
    return sorted(found, key=lambda t: (t.start, t.end)), treaties


def _noun_of(sentence: Sentence, start: int, end: int) -> bool:
    """A one-word signing cue the tagger calls a plural noun with an "of"/"de" complement reports no signing.

    "signs of past life", "des signes de vie". False without a tagger.
    """
    doc = sentence.span.doc
    if not doc.has_annotation("TAG"):
        return False
    base = sentence.block.start
    span = doc.char_span(start - base, end - base, alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.pos_ != "NOUN" or span.root.i + 1 >= len(doc):
        return False
    plural = "Plur" in span.root.morph.get("Number") or span.root.tag_ == "NNS"
    return plural and doc[span.root.i + 1].lower_ in ("of", "de", "d'", "d’")


def anchor_of(sentence: Sentence, triggers: list[Trigger]) -> Trigger:
    """The trigger the signing hangs on.

    The first signing word no negation reaches and no condition holds ("Germany, which did not sign in 2020, signed
    them on 14 September" -> "signed"), else the first signing word, else the first.
    """
    signing = [t for t in triggers if t.signing]
    if not signing:
        return triggers[0]
    if not denied(sentence, signing[0].start, signing[0].end):
        return signing[0]
    # past a negated or conditional one, only a verb ("there is no sign that ..." reports no signing)
    return next((t for t in signing[1:] if not denied(sentence, t.start, t.end)
                 and _verb(sentence, t)), signing[0])


def _verb(sentence: Sentence, trigger: Trigger) -> bool:
    """True when the trigger's word is tagged a verb (True without a tagger)."""
    return verb_at(sentence, trigger.start, trigger.end)


def signing_status(sentence: Sentence, triggers: list[Trigger]) -> str | None:
    """``signed``, ``planned``, or None when the sentence reports no new signing."""
    anchor = anchor_of(sentence, triggers)

    def has(category: str) -> bool:
        return bool(modified(sentence, category, anchor.start, anchor.end))

    if has("NEGATION") or has("HOPE") or has("BACKGROUND") or has("MEMBERSHIP") or negated_verb(
            sentence, anchor.start, anchor.end):
        return None
    if conditional(sentence, anchor.start):
        return None  # "If it signs, ...", "Should Madrid sign the text, ...": a condition reports no signing
    signing = [t for t in triggers if t.signing]
    if not signing and any(_referenced(sentence, t) for t in triggers if t.kind):
        return None
    future = modified(sentence, "FUTURE", anchor.start, anchor.end)
    if future and all(c.rule.intention for c in future) and not any(
            clause_of(sentence, d.start) == clause_of(sentence, anchor.start) for d in sentence.dates):
        return None  # "TUA prévoit de signer prochainement un accord": an intention without a date is no plan yet
    if future:
        return "planned"
    if signing:
        return "signed"
    # a document named without a signing: an existing agreement unless talks or a hypothesis surround it;
    # a headline naming a document ("X vise un accord avec Y") reports no signing by itself
    if has("TALKS") or has("HYPOTHETICAL") or sentence.block.kind == "title":
        return None
    return "signed"


def _referenced(sentence: Sentence, trigger: Trigger) -> bool:
    """"under the agreement", "dans le cadre de l'accord": a reference cue just before the document.

    Not when the document names its own sides after it ("under a 2019 agreement between X and Y", "en vertu d'un
    accord de 2019 entre X et Y"): that is an agreement the article recalls. "Under a contract with ESA" names a
    customer, not the sides of an agreement: only "between"/"entre" counts.
    """
    for cue in sentence.cues_of("REFERENCE"):
        between = sentence.text[cue.end - sentence.start : trigger.start - sentence.start].strip().lower()
        if cue.end <= trigger.start and between in ("", "l'", "l’", "la", "le", "les", "the", "an", "a"):
            return not _own_sides_after(sentence, trigger)
    return False


def _own_sides_after(sentence: Sentence, trigger: Trigger) -> bool:
    """True when a ``BETWEEN`` cue after the document, in its clause, is followed there by an agency or a country."""
    clause = clause_of(sentence, trigger.start)
    for cue in sentence.cues_of("BETWEEN"):
        if trigger.end <= cue.start < clause[1] and any(
                cue.end <= m.start < clause[1] and m.label in ("AGENCY", "COUNTRY") for m in sentence.mentions):
            return True
    return False


def _anaphoric_treaty(analysis: Analysis, sentence: Sentence,
                      triggers: list[Trigger]) -> tuple[list[Trigger], list[Mention]]:
    """A document named by an anaphora is the treaty the title or the sentences before name.

    "Le Nigeria et le Rwanda ont adhéré aux accords le 13 décembre 2022": its joining verbs then are triggers too.
    """
    anaphora = sentence.cues_of("DOCUMENT_ANAPHORA")
    # "Une fois l'accord signé, l'AEE rejoindra le programme": a document named inside a condition is none
    named_by_anaphora = any(t.kind and any(a.start <= t.start and t.end <= a.end for a in anaphora)
                            and not conditional(sentence, t.start) for t in triggers)
    # "Spain became the 25th signatory last month": a joining worded as a rank names no document
    by_rank = any(c.rule.refers_back for c in sentence.cues_of("ACCORDS_JOIN"))
    if not named_by_anaphora and not (by_rank and not any(t.kind for t in triggers)):
        return triggers, []
    treaties, _ = referred_document(analysis, sentence)
    if not treaties:
        return triggers, []
    taken = [(m.start, m.end) for m in sentence.mentions]
    joins = [Trigger(c.start, c.end, None, True, c.text) for c in sentence.cues_of("ACCORDS_JOIN")
             if not any(t.start == c.start for t in triggers) and not overlaps(c.start, c.end, taken)]
    return sorted(triggers + joins, key=lambda t: (t.start, t.end)), treaties


def signing_event(analysis: Analysis, sentence: Sentence) -> SigningEvent | None:
    """The signing the sentence reports, or None (no trigger, a weak verb alone, or not a new signing)."""
    triggers, treaties = triggers_of(sentence)
    if not treaties:
        triggers, treaties = _anaphoric_treaty(analysis, sentence, triggers)
    if not triggers:
        return None
    named_document = any(t.kind for t in triggers) or bool(treaties)
    # "Both agencies welcomed the signing": the signing reported before, not a new one
    anaphora = sentence.cues_of("SIGNING_ANAPHORA")
    others_from = None
    if not named_document and all(any(a.start <= t.start and t.end <= a.end for a in anaphora) for t in triggers):
        others_from = other_signings(sentence, anaphora)
        if others_from is None:
            return None
    # "reached", "struck": a signing only when the sentence names what was reached ("reached Mars orbit" is not)
    if not named_document and all(t.needs_document for t in triggers if t.signing):
        return None
    status = signing_status(sentence, triggers)
    if status is None:
        return None
    anchor = anchor_of(sentence, triggers)
    recalled = bool(modified(sentence, "RECALL", anchor.start, anchor.end)) or others_from is not None
    return SigningEvent(sentence, anchor, triggers, treaties, status, recalled, others_from=others_from)


def other_signings(sentence: Sentence, anaphora: list) -> int | None:
    """Where a pronoun standing for other sides' signings starts, when the signing anaphora is compared with them.

    ("The signing follows that of Germany, which joined in September", "La signature thaïlandaise intervient
    après celles du Panama et de l'Autriche"): an ``OTHER_SIGNING`` cue after the anaphora, with a side named
    after it, reports those earlier signings (each its own record). None otherwise.
    """
    first = min(a.start for a in anaphora)
    for cue in sentence.cues_of("OTHER_SIGNING"):
        if cue.start > first and any(m.start >= cue.end and m.label in ("AGENCY", "COUNTRY")
                                     for m in sentence.mentions):
            return cue.start
    return None


def _facts(analysis: Analysis, event: SigningEvent, person_agency: dict[str, str]) -> list[AgreementFact]:
    fill_slots(analysis, event, person_agency)
    slots = event.slots
    _first_person_side(analysis, event)
    accords = [t for t in slots.treaties if t.id == ACCORDS_TREATY]
    if accords and any(t.signing for t in event.triggers):
        return _accords_facts(analysis, event)
    earlier = _dated_earlier_sides(event)
    if len(slots.parties) < 2 or (earlier and event.others_from is not None):
        return earlier  # "Par cette signature, ... après la Hongrie en 2003": the earlier signings, not this one again
    if earlier and slots.date in {f.date for f in earlier}:
        slots.date = None  # the year of an earlier signer the rank lists is not this signing's
        slots.reasons.pop("date", None)
    kind = _kind(event.triggers, event.anchor) or slots.inherited_kind or "agreement"
    reasons = "; ".join(f"{name}: {why}" for name, why in slots.reasons.items())
    fact = AgreementFact(kind, tuple(sorted(slots.parties)), slots.subject, plan_date(event, slots.date), event.status,
                         slots.signatories, evidence=[evidence(event.sentence)],
                         reason=f"trigger '{event.anchor.text}'" + (f" ({reasons})" if reasons else ""),
                         recalled=event.recalled)
    items = document_items(analysis, event, fact)
    if len(items) == 1:
        items = coordinated_documents(analysis, event, fact)
    return plural_document_pairs(analysis, event, dated_documents(event, items)) + earlier


def _dated_earlier_sides(event: SigningEvent) -> list[AgreementFact]:
    """Each earlier signer a rank lists with its own year signed the same kind of document with the same agency.

    ("le cinquième pays à conclure un tel accord avec l'ESA, après la Hongrie et la République tchèque en 2003, la
    Roumanie en 2006 et la Pologne en 2007"): the one agency the signing names between its trigger and the
    ``EARLIER_SIDES`` cue is the other side of each; a side without a year of its own takes the year of the sides
    joined to it ("la Hongrie et la République tchèque en 2003"). An undated list is membership: nothing.
    """
    sentence = event.sentence
    cues = [c for c in sentence.cues_of("EARLIER_SIDES") if c.start > event.anchor.end]
    if not cues or event.treaties or event.slots.treaties:
        return []
    cue = cues[0]
    agencies = {i for m in sentence.mentions if m.label == "AGENCY" and event.anchor.start < m.start < cue.start
                for i in m.ids}
    listed = [m for m in sentence.mentions if m.start > cue.end and m.label in ("AGENCY", "COUNTRY")
              and earlier_side_after(sentence, m, event.anchor.end)]
    if len(agencies) != 1 or not listed:
        return []
    other = next(iter(agencies))
    bounds = [m.start for m in listed[1:]] + [sentence.end]
    own = []
    for mention, stop in zip(listed, bounds, strict=True):
        dated = [d for d in sentence.dates if mention.end <= d.start < stop and d.value.year is not None]
        own.append(dated[0].value if dated else None)
    if own[-1] is None:
        return []
    for index in range(len(own) - 2, -1, -1):
        own[index] = own[index] or own[index + 1]  # "la Hongrie et la République tchèque en 2003"
    kind = _kind(event.triggers, event.anchor) or event.slots.inherited_kind or "agreement"
    facts = []
    for mention, date in zip(listed, own, strict=True):
        side = mention.ids[0]
        if side == other:
            continue
        facts.append(AgreementFact(kind, tuple(sorted((side, other))), None, date, "signed", [],
                                   evidence=[evidence(sentence)], recalled=True,
                                   reason=f"an earlier signer the rank after '{event.anchor.text}' lists, with its "
                                   "year"))
    return facts


PAIRED = "one of the documents a plural names, with each party after the link"


def plural_document_pairs(analysis: Analysis, event: SigningEvent, facts: list[AgreementFact]) -> list[AgreementFact]:
    """A plural document signed by one side with several others is one document per other side.

    ("Luxembourg had concluded similar agreements with Portugal and the United Arab Emirates", "a conclu des accords
    avec le Portugal et les Émirats"): the one party before the ``PARTNER_LINK`` cue ("with", "avec") with each party
    after it. A singular document ("an agreement with Italy and Spain") stays one multi-party record. Returns
    ``facts`` unchanged otherwise.
    """
    sentence = event.sentence
    if len(facts) != 1 or len(facts[0].parties) < 3 or not any(
            t.kind and _plural(sentence, t) for t in event.triggers):
        return facts
    links = [c for c in sentence.cues_of("PARTNER_LINK") if c.start > event.anchor.start
             or any(t.kind and t.start < c.start for t in event.triggers)]
    if not links:
        return facts
    link = links[0]
    before, after = [], []
    for party in facts[0].parties:
        places = [m.start for m in sentence.mentions if party in m.ids
                  or (m.label == "COUNTRY" and country_agency(analysis, m.ids[0]) == party)]
        if not places:
            return facts
        (after if min(places) > link.end else before).append(party)
    if len(before) != 1 or len(after) < 2:
        return facts
    # each document keeps the signers of its own two sides ("Goldin signed memoranda with A of ESA, B of CSA ..."); when
    # some other sides have a signer named, a side without one signed with nobody the sentence names ("with the UK
    # Space Agency, whose chief executive signed with Ms. Campbell, and with the Australian Space Agency")
    signed = {s.agency_id for s in facts[0].signatories} & set(after)
    return [replace(facts[0], parties=(pair := tuple(sorted((before[0], other)))),
                    signatories=[] if signed and other not in signed else [
                        s for s in facts[0].signatories if s.agency_id is None or s.agency_id in pair],
                    evidence=list(facts[0].evidence), reason=f"{facts[0].reason}; {PAIRED}") for other in after]


def _plural(sentence: Sentence, trigger: Trigger) -> bool:
    """True when the document noun is plural ("agreements", "des accords"); False without a tagger.

    The tagger's number, or a rule marking the phrase plural ("memoranda of understanding", which the small English
    tagger calls singular); a singular article before it wins.
    """
    doc = sentence.span.doc
    if not doc.has_annotation("TAG"):
        return False
    base = sentence.block.start
    span = doc.char_span(trigger.start - base, trigger.end - base, alignment_mode="expand")
    if span is None or _singular_article(span):
        return False
    return trigger.plural or "Plur" in span.root.morph.get("Number") or span.root.tag_ == "NNS"


_SINGULAR_ARTICLES = {"a", "an", "this", "un", "une", "le", "la", "l'", "l’", "ce", "cet", "cette"}


def _singular_article(span) -> bool:
    """True when the document noun's own article is singular ("un nouveau mémorandum", "a new memorandum").

    The nearest determiner within three words before it; the small French tagger may call the noun plural.
    """
    doc = span.doc
    for token in reversed(doc[max(0, span.start - 3) : span.start]):
        if token.pos_ == "DET" or token.lower_ in _SINGULAR_ARTICLES:
            return token.lower_ in _SINGULAR_ARTICLES
    return False


def _drop_restated_pairs(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A pair read from a plural document adds nothing when another fact of the article has the same parties."""
    others = {f.parties for f in facts if not (f.reason or "").endswith(PAIRED)}
    return [f for f in facts if not ((f.reason or "").endswith(PAIRED) and f.parties in others)]


def _first_person_side(analysis: Analysis, event: SigningEvent) -> None:
    """"Nous avons signé avec l'ISRO un accord", "we signed an agreement with NASA": the speaker's agency is a side.

    The speaker's agency is the agency the article names most often (an interview or a release of that agency),
    when that is a single agency the sentence does not name; it joins the parties the sentence gives.
    """
    slots = event.slots
    if not event.sentence.cues_of("FIRST_PERSON") or not slots.parties:
        return
    counts: dict[str, int] = {}
    for mention in analysis.mentions("AGENCY"):
        if mention.block.kind != "credit":
            for agency in mention.ids:
                counts[agency] = counts.get(agency, 0) + 1
    if not counts:
        return
    top = max(counts.values())
    speakers = [a for a, n in counts.items() if n == top]
    if len(speakers) == 1 and speakers[0] not in slots.parties and not any(
            speakers[0] in m.ids for m in event.sentence.mentions):
        slots.parties = [*slots.parties, speakers[0]]
        slots.reasons["parties"] = f"first person: the agency the article names most, {speakers[0]}"


def document_items(analysis: Analysis, event: SigningEvent, fact: AgreementFact) -> list[AgreementFact]:
    """One fact per document listed after the trigger (two or more ``DOCUMENT_ITEM`` cues).

    "signed two agreements: one on a joint lunar mission, the other on a data centre", "deux accords : l'un sur ...,
    l'autre sur ...": each fact is about the mission its item names, else its short English phrase. Returns
    ``[fact]`` unchanged when the sentence lists no documents.
    """
    sentence = event.sentence
    items = [c for c in sentence.cues_of("DOCUMENT_ITEM") if c.start >= event.anchor.start]
    if len(items) < 2:
        return [fact]
    facts = []
    for number, item in enumerate(items):
        end = items[number + 1].start if number + 1 < len(items) else sentence.end
        missions = [m for m in sentence.missions() if item.end <= m.start and m.end <= end]
        subject = host_mission(analysis, missions[0].id) if missions else item_phrase(sentence, item.end, end)
        facts.append(replace(fact, subject=subject, item=number, signatories=list(fact.signatories),
                             evidence=list(fact.evidence), reason=f"{fact.reason}; document {number + 1} of "
                             f"{len(items)} listed ('{item.text}')"))
    return facts


# "an agreement on NISAR and a charter", "un accord sur NISAR ainsi qu'une charte": a coordinator, then the second
# document's own determiner (one adjective may sit between: "and a new memorandum")
_NEXT_DOCUMENT = re.compile(r"\s(?:and|as well as|along with|et|ainsi qu['’]|ainsi que)\s*(?:a|an|the|its|their|un|une|"
                            r"le|la|l['’]|son|sa|leur)\s*(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


def coordinated_documents(analysis: Analysis, event: SigningEvent, fact: AgreementFact) -> list[AgreementFact]:
    """Two documents one signing joins with "and" are two agreements, each about what follows it.

    ("NASA and ISRO signed an agreement on NISAR and a charter setting up a Mars working group", "ont signé un accord
    sur la mission NISAR ainsi qu'une charte qui crée un groupe de travail"): a second document noun after the
    signing, with its own determiner right after a coordinator (``_NEXT_DOCUMENT``), starts a second document. Each
    keeps the signing's parties, date and signers; its kind is its own noun's, its subject the mission named between
    it and the next document, else its own topic phrase, else none. ``[fact]`` when the sentence joins no documents.
    """
    sentence = event.sentence
    documents = [t for t in event.triggers if t.kind and t.start >= event.anchor.start]
    joined = [documents[0]] if documents else []
    for document in documents[1:]:
        between = sentence.text[joined[-1].end - sentence.start : document.start - sentence.start]
        if _NEXT_DOCUMENT.search(between) and not any(joined[-1].end <= m.start < document.start
                                                      for m in sentence.mentions if m.label in ("AGENCY", "COUNTRY")):
            joined.append(document)
    if len(joined) < 2 or event.slots.treaties or event.treaties:
        return [fact]
    facts = []
    for number, document in enumerate(joined):
        end = joined[number + 1].start if number + 1 < len(joined) else sentence.end
        missions = [m for m in sentence.missions() if document.end <= m.start and m.end <= end]
        if missions:
            subject = host_mission(analysis, missions[0].id)
        else:
            phrase = topic_phrase(analysis, sentence, [document])
            subject = phrase if phrase and not _phrase_crosses(sentence, phrase, end) else None
        facts.append(replace(fact, kind=document.kind, subject=subject, item=number,
                             signatories=list(fact.signatories), evidence=list(fact.evidence),
                             reason=f"{fact.reason}; document {number + 1} of {len(joined)} joined "
                             f"('{document.text}')"))
    return facts


def _phrase_crosses(sentence: Sentence, phrase: str, end: int) -> bool:
    """True when a topic phrase is not found before ``end`` (it runs into the next document's words)."""
    words = phrase.removeprefix("phrase:").lower()
    return words not in sentence.text[: end - sentence.start].lower() and sentence.lang == "en"


def _kind(triggers: list[Trigger], anchor: Trigger) -> str | None:
    kinds = [t for t in triggers if t.kind]
    if not kinds:
        return None
    # the document nearest the signing; a specific kind wins over the generic "agreement"
    kinds.sort(key=lambda t: (t.kind == "agreement", abs(t.start - anchor.start)))
    return kinds[0].kind


def _accords_facts(analysis: Analysis, event: SigningEvent) -> list[AgreementFact]:
    """One accords record per signing side, plus NASA when the article names it.

    A side is the government (``country:XX``) unless an agency is named as signing; the
    document-level pass turns a country into its agency when that agency's head signs.
    """
    named = analysis.agency_ids_named()
    slots = event.slots
    sides: list[str] = []
    for value in slots.accords_sides:
        if value in ("NASA", "country:US") or value in sides:
            continue
        if value in analysis.kb.agencies and analysis.kb.agencies[value].country is None:
            continue  # an intergovernmental agency does not sign the Accords
        if value in analysis.kb.agencies and analysis.kb.agencies[value].country in slots.governments:
            continue  # a minister signs: the government is the side, not its agency
        sides.append(value)
    for code in sorted(slots.governments - {"US"}):
        if f"country:{code}" not in sides:
            sides.append(f"country:{code}")
    dates = _side_dates(event.sentence, sides)
    if len(sides) > 1 and not dates and slots.date is not None and not any(
            d.value == slots.date for d in event.sentence.dates):
        # "Mirzoyan signed for Armenia, while Parmelin signed for Switzerland" after a sentence dating each
        # side's signing on its own: each side keeps the date that sentence gives it
        for other in analysis.window(event.sentence, back=1):
            dates = _side_dates(other, sides)
    facts = []
    paired = signers_by_side(analysis, event, sides, {}) if len(sides) > 1 else {}
    sides += [side for side in paired if side not in sides and side != "NASA"]
    paired_names = {normalise_name(s.name) for found in paired.values() for s in found}
    for side in sides:
        members = {side, "NASA"} if "NASA" in named else {side}
        own = slots.signatories
        if len(sides) > 1:
            # NASA's signer is on every record NASA is a party of; a signer paired with a side is that side's only
            own = [s for s in slots.signatories if normalise_name(s.name) not in paired_names and (
                _signatory_side(s) in (side, None) or _signatory_side(s) in members)] + paired.get(side, [])
        own_date = dates.get(side)
        if event.status == "planned" and _before_the_article(analysis, own_date):
            # "La Hongrie signera les accords ..., après la Pologne qui les a signés en 2021": a side dated in its own
            # clause before the article's day signed already; only the others are planned
            facts.append(AgreementFact("accords", tuple(sorted(members)), f"treaty:{ACCORDS_TREATY}", own_date,
                                       "signed", own, evidence=[evidence(event.sentence)], recalled=True,
                                       reason="signing of the Artemis Accords, an earlier side the plan names"))
            continue
        facts.append(AgreementFact("accords", tuple(sorted(members)), f"treaty:{ACCORDS_TREATY}",
                                   plan_date(event, dates.get(side, slots.date)), event.status, own,
                                   evidence=[evidence(event.sentence)], reason="signing of the Artemis Accords"))
    return facts


def _side_dates(sentence: Sentence, sides: list[str]) -> dict[str, DateValue | None]:
    """Each side's own date when the sentence joins several signings in their own clauses.

    ("Ukraine joined later in 2020, and South Korea signed earlier this month"): the date of the clause naming the
    side when that clause reports a signing and has a date, else the first clause after it that is only a date
    ("les Pays-Bas ont rejoint les accords, le 1er novembre, puis l'Angola, dernier signataire, le 30 novembre");
    the other sides keep the event's date. Empty when the sentence has one signing clause, unless each side has a
    date of its own there.
    """
    clauses = {clause_of(sentence, c.start) for c in sentence.cues_of("SIGN", "ACCORDS_JOIN")}
    if len(sides) < 2:
        return {}
    undated = []
    named = sorted(m.start for m in sentence.mentions if set(m.ids) & set(sides))
    gapped = gapped_conjuncts(sentence, sides)
    # "..., and Sweden the next day": a side of a verbless conjunct has that conjunct's date
    found: dict[str, DateValue | None] = {side: conjunct.date.value for side, conjunct in gapped.items()}
    for side in [s for s in sides if s not in gapped]:
        mention = next((m for m in sentence.mentions if side in m.ids), None)
        if mention is None:
            continue
        # "la Suisse les avait signés lundi et la Suède mardi": only the dates before the next side's conjunct
        clause = before_conjuncts(own_signing_clause(sentence, mention.start), mention.start, gapped)
        stop = next((start for start in named if start > mention.start), sentence.end)
        if clause is None:
            # "... after Greece, which signed on 9 February, and Belgium, on 23 January": a side whose own
            # clause is followed by a clause that is only a date takes that date
            date = _trailing_date(sentence, clause_of(sentence, mention.start), stop)
            if date is not None:
                found[side] = date
            else:
                undated.append(side)
            continue
        dated = [d for d in sentence.dates if d.value.year is not None and clause[0] <= d.start < clause[1]
                 and not date_excluded(sentence, d.start, d.end)]
        relative = relative_signing_clause(sentence, clause)
        if not dated and relative is not None and mention is _last_of_clause(sentence, mention):
            # "after that of Greece, which signed on 9 February": the side's own relative clause
            dated = [d for d in sentence.dates if d.value.year is not None and relative[0] <= d.start < relative[1]
                     and not date_excluded(sentence, d.start, d.end)]
        if not dated and (date := _trailing_date(sentence, clause, stop)) is not None:
            found[side] = date  # "les Pays-Bas ont rejoint les accords, le 1er novembre, puis l'Angola, ..."
        elif dated:
            found[side] = dated[0].value
        else:
            undated.append(side)
    if gapped:
        found.update(shared_before_conjuncts(sentence, gapped, undated))
    elif len(found) >= 2 and len({d for d in found.values()}) == len(found):
        # a list of sides each dated on its own: a side without a date of its own takes none
        found.update({side: None for side in undated})
    elif len(clauses) < 2:
        return {}  # one signing clause: its sides share its date unless each has its own
    return found


def _last_of_clause(sentence: Sentence, mention: Mention) -> Mention:
    clause = clause_of(sentence, mention.start)
    return [m for m in sentence.mentions if clause[0] <= m.start < clause[1]][-1]


_DATE_ONLY = re.compile(r"^[\s,.;]*(?:(?:on|in|le|en|the)\s+)?[\s,.;]*$", re.IGNORECASE)


def _trailing_date(sentence: Sentence, clause: tuple[int, int], stop: int) -> DateValue | None:
    """The date of the first clause after ``clause`` that is only a date ("..., le 23 janvier"), before ``stop``.

    The clauses between may describe the side ("puis l'Angola, dernier signataire de l'année, le 30 novembre");
    a clause with a date that is not alone there (another event's), or the next side (``stop``), ends the search.
    """
    while clause[1] < sentence.end:
        following = clause_of(sentence, clause[1] + 1)
        if following[0] >= stop or following == clause:
            return None
        dated = [d for d in sentence.dates if following[0] <= d.start < following[1] and d.value.year is not None]
        if dated:
            text = sentence.text[following[0] - sentence.start : following[1] - sentence.start]
            rest = text.replace(dated[0].text, "", 1)
            return dated[0].value if len(dated) == 1 and _DATE_ONLY.match(rest) else None
        clause = following
    return None


def _signatory_side(signatory) -> str | None:
    if signatory.government_country:
        return f"country:{signatory.government_country}"
    return signatory.agency_id


def _resolve_accords_sides(analysis: Analysis, facts: list[AgreementFact]) -> None:
    """An Artemis Accords side is its government, unless the article has the country's agency head sign.

    Decided over the whole article, since the title ("India joins the Artemis Accords") and the
    sentence naming the signatory are usually different sentences.
    """
    accords = [f for f in facts if f.kind == "accords"]
    agency_signers = {s.agency_id for f in accords for s in f.signatories if s.agency_id} | {
        p for f in accords for p in f.parties if p in analysis.kb.agencies and p != "NASA"}
    government_signers = {s.government_country for f in accords for s in f.signatories if s.government_country}
    for fact in accords:
        parties = []
        for party in fact.parties:
            if party.startswith("country:"):
                code = party.split(":", 1)[1]
                agency = country_agency(analysis, party)
                if agency and agency in agency_signers and code not in government_signers:
                    party = agency
            elif party in analysis.kb.agencies and party != "NASA":
                country = analysis.kb.agencies[party].country
                if country and party not in agency_signers and country in government_signers:
                    party = f"country:{country}"
            parties.append(party)
        fact.parties = tuple(sorted(set(parties)))


def _drop_summaries(facts: list[AgreementFact]) -> list[AgreementFact]:
    """A summary sentence restating several signings adds no multi-party record.

    ("signed agreements with Italy and Spain", then one sentence per signing): drop a fact of three or more parties
    whose parties are all covered by two or more smaller facts of the article that share a party with it.
    """
    kept = []
    for fact in facts:
        if len(fact.parties) >= 3 and fact.kind != "accords":
            parts = [f for f in facts if f is not fact and 2 <= len(f.parties) < len(fact.parties)
                     and set(f.parties) <= set(fact.parties)]
            if len(parts) >= 2 and set().union(*(f.parties for f in parts)) == set(fact.parties):
                continue
        kept.append(fact)
    return kept
