"""A group back-reference as the subject gives its status cue to each craft of the group (issue #11, status).

"NorSat-1 et NorSat-2 ... ont été lancés le 14 juillet 2017. Les deux engins captent les signaux des navires": both
craft work now (active). Only as the sentence's subject, and only for craft the article says have launched (a
present verb of its own work). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def statuses(extractor, text: str) -> dict[str, str | None]:
    """Status by name, written without spaces or hyphens ("Sentinel 2A" and "Sentinel-2A" are one key)."""
    return {_key(r["name"]): r["status"] for r in checked_records(extractor, text, "mission", "news")}


def _key(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


@pytest.mark.parametrize("text, names", [
    ("Ships\n\nNorSat-1 and NorSat-2 were launched on 14 July 2017 from Baikonur. The two satellites track the "
     "signals that ships send.\n", ("NorSat 1", "NorSat 2")),
    ("Navires\n\nNorSat-1 et NorSat-2 ont été lancés le 14 juillet 2017 depuis Baïkonour. Les deux engins captent les "
     "signaux des navires.\n", ("NorSat 1", "NorSat 2")),
    ("Land\n\nSentinel-2A was launched in June 2015 and Sentinel-2B in March 2017. The three satellites image the "
     "Earth's land surfaces.\n", ("Sentinel 2A", "Sentinel-2B")),
    ("Terres\n\nSentinel-2A a été lancé en juin 2015 et Sentinel-2B en mars 2017. Les trois satellites photographient "
     "les terres émergées.\n", ("Sentinel 2A", "Sentinel-2B")),
])
def test_a_group_subject_gives_each_launched_craft_its_status(extractor, text, names):
    found = statuses(extractor, text)
    assert all(found[_key(name)] == "active" for name in names)


@pytest.mark.parametrize("text, names", [
    # the group is the object, not the subject
    ("Ships\n\nNorSat-1 and NorSat-2 were launched on 14 July 2017 from Baikonur. Engineers in Oslo watch the two "
     "satellites closely.\n", ("NorSat 1", "NorSat 2")),
    ("Navires\n\nNorSat-1 et NorSat-2 ont été lancés le 14 juillet 2017 depuis Baïkonour. Des ingénieurs d'Oslo "
     "surveillent les deux engins.\n", ("NorSat 1", "NorSat 2")),
    # no launch told: a present verb of its own work says nothing of craft still to fly
    ("Ships\n\nNorSat-1 and NorSat-2 are two Norwegian satellites. The two satellites track the signals that ships "
     "send.\n", ("NorSat 1", "NorSat 2")),
])
def test_a_group_that_is_no_subject_or_not_launched_gets_no_status(extractor, text, names):
    found = statuses(extractor, text)
    assert all(found[_key(name)] is None for name in names)
