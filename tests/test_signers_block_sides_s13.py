"""A signers block line names the government its signer signs for (session 13): invented people, en and fr.

"Kari Berg, Minister of Trade, for the Government of Norway" signs none of the signings whose sentence names other
countries only ("Finland signed in January"); a minister's line naming one country puts him on that country's record
when one sentence reports two countries' signings.
"""

from __future__ import annotations

import pytest
from checked import checked_records


def signers_by_parties(extractor, text):
    return {tuple(r["parties"]): {s["name"] for s in r["signatories"]}
            for r in checked_records(extractor, text, "agreement")}


@pytest.mark.parametrize("text", [
    "Norway signs the Artemis Accords\n\nNorway signed the Artemis Accords in Oslo on 15 May 2025, NASA said. Finland "
    "signed in January.\n\nSigners\nKari Berg, Minister of Trade and Industry, for the Government of Norway\n",
    "La Norvège signe les accords Artemis\n\nLa Norvège a signé les accords Artemis à Oslo le 15 mai 2025, a indiqué "
    "la NASA. La Finlande a signé en janvier.\n\nSignataires\nKari Berg, ministre du Commerce et de l'Industrie, pour "
    "le gouvernement de la Norvège\n",
])
def test_line_of_another_government_signs_no_other_signing(extractor, text):
    found = signers_by_parties(extractor, text)
    assert found[("NASA", "country:NO")] == {"Kari Berg"}
    assert found[("NASA", "country:FI")] == set()


@pytest.mark.parametrize("text", [
    "Peru and Slovakia sign the Artemis Accords\n\nPeru and Slovakia signed the Artemis Accords on 30 May 2024 at "
    "NASA headquarters in Washington.\n\nSigners\n- Ana Ruiz, Peru's foreign minister\n- Jan Novak, Slovakia's "
    "education minister\n",
    "Le Pérou et la Slovaquie signent les accords Artemis\n\nLe Pérou et la Slovaquie ont signé les accords Artemis le "
    "30 mai 2024 au siège de la NASA à Washington.\n\nSignataires\n- Ana Ruiz, ministre des Relations extérieures du "
    "Pérou\n- Jan Novak, ministre slovaque de l'Éducation\n",
])
def test_minister_line_signs_for_its_country_only(extractor, text):
    found = signers_by_parties(extractor, text)
    assert "Ana Ruiz" in found[("NASA", "country:PE")]
    assert "Ana Ruiz" not in found[("NASA", "country:SK")]
