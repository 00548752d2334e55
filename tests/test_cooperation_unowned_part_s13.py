"""A supply to a part nobody leads (an instrument the text only names by its acronym) serves the mission before it.

Invented sentences, English and French: the supplier pairs with the lead of the mission the sentences before name;
a lower-case trigger ("met") never matches an acronym written in capitals ("(MET)"); a part whose own lead the
text states gives no such pair (negative cases).
"""

from __future__ import annotations

import pytest
from checked import checked_records


def cooperations(extractor, text):
    return {tuple(r["parties"]) for r in checked_records(extractor, text, "agreement", "unowned")
            if r["kind"] == "cooperation"}


@pytest.mark.parametrize("text", [
    "Phoenix lands\n\nNASA's Phoenix lander reached Mars in 2008. Its arm dug into the ice. "
    "The thermal probe (TPX), supplied by the Canadian Space Agency, read the soil every hour.\n",
    "Phoenix se pose\n\nL'atterrisseur Phoenix de la NASA s'est posé sur Mars en 2008. Son bras a creusé la glace. "
    "La sonde thermique (TPX), fournie par l'Agence spatiale canadienne, a mesuré le sol chaque heure.\n",
    # the acronym 'MET' holds no 'met' (talks) cue
    "Phoenix lands\n\nNASA's Phoenix lander reached Mars in 2008. Its arm dug into the ice. "
    "The weather mast (MET), supplied by the Canadian Space Agency, read the wind every hour.\n",
])
def test_supply_to_an_unowned_part_serves_the_mission_before(extractor, text):
    assert ("CSA", "NASA") in cooperations(extractor, text)


@pytest.mark.parametrize("text", [
    # the supplier is the part's own lead, as the text states: no cooperation with the mission's lead
    "Phoenix lands\n\nNASA's Phoenix lander reached Mars in 2008. The thermal probe (TPX), led and supplied by "
    "NASA, read the soil every hour.\n",
    # a meeting, not a supply: 'met' in lower case still reads as talks
    "Rencontre\n\nLe satellite Phoenix de la NASA a été lancé en 2007. Les chefs de la NASA et de l'Agence "
    "spatiale canadienne n'ont pas fourni de matériel.\n",
])
def test_no_unowned_part_pair_without_a_supply_by_another_agency(extractor, text):
    assert ("CSA", "NASA") not in cooperations(extractor, text)
