// Filters the chronology by topic and by origin (editors' events only). Without JavaScript
// every event stays visible: the form is hidden until this script runs.
(function () {
  var form = document.querySelector("form.filters");
  if (!form) return;
  form.hidden = false;
  var topic = form.elements.topic;
  var curated = form.elements.curated;
  function apply() {
    var t = topic.value;
    var onlyCurated = curated.checked;
    document.querySelectorAll("li.event").forEach(function (li) {
      var topics = (li.getAttribute("data-topics") || "").split(" ");
      var show = (!t || topics.indexOf(t) !== -1) && (!onlyCurated || li.classList.contains("curated"));
      li.hidden = !show;
    });
    document.querySelectorAll(".chronology section.year").forEach(function (sec) {
      sec.hidden = !sec.querySelector("li.event:not([hidden])");
    });
    document.querySelectorAll(".chronology ol.events").forEach(function (ol) {
      var h = ol.previousElementSibling;
      var empty = !ol.querySelector("li.event:not([hidden])");
      ol.hidden = empty;
      if (h && h.classList.contains("month-heading")) h.hidden = empty;
    });
  }
  topic.addEventListener("change", apply);
  curated.addEventListener("change", apply);
})();
