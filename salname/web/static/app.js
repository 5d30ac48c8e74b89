// Salnamə web app: the few things pages do in the browser. No inline scripts anywhere
// (the Content-Security-Policy forbids them), so everything starts from here.
(function () {
  "use strict";

  // Article page: switch between the corrected text and the raw text without a reload.
  var buttons = document.querySelectorAll(".view-btn[data-view]");
  buttons.forEach(function (btn) {
    btn.addEventListener("click", function (ev) {
      ev.preventDefault();
      var view = btn.getAttribute("data-view");
      var text = document.getElementById("text");
      var raw = document.getElementById("raw");
      if (!text || !raw) return;
      text.hidden = view === "raw";
      raw.hidden = view !== "raw";
      buttons.forEach(function (b) {
        if (b === btn) b.setAttribute("aria-pressed", "true"); else b.removeAttribute("aria-pressed");
      });
      var url = new URL(window.location.href);
      url.searchParams.set("view", view);
      window.history.replaceState(null, "", url.toString());
    });
  });

  // Bar charts of documents per month: data in <script type="application/json" id="NAME-data">.
  function barChart(name, label) {
    var canvas = document.getElementById(name);
    var holder = document.getElementById(name + "-data");
    if (!canvas || !holder || typeof window.Chart === "undefined") return;
    var data = JSON.parse(holder.textContent);
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [{ label: label, data: data.counts, backgroundColor: "#2f6f8f" }]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
    canvas.setAttribute("data-drawn", "true");
  }
  barChart("timeline", "documents");
  barChart("months", "documents");

  // Events page: events per month, stacked by type.
  var TYPE_COLOURS = { MEET: "#2f6f8f", VISIT: "#c0772b", ATTEND: "#6a8f3a", SIGN: "#8a4f9e", CALL: "#b8455a" };
  (function () {
    var canvas = document.getElementById("event-months");
    var holder = document.getElementById("event-months-data");
    if (!canvas || !holder || typeof window.Chart === "undefined") return;
    var data = JSON.parse(holder.textContent);
    var datasets = Object.keys(data.series).map(function (type) {
      return { label: type, data: data.series[type], backgroundColor: TYPE_COLOURS[type] || "#7a8590" };
    });
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { position: "bottom" } },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
    canvas.setAttribute("data-drawn", "true");
  })();

  // Network page: who met whom. Names are data: cytoscape draws them as text on a canvas.
  (function () {
    var box = document.getElementById("network");
    var holder = document.getElementById("network-data");
    if (!box || !holder || typeof window.cytoscape === "undefined") return;
    var data = JSON.parse(holder.textContent);
    var most = 1, heaviest = 1;
    data.nodes.forEach(function (n) { most = Math.max(most, n.events); });
    data.edges.forEach(function (e) { heaviest = Math.max(heaviest, e.events); });
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, events: n.events, entity: n.entity_id, kind: n.entity_type || "" } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, events: e.events } };
    }));
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": "#2f6f8f", "color": "#1d232a",
          "width": "mapData(events, 1, " + most + ", 16, 56)", "height": "mapData(events, 1, " + most + ", 16, 56)" } },
        { selector: "node[kind = 'ORG']", style: { "background-color": "#1d5c8a", "shape": "round-rectangle" } },
        { selector: "node[kind = 'LOC']", style: { "background-color": "#2d6b2d" } },
        { selector: "node[kind = 'PER']", style: { "background-color": "#c0772b" } },
        { selector: "node[?entity]", style: { "border-width": 1, "border-color": "#1d232a" } },
        { selector: "edge", style: {
          "width": "mapData(events, 1, " + heaviest + ", 1, 10)", "line-color": "#9fb3c0", "curve-style": "bezier",
          "label": "data(events)", "font-size": 9, "color": "#66707a", "text-background-color": "#fff",
          "text-background-opacity": 0.8 } }
      ],
      layout: { name: data.nodes.length > 1 ? "cose" : "grid", animate: false, randomize: false, padding: 30 },
      wheelSensitivity: 0.3
    });
    cy.on("tap", "node", function (ev) {
      var id = ev.target.data("entity");
      if (id) window.location.href = "/entities/" + encodeURIComponent(id);
    });
    window.salnameNetwork = cy;
    box.setAttribute("data-drawn", "true");
    box.setAttribute("data-nodes", String(cy.nodes().length));
  })();
})();
