"""Actor resolution on the shipped knowledge base: dates, history, aliases, composition, guards.

Each case is a sentence and what one mention in it must (or must not) resolve to.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors.component import SPAN_KEY, ActorResolver
from eventwire.actors.kb import load_kb, shipped_kb
from eventwire.actors.imported import with_dictionaries
from eventwire.config import Settings
from eventwire.errors import KnowledgeBaseError
from eventwire.nlp.model import load_model
from eventwire.pipeline import extract_document
from eventwire.records import Document

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def resolve():
    nlp = load_model()
    nlp.add_pipe("eventwire_paragraphs", before="parser")
    resolver = ActorResolver(nlp, "eventwire_actors", shipped_kb())

    def run(text: str, date: dt.date | None) -> dict[str, tuple[str | None, str | None]]:
        doc = nlp.make_doc(text)
        doc._.date = date
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        doc = resolver(doc)
        return {s.text: (s._.actor.key, s._.actor.sector) for s in doc.spans[SPAN_KEY]}

    return run


@pytest.mark.parametrize("text, date, mention, expected", [
    # In office, then out of office: the country with no sector.
    ("Antony Blinken arrived in Seoul.", dt.date(2023, 11, 9), "Antony Blinken", ("USA", "GOV")),
    ("Antony Blinken arrived in Seoul.", dt.date(2025, 6, 1), "Antony Blinken", ("USA", None)),
    # A leader of the 1980s-90s, from the historical file (Phoenix, MIT).
    ("Francois Mitterrand flew to Bonn.", dt.date(1990, 5, 1), "Francois Mitterrand", ("FRA", "GOV")),
    ("Francois Mitterrand flew to Bonn.", dt.date(1995, 12, 1), "Francois Mitterrand", ("FRA", None)),
    # Historical periods join the person of people.tsv: Putin as premier in 2000 and 2009.
    ("Vladimir Putin met the envoy.", dt.date(2000, 3, 1), "Vladimir Putin", ("RUS", "GOV")),
    ("Vladimir Putin met the envoy.", dt.date(1995, 3, 1), "Vladimir Putin", ("RUS", None)),
])
def test_leader_resolved_by_the_date(resolve, text, date, mention, expected):
    found = resolve(text, date)
    assert found.get(mention) == expected, found


@pytest.mark.parametrize("date, sector", [(dt.date(2021, 8, 14), "REB"), (dt.date(2021, 8, 16), "GOV")])
def test_taliban_before_and_after_august_2021(resolve, date, sector):
    found = resolve("The Taliban took control of the district.", date)
    assert found["Taliban"] == ("AFG", sector)


@pytest.mark.parametrize("text, date, mention, expected", [
    ("The DPRK fired a missile.", dt.date(2023, 1, 1), "DPRK", ("PRK", None)),
    ("Pyongyang rejected the offer.", dt.date(2023, 1, 1), "Pyongyang", ("PRK", "GOV")),
    ("The Kremlin denied the report.", dt.date(2023, 1, 1), "The Kremlin", ("RUS", "GOV")),
    ("Downing Street said it would reply.", dt.date(2023, 1, 1), "Downing Street", ("GBR", "GOV")),
    ("The European Community gave aid to Romania.", dt.date(1990, 1, 1), "The European Community", ("EU", "IGO")),
    ("Kampuchean guerrillas attacked the camp.", dt.date(1985, 1, 1), "Kampuchean guerrillas", ("KHM", "REB")),
    ("Amnesty International accused the government.", dt.date(2000, 1, 1), "Amnesty International",
     ("AMNESTY", "NGO")),
])
def test_aliases_historical_names_and_metonyms(resolve, text, date, mention, expected):
    found = resolve(text, date)
    assert found.get(mention) == expected, found


@pytest.mark.parametrize("text, mention, expected", [
    ("Russian President Boris Yeltsin hosted the talks.", "Russian President Boris Yeltsin", ("RUS", "GOV")),
    ("Russia's new foreign minister arrived.", "Russia's new foreign minister", ("RUS", "GOV")),
    ("Taiwan's Vice Foreign Minister visited Russia.", "Taiwan's Vice Foreign Minister", ("TWN", "GOV")),
    ("Vietnamese-led forces retook the village.", "Vietnamese-led forces", ("VNM", "MIL")),
    ("UN peacekeepers entered the town.", "UN peacekeepers", ("UN", "MIL")),
    ("Putin offered to negotiate with the president of Armenia.", "president of Armenia", ("ARM", "GOV")),
    ("King Hassan of Morocco offered to host the meeting.", "King Hassan of Morocco", ("MAR", "GOV")),
    ("Rebels in the Ivory Coast rejected the plan.", "Rebels in the Ivory Coast", ("CIV", "REB")),
    ("President Bush threatened further action.", "President Bush", ("USA", "GOV")),
    ("The Bush administration declared that talks would resume.", "Bush administration", ("USA", "GOV")),
    ("Opposition groups criticised Mugabe's government.", "Mugabe's government", ("ZWE", "GOV")),
    ("Former President Carlos Menem was questioned.", "President Carlos Menem", ("ARG", None)),
    ("Ethnic Albanians in Macedonia demanded more rights.", "Ethnic Albanians", ("MKD", "CVL")),
    ("A senior Hungarian official said so.", "Hungarian official", ("HUN", "GOV")),
    # "the South" / "the North" (context forms of the Koreas) yield to the longer adjective
    ("Japan met the South Korean president.", "South Korean president", ("KOR", "GOV")),
    ("The North Korean leader spoke.", "North Korean leader", ("PRK", "GOV")),
    ("He met the South African foreign minister.", "South African foreign minister", ("ZAF", "GOV")),
])
def test_composition(resolve, text, mention, expected):
    found = resolve(text, dt.date(2000, 1, 1))
    assert found.get(mention) == expected, found


@pytest.mark.parametrize("text, wrong", [
    ("Latin American leaders met in Lima.", ("USA", "GOV")),
    ("Officials said Latin American leaders met in Lima.", ("USA", "GOV")),
    ("The governor of New Mexico spoke.", ("MEX", None)),
    ("The Washington Post reported the leak.", ("USA", "GOV")),
    ("Pro-Russian separatists seized the building.", ("RUS", "REB")),
    ("Troops in Syria came under fire.", ("SYR", "MIL")),  # the troops may be foreign
])
def test_longer_names_and_foreign_agents_are_not_the_state(resolve, text, wrong):
    found = resolve(text, dt.date(2024, 1, 1))
    assert wrong not in found.values(), found


def test_a_street_named_after_a_state_or_a_title_is_no_actor(resolve):
    # "Street" is also a known surname: the name is still a street's, not Cuba nor the Queen
    assert resolve("Police arrested two men on Cuba Street in Wellington.", dt.date(2020, 5, 1)) == {}
    assert resolve("Crowds gathered on Queen Street and Jordan Road.", dt.date(2020, 5, 1)) == {}
    # a state before a lower-case "street" is still the state
    found = resolve("Cuba took its protest to the street.", dt.date(2020, 5, 1))
    assert found["Cuba"] == ("CUB", None), found


def test_capitalised_common_word_is_not_a_surname(resolve):
    assert resolve("Young people marched through the city.", dt.date(2024, 1, 1)) == {}


def test_honorific_does_not_hide_a_surname(resolve):
    found = resolve("Mr Putin said the talks had failed.", dt.date(2023, 1, 1))
    assert found["Putin"] == ("RUS", "GOV")


def test_surname_of_another_person_is_not_their_country(resolve):
    # "Hanson" alone is a known (historical) Estonian minister; "Pauline Hanson" is not him
    found = resolve("Queensland senator Pauline Hanson spoke on Monday.", dt.date(2025, 11, 24))
    assert all(key != "EST" for key, _ in found.values()), found


def test_surname_read_as_a_common_noun_is_still_a_subject(resolve):
    assert resolve("Trump says Iran must stop.", dt.date(2025, 5, 18))["Trump"] == ("USA", "GOV")
    assert resolve("Young people marched through the city.", dt.date(2025, 5, 18)) == {}


def test_state_name_before_an_administrative_unit_is_a_province(resolve):
    found = resolve("Four people were arrested in East Azerbaijan province, Iran.", dt.date(2026, 4, 19))
    assert "Azerbaijan" not in found and found["Iran"] == ("IRN", None)


@pytest.mark.parametrize("text, resolved", [
    ("Antony Blinken arrived on Monday. He met the president.", True),
    ("Antony Blinken met Park Jin on Monday. He said the talks went well.", False),  # two people: ambiguous
])
def test_pronouns_only_when_unambiguous(resolve, text, resolved):
    found = resolve(text, dt.date(2023, 11, 9))
    assert ("He" in found) is resolved, found


@pytest.mark.parametrize("date, sector", [
    (dt.date(2000, 6, 1), None),  # before the dated range: [MKDELI <20010101]
    (dt.date(2003, 6, 1), "GOV"),  # [MKDGOV 20010101-20050601]
    (dt.date(2006, 6, 1), None),  # after it: [MKDELI >20050601]
])
def test_phoenix_dictionary_entry_with_a_date_range_through_the_pipeline(date, sector):
    settings = Settings(dictionaries=(str(FIXTURES / "dictionaries" / "dated-leader.actors.txt"),))
    document = Document(id="d", text="Zoran Velkovski met the envoy in Skopje on Monday.", date=date)
    result = extract_document(document, settings=settings)
    mention = next(m for m in result.mentions if m.text == "Zoran Velkovski")
    assert (mention.actor.country, mention.actor.sector) == ("MKD", sector)


def test_bad_line_of_the_historical_file_is_reported(tmp_path):
    for name in ("states.tsv", "organisations.tsv", "groups.tsv", "people.tsv", "sectors.tsv",
                 "family_name_first.txt"):
        (tmp_path / name).write_text((FIXTURES / "kb" / name).read_text())
    (tmp_path / "people_historical.tsv").write_text(
        "# comment\nid\tname\tvariants\tactor\tsector\trole\tstart\tend\n"
        "x\tJohn Doe\t\tUSA\tGOV\tUSAGOV\t1990-01-01\t1989-01-01\n")
    with pytest.raises(KnowledgeBaseError, match=r"people_historical.tsv:3: start 1990-01-01 is after end"):
        load_kb(tmp_path)


def test_historical_periods_never_overlap_people_tsv():
    """Periods merged from people_historical.tsv end before the person's first people.tsv period."""
    kb = shipped_kb()
    putin = next(e for e in kb.find("Vladimir Putin") if e.kind == "person")
    historical = [p for p in putin.periods if p.role.startswith("RUS")]  # CAMEO codes as roles
    current = [p for p in putin.periods if not p.role.startswith("RUS")]
    assert historical and current
    first = min(p.start for p in current if p.start)
    assert all(p.end is not None and p.end < first for p in historical)


@pytest.mark.parametrize("text, mention, expected", [
    # a title's plural is an agent noun, and states conjoined after "of" share it
    ("The ambassadors of France, Germany and Italy met in Rome.", "Germany", ("DEU", "GOV")),
    ("The foreign ministers of France and Germany met in Rome.", "Germany", ("DEU", "GOV")),
    ("The foreign ministers of France and Germany met in Rome.", "foreign ministers of France", ("FRA", "GOV")),
    # not past a group that has its own sector, nor onto a place that is no conjunct
    ("Leaders of Hamas and Israel met in Cairo.", "Israel", ("ISR", None)),
    ("Officials of France met Germany in Rome.", "Germany", ("DEU", None)),
])
def test_agent_of_state_is_shared_by_conjoined_states(resolve, text, mention, expected):
    assert resolve(text, dt.date(2025, 6, 1))[mention] == expected


def test_dictionary_state_code_takes_the_agent_nouns_sector(tmp_path):
    """A dictionary entry coded as a state ([KSV]) composes with agent nouns like a state."""
    path = tmp_path / "states.actors.txt"
    path.write_text("DARDANIA  [KSV]\n")
    settings = Settings(dictionaries=(str(path),))
    text = "The Dardania government condemned the attack. The ministers of Dardania met."
    result = extract_document(Document(id="d", text=text, date=dt.date(2025, 6, 1)), settings=settings)
    found = {m.text: (m.actor.country, m.actor.sector) for m in result.mentions}
    assert found["Dardania government"] == ("KSV", "GOV")
    assert found["ministers of Dardania"] == ("KSV", "GOV")


@pytest.mark.parametrize("text, mention, expected", [
    # GUIDE.md: an armed group takes the country it is based in; for a transnational
    # group, where the text places it
    ("Aircraft struck a facility occupied by the Islamic State near Palmyra in central Syria.",
     "Islamic State", ("SYR", "REB")),
    ("Puntland forces fight against ISIS in the Cal Miskaad mountains, Somalia.", "ISIS", ("SOM", "REB")),
    ("Al-Qaeda fighters attacked a base. The attack took place in Mali.", "Al-Qaeda", ("MLI", "REB")),
    # placed nowhere: the country of groups.tsv
    ("The Islamic State claimed responsibility.", "Islamic State", ("IRQ", "REB")),
    # a group of one country is not moved
    ("Hamas fighters were seen in Lebanon.", "Hamas", ("PSE", "REB")),
])
def test_transnational_groups_take_the_country_where_the_text_places_them(resolve, text, mention, expected):
    assert resolve(text, dt.date(2025, 1, 1)).get(mention) == expected


def test_a_knowledge_base_with_imported_dictionaries_keeps_the_transnational_groups():
    assert "Islamic State" in shipped_kb().merged([]).transnational


@pytest.fixture(scope="module")
def with_override_dictionaries():
    settings = Settings(dictionaries=(str(FIXTURES / "dictionaries" / "override.actors.txt"),
                                      str(FIXTURES / "dictionaries" / "override.agents.txt")))

    def run(text: str) -> dict[str, str]:
        result = extract_document(Document(id="d", text=text, date=dt.date(2025, 6, 1)), settings=settings)
        return {m.text: m.actor.code for m in result.mentions}

    return run


@pytest.mark.parametrize("text, mention, code", [
    # an imported code that differs from the shipped reading wins
    ("The Kuwait government met envoys in Cairo.", "Kuwait government", "KUWGOV"),
    ("Pyongyang fired two missiles on Thursday.", "Pyongyang", "PRK"),
    ("Human rights activists in Valdoria protested on Monday.", "Human rights activists in Valdoria", "VLDOPP"),
    # an entry coded as a state alone is a state name; a sector of no state is kept
    ("Soldiers from Valdoria crossed the border.", "Soldiers from Valdoria", "VLDMIL"),
    ("The Lantern Relief League criticized Valdoria.", "Lantern Relief League", "---NGO"),
    # an agent whose code names no sector is still the longer phrase: the country alone
    ("Valdoria's main opposition bloc boycotted the vote.", "Valdoria's main opposition bloc", "VLD"),
    # where the dictionary agrees, the shipped entry stays, with its kind
    ("Israeli soldiers entered the town.", "Israeli soldiers", "ISRMIL"),
])
def test_imported_dictionaries_win_where_they_differ(with_override_dictionaries, text, mention, code):
    assert with_override_dictionaries(text).get(mention) == code


@pytest.mark.parametrize("text, mention, expected", [
    # GUIDE.md: the sector of the agent, the country of the place
    ("Soldiers from Ukraine shelled a village near Belgorod.", "Soldiers from Ukraine", ("UKR", "MIL")),
    ("Diplomats from France condemned the attack.", "Diplomats from France", ("FRA", "GOV")),
    # not where a verb moves them from
    ("Russia withdrew troops from Syria.", "Syria", ("SYR", None)),
    ("Israel evacuated officials from Lebanon.", "Lebanon", ("LBN", None)),
])
def test_soldiers_and_officials_from_a_state(resolve, text, mention, expected):
    assert resolve(text, dt.date(2025, 6, 1)).get(mention) == expected


def test_an_imported_name_of_several_actors_codes_each():
    # "[VLD/KUW]": TABARI and PETRARCH code each actor of a compound code
    settings = Settings(dictionaries=(str(FIXTURES / "dictionaries" / "override.actors.txt"),), event_model="none")
    events = extract_document(Document(id="d", text="The Twin Realms condemned the attack by Chile.",
                                       date=dt.date(2025, 6, 1)), settings=settings).events
    assert {(e.source.actor.code, e.target.actor.code, e.cameo[:2]) for e in events} == {
        ("VLD", "CHL", "11"), ("KUW", "CHL", "11")}
    # the entry's actors, by its name
    kb = with_dictionaries((str(FIXTURES / "dictionaries" / "override.actors.txt"),))
    assert [a.code for a in kb.members["The Twin Realms"]] == ["VLD", "KUW"]


@pytest.mark.parametrize("text, mention, expected", [
    # federal units and their adjectives are their country (GUIDE.md)
    ("The Bavarian government protested to Berlin.", "Bavarian government", ("DEU", "GOV")),
    ("The Kerala government rejected the plan.", "Kerala government", ("IND", "GOV")),
    ("Ohio sued the federal government.", "Ohio", ("USA", None)),
    ("Welsh ministers opposed the bill.", "Welsh ministers", ("GBR", "GOV")),
    # a surname of an obscure official is not a state adjective's reading
    ("The Catalan government called new elections.", "Catalan government", ("ESP", "GOV")),
    # a federal unit before "State" is still its country; a state's name before one is not
    ("Gunmen attacked a village in Kaduna State.", "Kaduna", ("NGA", None)),
])
def test_federal_units(resolve, text, mention, expected):
    assert resolve(text, dt.date(2025, 6, 1)).get(mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # legislatures and departments known by their own name
    ("The Knesset approved the budget.", "Knesset", ("ISR", "LEG")),
    ("The Bundestag debated the motion.", "Bundestag", ("DEU", "LEG")),
    ("The State Duma ratified the pact.", "State Duma", ("RUS", "LEG")),
    ("The Justice Department charged two hackers.", "Justice Department", ("USA", "GOV")),
    # new titles and agent nouns
    ("Ukraine's military intelligence claimed the attack.", "Ukraine's military intelligence", ("UKR", "SPY")),
    ("The Turkish minister met his Qatari counterpart.", "Qatari counterpart", ("QAT", "GOV")),
    ("Egyptian mediators proposed a truce.", "Egyptian mediators", ("EGY", "GOV")),
    ("Vietnamese fishermen were detained.", "Vietnamese fishermen", ("VNM", "CVL")),
    ("NATO Secretary-General Jens Olsen visited Riga.", "NATO Secretary-General Jens Olsen", ("NATO", "IGO")),
])
def test_named_bodies_and_new_sector_words(resolve, text, mention, expected):
    assert resolve(text, dt.date(2025, 6, 1)).get(mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # "the country's ...": the state last mentioned
    ("Chile held elections. The country's new president named a cabinet.", "The country's new president",
     ("CHL", "GOV")),
    ("Floods hit Kenya. The country's interior ministry sent troops.", "The country's interior ministry",
     ("KEN", "GOV")),
    # offices held only at home, with no state named: the state the text is about
    ("A lawsuit was filed in Ohio. Judge Ellen Marsh dismissed it.", "Judge Ellen Marsh", ("USA", "JUD")),
    ("A man was tried in Ghana. The presiding judge adjourned the case.", "The presiding judge", ("GHA", "JUD")),
    ("Peru held a runoff vote. Senator Ana Ruiz conceded.", "Senator Ana Ruiz", ("PER", "LEG")),
    # an abbreviated title is one token in running text ("Sen.", "Rep.")
    ("Wildfires spread in Oregon. Sen. Jane Whitfield asked for aid.", "Sen. Jane Whitfield", ("USA", "LEG")),
])
def test_offices_of_the_state_in_view(resolve, text, mention, expected):
    assert resolve(text, dt.date(2025, 6, 1)).get(mention) == expected


def test_a_foreign_office_does_not_take_the_state_in_view(resolve):
    # a president may be foreign: an unknown "President X" is left alone
    found = resolve("Troops crossed into Chad. President Tomas Vell protested.", dt.date(2025, 6, 1))
    assert "President Tomas Vell" not in found, found


@pytest.mark.parametrize("text, mention, expected", [
    # an adjective before a known person's title form is one mention, not a stray adjective
    ("Chinese President Xi Jinping arrived in Hanoi.", "Chinese President Xi Jinping", ("CHN", "GOV")),
    ("Jordanian King Abdullah met the envoy.", "Jordanian King Abdullah", ("JOR", "GOV")),
])
def test_adjective_and_known_person_form_one_mention(resolve, text, mention, expected):
    found = resolve(text, dt.date(2025, 6, 1))
    assert found.get(mention) == expected, found
    assert mention.split()[0] not in found, found


def test_the_counterpart_is_not_the_state_last_mentioned(resolve):
    found = resolve("The Kenyan minister arrived. He urged the counterpart to sign.", dt.date(2025, 6, 1))
    assert "the counterpart" not in found, found


def test_a_state_named_after_an_agent_noun_is_the_state_in_view(resolve):
    # "voters in Peru" names Peru as much as "Peru" does: the senator is Peru's
    found = resolve("Voters in Peru went to the polls. Senator Ana Ruiz conceded.", dt.date(2025, 6, 1))
    assert found.get("Senator Ana Ruiz") == ("PER", "LEG"), found


def test_agent_nouns_have_one_sector_in_both_files():
    """A noun that is both an unnamed agent of the coder (coding/data/agents.tsv) and an agent
    form of the actor resolver (actors/data/sectors.tsv) has the same sector in both: a
    gunman is a criminal (CRM) whether or not the text names his country."""
    from eventwire.coding.implicit import load_agents
    from eventwire.datafiles import tsv_body
    sectors_path = Path(__file__).parents[1] / "src" / "eventwire" / "actors" / "data" / "sectors.tsv"
    forms = {cells[0]: cells[1] for _, cells in tsv_body(sectors_path) if cells and cells[0] != "form"}
    agents = load_agents()
    differ = {noun: (sector, forms[noun]) for noun, sector in agents.items()
              if noun in forms and sector is not None and forms[noun] != sector}
    assert not differ, differ


def test_a_gunman_of_a_named_country_is_a_criminal(resolve):
    assert resolve("Mexican gunmen killed four police officers.", dt.date(2025, 6, 1)).get(
        "Mexican gunmen") == ("MEX", "CRM")


@pytest.mark.parametrize("text, mention", [
    ("Syrian government forces shelled the town.", "Syrian government forces"),
    ("Sudanese government troops entered the city.", "Sudanese government troops"),
])
def test_government_forces_are_the_military(resolve, text, mention):
    assert resolve(text, dt.date(2025, 6, 1)).get(mention)[1] == "MIL"


@pytest.mark.parametrize("text, mention", [
    ("The Pope met President Lula at the Vatican.", "The Pope"),
    ("The pontiff received the Argentine president.", "The pontiff"),
])
def test_the_pope_is_the_holy_see_not_a_person_surnamed_pope(resolve, text, mention):
    found = resolve(text, dt.date(2025, 6, 1))
    assert found.get(mention) == ("VAT", "GOV"), found


@pytest.mark.parametrize("text, expected", [
    # a city that seats an organisation: as a place its host state, as an actor the organisation
    ("Leaders met at a summit in Brussels on Thursday.", ("BEL", None)),
    ("Thousands of farmers marched in Brussels on Sunday.", ("BEL", None)),
    ("Police detained two suspects near Brussels.", ("BEL", None)),
    ("Brussels warned London against breaking the deal.", ("EU", "IGO")),
    ("Brussels imposed new sanctions on Russia.", ("EU", "IGO")),
])
def test_brussels_is_belgium_as_a_place_and_the_eu_as_an_actor(resolve, text, expected):
    assert resolve(text, dt.date(2026, 3, 1))["Brussels"] == expected


@pytest.mark.parametrize("text, date, mention, expected", [
    # An organisation's title or agent noun before a known person: the organisation's office,
    # not the person's home state or another role the knowledge base holds for them.
    ("The rebels said they would talk to U.N. mediator Diego Cordovez.", dt.date(1987, 6, 1),
     "U.N. mediator Diego Cordovez", ("UN", "IGO")),
    ("U.N. envoy Diego Cordovez flew to Islamabad.", dt.date(1987, 6, 1),
     "U.N. envoy Diego Cordovez", ("UN", "IGO")),
    ("EU envoy Javier Solana arrived in Tehran.", dt.date(2006, 6, 1), "EU envoy Javier Solana", ("EU", "IGO")),
    # The organisation's own chief stays the known person; a state's title is unchanged.
    ("UN Secretary-General Antonio Guterres arrived in Kyiv.", dt.date(2022, 6, 1),
     "UN Secretary-General Antonio Guterres", ("UN", "IGO")),
    ("U.S. negotiator Paul Nitze flew to Geneva.", dt.date(1985, 6, 1), "U.S. negotiator", ("USA", "GOV")),
])
def test_an_organisation_title_wins_over_the_persons_nationality(resolve, text, date, mention, expected):
    found = resolve(text, date)
    assert found.get(mention) == expected, found


@pytest.mark.parametrize("text, date, mention, expected", [
    # Rebels named by their people are the state they fight in, REB, with no state named.
    ("Kurdish rebels attacked a police station on Monday.", dt.date(2016, 6, 1), "Kurdish rebels", ("TUR", "REB")),
    ("Tamil separatists ambushed an army patrol.", dt.date(2000, 6, 1), "Tamil separatists", ("LKA", "REB")),
    ("Baloch militants killed five soldiers.", dt.date(2025, 6, 1), "Baloch militants", ("PAK", "REB")),
    ("Uighur separatists attacked a police post.", dt.date(2014, 6, 1), "Uighur separatists", ("CHN", "REB")),
    ("Kachin insurgents seized an army outpost.", dt.date(2021, 6, 1), "Kachin insurgents", ("MMR", "REB")),
    # Kurdish rebels are transnational: where the text places them.
    ("Kurdish militants attacked a checkpoint in northern Syria.", dt.date(2016, 6, 1), "Kurdish militants",
     ("SYR", "REB")),
])
def test_rebels_named_by_an_ethnic_adjective_are_the_state_they_fight(resolve, text, date, mention, expected):
    found = resolve(text, date)
    assert found.get(mention) == expected, found
