// Prints the site's budgets as numbers: build time, page count, and per page template the
// HTML, CSS and JS bytes (gzip) a visitor downloads. Usage: npm run bench
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const url = '/' + relative(DIST, file).replace(/index\.html$/, '');
  if (url === '/') return 'home';
  if (url === '/404.html') return '404';
  const m = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(url);
  if (!m) return url;
  return m[2] ? `${m[1]}/[slug]` : `${m[1]}/ (index)`;
}

function assetBytes(html, pattern) {
  let bytes = 0;
  for (const m of html.matchAll(pattern)) {
    const path = join(DIST, m[1]);
    if (existsSync(path)) bytes += gz(readFileSync(path));
  }
  return bytes;
}

const rows = new Map();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const inlineStyle = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((a, m) => a + gz(m[1]), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/(ld\+)?json/.test(m[0])).reduce((a, m) => a + gz(m[1]), 0);
  const css = assetBytes(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g) + inlineStyle;
  const js = assetBytes(html, /<script[^>]+src="([^"]+)"/g) + assetBytes(html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g) + inlineJs;
  const t = template(file);
  const row = rows.get(t) ?? [];
  row.push({ html: gz(html), raw: Buffer.byteLength(html), css, js });
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
