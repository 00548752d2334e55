"""Mission events of session 9 (issue #11 item 4): kinds of phrasing the fresh news batches showed, both languages.

Phrasings written for these tests as wire copy, releases, anniversary columns and translated French write them (not
taken from the corpus, the cases or the seed): a "put ... into orbit" written apart around the craft's name; a craft
in orbit around another body since a date (its orbit insertion); a craft that "followed" the launch just told; events
dated by a count back from the article's date ("ten years ago"), by "le lendemain" and by "le 10 février dernier".
Each with its negatives.
"""

from __future__ import annotations

import pytest
from spacerec.identity import normalise_name
from test_missions_session8_events import events, missions

# --- "put X into orbit": the verb and its tail written apart around the craft --------------------------------------

@pytest.mark.parametrize(("text", "name", "event"), [
    ("Wire\n\nBangladesh put its first communications satellite, Bangabandhu-1, into orbit in May 2018.\n",
     "Bangabandhu-1", ("launch", "2018-05")),
    ("Wire\n\nThe agency placed its small SMOS satellite into orbit on 2 November 2009.\n",
     "SMOS", ("launch", "2009-11-02")),
    ("Wire\n\nA Vega rocket has put the Aeolus wind satellite into orbit on 22 August 2018, ESA said.\n",
     "Aeolus", ("launch", "2018-08-22")),
    ("Wire\n\nIndia put its Chandrayaan-1 orbiter into orbit around the Moon on 8 November 2008.\n",
     "Chandrayaan-1", ("orbit_insertion", "2008-11-08")),
    ("Dépêche\n\nUne fusée Vega a placé le satellite Aeolus en orbite le 22 août 2018.\n",
     "Aeolus", ("launch", "2018-08-22")),
    ("Dépêche\n\nLe lanceur indien a mis le satellite océanographique SARAL en orbite le 25 février 2013.\n",
     "SARAL", ("launch", "2013-02-25")),
    ("Dépêche\n\nL'ISRO a placé la sonde Chandrayaan-1 en orbite autour de la Lune le 8 novembre 2008.\n",
     "Chandrayaan-1", ("orbit_insertion", "2008-11-08")),
])
def test_a_put_into_orbit_written_apart_is_the_event(extractor, text, name, event):
    assert event in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    # no craft between the verb and the tail: no placement
    ("Wire\n\nThe Bern team put instruments into orbit for decades; SMOS was studied in 2009.\n", "SMOS"),
    ("Wire\n\nESA placed an order with Airbus; its SMOS satellite was tested in orbit in 2010.\n", "SMOS"),
    ("Dépêche\n\nL'équipe a placé des instruments en orbite pendant des décennies ; SMOS a été étudié en 2009.\n",
     "SMOS"),
    # a full stop between the verb and the tail
    ("Wire\n\nThe agency put its hopes on SMOS. Into orbit went the probe in 2009 after all.\n", "SMOS"),
])
def test_a_put_without_the_craft_between_is_no_event(extractor, text, name):
    found = missions(extractor, text)
    assert not any(e == "launch" for e, _ in events(found[name]))


# --- "in orbit around Jupiter since 2016": the orbit insertion --------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Wire\n\nNASA's Juno spacecraft has been in orbit around Jupiter since 2016.\n", "Juno", "2016"),
    ("Wire\n\nThe Mars Express orbiter, in orbit around Mars since December 2003, relayed the data.\n",
     "Mars Express", "2003-12"),
    ("Wire\n\nMAVEN has been orbiting Mars since September 2014, studying its upper atmosphere.\n",
     "MAVEN", "2014-09"),
    ("Dépêche\n\nLa sonde Juno de la NASA tourne autour de Jupiter depuis juillet 2016.\n", "Juno", "2016-07"),
    ("Dépêche\n\nMars Express, en orbite autour de Mars depuis décembre 2003, a relayé les données.\n",
     "Mars Express", "2003-12"),
    ("Dépêche\n\nL'orbiteur Mars Express gravite autour de la planète rouge depuis 2003.\n", "Mars Express", "2003"),
])
def test_a_craft_in_orbit_around_a_body_since_a_date_entered_orbit_then(extractor, text, name, date):
    assert ("orbit_insertion", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    # around the Earth: that is a launch, never an insertion
    ("Wire\n\nThe SMOS satellite has been orbiting Earth since 2009.\n", "SMOS"),
    ("Dépêche\n\nLe satellite SMOS tourne autour de la Terre depuis 2009.\n", "SMOS"),
    # no "since": a stay with no start
    ("Wire\n\nNASA's Juno spacecraft is in orbit around Jupiter, where it arrived after a long cruise.\n", "Juno"),
    ("Dépêche\n\nLa sonde Juno tourne autour de Jupiter et observe ses pôles.\n", "Juno"),
])
def test_an_earth_orbit_or_a_stay_without_a_start_is_no_insertion(extractor, text, name):
    assert not any(e == "orbit_insertion" for e, _ in events(missions(extractor, text)[name]))


# --- "X followed on 5 September": the launch after the launch just told --------------------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Column\n\nVoyager 2 lifted off first, on 20 August 1977, and Voyager 1 followed on 5 September 1977.\n",
     "Voyager 1", "1977-09-05"),
    ("Note\n\nESA will launch its PLATO telescope at the end of 2026. ESA's Ariel mission is to follow in 2029.\n",
     "Ariel", "2029"),
    ("Note\n\nSentinel-2A was launched in June 2015. Sentinel-2B followed in March 2017.\n", "Sentinel 2B", "2017-03"),
    ("Note\n\nLe CNES et la CNSA ont lancé CFOSAT le 29 octobre 2018. Un second satellite, SVOM, a suivi en juin "
     "2024.\n", "SVOM", "2024-06"),
    ("Note\n\nSentinel-2A a été lancé en juin 2015 ; Sentinel-2B a suivi en mars 2017.\n", "Sentinel 2B", "2017-03"),
    ("Note\n\nL'ESA lancera PLATO fin 2026. La mission Ariel doit suivre en 2029.\n", "Ariel", "2029"),
])
def test_a_craft_that_follows_a_launch_is_launched_on_its_date(extractor, text, name, date):
    assert ("launch", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    # no launch told before: following is no launch
    ("Note\n\nSentinel-2B followed the same design review in March 2017.\n", "Sentinel 2B"),
    ("Note\n\nLa mission Ariel a suivi le même calendrier en 2029.\n", "Ariel"),
    # a launch told long before (more than two sentences)
    ("Note\n\nSentinel-2A was launched in June 2015. It maps crops. It maps forests. It maps coasts. Sentinel-2B "
     "followed in March 2017.\n", "Sentinel 2B"),
])
def test_a_follow_without_a_launch_just_told_is_no_launch(extractor, text, name):
    assert not any(e == "launch" for e, _ in events(missions(extractor, text)[name]))


# --- events dated relatively ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "event"), [
    ("Column\n\n20 August 2017\n\nForty years ago today, Voyager 2 lifted off from Cape Canaveral.\n",
     "Voyager 2", ("launch", "1977-08-20")),
    ("Column\n\n20 August 2017\n\nVoyager 2 lifted off from Cape Canaveral forty years ago.\n",
     "Voyager 2", ("launch", "1977")),
    ("Chronique\n\n20 août 2017\n\nIl y a quarante ans jour pour jour, la sonde Voyager 2 décollait de Cap "
     "Canaveral.\n", "Voyager 2", ("launch", "1977-08-20")),
    ("Chronique\n\n20 août 2017\n\nLa sonde Voyager 2 a été lancée il y a quarante ans.\n",
     "Voyager 2", ("launch", "1977")),
    ("Dépêche\n\n16 mai 2021\n\nLa sonde Tianwen-1 s'est insérée en orbite martienne le 10 février dernier.\n",
     "Tianwen-1", ("orbit_insertion", "2021-02-10")),
    ("Dépêche\n\n5 janvier 2024\n\nLa sonde Aditya-L1 avait été lancée le 2 septembre dernier par une fusée PSLV.\n",
     "Aditya-L1", ("launch", "2023-09-02")),
    ("Dépêche\n\n5 janvier 2024\n\nLa fusée a décollé le 13 avril 2023. Le lendemain, la sonde JUICE a été "
     "lancée.\n", "JUICE", ("launch", "2023-04-14")),
    ("Wire\n\nJanuary 5, 2024\n\nA rocket lifted off on 13 April 2023. The next morning, the JUICE probe was "
     "launched.\n", "JUICE", ("launch", "2023-04-14")),
])
def test_an_event_dated_relatively_takes_the_resolved_date(extractor, text, name, event):
    assert event in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name"), [
    ("Column\n\nForty years ago today, Voyager 2 lifted off from Cape Canaveral.\n", "Voyager 2"),
    ("Chronique\n\nLa sonde Voyager 2 a été lancée il y a plus de quarante ans.\n", "Voyager 2"),
])
def test_an_event_counted_back_without_an_article_date_has_no_date(extractor, text, name):
    assert all(date is None for _, date in events(missions(extractor, text)[name]))


# --- an end told as a loss of contact; superseded by the end the agency declared ------------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Wire\n\nContact with the Schiaparelli lander was lost on 19 October 2016 during its descent.\n",
     "Schiaparelli", "2016-10-19"),
    ("Wire\n\nNASA's Mars Polar Lander lost contact with Earth on 3 December 1999.\n", "Mars Polar Lander",
     "1999-12-03"),
    ("Dépêche\n\nLe contact avec l'atterrisseur Schiaparelli avait été perdu le 19 octobre 2016.\n",
     "Schiaparelli", "2016-10-19"),
    ("Dépêche\n\nL'atterrisseur Schiaparelli a été perdu le 19 octobre 2016 lors de sa descente.\n",
     "Schiaparelli", "2016-10-19"),
])
def test_a_loss_of_contact_alone_is_the_end(extractor, text, name, date):
    assert ("end", date) in events(missions(extractor, text)[name])


@pytest.mark.parametrize(("text", "name", "kept", "dropped"), [
    ("Wire\n\nContact with Venus Express was lost on 28 November 2014. After weeks of partial links, Venus Express "
     "ended its mission on 16 December 2014.\n", "Venus Express", "2014-12-16", "2014-11-28"),
    ("Dépêche\n\nLe contact avec Venus Express a été perdu le 28 novembre 2014. L'ESA a annoncé la fin de la mission "
     "Venus Express le 16 décembre 2014.\n", "Venus Express", "2014-12-16", "2014-11-28"),
])
def test_a_loss_of_contact_gives_way_to_the_declared_end(extractor, text, name, kept, dropped):
    found = events(missions(extractor, text)[name])
    assert ("end", kept) in found
    assert ("end", dropped) not in found


# --- French launch verbs in the pluperfect and with a named spaceport ------------------------------------------------

@pytest.mark.parametrize(("text", "name", "date"), [
    ("Dépêche\n\nLe 3 mai 2024, la sonde lunaire Chang'e 6 s'était élancée vers la face cachée de la Lune.\n",
     "Chang'e 6", "2024-05-03"),
    ("Dépêche\n\nLa sonde Mars Express avait quitté la Terre le 2 juin 2003 à bord d'une Soyouz.\n",
     "Mars Express", "2003-06-02"),
    ("Dépêche\n\nTGO et Schiaparelli avaient quitté ensemble le cosmodrome de Baïkonour le 14 mars 2016.\n",
     "Schiaparelli", "2016-03-14"),
    ("Dépêche\n\nLa sonde Rosetta s'était envolée le 2 mars 2004 de Kourou.\n", "Rosetta", "2004-03-02"),
])
def test_french_launch_verbs_of_the_pluperfect_and_spaceports(extractor, text, name, date):
    assert ("launch", date) in events(missions(extractor, text)[name])


def test_a_launcher_withdrawn_from_a_spaceport_is_no_launch(extractor):
    text = "Dépêche\n\nLes Soyouz russes ont quitté Kourou en 2022 ; Vega C est resté au sol après son échec.\n"
    assert not any(e == "launch" for e, _ in events(missions(extractor, text).get("Vega C", {"events": []})))


# --- coordinated crafts with coordinated dates pair up in order, "respectively" or not -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Note\n\nLes sondes Helios 1 et Helios 2, lancées en 1974 et 1976, se sont approchées du Soleil.\n",
     {"Helios 1": "1974", "Helios 2": "1976"}),
    ("Note\n\nThe probes Helios 1 and Helios 2, launched in 1974 and 1976, flew close to the Sun.\n",
     {"Helios 1": "1974", "Helios 2": "1976"}),
    ("Note\n\nSentinel-2A and Sentinel-2B were launched in 2015 and 2017 respectively.\n",
     {"Sentinel 2A": "2015", "Sentinel 2B": "2017"}),
])
def test_coordinated_crafts_take_coordinated_dates_in_order(extractor, text, expected):
    found = missions(extractor, text)
    for name, date in expected.items():
        assert events(found[name]) == {("launch", date)}


def test_dates_not_coordinated_do_not_pair(extractor):
    text = "Note\n\nSentinel-2A and Sentinel-2B were launched in 2015, and ESA said in 2017 that both work.\n"
    found = missions(extractor, text)
    assert ("launch", "2017") not in events(found["Sentinel 2B"])


# --- a shuttle orbiter carries its payload: the launch is the payload's or the flight's, as for launchers -------------

@pytest.mark.parametrize(("text", "payload", "shuttle", "date"), [
    ("Note\n\nLe 17 juin 1985, la navette Discovery de la NASA décollait de Floride pour la mission STS-51-G.\n",
     "STS-51-G", "Space Shuttle Discovery", "1985-06-17"),
    ("Note\n\nLancée le 6 octobre 1990 depuis la soute de la navette Discovery, la sonde Ulysses a filé vers "
     "Jupiter.\n", "Ulysses", "Space Shuttle Discovery", "1990-10-06"),
    ("Note\n\nThe Hubble Space Telescope was launched on 24 April 1990 aboard the shuttle Discovery.\n",
     "Hubble Space Telescope", "Space Shuttle Discovery", "1990-04-24"),
    ("Note\n\nThe shuttle Atlantis lifted off on 4 May 1989 carrying NASA's Magellan probe to Venus.\n",
     "Magellan", "Space Shuttle Atlantis", "1989-05-04"),
])
def test_a_shuttle_orbiter_gives_the_launch_to_what_it_carries(extractor, text, payload, shuttle, date):
    found = missions(extractor, text)
    # a flight the KB lacks is named from its family ("STS 51G"); the contract's key (normalise_name) is the same
    keyed = {normalise_name(name): record for name, record in found.items()}
    assert ("launch", date) in events(keyed[normalise_name(payload)])
    assert not any(e == "launch" for e, _ in events(found[shuttle]))
