"""A signing spread over the article: signers in later paragraphs or named after an agent word, the date of the
ceremony sentence before, the year of an issue line, government sides signed by an agency head, headings and captions
restating the body's signing. Positive and negative, in English and French.

Every article here is invented (real agencies, invented people); each test asserts the field its rule fills.
"""

from __future__ import annotations

from checked import by_parties, checked_records


def agreements(extractor, text):
    return checked_records(extractor, text, "agreement", "spread")


def signers(record):
    return {(s["name"], s["agency_id"]) for s in record["signatories"]}


# ---- signers in the sentences after the signing, the next paragraph too ---------------------------------------


def test_signers_named_in_the_next_paragraph_fr(extractor):
    text = ("La CNSA et le MBRSC\n\nDubaï, le 17 septembre 2022 (WAM) – Le Centre spatial Mohammed bin Rashid (MBRSC) "
            "a conclu vendredi un protocole d'accord avec l'Administration spatiale nationale de Chine (CNSA). Le "
            "texte "
            "ouvre la voie à des projets communs.\n\nPour le centre émirien, le document porte la signature de son "
            "directeur général, Karim Haddad. Côté chinois, c'est l'administrateur adjoint de la CNSA, Li Wenhao, qui "
            "a "
            "signé.\n")
    found = by_parties(agreements(extractor, text))
    assert signers(found[("CNSA", "MBRSC")][0]) == {("Karim Haddad", "MBRSC"), ("Li Wenhao", "CNSA")}


def test_signers_named_in_the_next_paragraph_en(extractor):
    text = ("ESA and JAXA\n\nParis, 3 May 2024\n\nESA concluded a memorandum of understanding with JAXA on Thursday. "
            "The "
            "text opens the way to joint lunar work.\n\nOn the European side, the document bears the signature of its "
            "Director General, Pierre Valois. For Japan, it was JAXA President Kenji Sato who signed.\n")
    found = by_parties(agreements(extractor, text))
    assert signers(found[("ESA", "JAXA")][0]) == {("Pierre Valois", "ESA"), ("Kenji Sato", "JAXA")}


def test_a_later_dated_signing_lends_no_signer(extractor):
    text = ("Two signings\n\nWashington, 20 April 2024\n\nOn 15 April, Switzerland signed the Artemis Accords at NASA "
            "headquarters. Federal Councillor Hans Keller signed for his country.\n\nOn 16 April, Sweden followed at a "
            "ceremony in Stockholm, where Minister for Education Lars Berg signed.\n")
    swiss = [r for r in agreements(extractor, text) if "country:CH" in r["parties"]]
    assert swiss and "Lars Berg" not in {s["name"] for r in swiss for s in r["signatories"]}


def test_a_witness_of_the_signing_in_the_next_paragraph_is_no_signer_fr(extractor):
    text = ("L'Uruguay et les Accords\n\nWashington, le 16 février 2024\n\nL'Uruguay a signé les accords Artemis le 15 "
            "février.\n\nL'administrateur de la NASA, Paul Martin, a participé à la cérémonie de signature.\n")
    assert all("Paul Martin" not in {s["name"] for s in r["signatories"]} for r in agreements(extractor, text))


# ---- signers named after an agent word and their post --------------------------------------------------------------


def test_ministers_named_after_by_and_their_post_en(extractor):
    text = ("UK and Australia\n\nLondon, 24 February 2021\n\nThe United Kingdom and Australia concluded a framework "
            "arrangement on 23 February 2021. It was signed separately, in Canberra and in London, by the Australian "
            "Minister for Industry, Science and Technology, Joan Miller, and by the UK Science Minister, Clara "
            "Hughes.\n")
    found = by_parties(agreements(extractor, text))
    assert {s["name"] for s in found[("country:AU", "country:GB")][0]["signatories"]} == {"Joan Miller", "Clara Hughes"}


def test_an_undersecretary_named_after_par_and_his_post_fr(extractor):
    text = ("Italie et Artemis\n\nRome, le 26 septembre 2020\n\nLe vendredi 25 septembre, le gouvernement italien et "
            "celui des États-Unis ont adopté une déclaration conjointe d'intention sur le programme Artemis.\n\nLe "
            "texte "
            "a été signé à Rome par le sous-secrétaire à la présidence du Conseil chargé de la politique spatiale, "
            "Marco "
            "Rossi. L'administrateur de la NASA, John Baker, a apposé sa signature à distance.\n")
    found = by_parties(agreements(extractor, text))
    record = found[("NASA", "country:IT")][0]
    assert signers(record) == {("Marco Rossi", None), ("John Baker", "NASA")}
    assert record["date"] == "2020-09-25"


def test_who_attended_the_ceremony_is_no_agent_of_the_signing(extractor):
    text = ("Spain signs\n\nMadrid, 1 June 2023\n\nSpain signed the Artemis Accords on 30 May, at a ceremony in Madrid "
            "attended by NASA Administrator Tom Reed.\n")
    assert all("Tom Reed" not in {s["name"] for s in r["signatories"]} for r in agreements(extractor, text))


# ---- a government side signed by its space agency's head -------------------------------------------------------


def test_a_government_side_signed_by_its_agency_head_is_the_agency_en(extractor):
    text = ("Italy and the US\n\nRome, 26 September 2020\n\nOn 25 September, the Italian government and the US "
            "government adopted a joint statement of intent on the Artemis programme. It was signed in Rome by the "
            "Undersecretary to the Prime Minister, Marco Rossi. NASA Administrator John Baker signed remotely.\n")
    parties = {tuple(r["parties"]) for r in agreements(extractor, text)}
    assert ("NASA", "country:IT") in parties and ("country:IT", "country:US") not in parties


def test_ministers_on_both_sides_keep_both_governments(extractor):
    text = ("UK and Australia\n\nLondon, 24 February 2021\n\nThe United Kingdom and Australia concluded a framework "
            "arrangement on 23 February 2021. It was signed by the Australian Minister for Industry, Joan Miller, and "
            "by the UK Science Minister, Clara Hughes.\n")
    assert ("country:AU", "country:GB") in {tuple(r["parties"]) for r in agreements(extractor, text)}


# ---- dates: the ceremony sentence before, the issue line of a newsletter --------------------------------------


def test_the_ceremony_sentence_before_dates_the_signing_en(extractor):
    text = ("Armenia joins the Artemis Accords\n\n13.06.2024\n\nThe ceremony took place yesterday at NASA headquarters "
            "in Washington. The Accords were signed on behalf of Armenia by the Minister of High-Tech Industry, Aram "
            "Petrosyan.\n")
    found = [r for r in agreements(extractor, text) if "country:AM" in r["parties"]]
    assert [r["date"] for r in found] == ["2024-06-12"]


def test_the_ceremony_sentence_before_dates_the_signing_fr(extractor):
    text = ("L'Arménie rejoint les accords Artemis\n\n13.06.2024\n\nLa cérémonie s'est tenue hier au siège de la NASA "
            "à "
            "Washington. Les accords ont été signés au nom de l'Arménie par le ministre de l'Industrie, Aram "
            "Petrosyan.\n")
    found = [r for r in agreements(extractor, text) if "country:AM" in r["parties"]]
    assert [r["date"] for r in found] == ["2024-06-12"]


def test_a_ceremony_in_another_paragraph_dates_nothing(extractor):
    text = ("Armenia joins the Artemis Accords\n\n13.06.2024\n\nThe ceremony took place yesterday at NASA "
            "headquarters.\n\nThe Accords were signed on behalf of Armenia by the Minister of High-Tech Industry, Aram "
            "Petrosyan.\n")
    found = [r for r in agreements(extractor, text) if "country:AM" in r["parties"]]
    assert found and all(r["date"] != "2024-06-12" for r in found)


def test_the_issue_line_gives_its_year_fr(extractor):
    text = ("La Lettre de l'espace\nLettre mensuelle d'information – N° 58 – octobre 2020\n\nGateway\n\nLe 27 octobre, "
            "le directeur général de l'ESA, Jan Weber, et l'administrateur de la NASA, John Baker, ont signé le "
            "protocole d'accord sur Gateway. Les deux agences avaient signé une déclaration commune le 23 octobre "
            "2019.\n")
    dates = {r["date"] for r in agreements(extractor, text) if r["kind"] == "mou"}
    assert dates == {"2020-10-27"}


def test_the_issue_line_gives_its_year_en(extractor):
    text = ("The Space Letter\nMonthly newsletter – Issue 58 – October 2020\n\nGateway\n\nOn 27 October, ESA Director "
            "General Jan Weber and NASA Administrator John Baker signed the memorandum of understanding on Gateway. "
            "The "
            "two agencies had signed a joint statement on 23 October 2019.\n")
    dates = {r["date"] for r in agreements(extractor, text) if r["kind"] == "mou"}
    assert dates == {"2020-10-27"}


def test_a_month_in_a_reporting_sentence_is_no_issue_line(extractor):
    text = ("Gateway\n\nESA and NASA held talks in October 2020.\n\nOn 27 October, ESA Director General Jan Weber "
            "and NASA Administrator John Baker signed the memorandum of understanding on Gateway. The two agencies had "
            "signed a joint statement on 23 October 2019.\n")
    dates = {r["date"] for r in agreements(extractor, text) if r["kind"] == "mou"}
    assert dates == {None}


# ---- headings and captions restating the body's signing ----------------------------------------------------------


def test_a_contents_heading_restates_the_body_signing_fr(extractor):
    text = ("La Lettre\nN° 58 – octobre 2020\n\nAu sommaire\n1. L'Italie et les États-Unis signent une déclaration "
            "d'intention sur Artemis\n\n1. L'Italie et les États-Unis signent une déclaration d'intention sur "
            "Artemis\n\n"
            "Le vendredi 25 septembre, le gouvernement italien et celui des États-Unis ont adopté une déclaration "
            "conjointe d'intention sur le programme Artemis. Le texte a été signé par le sous-secrétaire chargé de la "
            "politique spatiale, Marco Rossi. L'administrateur de la NASA, John Baker, a apposé sa signature à "
            "distance.\n\nLe président de l'Agence spatiale italienne (ASI), Luca Bianchi, a salué la signature.\n")
    parties = {tuple(r["parties"]) for r in agreements(extractor, text)}
    assert parties == {("NASA", "country:IT")}


def test_a_caption_with_an_event_year_joins_the_body_signing(extractor):
    text = ("UK and Australia renew the Space Bridge\n\nPosted on: 8 October 2025\n\nLast Wednesday, in Sydney, UK "
            "Space Agency chief executive Tom Clark and Australian Space Agency head Ann Lee signed a new framework "
            "arrangement.\n\nTom Clark and Ann Lee after signing the arrangement at IAC 2025.\n\nThe two agencies had "
            "signed a memorandum of understanding on 2 October 2018.\n")
    dated = sorted(r["date"] for r in agreements(extractor, text) if r["kind"] == "agreement")
    assert dated == ["2025-10-01"]


# ---- "not ... but": a negation of a circumstance; "the following year" ---------------------------------------


def test_not_at_one_table_but_separately_is_a_signing_en(extractor):
    text = ("UK and Australia\n\nLondon, 24 February 2021\n\nThat intent became a formal framework on 23 February "
            "2021. "
            "The arrangement was not signed at one table but separately, in Canberra and in London, by the Australian "
            "Minister for Industry, Science and Technology, Joan Miller, and by the UK Science Minister, Clara "
            "Hughes.\n")
    found = by_parties(agreements(extractor, text))
    record = found[("country:AU", "country:GB")][0]
    assert record["date"] == "2021-02-23"
    assert {s["name"] for s in record["signatories"]} == {"Joan Miller", "Clara Hughes"}


def test_pas_a_une_seule_table_mais_separement_is_a_signing_fr(extractor):
    text = ("Le Royaume-Uni et l'Australie\n\nLondres, le 24 février 2021\n\nLe Royaume-Uni et l'Australie ont conclu "
            "un "
            "accord-cadre le 23 février 2021. L'accord n'a pas été signé à une seule table mais séparément, à Canberra "
            "et à Londres.\n")
    assert ("country:AU", "country:GB") in {tuple(r["parties"]) for r in agreements(extractor, text)}


def test_not_signed_but_followed_by_a_verb_stays_denied(extractor):
    text = ("Germany and the Accords\n\nBerlin, 2 May 2023\n\nGermany did not sign the Artemis Accords but observed "
            "the "
            "ceremony in Washington.\n")
    assert not any("country:DE" in r["parties"] for r in agreements(extractor, text))


def test_pas_signe_mais_suivi_d_un_verbe_reste_nie(extractor):
    text = ("L'Allemagne et les accords\n\nBerlin, le 2 mai 2023\n\nL'Allemagne n'a pas signé les accords Artemis mais "
            "a "
            "assisté à la cérémonie à Washington.\n")
    assert not any("country:DE" in r["parties"] for r in agreements(extractor, text))


def test_the_following_year_is_the_year_after_the_sentence_before_en(extractor):
    text = ("UK and Australia\n\nLondon, 8 October 2025\n\nIt started with a memorandum of understanding between the "
            "UK "
            "Space Agency and the Australian Space Agency, signed on 2 October 2018.\n\nThe following year, the two "
            "agencies signed a joint statement of intent.\n")
    found = {r["kind"]: r["date"] for r in agreements(extractor, text)}
    assert found.get("letter_of_intent") == "2019" and found.get("mou") == "2018-10-02"


def test_l_annee_suivante_est_l_annee_d_apres_fr(extractor):
    text = ("Le Royaume-Uni et l'Australie\n\nLondres, le 8 octobre 2025\n\nTout a commencé par un protocole d'accord "
            "entre l'Agence spatiale du Royaume-Uni (UKSA) et l'Agence spatiale australienne (ASA), signé le 2 octobre "
            "2018.\n\nL'année suivante, les deux agences ont signé une déclaration d'intention.\n")
    found = {r["kind"]: r["date"] for r in agreements(extractor, text)}
    assert found.get("letter_of_intent") == "2019"


def test_without_a_year_after_cue_no_year_is_added(extractor):
    text = ("UK and Australia\n\nIt started with a memorandum of understanding between the UK Space Agency and the "
            "Australian Space Agency, signed on 2 October 2018.\n\nLater, the two agencies signed a joint statement of "
            "intent.\n")
    found = {r["kind"]: r["date"] for r in agreements(extractor, text)}
    assert found.get("letter_of_intent") != "2019"


# ---- a post that signs without a name; words before an honorific --------------------------------------------


def test_a_minister_who_signs_by_his_post_is_the_minister_named_after_en(extractor):
    text = ("Argentina joins the Accords\n\nBuenos Aires, 28 July 2023\n\nOn Thursday, the country's Minister of "
            "Science, Technology and Innovation signed the Artemis Accords on behalf of the Argentine Republic.\n\nThe "
            "minister, Daniel Ferraro, said the Accords would widen Argentina's cooperation.\n")
    found = [r for r in agreements(extractor, text) if "country:AR" in r["parties"]]
    assert found and {s["name"] for r in found for s in r["signatories"]} == {"Daniel Ferraro"}


def test_un_president_qui_signe_par_son_titre_est_celui_nomme_ailleurs_fr(extractor):
    text = ("Le CNES et la JAXA\n\nParis, le 3 mai 2024\n\nLe CNES et la JAXA ont signé jeudi un accord sur MMX. Le "
            "texte a été signé par le président du CNES.\n\nLe président du CNES, Henri Valette, a salué une étape "
            "importante.\n")
    found = by_parties(agreements(extractor, text))
    assert ("Henri Valette", "CNES") in {(s["name"], s["agency_id"]) for r in found[("CNES", "JAXA")]
                                         for s in r["signatories"]}


def test_two_holders_of_the_post_give_no_signer(extractor):
    text = ("Argentina joins the Accords\n\nBuenos Aires, 28 July 2023\n\nOn Thursday, the minister signed the "
            "Artemis Accords on behalf of Argentina.\n\nThe minister, Daniel Ferraro, spoke first. Another minister, "
            "Laura Gómez, spoke after him.\n")
    assert not {s["name"] for r in agreements(extractor, text) for s in r["signatories"]}


def test_a_speaker_header_is_no_post_of_the_signing(extractor):
    text = ("Transcript\n\nWashington, 11 December 2024\n\nMODERATOR: Please welcome the NASA Administrator, Bill "
            "Carver.\n\nADMINISTRATOR CARVER: This morning Panama signed the Artemis Accords.\n")
    assert "Bill Carver" not in {s["name"] for r in agreements(extractor, text) for s in r["signatories"]}


def test_words_before_an_honorific_are_no_name_fr(extractor):
    text = ("La Thaïlande et les accords\n\nBangkok, le 17 décembre 2024\n\nLe directeur de l'agence, Somchai "
            "Rattana, a signé les accords Artemis au nom du royaume lundi.\n\nSelon M. Somchai, la Thaïlande entre "
            "dans l'âge d'or de l'exploration spatiale.\n")
    names = {s["name"] for r in agreements(extractor, text) for s in r["signatories"]}
    assert not any(name.startswith("Selon") for name in names)


# ---- a week gives its month -------------------------------------------------------------------------------------


def test_this_week_gives_the_month_of_the_signing_en(extractor):
    text = ("Korea joins the Accords\n\nSeoul, May 28, 2021\n\nKorea signed the Artemis Accords this week, making the "
            "country the tenth to sign.\n")
    dated = [(r["date"], r["date_precision"]) for r in agreements(extractor, text) if "country:KR" in r["parties"]]
    assert ("2021-05", "month") in dated and not any(p == "day" for _, p in dated)


def test_la_semaine_derniere_donne_le_mois_fr(extractor):
    text = ("La Corée rejoint les accords\n\nSéoul, le 28 mai 2021\n\nLa Corée a signé les accords Artemis la "
            "semaine dernière, devenant le dixième pays signataire.\n")
    dated = [(r["date"], r["date_precision"]) for r in agreements(extractor, text) if "country:KR" in r["parties"]]
    assert ("2021-05", "month") in dated and not any(p == "day" for _, p in dated)


def test_a_weekday_keeps_its_day(extractor):
    text = ("Korea joins the Accords\n\nSeoul, May 28, 2021\n\nKorea signed the Artemis Accords on Thursday, making "
            "the country the tenth to sign.\n")
    dated = {r["date"] for r in agreements(extractor, text) if "country:KR" in r["parties"]}
    assert dated == {"2021-05-27"}
