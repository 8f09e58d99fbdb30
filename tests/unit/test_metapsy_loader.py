"""The Metapsy loader: its file format, the real shared copy, downloads (good, wrong, cut off) and offline."""

from __future__ import annotations

import hashlib
import http.server
import os
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from therapybook.trials import ENV_VAR, TrialDataUnavailable, locate, read_trials
from therapybook.trials.reading import TrialDataError
from therapybook.trials.source import SHA256, download, sha256_of

SMALL = (
    '"";"study";"condition_arm1";"condition_arm2";".g";".g_se";"rob";"year";"n_arm1"\n'
    '"1";"Ada, 2001";"cbt";"wl";0,5;0,2;4;2001;NA\n'
    '"2";"Ada, 2001";"pst";"wl";0,3;0,25;4;2001;12\n'
    '"3";"Bo, 2010";"ipt";"cau";-0,1;0,15;2;2010;NA\n'
)


def test_reads_semicolons_decimal_commas_and_na(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text(SMALL, encoding="utf-8")
    frame = read_trials(path)
    assert list(frame[".g"]) == [0.5, 0.3, -0.1]
    assert frame["n_arm1"].isna().sum() == 2
    assert frame["study"].nunique() == 2


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text(SMALL.replace('"rob";', '"risk";'), encoding="utf-8")
    with pytest.raises(TrialDataError, match="missing column\\(s\\) rob"):
        read_trials(path)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [("0,3;0,25", "inf;0,25", 3), ("0,3;0,25", "0,3;inf", 3), ("-0,1;0,15;2;2010", "-0,1;0,15;2;NA", 4)],
    ids=["infinite-g", "infinite-se", "no-year"],
)
def test_a_row_pooling_cannot_use_is_named_by_line(tmp_path, old, new, line):
    """An infinite effect or standard error would pool to NaN, and a missing year stop the chapter."""
    path = tmp_path / "data.csv"
    path.write_text(SMALL.replace(old, new), encoding="utf-8")
    with pytest.raises(TrialDataError, match=f"line\\(s\\) {line}: a finite '.g', a finite positive '.g_se'"):
        read_trials(path)


def test_the_shared_copy_has_the_pinned_rows_studies_and_checksum():
    if not os.environ.get(ENV_VAR):
        pytest.skip(f"{ENV_VAR} is not set (CI sets it to ../shared/data/metapsy-depression-psyctr/data.csv)")
    path = locate()
    assert sha256_of(path) == SHA256
    frame = read_trials(path)
    assert len(frame) == 900 and frame["study"].nunique() == 480


@contextmanager
def serving(body: bytes, cut_at: int | None = None):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body if cut_at is None else body[:cut_at])
            self.wfile.flush()
            self.connection.close()  # a cut-off download: fewer bytes than promised

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/data.csv"
    finally:
        server.shutdown()
        server.server_close()


def only_the_target(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_good_download_is_checked_and_kept(tmp_path):
    body = SMALL.encode()
    with serving(body) as url:
        path = download(url, tmp_path / "data.csv", sha256=hashlib.sha256(body).hexdigest())
    assert path.read_bytes() == body
    assert only_the_target(tmp_path) == ["data.csv"]


def test_a_wrong_checksum_keeps_nothing(tmp_path):
    with serving(SMALL.encode()) as url, pytest.raises(TrialDataUnavailable, match="not the pinned"):
        download(url, tmp_path / "data.csv")
    assert only_the_target(tmp_path) == []


def test_an_interrupted_download_leaves_no_half_file(tmp_path):
    body = SMALL.encode() * 50
    with serving(body, cut_at=100) as url, pytest.raises(TrialDataUnavailable, match="could not download"):
        download(url, tmp_path / "data.csv", sha256=hashlib.sha256(body).hexdigest())
    assert only_the_target(tmp_path) == []


def test_locate_uses_the_cache_after_a_download(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    body = SMALL.encode()
    monkeypatch.setattr("therapybook.trials.source.SHA256", hashlib.sha256(body).hexdigest())
    cache = tmp_path / "cache" / "data.csv"
    with serving(body) as url:
        assert locate(url=url, cache=cache) == cache
    assert locate(url="http://127.0.0.1:9/unreachable", cache=cache) == cache


def test_offline_with_no_copy_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(TrialDataUnavailable) as error:
        locate(url="http://127.0.0.1:9/data.csv", cache=tmp_path / "data.csv")
    assert ENV_VAR in str(error.value) and "24.0.2" in str(error.value)
    assert only_the_target(tmp_path) == []


def test_the_variable_pointing_at_nothing_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing.csv"))
    with pytest.raises(TrialDataUnavailable, match=f"{ENV_VAR} points at"):
        locate()
