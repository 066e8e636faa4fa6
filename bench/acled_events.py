"""How many ACLED conflict events the coder finds in ACLED's own notes (measure only).

    .venv/bin/python bench/acled_events.py [--shared ../shared] [--per-file 120] [--misses N]

ACLED codes political violence and protest by hand: each row has an event type
(battle, explosion or remote violence, violence against civilians, protest, riot),
the country, the place and a short note written by its coders. Those notes are the
kind of local conflict report researchers feed eventwire, so this bench codes each
note as one document (dated the row's event date, no title) and prints, per ACLED
event type:

- *found*: the share of notes with at least one event of a root the type allows
  (battles 18-20, explosions and remote violence 18-20, violence against civilians
  18-20, protests 14, riots 14, 18-20, and the older files' types alike);
- *country*: among those, the share where that event's source or target country is
  the row's country (ISO3, from the country name through the gazetteer);
- *placed*: among those, the share whose location country is the row's country;
- *any*: the share of notes with any event at all, and the events per note.

"Strategic developments" (and the older "non-violent transfer of territory",
"headquarters or base established") are not violence nor protest: they are listed
with their events per note only. ACLED's terms allow this data for measuring, not
for shipping: nothing here is trained on it. Rows are taken every k-th row of each
file (``--per-file`` from each), so runs are repeatable. Skips cleanly when the
corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.actors.places import Gazetteer
from eventwire.config import load_settings
from eventwire.pipeline import extract_documents
from eventwire.records import Document, DocumentResult

VIOLENT = frozenset({"18", "19", "20"})
# ACLED event types (both the current and the older files' names) -> CAMEO roots that code them
ROOTS = {
    "battles": VIOLENT, "battle-no change of territory": VIOLENT,
    "battle-government regains territory": VIOLENT, "battle-non-state actors overtake territory": VIOLENT,
    "explosions/remote violence": VIOLENT, "remote violence": VIOLENT,
    "violence against civilians": VIOLENT,
    "protests": frozenset({"14"}), "riots": frozenset({"14"}) | VIOLENT,
    "riots/protests": frozenset({"14"}) | VIOLENT,
}
DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d-%b-%y", "%Y-%m-%d")


def _date(text: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def rows(folder: Path, per_file: int) -> list[dict[str, str]]:
    """Every k-th row with a note of each ACLED file, ``per_file`` from each, keys lower-cased."""
    out: list[dict[str, str]] = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            table = [{k.lower(): (v or "") for k, v in r.items() if k} for r in csv.DictReader(f)]
        table = [r for r in table if r.get("notes", "").strip() and r.get("event_type")]
        step = max(1, len(table) // per_file)
        for i, r in enumerate(table[::step][:per_file]):
            r["_id"] = f"{path.stem}:{i * step}"
            out.append(r)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--per-file", type=int, default=120)
    parser.add_argument("--misses", type=int, default=0, help="print this many notes of each type found nothing")
    args = parser.parse_args()
    folder = Path(args.shared) / "corpora" / "acled"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    table = rows(folder, args.per_file)
    gazetteer = Gazetteer.load()
    country: dict[str, str | None] = {}
    docs = []
    for r in table:
        name = r.get("country", "")
        if name not in country:
            place = gazetteer.lookup(name)
            country[name] = place.country if place is not None else None
        docs.append(Document(id=r["_id"], text=r["notes"].strip(), date=_date(r.get("event_date", ""))))
    by_id = {r["_id"]: r for r in table}
    stats: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    for n, result in enumerate(extract_documents(docs, settings=load_settings()), 1):
        if n % 100 == 0:
            print(f"{n}/{len(docs)} notes", file=sys.stderr)
        if not isinstance(result, DocumentResult):
            continue
        r = by_id[result.document.id]
        kind = r["event_type"].strip().lower()
        s = stats[kind]
        s["notes"] += 1
        s["events"] += len(result.events)
        s["any"] += bool(result.events)
        allowed = ROOTS.get(kind)
        if allowed is None:
            continue
        found = [e for e in result.events if e.cameo[:2] in allowed]
        if not found:
            misses[kind].append(r["notes"].strip().replace("\n", " ")[:240])
            continue
        s["found"] += 1
        iso3 = country[r.get("country", "")]
        actors = [m.actor.country for e in found for m in (e.source, e.target) if m is not None]
        s["country"] += iso3 in actors
        s["placed"] += any(e.location is not None and e.location.country == iso3 for e in found)
    total: Counter = Counter()
    print(f"{'ACLED event type':45} {'notes':>5} {'found':>6} {'country':>8} {'placed':>7} {'any':>5} {'ev/note':>7}")
    for kind, s in sorted(stats.items(), key=lambda kv: -kv[1]["notes"]):
        if kind in ROOTS:
            total.update(s)
        print(_line(kind, s, kind in ROOTS))
    if total["notes"]:
        print(_line("violence and protest, all", total, True))
    for kind, notes in misses.items():
        for text in notes[:args.misses]:
            print(f"missed [{kind}] {text}")
    return 0


def _line(kind: str, s: Counter, measured: bool) -> str:
    """One row of the table; the shares of a type that is no violence nor protest are "-"."""
    def share(key: str, of: str) -> str:
        return f"{s[key] / s[of]:.2f}" if measured and s[of] else "-"
    return (f"{kind:45} {s['notes']:5d} {share('found', 'notes'):>6} {share('country', 'found'):>8} "
            f"{share('placed', 'found'):>7} {s['any'] / s['notes']:5.2f} {s['events'] / s['notes']:7.2f}")


if __name__ == "__main__":
    sys.exit(main())
