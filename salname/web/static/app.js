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
})();
