"""The network page and picture (spacerec.network, ``spacerec network``), the page opened in headless Chromium.

The browser test runs Debian's ``chromium`` (``.ci/run`` installs it) with ``--dump-dom``: the page's own
script writes what plotly drew into data attributes of the graph's ``<div>``, which the dumped DOM shows.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("networkx", reason="the network extra is not installed")
pytest.importorskip("plotly", reason="the network extra is not installed")

from spacerec.canonical import merge  # noqa: E402
from spacerec.cli import app  # noqa: E402
from spacerec.network import build_graph, write_html, write_png  # noqa: E402
from spacerec.records import AgreementRecord  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def agreement(doc_id: str, parties: list[str], kind: str, date: str | None) -> dict[str, Any]:
    precision = {4: "year", 7: "month", 10: "day"}[len(date)] if date else None
    return AgreementRecord(doc_id, kind, parties, "Moon", date, precision).to_dict()


def records() -> list[dict[str, Any]]:
    return [
        agreement("news/a", ["CNSA", "ROSCOSMOS"], "mou", "2021-03-09"),
        agreement("news/b", ["CNSA", "ROSCOSMOS"], "mou", "2021-03"),  # the same MoU: one edge
        agreement("news/c", ["CNSA", "ROSCOSMOS"], "joint_statement", "2022-06-02"),
        agreement("news/d", ["CNES", "CNSA", "ROSCOSMOS"], "agreement", "2022-11-01"),  # three parties: three edges
        agreement("news/e", ["ESA", "NASA"], "cooperation", None),
    ]


def expected_counts(canonical: list[dict[str, Any]], year: str | None = None) -> tuple[int, int]:
    """Nodes and edges counted straight from the canonical records, without networkx."""
    agreements = [c for c in canonical if c["record_type"] == "canonical_agreement"
                  and (year is None or (c["date"] or "undated")[:4] == year or (year == "undated" and not c["date"]))]
    nodes = {p for c in agreements for p in c["parties"]}
    edges = sum(len(list(itertools.combinations(set(c["parties"]), 2))) for c in agreements)
    return len(nodes), edges


def test_graph_has_a_node_per_party_and_an_edge_per_pair_of_each_canonical_agreement() -> None:
    canonical = merge(records())
    graph = build_graph(canonical)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (5, 6) == expected_counts(canonical)
    edge = next(d["edge"] for a, b, d in graph.edges(data=True) if d["edge"].kind == "mou")
    assert edge.doc_ids == ("news/a", "news/b") and edge.year == "2021"
    assert build_graph(canonical, year="2022").number_of_edges() == 4
    assert build_graph(canonical, year="undated").number_of_nodes() == 2


def chromium() -> str:
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    pytest.skip("no headless Chromium installed (apt-get install chromium; .ci/run does)")


def rendered(page: Path, tmp_path: Path, fragment: str = "") -> dict[str, str]:
    """Open the page in headless Chromium and return the graph <div>'s attributes after plotly has drawn."""
    result = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", "--virtual-time-budget=20000", "--dump-dom",
         page.resolve().as_uri() + fragment],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    tag = re.search(r'<div id="spacerec-network"[^>]*>', result.stdout)
    assert tag, "the graph's <div> is not in the page"
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag.group(0)))


def test_the_page_loads_in_headless_chromium_with_the_expected_graph(tmp_path: Path) -> None:
    canonical = merge(records())
    page = tmp_path / "network.html"
    assert write_html(canonical, page) == (5, 6)
    attrs = rendered(page, tmp_path)
    assert attrs["data-year"] == "all"
    assert (int(attrs["data-rendered-nodes"]), int(attrs["data-rendered-edges"])) == expected_counts(canonical)
    assert int(attrs["data-rendered-points"]) == 5 + 6  # SVG markers: one per node, one per edge's hover dot
    filtered = rendered(page, tmp_path, "#year=2022")  # the year filter, chosen from the address
    assert filtered["data-year"] == "2022"
    assert int(filtered["data-rendered-edges"]) == expected_counts(canonical, "2022")[1] == 4
    assert int(filtered["data-rendered-points"]) == 5 + 4
    text = page.read_text("utf-8")
    assert "news/a" in text and "news/b" in text  # the edges' sources are listed


def test_the_projects_network_page_in_headless_chromium(tmp_path: Path) -> None:
    lines = (REPO / "outputs" / "canonical.jsonl").read_text("utf-8").splitlines()
    canonical = [json.loads(line) for line in lines]
    page = tmp_path / "network.html"
    write_html(canonical, page)
    attrs = rendered(page, tmp_path)
    nodes, edges = expected_counts(canonical)
    assert (int(attrs["data-nodes"]), int(attrs["data-edges"])) == (nodes, edges)
    assert (int(attrs["data-rendered-nodes"]), int(attrs["data-rendered-edges"])) == (nodes, edges)


def test_png_picture(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the network extra is not installed")
    picture = tmp_path / "network.png"
    assert write_png(merge(records()), picture) == (5, 6)
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_network_command_merges_a_records_file_and_writes_both(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    page, picture = tmp_path / "n.html", tmp_path / "n.png"
    result = CliRunner().invoke(app, ["network", str(source), "-o", str(page), "--png", str(picture)])
    assert result.exit_code == 0, result.output
    assert page.exists() and picture.exists()
    assert f"{page}: 5 parties, 6 edges" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record_type": "canonical_agreement"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["network", str(bad), "-o", str(page)])
    assert result.exit_code == 2 and f"{bad}:1:" in result.output
