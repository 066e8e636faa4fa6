"""Actor resolution mends, thirty-third round (actors48). Real model and pipeline; sentences
written for these tests.

- "US" among words in capitals is the pronoun where it is the object of a verb or a preposition
  ("JOIN US", "TELL US", "FOR US"), not the United States; before a noun ("US TROOPS"), as a
  subject or in a list it stays the state.
- "WHO" after a plural noun in capitals is the pronoun ("THE MILITIAS WHO ATTACK").
- A bare "Congress" takes the state of the regions and towns the text names ("in Kerala", "in
  Patna": India's Congress party), and a form that needs its state named elsewhere ("Democratic")
  no longer counts for that state.
- A party's name known for one state after another state's adjective or name is the latter's
  party ("Austrian People's Party", "Saint Lucia Labour Party").
"""

from __future__ import annotations

import pytest

from coded import mention_codes


pytestmark = pytest.mark.model

DATE = "2025-05-02"


def found(settings, text, day=DATE):
    """{mention text: actor code} of the mentions the pipeline finds in ``text`` on ``day``."""
    return mention_codes(settings, text, day)


# -- 1. "US" as the pronoun among capitals -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "JOIN US IN THE STREETS, SAYS OPPOSITION LEADER",
    "TELL US THE TRUTH ABOUT THE KILLINGS, PROTESTERS DEMAND",
    "PRAY FOR US, SAYS BISHOP",
    "HELP US",
    "LET US NOT BE FOOLED",
    "ALL OF US IN THIS HEMISPHERE",
    "HE TOLD US THAT HE WILL RESIGN",
    "LEAVE US ALONE, VILLAGERS TELL ARMY",
    "THEY ATTACKED US AT NIGHT",
    "THEY WANT US TO LEAVE, SAYS VILLAGE ELDER",
])
def test_us_as_an_object_among_capitals_is_the_pronoun(rules_only, text):
    got = found(rules_only, text)
    assert not any(code.startswith("USA") for code in got.values()), got


@pytest.mark.parametrize("text, mention, code", [
    ("US TROOPS ATTACK TALIBAN POSITIONS", "US TROOPS", "USAMIL"),  # before a noun
    ("THE US EMBASSY WAS ATTACKED", "US EMBASSY", "USAGOV"),
    ("PROTESTERS MARCH TO US EMBASSY", "US EMBASSY", "USAGOV"),  # (after a preposition, before a noun)
    ("NEW US SANCTIONS ON RUSSIA", "US", "USA"),
    ("US WARNS IRAN OVER NUCLEAR PROGRAM", "US", "USA"),  # a subject
    ("UK, US CONDEMN ATTACK", "US", "USA"),  # a list's member
    ("CHINA AND US SIGN TRADE DEAL", "US", "USA"),
    ("OBAMA: US WILL NOT NEGOTIATE", "US", "USA"),
    ("Iran warned the US on Monday.", "US", "USA"),  # mixed case: the state wherever it stands
    ("The talks with US ended without a deal.", "US", "USA"),
])
def test_us_as_a_state_among_capitals_and_in_mixed_case_stays_the_state(rules_only, text, mention, code):
    assert found(rules_only, text).get(mention) == code


# -- 2. "WHO" after a plural noun in capitals ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "THE MILITIAS WHO ATTACK CIVILIANS MUST BE DISARMED",  # (parsed as a compound)
    "MEN WHO HIDE BEHIND MASKS ATTACKED THE VILLAGE",
    "THE REBELS WHO KIDNAPPED THE MAYOR FLED",
    "GUNMEN WHO STORMED THE HOTEL WERE KILLED, POLICE SAY",
])
def test_who_after_a_plural_noun_in_capitals_is_the_pronoun(rules_only, text):
    assert "WHO" not in found(rules_only, text)


@pytest.mark.parametrize("text", [
    "UN AGENCIES WHO AND UNICEF WARN OF FAMINE",  # a list of organisations
    "WHO WARNS OF NEW OUTBREAK IN CONGO",
    "The WHO condemned the attack on the hospital.",
])
def test_who_in_a_list_or_as_a_subject_stays_the_organisation(rules_only, text):
    assert found(rules_only, text).get("WHO") == "WHO"


# -- 3. a bare "Congress" and the places the text names ------------------------------------------

@pytest.mark.parametrize("text", [
    "Congress won 15 of the 20 seats in Kerala, while the Left Democratic Front was routed in "
    "Thiruvananthapuram and Kozhikode.",  # (the "Democratic" of the front counted for the USA)
    "Congress members protested in Patna against the failure of the state government to procure wheat.",
    "Congress called a strike in Lucknow and Varanasi on Sunday.",
    "In Uttar Pradesh, Congress has decided to contest the assembly elections alone.",
])
def test_congress_in_a_text_about_indian_places_is_the_indian_party(rules_only, text):
    assert found(rules_only, text).get("Congress") == "INDOPP"


@pytest.mark.parametrize("text", [
    "Congress certified the election results on Wednesday.",  # no place: the default
    "Congress passed the bill after a long debate in Washington.",
    "Congress approved the budget. The vote was watched closely in Texas and Ohio.",
    "Congress rejected the deal. Critics in Ottawa and Toronto called it a betrayal.",  # (no Congress there)
])
def test_congress_elsewhere_stays_the_us_legislature(rules_only, text):
    assert found(rules_only, text).get("Congress") == "USALEG"


# -- 4. a party's name after another state's adjective or name ----------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("After the Austrian People's Party failed to form a government, the president asked the Freedom "
     "Party.", "Austrian People's Party", "AUT"),  # not Spain's People's Party
    ("The incumbent Saint Lucia Labour Party government is projected to keep its majority.",
     "Saint Lucia Labour Party", "LCA"),  # not Britain's Labour Party
    ("The Irish Labour Party criticised the budget.", "Irish Labour Party", "IRL"),
    ("Kenyan Democratic Party officials protested in Nairobi.", "Kenyan Democratic Party", "KEN"),
])
def test_a_party_name_after_another_states_adjective_is_that_states_party(rules_only, text, mention, code):
    assert found(rules_only, text).get(mention) == code


@pytest.mark.parametrize("text, mention, code", [
    ("The Spanish People's Party won the election.", "People's Party", "ESPOPP"),  # its own state's
    ("The British Labour Party won a landslide.", "British Labour Party", "GBRGOV"),
    ("The Labour Party criticised the government.", "The Labour Party", "GBRGOV"),
    ("A Pakistani Fatah-II missile was intercepted over Sirsa.", "Pakistani", "PAK"),  # a weapon's name
])
def test_a_party_of_the_state_named_keeps_its_reading(rules_only, text, mention, code):
    assert found(rules_only, text, day="2025-05-02").get(mention) == code


# -- 5. "the <noun>" repeating an earlier mention's words ------------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Syrian security forces clashed with gunmen near the border with Lebanon. The security forces "
     "said ten gunmen were killed.", "The security forces", "SYRCOP"),
    ("The Israeli Air Force struck the Hamas leadership's office in Doha, Qatar. The entire "
     "leadership survived.", "The entire leadership", "PSEREB"),
    ("The Syrian government accused Israel of new air strikes. The government said five soldiers "
     "died.", "The government", "SYRGOV"),
])
def test_the_noun_of_an_earlier_mention_is_that_mentions_actor(rules_only, text, mention, code):
    assert found(rules_only, text).get(mention) == code


@pytest.mark.parametrize("text, mention, code", [
    ("Russia attacked Ukraine overnight. The government condemned the strikes.", "The government", "UKRGOV"),
    ("Russian forces shelled Kharkiv. The regime denied it.", "The regime", "UKRGOV"),  # (last state)
    # (named more than three sentences back: the last state)
    ("Syrian security forces clashed with gunmen. Talks failed. Trade stopped. Exports fell. Lebanon "
     "closed the border. The security forces said ten were killed.", "The security forces", "LBNCOP"),
])
def test_without_such_a_mention_the_last_state_stays(rules_only, text, mention, code):
    assert found(rules_only, text).get(mention) == code


# -- 6. "the army", "the police" after forces named before ---------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Israeli forces raided Jenin in the West Bank on Monday. The army said two gunmen were killed.",
     "The army", "ISRMIL"),  # not the West Bank's state
    ("IDF chief Eyal Zamir visited the Gaza Strip. He said that the military would keep operating.",
     "the military", "ISRMIL"),
    ("Nigerian soldiers clashed with militants in Niger. The army said ten soldiers died.", "The army", "NGAMIL"),
])
def test_the_army_refers_back_to_the_forces_named_before(rules_only, text, mention, code):
    assert found(rules_only, text).get(mention) == code


@pytest.mark.parametrize("text, mention, code", [
    # a state named since as a clause's subject: the last state, as before
    ("Russian troops shelled Kherson overnight, Ukraine said. The military said five people died.",
     "The military", "UKRMIL"),
])
def test_a_state_acting_since_keeps_the_last_state(rules_only, text, mention, code):
    assert found(rules_only, text).get(mention) == code


def test_a_noun_describing_the_name_after_it_refers_to_nothing_before(rules_only):
    got = found(rules_only, "The Sudanese Armed Forces said they took the town after days of clashes with "
                            "the paramilitary Rapid Support Forces.")
    assert "the paramilitary" not in got and got.get("Rapid Support Forces") == "SDNREB", got
