// Filters the chronology by topic, by origin (the editors' or extracted) and by source
// outlet. The filter lives in the address (`?topic=…&origin=…&source=…`), so a reload, a
// shared link or a move to another year's page keeps it. Without JavaScript every event
// stays visible: the form is hidden until this script runs.
(function () {
  var form = document.querySelector("form.filters");
  if (!form) return;
  var fields = ["topic", "origin", "source"].filter(function (n) { return form.elements[n]; });
  var count = form.querySelector(".filter-count");
  // French reads 0 as singular ("0 événement sur 12"), English only 1: the build's rule
  // (i18n::takes_one).
  var FR = /^fr/i.test(document.documentElement.lang);
  function takesOne(n) { return n === 1 || (FR && n === 0); }
  // Digits grouped by thousands as the build groups them (i18n::push_number).
  function grouped(n) { return String(n).replace(/\B(?=(\d{3})+$)/g, FR ? "\u202f" : ","); }
  // Every entry of the page: the items of its lists of events, each with its id (the full
  // form: the editors' have the class `curated`).
  var events = Array.prototype.slice.call(document.querySelectorAll(".chronology ol.events > li[id]"));

  // An entry names its sources' outlets in `<cite>`; the filter's options map each name to
  // its slug (a `data-outlets` attribute, from a site's own template, is read as it is).
  var slugOf = {};
  if (form.elements.source) {
    Array.prototype.forEach.call(form.elements.source.options, function (o) {
      if (o.value) slugOf[o.textContent] = o.value;
    });
  }
  events.forEach(function (li) {
    if (li.hasAttribute("data-outlets")) return;
    var slugs = [];
    li.querySelectorAll("cite").forEach(function (c) {
      var s = slugOf[c.textContent];
      if (s && slugs.indexOf(s) === -1) slugs.push(s);
    });
    li.setAttribute("data-outlets", slugs.join(" "));
  });

  function words(attr) {
    return " " + (attr || "") + " ";
  }

  function query() {
    var q = new URLSearchParams();
    fields.forEach(function (n) {
      if (form.elements[n].value) q.set(n, form.elements[n].value);
    });
    var s = q.toString();
    return s ? "?" + s : "";
  }

  function apply() {
    var want = {};
    fields.forEach(function (n) { want[n] = form.elements[n].value; });
    var shown = 0;
    events.forEach(function (li) {
      var curated = li.classList.contains("curated");
      var show =
        (!want.topic || words(li.getAttribute("data-topics")).indexOf(" " + want.topic + " ") !== -1) &&
        (!want.origin || (want.origin === "curated") === curated) &&
        (!want.source || words(li.getAttribute("data-outlets")).indexOf(" " + want.source + " ") !== -1);
      li.hidden = !show;
      if (show) shown++;
    });
    // A list whose entries are all hidden goes, with the heading of its date (`h4.day`) and,
    // once none of its lists is left, its month's heading.
    var month = null;
    var monthShown = false;
    function closeMonth() {
      if (month) month.hidden = !monthShown;
    }
    document.querySelectorAll(".chronology .month-heading, .chronology ol.events").forEach(function (el) {
      if (el.classList.contains("month-heading")) {
        closeMonth();
        month = el;
        monthShown = false;
        return;
      }
      var h = el.previousElementSibling;
      var empty = !el.querySelector("li:not([hidden])");
      el.hidden = empty;
      if (h && h.classList.contains("day")) h.hidden = empty;
      if (!empty) monthShown = true;
    });
    closeMonth();
    document.querySelectorAll(".chronology section.year").forEach(function (sec) {
      var empty = !sec.querySelector("ol.events > li:not([hidden])");
      sec.hidden = empty;
      // The year's link in the list of years goes with it.
      var link = document.querySelector('nav.years a[href="#' + sec.id + '"]');
      if (link) link.hidden = empty;
    });
    tidyYears();
    dimMarks();
    if (count) {
      var tpl = count.getAttribute(takesOne(shown) ? "data-one" : "data-many") || "{n} / {total}";
      count.textContent = tpl.replace("{n}", grouped(shown)).replace("{total}", grouped(events.length));
    }
    // The other pages of a split chronology keep the filter.
    var q = query();
    document.querySelectorAll("nav.years a, a.chronology-page").forEach(function (a) {
      var href = a.getAttribute("href");
      if (!href || href.charAt(0) === "#") return;
      var hash = href.indexOf("#") === -1 ? "" : href.slice(href.indexOf("#"));
      var path = href.split("#")[0].split("?")[0];
      a.setAttribute("href", path + q + hash);
    });
    return q;
  }

  // The drawn chronology follows the filter: a mark whose events (its `data-ev`, the ids of
  // their entries) are all hidden is dimmed, and says so to a screen reader's tooltip.
  var byId = {};
  events.forEach(function (li) { byId[li.id] = li; });
  var marks = Array.prototype.slice.call(document.querySelectorAll(".timeline a[data-ev]"));
  function dimMarks() {
    marks.forEach(function (a) {
      var on = a.getAttribute("data-ev").split(" ").some(function (id) {
        return byId[id] && !byId[id].hidden;
      });
      a.classList.toggle("off", !on);
    });
  }

  // The list of years separates them with ` · `: each separator goes into a span of its
  // own, shown only between two years still listed.
  var years = document.querySelector("nav.years");
  if (years) {
    Array.prototype.slice.call(years.childNodes).forEach(function (n) {
      if (n.nodeType === 3 && n.textContent.trim() === "·") {
        var sep = document.createElement("span");
        sep.className = "sep";
        sep.textContent = n.textContent;
        years.replaceChild(sep, n);
      }
    });
  }
  function tidyYears() {
    if (!years) return;
    var pending = null;
    var seen = false;
    Array.prototype.forEach.call(years.children, function (el) {
      if (el.classList.contains("sep")) {
        el.hidden = true;
        if (seen && !pending) pending = el;
      } else if (!el.hidden) {
        if (pending) pending.hidden = false;
        pending = null;
        seen = true;
      }
    });
  }

  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (n) {
    var v = params.get(n);
    var el = form.elements[n];
    if (v && Array.prototype.some.call(el.options, function (o) { return o.value === v; })) el.value = v;
  });
  form.hidden = false;
  apply();
  form.addEventListener("change", function () {
    var q = apply();
    if (window.history && window.history.replaceState) {
      try {
        window.history.replaceState(null, "", window.location.pathname + q + window.location.hash);
      } catch (e) {
        // Some browsers refuse to change the address of a file:// page: the filter still
        // applies, it is only not kept on reload there.
      }
    }
  });
})();
