"""``eventwire classify``: the learned pair model, its training, the command's output."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire.coding.classify import PairClassifier, PairInput
from eventwire.coding.ontology import Ontology
from eventwire.coding.pairmodel import DEFAULT_MODEL, PairModel
from eventwire.errors import KnowledgeBaseError

ROOT = Path(__file__).resolve().parents[1]
# Sentences written for this test, in neither the training data nor the PLV set.
HELD_OUT = [json.loads(line) for line in
            (Path(__file__).parent / "fixtures" / "classify-heldout.jsonl").read_text(encoding="utf-8").splitlines()]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_pair_model", ROOT / "scripts" / "train_pair_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def classifier(nlp):
    return PairClassifier(nlp)


def test_shipped_model_is_small_and_readable():
    assert DEFAULT_MODEL.stat().st_size < 5_000_000
    assert (DEFAULT_MODEL.parent / "PAIR_MODEL.md").exists()  # data and attribution
    model = PairModel.load()
    ontology = Ontology.load()
    for label in model.labels:
        assert ontology.plover_to_cameo(label).plover == label
    assert model.coef.shape == (len(model.labels), len(model.index))


def test_unreadable_model_says_how_to_rebuild(tmp_path):
    bad = tmp_path / "pair_model.npz"
    bad.write_bytes(b"not an npz")
    with pytest.raises(KnowledgeBaseError, match="train_pair_model.py"):
        PairModel.load(bad)


@pytest.mark.model
@pytest.mark.parametrize("case", HELD_OUT, ids=[c["id"] for c in HELD_OUT])
def test_held_out_sentences(classifier, case):
    (result,) = classifier.classify([PairInput(case["id"], case["text"], case["source"], case["target"])])
    assert result.plover == case["gold"], result


@pytest.mark.model
def test_cameo_code_agrees_with_plover_type(classifier):
    ontology = Ontology.load()
    items = [PairInput(c["id"], c["text"], c["source"], c["target"]) for c in HELD_OUT]
    items.append(PairInput("nothing", "The weather was mild.", "Tokyo", "Osaka"))  # pair not in the text
    for result in classifier.classify(items):
        assert result.plover is not None and 0.0 < result.confidence <= 1.0
        code = ontology.get(result.cameo)
        assert code.root == result.cameo_root
        assert (code.plover or "REQUEST") == result.plover


@pytest.mark.model
def test_verbs_of_the_path_carry_the_types_below_them(classifier, nlp):
    """A reversal verb over a coercive word ("lifted the curfew imposed") is told apart from the coercion itself."""
    doc = nlp("The military council lifted the curfew imposed on the northern city.")
    source, target = classifier.spans(PairInput("1", doc.text, "The military council", "the northern city"), doc)
    feats = classifier.pair_features(doc, source, target)
    assert {"vt:lift>COERCE", "rev", "rev>COERCE"} <= set(feats)
    doc = nlp("The military council imposed a curfew on the northern city.")
    source, target = classifier.spans(PairInput("2", doc.text, "The military council", "the northern city"), doc)
    feats = classifier.pair_features(doc, source, target)
    assert not any(f.startswith(("rev", "vt:lift")) for f in feats)


@pytest.mark.model
def test_rules_alone_still_available(nlp):
    rules = PairClassifier(nlp, model=None)
    (result,) = rules.classify([PairInput("1", "Russia attacked Ukraine.", "Russia", "Ukraine")])
    assert result.plover == "ASSAULT" and result.cameo_root in ("18", "19")


@pytest.mark.model
def test_command_writes_one_json_line_per_pair():
    stdin = "".join(json.dumps({k: c[k] for k in ("id", "text", "source", "target")}) + "\n" for c in HELD_OUT[:3])
    proc = subprocess.run([sys.executable, "-m", "eventwire", "classify", "-"], input=stdin,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == [c["id"] for c in HELD_OUT[:3]]
    assert all(set(r) == {"id", "plover", "cameo", "cameo_root", "confidence"} for r in rows)
    assert [r["plover"] for r in rows] == [c["gold"] for c in HELD_OUT[:3]]


def test_fit_is_deterministic_and_round_trips(tmp_path):
    pytest.importorskip("sklearn")
    trainer = _trainer()
    examples = [(["w:attack", "rule:ASSAULT"], "ASSAULT"), (["w:shell", "rule:ASSAULT"], "ASSAULT"),
                (["w:meet", "rule:CONSULT"], "CONSULT"), (["w:talk", "rule:CONSULT"], "CONSULT"),
                (["w:attack", "w:talk"], "CONSULT"), (["w:shell", "w:meet"], "ASSAULT")]
    first, second = trainer.fit(examples, 1.0), trainer.fit(list(examples), 1.0)
    assert first.labels == second.labels == ("ASSAULT", "CONSULT")
    assert first.index == second.index and np.array_equal(first.coef, second.coef)
    path = tmp_path / "m.npz"
    first.save(path)
    loaded = PairModel.load(path)
    probs = loaded.probabilities([["w:attack", "rule:ASSAULT"], ["w:talk", "unknown"]])
    assert probs.shape == (2, 2) and np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert loaded.labels[int(probs[0].argmax())] == "ASSAULT"
    assert loaded.labels[int(probs[1].argmax())] == "CONSULT"


@pytest.mark.model
def test_training_on_own_annotations_is_deterministic(nlp, tmp_path):
    pytest.importorskip("sklearn")
    trainer = _trainer()
    sample = tmp_path / "own.jsonl"
    sample.write_text("".join(trainer.OWN.read_text(encoding="utf-8").splitlines(keepends=True)[::4]),
                      encoding="utf-8")
    rules = PairClassifier(nlp, model=None)
    runs = [trainer.fit(trainer.own_examples(rules, sample), 0.5) for _ in range(2)]
    assert runs[0].index == runs[1].index and np.array_equal(runs[0].coef, runs[1].coef)
    assert len(runs[0].labels) == 16  # every PLOVER type has own examples in the sample


@pytest.mark.model
def test_features_carry_the_coders_modality_of_the_trigger(classifier, nlp):
    """The rules' trigger is read with the coder's modality (modality.analyse): a failed or
    refused act is told apart from the act ("could not conclude a deal" is no agreement)."""
    def feats(text, source, target):
        doc = nlp(text)
        return set(classifier.pair_features(doc, *classifier.spans(PairInput("m", text, source, target), doc)))
    failed = feats("Peru and Bolivia failed to sign the water-sharing treaty in La Paz.", "Peru", "Bolivia")
    assert "md:negated" in failed
    refused = feats("The Kurdish parties will not join talks with Baghdad until the budget dispute is settled.",
                    "The Kurdish parties", "Baghdad")
    # the rules' cooperative answer, negated, is read as a rejection (PairClassifier.rule_type)
    assert {"md:negated", "md:refusal", "md:refusal|REJECT", "rule:REJECT"} <= refused
    done = feats("Peru and Bolivia signed the water-sharing treaty in La Paz.", "Peru", "Bolivia")
    assert "md:asserted" in done and "md:negated" not in done


def test_written_sanctions_follow_the_plover_manual():
    """Imposing sanctions, embargoes, asset freezes or import bans is CAMEO 163, which the PLOVER
    manual's text (section 3.13: international sanctions are SANCTION 'discontinue') puts under
    SANCTION, over its conversion table's COERCE (coding/data/README.md)."""
    import re

    imposed = re.compile(r"\b(impos\w* (\w+ ){0,3}sanctions|embargo|froze the assets|asset freezes?|"
                         r"blacklisted|(banned|restricted) imports)\b", re.I)
    rows = [json.loads(line) for line in _trainer().OWN.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = [r["text"] for r in rows if r["plover"] == "COERCE" and imposed.search(r["text"])]
    assert not wrong, wrong[:3]

