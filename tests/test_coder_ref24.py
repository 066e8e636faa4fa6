"""Who "the accused", "the suspect", "the gunman" are (seventeenth round, ref24): a definite
role noun of a perpetrator refers back to the person the story named as the doer or suspect
of the crime, and takes that person's country (``actors/perpetrators.py``). Rules alone,
real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes
from eventwire.actors.component import SPAN_KEY
from eventwire.pipeline import annotated_docs, as_document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def mentions(rules_only):
    """The actor mentions of a text as the real pipeline makes them: text -> (code, rule)."""
    def run(text: str) -> dict[str, tuple[str, str]]:
        document = as_document({"id": "t", "text": text, "date": "2025-06-01"}, 0)
        ((_, doc),) = list(annotated_docs([document], settings=rules_only))
        return {s.text: (s._.actor.code, s._.actor_rule) for s in doc.spans[SPAN_KEY]}
    return run


@pytest.mark.parametrize("text, mention, code", [
    # named with a nationality, then charged: "the accused" is that person
    ("A Canadian, Mark Sutton, 34, appeared in a Dublin court on Tuesday, charged with the murder "
     "of two men. Irish police had arrested the accused at a hotel on Sunday.", "the accused", "CANCRM"),
    # named as the subject of a violent act
    ("Jean Dupont, a French national, stabbed two tourists in Vienna on Monday. Austrian police shot "
     "the attacker near the station.", "the attacker", "FRACRM"),
    ("Ivan Petrov, a Russian citizen, hijacked a plane in Helsinki on Monday. Finnish police arrested "
     "the hijacker.", "the hijacker", "RUSCRM"),
    # named by the role itself: "identified the bomber as X", then "the bomber" again
    ("Police in Berlin identified the bomber as Omar Saleh, a 25-year-old Syrian man. German "
     "prosecutors charged the bomber with murder.", "the bomber", "SYRCRM"),
    # unnamed, but given a nationality: "a Saudi gunman", "an Afghan attacker"
    ("A Saudi gunman opened fire at a US naval base in Florida on Friday. American investigators said "
     "the gunman acted alone.", "the gunman", "SAUCRM"),
    ("An Afghan attacker stabbed two people in Munich. German police arrested the attacker.",
     "the attacker", "AFGCRM"),
    # a victim named after the attacker is not the suspect
    ("Jean Dupont, a French national, stabbed a man in Vienna on Monday. Officer Anna Berger, an "
     "Austrian, was wounded. Austrian police later arrested the suspect.", "the suspect", "FRACRM"),
])
def test_the_role_noun_is_the_named_perpetrator(mentions, text, mention, code):
    found = mentions(text)
    assert found.get(mention) == (code, "perpetrator"), found


@pytest.mark.parametrize("text, mention", [
    # the only person named is the victim
    ("Maria Costa, a Brazilian tourist, was killed by a gunman in Lisbon on Friday. Portuguese police "
     "are searching for the suspect.", "the suspect"),
    # the person named is the one who shot the attacker: the attacker is someone else
    ("Lars Berg, a Swedish hunter, shot the attacker in Oslo.", "the attacker"),
    # no one named
    ("A gunman killed three people in Oslo on Friday. Norwegian police arrested the suspect.", "the suspect"),
    # "accused" as a participle before its noun
    ("Karl Weber, a German, stabbed a guard in Nairobi. The accused men were released on bail.", "accused"),
])
def test_no_named_perpetrator_keeps_todays_reading(mentions, text, mention):
    found = mentions(text)
    assert not any(rule == "perpetrator" for _, rule in found.values()), found


def test_the_act_on_the_accused_is_on_his_country(rules_only):
    found = codes("A Canadian, Mark Sutton, 34, appeared in a Dublin court on Tuesday, charged with the "
                  "murder of two men. Irish police had arrested the accused at a hotel on Sunday.", rules_only)
    assert ("IRLCOP", "CANCRM", "173") in found, found


def test_the_act_on_an_unnamed_suspect_is_unchanged(rules_only):
    found = codes("A gunman killed three people in Oslo on Friday. Norwegian police arrested the suspect.",
                  rules_only)
    assert ("NORCOP", "NORCRM", "173") in found, found


@pytest.mark.parametrize("text, mention, code", [
    # a court, police or prosecutor's office named by its own name is of the state in view
    ("Argentina's president lost the case. His lawyers appealed to the Third Circuit Court of Appeals.",
     "the Third Circuit Court of Appeals", "ARGJUD"),
    ("Ireland faces a new inquiry. The Limerick Circuit Court heard the case on Monday.",
     "The Limerick Circuit Court", "IRLJUD"),
    ("A bank director was arrested in Chile. The Valparaiso district attorney's office opened an inquiry.",
     "The Valparaiso district attorney's office", "CHLJUD"),
    ("A protest was held in Scotland. The Strathclyde Police detained two men.", "The Strathclyde Police", "GBRCOP"),
    # "criminal court" is a court, not criminals
    ("A French mayor was tried for fraud. The Lyon Criminal Court sentenced him on Monday.",
     "The Lyon Criminal Court", "FRAJUD"),
    # a state named with a commission of its own
    ("The Kenya Commission on Land Rights criticised the eviction.", "Kenya Commission", "KENGOV"),
    # a day before a state's adjective is no part of a name
    ("This Tuesday Austrian Chancellor Karl Gruber met the envoy.", "Austrian Chancellor Karl Gruber", "AUTGOV"),
])
def test_named_bodies(mentions, text, mention, code):
    found = mentions(text)
    assert found.get(mention, (None,))[0] == code, found


@pytest.mark.parametrize("text, word", [
    # a lower-case police after a name is left to the coder, which knows more places
    ("Israel struck a camp. The Khirbet Tana police said four men died.", "police"),
    # "the commission" alone is no state's
    ("Hungary was criticised. The commission said the fine was fair.", "commission"),
    # no state in view: nothing
    ("The Strathclyde Police detained two men.", "Police"),
])
def test_named_bodies_guards(mentions, text, word):
    found = mentions(text)
    assert not any(word in m for m in found), found


def test_more_unnamed_perpetrators(rules_only):
    # "shooter" is an unnamed agent of the place's country like "gunman" (agents.tsv)
    found = codes("Three people died in a shooting in Oslo on Friday. The shooter killed two police "
                  "officers before fleeing.", rules_only)
    assert ("NORCRM", "NORCOP", "180") in found, found
