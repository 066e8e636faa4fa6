from __future__ import annotations

import pytest

from eventwire.actors.places import Gazetteer, fold_name
from eventwire.errors import KnowledgeBaseError
from eventwire.records import Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached() -> None:
    assert Gazetteer.load() is Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "country", "kind_name"),
    [
        # countries and their other names
        ("Israel", "ISR", "Israel"),
        ("North Korea", "PRK", "North Korea"),
        ("DPRK", "PRK", "North Korea"),
        ("U.S.", "USA", "United States"),
        ("the United States", "USA", "United States"),
        ("Britain", "GBR", "United Kingdom"),
        ("Palestine", "PSE", None),
        ("Côte d'Ivoire", "CIV", None),
        ("Cote d'Ivoire", "CIV", None),
        ("Georgia", "GEO", "Georgia"),
        ("Congo", "COD", None),
        # capitals and cities
        ("Seoul", "KOR", "Seoul"),
        ("Pyongyang", "PRK", "Pyongyang"),
        ("Washington", "USA", "Washington"),
        ("Kyiv", "UKR", "Kyiv"),
        ("Kiev", "UKR", "Kyiv"),
        ("Kyiv's", "UKR", "Kyiv"),
        ("New York", "USA", "New York City"),
        ("Moscow", "RUS", "Moscow"),
        ("Belgorod", "RUS", "Belgorod"),
        ("Donetsk", "UKR", "Donetsk"),
        ("Kherson", "UKR", "Kherson"),
        ("Rafah", "PSE", None),
        ("Khan Yunis", "PSE", None),
        ("Avdiivka", "UKR", None),
        ("Paris", "FRA", "Paris"),
        # regions
        ("Gaza", "PSE", None),
        ("the Gaza Strip", "PSE", "Gaza Strip"),
        ("West Bank", "PSE", "West Bank"),
        ("Darfur", "SDN", "Darfur"),
        ("Tigray", "ETH", "Tigray"),
        ("Crimea", "UKR", "Crimea"),
        ("Donetsk region", "UKR", "Donetsk Oblast"),
        ("Belgorod region", "RUS", "Belgorod Oblast"),
        ("Nagorno Karabakh", "AZE", "Nagorno-Karabakh"),
        ("Florida", "USA", "Florida"),
        ("Texas", "USA", "Texas"),
    ],
)
def test_lookup(gazetteer: Gazetteer, name: str, country: str, kind_name: str | None) -> None:
    location = gazetteer.lookup(name)
    assert location is not None, name
    assert location.country == country
    assert location.lat is not None and location.lon is not None
    assert -90 <= location.lat <= 90 and -180 <= location.lon <= 180
    if kind_name is not None:
        assert location.name == kind_name


def test_coordinates_are_plausible(gazetteer: Gazetteer) -> None:
    seoul = gazetteer.lookup("Seoul")
    assert seoul is not None and seoul.lat == pytest.approx(37.57, abs=0.1)
    assert seoul.lon == pytest.approx(126.98, abs=0.1)


@pytest.mark.parametrize(
    ("name", "hint", "country", "loc_name"),
    [
        ("Paris", "USA", "USA", "Paris"),
        ("Paris", "usa", "USA", "Paris"),
        ("Paris", "DEU", "FRA", "Paris"),  # no Paris in Germany: the hint is ignored
        ("Georgia", "USA", "USA", "Georgia"),
        ("Congo", "COG", "COG", "Republic of the Congo"),
        ("Donetsk", "RUS", "RUS", "Donetsk"),
        ("Kashmir", "IND", "IND", "Jammu and Kashmir"),
        ("Kashmir", "PAK", "PAK", "Azad Kashmir"),
        ("Punjab", "IND", "IND", "Punjab"),
    ],
)
def test_country_hint(gazetteer: Gazetteer, name: str, hint: str, country: str, loc_name: str) -> None:
    location = gazetteer.lookup(name, country_hint=hint)
    assert location is not None
    assert (location.country, location.name) == (country, loc_name)


def test_disputed_kashmir_has_no_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Kashmir") == Location("Kashmir", None, 34.1, 74.8)


@pytest.mark.parametrize("name", ["Mars", "Sahel", "", "Xyzzyville City", "the"])
def test_unknown_names(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


def test_fold_name() -> None:
    assert fold_name("Khān Yūnis") == "khan yunis"
    assert fold_name("The Gaza  Strip") == "gaza strip"
    assert fold_name("U.S.") == "us"
    assert fold_name("Nagorno-Karabakh") == "nagorno karabakh"


def test_bad_file_names_file_and_line(tmp_path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "kind\tname\tcountry\tlat\tlon\tpopulation\tnames\n"
        "city\tSomewhere\tUSA\tnorth\t1\t5\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"bad.tsv:2: 'north' is not a number"):
        Gazetteer.load([bad])
    bad.write_text("kind\tname\tcountry\tlat\tlon\tpopulation\tnames\ntown\tX\tUSA\t1\t1\t1\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad.tsv:2: kind 'town'"):
        Gazetteer.load([bad])


def test_custom_files(tmp_path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "kind\tname\tcountry\tlat\tlon\tpopulation\tnames\n"
        "country\tFreedonia\tFRD\t1.5\t2.5\t100\t\n"
        "country\t\tFRD\t\t\t\tFredonia\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer.load([path])
    assert len(gazetteer) == 1
    assert gazetteer.lookup("Fredonia") == Location("Freedonia", "FRD", 1.5, 2.5)


def test_country_by_code():
    gazetteer = Gazetteer.load()
    assert gazetteer.country("UKR").name == "Ukraine"
    assert gazetteer.country("ukr").country == "UKR"
    assert gazetteer.country("XYZ") is None and gazetteer.country(None) is None
