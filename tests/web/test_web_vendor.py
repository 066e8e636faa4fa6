"""The vendored dashboard assets are the files of the npm packages pinned by web/package-lock.json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "eventwire" / "web" / "static" / "vendor"
LOCK = json.loads((ROOT / "web" / "package-lock.json").read_text(encoding="utf-8"))
PACKAGE = json.loads((ROOT / "web" / "package.json").read_text(encoding="utf-8"))
MANIFEST = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
# A string each distributed file carries that names its version.
VERSION_MARKS = {
    ("chart.js", "chart.umd.min.js"): "Chart.js v{version}",
    ("cytoscape", "cytoscape.min.js"): '.version="{version}"',
    ("swagger-ui-dist", "swagger-ui-bundle.js"): '"{version}"',
}


def test_every_dependency_is_vendored():
    assert set(MANIFEST) == set(PACKAGE["dependencies"])
    assert sorted(p.name for p in VENDOR.iterdir() if p.is_dir()) == sorted(MANIFEST)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_versions_match_the_lock_file(name):
    locked = LOCK["packages"][f"node_modules/{name}"]
    assert MANIFEST[name]["version"] == locked["version"] == PACKAGE["dependencies"][name]
    assert MANIFEST[name]["integrity"] == locked["integrity"]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_files_are_the_ones_recorded(name):
    folder = VENDOR / name
    assert sorted(p.name for p in folder.iterdir()) == sorted(MANIFEST[name]["files"])
    for file, digest in MANIFEST[name]["files"].items():
        assert hashlib.sha256((folder / file).read_bytes()).hexdigest() == digest, f"{name}/{file} was changed"
    assert any(f.startswith("LICENSE") for f in MANIFEST[name]["files"])


@pytest.mark.parametrize(("name", "file"), sorted(VERSION_MARKS))
def test_files_name_the_locked_version(name, file):
    mark = VERSION_MARKS[(name, file)].format(version=LOCK["packages"][f"node_modules/{name}"]["version"])
    assert mark in (VENDOR / name / file).read_text(encoding="utf-8")
