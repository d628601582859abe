// The search page. Over HTTP it reads the full-text index under search/ (written by
// src/render/search/): a small manifest, then only the term shards the query's words hash
// to and the document shards of the results shown (an article's passages from its own page).
// Words are folded and split exactly as the
// build does (accents and ligatures spelt out, apostrophes and hyphens split words), stems
// are found as the longest indexed stem that begins a typed word, and names also match by
// their transliteration key (Lukashenko, Loukachenko). From file://, where browsers refuse
// to fetch files, it falls back on search-index.js (a script, so it loads; on a large site
// a list of parts, scripts too): titles, summaries, authors and aliases, and says so on the
// page.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var input = $("q"), list = $("search-results"), status = $("search-status");
  var more = $("search-more"), limited = $("search-limited");
  var typeSel = $("search-type"), topicSel = $("search-topic"), fromIn = $("search-from"), toIn = $("search-to");
  if (!input || !list || !status) return;
  var PAGE = 20;
  // French reads 0 as singular ("0 résultat"), English only 1: the build's rule (i18n::takes_one).
  var FR = /^fr/i.test(document.documentElement.lang);
  function takesOne(n) { return n === 1 || (FR && n === 0); }
  // Digits grouped by thousands as the build groups them (i18n::push_number).
  function grouped(n) { return String(n).replace(/\B(?=(\d{3})+$)/g, FR ? "\u202f" : ","); }

  var LIGATURES = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th" };
  function foldChar(c) {
    var f = c.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    return LIGATURES[f] || f;
  }
  // The words of s as the build reads them: [{w: folded, cap, start, end}] (offsets in s).
  function words(s, stop) {
    var out = [], w = "", cap = false, start = 0;
    function end(i) {
      if (w.length > 1 && !(stop && stop[w])) out.push({ w: w, cap: cap, start: start, end: i });
      w = "";
    }
    for (var i = 0; i < s.length;) {
      var cp = s.codePointAt(i), c = String.fromCodePoint(cp), f = foldChar(c);
      if (!f) { i += c.length; continue; } // a combining mark spells nothing
      if (/^[a-z0-9]+$/.test(f)) {
        if (!w) { cap = c !== c.toLowerCase(); start = i; }
        w += f;
      } else {
        end(i);
      }
      i += c.length;
    }
    end(s.length);
    return out;
  }
  // The key transliterations of one name share (as chronology::extract::normalise_word).
  function nameKey(w) {
    var out = "", i = 0;
    while (i < w.length) {
      var rest = w.slice(i), c, used = 1;
      if (rest.indexOf("sch") === 0) { c = "c"; used = 2; }
      else if (rest.indexOf("sh") === 0) { c = "c"; }
      else if (rest.indexOf("kh") === 0) { c = "k"; used = 2; }
      else if (rest.indexOf("ou") === 0) { c = "u"; used = 2; }
      else { c = w[i] === "y" ? "i" : w[i] === "w" ? "v" : w[i]; }
      if (out[out.length - 1] !== c) out += c;
      i += used;
    }
    while (out.length > 4 && /[sex]$/.test(out)) out = out.slice(0, -1);
    return out;
  }
  function shardOf(key, n) {
    var h = 0x811c9dc5;
    for (var i = 0; i < Math.min(3, key.length); i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return h % n;
  }
  function param(name) { return new URLSearchParams(window.location.search).get(name) || ""; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  // Appends text to node with the words `hit` accepts in <mark>, from around the first hit.
  function highlight(node, text, hit, window) {
    var ws = words(text), first = -1, i;
    for (i = 0; i < ws.length; i++) if (hit(ws[i])) { first = i; break; }
    var from = 0, to = text.length;
    if (window && ws.length > window) {
      var a = Math.max(0, first - 12), b = Math.min(ws.length - 1, Math.max(first, 0) + window - 12);
      from = a === 0 ? 0 : ws[a].start;
      to = b === ws.length - 1 ? text.length : ws[b].end;
    }
    if (from > 0) node.appendChild(document.createTextNode("… "));
    var at = from;
    for (i = 0; i < ws.length; i++) {
      if (ws[i].start < from || ws[i].end > to || !hit(ws[i])) continue;
      node.appendChild(document.createTextNode(text.slice(at, ws[i].start)));
      node.appendChild(el("mark", "", text.slice(ws[i].start, ws[i].end)));
      at = ws[i].end;
    }
    node.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) node.appendChild(document.createTextNode(" …"));
    return first >= 0;
  }
  function say(n) {
    status.textContent = grouped(n) + " " + (takesOne(n) ? status.dataset.one : status.dataset.many);
  }
  function kindLabel(value) {
    for (var i = 0; typeSel && i < typeSel.options.length; i++) if (typeSel.options[i].value === value) return typeSel.options[i].text;
    return value;
  }

  // ---- The full index, over HTTP ----
  var manifest = null, stop = {}, shards = {}, docShards = {};
  function getJSON(path) {
    return fetch(path).then(function (r) { if (!r.ok) throw new Error(path + ": " + r.status); return r.json(); });
  }
  function termShard(n) { return shards[n] || (shards[n] = getJSON("search/t/" + n + ".json")); }
  function docShardOf(id) {
    var s = manifest.shards, lo = 0, hi = s.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (s[mid] <= id) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function docShard(n) { return docShards[n] || (docShards[n] = getJSON("search/d/" + n + ".json")); }
  function getDoc(id) {
    var n = docShardOf(id);
    return docShard(n).then(function (docs) { return withPassages(docs[id - manifest.shards[n]]); });
  }
  // An article's passages are the paragraphs of its own page, fetched with its result: the
  // document shards do not carry the texts of 10,000 articles a second time. Each block of
  // the text with an id (a paragraph, a heading) is one, without the dates in `<small>` that
  // the page adds after its dating words, nor footnote calls. Kept on the document (the shard
  // is cached): a result shown again is not fetched again. Should the page not load, the
  // result shows its summary line, as a document without passages does.
  function withPassages(d) {
    if (!d || d.x || manifest.kinds[d.k] !== "article") return d;
    return fetch(d.u).then(function (r) { if (!r.ok) throw new Error(d.u + ": " + r.status); return r.text(); }).then(function (html) {
      var x = [];
      new DOMParser().parseFromString(html, "text/html").querySelectorAll(".body [id]").forEach(function (b) {
        if (!/^(P|H[1-6]|LI|DT|DD)$/.test(b.tagName)) return;
        var c = b.cloneNode(true);
        c.querySelectorAll("small, sup").forEach(function (s) {
          // The page writes a space before the date it adds; it goes with the date, so that
          // `23h <small>(19 décembre)</small>, Vladimir` reads `23h, Vladimir`, not `23h , Vladimir`.
          var p = s.previousSibling;
          if (s.tagName === "SMALL" && p && p.nodeType === 3) p.nodeValue = p.nodeValue.replace(/ $/, "");
          s.remove();
        });
        var t = c.textContent.replace(/\s+/g, " ").trim();
        if (t) x.push([b.id, t]);
      });
      d.x = x;
      return d;
    }, function () { d.x = []; return d; });
  }
  // A postings list is a string of numbers, pairs of a gap to the next document and its
  // score: base-32 digits, most significant first, the last from the ending half of DIGITS
  // (search.rs, push_number).
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz!$%&()", DIGIT = {};
  for (var di = 0; di < DIGITS.length; di++) DIGIT[DIGITS.charCodeAt(di)] = di;
  // A key's whole list: a long one is cut into pieces, its shard keeping the first (p) and
  // the numbers of the shards holding the others, in order (s); each holder keeps its pieces
  // of that key in order (c). Joined, they are the one list (search/split.rs).
  function listOf(shard, key) {
    var head = shard.p[key], holders = shard.s && shard.s[key];
    if (!holders) return Promise.resolve(head || "");
    return Promise.all(holders.map(termShard)).then(function (got) {
      var list = head || "", taken = {};
      got.forEach(function (h, i) {
        var at = taken[holders[i]] || 0;
        taken[holders[i]] = at + 1;
        list += (h.c && h.c[key] && h.c[key][at]) || "";
      });
      return list;
    });
  }
  function postings(list) {
    var out = new Map(), doc = 0, n = 0, gap = -1;
    if (!list) return out;
    for (var i = 0; i < list.length; i++) {
      var d = DIGIT[list.charCodeAt(i)];
      n = n * 32 + (d & 31);
      if (d >= 32) continue;
      if (gap < 0) gap = n;
      else { doc += gap; out.set(doc, n); gap = -1; }
      n = 0;
    }
    return out;
  }
  // What one query word matches: its stems and name key, each with its documents' scores.
  function resolve(w) {
    var n = manifest.terms;
    return termShard(shardOf(w, n)).then(function (shard) {
      var keys = [];
      if (shard.w[w]) keys.push(shard.w[w]);
      else {
        var best = "";
        Object.keys(shard.p).forEach(function (k) {
          var c = k.charAt(0);
          if (c === "~" || c === "#") return;
          if (w.indexOf(k) === 0 && k.length > best.length && k.length >= Math.max(Math.min(w.length, 3), w.length - 4)) best = k;
        });
        if (best) keys.push(best);
      }
      // While a word is being typed, what it may become (`louka` → `loukachenko`).
      if (w.length >= 4) {
        Object.keys(shard.p).filter(function (k) { return k !== w && k.indexOf(w) === 0; }).slice(0, 20).forEach(function (k) {
          if (keys.indexOf(k) < 0) keys.push(k);
        });
      }
      var name = w.length >= 4 && !/^[0-9]+$/.test(w) ? "~" + nameKey(w) : null;
      var wanted = keys.slice();
      if (name) wanted.push(name);
      return Promise.all(wanted.map(function (k) {
        return termShard(shardOf(k, n)).then(function (s) { return listOf(s, k); });
      })).then(function (got) {
        var scores = new Map();
        got.forEach(function (list) {
          postings(list).forEach(function (v, d) { if (!(scores.get(d) >= v)) scores.set(d, v); });
        });
        return { stems: keys, name: name && name.slice(1), exceptions: shard.w, scores: scores };
      });
    });
  }
  function runOf(id) {
    var r = manifest.runs, lo = 0, hi = r.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (r[mid][0] <= id) lo = mid; else hi = mid - 1; }
    return r[lo];
  }
  var shown = 0, ranked = [], matchers = null, generation = 0;
  function hitFor(resolved) {
    return function (x) {
      return resolved.some(function (r) {
        if (r.name && x.w.length >= 4 && nameKey(x.w) === r.name) return true;
        return r.stems.some(function (s) { return (s.length >= 3 && x.w.indexOf(s) === 0) || x.w === s; });
      });
    };
  }
  function search(q, filters) {
    var gen = ++generation;
    var qs = words(q, stop).map(function (x) { return x.w; }).filter(function (w, i, a) { return a.indexOf(w) === i; });
    if (!qs.length) { list.textContent = ""; status.textContent = ""; if (more) more.hidden = true; return Promise.resolve(); }
    var tkey = "#" + filters.topic;
    var topic = filters.topic ? termShard(shardOf(tkey, manifest.terms)).then(function (s) { return listOf(s, tkey); }).then(postings) : Promise.resolve(null);
    return Promise.all([Promise.all(qs.map(resolve)), topic]).then(function (res) {
      if (gen !== generation) return;
      var resolved = res[0], inTopic = res[1];
      var total = new Map();
      resolved[0].scores.forEach(function (v, d) { total.set(d, v); });
      for (var i = 1; i < resolved.length; i++) {
        var next = new Map();
        total.forEach(function (v, d) { var s = resolved[i].scores.get(d); if (s !== undefined) next.set(d, v + s); });
        total = next;
      }
      var kind = filters.type ? manifest.kinds.indexOf(filters.type) : -1;
      var from = parseInt(filters.from, 10), to = parseInt(filters.to, 10);
      ranked = [];
      total.forEach(function (v, d) {
        if (inTopic && !inTopic.has(d)) return;
        if (kind >= 0 || from || to) {
          var run = runOf(d);
          if (kind >= 0 && run[1] !== kind) return;
          if ((from || to) && run[2] === null) return;
          if (from && run[2] < from) return;
          if (to && run[2] > to) return;
        }
        ranked.push([d, v]);
      });
      ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      matchers = hitFor(resolved);
      list.textContent = "";
      shown = 0;
      // The count is said once the first results are shown (their passages may come from
      // their pages), so that what it announces is on the page.
      return showMore(gen).then(function () { if (gen === generation) say(ranked.length); });
    });
  }
  function showMore(gen) {
    var page = ranked.slice(shown, shown + PAGE);
    shown += page.length;
    if (more) more.hidden = shown >= ranked.length;
    return Promise.all(page.map(function (r) { return getDoc(r[0]); })).then(function (docs) {
      if (gen !== generation) return;
      docs.forEach(function (d, i) { if (d) list.appendChild(fullItem(d, page[i][1])); });
    });
  }
  function fullItem(d, score) {
    var li = el("li", "result");
    li.dataset.score = score;
    var best = null, bestHits = 0;
    (d.x || []).forEach(function (b) {
      var hits = {};
      words(b[1]).forEach(function (x) { if (matchers(x)) hits[x.w] = (hits[x.w] || 0) + 1; });
      var n = Object.keys(hits).length * 100 + Object.keys(hits).reduce(function (s, k) { return s + hits[k]; }, 0);
      if (n > bestHits) { best = b; bestHits = n; }
    });
    var a = el("a", "result-title");
    a.href = d.u + (best && best[0] ? "#" + best[0] : "");
    // A title and passage in another language than the page's say which (WCAG 3.1.2).
    if (d.l) a.lang = d.l;
    highlight(a, d.t, matchers, 0);
    li.appendChild(a);
    var meta = [kindLabel(manifest.kinds[d.k]), d.d, d.m && d.m.length < 120 ? d.m : ""].filter(Boolean).join(" · ");
    li.appendChild(el("span", "meta", meta));
    var p = el("p", "passage");
    if (d.l && best) p.lang = d.l;
    if (best) highlight(p, best[1], matchers, 40);
    else if (d.m) highlight(p, d.m, matchers, 40);
    if (p.firstChild) li.appendChild(p);
    return li;
  }

  // ---- The fallback: titles, summaries, authors and aliases from search-index.js ----
  // A large site's search-index.js only names its parts (BRIEFING_SEARCH_PARTS, next to
  // it): each is a script (which loads from file://, where fetch does not) calling
  // BRIEFING_SEARCH_PART(k, entries); put back in order they are the list a small site's
  // search-index.js holds whole. They load only when the fallback is needed.
  var fallbackIndex = null, small = null, fallbackGen = 0;
  function loadFallback() {
    if (fallbackIndex) return fallbackIndex;
    var parts = window.BRIEFING_SEARCH_PARTS;
    if (window.BRIEFING_SEARCH || !Array.isArray(parts) || !parts.length) {
      fallbackIndex = Promise.resolve(window.BRIEFING_SEARCH || []);
      return fallbackIndex;
    }
    var entry = document.querySelector('script[src$="search-index.js"]');
    var base = entry ? entry.src : window.location.href;
    fallbackIndex = new Promise(function (done) {
      var got = new Array(parts.length), left = parts.length;
      function arrived(k, docs) {
        if (got[k - 1] !== undefined) return;
        got[k - 1] = Array.isArray(docs) ? docs : [];
        if (--left > 0) return;
        var all = [];
        got.forEach(function (g) { for (var i = 0; i < g.length; i++) all.push(g[i]); });
        done(all);
      }
      window.BRIEFING_SEARCH_PART = arrived;
      parts.forEach(function (p, i) {
        var s = document.createElement("script");
        s.src = new URL(p, base).href;
        // A part that does not load leaves its entries out rather than the whole search.
        s.onerror = function () { arrived(i + 1, []); };
        document.head.appendChild(s);
      });
    });
    return fallbackIndex;
  }
  function fallback(q) {
    var gen = ++fallbackGen;
    return loadFallback().then(function (index) { if (gen === fallbackGen) fallbackWith(index, q); });
  }
  function fallbackWith(index, q) {
    if (!small) small = index.map(function (d) {
      var ws = words([d.t, d.s, d.o, d.a, d.k].join(" "));
      return { text: ws.map(function (x) { return x.w; }).join(" "), names: ws.filter(function (x) { return x.w.length >= 4; }).map(function (x) { return nameKey(x.w); }) };
    });
    var qs = words(q).map(function (x) { return x.w; });
    list.textContent = "";
    if (more) more.hidden = true;
    if (!qs.length) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = small[i];
      if (qs.every(function (w) { return s.text.indexOf(w) >= 0 || (w.length >= 4 && s.names.indexOf(nameKey(w)) >= 0); })) hits.push(index[i]);
    }
    var hit = function (x) {
      return qs.some(function (w) { return x.w.indexOf(w) >= 0 || (w.length >= 4 && x.w.length >= 4 && nameKey(x.w) === nameKey(w)); });
    };
    say(hits.length);
    hits.slice(0, 200).forEach(function (d) {
      var li = el("li", "result");
      var a = el("a", "result-title");
      a.href = d.u;
      if (d.l) a.lang = d.l;
      highlight(a, d.t, hit, 0);
      li.appendChild(a);
      // As the full index's meta line: kind, date, outlet and author (a query may match the
      // author). Only dated kinds (notes, sources) have a `d` field; the `a` of the others
      // (topics, actors) is their aliases, which the meta line does not show.
      var author = d.d !== undefined ? d.a : null;
      li.appendChild(el("span", "meta", [d.k, d.d, d.o, author].filter(Boolean).join(" · ")));
      if (d.s) { var p = el("p", "passage"); if (d.l) p.lang = d.l; highlight(p, d.s, hit, 40); li.appendChild(p); }
      list.appendChild(li);
    });
  }

  // ---- The page ----
  var full = window.location.protocol !== "file:";
  function filters() {
    return { type: typeSel ? typeSel.value : "", topic: topicSel ? topicSel.value : "", from: fromIn ? fromIn.value : "", to: toIn ? toIn.value : "" };
  }
  function keepInUrl() {
    var f = filters(), p = new URLSearchParams();
    if (input.value) p.set("q", input.value);
    Object.keys(f).forEach(function (k) { if (f[k]) p.set(k, f[k]); });
    var s = p.toString();
    try { history.replaceState(null, "", s ? "?" + s : window.location.pathname); } catch (e) { /* file:// may refuse */ }
  }
  function run() {
    keepInUrl();
    if (!full || !manifest) return fallback(input.value);
    search(input.value, filters());
  }
  function limit() {
    full = false;
    document.documentElement.dataset.search = "limited";
    if (limited) limited.hidden = false;
    var f = document.querySelector(".search-filters");
    if (f) f.hidden = true;
  }
  input.value = param("q");
  if (typeSel) typeSel.value = param("type");
  if (topicSel) topicSel.value = param("topic");
  if (fromIn) fromIn.value = param("from");
  if (toIn) toIn.value = param("to");
  var form = input.form;
  if (form) form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  input.addEventListener("input", run);
  [typeSel, topicSel, fromIn, toIn].forEach(function (x) { if (x) x.addEventListener("change", run); });
  if (more) more.addEventListener("click", function () { showMore(generation); });
  if (!full) { limit(); run(); return; }
  getJSON("search/manifest.json").then(function (m) {
    manifest = m;
    m.stop.forEach(function (w) { stop[w] = true; });
    document.documentElement.dataset.search = "full";
    run();
  }, function () { limit(); run(); });
})();
