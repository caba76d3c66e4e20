import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });

const PAGES = [
  '/',
  '/finder/',
  '/muscles/',
  '/muscles/pectoralis-major/',
  '/conditions/low-back-pain/',
  '/regions/temple/',
  '/guides/nmt-compared/',
  '/study/',
  '/search/',
  '/about/',
];

test('every page type fits a 360 px phone screen without sideways scrolling', async ({ page }) => {
  const wide: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 361) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});

test('the finder map can be used by touch: a first tap zooms in, a second picks', async ({ page }) => {
  await page.goto('/finder/');
  await expect(page.locator('svg.interactive a[role="checkbox"]').first()).toBeAttached();
  const temple = page.locator('svg.interactive [data-key="temple|r"]');
  await temple.tap();
  await expect(page.locator('svg.interactive > g')).not.toHaveAttribute('transform', /scale\(1\)$/);
  await temple.tap();
  await expect(page).toHaveURL(/regions=temple/);
  await expect(page.getByTestId('finder-results').locator('ol > li').first()).toBeVisible();
});
