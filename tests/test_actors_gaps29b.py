"""Party adjectives before the nouns of a party's people (gaps29b)."""

from coded import codes


def _pairs(text, settings, date):
    """(source code, target code, CAMEO code) of the events with both sides, rules alone."""
    return {c for c in codes(text, settings, date) if c[0] and c[1]}


def test_party_adjective_before_leaders_names_the_party(rules_only):
    assert ("USAGOV", "USAOPP", "112") in _pairs("Biden blamed Republican leadership for the shutdown.", rules_only,
                                                 "2022-06-01")
    assert ("CANGOV", "CANOPP", "111") in _pairs("Trudeau criticised Conservative leaders.", rules_only, "2022-06-01")


def test_ordinary_adjective_and_longer_names_are_no_party(rules_only):
    assert not any("OPP" in t for _, t, _ in _pairs("Biden called for democratic reforms in Russia.", rules_only,
                                                    "2022-06-01"))
    assert _pairs("Johnson attacked Social Democratic leaders.", rules_only, "2020-06-01") == set()
