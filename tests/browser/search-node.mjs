// Runs a built site's assets/search.js under node, with just enough of a page around it (the
// elements search.html has, fetch and <script> loading read from the folder), and prints
// every result of each query, in order: `node search-node.mjs PUBLIC MODE QUERIES_JSON`.
// MODE is `http` (the full index: each result's link and score, every page of results
// through the "more" button) or `file` (the fallback: each result's link and text). QUERIES
// is a list of [query, topic] pairs. For tests/search.rs, which compares the results of an
// index cut into pieces with those of the same index whole; no browser needed.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { pathToFileURL, fileURLToPath } from "node:url";

const [root, mode, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);
const base = pathToFileURL(path.resolve(root) + "/").href;

class Node {
  constructor(tag, text) {
    this.tagName = (tag || "").toUpperCase();
    this.children = [];
    this.dataset = {};
    this.hidden = false;
    this.className = "";
    this.value = "";
    this.options = [];
    this.listeners = {};
    this.text = text || "";
  }
  appendChild(c) { this.children.push(c); if (this.onAppend) this.onAppend(c); return c; }
  addEventListener(type, f) { (this.listeners[type] = this.listeners[type] || []).push(f); }
  fire(type) { (this.listeners[type] || []).forEach((f) => f({ preventDefault() {} })); }
  get textContent() { return this.text + this.children.map((c) => c.textContent).join(""); }
  set textContent(t) { this.children = []; this.text = String(t); }
  querySelectorAll() { return []; }
}
const ids = {};
for (const id of ["q", "search-results", "search-status", "search-more", "search-limited", "search-type", "search-topic", "search-from", "search-to"]) ids[id] = new Node("x");
ids["search-status"].dataset = { one: "result", many: "results" };
const head = new Node("head");
const context = {
  console,
  URL,
  URLSearchParams,
  Map,
  Promise,
  setTimeout,
  document: {
    getElementById: (id) => ids[id] || null,
    createElement: (tag) => new Node(tag),
    createTextNode: (t) => new Node("", t),
    querySelector: (sel) => (sel.indexOf("search-index.js") >= 0 ? { src: base + "search-index.js" } : null),
    documentElement: { dataset: {} },
    head,
  },
  history: { replaceState() {} },
  DOMParser: class { parseFromString() { return new Node("doc"); } },
  fetch: (p) => {
    const file = path.join(root, p.split("#")[0]);
    const ok = fs.existsSync(file);
    const body = ok ? fs.readFileSync(file, "utf8") : "";
    return Promise.resolve({ ok, status: ok ? 200 : 404, json: () => Promise.resolve(JSON.parse(body)), text: () => Promise.resolve(body) });
  },
};
context.window = context;
context.window.location = { protocol: mode === "http" ? "http:" : "file:", search: "", href: base + "search.html", pathname: "/search.html" };
vm.createContext(context);
// A script element inserted into the page runs its file, as a browser does from file://.
head.onAppend = (s) => {
  setTimeout(() => {
    const file = fileURLToPath(s.src);
    if (!fs.existsSync(file)) return s.onerror && s.onerror();
    vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  }, 0);
};
const run = (file) => vm.runInContext(fs.readFileSync(path.join(root, file), "utf8"), context, { filename: file });
run("search-index.js");
run("assets/search.js");

const settle = async () => {
  // Every file is read at once: a few turns of the event loop end whatever a query started.
  for (let i = 0; i < 20; i++) await new Promise((r) => (mode === "http" ? setImmediate(r) : setTimeout(r, 0)));
};
const out = [];
for (const [q, topic] of queries) {
  await settle();
  ids["search-topic"].value = topic || "";
  ids.q.value = q;
  ids.q.fire("input");
  await settle();
  if (mode === "http") while (!ids["search-more"].hidden) { ids["search-more"].fire("click"); await settle(); }
  const results = ids["search-results"].children.map((li) =>
    mode === "http" ? [li.children[0].href, li.dataset.score] : [li.children[0].href, li.textContent]);
  out.push({ q, topic, status: ids["search-status"].textContent, results });
}
process.stdout.write(JSON.stringify(out));
