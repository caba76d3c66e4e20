// Byte budgets, which are deterministic (timings are printed by `npm run bench`, not tested):
// what a phone downloads for a muscle page and for the muscles index with every thumbnail.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/page-weight.mjs';

const DIST = 'dist';
const KiB = 1024;
type Weight = { html: number; css: number; js: number; images: number };
const total = (w: Weight) => w.html + w.css + w.js + w.images;

test('every muscle page is at most 30 KiB transferred with gzip', () => {
  const slugs = readdirSync(join(DIST, 'muscles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  expect(slugs.length).toBeGreaterThan(100);
  const over = slugs.map((s) => [s, total(pageWeight(DIST, join(DIST, 'muscles', s, 'index.html')) as Weight)] as const).filter(([, b]) => b > 30 * KiB);
  expect(over.map(([s, b]) => `${s}: ${(b / KiB).toFixed(1)} KiB`)).toEqual([]);
});

test('the muscles index with every thumbnail is at most 150 KiB transferred with gzip', () => {
  const w = pageWeight(DIST, join(DIST, 'muscles', 'index.html')) as Weight;
  expect(total(w) / KiB).toBeLessThanOrEqual(150);
});

test('content pages load at most 2.5 KiB of JavaScript (gzip): search, the offline worker and the theme', () => {
  const pages = ['muscles/masseter', 'conditions/stiff-neck', 'guides/static-pressure', 'regions/temple', 'muscles', 'conditions', 'guides', 'about', ''];
  const over = pages
    .map((p) => [p || '/', (pageWeight(DIST, join(DIST, p, 'index.html')) as Weight).js] as const)
    .filter(([, js]) => js > 2.5 * KiB)
    .map(([p, js]) => `${p}: ${(js / KiB).toFixed(2)} KiB`);
  expect(over).toEqual([]);
});

test('the first search downloads at most 150 KiB (Pagefind JavaScript gzipped as a host serves it)', async ({ page }) => {
  await page.goto('/muscles/masseter/');
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (!res.url().includes('/pagefind/')) return;
    pending.push(
      res.body().then(
        (body) => {
          // Pagefind's index and fragments are already compressed; its JavaScript is not.
          bytes += /\.js$/.test(new URL(res.url()).pathname) ? gzipSync(body).length : body.length;
        },
        () => {},
      ),
    );
  });
  await page.keyboard.press('/');
  await page.keyboard.type('jaw clicking');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  expect(bytes).toBeGreaterThan(10 * KiB);
  expect(bytes / KiB).toBeLessThanOrEqual(150);
});
