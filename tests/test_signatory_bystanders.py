"""Who signed and who only was there: signatories tied to the signing verb, in English and French.

A signatory is someone the text says signed (subject or agent of the signing verb, a listed signer, a caption's
"X signs"). People who attended, hosted, presided, spoke, welcomed, oversaw or met, and people a caption shows "at
the signing" / "lors de la signature", are not (GUIDELINES: news-a captions, "Heads attending a signing are not
signatories"). Every article here is invented (real agencies, invented people); each case states the signers it
expects, so a rule that stops telling them apart fails here.
"""

from __future__ import annotations

import pytest
from checked import checked_records

EN = "Space cooperation\n\nRiyadh, 11 March 2025\n\n"
FR = "Coopération spatiale\n\nRiyad, le 11 mars 2025\n\n"
EN_MOU = ("The Korea AeroSpace Administration (KASA) and the Saudi Space Agency (SSA) signed a memorandum of "
          "understanding on Tuesday on satellite cooperation. ")
FR_MOU = "La KASA et l'Agence spatiale saoudienne (SSA) ont signé mardi un protocole d'accord sur les satellites. "
QAHTANI, YOON = "Mohammed Al-Qahtani", "Yoon Sang-ho"


def signers(extractor, text):
    return {s["name"] for r in checked_records(extractor, text, "agreement", "bystanders") for s in r["signatories"]}


def agreements(extractor, text):
    return [r for r in checked_records(extractor, text, "agreement", "bystanders")]


NOT_SIGNERS = {
    # ---- English: the subject of another predicate about the signing
    "oversaw the signing": EN + "President Lee Min-ho and Crown Prince Faisal Al-Saud oversaw the signing of a "
    "memorandum of understanding between KASA and the Saudi Space Agency on Tuesday.\n",
    "hailed the memorandum the agencies signed": EN + "KASA Administrator Yoon Sang-ho hailed the memorandum of "
    "understanding that KASA and the Saudi Space Agency signed on Tuesday.\n",
    "met where the agencies signed": EN + "ESA Director General Lars Nyberg met KASA Administrator Yoon Sang-ho on the "
    "sidelines of the congress in Sydney on Tuesday, where ESA and KASA signed a memorandum of understanding.\n",
    "were present as officials signed": EN + "SSA chief executive Mohammed Al-Qahtani and KASA Administrator Yoon "
    "Sang-ho were present as officials of the two agencies signed a memorandum of understanding on Tuesday.\n",
    "attended the ceremony at which": EN + "SSA chief executive Mohammed Al-Qahtani and KASA Administrator Yoon "
    "Sang-ho attended the ceremony at which the two agencies signed a memorandum of understanding on Tuesday.\n",
    "ceremony attended by": EN + "The Korea AeroSpace Administration (KASA) and the Saudi Space Agency (SSA) signed a "
    "memorandum of understanding on Tuesday. The signing took place at the Saudi agency's headquarters in a ceremony "
    "attended by its chief executive, Mohammed Al-Qahtani, and by KASA Administrator Yoon Sang-ho.\n",
    "a list in attendance": EN + "The memorandum of understanding between KASA and the Saudi Space Agency was signed "
    "on Tuesday at the SSA headquarters, with chief executive Mohammed Al-Qahtani and KASA Administrator Yoon Sang-ho "
    "in attendance.\n",
    "speaking at the signing": EN + EN_MOU + "KASA Administrator Yoon Sang-ho, speaking at the signing in Riyadh, "
    "called the memorandum a milestone.\n",
    "at the signing said": EN + EN_MOU + "At the signing, SSA chief executive Mohammed Al-Qahtani said the two "
    "countries shared an ambition.\n",
    "hosted": EN + "Poland signed the Artemis Accords on Thursday in a ceremony hosted by NASA Administrator Daniel "
    "Hart at the agency's headquarters.\n",
    "welcomed the signing of": EN + "Saudi minister Khalid Al-Faisal welcomed the signing of a memorandum of "
    "understanding between KASA and the Saudi Space Agency on Tuesday.\n",
    "heads of state in the presence": EN + "KASA and the Saudi Space Agency signed a memorandum of understanding on "
    "Tuesday in the presence of Crown Prince Faisal Al-Saud and President Lee Min-ho.\n",
    "talks between": EN + "Following talks between KASA Administrator Yoon Sang-ho and SSA chief executive Mohammed "
    "Al-Qahtani, the two agencies signed a memorandum of understanding on Tuesday.\n",
    "said his agency had signed": EN + "In a statement, KASA Administrator Yoon Sang-ho said his agency had signed a "
    "memorandum of understanding with the Saudi Space Agency on Tuesday.\n",
    "caption at the signing": EN + EN_MOU + "\n\nMohammed Al-Qahtani and Yoon Sang-ho at the signing in Riyadh. "
    "Photo: SSA\n",
    "caption after the signing": EN + EN_MOU + "\n\nMohammed Al-Qahtani (left) and Yoon Sang-ho after the signing in "
    "Riyadh. Photo: SSA\n",
    "caption shaking hands": EN + EN_MOU + "\n\nMohammed Al-Qahtani shakes hands with Yoon Sang-ho at the signing "
    "ceremony in Riyadh. Photo: SSA\n",
    # ---- French
    "a supervisé la signature": FR + "Le président Lee Min-ho et le prince héritier Faisal Al-Saud ont supervisé "
    "mardi la signature d'un protocole d'accord entre la KASA et l'Agence spatiale saoudienne.\n",
    "s'est réjoui du protocole signé par les agences": FR + "L'administrateur de la KASA, Yoon Sang-ho, s'est réjoui "
    "du protocole d'accord que la KASA et l'Agence spatiale saoudienne ont signé mardi.\n",
    "ont assisté à la cérémonie au cours de laquelle": FR + "Le directeur général de la SSA, Mohammed Al-Qahtani, et "
    "l'administrateur de la KASA, Yoon Sang-ho, ont assisté mardi à la cérémonie au cours de laquelle les deux "
    "agences ont signé un protocole d'accord.\n",
    "en présence de son directeur": FR + "Le protocole d'accord entre la KASA et l'Agence spatiale saoudienne a été "
    "signé mardi au siège de la SSA, en présence de son directeur général Mohammed Al-Qahtani et de l'administrateur "
    "de la KASA Yoon Sang-ho.\n",
    "s'exprimant lors de la signature": FR + FR_MOU + "L'administrateur de la KASA, Yoon Sang-ho, s'exprimant lors "
    "de la signature à Riyad, a qualifié le protocole d'étape majeure.\n",
    "étaient aussi présents": FR + FR_MOU + "Étaient aussi présents à la signature l'ambassadeur de Corée, Kim "
    "Do-hyun, et le ministre saoudien Khalid Al-Faisal.\n",
    "a salué la signature de": FR + "Le ministre saoudien Khalid Al-Faisal a salué mardi la signature d'un protocole "
    "d'accord entre la KASA et l'Agence spatiale saoudienne.\n",
    "a présidé la cérémonie": FR + "Le ministre saoudien Khalid Al-Faisal a présidé mardi la cérémonie de signature "
    "d'un protocole d'accord entre la KASA et l'Agence spatiale saoudienne.\n",
    "à l'issue d'un entretien entre": FR + "À l'issue d'un entretien entre l'administrateur de la KASA, Yoon Sang-ho, "
    "et le directeur général de la SSA, Mohammed Al-Qahtani, les deux agences ont signé mardi un protocole "
    "d'accord.\n",
    "ont participé à la cérémonie": FR + FR_MOU + "Le directeur général de la SSA, Mohammed Al-Qahtani, et "
    "l'administrateur de la KASA, Yoon Sang-ho, ont participé à la cérémonie de signature.\n",
    "a indiqué que son agence avait signé": FR + "Dans un communiqué, l'administrateur de la KASA, Yoon Sang-ho, a "
    "indiqué que son agence avait signé mardi un protocole d'accord avec l'Agence spatiale saoudienne.\n",
    "légende lors de la signature": FR + FR_MOU + "\n\nMohammed Al-Qahtani et Yoon Sang-ho lors de la signature à "
    "Riyad. Photo : SSA\n",
    "légende poignée de main après la signature": FR + FR_MOU + "\n\nMohammed Al-Qahtani serre la main de Yoon "
    "Sang-ho après la signature du protocole à Riyad. Photo : SSA\n",
}


@pytest.mark.parametrize("text", NOT_SIGNERS.values(), ids=NOT_SIGNERS.keys())
def test_people_around_a_signing_are_no_signatories(extractor, text):
    found = agreements(extractor, text)
    assert found, "the signing itself is still reported"
    assert not {s["name"] for r in found for s in r["signatories"]}


SIGNERS = {
    "subject beside onlookers": (EN + "Crown Prince Faisal Al-Saud and President Lee Min-ho looked on as the heads of "
                                 "the two agencies, Mohammed Al-Qahtani and Yoon Sang-ho, signed a memorandum of "
                                 "understanding between KASA and the Saudi Space Agency on Tuesday.\n",
                                 {QAHTANI, YOON}),
    "each signed for his side at an attended ceremony": (
        EN + "KASA Administrator Yoon Sang-ho signed the memorandum of understanding for KASA on Tuesday, while SSA "
        "chief executive Mohammed Al-Qahtani signed for the Saudi Space Agency, at a ceremony attended by minister "
        "Khalid Al-Faisal.\n", {QAHTANI, YOON}),
    "who signed for the Korean side": (EN + EN_MOU + "KASA Administrator Yoon Sang-ho, who signed for the Korean side, "
                                       "said the memorandum would open new doors.\n", {YOON}),
    "passive after a ceremony attended": (
        EN + "ESA and KASA signed a memorandum of understanding on Tuesday in Sydney, at a ceremony attended by "
        "Australian minister Tom Reid. ESA Director General Lars Nyberg and KASA Administrator Yoon Sang-ho signed "
        "the document.\n", {"Lars Nyberg", YOON}),
    "caption looks on as X signs": (EN + EN_MOU + "\n\nKASA Administrator Yoon Sang-ho looks on as SSA chief executive "
                                    "Mohammed Al-Qahtani signs the memorandum in Riyadh. Photo: SSA\n", {QAHTANI}),
    "caption after signing": (EN + EN_MOU + "\n\nMohammed Al-Qahtani (left) and Yoon Sang-ho after signing the "
                              "memorandum in Riyadh. Photo: SSA\n", {QAHTANI, YOON}),
    "tandis que X a signé pour": (
        FR + "L'administrateur de la KASA, Yoon Sang-ho, a signé mardi le protocole d'accord pour la KASA, tandis que "
        "Mohammed Al-Qahtani a signé pour l'Agence spatiale saoudienne, lors d'une cérémonie à laquelle assistait le "
        "ministre Khalid Al-Faisal.\n", {QAHTANI, YOON}),
    "qui a signé pour la partie coréenne": (FR + FR_MOU + "L'administrateur de la KASA, Yoon Sang-ho, qui a signé pour "
                                            "la partie coréenne, a déclaré que le protocole ouvrait de nouvelles "
                                            "portes.\n", {YOON}),
    "ont apposé leur signature": (FR + "L'ESA et la KASA ont conclu mardi un protocole d'accord à Sydney. Lars Nyberg, "
                                  "directeur général de l'ESA, et Yoon Sang-ho, administrateur de la KASA, y ont "
                                  "apposé leur signature.\n", {"Lars Nyberg", YOON}),
    "au nom de, en présence de": (FR + "La Pologne a signé jeudi les accords Artemis à Varsovie. La ministre du "
                                  "Développement, Anna Nowicka, a signé au nom de la Pologne, en présence de "
                                  "l'administrateur de la NASA, Daniel Hart.\n", {"Anna Nowicka"}),
    "légende sous le regard de": (FR + FR_MOU + "\n\nSous le regard de Yoon Sang-ho, Mohammed Al-Qahtani signe le "
                                  "protocole à Riyad. Photo : SSA\n", {QAHTANI}),
    "légende signent": (FR + FR_MOU + "\n\nMohammed Al-Qahtani et Yoon Sang-ho signent le protocole à Riyad. "
                        "Photo : SSA\n", {QAHTANI, YOON}),
    "signature de son directeur général": (
        FR + FR_MOU + "Pour l'agence saoudienne, le document porte la signature de son directeur général, Mohammed "
        "Al-Qahtani.\n", {QAHTANI}),
    # the parse hangs the second name on the signer's "for his country"; the name has its own verb
    "a name with its own verb": (EN + "Slovakia's signature follows that of Croatia, at a ceremony in Zagreb where "
                                 "Ivan Horvat, head of the Croatian space office, signed for his country and Daniel "
                                 "Hart took part for NASA.\n", {"Ivan Horvat"}),
    "dont l'hôte était, a mis sa signature": (
        "Le Liechtenstein rejoint les accords\n\nWashington, le 20 décembre 2024\n\nLe Liechtenstein a rejoint "
        "vendredi les accords Artemis, au cours d'une cérémonie au siège de la NASA dont l'hôte était "
        "l'administratrice adjointe de l'agence, Helen Price. C'est Markus Frick, directeur de l'Office des "
        "communications, qui a mis sa signature sur le document pour le compte de son pays.\n", {"Markus Frick"}),
    "whose host was, put his signature": (
        "Liechtenstein joins the Accords\n\nWashington, 20 December 2024\n\nLiechtenstein joined the Artemis Accords "
        "on Friday at a ceremony at NASA Headquarters, whose host was NASA Deputy Administrator Helen Price. Markus "
        "Frick, director of the Office for Communications, put his signature on the document for his country.\n",
        {"Markus Frick"}),
}


@pytest.mark.parametrize("text, expected", SIGNERS.values(), ids=SIGNERS.keys())
def test_people_who_signed_are_signatories(extractor, text, expected):
    assert signers(extractor, text) == expected


def test_a_caption_signing_the_accords_gives_no_signer_to_another_document(extractor):
    text = ("Germany joins the Artemis Accords\n\nWashington, 15 September 2023\n\nGermany signed the Artemis Accords "
            "on Thursday in Washington. The European Service Module of Orion is built under a contract between ESA "
            "and NASA signed in 2020.\n\nKarl Brenner signs the Artemis Accords, watched by NASA Administrator "
            "Daniel Hart.\n")
    for record in agreements(extractor, text):
        if "ESA" in record["parties"]:
            assert not record["signatories"]


def test_the_signing_noun_verbs_are_data_in_both_languages():
    from spacerec.relations.agreement_signers import _RULES
    from spacerec.relations.lexicon import load_rules

    for lang in ("en", "fr"):
        rules = load_rules("signers", lang, _RULES)
        assert rules["signing_noun_verbs"] and rules["meeting_before"] and rules["list_breaks"]


def test_a_middle_initial_names_the_same_signer(extractor):
    text = ("NZ and US sign a space framework\n\nWellington, 9 August 2022\n\nNew Zealand and the United States signed "
            "a Framework Agreement on space cooperation in Wellington today. Minister Tom Ngata signed for New Zealand "
            "and US Deputy Secretary of State Laura Bennett signed for the United States.\n\nSignatories:\n\nFor the "
            "Government of New Zealand: Tom Ngata, Minister for Economic Development\nFor the Government of the "
            "United States of America: Laura J. Bennett, Deputy Secretary of State\n")
    names = [s["name"] for r in agreements(extractor, text) if "country:US" in r["parties"] for s in r["signatories"]]
    assert sorted(names) == ["Laura Bennett", "Tom Ngata"]


@pytest.mark.parametrize("text", [
    "Slovakia joins the Artemis Accords\n\nBratislava, 14 January 2025\n\nSlovak minister Peter Kolar signed the "
    "Artemis Accords on Sunday at the US embassy in Bratislava.\n",
    "Slovakia joins the Artemis Accords\n\nPublished on Tuesday, 14 January 2025\n\nSlovak minister Peter Kolar signed "
    "the Artemis Accords on Sunday in Bratislava, and a ceremony marking the signing was held on Monday at the US "
    "embassy.\n",
    "Slovakia joins the Artemis Accords\n\nBratislava, 14 January 2025\n\nSlovak minister Peter Kolar signed the "
    "Artemis Accords on Sunday at the embassy of the United States in Bratislava.\n",
])
def test_the_country_of_an_embassy_is_the_place_not_the_signers_government(extractor, text):
    found = agreements(extractor, text)
    assert [(r["parties"], r["date"]) for r in found] == [(["country:SK"], "2025-01-12")]
    assert [(s["name"], s["agency_id"]) for s in found[0]["signatories"]] == [("Peter Kolar", None)]


@pytest.mark.parametrize("lang, text, place", [
    ("en", "at the US embassy", True), ("en", "at Japan's embassy in Lima", True),
    ("en", "at the embassy of the United States", True), ("en", "with the United States", False),
    ("fr", "à l'ambassade des États-Unis", True), ("fr", "à la résidence de l'ambassadeur de France", True),
    ("fr", "avec les États-Unis", False),
])
def test_a_country_named_with_its_embassy(lang, text, place):
    from types import SimpleNamespace

    from spacerec.relations.agreement_context import at_mission

    country = next(c for c in ("United States", "Japan", "États-Unis", "France", "US") if c in text)
    start = text.index(country)
    mention = SimpleNamespace(label="COUNTRY", start=start, end=start + len(country))
    sentence = SimpleNamespace(lang=lang, start=0, end=len(text))
    assert at_mission(SimpleNamespace(text=text), sentence, mention) is place
