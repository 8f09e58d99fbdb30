"""A Jupyter server extension with one job: register the student copies' save hook (save_hook.py).

Enabled by jupyter-config/jupyter_server_config.d/therapybook.json, which `make` copies into the
environment's etc/jupyter (Binder's postBuild does the same), so `make lab`, `make notebook` and a plain
`jupyter lab` from the environment all save student copies with reminders in place of live exercises.
"""

from __future__ import annotations

from typing import Any

from .save_hook import pre_save


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": __name__}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    serverapp.contents_manager.register_pre_save_hook(pre_save)
    serverapp.log.info("therapybook: student copies are saved with reminders in place of live exercises")
