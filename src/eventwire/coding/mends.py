"""Mends of parses the small model gets wrong in news, made on the sentence before the
coder reads it: a headline's present-tense verb read as a plural noun ("The Israeli
military issues an order"), a subject hung on its verb as a modifier, a gerund subject
that is the noun of its act, "set ... ablaze", "took ... hostage", "Chinese-made
vehicles", an object shifted into an apposition, stative participles. Each mend changes
only the labels, tags and heads of the words it names; :func:`mend_headline_verb` runs
them all over one sentence (called by the coder once per sentence)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.strings import get_string_id
from spacy.symbols import conj as CONJ_LABEL
from spacy.tokens import Span, Token

from ..actors.resolve import verb_read_as_modifier
from ..datafiles import tsv_body
from ..errors import KnowledgeBaseError
from .implicit import agent_forms
from .lexicon import data_path
from .modality import infinitive


# Labels of a gerund that stands as a noun ("Fighting between X and Y left 20 dead").
GERUND_NOUN_DEPS = {"nsubj", "nsubjpass"}
# The same labels and the tags the mend reads, as spaCy's numbers (their texts would be
# made anew for each word of each sentence).
GERUND_NOUN_LABELS = frozenset(get_string_id(d) for d in GERUND_NOUN_DEPS)
ADVMOD_LABEL, VBG_TAG, NNS_TAG = get_string_id("advmod"), get_string_id("VBG"), get_string_id("NNS")
NPADVMOD_LABEL = get_string_id("npadvmod")
MARK_LABEL, FOR_ID = get_string_id("mark"), get_string_id("for")  # "for" as a mark (mend_call_for)
POBJ_LABEL, AS_ID = get_string_id("pobj"), get_string_id("as")  # an object of "as" (mend_shifted_object)
# Participles after a hyphen that make the name before them the owner of the thing they
# describe ("Chinese-made vehicles", "a Chinese-owned company", "a Liberia-flagged vessel");
# not "Iran-backed militias", whose backer is not what they are.
MAKER_PARTICIPLES = {"made", "owned", "flagged", "built", "manufactured", "registered"}
PARTICLE_ADVERBS = {"back", "out", "off", "down", "away"}  # "pulled back", "stepped down"
# Words that make "set" an act of burning, wherever the parser hangs them ("set ablaze the
# offices", "set the car alight", "set a bus on fire"): read as the verb's particle.
FIRE_WORDS = {"ablaze", "alight", "fire", "afire"}
# What the per-word mends test first, as spaCy's numbers: a sentence's words are read
# once for all the mends, and most words are none of these.
FIRE_WORD_IDS = frozenset(get_string_id(w) for w in FIRE_WORDS)
SHIFTED_LABELS = frozenset(get_string_id(d) for d in ("pobj", "appos"))  # an object mend_shifted_object moves
# Nouns of an attack ending in "-ing" that the tagger reads as a verb after a nationality
# ("killed in Russian shelling"): mend_attack_gerund.
ATTACK_GERUND_IDS = frozenset(get_string_id(w) for w in (
    "shelling", "bombing", "shooting", "firing", "strafing", "raiding"))
ATTACK_GERUND_PREPS = {"in", "by", "amid", "after", "during", "from", "under"}
# (recall48) Means of an attack named in a pair before its noun ("a Russian missile and drone
# attack"), and the nouns of the attack: mend_paired_means.
ATTACK_MEANS = {"missile", "drone", "rocket", "air", "artillery", "mortar", "naval", "ground"}
ATTACK_NOUNS = {"attack", "strike", "airstrike", "barrage", "assault", "raid"}
_LOWER_LEMMAS: dict[int, str] = {}  # lemma id -> the lemma in lower case, made once
_UNMENDED_LEMMAS: set[int] = set()  # (rulesB47) lemma ids whose lemma no mend tests (_mended_lemma)
# Nouns whose "that" clause says what is asked, proposed or charged ("its demand that Israel
# ease restrictions"): mend_content_clause.
CONTENT_NOUNS = {"demand", "call", "request", "appeal", "insistence", "proposal", "warning",
                 "claim", "accusation", "allegation", "charge"}
CCOMP_LABEL = get_string_id("ccomp")
ADVCL_LABEL, TO_ID = get_string_id("advcl"), get_string_id("to")  # mend_frame_infinitive
# The marks of a clause that says how long an act goes on ("fight until the government
# falls"), which the parser may hang on the frame verb instead of on its infinitive.
PERSIST_MARKS = {"until", "till"}
XCOMP_LABEL = get_string_id("xcomp")
ENDING_VERBS = {"stop", "halt", "cease", "suspend"}  # whose bare gerund is what they stop
MEANS_VERBS = {"use", "employ"}  # whose gerund's object is what the verb above it is about
# What any per-word mend of mend_headline_verb tests first (labels and words as numbers,
# lemmas in lower case): a word with none of them is passed by before the tests are read.
MENDED_LABELS = frozenset({ADVMOD_LABEL, MARK_LABEL, NPADVMOD_LABEL, CONJ_LABEL, CCOMP_LABEL,
                           ADVCL_LABEL}) | SHIFTED_LABELS
UNSHIFTED_LABELS = MENDED_LABELS - SHIFTED_LABELS  # (rulesB47) those of a sentence with no "as"


def lower_lemmas() -> dict[int, str]:
    """:func:`lower_lemma`'s memo (lemma id -> the lemma in lower case), for a reader that keeps
    such a map of its own (``learned._Words``): what the coder lowered is lowered there."""
    return _LOWER_LEMMAS


def lower_lemma(tok: Token) -> str:
    """``tok.lemma_.lower()``, made once for each lemma."""
    lemma = _LOWER_LEMMAS.get(tok.lemma)
    if lemma is None:
        lemma = _LOWER_LEMMAS[tok.lemma] = tok.lemma_.lower()
    return lemma


def _mended_lemma(tok: Token) -> bool:
    """Whether a mend of :func:`mend_headline_verb` tests the lemma of ``tok`` (MENDED_LEMMAS); a
    lemma id it does not test is kept in ``_UNMENDED_LEMMAS``, so that a word is told by a set's test."""
    if lower_lemma(tok) in MENDED_LEMMAS:
        return True
    _UNMENDED_LEMMAS.add(tok.lemma)
    return False


def mend_headline_verb(sent: Span, words: list[Token] | None = None) -> None:
    """ "The Israeli military issues an order", "A Peruvian court sentences Toledo": the
    tagger reads a headline's present-tense verb as a plural noun, though the parser
    gives it a subject (or an object) as the sentence's root. Such a root is tagged a
    verb again. ``words``: the sentence's words, when the caller made them."""
    words = list(sent) if words is None else words
    # (rulesB47) mend_shifted_object moves only an object of an "as": in a sentence with no "as" (a
    # word's form never changes), an object of a preposition or an apposition is passed by
    shifted = AS_ID in [w.lower for w in words]
    labels = MENDED_LABELS if shifted else UNSHIFTED_LABELS
    for tok in words:
        tag, dep = tok.tag, tok.dep  # (the mends below never give a word a tag or label tested after them)
        if tag != VBG_TAG and dep not in labels and tok.lower not in FIRE_WORD_IDS \
                and (tok.lemma in _UNMENDED_LEMMAS or not _mended_lemma(tok)):  # (rulesB47: a set's test, no call)
            continue  # (most words: no mend below would test true)
        if tag == VBG_TAG and dep in GERUND_NOUN_LABELS and any(c.dep_ == "prep" for c in tok.children) \
                and not any(c.dep_ in ("nsubj", "dobj", "aux", "auxpass") for c in tok.children):
            # "Fighting between Armenian and Azerbaijani troops left 20 dead", "shelling by
            # Russian forces killed two": a gerund as the subject, with no subject or object
            # of its own, is the noun of the act.
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", tok.lower_
        if dep == ADVMOD_LABEL and tok.lower_ in PARTICLE_ADVERBS and tok.head.pos_ == "VERB" \
                and tok.i == tok.head.i + 1:
            # "Russian forces pulled back from the town": the adverb right after the verb is
            # its particle, as the parser labels it elsewhere ("pulled back its troops").
            tok.dep_ = "prt"
        if tok.lower in FIRE_WORD_IDS:  # (each mend's own first test, read as numbers)
            mend_set_fire(tok)
            mend_agent_fire(tok)
        lemma = _LOWER_LEMMAS.get(tok.lemma) or lower_lemma(tok)  # (read anew after a mend that ran; its memo first)
        if lemma == "hostage":
            mend_hostage(tok)
            lemma = lower_lemma(tok)
        if tok.lower == FOR_ID and tok.dep == MARK_LABEL:
            mend_call_for(tok)
            lemma = lower_lemma(tok)
        if shifted and tok.dep in SHIFTED_LABELS:
            mend_shifted_object(tok)
            lemma = lower_lemma(tok)
        if lemma in STATIVE_PARTICIPLES:
            mend_stative_passive(tok)
        elif lemma in REACTION_LEMMAS and tok.dep_ == "dobj":
            mend_drawn_reaction(tok)
        if tok.dep == NPADVMOD_LABEL:
            mend_maker_compound(tok)
        if tok.tag == VBG_TAG and tok.lower in ATTACK_GERUND_IDS:
            mend_attack_gerund(tok)
        if lemma in NOUN_VERB_LEMMAS:
            mend_noun_read_as_verb(tok)
        if tok.dep == CCOMP_LABEL:
            mend_content_clause(tok)
        if tok.dep == ADVCL_LABEL and tok.i > sent.start and tok.nbor(-1).lower == TO_ID:
            mend_frame_infinitive(tok)
        if tag == VBG_TAG and tok.dep == XCOMP_LABEL and lower_lemma(tok.head) in ENDING_VERBS and not tok.n_lefts \
                and not tok.n_rights:
            # "ordered the broadcaster to stop broadcasting", "the rebels stopped fighting": a
            # bare gerund after a verb of stopping is what is stopped, a noun
            tok.pos_, tok.tag_, tok.dep_, tok.lemma_ = "NOUN", "NN", "dobj", tok.lower_
        if tag == VBG_TAG and tok.dep == XCOMP_LABEL and lemma in MEANS_VERBS:
            mend_means_gerund(tok)
        if tok.dep == CONJ_LABEL and tok.tag == NNS_TAG and tok.head.pos_ == "VERB" \
                and any(c.dep_ == "dobj" for c in tok.children):
            # "suspends talks and summons the ambassador": a plural noun with an object,
            # conjoined to a verb, is a verb.
            tok.pos_, tok.tag_ = "VERB", "VBZ"
        if dep == CONJ_LABEL and lemma in ATTACK_NOUNS:
            mend_paired_means(tok)
    root = sent.root
    if root.pos_ == "VERB":
        mend_subject_as_modifier(root)
    elif mend_name_root(root):
        return
    if root.pos_ != "NOUN" or root.tag_ not in ("NN", "NNS"):
        return
    if mend_verb_before_object(root) or mend_speech_headline(root) or mend_verb_read_as_place_noun(root):
        return
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        # "Romania summons Russia's ambassador": parsed as a compound noun that has an
        # object; the name before it is the subject.
        # "India's foreign ministry summons the ambassador of Iran": the object may be read
        # as an apposition, and the subject as a compound noun that names an actor.
        objects = [c for c in root.children if c.dep_ in ("dobj", "appos") and c.i > root.i]
        # "Sri Lanka police arrest and detain the former president": the object may be
        # on a verb conjoined to the root.
        verbs = [c for c in root.children if c.dep == CONJ_LABEL and c.pos_ == "VERB"
                 and any(o.dep_ == "dobj" for o in c.children)]
        if not objects and not verbs:
            return
        actor_at = sent.doc._.actor_at
        names = [c for c in root.children if c.dep_ == "compound" and c.i < root.i
                 and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and any(
                     actor_at(x.i) is not None for x in (c, *c.children) if x.i < root.i))
                      or _named_adjective(c, actor_at))]  # (recall44) "Sánchez hosts"
        if not names:
            return
        for name in names:
            name.dep_ = "nsubj"
        for obj in objects:
            obj.dep_ = "dobj"
    root.pos_ = "VERB"
    root.tag_ = "VBZ" if root.tag_ == "NNS" else "VBP"


def mend_noun_read_as_verb(tok: Token) -> None:
    """ "The Israeli Air Force begins humanitarian aid drops over the Gaza Strip": a plural noun
    (NOUNS_READ_AS_VERBS) that the tagger reads as a present-tense verb is a noun again where it
    stands as a noun (an object or a subject, "Jordan began aid drops over Gaza") or as the clause
    of a verb of starting or ending (ASPECT_VERBS) with the noun right before it its subject and
    nothing of a clause (no mark, auxiliary or object): there it is that verb's object, the noun
    before it its modifier."""
    lemma = NOUNS_READ_AS_VERBS.get(tok.lower_)
    if lemma is None or tok.tag_ != "VBZ":
        return
    kids = list(tok.children)
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
            c.dep_ in ("compound", "amod") and c.i < tok.i for c in kids):
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", lemma  # "began aid drops over Gaza"
        return
    verb = tok.head
    if tok.dep != CCOMP_LABEL or verb.pos_ != "VERB" or lower_lemma(verb) not in ASPECT_VERBS \
            or any(c.dep_ == "dobj" for c in verb.children):
        return
    subject = next((c for c in kids if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.pos_ == "NOUN"), None)
    if subject is None or any(c.dep_ in ("mark", "aux", "auxpass", "dobj", "nsubjpass", "neg") for c in kids) \
            or subject.left_edge.i != verb.i + 1:
        return
    tok.pos_, tok.tag_, tok.dep_, tok.lemma_ = "NOUN", "NNS", "dobj", lemma
    subject.dep_ = "compound"


# Headline verbs of saying the tagger reads as a plural noun ("The Indian military announces
# that ..."); their clause after them is what is said.
HEADLINE_SPEECH_VERBS = {"announce", "claim", "say", "state", "report", "confirm", "declare", "warn",
                         "vow", "deny", "insist", "reveal", "admit", "acknowledge", "pledge"}
SAID_CLAUSE_DEPS = {"relcl", "ccomp", "acl", "xcomp"}


def mend_speech_headline(root: Token) -> bool:
    """ "The Indian military announces they have killed three militants", "The Israeli
    military claims to have killed ...": the tagger reads a headline's verb of saying as a
    plural noun whose modifiers ("Indian", "military") are the subject, and the clause said
    as a relative clause. A root "-s" form of such a verb, with a clause after it that has a
    subject, a "that" or a "to" of its own, and only modifiers before it that name an actor,
    is the verb again: the last modifier, right before it, its subject, the clause its
    complement (so that "they" in it is the speaker). Not "The Israeli claims of victory",
    with no clause; True when mended."""
    if root.tag_ != "NNS" or root.lemma_.lower() not in HEADLINE_SPEECH_VERBS or not root.lower_.endswith("s"):
        return False
    left = [c for c in root.children if c.i < root.i]
    said = [c for c in root.children if c.i > root.i and c.dep_ in SAID_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") and g.i < c.i
                    and (g.dep_ != "aux" or g.lower_ == "to" or g.i > root.i) for g in c.children)]
    modifiers = [c for c in left if c.dep_ in MODIFIER_SUBJECT_DEPS]
    if not said or not modifiers or any(c.dep_ not in MODIFIER_SUBJECT_DEPS | {"det"} for c in left):
        return False
    subject = modifiers[-1]
    if subject.right_edge.i != root.i - 1 or subject.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    actor_at = root.doc._.actor_at
    if not any(actor_at(i) is not None for i in range(left[0].left_edge.i, root.i)):
        return False  # ("Early reports say ..." is no headline of an actor)
    for c in left:
        if c is not subject:
            c.head = subject
    if subject.pos_ == "ADJ":
        subject.pos_, subject.tag_ = "NOUN", "NN"  # "military", read as an adjective
    subject.dep_ = "nsubj"
    said[0].dep_ = "ccomp" if said[0].dep_ != "xcomp" else "xcomp"
    root.pos_, root.tag_ = "VERB", "VBZ"
    return True


# Labels the parser gives a subject it hangs on the verb as a modifier ("The Israeli
# military orders": amod; "Burkina Faso severs": compound; "The Court of Appeals orders": nmod).
MODIFIER_SUBJECT_DEPS = {"compound", "amod", "nmod", "npadvmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _named_adjective(tok: Token, actor_at: Callable[[int], Span | None]) -> bool:
    """(recall44) A capitalised word the tagger read as an adjective that names an actor: a
    state's name before a headline's verb ("Pakistan tightens security in Islamabad")."""
    return tok.pos_ == "ADJ" and tok.is_title and actor_at(tok.i) is not None


def _mention_end(tok: Token, actor_at: Callable[[int], Span | None]) -> bool:
    """(recall48) An adjective that ends an actor's mention right before a headline's verb
    ("The Israeli military announces that ...": "military", read as an adjective)."""
    span = actor_at(tok.i) if tok.pos_ == "ADJ" else None
    return span is not None and span.end == tok.i + 1


def mend_subject_as_modifier(verb: Token) -> None:
    """ "The United States military launches strikes on Iran", "Burkina Faso severs relations
    with France": the parser hangs the subject of a headline's present-tense verb on the
    verb as its modifier (compound, amod, nmod) and leaves the verb with no subject. The
    noun phrase that ends right before the verb and names an actor is the subject again,
    with the words before it as its own modifiers; an apposition after the verb that has no
    object is its object ("An Iranian missile strikes Ramat Gan in central Israel")."""
    if verb.tag_ not in ("VBZ", "VBP", "VBD") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return
    left = [c for c in verb.children if c.i < verb.i]
    actor_at = verb.doc._.actor_at
    nominals = [c for c in left if c.dep_ in MODIFIER_SUBJECT_DEPS and c.right_edge.i == verb.i - 1 and (
        c.pos_ in ("NOUN", "PROPN") or _named_adjective(c, actor_at) or _mention_end(c, actor_at))]
    if not nominals or any(c.dep_ not in MODIFIER_SUBJECT_DEPS | {"det"} for c in left):
        return  # ("In a separate vote, the committee votes": other words before the verb)
    subject = nominals[0]
    if not any(actor_at(i) is not None for i in range(left[0].left_edge.i, verb.i)):
        return  # ("Tropical Storm Erin forms in the Atlantic": no actor named)
    for c in left:
        if c is not subject:
            c.head = subject
    if subject.pos_ == "ADJ" and not subject.is_title:
        subject.pos_, subject.tag_ = "NOUN", "NN"  # "military", read as an adjective
    subject.dep_ = "nsubj"
    if not any(c.dep_ == "dobj" for c in verb.children):
        for c in verb.children:
            if c.dep_ == "appos" and c.i > verb.i:
                c.dep_ = "dobj"
                break


def mend_maker_compound(tok: Token) -> None:
    """ "Poland bans Chinese-made vehicles": the parser hangs the name before the hyphen on
    the participle (npadvmod), out of reach of the noun; it is the noun's modifier, as in
    "Chinese vehicles", so the noun's owner is read from it."""
    participle = tok.head
    if participle.lower_ not in MAKER_PARTICIPLES or participle.dep_ != "amod" or tok.i + 2 != participle.i \
            or tok.nbor(1).tag_ != "HYPH" or participle.head.pos_ not in ("NOUN", "PROPN"):
        return
    tok.head, tok.dep_ = participle.head, "amod"


def mend_set_fire(tok: Token) -> None:
    """ "set ablaze the offices", "set the car on fire": the word of fire after "set" (as its
    adverb, its object's complement or the object of its "on") is the verb's particle, so
    that a row "set ablaze" / "set fire" reads it; in "set fire to X" the X is the object."""
    if tok.lower_ not in FIRE_WORDS:
        return
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head
    if tok.dep_ == "dobj" and tok.lower_ == "fire":
        burned = [p for c in (*head.children, *tok.children) if c.dep_ == "prep" and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj"]
        if head.lemma_ != "set" or not burned or agentless_passive(head):
            return
        burned[0].head.dep_ = "dep"
        burned[0].head, burned[0].dep_ = head, "dobj"
    if head.dep_ == "dobj":
        head = head.head  # "set several schools on fire": the "on" hangs on the object
    if head.lemma_ != "set" or head.pos_ != "VERB" or head.i > tok.i or tok.i - head.i > 8:
        return
    if agentless_passive(head):
        return  # "a mosque was set on fire": no one named did it, and no one is invented (GUIDE.md)
    if tok.dep_ == "pobj":
        tok.head.dep_ = "dep"  # the "on" of "on fire" no longer names a place or target
        tok.head = head
    elif tok.head.i != head.i:
        tok.head = head
    elif tok.dep_ == "dobj" and tok.lower_ != "fire":
        # "set the parliament building alight", parsed as a name "building alight": the
        # last noun before the word is the object
        nouns = [c for c in tok.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        if nouns:
            nouns[-1].head, nouns[-1].dep_ = head, "dobj"
    tok.dep_ = "prt"
    tok.lemma_ = "fire" if tok.lower_ == "afire" else tok.lower_


# What an agent fires in "police fire tear gas at protesters", parsed as a noun compound
# "police fire" (mend_agent_fire): the last noun of the phrase, and a word it needs before it.
FIRED_NOUNS = {"gas": "tear", "teargas": None, "bullet": None, "cannon": None, "shot": None,
               "round": "live", "ammunition": None, "pellet": None}
FIRED_AT_PREPS = {"at", "on", "into", "toward", "towards"}


def mend_agent_fire(tok: Token) -> None:
    """ "Police fire tear gas at protesters", "troops fire live rounds": a noun "fire" right
    after an agent noun (agents.tsv) and before what is fired (tear gas, rubber bullets, water
    cannon, shots, live rounds), all read as one noun compound, is the verb: the agent its
    subject, the fired thing its object, an "at"/"on" on that thing the verb's."""
    if tok.pos_ != "NOUN" or tok.lower_ != "fire" or tok.dep_ != "compound" or tok.i == tok.sent.start:
        return
    agent, obj = tok.doc[tok.i - 1], tok.head
    if obj.i <= tok.i or obj.pos_ not in ("NOUN", "PROPN") or agent.pos_ not in ("NOUN", "PROPN") \
            or agent.dep_ != "compound" or agent.head.i not in (tok.i, obj.i) or agent.lower_ not in agent_forms():
        return
    lemma = lower_lemma(obj)
    if lemma not in FIRED_NOUNS or any(tok.doc[i].head.i != obj.i for i in range(tok.i + 1, obj.i)):
        return
    before = FIRED_NOUNS[lemma]
    if before is not None and (obj.i == tok.i + 1 or tok.doc[obj.i - 1].lower_ != before):
        return
    front = [t for t in tok.doc[tok.sent.start:agent.i] if t.head.i == obj.i]  # "Riot police"
    moved = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in FIRED_AT_PREPS]
    tok.head = tok if obj.head.i == obj.i else obj.head
    tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = obj.dep_, "VERB", "VBP", "fire"
    obj.head, obj.dep_ = tok, "dobj"
    agent.head, agent.dep_ = tok, "nsubj"
    for t in front:
        t.head = agent
    for c in moved:
        c.head = tok


def mend_shifted_object(tok: Token) -> None:
    """ "denounced as a crime Serbia's crackdown": an object moved after what the verb calls it,
    which the parser reads as a second object of the "as" (or, with no comma between, as an
    apposition to what it is called), is the verb's object again."""
    prep = tok.head
    if tok.dep == POBJ_LABEL and prep.lower != AS_ID:
        return  # (the first test, as numbers: read for every object of a preposition)
    if tok.dep_ == "appos" and prep.dep_ == "pobj" and tok.doc[tok.left_edge.i - 1].text != "," \
            and any(c.dep_ == "poss" for c in tok.children):
        prep = prep.head  # "denounced as a crime Serbia's crackdown on the protests"
    elif tok.dep_ != "pobj":
        return
    if prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return
    verb = prep.head
    if not any(c.dep_ == "pobj" and c.i < tok.i for c in prep.children) \
            or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    tok.head, tok.dep_ = verb, "dobj"


# Participles whose "be ... to" tells a state of the subject, not something done to it.
STATIVE_PARTICIPLES = {"oppose"}


@functools.lru_cache(maxsize=1)
def drawn_reactions() -> tuple[frozenset[str], dict[str, str]]:
    """``data/drawn_reactions.tsv``: the verbs of drawing a reaction, and each reaction noun's verb."""
    path = data_path("drawn_reactions.tsv")
    verbs: set[str] = set()
    nouns: dict[str, str] = {}
    for lineno, cells in tsv_body(path):
        if cells[0] == "verb" and len(cells) == 2:
            verbs.add(cells[1])
        elif cells[0] == "noun" and len(cells) == 3:
            nouns[cells[1]] = cells[2]
        else:
            raise KnowledgeBaseError(str(path), lineno, "expected verb<TAB>lemma or noun<TAB>lemma<TAB>verb")
    return frozenset(verbs), nouns


REACTION_LEMMAS = frozenset(drawn_reactions()[1])
# (senses51) Plural nouns of an act that the tagger reads as a present-tense verb after a noun that
# modifies them, as the clause of a verb of starting or ending ("begins humanitarian aid drops over
# the Gaza Strip": "aid" its subject, "drops" a verb), with their lemmas; and those verbs.
NOUNS_READ_AS_VERBS = {"drops": "drop", "airdrops": "airdrop"}
NOUN_VERB_LEMMAS = frozenset(NOUNS_READ_AS_VERBS.values())
ASPECT_VERBS = {"begin", "start", "resume", "launch", "halt", "suspend", "stop", "continue", "end", "pause",
                "expand", "conduct", "announce"}


MENDED_LEMMAS = frozenset(STATIVE_PARTICIPLES | {"hostage"} | REACTION_LEMMAS | NOUN_VERB_LEMMAS)  # the lemmas mend_headline_verb tests


def mend_stative_passive(tok: Token) -> None:
    """ "Egypt is opposed to Qatari mediation": the parser reads a passive with no agent; the
    subject holds the stance, as where it reads "opposed" as an adjective complement."""
    if tok.lemma_.lower() not in STATIVE_PARTICIPLES or tok.tag_ != "VBN" \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) \
            or any(c.dep_ == "agent" for c in tok.children):
        return
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            c.dep_ = "nsubj"
        elif c.dep_ == "auxpass":
            c.dep_ = "aux"


def agentless_passive(verb: Token) -> bool:
    """ "was set on fire", "are attacked and set on fire": a participle with no subject of
    its own (nor one of the verb it is joined to) and no "by" agent."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False
    return not (verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children))


HOSTAGE_VERBS = {"take", "hold", "seize", "keep"}


# Verbs whose "for" asks for an act, when the parser makes it the mark of the act's clause.
CALL_FOR_VERBS = {"call", "push", "lobby"}


def mend_call_for(tok: Token) -> None:
    """ "The EU called for Iran to free the detainees": the parser makes "for" the mark of
    the infinitive clause, whose subject is who is asked; it is the verb's particle (the
    row "call for" reads it there), its object the clause's subject when that names an actor
    (the appeal's target), and the clause what is asked for, not an act done."""
    clause = tok.head
    verb = clause.head
    if clause.dep_ == "advcl" and lower_lemma(verb) in CALL_FOR_VERBS and verb.pos_ == "VERB" \
            and verb.i < tok.i and infinitive(clause):
        tok.head, tok.dep_ = verb, "prep"
        # who is asked is the clause's subject, when it names an actor: the appeal's target
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and tok.i < c.i < clause.i), None)
        if subject is not None and tok.doc._.actor_at(subject.i) is not None:
            subject.head, subject.dep_ = tok, "pobj"


def mend_hostage(tok: Token) -> None:
    """ "held 30 people hostage", "took dozens of tourists hostage": the parser hangs the
    word under the verb as a clause or under the object's "of"; it is what the verb makes
    of its object (an ``oprd``), which the rows of "take"/"hold" ... "hostage" read."""
    if tok.lemma_.lower() != "hostage" or tok.dep_ == "nsubjpass":
        return
    if tok.dep_ in ("dobj", "oprd"):
        verb = tok.head
        if verb.lemma_ in HOSTAGE_VERBS and (verb.dep_ == "relcl" or (
                verb.tag_ == "VBN" or verb.lower_ == "taken") and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children)):
            # "four Israelis taken hostage in the attack", parsed with the Israelis as the
            # subject: a bare participle is passive, and its hostages took no one; "whom
            # they had taken hostage": the background of those the sentence is about
            tok.dep_ = "npadvmod"
        return
    node = tok.head
    if tok.dep_ == "pobj" and node.lower_ == "of" and node.head.dep_ == "dobj":
        node = node.head.head  # "took dozens of tourists hostage"
    if agentless_passive(node) or node.dep_ == "relcl" or any(c.dep_ == "auxpass" for c in node.children):
        return  # "four Israelis taken hostage in the attack": the hostages are no hostage takers
    if node.lemma_ in HOSTAGE_VERBS and node.pos_ == "VERB" and node.i < tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != node.i:
            # "dozens of tourists hostage": the tourists are the people counted
            people = [c for c in tok.children if c.dep_ == "compound"]
            if people:
                people[-1].head, people[-1].dep_ = tok.head, "pobj"
        tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = node, "oprd", "NOUN", "NN", "hostage"


def mend_paired_means(noun: Token) -> None:
    """(recall48) "killed in a Russian missile and drone attack on Kyiv": the parser reads the
    first means as the noun of the phrase ("missile", with "Russian" and "a" on it) and the
    attack as its conjunct. The attack noun, right after "and" and the means before it, is
    the phrase's noun again, with the first means a modifier of it and that means' other
    words (its article, the attacker's name, "on Kyiv") on the attack."""
    means = noun.head
    if means.i >= noun.i or means.dep_ in ("ROOT", "conj") or means.pos_ != "NOUN" \
            or lower_lemma(means) not in ATTACK_MEANS or noun.pos_ != "NOUN":
        return
    between = noun.doc[means.i + 1:noun.i]
    if not between or between[0].dep_ != "cc" or any(
            t.dep_ != "compound" or t.head.i != noun.i or lower_lemma(t) not in ATTACK_MEANS for t in between[1:]):
        return  # ("missiles and a drone attack", "drone and the attack")
    moved = [c for c in means.children if c.dep_ != "cc" and c.i != noun.i]
    noun.head, noun.dep_ = means.head, means.dep_
    means.head, means.dep_ = noun, "compound"
    for c in moved:
        c.head = noun


def mend_attack_gerund(tok: Token) -> None:
    """ "Two people are killed in Russian shelling in Kherson": the tagger reads the noun of
    the attack as a verb ("shelling", a clause of "killed") and the nationality before it as
    the object of "in", so that the attacker is read as the place or the victim. A word
    named as an actor, right after a preposition and right before such an "-ing" word with
    no subject or object of its own, modifies the noun of the attack, which is the object of
    the preposition again (as the parser reads "in Russian bombing of Sumy")."""
    doc = tok.doc
    if tok.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children):
        return
    name, prep = doc[tok.i - 1], doc[tok.i - 2]
    if name.dep_ != "pobj" or name.head.i != prep.i or prep.lower_ not in ATTACK_GERUND_PREPS \
            or name.pos_ not in ("PROPN", "ADJ") or tok.head.i not in (prep.head.i, prep.i, name.i) \
            or any(c.i != tok.i for c in name.children) or doc._.actor_at(name.i) is None:
        return
    tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = prep, "pobj", "NOUN", "NN", tok.lower_
    name.head, name.dep_ = tok, "amod"


def mend_content_clause(clause: Token) -> None:
    """ "The International Labor Office (ILO) reiterated its demand today that Israel ease
    restrictions": after an apposition in brackets or an adverb the parser may hang the "that"
    clause of a noun of demand, proposal or charge on the verb whose object the noun is; it is
    the noun's clause (what is demanded), as the parser reads it elsewhere."""
    verb = clause.head
    if clause.i < verb.i or verb.pos_ != "VERB" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if noun is None or noun.pos_ != "NOUN" or lower_lemma(noun) not in CONTENT_NOUNS:
        return
    clause.head, clause.dep_ = noun, "acl"


def mend_frame_infinitive(tok: Token) -> None:
    """ "Rebels have sworn to fight until the government falls": after a perfect ("have
    sworn") the parser may read the infinitive of a frame word (frames.tsv) as a clause of
    its own, and hang the "until" clause of the infinitive's act on the frame word. The
    infinitive right after the frame word is its complement (as "swore to fight" is
    parsed), and an "until" clause after it is the act's."""
    from .frames import Frames  # (frames reads this module)

    verb = tok.head
    if verb.pos_ != "VERB" or tok.i != verb.i + 2 or lower_lemma(verb) not in Frames.load().words:
        return
    tok.dep_ = "xcomp"
    for c in list(verb.children):
        if c.dep == ADVCL_LABEL and c.i > tok.i and any(
                g.dep == MARK_LABEL and g.lower_ in PERSIST_MARKS for g in c.children):
            c.head = tok


def mend_name_root(root: Token) -> bool:
    """ "Trump accused Democrats of sabotaging the talks": the tagger may read a name that
    opens the sentence as a common noun ("trump") and make it the root, with the verb after
    it a modifier of the verb's object (``actors.resolve.verb_read_as_modifier``, where the
    resolver still reads the name). Where the root names an actor, it is the verb's
    subject; the verb is the root, with the object and the root's other words after it.
    True when mended."""
    verb = verb_read_as_modifier(root)
    if verb is None:
        return False
    span = root.doc._.actor_at(root.i)
    if span is None or span.end != root.i + 1:
        return False
    after = [c for c in root.children if c.i > root.i]
    verb.head = verb
    verb.dep_, verb.pos_ = "ROOT", "VERB"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for c in after:
        c.head = verb
    return True


def mend_means_gerund(gerund: Token) -> None:
    """ "did not rule out using force against Moldova": the object of a gerund of using, under
    a verb with no object of its own, is what that verb is about (as in "did not rule out
    force against Moldova"): hung on that verb as its object."""
    verb = gerund.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    obj = next((c for c in gerund.children if c.dep_ == "dobj"), None)
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"


# (recall40) Verbs of a present-tense news sentence that are also nouns, which the tagger reads
# as a noun modifying the object after them when a plural or group subject comes before them
# ("Houthi rebels fire missiles at a ship", "Kenyan police fire tear gas at protesters").
NOUN_FORM_VERBS = {"fire", "attack", "strike", "shell", "raid", "ban", "arrest", "seize", "shoot", "bomb",
                   "target", "storm", "block", "sanction", "launch", "deploy", "expel", "detain", "hit",
                   "exchange", "swap"}
# Subjects that are groups though singular in form ("police fire", "the military launches").
GROUP_NOUNS = {"police", "military", "army", "navy", "government", "authorities", "forces", "troops", "people"}
SUBJECT_WORD_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"}


def mend_verb_before_object(root: Token) -> bool:
    """ "Houthi rebels fire missiles at a cargo ship": a present-tense verb that is also a
    noun (NOUN_FORM_VERBS), read as a modifier of its object (the root), after a subject of
    plural or group nouns that names an actor, is the verb again: the word before it its
    subject, the root its object. Not "Israeli attack drones" (no plural subject before the
    verb), nor where a word before it is no word of a noun phrase. True when mended."""
    start = root.sent.start
    verb = next((c for c in root.children if c.dep_ in ("compound", "nmod", "amod") and c.i < root.i
                 and c.lower_ in NOUN_FORM_VERBS and c.i > start), None)
    if verb is None:
        return False
    subject = verb.nbor(-1)
    # (recall48) a pair of names ("Russia and Ukraine exchange prisoners"): the first is the
    # subject, the second stays its conjunct
    paired = subject.dep_ == "conj" and subject.pos_ == "PROPN" and subject.head.i < subject.i \
        and subject.head.head.i == root.i and subject.head.pos_ == "PROPN"
    if paired:
        subject = subject.head
    if not (paired or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in GROUP_NOUNS) \
            or any(t.pos_ not in SUBJECT_WORD_POS and not (paired and t.pos_ == "CCONJ")
                   for t in root.doc[start:verb.i]) \
            or any(t.pos_ not in ("DET", "ADJ", "NOUN", "NUM", "PROPN") for t in root.doc[verb.i + 1:root.i]):
        return False
    actor_at = root.doc._.actor_at
    if not any(actor_at(i) is not None for i in range(start, verb.i)):
        return False
    before = [t for t in root.doc[start:verb.i] if t.head.i in (root.i, verb.i) and t.i != subject.i]
    verb.head = verb
    verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = "ROOT", "VERB", "VBP", verb.lower_
    subject.head, subject.dep_ = verb, "nsubj"
    for t in before:
        t.head = subject
    for c in [c for c in root.children if c.i > root.i]:
        if c.dep_ == "punct":
            c.head = verb
    root.head, root.dep_ = verb, "dobj"
    return True


def mend_verb_read_as_place_noun(root: Token) -> bool:
    """ "Israeli settlers in the West Bank shoot and injure five Palestinians": a present-tense
    verb that is also a noun (NOUN_FORM_VERBS), right before "and" and a second verb, may be
    read as the last noun of the place phrase after the subject ("the West Bank shoot"), with
    the subject the root and the second verb conjoined to it. The word is the verb again: the
    root its subject, the second verb conjoined to it, the noun before it the end of the place
    phrase. Only where the subject names an actor and the second verb has an object. True when
    mended."""
    doc, start = root.doc, root.sent.start
    second = next((c for c in root.children if c.dep == CONJ_LABEL and c.pos_ == "VERB" and c.i > root.i + 2
                   and any(o.dep_ == "dobj" for o in c.children)), None)
    if second is None:
        return False
    verb, cc = doc[second.i - 2], doc[second.i - 1]
    if verb.lower_ not in NOUN_FORM_VERBS or verb.pos_ != "NOUN" or cc.lower_ != "and" \
            or verb.dep_ not in ("pobj", "compound") or not root.is_ancestor(verb):
        return False
    if not (root.tag_ in ("NNS", "NNPS") or root.lower_ in GROUP_NOUNS):
        return False
    actor_at = doc._.actor_at
    if not any(actor_at(i) is not None for i in range(start, root.i + 1)):
        return False
    before = [c for c in verb.children if c.i < verb.i]
    last = doc[verb.i - 1]
    if before and last in before:
        # "the West Bank shoot": the noun before the verb heads the place phrase again
        last.head, last.dep_ = verb.head, verb.dep_
        for c in before:
            if c.i != last.i:
                c.head = last
    else:
        for c in before:
            c.head = verb.head
    after = [c for c in root.children if c.i > verb.i]
    verb.head = verb
    verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = "ROOT", "VERB", "VBP", verb.lower_
    root.head, root.dep_ = verb, "nsubj"
    for c in after:
        c.head = verb
    return True


def mend_drawn_reaction(noun: Token) -> None:
    """ "The ruling drew condemnation from the European Union", "the law sparked sharp criticism
    from Germany": a reaction noun (drawn_reactions.tsv), the object of a verb of drawing it, with
    "from" someone on the noun or the verb, is that one's act toward the verb's subject. The noun
    is read as its verb ("condemn"), in the drawing verb's place and tense, the one after "from"
    its subject, the drawing verb's subject its object; the drawing verb hangs on it."""
    verbs, nouns = drawn_reactions()
    verb = noun.head
    if verb.pos_ != "VERB" or lower_lemma(verb) not in verbs:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    prep = next((c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"
                 and c.i > noun.i), None)
    if subject is None or prep is None:
        return
    doer = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if doer is None:
        return
    moved = [c for c in verb.children if c.i != noun.i and c.i != prep.i]
    noun.head = noun if verb.head.i == verb.i else verb.head
    noun.dep_, noun.pos_, noun.tag_ = verb.dep_, "VERB", verb.tag_
    noun.lemma_ = nouns[noun.lemma_.lower()]
    for c in moved:
        c.head = noun
    subject.dep_ = "dobj"
    verb.head, verb.dep_ = noun, "dep"
    doer.head, doer.dep_ = noun, "nsubj"
    prep.head, prep.dep_ = doer, "case"
