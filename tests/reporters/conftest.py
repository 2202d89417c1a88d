from __future__ import annotations

import pytest
from reporter_samples import make_report

from claimlint.reporters.base import Report


@pytest.fixture
def sample_report() -> Report:
    return make_report()
