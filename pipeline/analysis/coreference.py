"""Simple coreference: "the latter", "the former", "the agency" (and French forms) to a recent agency."""

from __future__ import annotations

import re

from .document import Analysis, Mention, Sentence, _add_mention

_COREF = {
    "en": re.compile(r"\b(?P<latter>the latter)\b|\b(?P<former>the former)\b|\b(?P<agency>the (?:space )?agency)\b"
                     r"(?!\s+(?:of|for)\b)", re.I),
    "fr": re.compile(r"\b(?P<latter>(?:cette|ce) derni[eè]re?)\b|\b(?P<former>(?:la|le) premi[eè]re?)\b(?!\s+\w+)"
                     r"|(?P<agency>\bl['’]agence(?: spatiale)?)\b(?!\s+(?:spatiale\s+)?[\w-]+(?:e|s)\b)", re.I),
}


def _resolve_coreference(analysis: Analysis) -> None:
    """Link "the latter", "the former", "the agency" (and French forms) to a recent agency.

    Only agencies named in the same or the previous sentence of the same block are candidates,
    so a generic "the agency" far from any agency stays unlinked.
    """
    for sentence in analysis.sentences:
        pattern = _COREF.get(sentence.lang)
        if pattern is None:
            continue
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            recent = _recent_agencies(analysis, sentence, start)
            if not recent:
                continue
            if match.group("former"):
                if len(recent) < 2:
                    continue
                target = recent[-2]
            else:
                target = recent[-1]
            _add_mention(analysis, start, sentence.start + match.end(), "AGENCY", target.ids[:1], "coref", None)


def _recent_agencies(analysis: Analysis, sentence: Sentence, before: int) -> list[Mention]:
    found: list[Mention] = []
    for other in analysis.sentences[max(0, sentence.index - 1) : sentence.index + 1]:
        if other.block.index != sentence.block.index and other.index != sentence.index:
            continue
        found.extend(m for m in other.mentions if m.label == "AGENCY" and m.end <= before and len(m.ids) == 1)
    return found
