import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const PAGES: [string, string, RegExp][] = [
  ['home', '/', /where it hurts/i],
  ['muscles index', '/muscles/', /^Muscles$/],
  ['muscle', '/muscles/upper-trapezius/', /^Upper trapezius$/],
  ['conditions index', '/conditions/', /^Conditions$/],
  ['condition', '/conditions/tension-type-headache/', /tension-type headache/i],
  ['about', '/about/', /about the atlas/i],
];

for (const [name, path, heading] of PAGES) {
  test(`${name} page loads without console errors`, async ({ page }) => {
    const errors = watchErrors(page);
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Not medical advice');
    expect(errors).toEqual([]);
  });
}

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
  const res = await page.goto('/muscles/no-such-muscle/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse muscles by body area' }).click();
  await expect(page).toHaveURL(/\/muscles\/$/);
});

test('the muscles index groups muscles by body area with a thumbnail map each', async ({ page }) => {
  await page.goto('/muscles/');
  const head = page.locator('section', { has: page.getByRole('heading', { name: 'Head & neck' }) });
  await expect(head.getByRole('link', { name: 'Masseter' })).toBeVisible();
  const cards = page.locator('.muscle-card');
  const n = await cards.count();
  expect(n).toBeGreaterThanOrEqual(12);
  for (let i = 0; i < n; i++) {
    const thumb = cards.nth(i).getByRole('img', { name: /^Where the .+ refers pain: / });
    await expect(thumb).toBeVisible();
    // Each thumbnail draws its pattern on the one shared figure of its view.
    await expect(thumb.locator('path[data-zone]').first()).toBeAttached();
    await expect(thumb.locator('use[href^="#atlas-"]').first()).toBeAttached();
  }
  const figures = await page.locator('svg.atlas-defs [id^="atlas-"][id$="-shape"]').count();
  expect(figures).toBeLessThanOrEqual(9);
});

test('a condition page shows red flags before ranking muscles, each linked to its page', async ({ page }) => {
  await page.goto('/conditions/tension-type-headache/');
  const flags = page.getByTestId('red-flags');
  await expect(flags).toBeVisible();
  const list = page.getByTestId('condition-muscles');
  const box = await flags.boundingBox();
  const listBox = await list.boundingBox();
  expect(box!.y).toBeLessThan(listBox!.y);
  await list.getByRole('link', { name: 'Upper trapezius' }).click();
  await expect(page).toHaveURL(/\/muscles\/upper-trapezius\/$/);
});
