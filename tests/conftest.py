import shutil
import sys
from pathlib import Path

import pytest

from recoupe.api import Checker
from recoupe.database import bundled_location

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()


@pytest.fixture
def database_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled database (claims/ beside sources/)."""
    claims, sources = bundled_location()
    shutil.copytree(claims, tmp_path / "claims")
    shutil.copytree(sources, tmp_path / "sources")
    return tmp_path / "claims"


@pytest.fixture(scope="session")
def recoupe_exe() -> str:
    """The installed console script, next to the running interpreter."""
    candidate = Path(sys.executable).parent / "recoupe"
    found = str(candidate) if candidate.exists() else shutil.which("recoupe")
    if not found:
        pytest.fail("the `recoupe` console script is not installed (pip install .)")
    return found
