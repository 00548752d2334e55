"""Agreement triggers and modifiers: a spaCy component driven by per-language rule records.

This is the "triggers" half of the "linked mentions and triggers" step: it reads nothing but
the tokens, so it runs inside the spaCy pipeline before any document-level pass.
"""

from __future__ import annotations

from .component import SPAN_KEY, AgreementCues
from .rules import Cue, CueRuleError, CueRules, load_cue_rules, shipped_rules_path

__all__ = ["SPAN_KEY", "AgreementCues", "Cue", "CueRuleError", "CueRules", "load_cue_rules", "shipped_rules_path"]
