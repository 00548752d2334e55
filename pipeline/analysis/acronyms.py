"""Acronyms defined in one place ("European Space Agency (ESA)") and used anywhere in the article."""

from __future__ import annotations

import re

from ..entities.abbreviations import find_abbreviations
from ..entities.heads import guess_label
from ..records import normalise_name
from ..regex_cache import compiled
from .document import Analysis, _add_mention


def _link_abbreviations(analysis: Analysis) -> None:
    """Link every use of an acronym the text defines to what its long form links to."""
    text = analysis.text
    definitions = find_abbreviations(text)
    if not definitions:
        return
    all_mentions = list(analysis.mentions())
    for definition in definitions:
        long_norm = normalise_name(definition.long)
        linkable = [m for m in all_mentions if m.label in ("AGENCY", "MISSION", "ORG", "TREATY")]
        # the mention that is the long form, or that covers it ("the European Space Agency (ESA)")
        target = next((m for m in linkable if normalise_name(m.text) == long_norm
                       or (m.start <= definition.long_start and m.end >= definition.long_end - 1)), None)
        short = next((m for m in all_mentions if m.text == definition.short and m.start == definition.short_start
                      and m.label in ("AGENCY", "MISSION")), None)
        short_known = short is not None or any(m.text == definition.short and m.start == definition.short_start
                                               for m in all_mentions)
        if target is None and short is not None:
            # "The Imaging X-ray Polarimetry Explorer, or IXPE": the KB knows the acronym, so the long form is
            # that entry too, never a second mission of the same name
            _add_mention(analysis, definition.long_start, definition.long_end, short.label, short.ids,
                         "abbreviation", short.name)
            analysis.abbreviations[definition.short] = definition.long
            continue
        if target is None:
            label = guess_label(definition.long)
            if label is None:
                continue
            ids = (definition.short.upper() if label == "AGENCY" else f"abbr:{normalise_name(definition.short)}",)
            name = definition.short
            # the long form itself becomes a mention too
            _add_mention(analysis, definition.long_start, definition.long_end, label, ids, "abbreviation", name)
        else:
            label, ids, name = target.label, target.ids, target.name
        analysis.abbreviations[definition.short] = definition.long
        if short_known:
            continue
        for match in compiled(rf"(?<![\w-]){re.escape(definition.short)}(?![\w-])").finditer(text):
            _add_mention(analysis, match.start(), match.end(), label, ids, "abbreviation", name)
