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
#: every figure the scorer gives, per gold page: none may drop, and each is raised when it rises
FLOORS = ROOT / "tests" / "quality_floors.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json with the current output where it scores no lower against gold",
    )
    parser.addoption(
        "--update-floors",
        action="store_true",
        help="raise tests/quality_floors.json to the figures the gold pages now score (never lowers them)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def update_floors(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-floors"))
