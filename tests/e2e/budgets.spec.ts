// Byte budgets, which are deterministic (timings are printed by `npm run bench`, not tested):
// what a phone downloads for a muscle page, for the muscles index with every thumbnail, for the
// JavaScript of a content page and for a first search.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../../scripts/page-weight.mjs';

const DIST = 'dist';
const KiB = 1024;
type Weight = { html: number; css: number; js: number; images: number };
const total = (w: Weight) => w.html + w.css + w.js + w.images;

test('every muscle page is at most 30 KiB transferred with gzip', () => {
  const slugs = readdirSync(join(DIST, 'muscles'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(slugs.length).toBeGreaterThan(100);
  const over = slugs
    .map((s) => [s, total(pageWeight(DIST, join(DIST, 'muscles', s, 'index.html')) as Weight)] as const)
    .filter(([, b]) => b > 30 * KiB);
  expect(over.map(([s, b]) => `${s}: ${(b / KiB).toFixed(1)} KiB`)).toEqual([]);
});

test('the muscles index with every thumbnail is at most 150 KiB transferred with gzip', () => {
  const w = pageWeight(DIST, join(DIST, 'muscles', 'index.html')) as Weight;
  expect(total(w) / KiB).toBeLessThanOrEqual(150);
});

test('content pages load at most 2.5 KiB of JavaScript (gzip): search, the offline worker and the theme', () => {
  const pages = [
    'muscles/masseter',
    'conditions/stiff-neck',
    'guides/static-pressure',
    'regions/temple',
    'muscles',
    'conditions',
    'guides',
    'about',
    '',
  ];
  const over = pages
    .map((p) => [p || '/', (pageWeight(DIST, join(DIST, p, 'index.html')) as Weight).js] as const)
    .filter(([, js]) => js > 2.5 * KiB)
    .map(([p, js]) => `${p}: ${(js / KiB).toFixed(2)} KiB`);
  expect(over).toEqual([]);
});

// A first search, as a visitor's browser fetches it with an empty cache: Pagefind's script, wasm
// and metadata, the typo word list, one index chunk per word and one fragment per result shown.
// The JavaScript and JSON count gzipped as a host serves them; Pagefind's own files are already
// compressed. In the header dialog the query is typed at a steady 60 words a minute, so the
// searches and index loads made while typing count too.
const SEARCHES = ['jaw clicking', 'carpel tunnel', 'headache behind the eye'];
const searchBytes = (page: Page) => {
  const files: Promise<[string, number]>[] = [];
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (!path.startsWith('/pagefind/') && path !== '/data/search-words.json') return;
    files.push(res.body().then((body) => [path, /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length]));
  });
  return async () => {
    const all = await Promise.all(files);
    return { kib: all.reduce((a, [, b]) => a + b, 0) / KiB, seen: all.map(([p]) => p) };
  };
};

for (const q of SEARCHES) {
  test(`a first search for "${q}" in the header dialog transfers at most 150 KiB`, async ({ page }) => {
    await page.goto('/muscles/masseter/');
    await page.waitForLoadState('networkidle');
    const measured = searchBytes(page);
    await page.keyboard.press('/');
    await page.keyboard.type(q, { delay: 200 });
    await expect(page.getByRole('dialog', { name: 'Search the atlas' }).getByRole('status')).toHaveText('8 results shown');
    await page.waitForLoadState('networkidle');
    const m = await measured();
    expect(m.seen).toContain('/pagefind/wasm.en.pagefind');
    expect(m.seen.filter((p) => p.endsWith('.pf_fragment')).length).toBeGreaterThanOrEqual(8);
    expect(m.kib, m.seen.join(' ')).toBeLessThanOrEqual(150);
  });

  test(`a first search for "${q}" on /search/?q= transfers at most 150 KiB`, async ({ page }) => {
    const measured = searchBytes(page);
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('main').getByRole('status')).toHaveText('8 results shown');
    await page.waitForLoadState('networkidle');
    const m = await measured();
    expect(m.seen).toContain('/pagefind/wasm.en.pagefind');
    expect(m.seen.filter((p) => p.endsWith('.pf_fragment')).length).toBeGreaterThanOrEqual(8);
    expect(m.kib, m.seen.join(' ')).toBeLessThanOrEqual(150);
  });
}
