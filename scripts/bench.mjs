// Prints the site's budgets as numbers: build time, page count, and per page template the
// HTML, CSS and JS bytes (gzip) a visitor downloads. Usage: npm run bench
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './page-weight.mjs';

const DIST = 'dist';
const gz = (buf) => gzipSync(buf).length;

const t0 = performance.now();
execSync('astro build', { stdio: ['ignore', 'ignore', 'inherit'] });
const buildMs = performance.now() - t0;

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(DIST);
const pages = files.filter((f) => f.endsWith('.html'));

function template(file) {
  const url = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
  if (url === '/') return 'home';
  if (url === '/404.html') return '404';
  const m = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(url);
  if (!m) return url;
  return m[2] ? `${m[1]}/[slug]` : `${m[1]}/ (index)`;
}

const rows = new Map();
for (const file of pages) {
  const t = template(file);
  const row = rows.get(t) ?? [];
  row.push(pageWeight(DIST, file));
  rows.set(t, row);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`build time      ${(buildMs / 1000).toFixed(1)} s`);
console.log(`pages           ${pages.length}`);
console.log(`dist size       ${(files.reduce((a, f) => a + statSync(f).size, 0) / 1024 / 1024).toFixed(2)} MiB`);
console.log('');
console.log('template               pages  HTML gz KiB (median / max)   raw KiB max   CSS gz KiB   JS gz KiB (max)');
for (const [t, list] of [...rows].sort()) {
  const h = list.map((r) => r.html);
  console.log(
    `${t.padEnd(22)} ${String(list.length).padStart(5)}  ${kb(median(h))} / ${kb(Math.max(...h))}        ${kb(Math.max(...list.map((r) => r.raw)))}   ${kb(Math.max(...list.map((r) => r.css)))}   ${kb(Math.max(...list.map((r) => r.js)))}`,
  );
}

// Whole pages as transferred (the table above splits them into HTML, CSS and JS).
const musclePages = rows.get('muscles/[slug]') ?? [];
const transferred = musclePages.map((r) => r.html + r.css + r.js);
console.log('');
if (transferred.length) {
  console.log(
    `muscle page transferred (gzip)                 ${kb(median(transferred))} / ${kb(Math.max(...transferred))} KiB (median / max, HTML+CSS+JS)`,
  );
}
const [indexRow] = rows.get('muscles/ (index)') ?? [];
if (indexRow) {
  const total = indexRow.html + indexRow.css + indexRow.js + indexRow.images;
  console.log(
    `muscles index with every thumbnail (gzip)      ${kb(total)} KiB (HTML+CSS+JS ${kb(indexRow.html + indexRow.css + indexRow.js).trim()} + ${indexRow.imageCount} images ${kb(indexRow.images).trim()})`,
  );
}

// ---------------------------------------------------------------- map shapes
// How much of the referral zones' outlines runs in straight lines (a sign of boxy, grid-cut
// shapes): every zone path of every map on every muscle page, through src/lib/path-metrics.ts.
{
  const { tsImport } = await import('tsx/esm/api');
  const { parsePath, straightRuns } = await tsImport('../src/lib/path-metrics.ts', import.meta.url);
  const { onOutline } = await tsImport('../src/lib/zone-shapes.ts', import.meta.url);
  const { getView } = await tsImport('../src/atlas/index.ts', import.meta.url);
  const outlines = new Map();
  const outlineOf = (view) => outlines.get(view) ?? outlines.set(view, onOutline(getView(view))).get(view);
  // Straight lines along the body's outline (where a zone reaches the skin's edge and follows
  // the figure) apart from those inside the body (where the zone's own edge is drawn).
  const split = { outline: 0, inside: 0 };
  // For scale: the figure's own outline, measured the same way at each main map's height. A zone
  // edge that follows the skin can be no curvier than the skin.
  const figure = { straight: 0, total: 0 };
  const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const stats = { all: { straight: 0, total: 0, shapes: [] }, main: { straight: 0, total: 0, shapes: [] } };
  for (const file of pages) {
    if (template(file) !== 'muscles/[slug]') continue;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)) {
      const open = /^<svg\b[^>]*>/.exec(m[0])[0];
      const cls = (attr(open, 'class') ?? '').split(/\s+/);
      if (!cls.includes('referral-map')) continue;
      const H = Number((attr(open, 'viewBox') ?? '').trim().split(/[\s,]+/)[3]);
      if (!(H > 0)) throw new Error(`${file}: referral map without a usable viewBox: ${open}`);
      let shapes = 0;
      const sums = [stats.all, ...(cls.includes('compact') ? [] : [stats.main])];
      for (const p of m[0].matchAll(/<path\b[^>]*>/g)) {
        if (attr(p[0], 'data-zone') === undefined) continue;
        shapes++;
        const { runs, total } = straightRuns(parsePath(attr(p[0], 'd') ?? ''), 0.02 * H);
        const straight = runs.reduce((sum, r) => sum + r.len, 0);
        for (const s of sums) {
          s.straight += straight;
          s.total += total;
        }
        if (!cls.includes('compact')) {
          const on = outlineOf(attr(open, 'data-view'));
          for (const r of runs) split[on((r.from.x + r.to.x) / 2, (r.from.y + r.to.y) / 2) ? 'outline' : 'inside'] += r.len;
        }
      }
      for (const s of sums) s.shapes.push(shapes);
      if (!cls.includes('compact')) {
        const shape = new RegExp(`<path id="atlas-${attr(open, 'data-view')}-shape" d="([^"]*)"`).exec(html)?.[1];
        if (shape) {
          const { runs, total } = straightRuns(parsePath(shape), 0.02 * H);
          figure.straight += runs.reduce((sum, r) => sum + r.len, 0);
          figure.total += total;
        }
      }
    }
  }
  const pct = (s) => `${((100 * s.straight) / (s.total || 1)).toFixed(1)} %`;
  console.log('');
  console.log('map shapes (zone outlines on muscle pages; straight = runs within 2° longer than 2 % of the map height)');
  console.log(`  zone outline in straight lines   ${pct(stats.all)}   (main maps only: ${pct(stats.main)})`);
  const share = (x) => `${((100 * x) / (stats.main.total || 1)).toFixed(1)} %`;
  console.log(
    `    of which along the body outline ${share(split.outline)}, inside the body ${share(split.inside)}   (main maps, share of all zone outline)`,
  );
  console.log(`    the figure's own outline, measured alike at each main map's height: ${pct(figure)} in straight lines`);
  console.log(`  zone shapes per map (median)     ${median(stats.all.shapes) ?? 0}   (main maps only: ${median(stats.main.shapes) ?? 0})`);
  console.log(
    `  maps measured                    ${stats.all.shapes.length}   (${stats.main.shapes.length} main maps, ${stats.all.shapes.length - stats.main.shapes.length} per trigger point)`,
  );
}

// ---------------------------------------------------------------- reading grade
// Flesch–Kincaid grade of each "In plain words" section (src/lib/readability.ts); the content
// tests hold every condition and muscle page at MAX_PLAIN_GRADE or below.
{
  const { tsImport } = await import('tsx/esm/api');
  const { plainGrades } = await tsImport('../src/lib/plain-grades.ts', import.meta.url);
  const { MAX_PLAIN_GRADE } = await tsImport('../src/lib/readability.ts', import.meta.url);
  for (const collection of ['conditions', 'muscles']) {
    const rows = plainGrades('.', collection).sort((a, b) => b.grade - a.grade);
    if (!rows.length) continue;
    const grades = rows.map((r) => r.grade);
    const over = rows.filter((r) => r.grade > MAX_PLAIN_GRADE).length;
    console.log('');
    console.log(
      `reading grade, "In plain words" on ${collection} pages (Flesch-Kincaid; limit ${MAX_PLAIN_GRADE}): min ${Math.min(...grades)}, median ${median(grades)}, max ${Math.max(...grades)}; ${over} over ${MAX_PLAIN_GRADE}`,
    );
    const cells = rows.map((r) => `${r.slug.slice(0, 30).padEnd(30)} ${r.grade.toFixed(1).padStart(4)}`);
    for (let i = 0; i < cells.length; i += 3) console.log(`  ${cells.slice(i, i + 3).join('   ')}`);
  }
}

// ---------------------------------------------------------------- finder words
// The table of typed queries written from Travell & Simons (tests/fixtures/finder-queries.ts).
{
  const { tsImport } = await import('tsx/esm/api');
  const { realIndex } = await tsImport('../tests/unit/real-finder.ts', import.meta.url);
  const { evaluate } = await tsImport('../tests/fixtures/finder-eval.ts', import.meta.url);
  const { outcomes, hitAt5, allAt5 } = evaluate(realIndex());
  const byKind = new Map();
  for (const o of outcomes) byKind.set(o.row.kind, [...(byKind.get(o.row.kind) ?? []), o.hit]);
  console.log('');
  console.log(`finder query table (${outcomes.length} typed queries, expected muscles from Travell & Simons)`);
  console.log(`  hit@5 (an expected muscle in the top five; no ranking where none is due)   ${hitAt5.toFixed(3)}   (goal >= 0.97)`);
  console.log(`  all@5 (every expected muscle in the top five)                              ${allAt5.toFixed(3)}`);
  console.log(`  by kind: ${[...byKind].map(([k, v]) => `${k} ${v.filter(Boolean).length}/${v.length}`).join(', ')}`);
  for (const o of outcomes.filter((x) => !x.hit)) console.log(`  miss: "${o.row.q}" -> ${o.top.join(', ') || '(no ranking)'}`);
  const finderPage = join(DIST, 'finder', 'index.html');
  if (existsSync(finderPage))
    console.log(
      `  finder page JavaScript (gzip, loaded before the first pick)                ${kb(pageWeight(DIST, finderPage).js)} KiB   (budget 40 KiB)`,
    );
}

// ---------------------------------------------------------------- in the browser
const { spawn } = await import('node:child_process');
const { chromium } = await import('@playwright/test');
const { CHROMIUM_ARGS, findChromium } = await import('./browser.mjs');
const PORT = 4398;
const server = spawn('astro', ['preview', '--port', String(PORT)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
// Wait for the preview server (up to a minute: a busy 2-core machine starts it slowly).
for (let i = 0; i < 600; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/finder/`);
  await page.waitForFunction(() => 'globalThis' in window && globalThis.__tpaFinder);
  const rank = await page.evaluate(() => {
    const { index, runQuery } = globalThis.__tpaFinder;
    const regions = index.data.regions.map((r) => r.id);
    const time = (sel) => {
      const t0 = performance.now();
      runQuery(index, '', sel);
      return performance.now() - t0;
    };
    for (let i = 0; i < 50; i++) time([regions[i % regions.length]]); // warm up
    const single = regions.map((r) => time([r])).sort((a, b) => a - b);
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const triples = Array.from({ length: 300 }, () => time([0, 1, 2].map(() => regions[Math.floor(rnd() * regions.length)]))).sort((a, b) => a - b);
    const tw = performance.now();
    void index.words; // the word data is built on first use
    const wordBuild = performance.now() - tw;
    const words = [
      'temple',
      'back of the knee',
      'tennis elbow',
      'sharp pain at the side of my ribs when I breathe in',
      'pins and needles in the fingers',
    ].map((q) => {
      const t0 = performance.now();
      runQuery(index, q, []);
      return performance.now() - t0;
    });
    const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))];
    return {
      muscles: index.data.muscles.length,
      regions: regions.length,
      single: [q(single, 0.5), single.at(-1)],
      triple: [q(triples, 0.5), triples.at(-1)],
      words: Math.max(...words),
      wordBuild,
    };
  });
  // A pick as the browser handles it: from the click on a region until the updated list is laid
  // out, ready to paint. The click handler, Svelte's update (a microtask) and any other microtask
  // run first; a message (a new task) then finds them all done, and reading the list's box there
  // makes the browser recompute style and layout for everything the pick changed. Only the paint
  // itself is left out (it waits for the next frame). Each pick must change the list's text.
  const update = await page.evaluate(async () => {
    const nextTask = () =>
      new Promise((resolve) => {
        const c = new MessageChannel();
        c.port1.onmessage = resolve;
        c.port2.postMessage(0);
      });
    const idle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const times = [];
    for (const key of ['temple|r', 'orbit|r', 'lateral-neck|r', 'zygoma|r', 'temple|r', 'orbit|r', 'nose|r', 'chin|m', 'nose|r']) {
      const el = document.querySelector(`svg.interactive [data-key="${key}"]`);
      const list = document.querySelector('[data-testid="finder-results"]');
      const before = list.textContent;
      await idle();
      const t0 = performance.now();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await nextTask();
      list.getBoundingClientRect();
      const t1 = performance.now();
      if (list.textContent === before) throw new Error(`a pick of ${key} did not change the result list`);
      times.push(t1 - t0);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), first: times[0] };
  });
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log('');
  console.log(`finder (in Chromium, ${rank.muscles} muscles, ${rank.regions} regions)`);
  console.log(`  rank for one region      median ${ms(rank.single[0])}, worst ${ms(rank.single[1])}`);
  console.log(`  rank for three regions   median ${ms(rank.triple[0])}, worst ${ms(rank.triple[1])}`);
  console.log(`  word data built          ${ms(rank.wordBuild)} (once, on the first typed word)`);
  console.log(`  typed query (worst of 5) ${ms(rank.words)}`);
  console.log(
    `  pick to list laid out    median ${ms(update.median)}, worst ${ms(update.worst)}, first pick ${ms(update.first)} (9 picks; budget: median 16 ms)`,
  );

  // Search: bytes over the wire for a first query, and time to the first result on screen.
  const s = await browser.newPage();
  await s.goto(`${base}/muscles/masseter/`);
  let bytes = 0;
  let gzBytes = 0;
  s.on('response', async (res) => {
    if (!res.url().includes('/pagefind/') && !res.url().includes('/data/search-words.json')) return;
    try {
      const body = await res.body();
      bytes += body.length;
      // Pagefind's index files are already compressed; a host gzips the JavaScript and JSON.
      gzBytes += /\.(js|json)$/.test(new URL(res.url()).pathname) ? gz(body) : body.length;
    } catch {}
  });
  await s.keyboard.press('/');
  const t0 = Date.now();
  await s.keyboard.type('jaw clicking', { delay: 0 });
  await s.locator('[data-search-results] li').first().waitFor();
  const firstMs = Date.now() - t0;
  await s.waitForTimeout(300);
  console.log('');
  console.log('search (Pagefind, cold cache, "jaw clicking")');
  console.log(
    `  bytes for the first query  ${(gzBytes / 1024).toFixed(1)} KiB with the JavaScript gzipped as a host serves it (${(bytes / 1024).toFixed(1)} KiB uncompressed); budget 150 KiB`,
  );
  console.log(`  time to first results      ${firstMs} ms (typing included)`);

  // Lighthouse (mobile, simulated throttling) on the two island pages, when a Lighthouse CLI is
  // given: LIGHTHOUSE=/path/to/lighthouse npm run bench (e.g. after `npm i --prefix /tmp/lh
  // lighthouse@12`: LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse). Three runs each, median
  // shown; a busy machine inflates total blocking time, so the load average is printed too.
  const lighthouse = process.env.LIGHTHOUSE;
  console.log('');
  if (!lighthouse) {
    console.log('lighthouse: skipped (set LIGHTHOUSE to a Lighthouse CLI to measure /finder/, /study/ and a muscle page)');
  } else {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir, loadavg } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'tpa-lh-'));
    console.log(`lighthouse (mobile, simulated throttling; median of 3; load average ${loadavg()[0].toFixed(2)} at the start)`);
    // /muscles/scalenes/ is the heaviest muscle page (six maps).
    for (const path of ['/finder/', '/study/', '/muscles/scalenes/']) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const out = join(dir, `lh-${i}.json`);
        execFileSync(
          lighthouse,
          [
            `${base}${path}`,
            '--form-factor=mobile',
            '--only-categories=performance',
            `--chrome-flags=--headless=new --no-sandbox`,
            '--output=json',
            `--output-path=${out}`,
            '--quiet',
          ],
          {
            stdio: 'ignore',
            env: { ...process.env, ...(executablePath ? { CHROME_PATH: executablePath } : {}) },
          },
        );
        const r = JSON.parse(readFileSync(out, 'utf8'));
        runs.push({
          score: Math.round(r.categories.performance.score * 100),
          tbt: r.audits['total-blocking-time'].numericValue,
          cls: r.audits['cumulative-layout-shift'].numericValue,
        });
      }
      const mid = (k) => median(runs.map((r) => r[k]));
      console.log(
        `  ${path.padEnd(10)} performance ${mid('score')} (runs ${runs.map((r) => r.score).join(', ')}), total blocking time ${Math.round(mid('tbt'))} ms (runs ${runs.map((r) => Math.round(r.tbt)).join(', ')}), CLS ${mid('cls').toFixed(3)}`,
      );
    }
    console.log('  budgets: /finder/ total blocking time <= 100 ms; /study/ performance 100, CLS 0');
  }
} finally {
  await browser.close();
  server.kill();
}
