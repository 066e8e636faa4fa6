"""Duplicate articles: exact (hash of the normalised words) and near (MinHash LSH).

Every document that is not itself a duplicate leaves a fingerprint in the
store: ``documents.text_hash`` and ``documents.signature`` (the MinHash hash
values) and its LSH band keys in ``doc_bands``. A later document, in this run
or any later one, is a duplicate when its text hash matches, or when one of
its band keys matches and the estimated Jaccard similarity of the word
shingles reaches the threshold. Everything is deterministic (fixed seed,
sha1 token hashes, ties broken by document id), so reruns agree.

Duplicates are detected on the text as read, before coding: the same wire
story under another headline and with another footer is recognised.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash
from sqlalchemy import select

from . import schema

if TYPE_CHECKING:
    from ..records import Document
    from .engine import Store

NUM_PERM = 128
BANDS = 32  # of NUM_PERM // BANDS rows: candidates from a Jaccard of about 0.4
SHINGLE_WORDS = 3
MIN_SHINGLES = 5  # shorter texts are compared by exact hash only
THRESHOLD = 0.8
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    text_hash: str
    signature: np.ndarray | None  # uint64 MinHash values, None for very short texts
    band_keys: tuple[str, ...]

    def signature_bytes(self) -> bytes | None:
        return None if self.signature is None else self.signature.astype("<u8").tobytes()


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A document recognised as a copy of an already known one, not coded again."""

    document: Document
    original_id: str
    kind: str  # "exact" or "near"
    similarity: float


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``: what both hashes are made from."""
    return [w.casefold() for w in _WORD.findall(text)]


def fingerprint(text: str, *, num_perm: int = NUM_PERM, bands: int = BANDS) -> Fingerprint:
    tokens = words(text)
    text_hash = hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()
    shingles = {
        " ".join(tokens[i:i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(max(0, len(tokens) - SHINGLE_WORDS + 1))
    }
    if len(shingles) < MIN_SHINGLES:
        return Fingerprint(text_hash, None, ())
    mh = MinHash(num_perm=num_perm, seed=SEED)
    mh.update_batch(sorted(shingles))
    values = np.asarray(mh.hashvalues, dtype=np.uint64)
    rows = num_perm // bands
    keys = tuple(
        f"{b:02d}:" + hashlib.sha1(values[b * rows:(b + 1) * rows].astype("<u8").tobytes()).hexdigest()[:20]
        for b in range(bands)
    )
    return Fingerprint(text_hash, values, keys)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / float(len(a))


def signature_from_bytes(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype="<u8").astype(np.uint64)


class Deduper:
    """Sort one batch of new documents into originals and duplicates.

    Call :meth:`check` on each batch in input order; documents earlier in the
    same batch count as known. The store is only read; the writer stores the
    fingerprints of the originals with the batch.
    """

    def __init__(self, store: Store, *, threshold: float = THRESHOLD) -> None:
        self.store = store
        self.threshold = threshold

    def check(
        self, docs: Sequence[Document]
    ) -> tuple[list[Document], list[Duplicate], dict[str, Fingerprint]]:
        """Return (originals, duplicates, fingerprints of the originals by id)."""
        prints = {d.id: fingerprint(d.text) for d in docs}
        hashes = self._stored_hashes({p.text_hash for p in prints.values()})
        bands = self._stored_bands({k for p in prints.values() for k in p.band_keys})
        signatures = self._stored_signatures({i for ids in bands.values() for i in ids})
        originals: list[Document] = []
        duplicates: list[Duplicate] = []
        kept: dict[str, Fingerprint] = {}
        for doc in docs:
            fp = prints[doc.id]
            if fp.text_hash in hashes:
                duplicates.append(Duplicate(doc, hashes[fp.text_hash], "exact", 1.0))
                continue
            near = self._nearest(fp, bands, signatures)
            if near is not None:
                duplicates.append(Duplicate(doc, near[0], "near", round(near[1], 4)))
                continue
            originals.append(doc)
            kept[doc.id] = fp
            hashes[fp.text_hash] = doc.id
            if fp.signature is not None:
                signatures[doc.id] = fp.signature
                for key in fp.band_keys:
                    bands.setdefault(key, []).append(doc.id)
        return originals, duplicates, kept

    def _nearest(
        self, fp: Fingerprint, bands: dict[str, list[str]], signatures: dict[str, np.ndarray]
    ) -> tuple[str, float] | None:
        if fp.signature is None:
            return None
        candidates = sorted({i for key in fp.band_keys for i in bands.get(key, ())})
        best: tuple[str, float] | None = None
        for cand in candidates:
            sig = signatures.get(cand)
            if sig is None:
                continue
            sim = similarity(fp.signature, sig)
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (cand, sim)
        return best

    def _stored_hashes(self, hashes: set[str]) -> dict[str, str]:
        docs = schema.documents
        found: dict[str, str] = {}
        with self.store.engine.connect() as conn:
            for chunk in _chunks(sorted(hashes)):
                rows = conn.execute(
                    select(docs.c.text_hash, docs.c.id)
                    .where(docs.c.text_hash.in_(chunk), docs.c.duplicate_of.is_(None))
                    .order_by(docs.c.seq)
                )
                for text_hash, doc_id in rows:
                    found.setdefault(text_hash, doc_id)
        return found

    def _stored_bands(self, keys: set[str]) -> dict[str, list[str]]:
        table = schema.doc_bands
        found: dict[str, list[str]] = {}
        with self.store.engine.connect() as conn:
            for chunk in _chunks(sorted(keys)):
                rows = conn.execute(select(table.c.band_key, table.c.doc_id).where(table.c.band_key.in_(chunk)))
                for key, doc_id in rows:
                    found.setdefault(key, []).append(doc_id)
        return found

    def _stored_signatures(self, ids: set[str]) -> dict[str, np.ndarray]:
        docs = schema.documents
        found: dict[str, np.ndarray] = {}
        with self.store.engine.connect() as conn:
            for chunk in _chunks(sorted(ids)):
                rows = conn.execute(select(docs.c.id, docs.c.signature).where(docs.c.id.in_(chunk)))
                for doc_id, blob in rows:
                    sig = signature_from_bytes(blob)
                    if sig is not None:
                        found[doc_id] = sig
        return found


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]
