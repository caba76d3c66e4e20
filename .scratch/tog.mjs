import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 412, height: 823 } });
await p.route('**/_astro/Base*.js', (r) => r.abort());
await p.goto('http://127.0.0.1:4500/study/');
console.log(await p.evaluate(() => { const t = document.querySelector('.theme-toggle'); const cs = getComputedStyle(t); return [t.hidden, cs.display, cs.visibility, t.getBoundingClientRect().width, matchMedia('(scripting: none)').matches]; }));
await b.close();
