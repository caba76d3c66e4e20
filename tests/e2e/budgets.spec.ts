// Byte budgets, which are deterministic (timings are printed by `npm run bench`, not tested):
// what a phone downloads for a muscle page and for the muscles index with every thumbnail.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
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
