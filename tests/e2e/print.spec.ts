// Print handouts: a muscle page fits one sheet (two pages at most, A4 and Letter) with what a
// patient or therapist needs on paper; a condition page puts its red flags first; no site chrome;
// maps in light colours whatever the screen shows.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { content } from './content';

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree nodes). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

// The longest muscle page (by HTML size in the build) and others with many views or long lists.
const slugs = readdirSync('dist/muscles', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const longest = slugs.reduce((a, s) =>
  statSync(join('dist/muscles', s, 'index.html')).size > statSync(join('dist/muscles', a, 'index.html')).size ? s : a,
);
const MUSCLES = [...new Set([longest, 'scalenes', 'quadratus-lumborum', 'pectoralis-major', 'pelvic-floor', 'upper-trapezius'])];

test.describe('muscle handouts', () => {
  for (const slug of MUSCLES) {
    test(`${slug} prints on at most 2 pages, A4 and Letter`, async ({ page }) => {
      await page.goto(`/muscles/${slug}/`);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pdfPages(await page.pdf({ format }));
        expect(pages, format).toBeGreaterThanOrEqual(1);
        expect(pages, format).toBeLessThanOrEqual(2);
      }
    });
  }

  test('the handout has the maps, trigger points, palpation, self-care, sources, address and date; no site chrome', async ({ page }) => {
    await page.goto('/muscles/upper-trapezius/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.referral-map').first()).toBeVisible();
    await expect(page.locator('.legend')).toBeVisible();
    for (const name of ['Referral pattern', 'Trigger points', 'How to palpate', 'Self-care', 'Sources']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await expect(page.locator('.tp').first()).toBeVisible();
    const meta = page.locator('.print-meta');
    await expect(meta).toBeVisible();
    await expect(meta).toContainText('trigger-point-atlas.org/muscles/upper-trapezius/');
    // The date printed is the entry's own (its reviewed: date), not the day of printing.
    const reviewed = (content.muscles.find((m) => m.id === 'upper-trapezius')!.data as unknown as { reviewed: string }).reviewed;
    expect(await meta.locator('time').getAttribute('datetime')).toBe(reviewed);
    await expect(meta).toContainText('updated');
    for (const hidden of ['.site-header', '[data-search-open]', '.theme-toggle', '.toc', '.print-button']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.locator('.site-footer a')).toHaveCount(2);
    for (const a of await page.locator('.site-footer a').all()) await expect(a).toBeHidden();
    await expect(page.locator('.site-footer .disclaimer')).toBeVisible();
    // Boxes are kept whole across pages.
    for (const box of ['.map-panel', '.tp', '.site-footer']) {
      expect(
        await page
          .locator(box)
          .first()
          .evaluate((el) => getComputedStyle(el).breakInside),
        box,
      ).toBe('avoid');
    }
  });

  test('maps print in the light colours even when the screen is dark', async ({ browser }) => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto('/muscles/upper-trapezius/');
    const fill = (p: Page) =>
      p
        .locator('.referral-map .zone[data-zone="essential"]')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    const screen = await fill(page);
    await page.emulateMedia({ media: 'print' });
    // The light scheme's essential red, #b8321a.
    expect(await fill(page)).toBe('rgb(184, 50, 26)');
    expect(screen).not.toBe('rgb(184, 50, 26)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 253, 250)');
    await ctx.close();
  });
});

test('a condition page prints its red flags before everything but its title', async ({ page }) => {
  await page.goto('/conditions/tension-type-headache/');
  const top = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  // On screen the plain-words section comes first…
  expect(await top('[data-testid="red-flags"]')).toBeGreaterThan(await top('#in-plain-words'));
  await page.emulateMedia({ media: 'print' });
  const flags = await top('[data-testid="red-flags"]');
  expect(flags).toBeGreaterThan(await top('h1'));
  for (const sel of ['#in-plain-words', '#where-h', '#mus-h', '#care-h', '#src-h']) {
    expect(flags, sel).toBeLessThan(await top(sel));
  }
});

test('the Print button prints; without JavaScript it is not offered', async ({ page, browser }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  for (const path of ['/muscles/upper-trapezius/', '/conditions/tension-type-headache/']) {
    await page.goto(path);
    await page.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  }
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const nojs = await ctx.newPage();
  await nojs.goto('/muscles/upper-trapezius/');
  await expect(nojs.locator('.print-button')).toBeHidden();
  await ctx.close();
});
