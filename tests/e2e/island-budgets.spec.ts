// Byte budgets of the two island pages, measured on the built site the way `npm run bench`
// prints them (scripts/page-weight.mjs): every script, module preload and island module a
// visitor loads with the page, with the modules they import statically, each counted once, in
// gzip bytes. What loads later on demand (the finder's word data and d3-zoom, the study cards
// and the scheduler) is not part of it. Timings are printed by `npm run bench`, not tested.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/page-weight.mjs';

const DIST = 'dist';
const KiB = 1024;
const jsKiB = (page: string) => (pageWeight(DIST, join(DIST, page, 'index.html')) as { js: number }).js / KiB;

test('the finder page loads at most 40 KiB of JavaScript (gzip)', () => {
  expect(jsKiB('finder')).toBeLessThanOrEqual(40);
});

test('the study page loads at most 55 KiB of JavaScript (gzip)', () => {
  expect(jsKiB('study')).toBeLessThanOrEqual(55);
});

test('the measure counts the island code: the finder page weighs at least its island module and the Svelte runtime', () => {
  const html = readFileSync(join(DIST, 'finder', 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThanOrEqual(2);
  const own = urls.filter((u) => existsSync(join(DIST, u))).reduce((a, u) => a + gzipSync(readFileSync(join(DIST, u))).length, 0);
  expect(own).toBeGreaterThan(0);
  expect(jsKiB('finder') * KiB).toBeGreaterThan(own);
});
