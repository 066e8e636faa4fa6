// Actor and dyad timeline charts: configuration of Chart.js (vendored in /static/vendor).
(function () {
  "use strict";
  const source = document.getElementById("page-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const coop = "#1a7f37", conflict = "#c62828", goldstein = "#1f4e79", target = "#ef6c00";
  Chart.defaults.animation = false;

  const timelineCanvas = document.getElementById("timeline-chart");
  if (timelineCanvas && data.points) {
    const p = data.points;
    new Chart(timelineCanvas, {
      data: {
        labels: p.map(function (x) { return x.period; }),
        datasets: [
          { type: "bar", label: "Cooperation", data: p.map(function (x) { return x.cooperation; }), backgroundColor: coop, yAxisID: "y", stack: "n" },
          { type: "bar", label: "Conflict", data: p.map(function (x) { return -x.conflict; }), backgroundColor: conflict, yAxisID: "y", stack: "n" },
          { type: "line", label: "Mean Goldstein", data: p.map(function (x) { return x.mean_goldstein; }), borderColor: goldstein, backgroundColor: goldstein, yAxisID: "g", tension: 0.2 }
        ]
      },
      options: {
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          y: { stacked: true, title: { display: true, text: "events (conflict below zero)" } },
          g: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein" } }
        }
      }
    });
  }

  const actorCanvas = document.getElementById("actor-chart");
  if (actorCanvas && data.timeline) {
    const t = data.timeline;
    new Chart(actorCanvas, {
      data: {
        labels: t.map(function (x) { return x.period; }),
        datasets: [
          { type: "bar", label: "As source", data: t.map(function (x) { return x.as_source; }), backgroundColor: goldstein, stack: "n" },
          { type: "bar", label: "As target", data: t.map(function (x) { return x.as_target; }), backgroundColor: target, stack: "n" },
          { type: "line", label: "Mean Goldstein", data: t.map(function (x) { return x.mean_goldstein; }), borderColor: coop, backgroundColor: coop, yAxisID: "g" }
        ]
      },
      options: {
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          g: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false } }
        }
      }
    });
  }
})();
