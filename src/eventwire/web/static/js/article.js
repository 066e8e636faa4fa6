// Article page: clicking an event in the list highlights its evidence sentence in the text.
(function () {
  "use strict";
  const list = document.getElementById("event-list");
  if (!list) return;

  function select(eventId, scroll) {
    document.querySelectorAll(".seg.hl").forEach(function (el) { el.classList.remove("hl"); });
    document.querySelectorAll(".event-item.active").forEach(function (el) { el.classList.remove("active"); });
    const parts = document.querySelectorAll('.seg[data-events~="' + CSS.escape(eventId) + '"]');
    parts.forEach(function (el) { el.classList.add("hl"); });
    const item = list.querySelector('[data-event="' + CSS.escape(eventId) + '"]');
    if (item) item.classList.add("active");
    if (scroll && parts.length) parts[0].scrollIntoView({ block: "center" });
    const url = new URL(window.location.href);
    url.searchParams.set("event", eventId);
    window.history.replaceState(null, "", url);
  }

  list.addEventListener("click", function (e) {
    if (e.target.closest("a")) return;  // links inside an item keep working
    const item = e.target.closest("[data-event]");
    if (item) select(item.dataset.event, true);
  });
  list.addEventListener("keydown", function (e) {
    const item = e.target.closest("[data-event]");
    if (item && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(item.dataset.event, true); }
  });
  const first = document.querySelector(".seg.hl");
  if (first) first.scrollIntoView({ block: "center" });
})();
