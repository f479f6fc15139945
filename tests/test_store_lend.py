"""An ingest keeps the store open between batches (Store.lend) and lets go of it when another
process waits for it, or after max_hold_s; a writer never checkpoints on shutdown."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.store import Store, wait_signal
from tests.conftest import make_doc

ROOT = Path(__file__).resolve().parent.parent
READ = "import sys; from newsgraph.store import Store; st = Store(sys.argv[1], read_only=True, wait_s=20); " \
       "print(st.counts()['articles']); st.close()"


def _read_in_another_process(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_a_reader_gets_in_while_the_writer_lends(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as st, st.lend():
        assert st.write_batch([make_doc("Rain fell in Paris on Monday, the weather service said.")], "r") == 1
        assert st.is_open  # held between writes
        done = _read_in_another_process(path)  # waits for the lock, asks, gets in
        assert done.returncode == 0 and done.stdout.strip() == "1", done.stderr
        assert not st.is_open and not wait_signal(str(path)).exists()
        assert st.write_batch([make_doc("Snow fell in Oslo on Tuesday, the weather service said.")], "r") == 1
    assert _read_in_another_process(path).stdout.strip() == "2"


def test_the_writer_lets_go_after_max_hold(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as st, st.lend(max_hold_s=0.2, poll_s=0.02):
        st.write_batch([make_doc("Rain fell in Paris on Monday, the weather service said.")], "r")
        deadline = time.monotonic() + 10
        while st.is_open and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not st.is_open


def test_its_own_wait_is_no_request(tmp_path: Path) -> None:
    """A signal written by this process (its own wait for the lock) does not make it let go."""
    path = tmp_path / "s.duckdb"
    with Store(path) as st, st.lend(poll_s=0.02):
        st.counts()
        wait_signal(str(path)).write_text(str(os.getpid()))
        time.sleep(0.2)
        assert st.is_open
    wait_signal(str(path)).unlink(missing_ok=True)


def test_release_checkpoints_and_close_does_not(tmp_path: Path) -> None:
    """What a writer wrote is in the file, not only in the WAL, once it let go of it."""
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        st.write_batch([make_doc("Rain fell in Paris on Monday, the weather service said.")], "r")
        st.release()
    wal = path.with_name(path.name + ".wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("hold", [True, False])
def test_ingest_holds_the_file_unless_told_not_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold: bool) -> None:
    """An ingest lets go of the file only when asked; the web upload's (hold=False) after each step."""
    from newsgraph.config import Settings
    from newsgraph.pipeline import Pipeline
    from newsgraph.store.ingest import ingest_documents

    path = tmp_path / "s.duckdb"
    settings = Settings(store=str(path), batch_size=2)
    with Store(path) as st:
        released: list[bool] = []
        real = st.release

        def counted() -> None:
            released.append(True)
            real()

        monkeypatch.setattr(st, "release", counted)
        docs = [make_doc(f"Rain fell in town number {i} on Monday, the weather service said.") for i in range(5)]
        summary = ingest_documents(docs, settings, st, pipeline=Pipeline([], settings), hold=hold)
        assert summary.stored == 5
        assert bool(released) is not hold
