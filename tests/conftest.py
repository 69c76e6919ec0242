import pytest

from aiscan.rules import load_rules


@pytest.fixture(scope="session")
def ruleset():
    return load_rules()
