"""Where a modifier reaches in a signing sentence: its own clause, not the whole sentence.

Kinds found by a reviewer's own articles, each written here as invented articles (real agencies and
countries, invented people and wording), in English and French, a negative case next to each positive:
- a future clause describing the document (", which will ...") does not move the signing's weekday;
- a headline infinitive or future ("X to sign the Accords on Friday") is a planned signing;
- founding members written as background give no records and lend no treaty or date to the next signing;
- a negation denies its own clause only ("..., but CNES did not sign it"; "X, which did not sign in
  2021, signed them on ...");
- two signings joined by ", and" in one sentence each keep their own date.
"""

from __future__ import annotations

import pytest
from checked import by_parties, checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "scope")



# ---- a future clause keeps to its clause (9 October 2024 is a Wednesday) ------------------------------

@pytest.mark.parametrize("text", [
    "ESA and JAXA sign instrument deal\n\nParis, 9 October 2024\n\n"
    "ESA and JAXA signed an agreement on Tuesday on a lunar dust sensor, which will fly on a lander in 2027.\n",
    "L'ASI et le CNES signent un accord\n\nRome, le 9 octobre 2024\n\n"
    "L'ASI et le CNES ont signé mardi un accord sur un capteur de poussière lunaire, qui sera installé sur "
    "un atterrisseur en 2027.\n",
])
def test_a_future_relative_clause_does_not_move_the_weekday(extractor, text):
    found = [r for r in agreements(extractor, text) if len(r["parties"]) == 2]
    assert [(r["date"], r["status"]) for r in found] == [("2024-10-08", "signed")]


@pytest.mark.parametrize("text", [
    "ESA and JAXA to sign instrument deal\n\nParis, 9 October 2024\n\n"
    "ESA and JAXA are set to sign an agreement on Tuesday on a lunar dust sensor, which is already built.\n",
    "L'ASI et le CNES vont signer un accord\n\nRome, le 9 octobre 2024\n\n"
    "L'ASI et le CNES doivent signer mardi un accord sur un capteur de poussière lunaire, qui est déjà "
    "construit.\n",
])
def test_a_future_in_the_weekday_clause_dates_it_ahead(extractor, text):
    found = [r for r in agreements(extractor, text) if len(r["parties"]) == 2]
    assert found and {(r["date"], r["status"]) for r in found} == {("2024-10-15", "planned")}


# ---- a headline infinitive is a plan (7 October 2024 is a Monday) -----------------------------------------

@pytest.mark.parametrize("text", [
    "Chile to join Artemis Accords on Thursday\n\nSantiago, 7 October 2024\n\nOfficials gave no other details.\n",
    "Le Chili signera les accords Artemis jeudi\n\nSantiago, le 7 octobre 2024\n\n"
    "Les autorités n'ont pas donné d'autres détails.\n",
])
def test_a_headline_infinitive_is_a_planned_signing(extractor, text):
    found = by_parties(agreements(extractor, text)).get(("NASA", "country:CL")) or by_parties(
        agreements(extractor, text)).get(("country:CL",), [])
    assert [(r["status"], r["date"]) for r in found] == [("planned", "2024-10-10")]


@pytest.mark.parametrize("text", [
    "Chile becomes 45th nation to sign Artemis Accords\n\nSantiago, 7 October 2024\n\n"
    "Officials gave no other details.\n",
    "Le Chili devient le 45e pays à signer les accords Artemis\n\nSantiago, le 7 octobre 2024\n\n"
    "Les autorités n'ont pas donné d'autres détails.\n",
])
def test_a_rank_headline_is_no_plan(extractor, text):
    found = [r for r in agreements(extractor, text) if "country:CL" in r["parties"]]
    assert found and all(r["status"] == "signed" for r in found)


# ---- founding members as background --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "JAXA and ASI team up on lunar dust\n\nTokyo, 3 March 2025\n\n"
    "JAXA and ASI signed a memorandum of understanding on 2 March 2025 on lunar dust research.\n\n"
    "Japan and Italy are founding members of the Artemis Accords, which were signed in October 2020 by "
    "Japan, Italy, Canada and the United Kingdom.\n\n"
    "The memorandum was signed by Aiko Tanabe, head of JAXA, and Marco Ferri, president of ASI.\n",
    "La JAXA et l'ASI s'associent sur la poussière lunaire\n\nTokyo, le 3 mars 2025\n\n"
    "La JAXA et l'ASI ont signé le 2 mars 2025 un protocole d'accord sur la poussière lunaire.\n\n"
    "Le Japon et l'Italie sont membres fondateurs des accords Artemis, signés en octobre 2020 par le Japon, "
    "l'Italie, le Canada et le Royaume-Uni.\n\n"
    "Le président de la JAXA, Aiko Tanabe, et le président de l'ASI, Marco Ferri, ont signé le protocole.\n",
])
def test_founding_members_are_background(extractor, text):
    found = agreements(extractor, text)
    assert not [r for r in found if r["kind"] == "accords"]
    mou = [r for r in found if r["parties"] == ["ASI", "JAXA"]]
    assert [(r["kind"], r["date"]) for r in mou] == [("mou", "2025-03-02")]


@pytest.mark.parametrize("text", [
    "Angola joins the Artemis Accords\n\nLuanda, 3 March 2025\n\n"
    "Angola signed the Artemis Accords on 2 March 2025, which were first signed in October 2020.\n",
    "L'Angola rejoint les accords Artemis\n\nLuanda, le 3 mars 2025\n\n"
    "L'Angola a signé le 2 mars 2025 les accords Artemis, signés pour la première fois en octobre 2020.\n",
])
def test_a_signing_without_a_founding_cue_stays(extractor, text):
    dates = {r["date"] for r in agreements(extractor, text) if "country:AO" in r["parties"]}
    assert dates == {"2025-03-02"}


# ---- a negation denies its own clause --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ASI and NASA sign sensor deal\n\nRome, 12 March 2025\n\n"
    "ASI signed an agreement with NASA on 11 March 2025 on lunar radiation sensors, but CNES did not sign it.\n",
    "L'ASI et la NASA signent un accord\n\nRome, le 12 mars 2025\n\n"
    "L'ASI a signé un accord avec la NASA le 11 mars 2025 sur des capteurs de radiation lunaires, mais le CNES "
    "n'a pas signé ce texte.\n",
])
def test_a_negated_clause_leaves_the_signing_of_another(extractor, text):
    found = agreements(extractor, text)
    assert [(r["parties"], r["date"]) for r in found if r["kind"] != "accords"] == [(["ASI", "NASA"], "2025-03-11")]
    assert not [r for r in found if "CNES" in r["parties"]]


@pytest.mark.parametrize("text", [
    "Angola joins the Artemis Accords\n\nWashington, 20 March 2025\n\n"
    "Angola, which did not sign the Accords in 2021, signed them on 19 March 2025 in Washington.\n",
    "L'Angola rejoint les accords Artemis\n\nWashington, le 20 mars 2025\n\n"
    "L'Angola, qui n'avait pas signé les accords en 2021, les a signés le 19 mars 2025 à Washington.\n",
])
def test_a_negated_relative_clause_does_not_date_the_signing(extractor, text):
    dates = {r["date"] for r in agreements(extractor, text) if "country:AO" in r["parties"]}
    assert dates == {"2025-03-19"}


@pytest.mark.parametrize("text", [
    "CNES stays out\n\nRome, 12 March 2025\n\nCNES did not sign the agreement with NASA on 11 March 2025.\n",
    "Le CNES reste à part\n\nRome, le 12 mars 2025\n\nLe CNES n'a pas signé l'accord avec la NASA le 11 mars 2025.\n",
])
def test_a_negated_signing_alone_gives_nothing(extractor, text):
    assert agreements(extractor, text) == []


# ---- two signings joined by ", and" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two more nations join the Artemis Accords\n\nWashington, 1 April 2025\n\n"
    "Kenya signed the Artemis Accords on 20 February, and Angola signed on 12 March, NASA said.\n",
    "Deux pays de plus rejoignent les accords Artemis\n\nWashington, le 1er avril 2025\n\n"
    "Le Kenya a signé les accords Artemis le 20 février, et l'Angola les a signés le 12 mars, a indiqué la NASA.\n",
])
def test_two_joined_signings_keep_their_own_dates(extractor, text):
    dates = {}
    for r in agreements(extractor, text):
        for party in r["parties"]:
            if party in ("country:KE", "country:AO"):
                dates.setdefault(party, set()).add(r["date"])
    assert dates == {"country:KE": {"2025-02-20"}, "country:AO": {"2025-03-12"}}


@pytest.mark.parametrize("text", [
    "Kenya joins the Artemis Accords\n\nWashington, 1 April 2025\n\n"
    "Kenya signed the Artemis Accords on 20 February, and NASA welcomed the decision on 24 February.\n",
    "Le Kenya rejoint les accords Artemis\n\nWashington, le 1er avril 2025\n\n"
    "Le Kenya a signé les accords Artemis le 20 février, et la NASA a salué cette décision le 24 février.\n",
])
def test_a_joined_clause_without_a_signing_lends_no_date(extractor, text):
    dates = {r["date"] for r in agreements(extractor, text) if "country:KE" in r["parties"]}
    assert dates == {"2025-02-20"}
