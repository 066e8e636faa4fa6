"""The CAMEO ontology table and its loader."""

from __future__ import annotations

import pytest

from eventwire.coding.ontology import (
    PLOVER_TYPES,
    CameoCode,
    Ontology,
    UnknownCodeError,
    quad_class_of_root,
)
from eventwire.errors import KnowledgeBaseError

HEADER = "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\n"


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def test_loaded_once(onto):
    assert Ontology.load() is onto
    assert len(onto) > 280


def test_every_root_present(onto):
    assert [c.code for c in onto.roots()] == [f"{r:02d}" for r in range(1, 21)]


def test_every_code_has_its_root_and_parent(onto):
    for code in onto:
        assert code.root in onto
        assert code.code.startswith(code.root)
        assert code.parent is None or code.parent in onto
        assert onto.root_of(code.code).code == code.root


def test_goldstein_range_and_quad_classes(onto):
    for code in onto:
        assert -10.0 <= code.goldstein <= 10.0
        assert code.quad_class == quad_class_of_root(code.root)
        assert code.plover is None or code.plover in PLOVER_TYPES
    assert {onto.get(f"{r:02d}").quad_class for r in range(1, 6)} == {1}
    assert {onto.get(f"{r:02d}").quad_class for r in range(6, 9)} == {2}
    assert {onto.get(f"{r:02d}").quad_class for r in range(9, 14)} == {3}
    assert {onto.get(f"{r:02d}").quad_class for r in range(14, 21)} == {4}


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "plover", "mode"),
    [
        ("042", "Make a visit", 1.9, "CONSULT", "visit"),
        ("190", "Use conventional military force", -10.0, "ASSAULT", None),
        ("172", "Impose administrative sanctions", -5.0, "COERCE", "restrict"),
        # the PLOVER manual's text over its conversion table (coding/data/README.md)
        ("163", "Impose embargo, boycott, or sanctions", -8.0, "SANCTION", "discontinue"),
        ("0831", "Accede to demands for change in leadership", 5.0, "RETREAT", "resign"),
        ("116", "Find guilty or liable (legally)", -2.0, "SANCTION", "convict"),
        ("0874", "Retreat or surrender militarily", 10.0, "RETREAT", "disarm"),
        ("010", "Make statement", 0.0, None, None),  # PLOVER drops CAMEO 01 and 02
        ("0213", "Appeal for judicial cooperation", 3.4, None, None),
        ("1823", "Kill by physical assault", -10.0, "ASSAULT", None),
    ],
)
def test_known_values(onto, code, name, goldstein, plover, mode):
    entry = onto.get(code)
    assert (entry.name, entry.goldstein, entry.plover, entry.plover_mode) == (name, goldstein, plover, mode)


def test_root_of_and_children(onto):
    assert onto.root_of("0231").code == "02"
    assert onto.parent_of("0231").code == "023"
    assert [c.code for c in onto.children("023")] == ["0231", "0232", "0233", "0234"]
    assert onto.get("04").name == "Consult"


def test_plover_defaults(onto):
    for plover in PLOVER_TYPES:
        assert onto.plover_to_cameo(plover).plover == plover
    assert onto.plover_to_cameo("assault").code == "180"
    assert onto.plover_to_cameo("YIELD").code == "080"
    with pytest.raises(UnknownCodeError, match="PLOVER type"):
        onto.plover_to_cameo("HUG")


def test_unknown_code(onto):
    with pytest.raises(UnknownCodeError, match="'42'.*leading zero"):
        onto.get("42")
    with pytest.raises(LookupError):
        onto.get("999")
    assert "42" not in onto and "042" in onto


def test_bad_line_reports_line_number(tmp_path):
    path = tmp_path / "cameo.tsv"
    path.write_text(HEADER + "01\tMake public statement\t0.0\t1\t\t\n010\tMake statement\tnine\t1\t\t\n")
    with pytest.raises(KnowledgeBaseError) as info:
        Ontology.load(path)
    assert info.value.line == 3
    assert f"{path}:3:" in str(info.value)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("010\tMake statement\t0.0\t2\t\t", "quad_class"),
        ("010\tMake statement\t11.0\t1\t\t", "outside"),
        ("010\tMake statement\t0.0\t1\tHUG\t", "PLOVER type"),
        ("0101\tMake statement\t0.0\t1\t\t", "parent"),
        ("010\tMake statement\t0.0", "fields"),
    ],
)
def test_bad_lines(tmp_path, line, problem):
    path = tmp_path / "cameo.tsv"
    path.write_text(HEADER + "01\tMake public statement\t0.0\t1\t\t\n" + line + "\n")
    with pytest.raises(KnowledgeBaseError, match=problem) as info:
        Ontology.load(path)
    assert info.value.line == 3


def test_record_is_frozen(onto):
    entry = onto.get("042")
    assert isinstance(entry, CameoCode)
    with pytest.raises(AttributeError):
        entry.goldstein = 0.0  # type: ignore[misc]
