"""JSON Lines output: written through ``jsonlines`` to a temporary file renamed into place.

A killed or failed run therefore never leaves a truncated line behind, and a previous output
file stays intact until the new one is complete.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import jsonlines

dumps = functools.partial(json.dumps, ensure_ascii=False)


@contextmanager
def atomic_text(path: str | Path) -> Iterator[IO[str]]:
    """Yield a UTF-8 text stream (LF line ends) whose file replaces ``path`` only when the block succeeds.

    Missing folders of ``path`` are created. On any error the temporary file is removed and the
    previous ``path`` is left as it was; ``OSError`` propagates.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        publish(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


@contextmanager
def atomic_jsonl(path: str | Path) -> Iterator[jsonlines.Writer]:
    """Yield a jsonlines writer whose file replaces ``path`` only when the block succeeds."""
    with atomic_text(path) as stream, jsonlines.Writer(stream, dumps=dumps, flush=False) as writer:
        yield writer


def publish(tmp: str | Path, path: str | Path) -> None:
    """Make a finished temporary file the output: ordinary permissions (mkstemp creates 0600), atomic rename."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


def write_records(path: str | Path, records: list[dict[str, Any]]) -> None:
    """Write ``records`` to ``path`` as JSON Lines, atomically (the file is replaced only when all is written)."""
    with atomic_jsonl(path) as writer:
        writer.write_all(records)
