"""Golden outputs on the shipped seeds: a change to any verdict, citation or format shows here.

A change meant to alter them is recorded with ``FACTCHECK_UPDATE_GOLDEN=1 pytest
tests/test_golden.py``, and the diff of ``tests/golden/`` is reviewed like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import CLAIMS, ROOT, SEEDS

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "check-seeds.json": ["check", str(CLAIMS / "seeds.jsonl"), "--format", "json", "--explain"],
    "check-seeds.table": ["check", str(CLAIMS / "seeds.txt"), "--format", "table"],
    "article-drafts.text": ["article", str(ROOT / "drafts"), "--sources", str(SEEDS)],
    "article-drafts.json": ["article", str(ROOT / "drafts"), "--sources", str(SEEDS), "-f", "json"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_its_golden_file(name, run_cli):
    result = (
        run_cli(*CASES[name], "--sources", str(SEEDS))
        if name.startswith("check")
        else run_cli(*CASES[name])
    )
    # Paths differ from clone to clone; the golden files hold them relative to the repository.
    out = result.out.replace(str(ROOT) + os.sep, "").replace(str(ROOT), ".")
    golden = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")
