import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectedOrder } from './content';
import { expandRegion } from '../../src/lib/zones';
import { watchErrors } from './helpers';

const results = (page: Page) => page.getByTestId('finder-results').locator('ol > li').getByRole('link');
async function resultUrls(page: Page) {
  await expect(results(page).first()).toBeVisible();
  return results(page).evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
const region = (page: Page, key: string) => page.locator(`svg.interactive [data-key="${key}"]`);
/** Opens the finder and waits for the island to hydrate (regions become checkboxes). */
async function openFinder(page: Page, path = '/finder/') {
  await page.goto(path);
  await expect(page.locator('svg.interactive a[role="checkbox"]').first()).toBeAttached();
}

test('picking regions by click ranks muscles, in the URL, with the reason shown', async ({ page }) => {
  const errors = watchErrors(page);
  await openFinder(page, '/finder/');
  await region(page, 'temple|r').click();
  await expect(page).toHaveURL(/\?regions=temple$/);
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple']));
  await expect(region(page, 'temple|r')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('finder-results')).toContainText('Temple: essential zone');
  await region(page, 'orbit|r').click();
  await expect(page).toHaveURL(/\?regions=temple%2Corbit$|\?regions=temple,orbit$/);
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple', 'orbit']));
  await expect(page.getByRole('status').filter({ hasText: 'selected' })).toContainText('Orbit (eye) selected');
  expect(errors).toEqual([]);
});

test('the finder works by keyboard alone', async ({ page }) => {
  await openFinder(page, '/finder/');
  await expect(region(page, 'temple|r')).toHaveAttribute('role', 'checkbox');
  // Tab to the map: one tab stop for all regions, then arrows move between them.
  const first = page.locator('svg.interactive [tabindex="0"]');
  await first.focus();
  const startKey = await first.getAttribute('data-key');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('svg.interactive a:focus');
  const key = await focused.getAttribute('data-key');
  expect(key).not.toBe(startKey);
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('aria-checked', 'true');
  const id = key!.split('|')[0]!;
  await expect(page).toHaveURL(new RegExp(`regions=${id}`));
  await page.keyboard.press('Space');
  await expect(focused).toHaveAttribute('aria-checked', 'false');
  // The text box is reachable and Enter commits the words.
  await page.getByLabel('Describe where it hurts').focus();
  await page.keyboard.type('back of the knee');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=back\+of\+the\+knee/);
  // The popliteal fossa is a group now: the words stand for both its halves.
  expect(await resultUrls(page)).toEqual(expectedOrder(expandRegion('popliteal-fossa')));
});

test('typed words match lay phrases, plurals and conditions', async ({ page }) => {
  await openFinder(page, '/finder/');
  const box = page.getByLabel('Describe where it hurts');
  await box.fill('Temples');
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple']));
  await box.fill('tennis elbow');
  expect(await resultUrls(page)).toEqual(expectedOrder(['lateral-epicondyle']));
  await box.fill('headache behind the eye');
  expect(await resultUrls(page)).toEqual(expectedOrder(['orbit']));
  await expect(page.getByRole('link', { name: 'Tension-type headache' })).toBeVisible();
  await box.fill('pins and needles in the fingers');
  await expect(page.getByTestId('finder-results').getByRole('link', { name: 'Scalenes' })).toBeVisible();
});

test('the URL is the state: opening, reloading and the back button', async ({ page }) => {
  await openFinder(page, '/finder/?regions=temple,orbit');
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple', 'orbit']));
  await openFinder(page, '/finder/?q=back%20of%20the%20knee');
  await expect(page.getByLabel('Describe where it hurts')).toHaveValue('back of the knee');
  expect(await resultUrls(page)).toEqual(expectedOrder(expandRegion('popliteal-fossa')));

  await openFinder(page, '/finder/');
  await region(page, 'temple|r').click();
  await region(page, 'lateral-neck|r').click();
  await expect(page).toHaveURL(/lateral-neck/);
  await page.reload();
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple', 'lateral-neck']));
  await page.goBack();
  await expect(page).toHaveURL(/\?regions=temple$/);
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple']));
  await expect(region(page, 'lateral-neck|r')).toHaveAttribute('aria-checked', 'false');
});

test('views switch, zoom buttons zoom, and the red flags stay visible', async ({ page }) => {
  await openFinder(page, '/finder/');
  await page.getByRole('button', { name: 'Head and neck, right side' }).click();
  await expect(page.locator('svg.interactive')).toHaveAttribute('data-view', 'head-lateral');
  await expect(region(page, 'tmj|r')).toBeVisible();
  const g = page.locator('svg.interactive > g');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(g).toHaveAttribute('transform', /scale\(1\.6\)/);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(g).toHaveAttribute('transform', /scale\(1\)/);
  await region(page, 'tmj|r').focus();
  await expect(page.locator('.hover')).toContainText('Temporomandibular joint');
  await expect(page.getByTestId('red-flags')).toBeVisible();
});

test('axe finds no violation with a region focused and selected', async ({ page }) => {
  await openFinder(page, '/finder/?regions=temple');
  await expect(results(page).first()).toBeVisible();
  await region(page, 'orbit|r').focus();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map regions and the body-area index lead to region pages ranked the same way', async ({ page }) => {
    await page.goto('/finder/');
    await region(page, 'temple|r').click();
    await expect(page).toHaveURL(/\/regions\/temple\/$/);
    const urls = await page.getByTestId('region-muscles').getByRole('link').evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toEqual(expectedOrder(['temple']));
    await expect(page.getByTestId('red-flags')).toBeVisible();
    await page.goto('/finder/');
    await page.locator('summary', { hasText: 'Thigh & knee' }).click();
    await page.getByRole('link', { name: 'Popliteal fossa', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Popliteal fossa');
  });
});
