// Dark mode: the page follows the system's colour scheme; the header toggle overrides it, is
// remembered across reloads and pages, and is applied before the page is first drawn.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS } from './helpers';

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(css: string): number {
  const [r, g, b] = css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const ch = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}
const pageColours = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { bg: s.backgroundColor, ink: s.color };
  });
const isDark = async (page: Page) => {
  const { bg, ink } = await pageColours(page);
  return luminance(bg) < 0.05 && luminance(ink) > 0.5;
};
const isLight = async (page: Page) => {
  const { bg, ink } = await pageColours(page);
  return luminance(bg) > 0.9 && luminance(ink) < 0.05;
};

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the page, its maps and the toggle are dark', async ({ page }) => {
    await page.goto('/muscles/upper-trapezius/');
    expect(await isDark(page)).toBe(true);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
    // The maps are drawn in the dark scheme too: the essential zone is a light red on a darker figure.
    const zone = page.locator('.referral-map .zone[data-zone="essential"]').first();
    const fill = await zone.evaluate((el) => getComputedStyle(el).fill);
    expect(luminance(fill)).toBeGreaterThan(0.3);
  });

  test('without JavaScript the page still follows the system, and the toggle is not offered', async ({ browser }) => {
    const ctx = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/');
    expect(await isDark(page)).toBe(true);
    await expect(page.locator('.theme-toggle')).toBeHidden();
    await ctx.close();
  });

  for (const path of ['/', '/muscles/upper-trapezius/', '/finder/', '/study/', '/conditions/tension-type-headache/']) {
    test(`axe finds no WCAG 2.2 AA violation in dark on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await isDark(page)).toBe(true);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
});

test.describe('with the system set to light', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches to dark, and the choice holds across a reload and another page', async ({ page }) => {
    await page.goto('/muscles/upper-trapezius/');
    expect(await isLight(page)).toBe(true);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await isDark(page)).toBe(true);

    await page.reload();
    expect(await isDark(page)).toBe(true);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Finder' }).click();
    await expect(page).toHaveURL(/\/finder\/$/);
    expect(await isDark(page)).toBe(true);

    // And back: light is remembered as well.
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await isLight(page)).toBe(true);
    await page.goto('/');
    expect(await isLight(page)).toBe(true);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a stored choice is in force before the page body exists (no flash of the other scheme)', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the scheme in effect at the moment <body> is inserted, before anything of it is drawn.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        obs.disconnect();
        const w = window as unknown as { schemeAtBody?: string };
        w.schemeAtBody = `${document.documentElement.dataset.theme}|${getComputedStyle(document.documentElement).colorScheme}`;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/muscles/upper-trapezius/');
    expect(await page.evaluate(() => (window as unknown as { schemeAtBody?: string }).schemeAtBody)).toBe('dark|dark');
  });
});
