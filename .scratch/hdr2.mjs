import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
const p = await ctx.newPage();
await p.addInitScript(() => {
  window.__log = [];
  const snap = (tag) => { const t = document.querySelector('.theme-toggle'); const s = document.querySelector('.search-slot'); if (t && s) window.__log.push(`${tag} toggle hidden=${t.hidden} disp=${getComputedStyle(t).display} x=${Math.round(t.getBoundingClientRect().x)} slot x=${Math.round(s.getBoundingClientRect().x)}`); };
  document.addEventListener('DOMContentLoaded', () => snap('dcl'));
  requestAnimationFrame(() => snap('raf1'));
  new MutationObserver(() => snap('mut')).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
});
await p.goto('http://127.0.0.1:4500/study/');
await p.waitForTimeout(2000);
console.log((await p.evaluate(() => window.__log)).filter((v, i, a) => a.indexOf(v) === i).join('\n'));
await b.close();
