// Screenshots of each page type at phone and desktop widths, for a person to look at.
// Run with the preview server up (npm start), then: npx tsx scripts/screenshots.ts [baseURL]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const paths = ['/', '/muscles/', '/muscles/upper-trapezius/', '/muscles/infraspinatus/', '/conditions/', '/conditions/tension-type-headache/', '/about/'];
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths) {
    await page.goto(base + p);
    const name = p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
