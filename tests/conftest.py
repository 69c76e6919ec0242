import pytest

from aiscan.engine.rules import load_rules


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory):
    """Keep the result cache of test scans out of the user's cache directory."""
    mp = pytest.MonkeyPatch()
    mp.setenv("AISCAN_CACHE_DIR", str(tmp_path_factory.mktemp("aiscan-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def ruleset():
    return load_rules()
