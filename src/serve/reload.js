// briefing serve: live reload. Injected into served pages only, never into a built site.
// Long-polls the server for the build version: a new good build reloads the page; a failed
// build shows its errors over the page (which stays the last good build) until it is fixed.
(function () {
  "use strict";
  var me = document.currentScript;
  var seen = Number(me && me.getAttribute("data-briefing-version"));
  var ID = "__briefing-overlay";

  function show(errors) {
    var old = document.getElementById(ID);
    if (old) old.parentNode.removeChild(old);
    if (!errors.length) return;
    var box = document.createElement("div");
    box.id = ID;
    box.setAttribute("role", "alert");
    box.style.cssText =
      "position:fixed;top:0;left:0;right:0;max-height:70vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1em 1.25em;background:#2b0b0b;color:#ffe9e9;text-align:left;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
      "border-bottom:3px solid #ff5c5c;box-shadow:0 4px 16px rgba(0,0,0,.4)";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", "Hide");
    close.style.cssText = "float:right;font:inherit;font-size:20px;background:none;color:inherit;border:0;cursor:pointer";
    close.onclick = function () { box.parentNode.removeChild(box); };
    var head = document.createElement("p");
    head.style.cssText = "margin:0 0 .5em;font-weight:bold";
    head.textContent = "briefing: the build failed with " + errors.length +
      (errors.length === 1 ? " error" : " errors") + "; this page is the last good build.";
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.25em";
    errors.forEach(function (e) {
      var li = document.createElement("li");
      li.className = "__briefing-error";
      li.textContent = e.text;
      if (e.detail) {
        var pre = document.createElement("pre");
        pre.style.cssText = "margin:.25em 0 .75em;font:inherit;white-space:pre;overflow-x:auto";
        pre.textContent = e.detail;
        li.appendChild(pre);
      }
      list.appendChild(li);
    });
    box.appendChild(close);
    box.appendChild(head);
    box.appendChild(list);
    (document.body || document.documentElement).appendChild(box);
  }

  function poll(wait) {
    fetch("/__briefing/poll" + (wait ? "?v=" + seen : ""), { cache: "no-store" })
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (state) {
        if (state.version !== seen) {
          if (!state.errors.length) {
            location.reload();
            return;
          }
          seen = state.version;
        }
        show(state.errors);
        poll(true);
      })
      .catch(function () {
        // The server is restarting or gone: try again, quietly.
        setTimeout(function () { poll(true); }, 1000);
      });
  }

  poll(false);
})();
