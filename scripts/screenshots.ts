// Screenshots for a person to look at. With the site served (npm start):
//   npx tsx scripts/screenshots.ts                      every page type at 360 and 1280 px
//   npx tsx scripts/screenshots.ts --maps /muscles/x/   just the referral map panel of given pages
// Files go to test-results/screens/. Set BASE_URL to use another server.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const args = process.argv.slice(2);
const mapsOnly = args.includes('--maps');
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const given = args.filter((a) => a.startsWith('/'));
const paths = given.length
  ? given
  : ['/', '/muscles/', '/muscles/upper-trapezius/', '/muscles/infraspinatus/', '/conditions/', '/conditions/tension-type-headache/', '/about/'];
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
for (const width of mapsOnly ? [1280] : [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths) {
    await page.goto(base + p);
    const name = p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
    const file = `${out}/${name}${mapsOnly ? '-maps' : ''}-${width}.png`;
    if (mapsOnly) await page.getByTestId('map-panel').first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
