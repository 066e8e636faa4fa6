"""Derive ``actors/data/groups_historical.tsv`` from the Phoenix non-state armed groups dictionary.

    .venv/bin/python scripts/derive_historical_groups.py \\
        ../shared/dictionaries/Phoenix.MilNonState.actors.txt \\
        > src/eventwire/actors/data/groups_historical.tsv

The source is ``Phoenix.MilNonState.actors.txt`` of openeventdata/petrarch2
(MIT licence, Copyright (c) 2014 Open Event Data Alliance); the output keeps
the notice. Kept: entries whose code is an ISO3 state of ours with a sector
(regional codes such as ``WAF`` or ``INT`` are dropped), and none of whose
names is already a form of ``states.tsv``, ``organisations.tsv`` or
``groups.tsv`` (those are the authority). The dictionary has no dates: a
group is coded as it was about 2013.
"""

from __future__ import annotations

import re
import sys

from eventwire.actors.dictionaries import ActorCodeError, code_to_actor, read_actor_dictionary
from eventwire.actors.kb import shipped_kb
from eventwire.records import SECTORS

HEADER = """\
# Armed groups from Phoenix.MilNonState.actors.txt of openeventdata/petrarch2, for old texts
# (format: docs/knowledge-base.md, groups.tsv). Derived by scripts/derive_historical_groups.py;
# groups.tsv is the authority and wins on any shared name. Every row below is under the MIT
# licence of the source file:
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
# Regenerate; do not edit by hand.
id\tname\taliases\tcountry\tsector\tstart\tend\tkind"""


SMALL = {"Of", "The", "For", "And", "In", "On", "To", "At", "De", "La", "Del", "Des", "Du", "Di", "A", "An"}


def clean(form: str) -> str:
    form = re.sub(r"\s*\(([A-Za-z]+)\)$", "", form)  # "Aryan Nations (AN)" -> "Aryan Nations"
    words = form.replace(" - ", " ").split()
    if len(words) == 1 and len(form) <= 6:
        return form.upper()  # an acronym: "Puk" -> "PUK"
    # The dictionary is upper case: "Swords Of Truth" is written "Swords of Truth".
    return " ".join([words[0]] + [w.lower() if w in SMALL else w for w in words[1:]])


def main(paths: list[str]) -> int:
    kb = shipped_kb()
    print(HEADER)
    seen: set[str] = set()
    kept = 0
    for entry in (e for path in paths for e in read_actor_dictionary(path, strict=False)):
        codes = [p.code for p in entry.periods]
        if len(codes) != 1:
            continue
        try:
            actor = code_to_actor(codes[0])
        except ActorCodeError:
            continue
        if actor.country not in kb.states or actor.sector not in SECTORS:
            continue
        forms = list(dict.fromkeys(clean(f) for f in entry.forms if len(clean(f)) > 2))
        # An upper-case acronym in the name ("Aryan Nations (AN)") is kept only if 3+ letters.
        acronyms = [m.group(1) for f in entry.forms for m in [re.search(r"\(([A-Z]{3,})\)$", f)] if m]
        forms += [a for a in acronyms if a not in forms]
        if not forms or any(f in kb.forms or f in seen for f in forms):
            continue
        seen.update(forms)
        ident = "h-" + re.sub(r"[^a-z0-9]+", "-", forms[0].lower()).strip("-")
        print("\t".join([ident, forms[0], "|".join(forms[1:]), actor.country, actor.sector, "", "", "armed"]))
        kept += 1
    print(f"{kept} groups", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
