// Searches the dossier in the browser: titles, summaries, outlets, authors and topic names
// from search-index.js (a script, not JSON, so that it loads from file:// too).
(function () {
  var index = window.BRIEFING_SEARCH || [];
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = index.map(function (d) { return fold([d.t, d.s, d.o, d.a, d.k].join(" ")); });
  function run(q) {
    var terms = fold(q).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < index.length && hits.length < 200; i++) {
      var text = folded[i];
      if (terms.every(function (t) { return text.indexOf(t) !== -1; })) hits.push(index[i]);
    }
    status.textContent = hits.length + " " + (hits.length === 1 ? status.dataset.one : status.dataset.many);
    hits.forEach(function (d) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = d.u;
      a.textContent = d.t;
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = " · " + [d.k, d.o, d.d].filter(Boolean).join(" · ");
      li.appendChild(meta);
      if (d.s) {
        var p = document.createElement("p");
        p.className = "summary";
        p.textContent = d.s;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  run(q);
  input.addEventListener("input", function () { run(input.value); });
})();
