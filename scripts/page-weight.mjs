// What a visitor downloads for one built page, in gzip bytes: its HTML, the CSS and JS it loads
// (scripts, module preloads and island code with every module they import, each counted once)
// and the images it shows. Shared by the bench (which prints it) and the budget test.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf).length;

/** A script and every module it imports statically (islands load this way), each counted once. */
function moduleClosure(dist, url, seen) {
  if (seen.has(url)) return 0;
  seen.add(url);
  const path = join(dist, url);
  if (!existsSync(path)) return 0;
  const code = readFileSync(path);
  let bytes = gz(code);
  for (const m of code.toString().matchAll(/(?:import|export)\s*(?:[^'"`;]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    bytes += moduleClosure(dist, new URL(m[1], `http://x${url}`).pathname, seen);
  }
  return bytes;
}

function assetBytes(dist, html, pattern, seen = new Set()) {
  let bytes = 0;
  for (const m of html.matchAll(pattern)) bytes += moduleClosure(dist, m[1], seen);
  return bytes;
}

/** { html (markup without inline CSS/JS), raw, css, js, images, imageCount } for the page at `file` inside `dist`. */
export function pageWeight(dist, file) {
  const html = readFileSync(file, 'utf8');
  const inlineStyle = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((a, m) => a + gz(m[1]), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/application\/(ld\+)?json/.test(m[0]))
    .reduce((a, m) => a + gz(m[1]), 0);
  const css = assetBytes(dist, html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g) + inlineStyle;
  const seen = new Set();
  const js =
    assetBytes(dist, html, /<script[^>]+src="([^"]+)"/g, seen) +
    assetBytes(dist, html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g, seen) +
    // Islands: the component and the framework renderer they hydrate with.
    assetBytes(dist, html, /(?:component|renderer)-url="([^"]+)"/g, seen) +
    inlineJs;
  const pageUrl = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  const srcs = new Set([...html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1]));
  let images = 0;
  for (const src of srcs) {
    const path = join(dist, decodeURI(new URL(src, `http://x${pageUrl}`).pathname));
    if (existsSync(path)) images += gz(readFileSync(path));
  }
  // The HTML figure leaves out the inline <style> and <script> blocks, which css and js already
  // count: a page's parts then add up to what it transfers (counted apart, a little over it).
  const markup = html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<script(?![^>]*src)(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>/g, '');
  return { html: gz(markup), raw: Buffer.byteLength(html), css, js, images, imageCount: srcs.size };
}
