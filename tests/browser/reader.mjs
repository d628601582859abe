// The site as a reader's browser sees it, in headless Chromium (run by tests/browser.rs):
//   node tests/browser/reader.mjs --site DIR --hostile DIR --screenshots DIR
// - every internal link and anchor of every page of --site resolves (and no page fails to
//   load a resource of its own, nor throws);
// - axe-core finds no serious or critical WCAG 2.2 AA violation on any page type, in the
//   light and the dark scheme;
// - no page is wider than the window at 1280 or 390 px; the drawn chronology shows its wide
//   drawing on a laptop and in print, its narrow one on a phone, neither scaled past reading;
//   print leaves out navigation and filters and keeps a briefing's notes;
// - the chronology's filter narrows the list, and dims exactly the drawing's marks whose
//   events it hides;
// - screenshots of each page type at 1280 and 390 px go to --screenshots;
// - a name in an article leads to its actor's page, and an event listed there to its entry;
// - no page of --hostile (a site built from payloads) fires a dialog, searched or not.
// Prints what it checked and every failure; exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, htmlFiles, axeSource } from './site.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
for (const k of ['site', 'hostile', 'screenshots']) {
  if (!args[k]) {
    console.error(`usage: node reader.mjs --site DIR --hostile DIR --screenshots DIR (missing --${k})`);
    process.exit(2);
  }
}
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const failures = [];
const fail = (what) => failures.push(what);

/**
 * The address the site says it is published at (its 404 page's `<base href>`, set from
 * `base_url`), or null. Requests there are answered from the built files, so that the 404
 * page is seen as it will be once published.
 */
function publishedAt(root) {
  const f = path.join(root, '404.html');
  if (!fs.existsSync(f)) return null;
  const m = /<base href="([^"]+)"/.exec(fs.readFileSync(f, 'utf8'));
  return m ? m[1].replace(/&amp;/g, '&') : null;
}

/** Answers requests to the published address from `root`; records any other outside one. */
async function routeOutside(context, server, root, outside) {
  const published = publishedAt(root);
  await context.route(
    (u) => !u.href.startsWith(server.url),
    (route) => {
      const url = route.request().url();
      if (published && url.startsWith(published)) {
        const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(published).pathname.length)) || 'index.html';
        const file = path.join(root, path.normalize(rel));
        const ok = file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile();
        return route.fulfill({ status: ok ? 200 : 404, path: ok ? file : path.join(root, '404.html') });
      }
      outside.push(url);
      return route.abort();
    },
  );
  return published;
}

/** One page of each kind a reader meets, with the path that shows it. */
function pageTypes(pages) {
  const first = (prefix) => pages.find((p) => p.startsWith(prefix));
  const types = [
    ['home', 'index.html'],
    ['topic', first('topics/')],
    ['note', first('notes/')],
    ['article', first('articles/')],
    ['sources', 'sources.html'],
    ['chronology', 'chronology.html'],
    ['chronology-year', pages.find((p) => /^chronology-\d+\.html$/.test(p))],
    ['search', 'search.html'],
    ['actors', 'actors.html'],
    ['actor', first('actors/')],
    ['404', '404.html'],
  ];
  return types.filter(([, p]) => p && pages.includes(p));
}

async function checkSite(browser, root) {
  const server = await serve(root);
  const pages = htmlFiles(root);
  const ids = new Map();
  const links = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  const published = await routeOutside(context, server, root, outside);
  const page = await context.newPage();
  let current = '';
  page.on('pageerror', (e) => fail(`${current}: script error: ${e.message}`));
  page.on('response', (r) => {
    if (r.url().startsWith(server.url) && r.status() >= 400 && r.request().resourceType() !== 'document') {
      fail(`${current}: ${r.request().resourceType()} ${r.url().slice(server.url.length)} answered ${r.status()}`);
    }
  });
  for (const p of pages) {
    current = p;
    const res = await page.goto(server.url + p, { waitUntil: 'load' });
    if (!res || (res.status() !== 200 && p !== '404.html')) fail(`${p}: answered ${res && res.status()}`);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((e) => e.name)),
      links: [...document.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], source[src]')].map((e) => ({
        tag: e.tagName.toLowerCase(),
        rel: e.getAttribute('rel') || '',
        // An SVG <a>'s `href` is an SVGAnimatedString: resolve the attribute for every kind.
        url: new URL(e.getAttribute('href') || e.getAttribute('src'), document.baseURI).href,
        raw: e.getAttribute('href') || e.getAttribute('src'),
      })),
      base: document.baseURI,
    }));
    ids.set(p, new Set(found.ids));
    // The 404 page's links are written for the site root, where its <base> points once the
    // site is published; here they are checked from the root too.
    for (const l of found.links) links.push({ from: p, ...l });
  }
  let checked = 0;
  let anchors = 0;
  for (const l of links) {
    // Links to elsewhere are not followed; the published address is this site.
    const local = l.url.startsWith(server.url);
    if (!local && !(published && l.url.startsWith(published))) continue;
    const u = new URL(l.url);
    const prefix = local ? 1 : new URL(published).pathname.length;
    const target = decodeURIComponent(u.pathname.slice(prefix)) || 'index.html';
    checked++;
    if (!fs.existsSync(path.join(root, target))) {
      fail(`${l.from}: <${l.tag} ${l.raw}> points to ${target}, which does not exist`);
      continue;
    }
    if (u.hash && u.hash !== '#' && target.endsWith('.html')) {
      anchors++;
      const id = decodeURIComponent(u.hash.slice(1));
      if (!ids.get(target)?.has(id)) fail(`${l.from}: <${l.tag} ${l.raw}>: no id "${id}" in ${target}`);
    }
  }
  console.log(`links: ${pages.length} pages, ${checked} internal links, ${anchors} anchors checked`);
  for (const u of outside) fail(`a page of the site fetched ${u} from elsewhere`);

  // Accessibility of each page type, and screenshots at a laptop's and a phone's width.
  const axe = axeSource();
  const shots = path.resolve(args.screenshots);
  fs.mkdirSync(shots, { recursive: true });
  const types = pageTypes(pages);
  const searchWord = (await (async () => {
    await page.goto(server.url + (types.find(([t]) => t === 'topic') || ['', 'index.html'])[1]);
    const h1 = (await page.textContent('h1')) || '';
    return h1.split(/[\s'’]+/).sort((a, b) => b.length - a.length)[0] || 'a';
  })());
  types.push(['search-results', `search.html?q=${encodeURIComponent(searchWord)}`]);
  for (const [type, p] of types) {
    current = p;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url + p, { waitUntil: 'load' });
    await page.waitForTimeout(type === 'search-results' ? 800 : 100);
    await page.addScriptTag({ content: axe });
    // In the light and the dark scheme: the dark one has colours of its own to check.
    const result = { violations: [] };
    let bad = [];
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const r = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        WCAG,
      );
      for (const v of r.violations) {
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        const line = `${type} (${p}), ${colorScheme}: axe ${v.impact} ${v.id}: ${v.help} [${v.nodes.length}×: ${where}]`;
        if (v.impact === 'serious' || v.impact === 'critical') {
          bad.push(v);
          fail(line);
        } else console.log(`note: ${line}`);
      }
      result.violations.push(...r.violations);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    for (const w of [1280, 390]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.waitForTimeout(50);
      // Nothing pushes the page sideways: a phone's reader scrolls one way only.
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      if (sw > iw) fail(`${type} (${p}) at ${w} px: the page is ${sw} px wide, wider than the window`);
      await page.screenshot({ path: path.join(shots, `${type}-${w}.png`), fullPage: true });
    }
    // The drawn chronology shows one drawing at each width, and the wide one in print.
    if (await page.locator('.timeline svg').count()) {
      for (const [w, media, want] of [[1280, 'screen', 'wide'], [390, 'screen', 'narrow'], [390, 'print', 'wide']]) {
        await page.setViewportSize({ width: w, height: 900 });
        await page.emulateMedia({ media });
        const shown = await page.$$eval('.timeline svg', (ss) => ss.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getAttribute('class')));
        // (A briefing leaves its chronology out of print: then no drawing at all.)
        const none = media === 'print' && !shown.length;
        if (!none && (shown.length !== 1 || !shown[0].includes(want))) fail(`${type} (${p}) at ${w} px, ${media}: drawings shown: ${JSON.stringify(shown)}, not the ${want} one`);
        if (media === 'screen' && (await page.$(`.timeline svg.${want}`))) {
          // Its labels are read at their size: the drawing is not scaled below 90 % of its units.
          const scale = await page.$eval(`.timeline svg.${want}`, (s) => s.getBoundingClientRect().width / s.viewBox.baseVal.width);
          if (scale < 0.9) fail(`${type} (${p}) at ${w} px: the drawing is scaled to ${scale.toFixed(2)}, its labels unreadable`);
        }
      }
      await page.emulateMedia({ media: 'screen' });
    }
    // Printed, a page is a document: no navigation or filters; a briefing keeps its notes.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
      return { nav: shown('.masthead nav, form.filters, .skip, .toc'), notes: document.querySelector('.citation-notes') ? shown('.citation-notes li') : null, h1: shown('h1') };
    });
    if (printed.nav) fail(`${type} (${p}) in print: navigation or filters are printed`);
    if (printed.notes === false) fail(`${type} (${p}) in print: the notes are not printed`);
    if (!printed.h1) fail(`${type} (${p}) in print: no title printed`);
    await page.emulateMedia({ media: 'screen' });
    console.log(`axe ${type}: ${result.violations.length} violation(s), ${bad.length} serious or critical`);
  }
  await context.close();
  await server.close();
}

// The chronology's filter, as a reader uses it: choosing a topic narrows the list and updates
// the count, the choice goes into the address, and a reload keeps it.
async function checkChronologyFilter(browser, root) {
  const server = await serve(root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + 'chronology.html', { waitUntil: 'load' });
  const visible = () => page.locator('ol.events > li:visible').count();
  const total = await visible();
  const topics = await page.$$eval('form.filters select[name=topic] option', (os) => os.map((o) => o.value).filter(Boolean));
  if (!total || !topics.length) fail(`chronology filter: ${total} events, ${topics.length} topics to filter on`);
  // The topic that keeps the fewest events, but some: a filter that hides nothing proves nothing.
  let best = null;
  for (const t of topics) {
    await page.selectOption('form.filters select[name=topic]', t);
    const n = await visible();
    if (n > 0 && n < total && (!best || n < best.n)) best = { t, n };
  }
  if (!best) {
    fail('chronology filter: no topic narrows the list');
  } else {
    await page.selectOption('form.filters select[name=topic]', best.t);
    const count = await page.textContent('.filter-count');
    if (!count.includes(String(best.n)) || !count.includes(String(total))) {
      fail(`chronology filter: the count says "${count}" for ${best.n} of ${total}`);
    }
    if (!page.url().includes(`topic=${encodeURIComponent(best.t)}`)) fail(`chronology filter: not in the address: ${page.url()}`);
    await page.reload({ waitUntil: 'load' });
    const kept = await page.inputValue('form.filters select[name=topic]');
    const after = await visible();
    if (kept !== best.t || after !== best.n) fail(`chronology filter: after a reload, topic "${kept}" and ${after} events, not "${best.t}" and ${best.n}`);
    // The drawing follows: a mark is dimmed exactly when every event it stands for is hidden.
    const marks = await page.$$eval('.timeline a[data-ev]', (as) => as.map((a) => ({
      off: a.classList.contains('off'),
      shown: a.getAttribute('data-ev').split(' ').some((id) => { const li = document.getElementById(id); return li && !li.hidden; }),
      known: a.getAttribute('data-ev').split(' ').every((id) => document.getElementById(id)),
    })));
    const off = marks.filter((m) => m.off).length;
    if (!marks.length) fail('chronology filter: the drawing has no mark naming its events (data-ev)');
    if (!off || off === marks.length) fail(`chronology filter: ${off} of ${marks.length} marks dimmed`);
    if (marks.some((m) => m.off === m.shown)) fail('chronology filter: a mark is dimmed while its events show, or lit while they are hidden');
    if (marks.some((m) => !m.known)) fail('chronology filter: a mark names an event the page does not list');
    // Each date is written once, over its events' list: a date, and a month, whose events
    // are all hidden go with them; those with an event shown stay.
    const headings = await page.$$eval('.chronology h4.day, .chronology .month-heading', (hs) => hs.map((h) => {
      const lists = [];
      for (let n = h.nextElementSibling; n && !n.classList.contains(h.classList.contains('day') ? 'day' : 'month-heading'); n = n.nextElementSibling) {
        if (n.matches('ol.events')) lists.push(n);
        if (h.classList.contains('day') && lists.length) break;
      }
      const shown = lists.some((ol) => ol.querySelector('li:not([hidden])'));
      return { day: h.classList.contains('day'), hidden: h.hidden || h.offsetParent === null, shown, lists: lists.length };
    }));
    const days = headings.filter((h) => h.day);
    if (!days.length || days.some((h) => h.lists !== 1)) fail('chronology: the dates are not written once over their list of events');
    if (headings.some((h) => h.hidden === h.shown)) fail('chronology filter: a date or month heading shows without its events, or hides with some shown');
    if (!days.some((h) => h.hidden) || !days.some((h) => !h.hidden)) fail('chronology filter: the filter hides no date, or all of them');
    await page.selectOption('form.filters select[name=topic]', '');
    const still = await page.locator('.timeline a.off').count();
    if (still) fail(`chronology filter: ${still} marks stay dimmed without a filter`);
    console.log(`chronology drawing: ${off} of ${marks.length} marks dimmed by the filter, none without it`);
    console.log(`chronology filter: topic ${best.t} keeps ${best.n} of ${total} events, kept across a reload; ${days.filter((h) => !h.hidden).length} of ${days.length} dates shown`);
  }
  await context.close();
  await server.close();
}

// A reader follows a name in an article to its actor's page, then an event listed there to
// its entry in the chronology: each lands where it says, with what it promises.
async function checkActorAndEvent(browser, root) {
  const server = await serve(root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const article = htmlFiles(root).find((p) => p.startsWith('articles/') && fs.readFileSync(path.join(root, p), 'utf8').includes('class="actor"'));
  if (!article) {
    fail('actor: no article links to an actor');
  } else {
    await page.goto(server.url + article, { waitUntil: 'load' });
    const name = (await page.textContent('.body a.actor')).trim();
    await Promise.all([page.waitForURL(/\/actors\/[^/]+\.html$/), page.click('.body a.actor')]);
    const h1 = (await page.textContent('h1')).trim();
    const aliases = await page.$$eval('.alias', (es) => es.map((e) => e.textContent.trim()));
    const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (![h1, ...aliases].some((n) => fold(n) === fold(name))) fail(`actor: "${name}" in ${article} led to "${h1}", which does not go by that name`);
    const listed = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    if (!listed.includes('../' + article)) fail(`actor: the page of ${h1} does not list ${article}, which names them`);
    const event = page.locator('ol.events > li > a').first();
    if (!(await event.count())) {
      fail(`actor: the page of ${h1} lists no event`);
    } else {
      const href = await event.getAttribute('href');
      await Promise.all([page.waitForURL(/chronology[^/]*\.html#/), event.click()]);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const entry = page.locator(`ol.events > li[id="${id}"]`);
      if (!(await entry.count()) || !(await entry.isVisible())) fail(`event: ${href} from the page of ${h1} shows no entry "${id}"`);
      else {
        const text = await entry.textContent();
        const names = [h1, ...aliases].map(fold);
        if (!names.some((n) => fold(text).includes(n))) fail(`event: the entry "${id}" does not name ${h1}`);
        console.log(`actor: "${name}" in ${article} → ${h1} → event ${id}`);
      }
    }
  }
  await context.close();
  await server.close();
}

async function checkHostile(browser, root) {
  const server = await serve(root);
  const pages = htmlFiles(root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing may be fetched from elsewhere: a payload's image, frame or style would be.
  const outside = [];
  await routeOutside(context, server, root, outside);
  const page = await context.newPage();
  let current = '';
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${current}: ${d.type()} "${d.message()}"`);
    await d.dismiss().catch(() => {});
  });
  const visits = pages.map((p) => server.url + p);
  // What the search page shows for the payloads' words, too.
  for (const q of ['xss', 'script', 'alert', 'onerror', 'javascript', 'img']) visits.push(`${server.url}search.html?q=${q}`);
  for (const url of visits) {
    current = url.slice(server.url.length);
    await page.goto(url, { waitUntil: 'load' });
    // Give timers, image errors and a search's results time to run, and hover the page.
    await page.mouse.move(200, 300);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(current.startsWith('search.html') ? 700 : 150);
  }
  const external = server.requests.filter((r) => r.includes('xss'));
  if (external.length) fail(`hostile: the site asked for payload paths: ${external.join(', ')}`);
  for (const u of outside) fail(`hostile: a page fetched ${u}`);
  for (const d of dialogs) fail(`hostile: dialog fired on ${d}`);
  console.log(`hostile: ${visits.length} pages opened, ${dialogs.length} dialog(s)`);
  await context.close();
  await server.close();
}

const browser = await launch();
try {
  await checkSite(browser, path.resolve(args.site));
  await checkChronologyFilter(browser, path.resolve(args.site));
  await checkActorAndEvent(browser, path.resolve(args.site));
  await checkHostile(browser, path.resolve(args.hostile));
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`\n${failures.length} failure(s):`);
  for (const f of failures) console.log(`FAIL ${f}`);
  process.exit(1);
}
console.log('all browser checks passed');
