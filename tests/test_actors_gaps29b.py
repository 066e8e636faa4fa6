"""Party adjectives before the nouns of a party's people (gaps29b)."""
import os

os.environ.setdefault("EVENTWIRE_EVENT_MODEL", "none")

from eventwire import extract


def _codes(text, date):
    return [(e.source.actor.code, e.target.actor.code, e.cameo) for e in extract(text, date=date)
            if e.source and e.target]


def test_party_adjective_before_leaders_names_the_party():
    assert ("USAGOV", "USAOPP", "112") in _codes("Biden blamed Republican leadership for the shutdown.", "2022-06-01")
    assert ("CANGOV", "CANOPP", "111") in _codes("Trudeau criticised Conservative leaders.", "2022-06-01")


def test_ordinary_adjective_and_longer_names_are_no_party():
    assert not any("OPP" in t for _, t, _ in _codes("Biden called for democratic reforms in Russia.", "2022-06-01"))
    assert _codes("Johnson attacked Social Democratic leaders.", "2020-06-01") == []
