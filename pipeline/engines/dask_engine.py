"""The Dask engine: the same batch on a Dask cluster, with inputs and output as local paths or fsspec URLs.

Each worker loads the models once (a worker plugin keeps the Extractor on the worker); a task is a
batch of documents (their model sentences read together, see :func:`spacerec.run.batches`) and sends
back serialised record lines, and the client writes them in ``doc_id`` order, so the file is
byte-identical to a local run. Without a scheduler address a ``LocalCluster`` is started.
"""

from __future__ import annotations

import fnmatch
import posixpath
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from ..extraction import Extracted, extract_document, extract_documents
from ..ingest import DEFAULT_EXCLUDE, DEFAULT_MAX_CHARS, INPUT_SUFFIXES
from ..run import Outcome, RunSummary, assign_doc_ids, batches, check_paths, errors_path_for, lock_output
from ..run import list_inputs as list_local_inputs

PLUGIN_NAME = "spacerec-extractor"


class ExtractorPlugin(WorkerPlugin):
    """Worker plugin: one Extractor per Dask worker, built when the worker starts."""

    name = PLUGIN_NAME

    def __init__(self, config: dict[str, Any]):
        self.config = config

    def setup(self, worker: Any) -> None:
        """Build the worker's Extractor (models load once per worker, warnings silenced)."""
        import warnings

        from ..extractor import Extractor

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            worker.spacerec_extractor = Extractor(**self.config)

    def teardown(self, worker: Any) -> None:
        """Drop the worker's Extractor."""
        worker.__dict__.pop("spacerec_extractor", None)


def list_inputs(root: str, exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
                outputs: Iterable[Path] = ()) -> tuple[list[tuple[str, str]], list[Outcome]]:
    """``(doc_id, url)`` of every article under a local folder or an fsspec URL, and the files not read.

    Sorted by doc_id. A local folder is listed as a local run lists it (special files, links
    out of the folder, undecodable names, the run's own ``outputs``); on any file system a later file whose
    ``doc_id`` is taken (``a.txt`` and ``a.md``) fails.
    """
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, base = fsspec.core.url_to_fs(root)
    if isinstance(fs, LocalFileSystem):
        inputs, skipped = list_local_inputs(Path(base), exclude, outputs=outputs)
        return [(doc_id, str(path)) for doc_id, path in inputs], skipped
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    found = []
    paths = fs.find(base) if fs.isdir(base) else [base]
    base_dir = base if fs.isdir(base) else posixpath.dirname(base)
    for path in paths:
        name = posixpath.basename(path)
        relative = posixpath.relpath(path, base_dir)
        if any(part.startswith(".") for part in relative.split("/")) or not name.lower().endswith(INPUT_SUFFIXES):
            continue
        if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
            continue
        url = path if protocol in ("file", "local") else f"{protocol}://{path}"
        found.append((posixpath.splitext(relative)[0], url))
    return assign_doc_ids(found)


def extract_url(doc_id: str, url: str, max_chars: int) -> Extracted:
    """A Dask task: one document through the shared extraction path with the worker's Extractor.

    See :func:`spacerec.extraction.extract_document`; ``url`` is a local path or an fsspec URL.
    """
    from distributed import get_worker

    return extract_document(get_worker().spacerec_extractor, doc_id, url, max_chars)


def extract_urls(batch: list[tuple[str, str]], max_chars: int) -> list[Extracted]:
    """A Dask task: a batch of ``(doc_id, url)`` through the shared extraction path, the model batched over them.

    See :func:`spacerec.extraction.extract_documents`; one document's failure is its own ``Extracted.error``.
    """
    from distributed import get_worker

    return extract_documents(get_worker().spacerec_extractor, batch, max_chars)


def run_dask(
    root: str,
    output: str,
    *,
    config: dict[str, Any] | None = None,
    scheduler: str | None = None,
    n_workers: int = 2,
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
    max_chars: int = DEFAULT_MAX_CHARS,
    progress: Callable[[Iterable], Iterable] | None = None,
    window: int = 64,
    batch_documents: int = 8,
) -> RunSummary:
    """Extract every article under ``root`` on a Dask cluster into ``output`` (JSON Lines).

    ``window`` batches of at most ``batch_documents`` documents are in flight at a time (the first ones smaller,
    see :func:`spacerec.run.batches`).

    A local output is checked against the inputs and locked as in a local run (``PathConflictError``,
    ``OutputLockedError``).
    """
    from fsspec.core import url_to_fs
    from fsspec.implementations.local import LocalFileSystem

    summary = RunSummary()
    started = time.perf_counter()
    local_output = isinstance(url_to_fs(str(output))[0], LocalFileSystem) and "://" not in str(output)
    if local_output and "://" not in str(root):
        check_paths(Path(root), Path(output), exclude=exclude)
    outputs = [Path(output), errors_path_for(output), Path(f"{output}.partial")] if local_output else []
    inputs, skipped = list_inputs(str(root), exclude, outputs=outputs)
    summary.outcomes.extend(skipped)
    lock = None
    if local_output:  # one writer per output, as in a local run
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        lock = lock_output(Path(output))
    try:
        _run_on_cluster(inputs, str(output), summary, config, scheduler, n_workers, max_chars, progress, window,
                        batch_documents)
    finally:
        if lock is not None:
            lock.release()
    summary.outcomes.sort(key=lambda o: (o.doc_id, o.path))
    summary.seconds = time.perf_counter() - started
    return summary


def _run_on_cluster(inputs: list[tuple[str, str]], output: str, summary: RunSummary, config: dict[str, Any] | None,
                    scheduler: str | None, n_workers: int, max_chars: int,
                    progress: Callable[[Iterable], Iterable] | None, window: int, batch_documents: int) -> None:
    import fsspec
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.register_plugin(ExtractorPlugin(config or {}), name=PLUGIN_NAME)
        from fsspec.implementations.local import LocalFileSystem

        fs, out_path = fsspec.core.url_to_fs(str(output))
        tmp_path = out_path + ".partial"
        if isinstance(fs, LocalFileSystem):
            Path(out_path).parent.mkdir(parents=True, exist_ok=True)
        with fs.open(tmp_path, "w", encoding="utf-8", newline="\n") as out:
            pending: list = []
            todo = batches(inputs, batch_documents)
            ready: list[Extracted] = []
            ticks = iter(progress(range(len(inputs))) if progress else range(len(inputs)))
            for _ in ticks:
                # keep a bounded window of batches in flight; write results in input order
                while len(pending) < window and (batch := next(todo, None)) is not None:
                    pending.append(client.submit(extract_urls, batch, max_chars, pure=False))
                if not ready:
                    ready = pending.pop(0).result()
                item = ready.pop(0)
                if summary.add(item):
                    out.writelines(item.lines)
        fs.mv(tmp_path, out_path)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
