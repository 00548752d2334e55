"""Rule layers that read a long sentence once, not once per name or cue in it (issue 13, session 11).

A page of hundreds of lines that the sentence rules keep as one sentence (a tag list, a status board) made the
status cues' relative-clause test and the linker's context test read the whole sentence again for every mission
name: quadratic, tens of CPU seconds per page. Each is now read once per sentence (or context window), with the
same answers: the tests compare the memoised forms with the plain ones, in both languages, and count the reads.
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.relations.missions import status
from spacerec.relations.missions.status_rules import status_rules

_NAMES = ["Sentinel-2C", "SMOS", "CryoSat-2", "Aeolus", "Proba-V", "EarthCARE"]


def _reference_in_relative(analysis, sentence, table, mission_id: str, cue_start: int) -> bool:
    """The relative-clause test as it read before the memo: the rest of the sentence, lowered, per name."""
    for mention in sentence.missions():
        if mention.id == mission_id or mention.end > cue_start:
            continue
        after = analysis.text[mention.end:sentence.end]
        marker = next((m for m in table.relative_markers if after.lower().startswith(m.lower())), None)
        if marker is None:
            continue
        close = after.find(",", len(marker))
        end = mention.end + (close if close >= 0 else len(after))
        owners = {m.id for m in status._listed(analysis, sentence, table, mention.end, backward=True)}
        if cue_start < end and mission_id not in owners and not any(
                m.id == mission_id and mention.end <= m.start < end for m in sentence.missions()):
            return True
    return False


_BOARDS = {
    "en": "Mission board\n\nESA publishes the board below.\n\n" + "\n".join(
        f"Line {i}: {_NAMES[i % 6]}, which is still operating, and {_NAMES[(i + 2) % 6]}, which ended its work, "
        f"then {_NAMES[(i + 4) % 6]} and {_NAMES[(i + 1) % 6]}, that flies on" for i in range(12)) + "\n",
    "fr": "Tableau des missions\n\nL'ESA publie le tableau ci-dessous.\n\n" + "\n".join(
        f"Ligne {i} : {_NAMES[i % 6]}, qui est toujours en service, et {_NAMES[(i + 2) % 6]}, qui a cessé, "
        f"puis {_NAMES[(i + 4) % 6]} et {_NAMES[(i + 1) % 6]}, que l'ESA exploite" for i in range(12)) + "\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_relative_clause_memo_answers_as_the_plain_test(blank_extractor, lang):
    analysis = blank_extractor.analyse(_BOARDS[lang])
    table = status_rules(lang)
    checked = fired = 0
    memo: dict = {}
    for sentence in analysis.sentences:
        ids = sorted({m.id for m in sentence.missions()})
        for mission_id in ids:
            for cue_start in range(sentence.start, sentence.end, 3):
                want = _reference_in_relative(analysis, sentence, table, mission_id, cue_start)
                assert status._in_relative_of_another(analysis, sentence, table, mission_id, cue_start, memo) == want
                assert status._in_relative_of_another(analysis, sentence, table, mission_id, cue_start) == want
                checked += 1
                fired += want
    # both answers occur: cues inside another mission's relative clause, and cues that are not
    assert checked > 500 and 0 < fired < checked


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_relative_clauses_of_a_sentence_are_read_once(blank_extractor, monkeypatch, lang):
    calls: list[int] = []
    original = status._relatives

    def counting(analysis, sentence, table):
        calls.append(sentence.index)
        return original(analysis, sentence, table)

    monkeypatch.setattr(status, "_relatives", counting)
    records = checked_records(blank_extractor, _BOARDS[lang], "mission")
    assert {"SMOS", "CryoSat 2"} <= {r["name"] for r in records} and any(r["status"] for r in records)
    assert calls and len(calls) == len(set(calls))  # at most once per sentence, however many cues it holds


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Line: CryoSat-2, which is still operating"),
    ("fr", "Ligne : CryoSat-2, qui est toujours en service"),
])
def test_relative_marker_after_a_capital_sigma_reads_the_whole_rest(blank_extractor, lang, text):
    # a capital sigma lowers by what follows it: the window falls back to the whole rest of the sentence
    analysis = blank_extractor.analyse(text.replace("CryoSat-2", "CryoSat-2 ΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣ"))
    sentence = next(s for s in analysis.sentences if s.missions())
    assert status._relatives(analysis, sentence, status_rules(lang)) == []  # the sigmas stand between name and marker
    analysis = blank_extractor.analyse(text)
    sentence = next(s for s in analysis.sentences if s.missions())
    [(name_end, end, owners)] = status._relatives(analysis, sentence, status_rules(lang))
    assert analysis.text[name_end:end].startswith((", which", ", qui")) and end == sentence.end
    assert owners == {m.id for m in sentence.missions()}


def test_context_words_are_read_once_per_window(shipped_nlps, monkeypatch):
    """Each sentence's context words are read once per doc; another sentence's words never count."""
    nlp = shipped_nlps["en"]
    linker = nlp.get_pipe("spacerec_mentions")
    reads: list[tuple[int, int]] = []
    original = linker._has_context.__func__

    def spy(self, span, mission_id):
        before = dict(self._context_words[1]) if self._context_words is not None else {}
        result = original(self, span, mission_id)
        after = self._context_words[1] if self._context_words is not None else {}
        reads.extend(key for key in after if key not in before and key != "sentences")
        return result

    monkeypatch.setattr(type(linker), "_has_context", spy)
    # "Salsa" is a Cluster craft only near its context words (cluster, spacecraft...)
    text = " ".join(["The Salsa spacecraft of the Cluster quartet measured the field." if i % 2 == 0
                     else "A Salsa band played at the festival." for i in range(10)])
    doc = nlp(text)
    linked = [span for span in doc.spans["sr_mentions"] if span.text == "Salsa"]
    assert len(linked) == 5 and all(doc[span.start].sent.text.startswith("The Salsa") for span in linked)
    assert reads and len(reads) == len(set(reads)) <= 10
    assert linker._context_words is None  # nothing of the doc is kept after it


def test_context_words_memo_gives_the_plain_answer_outside_a_match(shipped_nlps):
    nlp = shipped_nlps["fr"]
    linker = nlp.get_pipe("spacerec_mentions")
    doc = nlp("Le satellite Salsa de la mission Cluster mesure le champ. Un orchestre de salsa a joué.")
    craft = next(span for span in doc.spans["sr_mentions"] if span.text == "Salsa")
    dance = next(doc[t.i : t.i + 1] for t in doc if t.text == "salsa")
    assert linker._has_context(craft, "cluster_salsa") and not linker._has_context(dance, "cluster_salsa")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_clauses_of_a_scope_as_the_plain_filter(blank_extractor, lang):
    from spacerec.relations.common import clauses
    from spacerec.relations.missions.rule_file import rules

    analysis = blank_extractor.analyse(_BOARDS[lang])
    sentence = max(analysis.sentences, key=lambda s: len(s.missions()))
    cut = clauses(sentence, rules(lang)["clause_breaks"])
    assert len(cut) > 12
    memo: list[tuple[int, int]] = []
    for scope in status._scopes(analysis, sentence, status_rules(lang)) + [(sentence.start, sentence.end)]:
        want = [(max(a, scope[0]), min(b, scope[1])) for a, b in cut if a < scope[1] and b > scope[0]]
        assert status._clauses_in(sentence, scope, memo) == want == status._clauses_in(sentence, scope)
    assert memo == cut
