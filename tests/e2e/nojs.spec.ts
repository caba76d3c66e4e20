import { expect, test } from '@playwright/test';
import { THEME_INIT } from '../../src/lib/theme-init';

test.use({ javaScriptEnabled: false });

test('muscle pages show their maps with JavaScript off', async ({ page }) => {
  await page.goto('/muscles/infraspinatus/');
  const panel = page.getByTestId('map-panel').first();
  await expect(panel.locator('svg[role="img"]').first()).toBeVisible();
  expect(await panel.locator('path[data-zone="essential"]').count()).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Trigger points', exact: true })).toBeVisible();
});

test('condition pages and navigation work with JavaScript off', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conditions' }).click();
  await page.getByRole('link', { name: 'Frozen shoulder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frozen shoulder');
  await expect(page.getByTestId('red-flags')).toBeVisible();
  expect(await page.locator('path[data-zone="pain"]').count()).toBeGreaterThan(0);
});

// The site-wide scripts: search, src/scripts/site.ts (theme, print, offline worker) from the
// layout, and the one-line head script that applies a stored colour scheme before first paint.
const SITE_WIDE = [
  /\/_astro\/Search\.[^/]+\.js$/,
  /\/_astro\/Base\.[^/]+\.js$/,
  new RegExp(`^inline:${THEME_INIT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
];

test('muscle and condition pages ship no JavaScript beyond the site-wide scripts', async ({ page }) => {
  for (const path of ['/muscles/masseter/', '/conditions/stiff-neck/', '/muscles/', '/']) {
    await page.goto(path);
    const srcs = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src || `inline:${e.textContent}`));
    expect(srcs.length, path).toBe(SITE_WIDE.length);
    for (const src of srcs)
      expect(
        SITE_WIDE.some((re) => re.test(src)),
        `${path}: ${src}`,
      ).toBe(true);
  }
});
