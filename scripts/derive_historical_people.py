"""Derive ``actors/data/people_historical.tsv`` from the Phoenix country dictionary.

    .venv/bin/python scripts/derive_historical_people.py \\
        ../shared/dictionaries/Phoenix.Countries.actors.txt \\
        ../shared/dictionaries/Phoenix.International.actors.txt \\
        > src/eventwire/actors/data/people_historical.tsv

The sources are ``Phoenix.Countries.actors.txt`` and
``Phoenix.International.actors.txt`` of openeventdata/petrarch2
(MIT licence, Copyright (c) 2014 Open Event Data Alliance; itself generated
from CountryInfo by the Computational Event Data System project). The output
keeps the MIT notice. Only people are kept (entries with dated codes), and
only those who held an office (a code with an eventwire sector) between
1975 and mid-2015: the years before ``people.tsv`` starts. CAMEO ``ELI``
periods (out of office) become periods with no sector. Forms that begin
with a title ("President Bush") are dropped: the resolver composes titles
and names itself. TABARI end dates are exclusive; the TSV's are inclusive.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter

from eventwire.actors.dictionaries import ActorCodeError, code_to_actor, read_actor_dictionary
from eventwire.actors.kb import shipped_kb
from eventwire.records import SECTORS

FROM, TO = dt.date(1975, 1, 1), dt.date(2015, 6, 1)
# Dictionary periods left open end here: the dictionary stops about 2014, and
# people.tsv (2015 on) is the authority after that.
LAST = dt.date(2015, 5, 31)
NOT_NAMES = {"mr", "mr.", "mrs", "mrs.", "ms", "dr", "dr.", "the", "us", "u.s.", "administration",
             "government", "regime", "cabinet", "senator", "governor", "gov.", "sen."}
COMPOUND_FIRST = {"Jean", "Marie", "Pierre", "Anne", "Jean-Marie"}
PARTICLES = {"Al", "El", "Bin", "Ibn", "Bint", "De", "Del", "Della", "Der", "Den", "Van", "Von", "Da",
             "Dos", "Das", "Du", "La", "Le", "Ould"}
HEADER = """\
# Historical office holders, 1975 to mid-2015, for old texts (format: docs/knowledge-base.md).
# Derived by scripts/derive_historical_people.py from Phoenix.Countries.actors.txt and
# Phoenix.International.actors.txt of openeventdata/petrarch2 (the first generated from
# CountryInfo by the Computational Event Data System project). Periods the dictionary leaves
# open end on 2015-05-31. Every row below is under the MIT licence of those files:
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# The role column holds the CAMEO code of the period. Regenerate; do not edit by hand.
id\tname\tvariants\tactor\tsector\trole\tstart\tend"""


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def titled(form: str, titles: set[str], kb) -> bool:
    """True for "President Bush", "Russian President Putin", "Mr Obama", "Bush Administration"."""
    words = form.split()
    lower = [w.lower() for w in words]
    if any(" ".join(lower[:i]) in titles for i in range(1, min(4, len(words)) + 1)):
        return True
    places = [f for f in kb.forms.get(words[0], ()) if f.entity.kind in ("state", "org")]
    if places or lower[0] in NOT_NAMES or any(w in NOT_NAMES for w in lower[1:]):
        return True
    return False


def mc(form: str) -> str:
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), form)


def spellings(form: str) -> list[str]:
    """The form as written, plus particles in lower case ("Bashar al-Assad", "Osama bin Laden")."""
    words = form.split()
    low = [words[0]] + [
        "-".join(p.lower() if p in PARTICLES else p for p in w.split("-")) if "-" in w
        else (w.lower() if w in PARTICLES else w)
        for w in words[1:]
    ]
    out = [" ".join(low), form]
    if len(words) > 2 and words[0] in COMPOUND_FIRST:
        out.append(words[0] + "-" + " ".join(words[1:]))  # "Jean Bertrand" is written "Jean-Bertrand"
    # "Bashar al Assad" is written "Bashar al-Assad".
    hyphened = re.sub(r"\b(al|el|Al|El) (?=[A-Z])", r"\1-", out[0])
    return list(dict.fromkeys([hyphened, *out]))


def main(paths: list[str]) -> int:
    kb = shipped_kb()
    titles = set(kb.sector_words)
    entries = [e for path in paths for e in read_actor_dictionary(path, strict=False)]
    seen: Counter[str] = Counter()
    print(HEADER)
    kept = 0
    for entry in entries:
        periods = []
        for period in entry.periods:
            if not period.dated:
                continue
            try:
                actor = code_to_actor(period.code)
            except ActorCodeError:
                continue
            key = actor.org or actor.country
            if key not in kb.states and key not in kb.orgs:
                continue
            sector = actor.sector if actor.sector in SECTORS else ("IGO" if actor.org else None)
            end = period.end - dt.timedelta(days=1) if period.end else LAST
            if period.start and period.start > LAST:
                continue
            if period.start and end and end < period.start:
                continue
            periods.append((key, sector, period.code, period.start, end))
        office = [p for p in periods if p[1] and (p[3] or dt.date.min) < TO and (p[4] or dt.date.max) >= FROM]
        if not office:
            continue
        forms = [mc(f) for f in entry.forms if not titled(f, titles, kb) and len(f) > 3]
        if len(forms) > 1:
            forms = forms[:1] + [f for f in forms[1:] if len(f.split()) > 1]  # surnames are derived
        forms = [s for f in forms for s in spellings(f)]
        if not forms:
            continue
        name, variants = forms[0], sorted(set(forms[1:]) - {forms[0]})
        ident = slug(name)
        seen[ident] += 1
        if seen[ident] > 1:
            ident = f"{ident}-{seen[ident]}"
        for key, sector, code, start, end in periods:
            print("\t".join([ident, name, "|".join(variants), key, sector or "", code,
                             start.isoformat() if start else "", end.isoformat() if end else ""]))
        kept += 1
    print(f"{kept} people", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
