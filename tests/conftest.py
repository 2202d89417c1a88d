"""Shared fixtures: a small stable ruleset, a CLI runner, and the repository paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"



@pytest.fixture
def cli():
    """Run the CLI in-process: cli(args, input=None) -> click Result."""
    runner = CliRunner()

    def run(args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
