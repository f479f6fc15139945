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
})();
