"""List the matched events of a GUIDE.md gold file whose source or target sector differs
from the gold: gold sector against ours, with the mention text, its rule and the evidence.

    EVENTWIRE_EVENT_MODEL=none PYTHONPATH=src python scripts/sector_errors.py GOLD [--texts CORPUS]

One line a wrong sector, tab-separated: doc, side, gold sector, our sector, mention rule,
mention text, evidence (cut), the gold note. A summary of (gold, ours) pairs ends the list.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eventwire.evaluation.gold import read_gold_jsonl
from eventwire.evaluation.score import NONE_KEY, gold_events, triple_of
from eventwire.errors import DocumentError
from eventwire.pipeline import extract_documents


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--texts", type=Path)
    args = parser.parse_args()
    records: dict[str, dict] = {}

    def documents():
        for item in read_gold_jsonl(args.gold, args.texts):
            if isinstance(item, DocumentError):
                continue
            doc, record = item
            records[doc.id] = record
            yield doc

    pairs: Counter = Counter()
    for result in extract_documents(documents()):
        if isinstance(result, DocumentError):
            continue
        doc_id = result.document.id
        for g in gold_events(records[doc_id]):
            events = [e for e in result.events if g.matches(triple_of(e))]
            if not events:
                continue
            for name, value in g.attributes:
                if name not in ("source_sector", "target_sector"):
                    continue
                rows = []
                for e in events:
                    side = "source" if name == "source_sector" else "target"
                    src = e.source.actor.key if e.source else NONE_KEY
                    if g.symmetric and src != g.source and src == g.target:
                        side = "target" if side == "source" else "source"
                    m = getattr(e, side)
                    rows.append((m.actor.sector if m else None, m.rule if m else "", m.text if m else "", e.evidence))
                if any(r[0] == (value or None) for r in rows):
                    continue
                ours, rule, text, evidence = rows[0]
                pairs[(value, ours)] += 1
                print("\t".join([doc_id, name[:3], str(value), str(ours), rule, text,
                                 " ".join(evidence.split())[:160], g.note[:100]]))
    print("# (gold, ours) counts")
    for (gold, ours), n in pairs.most_common():
        print(f"# {gold}\t{ours}\t{n}")


if __name__ == "__main__":
    main()
