// Renders each atlas view as a checking sheet: the figure, every region boundary with its id
// at its centroid, and the surface anatomy lines on top, so regions can be (re)drawn by eye:
//   npx tsx scripts/atlas-sheet.ts [view…] [--no-labels] [--no-regions] [--box=x,y,w,h]
// Writes test-results/atlas/<view>.png (whole-body views ~1600 px tall, close views ~900 px).
// --box=x,y,w,h draws only that window of the view (in its SVG units), 1200 px tall, into
// test-results/atlas/<view>-box.png: a close look at a crowded part (a hand, the face).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { getView, VIEW_IDS, type MultiPolygon, type Point, type Side, type ViewId } from '../src/atlas';
import { anatomyPaths } from '../src/atlas/anatomy';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
let box: [number, number, number, number] | undefined;
for (const f of flags) {
  if (f === '--no-labels' || f === '--no-regions') continue;
  const m = /^--box=(-?[\d.]+),(-?[\d.]+),([\d.]+),([\d.]+)$/.exec(f);
  if (!m) throw new Error(`unknown flag ${f} (flags: --no-labels, --no-regions, --box=x,y,w,h)`);
  box = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}
const named = args.filter((a) => !a.startsWith('--'));
for (const v of named) if (!(VIEW_IDS as readonly string[]).includes(v)) throw new Error(`unknown view "${v}" (views: ${VIEW_IDS.join(', ')})`);
const views: ViewId[] = named.length ? (named as ViewId[]) : [...VIEW_IDS];
const labels = !flags.has('--no-labels');
const regions = !flags.has('--no-regions');

/** Width of a region (view units) along the horizontal line through its label point. */
function runWidth(polygons: MultiPolygon, [cx, cy]: Point): number {
  const xs: number[] = [];
  for (const poly of polygons)
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[i + 1]!;
        if (ay === by || (ay - cy) * (by - cy) > 0) continue;
        xs.push(ax + ((cy - ay) / (by - ay)) * (bx - ax));
      }
  const left = Math.max(...xs.filter((x) => x <= cx), -Infinity);
  const right = Math.min(...xs.filter((x) => x >= cx), Infinity);
  return Number.isFinite(left) && Number.isFinite(right) ? right - left : 0;
}

/** Splits an id at its hyphens into at most `n` lines of similar length. */
function wrap(text: string, n: number): string[] {
  const words = text.split(/(?<=-)/);
  if (n <= 1 || words.length === 1) return [text];
  const target = text.length / n;
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + w.length / 2 > target && lines.length < n - 1) {
      lines.push(cur);
      cur = '';
    }
    cur += w;
  }
  lines.push(cur);
  return lines;
}

/**
 * A region's label at its centroid: its id (and "(l)" on the left side), wrapped at hyphens and
 * sized (9 px down to 6.5 px on the page) to fit the region where it can; a white halo keeps it
 * legible over the lines.
 */
function label(region: string, side: Side, at: Point, polygons: MultiPolygon, px: number): string {
  const text = side === 'l' ? `${region} (l)` : region;
  const width = runWidth(polygons, at) / px; // in page pixels
  let best: { size: number; lines: string[] } | undefined;
  for (const size of [9, 8, 7, 6.5])
    for (let n = 1; n <= 3 && !best; n++) {
      const lines = wrap(text, n);
      const w = Math.max(...lines.map((l) => l.length)) * size * 0.58;
      if (w <= width * 0.95) best = { size, lines };
    }
  best ??= { size: 6.5, lines: wrap(text, 3) };
  const size = best.size * px;
  const y0 = at[1] - ((best.lines.length - 1) * size * 1.05) / 2;
  const tspans = best.lines.map((l, i) => `<tspan x="${at[0].toFixed(2)}" y="${(y0 + i * size * 1.05).toFixed(2)}">${esc(l)}</tspan>`).join('');
  return `<text font-size="${size.toFixed(3)}" stroke-width="${(size * 0.32).toFixed(3)}" dominant-baseline="central">${tspans}</text>`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const WHOLE = new Set<ViewId>(['anterior', 'posterior']);

function sheet(id: ViewId): { svg: string; width: number; height: number } {
  const view = getView(id);
  const [x, y, w, h] = box ?? view.viewBox;
  const height = box ? 1200 : WHOLE.has(id) ? 1600 : 900;
  const width = Math.round((height * w) / h);
  const px = h / height; // view units per pixel
  const line = (n: number) => (n * px).toFixed(3);
  let body = `<path d="${view.outline}" fill="#f3e6dc"/>`;
  if (regions) body += `<path d="${view.regions.map((r) => r.d).join('')}" fill="none" stroke="#c9ab97" stroke-width="${line(0.8)}"/>`;
  body += `<path d="${view.outline}" fill="none" stroke="#6b5446" stroke-width="${line(1.6)}"/>`;
  if (regions && labels) {
    body += `<g font-family="DejaVu Sans, Arial, sans-serif" text-anchor="middle" fill="#23405e" stroke="#fff" stroke-opacity="0.85" stroke-linejoin="round" paint-order="stroke">`;
    for (const r of view.regions) body += label(r.region, r.side, r.centroid, r.polygons, px);
    body += `</g>`;
  }
  body += `<g fill="none" stroke="#4a2f22" stroke-width="${line(1.1)}" stroke-linecap="round" stroke-linejoin="round">`;
  for (const a of anatomyPaths(id)) body += `<path d="${a.d}"><title>${esc(a.id)}</title></path>`;
  body += `</g>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${width}" height="${height}">${body}</svg>`;
  return { svg, width, height };
}

mkdirSync('test-results/atlas', { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  for (const id of views) {
    const { svg, width, height } = sheet(id);
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(`<html><body style="margin:0;background:#fff">${svg}</body></html>`);
    const out = `test-results/atlas/${id}${box ? '-box' : ''}.png`;
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height } });
    await page.close();
    console.log(out);
  }
} finally {
  await browser.close();
}
