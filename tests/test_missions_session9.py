"""Missions on fresh news, session 9 (issue #11): participation stated away from the mission's name.

Described lists of a host's instruments (each name with its own determiner and instrument noun, after a counted or
possessed plural noun) give every listed instrument its host, and the agency that supplies the list leads each of them
and contributes to the host; the agencies a lander or rover is built with contribute to the craft that carries it.
Each rule in English and French, positive and negative.
"""

from __future__ import annotations

import pytest
from checked import checked_records
from spacerec.analysis.instrument_lists import described_lists


def missions(extractor, text):
    return {r["name"]: r for r in checked_records(extractor, text, "mission", "news")}


def agencies(record):
    return {a["agency_id"]: a["role"] for a in record["agencies"]}


# --- described instrument lists: the reader alone -------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "NASA supplied two of its ten instruments, the ultraviolet spectrograph LUVI-2 and the particle sensor "
     "PEPX.", ["LUVI-2", "PEPX"]),
    ("en", "Its three instruments, the ocean colour monitor OCM-3, the sea surface temperature monitor SSTM and the "
     "Ku-band scatterometer SCAT-3, extend the record.", ["OCM-3", "SSTM", "SCAT-3"]),
    ("en", "Roscosmos supplied two of the orbiter's four science instruments, the ACS spectrometer and the FREND "
     "neutron detector.", ["ACS", "FREND"]),
    ("en", "Two of the eleven instruments were provided by ASI: the particle detector HEPD-02, assembled by INFN, "
     "and the electric field detector EFD-02.", ["HEPD-02", "EFD-02"]),
    ("fr", "La NASA a fourni deux de ses dix instruments, le spectrographe ultraviolet LUVI-2 et le capteur de "
     "particules PEPX.", ["LUVI-2", "PEPX"]),
    ("fr", "Ses trois instruments indiens, l'imageur de la couleur de l'océan OCM-3, le radiomètre SSTM et le "
     "diffusomètre en bande Ku SCAT-3, assurent la continuité.", ["OCM-3", "SSTM", "SCAT-3"]),
    ("fr", "Deux des onze instruments ont été fournis par l'ASI : le détecteur de particules HEPD-02, mis au point "
     "par l'INFN, et le détecteur de champ électrique EFD-02.", ["HEPD-02", "EFD-02"]),
    ("fr", "L'orbiteur emporte quatre instruments scientifiques, dont la caméra CASSIS ainsi que le spectromètre "
     "NOMAD.", ["CASSIS", "NOMAD"]),
    # names that are no instrument names, one item, no counted noun, a sentence break: no list
    ("en", "The satellite carries two instruments: the camera Alice and the radar Bob.", []),
    ("en", "NASA supplied two of its ten instruments, the ultraviolet spectrograph LUVI-2.", []),
    ("en", "NASA built the ultraviolet spectrograph LUVI-2 and the particle sensor PEPX.", []),
    ("fr", "La NASA a fourni deux instruments. Le spectrographe LUVI-2 et le capteur PEPX volent sur Juice.", []),
])
def test_described_list_reads_each_named_instrument(lang, text, names):
    found = [[n for _, _, n in items] for _, items in described_lists(text, lang)]
    assert found == ([names] if names else [])


# --- described lists in articles: host, supplier ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "parts", "supplier"), [
    ("Mars\n\nESA's Trace Gas Orbiter reached Mars in October. Roscosmos supplied two of the orbiter's four science "
     "instruments, the ACS spectrometer and the FREND neutron detector.\n", "Trace Gas Orbiter", ["ACS", "FREND"],
     "ROSCOSMOS"),
    ("Mars\n\nL'orbiteur TGO de l'ESA est arrivé autour de Mars. Roscosmos a fourni le lanceur et deux des quatre "
     "instruments scientifiques de l'orbiteur, le spectromètre ACS et le détecteur de neutrons FREND.\n",
     "Trace Gas Orbiter", ["ACS", "FREND"], "ROSCOSMOS"),
    ("Séismes\n\nLe satellite CSES-02 a décollé de Jiuquan. Deux des onze instruments de CSES-02 ont été construits en "
     "Italie et fournis par l'ASI : le détecteur de particules HEPD-02, mis au point par l'INFN, et le détecteur de "
     "champ électrique EFD-02.\n", "CSES-02", ["HEPD-02", "EFD-02"], "ASI"),
    ("Quakes\n\nCSES-02 lifted off from Jiuquan. Two of the eleven instruments of CSES-02 were supplied by ASI: the "
     "high-energy particle detector HEPD-02, built by INFN, and the electric field detector EFD-02.\n", "CSES-02",
     ["HEPD-02", "EFD-02"], "ASI"),
    ("Jupiter\n\nESA's Juice probe is on its way to Jupiter. NASA supplied two of its ten instruments, the ultraviolet "
     "spectrograph LUVI-2 and the particle sensor PEPX.\n", "JUICE", ["LUVI-2", "PEPX"], "NASA"),
    ("Jupiter\n\nLa sonde Juice de l'ESA file vers Jupiter. La NASA a fourni deux de ses dix instruments, le "
     "spectrographe ultraviolet LUVI-2 et le capteur de particules PEPX.\n", "JUICE", ["LUVI-2", "PEPX"], "NASA"),
    # no supplier: the list still gives the host ("Its" / "Ses": the one craft the sentence before names)
    ("Oceans\n\nISRO launched Oceansat-3 on Saturday. Its three Indian instruments, the ocean colour monitor OCM-3, "
     "the sea surface temperature monitor SSTM and the Ku-band scatterometer SCAT-3, will extend the record.\n",
     "Oceansat-3", ["OCM-3", "SSTM"], None),
    ("Océans\n\nL'ISRO a lancé Oceansat-3 samedi. Ses trois instruments indiens, l'imageur de la couleur de l'océan "
     "OCM-3, le radiomètre de température de surface SSTM et le diffusomètre en bande Ku SCAT-3, doivent assurer la "
     "continuité des mesures.\n", "Oceansat-3", ["OCM-3", "SSTM"], None),
])
def test_described_list_gives_host_and_supplier(extractor, text, host, parts, supplier):
    found = missions(extractor, text)
    for part in parts:
        assert found[part]["part_of"] == host
        assert agencies(found[part]) == ({supplier: "lead"} if supplier else {})
    if supplier:
        assert agencies(found[host]).get(supplier) == "contributor"


@pytest.mark.parametrize("text", [
    # another agency stands between the supply verb and the list: it is that agency's share, not NASA's
    "Jupiter\n\nESA's Juice probe is on its way. NASA supplied the launch tracking, and JAXA two of its ten "
    "instruments, the ultraviolet spectrograph LUVI-2 and the particle sensor PEPX.\n",
    "Jupiter\n\nLa sonde Juice de l'ESA file vers Jupiter. La NASA a fourni le suivi, et la JAXA deux de ses dix "
    "instruments, le spectrographe ultraviolet LUVI-2 et le capteur de particules PEPX.\n",
    # the list is in the next sentence
    "Jupiter\n\nESA's Juice probe is on its way. NASA supplied several parts. Two of its ten instruments, the "
    "ultraviolet spectrograph LUVI-2 and the particle sensor PEPX, come from Japan.\n",
])
def test_described_list_supplier_must_govern_the_list(extractor, text):
    found = missions(extractor, text)
    for part in ("LUVI-2", "PEPX"):
        assert "NASA" not in agencies(found.get(part, {"agencies": []}))


# --- the agencies a lander or rover is built with contribute to the craft that carries it --------------------------

@pytest.mark.parametrize(("text", "host", "builders"), [
    ("Comet\n\nLaunched in 2004, ESA's Rosetta probe reached comet 67P in 2014. Philae, built by a consortium led by "
     "DLR with CNES and ASI, landed on the comet in November 2014.\n", "Rosetta", {"DLR", "CNES", "ASI"}),
    ("Comète\n\nLa sonde Rosetta de l'ESA a rejoint la comète en 2014. Philae, réalisé par un consortium mené par le "
     "DLR avec le CNES et l'ASI, s'est posé sur la comète le 12 novembre 2014.\n", "Rosetta", {"DLR", "CNES", "ASI"}),
    ("Asteroid\n\nThe MASCOT lander, developed by DLR in cooperation with CNES, was dropped onto Ryugu by JAXA's "
     "Hayabusa2 in October 2018.\n", "Hayabusa2", {"DLR", "CNES"}),
    ("Astéroïde\n\nL'atterrisseur MASCOT, développé par le DLR en coopération avec le CNES, a été déposé sur Ryugu "
     "par la sonde japonaise Hayabusa2 de la JAXA.\n", "Hayabusa2", {"DLR", "CNES"}),
    ("Phobos\n\nThe IDEFIX rover, designed by CNES in partnership with DLR, will ride to Phobos aboard JAXA's MMX.\n",
     "MMX", {"CNES", "DLR"}),
    ("Phobos\n\nLe rover IDEFIX, conçu par le CNES en partenariat avec le DLR, partira vers Phobos à bord de la sonde "
     "MMX de la JAXA.\n", "MMX", {"CNES", "DLR"}),
])
def test_builders_of_a_carried_craft_contribute_to_its_host(extractor, text, host, builders):
    found = missions(extractor, text)
    roles = agencies(found[host])
    assert {a for a, role in roles.items() if role == "contributor"} >= builders


@pytest.mark.parametrize("text", [
    # partners of something else, named beside the craft: no role on it
    "Comet\n\nESA's Rosetta carried the Philae lander. NASA and ESA are partners on many missions.\n",
    "Comète\n\nLa sonde Rosetta de l'ESA emportait l'atterrisseur Philae. La NASA et l'ESA sont partenaires sur de "
    "nombreuses missions.\n",
])
def test_partners_named_elsewhere_do_not_join_the_host(extractor, text):
    assert "NASA" not in agencies(missions(extractor, text)["Rosetta"])


@pytest.mark.parametrize(("text", "part", "host", "builder", "owner"), [
    ("Mars\n\nNASA's Perseverance rover carries SuperCam, an instrument developed jointly by the Los Alamos "
     "laboratory and CNES.\n", "SuperCam", "Perseverance", "CNES", "NASA"),
    ("Mars\n\nLe rover Perseverance de la NASA emporte SuperCam, un instrument développé conjointement par le "
     "laboratoire de Los Alamos et le CNES.\n", "SuperCam", "Perseverance", "CNES", "NASA"),
    ("Asteroid\n\nThe MASCOT lander, developed by DLR in cooperation with CNES, was dropped onto Ryugu by JAXA's "
     "Hayabusa2 in October 2018.\n", "MASCOT", "Hayabusa2", "CNES", "JAXA"),
    ("Astéroïde\n\nL'atterrisseur MASCOT, développé par le DLR en coopération avec le CNES, a été déposé sur Ryugu "
     "par la sonde japonaise Hayabusa2 de la JAXA.\n", "MASCOT", "Hayabusa2", "CNES", "JAXA"),
])
def test_joint_builder_of_a_part_contributes_and_the_host_owner_is_no_partner_of_the_part(
        extractor, text, part, host, builder, owner):
    found = missions(extractor, text)
    assert agencies(found[part]).get(builder) == "partner"
    assert owner not in agencies(found[part])  # the owner of the craft the clause names is that craft's
    roles = agencies(found[host])
    assert (roles.get(owner), roles.get(builder)) == ("lead", "contributor")


# --- participation stated in the sentence after the craft's: an unnamed part supplied, a partner predicate -----------

@pytest.mark.parametrize(("text", "host", "expected"), [
    ("Jupiter\n\nESA's Juice probe left for Jupiter in April. NASA and JAXA supplied hardware for several of its "
     "instruments.\n", "JUICE", {"NASA": "contributor", "JAXA": "contributor"}),
    ("Jupiter\n\nLa sonde Juice de l'ESA est partie en avril. La NASA et la JAXA ont fourni du matériel pour plusieurs "
     "de ses instruments.\n", "JUICE", {"NASA": "contributor", "JAXA": "contributor"}),
    ("Jupiter\n\nESA's Juice probe left for Jupiter in April. Its magnetometer came from the UK Space Agency.\n",
     "JUICE", {"UKSA": "contributor"}),
    ("Jupiter\n\nLa sonde Juice de l'ESA est partie en avril. Son magnétomètre a été fourni par l'Agence spatiale du "
     "Royaume-Uni (UKSA).\n", "JUICE", {"UKSA": "contributor"}),
    ("Jupiter\n\nESA's Juice probe left for Jupiter in April. The Italian Space Agency provided the radar.\n", "JUICE",
     {"ASI": "contributor"}),
    ("Jupiter\n\nLa sonde Juice de l'ESA est partie en avril. L'Agence spatiale italienne (ASI) a fourni son radar.\n",
     "JUICE", {"ASI": "contributor"}),
    ("Jupiter\n\nLa sonde Juice de l'ESA est partie en avril. Le CNES a fourni la caméra.\n", "JUICE",
     {"CNES": "contributor"}),
    ("X-rays\n\nJAXA lost its Hitomi observatory in March 2016. NASA was the other major foreign partner.\n", "Hitomi",
     {"NASA": "partner"}),
    ("Rayons X\n\nLa JAXA a perdu son observatoire Hitomi en mars 2016.\n\nLa NASA était l'autre grand partenaire "
     "étranger.\n", "Hitomi", {"NASA": "partner"}),
])
def test_participation_in_the_sentence_after_the_craft(extractor, text, host, expected):
    roles = agencies(missions(extractor, text)[host])
    assert {a: roles.get(a) for a in expected} == expected


@pytest.mark.parametrize(("text", "host", "absent"), [
    # two crafts in the sentence before: which one is not said
    ("Jupiter\n\nESA's Juice and NASA's Europa Clipper are on their way. The Italian Space Agency provided the "
     "radar.\n", "JUICE", "ASI"),
    ("Jupiter\n\nJuice de l'ESA et Europa Clipper de la NASA sont en route. L'ASI a fourni le radar.\n", "JUICE",
     "ASI"),
    # talks or a denial, not a supply
    ("Jupiter\n\nESA's Juice probe left in April. NASA is discussing whether to supply the radar.\n", "JUICE", "NASA"),
    ("Jupiter\n\nLa sonde Juice de l'ESA est partie en avril. La NASA n'a pas fourni le radar.\n", "JUICE", "NASA"),
    # the agency supplies something else, or is a partner of something else
    ("Jupiter\n\nESA's Juice probe left in April. NASA supplied the tracking stations of its Deep Space Network "
     "and CNES is a partner of the Moon programme.\n", "JUICE", "CNES"),
    ("Jupiter\n\nLa sonde Juice de l'ESA est partie en avril. Le CNES est partenaire de nombreux programmes.\n",
     "JUICE", "CNES"),
    # not the sentence right after
    ("Jupiter\n\nESA's Juice probe left in April. The launch went well. Weeks later, the Italian Space Agency "
     "provided the radar data.\n", "JUICE", "ASI"),
])
def test_no_participation_away_from_the_name_without_one_craft_and_a_supply(extractor, text, host, absent):
    assert absent not in agencies(missions(extractor, text)[host])


# --- "the two agencies" as the subject of a building verb; a joint mission with no agency named -------------------

@pytest.mark.parametrize(("text", "crafts", "pair"), [
    ("China\n\nCNES and CNSA met in Paris. The two agencies are already preparing SVOM, a gamma-ray burst "
     "satellite.\n", ["SVOM"], {"CNES", "CNSA"}),
    ("Chine\n\nLe CNES et la CNSA se sont réunis à Paris. Les deux agences préparent déjà SVOM, un satellite dédié aux "
     "sursauts gamma.\n", ["SVOM"], {"CNES", "CNSA"}),
    ("Oceans\n\nCNES and CNSA met in Paris. Both agencies operate CFOSAT, which measures winds and waves.\n",
     ["CFOSAT"], {"CNES", "CNSA"}),
    ("Océans\n\nLe CNES et la CNSA se sont réunis. Les deux agences exploitent CFOSAT, qui mesure les vents.\n",
     ["CFOSAT"], {"CNES", "CNSA"}),
    ("India\n\nISRO and CNES already operate two joint satellites, Megha-Tropiques and SARAL. A third joint mission, "
     "TRISHNA, is in preparation.\n", ["TRISHNA"], {"ISRO", "CNES"}),
    ("Inde\n\nL'ISRO et le CNES exploitent déjà deux satellites communs, Megha-Tropiques et SARAL. Une troisième "
     "mission commune, TRISHNA, est en préparation.\n", ["Megha-Tropiques", "SARAL", "TRISHNA"], {"ISRO", "CNES"}),
])
def test_the_two_agencies_of_a_joint_craft_are_partners(extractor, text, crafts, pair):
    found = missions(extractor, text)
    for craft in crafts:
        roles = agencies(found[craft])
        assert {a for a in pair if roles.get(a) in ("partner", "lead")} == pair


@pytest.mark.parametrize(("text", "craft", "absent"), [
    # a verb that states no participation
    ("China\n\nCNES and CNSA met in Paris. The two agencies praised SVOM, which CNSA launched.\n", "SVOM", "CNES"),
    ("Chine\n\nLe CNES et la CNSA se sont réunis. Les deux agences ont salué SVOM, que la CNSA a lancé.\n", "SVOM",
     "CNES"),
    # "joint" qualifies a press conference, not a mission
    ("Moon\n\nNASA and CSA met in Paris. A joint press conference on Artemis II followed.\n", "Artemis II", "CSA"),
    ("Lune\n\nLa NASA et l'ASC se sont réunies à Paris. Une conférence de presse commune sur Artemis II a suivi.\n",
     "Artemis II", "CSA"),
    # three agencies before: which two is not said
    ("Tokyo\n\nNASA, ESA and JAXA met in Tokyo. A joint mission, SVOM, was also discussed.\n", "SVOM", "NASA"),
    ("Tokyo\n\nLa NASA, l'ESA et la JAXA se sont réunies. Une mission commune, SVOM, a aussi été évoquée.\n", "SVOM",
     "NASA"),
])
def test_no_pair_partners_without_a_building_verb_or_a_joint_mission(extractor, text, craft, absent):
    assert absent not in agencies(missions(extractor, text)[craft])


# --- a nationality before the first of coordinated crafts; "the two agencies" after a genitive -----------------------

@pytest.mark.parametrize(("text", "crafts", "agency"), [
    ("Sun\n\nNASA and DLR cooperated for years. Ulysses followed the German-American probes Helios 1 and Helios 2, "
     "launched in 1974 and 1976.\n", ["Helios 1", "Helios 2"], "DLR"),
    ("Soleil\n\nLa NASA et le DLR ont longtemps coopéré. Ulysses a pris le relais des sondes germano-américaines "
     "Helios 1 et Helios 2, lancées en 1974 et 1976.\n", ["Helios 1", "Helios 2"], "DLR"),
    ("Halley\n\nJAXA also took part. Two small Japanese probes, Sakigake and Suisei, completed the fleet.\n",
     ["Sakigake", "Suisei"], "JAXA"),
    ("Halley\n\nLa JAXA a aussi participé. Deux petites sondes japonaises, Sakigake et Suisei, complétaient la "
     "flotte.\n", ["Sakigake", "Suisei"], "JAXA"),
])
def test_a_nationality_qualifies_every_coordinated_craft(extractor, text, crafts, agency):
    found = missions(extractor, text)
    for craft in crafts:
        assert agency in agencies(found[craft])


@pytest.mark.parametrize(("text", "craft", "absent"), [
    # the second craft has an owner of its own: no coordination with the first
    ("Halley\n\nJAXA and ESA took part. The Japanese probe Suisei and ESA's Giotto observed the comet.\n",
     "Giotto", "JAXA"),
    ("Halley\n\nLa JAXA et l'ESA ont participé. La sonde japonaise Suisei et la sonde Giotto de l'ESA ont observé la "
     "comète.\n", "Giotto", "JAXA"),
])
def test_a_nationality_stops_at_an_owned_craft(extractor, text, craft, absent):
    assert absent not in agencies(missions(extractor, text)[craft])


@pytest.mark.parametrize(("text", "craft", "pair"), [
    ("Sun\n\nESA and NASA launched Ulysses in 1990. The study of the Sun goes on with SOHO, another joint mission of "
     "the two agencies.\n", "SOHO", {"ESA", "NASA"}),
    ("Soleil\n\nL'ESA et la NASA ont lancé Ulysses en 1990. L'étude du Soleil se poursuit avec SOHO, autre mission "
     "conjointe des deux agences, lancée en 1995.\n", "SOHO", {"ESA", "NASA"}),
    # the agencies named after the phrase in its own sentence are not the two it stands for
    ("Canada\n\nThe president of CSA and the Director General of ESA extended the agreement. The two agencies are "
     "also partners in the International Space Station and in NASA's James Webb Space Telescope.\n", "ISS",
     {"CSA", "ESA"}),
    ("Canada\n\nLe président de l'ASC et le directeur général de l'ESA ont prolongé l'accord. Les deux agences sont "
     "aussi partenaires de la Station spatiale internationale et du télescope James-Webb de la NASA.\n", "ISS",
     {"CSA", "ESA"}),
])
def test_the_two_agencies_are_the_two_named_before_the_phrase(extractor, text, craft, pair):
    roles = agencies(missions(extractor, text)[craft])
    assert pair <= roles.keys()
