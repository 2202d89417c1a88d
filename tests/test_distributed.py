"""claimlint inside a distributed engine: Dask maps the public API over partitions of documents on a
local cluster and gets exactly the findings of the single-process command line."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import claimlint
from claimlint.config import Config

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

COPY = [
    "The car drives itself on the highway. Keep your hands on the wheel.",
    "本车支持自动驾驶，全程无需接管。",
    "Adaptive Cruise Control keeps a set distance.",
    "L2.5级智驾，全场景可用，100%安全。",
    "This is not a self-driving system.",
]


def lint_partition(paths: list[str], config: Config) -> list[dict]:
    """What a worker runs: the public API on each document of its partition."""
    return [finding.to_dict() for path in paths for finding in claimlint.lint_file(path, config)]


@pytest.fixture
def archive(tmp_path):
    for index in range(40):
        (tmp_path / f"page-{index:03d}.txt").write_text(COPY[index % len(COPY)] + f"\nPage {index}.\n", encoding="utf-8")
    return tmp_path


def test_findings_and_config_are_picklable():
    config = Config(rulesets=("cn-miit-publicity",), automation_level=2)
    [finding, *_] = claimlint.lint_text("本车支持自动驾驶。", config=config)
    assert pickle.loads(pickle.dumps(finding)) == finding
    assert pickle.loads(pickle.dumps(config)) == config


def test_dask_local_cluster_gives_the_cli_findings(archive, cli):
    config = Config()
    paths = sorted(str(p) for p in archive.iterdir())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            bag = dask_bag.from_sequence(paths, npartitions=4)
            found = bag.map_partitions(lint_partition, config).compute()
    result = cli(["check", "--format", "json", "--fail-on", "never", *paths])
    expected = json.loads(result.stdout)["findings"]
    key = lambda f: (f["path"], f["line"], f["column"], f["rule_id"])  # noqa: E731
    assert sorted(found, key=key) == sorted(expected, key=key)
    assert len(expected) > 20
