// Renders one muscle's referral maps to a PNG without building the site, so content authors can
// check a pattern, its outline and its trigger points by eye:
//   npx tsx scripts/preview-maps.ts <muscle-slug> [out.png]
// Uses the same content loader, zones and map data as the site; draws a plain SVG.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { loadContent } from '../src/lib/content-files';
import { muscleMaps } from '../src/lib/muscle-maps';
import type { PatternInput } from '../src/lib/zones';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const slug = process.argv[2];
if (!slug) throw new Error('usage: preview-maps.ts <muscle-slug> [out.png]');
const out = process.argv[3] ?? `test-results/preview-${slug}.png`;
const { muscles, errors } = loadContent(process.cwd());
for (const e of errors) console.error(`✗ ${e.message}`);
const m = muscles.find((x) => x.id === slug);
if (!m) throw new Error(`no valid muscle "${slug}"`);
const tps = (m.data as unknown as { triggerPoints: { id: string; landmark: string; description: string; referral: PatternInput }[] }).triggerPoints;
const maps = muscleMaps(slug, tps, { crop: false });
let html = `<html><body style="margin:0;font:14px sans-serif"><h3 style="margin:4px">${slug}</h3><div style="display:flex;gap:8px;align-items:flex-end">`;
for (const map of maps) {
  html += `<figure style="margin:0"><svg viewBox="${map.viewBox.join(' ')}" height="${map.view === 'anterior' || map.view === 'posterior' ? 900 : 420}">
  <defs><pattern id="h" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)"><rect width="3" height="3" fill="#f7d4c8"/><line x1="0" y1="0" x2="0" y2="3" stroke="#b8321a" stroke-width="1.2"/></pattern></defs>
  <path d="${map.outline}" fill="#f3e6dc"/><path d="${map.anatomy}" fill="none" stroke="#c7a996" stroke-width="0.5"/>
  ${map.zones.map((z) => `<path d="${z.d}" fill="${z.kind === 'essential' ? '#b8321a' : 'url(#h)'}" stroke="#7a1f0f" stroke-width="0.3"/>`).join('')}
  <path d="${map.contour}" fill="none" stroke="#6b5446" stroke-width="0.4"/>
  <path d="${map.outline}" fill="none" stroke="#6b5446" stroke-width="0.6"/>
  ${map.muscles.map((o) => `<path d="${o.d}" fill="rgb(31 95 168 / .15)" stroke="#1f5fa8" stroke-width="0.8" ${o.depth === 'deep' ? 'stroke-dasharray="2 1.5"' : ''}/>`).join('')}
  ${map.marks.map((k) => `<g transform="translate(${k.x} ${k.y}) scale(0.6)"><path d="M-4 -4L4 4M4 -4L-4 4" stroke="#fff" stroke-width="4"/><path d="M-4 -4L4 4M4 -4L-4 4" stroke="#111" stroke-width="1.8"/></g>`).join('')}
  </svg><figcaption>${map.viewLabel}</figcaption></figure>`;
}
html += '</div></body></html>';
const file = `/tmp/preview-${slug}-${process.pid}.html`;
writeFileSync(file, html);
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
const page = await browser.newPage({ viewport: { width: 1600, height: 960 } });
await page.goto(`file://${file}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(out);
