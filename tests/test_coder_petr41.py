"""Added by petr41 in the twenty-sixth round, with a small verb dictionary and sentences of
our own: an imported verb reads no target in a clause it reports before it ("X welcomed Y,
the agency said"), as PETRARCH reads a verb's target after it; a clause it reports after it
("said that X ...") still gives the target.
"""

from __future__ import annotations

import pytest

from coded import codes, with_dictionaries

VERBS = """\
--- SAID  [023]  ---
SAID

--- BELIEVE  [023]  ---
BELIEVE
"""

ACTORS = """\
ROHAN [ROH]
DALE [DAL]
GONDOR [GON]
"""


@pytest.fixture(scope="module")
def loaded(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petr41"), verbs=VERBS, actors=ACTORS)


@pytest.mark.parametrize("text", [
    "Rohan welcomed a resumption of formal ties with Dale after a long rift, Gondor said on Thursday.",
    "Rohan is about to restore full diplomatic ties with Dale, five years after crowds burned down its embassy, "
    "Gondor said on Saturday.",
    "Rohan and Dale welcomed the end of the dispute, Gondor believes.",
])
def test_no_target_of_an_imported_verb_in_a_clause_it_reports_before_it(loaded, text):
    # the speaker only tells the act; before, GON -> ROH 023 (and GON -> DAL 023); since
    # petrsay45 the teller's statement to no one, as PETRARCH codes it (GON -> --- 023)
    assert not {c for c in codes(text, loaded) if c[0] == "GON" and c[2] == "023" and c[1] is not None}


@pytest.mark.parametrize("text", [
    "Gondor said on Thursday that Rohan would host talks with Dale.",
    "Gondor believes Rohan can cope with a decrease in vital water from the river.",
])
def test_a_clause_reported_after_the_imported_verb_still_gives_its_target(loaded, text):
    assert ("GON", "ROH", "023") in codes(text, loaded)
