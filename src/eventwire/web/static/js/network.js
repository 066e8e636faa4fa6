// Actor network: configuration of Cytoscape.js (vendored in /static/vendor).
(function () {
  "use strict";
  const box = document.getElementById("network-graph");
  const source = document.getElementById("page-data");
  if (!box || !source || typeof cytoscape === "undefined") return;
  const data = JSON.parse(source.textContent);
  const maxNode = Math.max(1, ...data.nodes.map(function (n) { return n.events; }));
  const maxEdge = Math.max(1, ...data.edges.map(function (e) { return e.events; }));
  const elements = data.nodes.map(function (n) {
    return { data: { id: n.id, label: n.id, name: n.name, events: n.events, size: 20 + 40 * n.events / maxNode } };
  }).concat(data.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: e.source, target: e.target, events: e.events,
                     goldstein: e.mean_goldstein, width: 1 + 7 * e.events / maxEdge } };
  }));
  const cy = cytoscape({
    container: box,
    elements: elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
        "background-color": "#1f4e79", color: "#1d2430", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": "mapData(goldstein, -10, 10, #c62828, #1a7f37)",
        "target-arrow-color": "mapData(goldstein, -10, 10, #c62828, #1a7f37)", opacity: 0.8 } }
    ]
  });
  cy.on("tap", "node", function (evt) { window.location.href = "/actors/" + encodeURIComponent(evt.target.id()); });
  box.dataset.ready = String(cy.nodes().length);
})();
