// Contact sheets of the built referral maps, one PNG per body area, so every pattern of an
// area can be judged side by side exactly as the site renders it:
//   npm run build && npx tsx scripts/contact-sheet.ts [--out dir] [--keep-html] [area…]
// Writes <dir>/<area>.png (default dir test-results/contact-sheets), e.g. head-neck.png.
//
// Built from the pages themselves: each muscle page's main map figures (<figure class="map">
// whose svg.referral-map is not .compact, i.e. not the per-trigger-point maps), its
// svg.atlas-defs children once per sheet (deduplicated by id), its inline <style> blocks and
// its linked stylesheets (as file:// URLs). Ids inside a figure (pattern ids such as
// m-0-hatch) are unique on a page but not across pages, so they are prefixed with the muscle's
// slug and every reference to them (url(#…), href="#…", aria-*) is rewritten to match. The
// HTML is parsed by Chromium's DOMParser, not by regular expressions.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const MAP_HEIGHT = 240; // px per map
const VIEWPORT_WIDTH = 1600;

const args = process.argv.slice(2);
let outDir = 'test-results/contact-sheets';
let keepHtml = false;
const areasWanted: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') {
    const v = args[++i];
    if (!v) throw new Error('--out needs a directory');
    outDir = v;
  } else if (a === '--keep-html') keepHtml = true;
  else if (a.startsWith('--')) throw new Error(`unknown flag ${a} (usage: contact-sheet.ts [--out dir] [--keep-html] [area…])`);
  else areasWanted.push(a);
}

const DIST = resolve('dist');
const dataFile = join(DIST, 'data', 'muscles.json');
if (!existsSync(dataFile) || !existsSync(join(DIST, 'muscles'))) {
  console.error(`No built site in ${DIST} (need dist/data/muscles.json and dist/muscles/). Run \`npm run build\` first.`);
  process.exit(1);
}

interface MuscleEntry {
  id: string;
  name: string;
  area: string;
  url?: string;
}
const muscles = (JSON.parse(readFileSync(dataFile, 'utf8')) as { muscles: MuscleEntry[] }).muscles;

// Area order and labels as the muscles index shows them (<h2 id="area-…">Label</h2>).
const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const areaLabels = new Map<string, string>();
const indexFile = join(DIST, 'muscles', 'index.html');
if (existsSync(indexFile)) {
  for (const m of readFileSync(indexFile, 'utf8').matchAll(/<h2\b[^>]*\bid="area-([^"]+)"[^>]*>([^<]*)<\/h2>/g))
    areaLabels.set(m[1]!, unescapeHtml(m[2]!));
}
const allAreas = [...new Set(muscles.map((m) => m.area))];
const order = [...areaLabels.keys()];
const rank = (a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
allAreas.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
for (const a of areasWanted) if (!allAreas.includes(a)) throw new Error(`unknown area "${a}" (areas: ${allAreas.join(', ')})`);
const areas = areasWanted.length ? allAreas.filter((a) => areasWanted.includes(a)) : allAreas;

// ------------------------------------------------------------------ in the browser
interface ExtractIn {
  html: string;
  slug: string;
  /** Defs already on the sheet: id → outerHTML. */
  known: Record<string, string>;
}
interface ExtractOut {
  figures: string[];
  newDefs: [string, string][];
  styles: string[];
  sheets: string[];
  htmlAttrs: [string, string][];
  bodyAttrs: [string, string][];
  defsSvgAttrs: [string, string][];
  missing: string[];
  renamedDefs: string[];
}

// Runs in Chromium (passed as source text, so nothing the TypeScript compiler adds leaks in).
function extract({ html, slug, known }: ExtractIn): ExtractOut {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const attrs = (el: Element | null): [string, string][] => (el ? [...el.attributes].map((a) => [a.name, a.value]) : []);

  // Rewrites ids and references to them in a subtree, for the ids in `map`.
  const rewrite = (root: Element, map: Map<string, string>) => {
    if (!map.size) return;
    const urlRe = /url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      for (const a of [...el.attributes]) {
        let v = a.value;
        if (a.name === 'id') v = map.get(v) ?? v;
        else if ((a.name === 'href' || a.name === 'xlink:href') && v.startsWith('#')) v = `#${map.get(v.slice(1)) ?? v.slice(1)}`;
        else if (/^(aria-labelledby|aria-describedby|aria-controls|aria-owns|for)$/.test(a.name))
          v = v
            .split(/\s+/)
            .map((t) => map.get(t) ?? t)
            .join(' ');
        if (v.includes('url(')) v = v.replace(urlRe, (m, q: string, id: string) => (map.has(id) ? `url(${q}#${map.get(id)}${q})` : m));
        if (v !== a.value) el.setAttribute(a.name, v);
      }
      if (el.localName === 'style' && el.textContent) {
        el.textContent = el.textContent.replace(urlRe, (m, q: string, id: string) => (map.has(id) ? `url(${q}#${map.get(id)}${q})` : m));
      }
    }
  };
  const references = (root: Element): string[] => {
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      for (const a of el.attributes) {
        if ((a.name === 'href' || a.name === 'xlink:href') && a.value.startsWith('#')) out.push(a.value.slice(1));
        for (const m of a.value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) out.push(m[1]!);
      }
    }
    return out;
  };

  // The shared base figures: <svg class="atlas-defs"><defs>…children with ids…</defs></svg>.
  const defsSvg = doc.querySelector('svg.atlas-defs');
  const newDefs: [string, string][] = [];
  const renamedDefs: string[] = [];
  const defRenames = new Map<string, string>();
  const defIds = new Set<string>();
  for (const svg of doc.querySelectorAll('svg.atlas-defs')) {
    const holders = svg.querySelectorAll(':scope > defs');
    const children = holders.length ? [...holders].flatMap((d) => [...d.children]) : [...svg.children];
    for (const el of children) {
      for (const x of [el, ...el.querySelectorAll('[id]')]) if (x.id) defIds.add(x.id);
      const key = el.id || el.outerHTML;
      const prior = known[key];
      if (prior === undefined) {
        newDefs.push([key, el.outerHTML]);
        known[key] = el.outerHTML;
      } else if (prior !== el.outerHTML) {
        // Same id, different drawing: keep both, this page's under new ids.
        const map = new Map<string, string>();
        for (const x of [el, ...el.querySelectorAll('[id]')]) if (x.id) map.set(x.id, `${x.id}--${slug}`);
        rewrite(el, map);
        for (const [a, b] of map) defRenames.set(a, b);
        renamedDefs.push(key);
        const k2 = el.id || el.outerHTML;
        if (known[k2] === undefined) {
          newDefs.push([k2, el.outerHTML]);
          known[k2] = el.outerHTML;
        }
      }
    }
  }

  const figures: string[] = [];
  const missing = new Set<string>();
  for (const fig of doc.querySelectorAll('figure.map')) {
    const svg = fig.querySelector('svg.referral-map');
    if (!svg || svg.classList.contains('compact')) continue;
    const local = new Set([...fig.querySelectorAll('[id]')].map((e) => e.id));
    for (const ref of references(fig)) if (!local.has(ref) && !defIds.has(ref)) missing.add(ref);
    const map = new Map(defRenames);
    for (const id of local) map.set(id, `${slug}--${id}`);
    rewrite(fig, map);
    const vb = (svg.getAttribute('viewBox') ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const [w, h] = [vb[2] ?? 0, vb[3] ?? 0];
    const H = MAP_HEIGHT_PX;
    const W = w > 0 && h > 0 ? Math.round((H * w) / h) : H;
    svg.setAttribute('style', `${svg.getAttribute('style') ?? ''};width:${W}px;height:${H}px;max-height:none;max-width:none`);
    figures.push(fig.outerHTML);
  }

  return {
    figures,
    newDefs,
    styles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    sheets: [...doc.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) => l.getAttribute('href')!),
    htmlAttrs: attrs(doc.documentElement),
    bodyAttrs: attrs(doc.body),
    defsSvgAttrs: attrs(defsSvg),
    missing: [...missing],
    renamedDefs,
  };
}
declare const MAP_HEIGHT_PX: number;

// Checks the finished sheet in the page: references resolve, ids are unique, maps have size.
function verify(): { unresolved: string[]; duplicates: string[]; maps: number; badSize: number } {
  const ids = new Map<string, number>();
  for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  const unresolved = new Set<string>();
  for (const el of document.querySelectorAll('svg.referral-map, svg.referral-map *')) {
    for (const a of el.attributes) {
      const refs = [...a.value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)].map((m) => m[1]!);
      if ((a.name === 'href' || a.name === 'xlink:href') && a.value.startsWith('#')) refs.push(a.value.slice(1));
      for (const r of refs) if (!document.getElementById(r)) unresolved.add(r);
    }
  }
  const maps = [...document.querySelectorAll('svg.referral-map')];
  const badSize = maps.filter((m) => {
    const r = m.getBoundingClientRect();
    return r.width < 10 || Math.abs(r.height - MAP_HEIGHT_PX) > 1;
  }).length;
  return { unresolved: [...unresolved], duplicates: [...ids].filter(([, n]) => n > 1).map(([id]) => id), maps: maps.length, badSize };
}

const SHEET_CSS = `
html, body { background: #efebe7 !important; }
body.cs { margin: 0 !important; padding: 16px !important; display: block !important; max-width: none !important; min-height: 0 !important; }
.cs-head { font: 600 22px/1.2 system-ui, sans-serif; margin: 0 0 12px; color: #222; }
.cs-head small { font-weight: 400; font-size: 14px; color: #555; margin-left: 8px; }
.cs-grid { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
.cs-muscle { background: #fff; border: 1px solid #c9c1b9; border-radius: 6px; padding: 6px 8px 8px; }
.cs-muscle h2 { font: 600 15px/1.25 system-ui, sans-serif; margin: 0 0 6px; color: #222; }
.cs-muscle h2 small { font-weight: 400; font-size: 12px; color: #666; margin-left: 6px; }
.cs-maps { display: flex; gap: 8px; align-items: flex-end; }
.cs-maps figure.map { margin: 0 !important; width: auto !important; }
.cs-maps figcaption { font: 13px/1.3 system-ui, sans-serif !important; text-align: center; margin-top: 2px; }
.cs-empty { font: italic 13px system-ui, sans-serif; color: #a33; }
`;

const attrText = (list: [string, string][], skip: string[] = []) =>
  list
    .filter(([n]) => !skip.includes(n))
    .map(([n, v]) => ` ${n}="${esc(v)}"`)
    .join('');

mkdirSync(outDir, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'contact-sheet-'));
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
let problems = 0;
try {
  // The functions run in the page as source text; tsx may wrap inner functions in __name().
  const pageGlobals = `globalThis.MAP_HEIGHT_PX = ${MAP_HEIGHT}; globalThis.__name = (f) => f;`;
  const work = await browser.newPage();
  await work.evaluate(pageGlobals);
  const sheetPage = await browser.newPage({ viewport: { width: VIEWPORT_WIDTH, height: 900 } });
  await sheetPage.addInitScript(pageGlobals);

  for (const area of areas) {
    const list = muscles.filter((m) => m.area === area).sort((a, b) => a.name.localeCompare(b.name));
    const known: Record<string, string> = {};
    const defs: string[] = [];
    const styles = new Set<string>();
    const sheets = new Set<string>();
    let htmlAttrs: [string, string][] = [];
    let bodyAttrs: [string, string][] = [];
    let defsSvgAttrs: [string, string][] = [];
    const cards: string[] = [];
    let mapCount = 0;
    for (const m of list) {
      const file = join(DIST, 'muscles', m.id, 'index.html');
      if (!existsSync(file)) {
        console.warn(`  ! ${m.id}: no built page at ${file}`);
        problems++;
        continue;
      }
      const out = (await work.evaluate(
        `(${extract.toString()})(${JSON.stringify({ html: readFileSync(file, 'utf8'), slug: m.id, known })})`,
      )) as ExtractOut;
      for (const [k, v] of out.newDefs) {
        known[k] = v;
        defs.push(v);
      }
      for (const s of out.styles) styles.add(s);
      for (const href of out.sheets)
        sheets.add(/^[a-z]+:/i.test(href) ? href : pathToFileURL(join(DIST, decodeURI(new URL(href, `http://x/muscles/${m.id}/`).pathname))).href);
      if (!htmlAttrs.length) htmlAttrs = out.htmlAttrs;
      if (!bodyAttrs.length) bodyAttrs = out.bodyAttrs;
      if (!defsSvgAttrs.length) defsSvgAttrs = out.defsSvgAttrs;
      if (out.missing.length) {
        console.warn(`  ! ${m.id}: references to ids defined neither in its maps nor in its atlas defs: ${out.missing.join(', ')}`);
        problems++;
      }
      if (out.renamedDefs.length)
        console.warn(`  · ${m.id}: atlas defs differing from another page's under the same id, kept under new ids: ${out.renamedDefs.join(', ')}`);
      mapCount += out.figures.length;
      cards.push(
        `<section class="cs-muscle"><h2>${esc(m.name)}<small>${esc(m.id)}</small></h2>` +
          (out.figures.length ? `<div class="cs-maps">${out.figures.join('')}</div>` : `<p class="cs-empty">no maps on the page</p>`) +
          `</section>`,
      );
    }
    const label = areaLabels.get(area) ?? area;
    const bodyClass = bodyAttrs.find(([n]) => n === 'class')?.[1];
    const html =
      `<!doctype html><html${attrText(htmlAttrs)}><head><meta charset="utf-8"><title>${esc(label)} – contact sheet</title>` +
      [...sheets].map((h) => `<link rel="stylesheet" href="${esc(h)}">`).join('') +
      [...styles].map((s) => `<style>${s}</style>`).join('') +
      `<style>${SHEET_CSS}</style></head>` +
      `<body${attrText(bodyAttrs, ['class'])} class="${esc(['cs', bodyClass].filter(Boolean).join(' '))}">` +
      `<h1 class="cs-head">${esc(label)}<small>${list.length} muscles · ${mapCount} maps · ${area}</small></h1>` +
      `<div class="cs-grid">${cards.join('')}</div>` +
      `<svg${attrText(defsSvgAttrs.length ? defsSvgAttrs : [['class', 'atlas-defs']], ['style'])} style="position:absolute;width:0;height:0;overflow:hidden"><defs>${defs.join('')}</defs></svg>` +
      `</body></html>`;
    const htmlFile = join(tmp, `${area}.html`);
    writeFileSync(htmlFile, html);
    await sheetPage.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    const check = (await sheetPage.evaluate(`(${verify.toString()})()`)) as ReturnType<typeof verify>;
    if (check.unresolved.length) {
      console.warn(`  ! ${area}: unresolved references on the sheet: ${check.unresolved.join(', ')}`);
      problems++;
    }
    if (check.duplicates.length)
      console.warn(`  · ${area}: duplicate ids on the sheet: ${check.duplicates.slice(0, 10).join(', ')}${check.duplicates.length > 10 ? ' …' : ''}`);
    if (check.badSize) {
      console.warn(`  ! ${area}: ${check.badSize} of ${check.maps} maps are not ${MAP_HEIGHT} px tall`);
      problems++;
    }
    const png = join(outDir, `${area}.png`);
    await sheetPage.screenshot({ path: png, fullPage: true });
    if (keepHtml) writeFileSync(join(outDir, `${area}.html`), html);
    console.log(`${png}  (${list.length} muscles, ${check.maps} maps)`);
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
if (problems) console.warn(`${problems} problem(s), see above`);
