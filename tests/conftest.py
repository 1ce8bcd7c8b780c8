from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# the compiled-pattern cache of this test run (and the CLI processes it starts), not the user's
os.environ["PAPERCUT_CACHE_DIR"] = tempfile.mkdtemp(prefix="papercut-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
GOLDEN = ROOT / "tests" / "golden"
SAMPLES = ROOT / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from papercut's current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
