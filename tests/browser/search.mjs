// Drives the search page of a built site in headless Chromium (playwright-core), served over
// HTTP by node's own http module, then opened from file://. Run by tests/search.rs:
//   node tests/browser/search.mjs <built site> [screenshot folder]
// Exits 1 with every failed check listed. What a query must find is read from the built
// pages themselves (every article page whose text names Loukachenko), not written here.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch } from "./site.mjs";

const site = path.resolve(process.argv[2] || "public");
const shots = process.argv[3];
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };

const server = await serve(site);
const base = server.url;
const browser = await launch();
const errors = [];
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("pageerror", (e) => errors.push(String(e)));
// A missing favicon is the layout's business, not search's: every other failed request counts.
page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
page.on("response", (r) => { if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(`${r.status()} ${r.url()}`); });

// The results of a query: each with its link, score, title and passage (text and marks).
async function results(url, mode = "full") {
  await page.goto(url);
  await page.waitForFunction((m) => document.documentElement.dataset.search === m, mode, { timeout: 10000 });
  await page.waitForFunction(() => document.getElementById("search-status").textContent.trim() !== "", null, { timeout: 10000 });
  await page.waitForTimeout(100);
  return page.$$eval("#search-results > li", (lis) => lis.map((li) => ({
    href: li.querySelector("a").getAttribute("href"),
    score: Number(li.dataset.score),
    title: li.querySelector("a").textContent,
    passage: li.querySelector(".passage") ? li.querySelector(".passage").textContent : "",
    marks: [...li.querySelectorAll("mark")].map((m) => m.textContent),
  })));
}
const q = (query, extra = "") => `${base}search.html?q=${encodeURIComponent(query)}${extra}`;
const pageOf = (href) => href.split("#")[0];

// Every article whose page names Loukachenko, read from the built pages.
const articles = fs.readdirSync(path.join(site, "articles")).filter((f) => f.endsWith(".html"));
const naming = (word) => articles.filter((f) => fs.readFileSync(path.join(site, "articles", f), "utf8").includes(word)).map((f) => `articles/${f}`);
const loukachenko = naming("Loukachenko");
check(loukachenko.length >= 2, `the example should have articles naming Loukachenko, found ${loukachenko.length}`);

const luka = await results(q("Lukashenko"));
const lukaPages = new Set(luka.map((r) => pageOf(r.href)));
for (const a of loukachenko) check(lukaPages.has(a), `"Lukashenko" does not find ${a}, which names Loukachenko`);
for (let i = 1; i < luka.length; i++) check(luka[i - 1].score >= luka[i].score, `"Lukashenko": results not ranked by score (${luka[i - 1].score} before ${luka[i].score})`);
check(luka.length > 0 && luka.every((r) => !Number.isNaN(r.score)), `"Lukashenko": results carry no score`);
check(luka.slice(0, 5).every((r) => r.marks.length > 0), `"Lukashenko": a top result has no highlighted word: ${JSON.stringify(luka.slice(0, 5))}`);
check(luka.some((r) => r.marks.some((m) => /Loukachenko/.test(m))), `"Lukashenko": the variant Loukachenko is never highlighted`);
if (shots) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, "search-1280.png"), fullPage: true });
}

const friedman = await results(q("Friedman"));
const friedmanPages = naming("Friedman");
check(friedman.some((r) => friedmanPages.includes(pageOf(r.href))), `"Friedman" finds no article naming him (expected one of ${friedmanPages})`);
check(friedman.some((r) => r.passage.includes("Friedman") && r.marks.includes("Friedman")), `"Friedman": no passage with the name highlighted: ${JSON.stringify(friedman)}`);

// The page adds a date after its dating words (`23h <small>(19 décembre)</small>, Vladimir`):
// a passage reads without it, and without the space the page wrote before it.
const dated = await results(q("alentours"));
check(dated.some((r) => /alentours/.test(r.passage)), `"alentours": no passage shows the word: ${JSON.stringify(dated)}`);
check(dated.every((r) => !/\s[,.]/.test(r.passage)), `"alentours": a passage keeps the space before a date it left out: ${JSON.stringify(dated.map((r) => r.passage))}`);

const ukraine = await results(q("l'Ukraine"));
check(ukraine.length > 0, `"l'Ukraine" (typed apostrophe) finds nothing`);
check(ukraine.some((r) => r.marks.some((m) => /Ukraine/i.test(m))), `"l'Ukraine": Ukraine is never highlighted`);

const accent = await results(q("nucleaire"));
check(accent.length > 0 && accent.length === (await results(q("nucléaire"))).length, `"nucleaire" and "nucléaire" do not find the same results`);

// A query that finds nothing says so with the count's form of the site's language: French
// reads 0 as singular ("0 résultat"), English as plural.
check((await results(q("zzqxwvk"))).length === 0, `"zzqxwvk" finds something`);
const zero = await page.$eval("#search-status", (s) => ({ text: s.textContent, one: s.dataset.one, many: s.dataset.many, lang: document.documentElement.lang }));
check(zero.text === "0 " + (zero.lang.startsWith("fr") ? zero.one : zero.many), `no result: the status says "${zero.text}" (${JSON.stringify(zero)})`);

// A filter by topic narrows the results to documents of that topic, and is kept in the URL.
const topic = await page.$eval("#search-topic option:nth-child(2)", (o) => o.value);
const filtered = await results(q("Lukashenko", `&topic=${topic}`));
check(filtered.length > 0 && filtered.length < luka.length, `topic filter ${topic}: ${filtered.length} results of ${luka.length}`);
check((await page.$eval("#search-topic", (s) => s.value)) === topic, `the topic filter is not restored from the URL`);
const articlesOnly = await results(q("Lukashenko", "&type=article"));
check(articlesOnly.length > 0 && articlesOnly.every((r) => r.href.startsWith("articles/")), `type filter: ${JSON.stringify(articlesOnly.map((r) => r.href))}`);

if (shots) {
  await page.setViewportSize({ width: 390, height: 844 });
  await results(q("Lukashenko"));
  await page.screenshot({ path: path.join(shots, "search-390.png"), fullPage: true });
}

// From file://, fetching is refused: titles, summaries and aliases still answer, and the
// page says why search is limited.
const fileUrl = pathToFileURL(path.join(site, "search.html")).href + "?q=" + encodeURIComponent("Lukashenko");
const offline = await results(fileUrl, "limited");
check(await page.isVisible("#search-limited"), `file://: the page does not say why search is limited`);
check(offline.length > 0, `file://: "Lukashenko" finds nothing in titles, summaries and aliases`);
const alias = await results(pathToFileURL(path.join(site, "search.html")).href + "?q=Zaluzhny", "limited");
check(alias.some((r) => r.href.startsWith("topics/")), `file://: an alias ("Zaluzhny") does not find its topic`);
// An author's name finds the author's texts from file:// too, and the result says who wrote it.
const authored = await page.evaluate(() => (window.BRIEFING_SEARCH || []).find((d) => d.d !== undefined && d.a && /^[A-Za-zÀ-ÿ' -]+$/.test(d.a)));
check(authored, `file://: search-index.js holds no document with an author`);
if (authored) {
  const surname = authored.a.split(" ").pop();
  const byAuthor = await results(pathToFileURL(path.join(site, "search.html")).href + "?q=" + encodeURIComponent(surname), "limited");
  const metas = await page.$$eval("#search-results > li .meta", (ms) => ms.map((m) => m.textContent));
  check(byAuthor.some((r) => r.href === authored.u) && metas.some((m) => m.includes(authored.a)), `file://: "${surname}" does not find ${authored.u} with its author in the meta line: ${JSON.stringify(metas)}`);
}

check(errors.length === 0, `console errors: ${errors.join(" | ")}`);
await browser.close();
await server.close();
if (failures.length) {
  console.error(`search: ${failures.length} check(s) failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`search: every check passed (Lukashenko ${luka.length}, Friedman ${friedman.length}, l'Ukraine ${ukraine.length}, filtered ${filtered.length})`);
