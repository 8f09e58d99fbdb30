"""Start a real Jupyter server (JupyterLab 4 and Notebook 7) on 127.0.0.1 for the browser tests."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# The notebook settings students get (make lab and Binder install jupyter-config/lab/overrides.json: every cell
# rendered, where JupyterLab 4 would only render cells near the screen), and never ask about news.
STUDENT_LAB_SETTINGS = json.loads(
    (Path(__file__).resolve().parents[2] / "jupyter-config" / "lab" / "overrides.json").read_text(encoding="utf-8")
)
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": json.dumps(
        STUDENT_LAB_SETTINGS["@jupyterlab/notebook-extension:tracker"]
    ),
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": '{"fetchNews": "false"}',
}


def write_settings(folder: Path) -> Path:
    for name, text in SETTINGS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@contextlib.contextmanager
def jupyter_server(root: Path, log_path: Path, user_data: Path | None = None):
    """Serve ``root``; no token (loopback only, test only), no update checks or announcements (no other host)."""
    port = free_port()
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(write_settings(log_path.parent / "lab-settings"))}
    if user_data is not None:  # the kernels' private folder (progress, plans), for tests that read it
        env["THERAPYBOOK_USER_DATA"] = str(user_data)
    jupyter = Path(sys.executable).parent / "jupyter"
    command = [
        str(jupyter),
        "lab",
        "--no-browser",
        "--allow-root",
        f"--port={port}",
        "--ip=127.0.0.1",
        f"--ServerApp.root_dir={root}",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        # A workspace of its own: tabs left open by an earlier run must not be restored.
        f"--LabApp.workspaces_dir={log_path.parent / 'workspaces'}",
    ]
    with log_path.open("w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            url = f"http://127.0.0.1:{port}/"
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(url + "api/status", timeout=2)
                    break
                except OSError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError(f"Jupyter did not start; see {log_path}") from None
                    time.sleep(0.5)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
