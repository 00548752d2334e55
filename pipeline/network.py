"""Who signs with whom: canonical agreements as a graph, drawn as an HTML page (plotly) or a PNG (matplotlib).

Agencies (and ``country:XX`` parties) are the nodes; each canonical agreement gives one edge per pair
of its parties (a three-party MoU is a triangle), coloured by kind. The page has a year filter
(buttons, or ``#year=2022`` in the address) and every edge lists its sources, on hover and in the
table under the graph. The graph is built with networkx; the optional ``network`` extra
(``pip install 'spacerec[network]'``) brings networkx, plotly and matplotlib.

The page states its own size for machines: the graph's ``<div>`` carries ``data-nodes`` and
``data-edges`` (what was drawn), and once plotly has rendered, ``data-rendered-nodes``,
``data-rendered-edges`` (read back from plotly's figure, edges counted for the year shown) and
``data-year``.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .output import atomic_text

KIND_COLOURS: dict[str, str] = {
    "mou": "#1f77b4",
    "agreement": "#2ca02c",
    "accords": "#d62728",
    "joint_statement": "#9467bd",
    "letter_of_intent": "#ff7f0e",
    "cooperation": "#7f7f7f",
}
UNDATED = "undated"
DIV_ID = "spacerec-network"


class NetworkDependencyError(ImportError):
    """networkx / plotly / matplotlib are missing: they come with the optional ``network`` extra."""


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        from .extras import install_command

        raise NetworkDependencyError(f"{module} is needed to draw the network: {install_command('network')}") from err


@dataclass(frozen=True)
class Edge:
    """One pair of parties of one canonical agreement."""

    a: str
    b: str
    canonical_id: str
    kind: str
    subject: str | None
    date: str | None
    status: str
    doc_ids: tuple[str, ...]

    @property
    def year(self) -> str:
        """The agreement's year (``YYYY``), or the undated label."""
        return self.date[:4] if self.date else UNDATED


def year_of(record: dict[str, Any]) -> str:
    """The year label of a canonical agreement: ``"2022"``, or ``"undated"``."""
    return record["date"][:4] if record.get("date") else UNDATED


def build_graph(canonical: Iterable[dict[str, Any]], *, year: str | None = None) -> Any:
    """A ``networkx.MultiGraph``: parties as nodes, one edge (attribute ``edge``: ``Edge``) per party pair.

    Records that are not canonical agreements are ignored; ``year`` (``"2022"`` or ``"undated"``)
    keeps only that year's agreements. Nodes carry ``agreements`` (how many canonical agreements
    the party is in).
    """
    nx = _require("networkx")
    graph = nx.MultiGraph()
    for record in canonical:
        if record.get("record_type") != "canonical_agreement":
            continue
        if year is not None and year_of(record) != year:
            continue
        parties = sorted(set(record["parties"]))
        for party in parties:
            if party not in graph:
                graph.add_node(party, agreements=0)
            graph.nodes[party]["agreements"] += 1
        for a, b in itertools.combinations(parties, 2):
            edge = Edge(a, b, record["id"], record["kind"], record.get("subject"), record.get("date"),
                        record["status"], tuple(record["doc_ids"]))
            graph.add_edge(a, b, key=record["id"], edge=edge)
    return graph


def _edges(graph: Any) -> list[Edge]:
    return sorted((data["edge"] for _, _, data in graph.edges(data=True)),
                  key=lambda e: (e.a, e.b, e.date or "~", e.kind, e.canonical_id))


def layout(graph: Any) -> dict[str, tuple[float, float]]:
    """Node positions: spring layout of the simple graph, seeded, so the same input draws the same picture."""
    nx = _require("networkx")
    simple = nx.Graph(graph)
    if len(simple) == 0:
        return {}
    positions = nx.spring_layout(simple, seed=7, k=4.5 / max(len(simple), 1) ** 0.5, iterations=300)
    return {node: (float(x), float(y)) for node, (x, y) in sorted(positions.items())}


def _curve(p: tuple[float, float], q: tuple[float, float], bend: float, steps: int = 16) -> list[tuple[float, float]]:
    """Points of a quadratic curve from p to q bent sideways by ``bend`` (parallel edges stay apart)."""
    (x0, y0), (x1, y1) = p, q
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    cx, cy = mx - dy / length * bend, my + dx / length * bend
    out = []
    for i in range(steps + 1):
        t = i / steps
        out.append(((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1,
                    (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1))
    return out


def _edge_geometry(edges: list[Edge], pos: dict[str, tuple[float, float]]) -> dict[Edge, list[tuple[float, float]]]:
    """A curve per edge; the edges between one pair fan out around the straight line."""
    out: dict[Edge, list[tuple[float, float]]] = {}
    for _, same in itertools.groupby(edges, key=lambda e: (e.a, e.b)):
        same = list(same)
        for i, edge in enumerate(same):
            bend = (i - (len(same) - 1) / 2) * 0.08
            out[edge] = _curve(pos[edge.a], pos[edge.b], bend)
    return out


def _hover(edge: Edge) -> str:
    what = " · ".join(x for x in (edge.kind.replace("_", " "), edge.subject, edge.date or "undated", edge.status) if x)
    sources = "<br>".join(f"• {html.escape(d)}" for d in edge.doc_ids)
    return (f"<b>{html.escape(edge.a)} – {html.escape(edge.b)}</b><br>{html.escape(what)}<br>"
            f"{len(edge.doc_ids)} source(s):<br>{sources}")


def figure(graph: Any, pos: dict[str, tuple[float, float]] | None = None) -> tuple[Any, list[str]]:
    """The plotly figure and the year of each trace (``"*"`` for traces shown at every year).

    Traces: one per (kind, year) for the edge lines, one per (kind, year) for the edge midpoints
    (the hover targets), one legend entry per kind, then the nodes. ``pos`` defaults to ``layout(graph)``.
    """
    go = _require("plotly.graph_objects")
    pos = layout(graph) if pos is None else {n: pos[n] for n in graph}
    edges = _edges(graph)
    geometry = _edge_geometry(edges, pos)
    traces, years = [], []
    groups: dict[tuple[str, str], list[Edge]] = {}
    for edge in edges:
        groups.setdefault((edge.kind, edge.year), []).append(edge)
    for (kind, year), group in sorted(groups.items()):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for edge in group:
            for x, y in geometry[edge]:
                xs.append(x)
                ys.append(y)
            xs.append(None)
            ys.append(None)
        colour = KIND_COLOURS.get(kind, "#444444")
        traces.append(go.Scatter(x=xs, y=ys, mode="lines", line={"width": 2, "color": colour}, hoverinfo="skip",
                                 showlegend=False, legendgroup=kind, name=kind, meta={"role": "edge-lines"}))
        years.append(year)
        mids = [geometry[e][len(geometry[e]) // 2] for e in group]
        traces.append(go.Scatter(
            x=[m[0] for m in mids], y=[m[1] for m in mids], mode="markers",
            marker={"size": 9, "color": colour, "line": {"width": 1, "color": "white"}},
            hovertext=[_hover(e) for e in group], hoverinfo="text", showlegend=False, legendgroup=kind, name=kind,
            customdata=[e.canonical_id for e in group], meta={"role": "edges", "year": year},
        ))
        years.append(year)
    for kind in sorted({e.kind for e in edges}):
        traces.append(go.Scatter(x=[None], y=[None], mode="lines", line={"width": 3, "color": KIND_COLOURS.get(kind)},
                                 name=kind.replace("_", " "), legendgroup=kind, meta={"role": "legend"}))
        years.append("*")
    nodes = list(pos)
    degree = {n: graph.nodes[n]["agreements"] for n in nodes}
    traces.append(go.Scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text",
        text=nodes, textposition="top center", textfont={"size": 13},
        marker={"size": [10 + 2 * min(degree[n], 10) for n in nodes], "color": "#fdd835",
                "line": {"width": 1.5, "color": "#333"}},
        hovertext=[f"<b>{html.escape(n)}</b><br>{degree[n]} canonical agreement(s)" for n in nodes],
        hoverinfo="text", showlegend=False, name="agencies", meta={"role": "nodes"},
    ))
    years.append("*")
    all_years = sorted({y for y in years if y != "*"}, key=lambda y: (y == UNDATED, y))
    buttons = [{"label": "all years", "method": "update", "args": [{"visible": [True] * len(traces)}]}]
    for year in all_years:
        buttons.append({"label": year, "method": "update",
                        "args": [{"visible": [y in ("*", year) for y in years]}]})
    fig = go.Figure(traces)
    fig.update_layout(
        template="plotly_white", height=min(1100, 700 + 4 * len(nodes)), hovermode="closest",
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        xaxis={"visible": False}, yaxis={"visible": False},
        legend={"title": {"text": "kind"}, "orientation": "v"},
        annotations=[{"text": "year:", "x": 0, "y": 1.065, "xref": "paper", "yref": "paper", "showarrow": False,
                      "xanchor": "left", "font": {"size": 13}}],
        updatemenus=[{"type": "buttons", "direction": "right", "x": 0.04, "y": 1.085, "xanchor": "left",
                      "yanchor": "top", "buttons": buttons, "showactive": True, "pad": {"r": 4, "t": 4}}],
    )
    return fig, years


# Runs after plotly has drawn: honours #year=YYYY and writes what is on screen into data attributes.
_POST_SCRIPT = """
(function () {
  var gd = document.getElementById('{plot_id}');
  function count() {
    var edges = 0, nodes = 0;
    gd.data.forEach(function (t) {
      if (t.visible === false) { return; }
      var role = t.meta && t.meta.role;
      if (role === 'edges') { edges += t.x.length; }
      if (role === 'nodes') { nodes += t.x.length; }
    });
    gd.setAttribute('data-rendered-nodes', nodes);
    gd.setAttribute('data-rendered-edges', edges);
    gd.setAttribute('data-rendered-points', gd.querySelectorAll('.scatterlayer .point').length);
  }
  gd.on('plotly_afterplot', count);
  var wanted = (window.location.hash.match(/year=([0-9A-Za-z]+)/) || [])[1];
  var menu = gd.layout.updatemenus[0];
  var index = menu.buttons.findIndex(function (b) { return b.label === wanted; });
  if (wanted && index >= 0) {
    gd.setAttribute('data-year', wanted);
    var update = JSON.parse(JSON.stringify(menu.buttons[index].args[0]));
    Plotly.update(gd, update, {'updatemenus[0].active': index}).then(count);
  } else {
    gd.setAttribute('data-year', 'all');
    count();
  }
})();
"""


def _table(edges: list[Edge]) -> str:
    rows = []
    for e in edges:
        sources = "<br>".join(html.escape(d) for d in e.doc_ids)
        rows.append(
            f'<tr data-year="{html.escape(e.year)}" data-kind="{html.escape(e.kind)}">'
            f"<td>{html.escape(e.a)} – {html.escape(e.b)}</td><td>{html.escape(e.kind)}</td>"
            f"<td>{html.escape(e.subject or '')}</td><td>{html.escape(e.date or '')}</td>"
            f"<td>{html.escape(e.status)}</td><td>{sources}</td></tr>"
        )
    return ("<table><thead><tr><th>parties</th><th>kind</th><th>subject</th><th>date</th><th>status</th>"
            "<th>sources (doc_id)</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def write_html(canonical: Iterable[dict[str, Any]], path: str | Path, *, year: str | None = None,
               title: str = "Who signs with whom: canonical agreements between space agencies") -> tuple[int, int]:
    """Write the interactive page (plotly.js inlined: it opens offline); returns (nodes, edges) drawn."""
    canonical = list(canonical)
    graph = build_graph(canonical, year=year)
    fig, _ = figure(graph, layout(build_graph(canonical)))  # one year is drawn where the whole picture has it
    edges = _edges(graph)
    plot = fig.to_html(full_html=False, include_plotlyjs=True, div_id=DIV_ID, post_script=_POST_SCRIPT,
                       config={"displaylogo": False, "responsive": True})
    counts = (f'<div id="{DIV_ID}-counts" data-nodes="{graph.number_of_nodes()}" '
              f'data-edges="{graph.number_of_edges()}" hidden></div>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1.5em;color:#222}}
table{{border-collapse:collapse;font-size:13px;margin-top:1em}}td,th{{border:1px solid #ccc;padding:3px 6px;
vertical-align:top;text-align:left}}p.note{{color:#555;font-size:14px}}</style></head>
<body>
<h1 style="font-size:20px">{html.escape(title)}</h1>
<p class="note">{graph.number_of_nodes()} parties, {graph.number_of_edges()} edges (one per pair of parties of each
canonical agreement, coloured by kind). Pick a year above the graph (or open this page with <code>#year=2022</code>);
hover an edge's dot for its sources. Made by <code>spacerec network</code>.</p>
{counts}
{plot}
<h2 style="font-size:16px">Edges and their sources</h2>
{_table(edges)}
<script type="application/json" id="{DIV_ID}-data">{json.dumps(
        {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()})}</script>
</body></html>
"""
    with atomic_text(path) as stream:  # a page cut by a full disk would not replace the previous one
        stream.write(page.replace(f'<div id="{DIV_ID}"', f'<div id="{DIV_ID}" data-nodes="'
                                  f'{graph.number_of_nodes()}" data-edges="{graph.number_of_edges()}"', 1))
    return graph.number_of_nodes(), graph.number_of_edges()


def write_png(canonical: Iterable[dict[str, Any]], path: str | Path, *, year: str | None = None,
              title: str = "Who signs with whom") -> tuple[int, int]:
    """A static picture with matplotlib (same layout and colours as the page); returns (nodes, edges)."""
    matplotlib = _require("matplotlib")
    matplotlib.use("Agg")
    plt = _require("matplotlib.pyplot")
    Line2D = _require("matplotlib.lines").Line2D
    canonical = list(canonical)
    graph = build_graph(canonical, year=year)
    pos = {n: p for n, p in layout(build_graph(canonical)).items() if n in graph}  # as in the whole picture
    edges = _edges(graph)
    geometry = _edge_geometry(edges, pos)
    fig, ax = plt.subplots(figsize=(12, 9), dpi=110)
    for edge in edges:
        pts = geometry[edge]
        ax.plot([p[0] for p in pts], [p[1] for p in pts], color=KIND_COLOURS.get(edge.kind, "#444"), lw=1.8,
                alpha=0.85, zorder=1)
    for node, (x, y) in pos.items():
        size = 120 + 40 * min(graph.nodes[node]["agreements"], 12)
        ax.scatter([x], [y], s=size, color="#fdd835", edgecolors="#333", zorder=2)
        ax.annotate(node, (x, y), textcoords="offset points", xytext=(0, 9), ha="center", fontsize=9, zorder=3)
    kinds = sorted({e.kind for e in edges})
    ax.legend(handles=[Line2D([0], [0], color=KIND_COLOURS.get(k, "#444"), lw=3, label=k.replace("_", " "))
                       for k in kinds], title="kind", loc="best", fontsize=9)
    ax.set_title(f"{title}{f' ({year})' if year else ''}: {graph.number_of_nodes()} parties, "
                 f"{graph.number_of_edges()} edges")
    ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return graph.number_of_nodes(), graph.number_of_edges()
