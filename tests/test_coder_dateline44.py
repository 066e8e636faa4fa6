"""Wire credits (twenty-ninth round, dateline44): the outlet that a dateline ("MOSCOW (Reuters)
-", "KYIV, May 3 (Reuters) -", "BEIRUT, Lebanon (AFP) --", a closing "(AFP)") or a credit line
("(Reporting by Reuters staff; Editing by ...)") names is no actor, so never an event's source
or target; an outlet that acts in the text keeps its role. Sentences of our own; rules alone."""

from __future__ import annotations

import pytest

from coded import codes, mentions, source_codes
from eventwire.actors.credits import credit_leads


@pytest.mark.model
def test_a_datelines_outlet_is_no_source(rules_only):
    text = "MOSCOW (Reuters) - Russia condemned the new sanctions imposed by the European Union on Tuesday."
    assert source_codes(text, rules_only, "2024-05-02") == {"RUS"}  # before: also GBRMED 111 EU


@pytest.mark.model
def test_a_dated_datelines_outlet_is_no_source(rules_only):
    text = "KYIV, May 3 (Reuters) - Ukraine accused Russia of shelling the port of Odesa."
    found = codes(text, rules_only, "2024-05-02")
    assert ("UKR", "RUS", "112") in found
    assert all("GBRMED" not in (s, t) for s, t, _ in found), found  # before: GBRMED 112 RUS


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "BEIRUT, Lebanon (AFP) -- Israel struck targets in southern Lebanon on Friday.",
    "Iran criticised the United States on Monday. (AFP)",
    "Iran criticised the United States on Monday.\n(Reporting by Reuters staff; Editing by Alex Richardson)",
    "Iran criticised the United States on Monday.\nAdditional reporting by Agence France-Presse in Paris",
])
def test_a_credited_outlet_is_no_mention(nlp, text):
    found = mentions(nlp, text)
    assert not any(sector == "MED" for _, sector in found.values()), found


@pytest.mark.model
def test_an_outlet_acting_in_the_text_keeps_its_role(rules_only, nlp):
    assert ("USAMED", "USAGOV", "115") in codes("The Associated Press sued the White House on Friday.",
                                                rules_only, "2024-05-02")
    assert ("RUS", "GBRMED", "112") in codes("Russia accused Reuters of spreading lies.", rules_only, "2024-05-02")
    found = mentions(nlp, "Agence France-Presse (AFP) criticised the French government on Monday.")
    assert found.get("Agence France-Presse", (None, None))[1] == "MED", found


def test_the_credit_lines_are_data():
    assert ("reporting", "by") in credit_leads() and ("editing", "by") in credit_leads()
