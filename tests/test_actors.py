"""Actor resolution: knowledge-base loading, gazetteer, composition, dates, context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors.component import SPAN_KEY, ActorResolver
from eventwire.actors.kb import load_kb, shipped_kb
from eventwire.errors import KnowledgeBaseError
from eventwire.nlp.model import load_model

FIXTURE_KB = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture(scope="module")
def resolve_with():
    nlp = load_model()
    nlp.add_pipe("eventwire_paragraphs", before="parser")
    resolvers = {}

    def run(text: str, date: dt.date | None, kb_dir: Path | None = None):
        key = str(kb_dir)
        if key not in resolvers:
            kb = load_kb(kb_dir) if kb_dir else shipped_kb()
            resolvers[key] = ActorResolver(nlp, "eventwire_actors", kb)
        doc = nlp.make_doc(text)
        doc._.date = date
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        doc = resolvers[key](doc)
        return {s.text: s._.actor for s in doc.spans[SPAN_KEY]}

    return run


def test_bad_line_is_reported_with_file_and_line(tmp_path):
    for name in ("organisations.tsv", "groups.tsv", "people.tsv", "sectors.tsv", "family_name_first.txt"):
        (tmp_path / name).write_text((FIXTURE_KB / name).read_text())
    (tmp_path / "states.tsv").write_text("iso3\tkind\tform\trequires\nUSA\tname\tUnited States\t\nUSA\tcapitol\tWashington\t\n")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb(tmp_path)
    assert err.value.line == 3 and "states.tsv" in err.value.path and "capitol" in str(err.value)


def test_bad_date_is_reported(tmp_path):
    for name in ("states.tsv", "organisations.tsv", "groups.tsv", "sectors.tsv", "family_name_first.txt"):
        (tmp_path / name).write_text((FIXTURE_KB / name).read_text())
    (tmp_path / "people.tsv").write_text(
        "id\tname\tvariants\tactor\tsector\trole\tstart\tend\n"
        "x\tJohn Doe\t\tUSA\tGOV\tSecretary\t2020-13-01\t\n")
    with pytest.raises(KnowledgeBaseError, match=r"people.tsv:2: bad date"):
        load_kb(tmp_path)


@pytest.mark.model
def test_person_coded_by_office_on_the_date(resolve_with):
    text = "Blinken met Park Jin."
    in_office = resolve_with(text, dt.date(2023, 11, 9), FIXTURE_KB)
    assert in_office["Blinken"].country == "USA" and in_office["Blinken"].sector == "GOV"
    assert in_office["Park Jin"].sector == "GOV"
    # Between his terms (2017-2021) Blinken held no office: the country, no sector.
    out_of_office = resolve_with("Antony Blinken met Park Jin.", dt.date(2019, 6, 1), FIXTURE_KB)
    assert out_of_office["Antony Blinken"].country == "USA"
    assert out_of_office["Antony Blinken"].sector is None


@pytest.mark.model
@pytest.mark.parametrize("date, sector", [(dt.date(2020, 3, 1), "REB"), (dt.date(2022, 3, 1), "GOV")])
def test_taliban_before_and_after_august_2021(resolve_with, date, sector):
    found = resolve_with("The Taliban seized the district.", date, FIXTURE_KB)
    actor = next(a for t, a in found.items() if "Taliban" in t)
    assert (actor.country, actor.sector) == ("AFG", sector)


@pytest.mark.model
@pytest.mark.parametrize("text, mention, key, sector", [
    ("The DPRK fired a missile.", "DPRK", "PRK", None),
    ("Pyongyang rejected the offer.", "Pyongyang", "PRK", "GOV"),
    ("The Kremlin denied it.", "The Kremlin", "RUS", "GOV"),
    ("The White House said so.", "The White House", "USA", "GOV"),
    ("Russian forces shelled the town.", "Russian forces", "RUS", "MIL"),
    ("Talks were held in Seoul.", "Seoul", "KOR", None),
])
def test_aliases_metonyms_and_groups(resolve_with, text, mention, key, sector):
    found = resolve_with(text, dt.date(2023, 1, 1), FIXTURE_KB)
    assert mention in found, found
    assert (found[mention].key, found[mention].sector) == (key, sector)


@pytest.mark.model
def test_context_forms_need_their_context(resolve_with):
    korea = resolve_with("South Korea warned the North on Monday.", dt.date(2023, 1, 1), FIXTURE_KB)
    assert korea["the North"].key == "PRK"
    elsewhere = resolve_with("Russia's troops pushed into the North on Monday.", dt.date(2023, 1, 1), FIXTURE_KB)
    assert "the North" not in elsewhere


@pytest.mark.model
def test_title_introduces_a_person_known_later_by_surname(resolve_with):
    text = ("South Korean Foreign Minister Kim Sung-han arrived on Monday. "
            "Kim said the talks went well.")
    found = resolve_with(text, dt.date(2023, 1, 1), FIXTURE_KB)
    intro = found["South Korean Foreign Minister Kim Sung-han"]
    assert (intro.country, intro.sector, intro.name) == ("KOR", "GOV", "Kim Sung-han")
    assert (found["Kim"].country, found["Kim"].sector) == ("KOR", "GOV")


def test_shipped_kb_loads_and_knows_the_basics():
    kb = shipped_kb()
    assert {"USA", "PRK", "KOR", "RUS", "PSE", "TWN", "XKX", "HKG", "MAC", "ESH"} <= set(kb.states)
    assert {"UN", "UNSC", "NATO", "EU", "AU", "IAEA", "ICC", "ICRC"} <= set(kb.orgs)
    assert any(e.kind == "person" and e.name == "Antony Blinken" for e in kb.find("Blinken"))
