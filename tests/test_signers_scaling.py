"""The signatory rules do per-document work once per document, not once per signing (session 12).

A scraped dump of thousands of signings in one file used to take time ~ signings x sentences: the caption rule
rebuilt the body's onlookers, and the signers-block rule looked for a signers heading in every sentence, for each
signing. These tests count the calls of those inner helpers for N and 2N signings: linear work doubles, quadratic
work quadruples. No timing: a count does not depend on the machine.
"""

from __future__ import annotations

import pytest
from spacerec.relations import agreement_signers, agreements

_SIGNING = "NASA and ESA signed an agreement on lunar science."


def _calls(monkeypatch, extractor, helpers: list[tuple[object, str]], signings: int) -> dict[str, int]:
    """How often each helper runs while extracting a text of ``signings`` signing sentences."""
    counts = {name: 0 for _, name in helpers}
    for module, name in helpers:
        original = getattr(module, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            counts[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    text = "Signings\n\n" + "\n\n".join([_SIGNING] * signings) + "\n"
    extractor.extract(text)
    monkeypatch.undo()
    return counts


@pytest.mark.parametrize("helper", [(agreement_signers, "_onlookers"), (agreement_signers, "_signers_list_start"),
                                    (agreements, "signing_event")])
def test_work_grows_linearly_with_signings(monkeypatch, blank_extractor, helper):
    small = _calls(monkeypatch, blank_extractor, [helper], 40)[helper[1]]
    large = _calls(monkeypatch, blank_extractor, [helper], 80)[helper[1]]
    assert small > 0  # the helper runs on this text at all, so the ratio says something
    assert large / small < 2.5, (small, large)


def test_memo_forgotten_between_runs(blank_extractor):
    """A value memoised for one document never leaks into another: each analysis has its own memo."""
    first = blank_extractor.analyse("Signings\n\n" + _SIGNING + "\n")
    second = blank_extractor.analyse("Signings\n\n" + _SIGNING + "\n")
    first.memo("key", lambda: 1)
    assert second.memo("key", lambda: 2) == 2
    first.forget()
    assert first.memo("key", lambda: 3) == 3


def _clause_by_scan(text: str, start: int, position: int) -> tuple[int, int]:
    """The clause as the rules read it before the breaks were found once per text: a scan from the start."""
    import re

    local, begin, end = position - start, 0, len(text)
    for found in re.finditer(r"[,;:()]|\s[–—-]\s", text):
        if found.end() <= local:
            begin = found.end()
        elif found.start() >= local:
            end = found.start()
            break
    return start + begin, start + end


def test_clause_of_matches_a_scan_at_every_position():
    """The breaks found once per text give every position the clause a scan from the sentence's start gives."""
    from types import SimpleNamespace

    from spacerec.relations.agreement_context import clause_of

    text = "On 9 May, NASA (the agency) signed; ESA – after talks – signed too: a deal, (b) done."
    sentence = SimpleNamespace(text=text, start=100)
    for position in range(100, 100 + len(text) + 1):
        assert clause_of(sentence, position) == _clause_by_scan(text, 100, position), position
