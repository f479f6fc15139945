// newsgraph: show a highlight's details in the side box on hover or focus (no dependencies).
(function () {
  var box = document.getElementById("details");
  var text = document.getElementById("text");
  if (!box || !text) { return; }
  var active = null;
  function show(ev) {
    var el = ev.target.closest ? ev.target.closest(".hl[title]") : null;
    if (!el || !text.contains(el)) { return; }
    var lines = [];
    for (var n = el; n && n !== text; n = n.parentElement) {
      if (n.classList && n.classList.contains("hl") && n.title) { lines.push(n.title); }
    }
    if (active) { active.classList.remove("active"); }
    active = el; el.classList.add("active");
    box.textContent = lines.join("\n");
  }
  text.addEventListener("mouseover", show);
  text.addEventListener("click", show);
  // a side-panel entry (quote, figure, event, date) scrolls to its span in the text
  document.addEventListener("click", function (ev) {
    var item = ev.target.closest ? ev.target.closest("[data-goto]") : null;
    if (!item) { return; }
    var span = text.querySelector('[data-rid~="' + item.getAttribute("data-goto") + '"]');
    if (!span) { return; }
    span.scrollIntoView({ block: "center", behavior: "smooth" });
    show({ target: span });
  });
})();
