"""Where the Metapsy file comes from: a path you give, the environment variable, the cache, or a download.

The project never commits a copy (the database has its own licence and versions). A download is pinned to
one release by commit and checked by its sha256; it is written to a temporary file and moved into place
only when complete and correct, so an interrupted download never leaves half a file behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from pathlib import Path

import platformdirs

ENV_VAR = "THERAPYBOOK_METAPSY"
RELEASE = "24.0.2"
COMMIT = "ceeabb718db4a8ed6d5c5e265262d6ed7a392b72"
URL = f"https://raw.githubusercontent.com/metapsy-project/data-depression-psyctr/{COMMIT}/data.csv"
SHA256 = "4695dcf3fb9e8852411ac53aedf592d697743b9bc081569abbe59eefd587d98d"
TIMEOUT_SECONDS = 20
HOW_TO_GET_IT = (
    f"Download data.csv of release {RELEASE} from github.com/metapsy-project/data-depression-psyctr "
    f"(commit {COMMIT[:10]}), then set the environment variable {ENV_VAR} to its path "
    f"(for example: export {ENV_VAR}=$HOME/data.csv), or run once with an internet connection "
    "so the book can fetch it into its cache."
)


class TrialDataUnavailable(RuntimeError):
    """The trial database cannot be found or fetched; the message says how to get it."""


def cache_path() -> Path:
    return Path(platformdirs.user_cache_dir("therapybook")) / f"metapsy-depression-psyctr-{RELEASE}.csv"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def at_hand() -> bool:
    """The database can be read without a download: $THERAPYBOOK_METAPSY names a file, or the cache is good."""
    given = os.environ.get(ENV_VAR)
    cached = cache_path()
    return bool(given and Path(given).is_file()) or (cached.is_file() and sha256_of(cached) == SHA256)


def locate(path: Path | str | None = None, url: str = URL, cache: Path | None = None) -> Path:
    """The file to read: ``path`` if given, else $THERAPYBOOK_METAPSY, else the checked cache, else a download."""
    if path is None and os.environ.get(ENV_VAR):
        path = os.environ[ENV_VAR]
        if not Path(path).is_file():
            raise TrialDataUnavailable(f"{ENV_VAR} points at {path}, which is not a file. {HOW_TO_GET_IT}")
    if path is not None:
        if not Path(path).is_file():
            raise TrialDataUnavailable(f"{path}: no such file. {HOW_TO_GET_IT}")
        return Path(path)
    target = cache or cache_path()
    if target.is_file() and sha256_of(target) == SHA256:
        return target
    return download(url, target)


def download(url: str, target: Path, sha256: str | None = None) -> Path:
    """Fetch ``url`` into ``target`` only if complete and its checksum is ``sha256`` (default: the pinned one);
    never leave a partial file."""
    sha256 = sha256 or SHA256
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".download-", suffix=".part")
    try:
        digest, received = hashlib.sha256(), 0
        with os.fdopen(handle, "wb") as out, urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            expected = response.headers.get("Content-Length")
            for block in iter(lambda: response.read(1 << 16), b""):
                digest.update(block)
                out.write(block)
                received += len(block)
        if expected is not None and received != int(expected):
            raise OSError(f"the connection closed after {received} of {expected} bytes")
        if digest.hexdigest() != sha256:
            raise TrialDataUnavailable(
                f"the file downloaded from {url} has sha256 {digest.hexdigest()[:16]}…, not the pinned "
                f"{sha256[:16]}… of release {RELEASE}; it was not kept. {HOW_TO_GET_IT}"
            )
        os.replace(temporary, target)
    except TrialDataUnavailable:
        raise
    except (OSError, ValueError) as error:  # URLError and timeouts are OSErrors
        raise TrialDataUnavailable(f"could not download the trial database ({error}). {HOW_TO_GET_IT}") from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return target
