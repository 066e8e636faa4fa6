"""A learned PLOVER classifier for a given (source, target) pair.

``eventwire classify`` is told who the source and the target are and asks only
for the event type between them. The trigger lexicon alone gets about half of
these right: real sentences use wordings it does not list, and a sentence
often holds several triggers. This module describes the pair with sparse
string features (the words and triggers on the dependency path between the two
mentions, their governing verbs and prepositions, the words between them, the
sentence's words, the rule coder's own answer, how the verbs of the path and
the rules' trigger are qualified -- negated, future, possible, obliged, the
complement of "agree to" or "refuse to": "will not accept" is a refusal, "would
impose" a threat -- the coder's own modality of the rules' trigger
(``modality.analyse``: "failed to sign" is negated, "will not end the strike
until" a refusal), the objects of those verbs: "cut aid", "lift sanctions", and
the lexicon's types of what each verb of the path governs: "revoke>COERCE")
and a multinomial logistic regression gives the PLOVER type.

The weights (``data/pair_model.npz``) are trained by
``scripts/train_pair_model.py``; see ``data/PAIR_MODEL.md`` for the data and
its attribution. Inference is a sparse sum in numpy: no learning library is
needed at run time.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from .lexicon import CLAUSE_FLAG, Lexicon
from .linear import LinearModel, ancestors, lowest_common
from .modality import Cues, analyse, load_cues
from .ontology import Ontology

DEFAULT_MODEL = Path(__file__).parent / "data" / "pair_model.npz"
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "PROPN"})
PATH_POS = frozenset({"VERB", "NOUN", "ADJ", "ADP", "AUX", "ADV", "PART"})
MAX_BETWEEN = 12  # words between the two mentions still used as features
ROOT_TYPE_FALLBACK = {"01": "STATEMENT", "02": "REQUEST"}  # roots PLOVER leaves without a type


def _governor(tok: Token) -> Token | None:
    """The nearest verb above a token (itself excluded)."""
    for node in ancestors(tok)[1:]:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


FUTURE = frozenset({"will", "would", "'ll", "shall"})
POSSIBLE = frozenset({"could", "may", "might", "can"})
OBLIGED = frozenset({"must", "should", "ought"})
# Verbs that undo what their object names: "lifted the curfew", "revoked the detention order", "quashed the
# charges" -- the type of the object then speaks for its reversal, not for itself.
REVERSAL = frozenset({"lift", "revoke", "quash", "overturn", "cancel", "rescind", "repeal", "annul", "scrap",
                      "suspend", "halt", "end", "ease", "relax", "waive", "drop", "withdraw", "reverse", "void",
                      "abolish", "dismiss", "unfreeze", "stop", "remove", "terminate", "postpone", "shelve"})


def modality(tok: Token) -> list[str]:
    """How a verb is qualified: negated, future, possible, obliged, and the verb it is the complement of
    ("agreed to open", "refused to end", "threatened to impose")."""
    out = []
    for c in tok.children:
        if c.dep_ == "neg":
            out.append("neg")
        elif c.dep_ in ("aux", "auxpass"):
            word = c.lower_
            if word in FUTURE:
                out.append("fut")
            elif word in POSSIBLE:
                out.append("may")
            elif word in OBLIGED:
                out.append("must")
    if tok.dep_ == "xcomp" and tok.head.i != tok.i:
        out.append(f"xc:{_lemma(tok.head)}")
        if any(c.dep_ == "neg" for c in tok.head.children):
            out.append("xcneg")
    elif tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i:
        out.append(f"cc:{_lemma(tok.head)}")
    return out


def objects(tok: Token) -> list[tuple[str, Token]]:
    """A word's objects ("o") and prepositional objects (the preposition): ("o", aid), ("for", sanctions)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            out.append(("o", c))
        elif c.dep_ == "prep":
            out += [(c.lower_, g) for g in c.children if g.dep_ == "pobj"]
    return out


def pseudo_pair(sent: Span) -> tuple[Span | None, Span | None]:
    """A stand-in source and target for sentence-level training text: subject and object of the main verb.

    A reporting verb ("X said Y attacked Z") hands over to its clausal complement.
    """
    verb = sent.root
    for _ in range(2):
        comp = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if comp and verb.lemma_.lower() in ("say", "tell", "announce", "report", "state", "claim") or (comp and not subj):
            verb = comp[0]
        else:
            break
    source = target = None
    for c in verb.children:
        if c.dep_ == "nsubj" and source is None:
            source = c
        elif c.dep_ == "nsubjpass" and target is None:
            target = c
        elif c.dep_ == "agent" and source is None:
            source = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ in ("dobj", "dative") and target is None:
            target = c
    if target is None:
        for c in verb.children:
            if c.dep_ == "prep":
                target = next((g for g in c.children if g.dep_ == "pobj"), None)
                if target is not None:
                    break
    return _chunk(source), _chunk(target)


def _chunk(tok: Token | None) -> Span | None:
    if tok is None:
        return None
    for chunk in tok.doc.noun_chunks:
        if chunk.start <= tok.i < chunk.end:
            return chunk
    return tok.doc[tok.i:tok.i + 1]


class PairFeatures:
    """Sparse string features of a (source, target) pair; the same code serves training and classifying."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology, cues: Cues | None = None) -> None:
        self.lexicon = lexicon
        self.ontology = ontology
        self.cues = cues or load_cues()
        self._types: dict[str, frozenset[str]] = {}

    def trigger_types(self, tok: Token) -> frozenset[str]:
        """The PLOVER types the lexicon gives a word (as a verb or a noun)."""
        lemma = _lemma(tok)
        found = self._types.get(lemma)
        if found is None:
            types = set()
            for pos in ("VERB", "NOUN"):
                for row in self.lexicon.for_token(lemma, pos):
                    if row.null or CLAUSE_FLAG in row.flags:
                        continue  # an imported pattern of no event (lexicon.NULL_FLAG), or a
                        # saying verb's row that codes by its clause (lexicon.CLAUSE_FLAG)
                    code = self.ontology.get(row.cameo)
                    types.add(code.plover or ROOT_TYPE_FALLBACK.get(code.root, "OTHER"))
            found = self._types[lemma] = frozenset(types)
        return found

    def features(self, doc: Doc, source: Span | None, target: Span | None, rule: str | None = None,
                 rule_kind: str = "none", trigger: Token | None = None) -> list[str]:
        anchor = source if source is not None else target
        sent = anchor.sent if anchor is not None else next(iter(doc.sents), doc[:])
        inside = set()
        for span in (source, target):
            if span is not None:
                inside.update(range(span.start, span.end))
        out = [f"rule:{rule or '-'}", f"rk:{rule_kind}", f"rule:{rule or '-'}:{rule_kind}"]
        for tok in sent:
            if tok.i in inside or tok.is_stop or tok.pos_ not in CONTENT_POS:
                continue
            out.append(f"w:{_lemma(tok)}")
            out += [f"st:{t}" for t in self.trigger_types(tok)]
        out.append(f"sroot:{_lemma(sent.root)}")
        if trigger is not None:
            out += self._trigger(trigger, rule or "-")
            out += self._verb("r", trigger, rule or "-")
            out += self._modality(trigger, rule or "-")
        if source is None or target is None:
            out.append("nopair" if anchor is None else ("nosource" if source is None else "notarget"))
            if anchor is not None:
                out += self._side("x", anchor)
            return out
        out += self._side("s", source) + self._side("t", target)
        out.append("s_first" if source.start < target.start else "t_first")
        up_s, up_t, top = lowest_common(source.root, target.root)
        if top is not None:
            out.append(f"lca:{_lemma(top)}")
            out.append(f"lcapos:{top.pos_}")
            out += [f"lt:{t}" for t in self.trigger_types(top)]
            if any(c.dep_ == "neg" for c in top.children):
                out.append("lca_neg")
                out += [f"lt_neg:{t}" for t in self.trigger_types(top)]
            out += self._verb("l", top, rule or "-")
        out += self._verb_types(up_s[1:] + up_t[1:], top, rule or "-")
        out.append("sp:" + "/".join(t.dep_ for t in up_s[:3]))
        out.append("tp:" + "/".join(t.dep_ for t in up_t[:3]))
        path_mods = {m for t in up_s[1:] + up_t[1:] if t.pos_ in ("VERB", "AUX") for m in modality(t)
                     if not m.startswith("cc:")}
        out += [f"pm:{m}" for m in path_mods] + [f"pm:{m}|{rule or '-'}" for m in path_mods]
        for t in up_s[1:] + up_t[1:] + ([top] if top is not None else []):
            if any(c.dep_ == "neg" for c in t.children):  # "will not accept", "did not attend"
                out += [f"pneg:{_lemma(t)}"] + [f"pneg:{x}" for x in self.trigger_types(t)]
                out += [f"pneg+{m}" for m in path_mods if m != "neg"]
        for t in up_s[1:] + up_t[1:]:
            if t.pos_ in PATH_POS:
                out.append(f"pw:{_lemma(t)}")
            out += [f"pt:{x}" for x in self.trigger_types(t)]
        lo, hi = (source.end, target.start) if source.start < target.start else (target.end, source.start)
        gap = hi - lo
        out.append(f"gap:{min(max(gap, 0), 16) // 4}")
        if 0 <= gap <= MAX_BETWEEN:
            for i in range(lo, hi):
                if doc[i].pos_ in CONTENT_POS or doc[i].pos_ == "ADP":
                    out.append(f"bw:{_lemma(doc[i])}")
                out += [f"bt:{x}" for x in self.trigger_types(doc[i])]
        return out

    @staticmethod
    def _trigger(tok: Token, rule: str) -> list[str]:
        """The rules' trigger word and what governs it: "refuses to remove", "will begin", "did not attack"."""
        out = [f"tr:{_lemma(tok)}"]
        for c in tok.children:
            if c.dep_ == "neg":
                out += ["tneg", f"tneg|{rule}"]
            elif c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to", "'ll", "shall"):
                out += [f"taux:{c.lower_}", f"taux:{c.lower_}|{rule}"]
        node = tok
        for _ in range(3):
            head = node.head
            if head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "acl",
                                                     "relcl", "amod", "compound", "nsubj", "attr", "oprd"):
                break
            if head.pos_ != "ADP":
                out += [f"tgov:{_lemma(head)}", f"tgov:{_lemma(head)}|{rule}"]
                if any(c.dep_ == "neg" for c in head.children):
                    out += ["tgneg", f"tgneg|{rule}"]
            node = head
        return out

    def _modality(self, trigger: Token, rule: str) -> list[str]:
        """The coder's modality of the rules' trigger (modality.analyse), alone and with the rules'
        answer: "failed to reach an agreement" (negated), "will not end the strike" (a refusal),
        "is ready to send troops" (future)."""
        found = analyse(trigger, self.cues)
        out = [f"md:{found.value}", f"md:{found.value}|{rule}"]
        if found.refusal is not None:
            out += ["md:refusal", f"md:refusal|{rule}"]
        if found.condition is not None:
            out.append(f"md:cond|{rule}")
        return out

    def _verb(self, prefix: str, tok: Token, rule: str) -> list[str]:
        """A verb's modality and objects, alone and with the rules' answer and the lexicon's types."""
        lemma = _lemma(tok)
        out = []
        for m in modality(tok):
            out += [f"{prefix}m:{m}", f"{prefix}m:{m}|{rule}"]
            out += [f"{prefix}m:{m}|{t}" for t in self.trigger_types(tok)]
        for rel, obj in objects(tok):
            out.append(f"{prefix}o:{lemma}>{rel}>{_lemma(obj)}")
            out += [f"{prefix}ot:{lemma}>{t}" for t in self.trigger_types(obj)]
            out += [f"{prefix}ot:{t}" for t in self.trigger_types(obj)]
        return out

    def _verb_types(self, path: list[Token], top: Token | None, rule: str) -> list[str]:
        """Each verb of the path with the lexicon's types of what it governs there (the path words
        below it and its objects, one preposition deep): "revoke>COERCE", "deploy>AID"; a reversal
        verb ("lift", "quash") over a typed word is a feature of its own."""
        out = []
        verbs = [t for t in path + ([top] if top is not None else []) if t.pos_ == "VERB"]
        for verb in verbs:
            below = {t.i: t for t in path if verb.i in {a.i for a in ancestors(t)[1:]}}
            for _, obj in objects(verb):
                below[obj.i] = obj
                for c in obj.children:
                    if c.dep_ == "prep":
                        below.update((g.i, g) for g in c.children if g.dep_ == "pobj")
                    elif c.dep_ == "compound":
                        below[c.i] = c
            types = {x for t in below.values() for x in self.trigger_types(t)}
            lemma = _lemma(verb)
            out += [f"vt:{lemma}>{x}" for x in types]
            if lemma in REVERSAL:
                out += ["rev", f"rev|{rule}"] + [f"rev>{x}" for x in types]
        return out

    def _side(self, prefix: str, span: Span) -> list[str]:
        tok = span.root
        head = tok.head
        out = [f"{prefix}dep:{tok.dep_}"]
        if head.pos_ == "ADP":
            out.append(f"{prefix}prep:{head.lower_}")
            out.append(f"{prefix}prep:{head.lower_}:{_lemma(head.head)}")
            out += [f"{prefix}pt:{x}" for x in self.trigger_types(head.head)]
        else:
            out.append(f"{prefix}head:{_lemma(head)}")
            out.append(f"{prefix}head:{tok.dep_}:{_lemma(head)}")
        gov = _governor(tok)
        if gov is not None:
            out.append(f"{prefix}gov:{_lemma(gov)}")
            out += [f"{prefix}gt:{x}" for x in self.trigger_types(gov)]
        return out


class PairModel(LinearModel):
    """Trained weights: PLOVER labels, feature vocabulary, coefficients (labels x features), intercepts."""

    WHAT = "pair model"
    SCRIPT = "scripts/train_pair_model.py"

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> PairModel:
        return cls.read(path)

    def save(self, path: Path, *, coef_dtype: type = np.float16) -> None:
        super().save(path, coef_dtype=coef_dtype)
