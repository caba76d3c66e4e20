import { chromium } from '@playwright/test';
const [,, base, out, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [i, p] of paths.entries()) {
  for (const w of [1280, 390]) {
    const pg = await b.newPage({ viewport: { width: w, height: w === 390 ? 844 : 900 }, deviceScaleFactor: w === 390 ? 2 : 1 });
    await pg.goto(base + p); await pg.waitForTimeout(800);
    await pg.screenshot({ path: `${out}-${i}-${w}.png`, fullPage: false });
    await pg.close();
  }
}
await b.close();
