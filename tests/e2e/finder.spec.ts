import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectedForQuery, expectedOrder } from './content';
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
  await expect(page.getByTestId('finder-results')).toContainText('Refers pain to the temple (essential)');
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
  expect(await resultUrls(page)).toEqual(expectedForQuery('back of the knee'));
  // Escape on the map clears the selection.
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/regions=/);
  await page.keyboard.press('Escape');
  // The view the words switched to stays; the places and the words go.
  await expect(page).toHaveURL(/\/finder\/(\?view=[a-z-]+)?$/);
  await expect(page.getByLabel('Describe where it hurts')).toHaveValue('');
});

test('keyboard focus starts at the head, and typed letters jump to a region by name', async ({ page }) => {
  await openFinder(page, '/finder/');
  const stop = page.locator('svg.interactive [tabindex="0"]');
  await expect(stop).toHaveCount(1);
  expect(await stop.evaluate((el) => el.closest('[data-part]')?.getAttribute('data-part'))).toBe('head');
  await stop.focus();
  await page.keyboard.type('te', { delay: 50 });
  await expect(page.locator('svg.interactive a:focus')).toHaveAttribute('aria-label', /^Te/);
});

test('typed words match lay phrases, plurals and conditions', async ({ page }) => {
  await openFinder(page, '/finder/');
  const box = page.getByLabel('Describe where it hurts');
  await box.fill('Temples');
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple']));
  await box.fill('tennis elbow');
  expect(await resultUrls(page)).toEqual(expectedForQuery('tennis elbow'));
  await expect(page.getByTestId('finder-understood')).toContainText('Tennis elbow');
  await box.fill('pins and needles in the fingers');
  await expect(page.getByTestId('finder-results').getByRole('link', { name: 'Scalenes' })).toBeVisible();
});

test('says what was understood, with removable chips, and what was not', async ({ page }) => {
  await openFinder(page, '/finder/');
  const box = page.getByLabel('Describe where it hurts');
  await box.fill('lateral elbow and dorsal forearm');
  const understood = page.getByTestId('finder-understood');
  await expect(understood.locator('li.place', { hasText: '“lateral elbow”' })).toContainText('Lateral epicondyle');
  await expect(understood.locator('li.condition', { hasText: '“lateral elbow”' })).toContainText('Tennis elbow');
  await expect(understood.locator('li.place', { hasText: '“dorsal forearm”' })).toContainText('Dorsal forearm');
  await expect(page.getByTestId('finder-not-understood')).toHaveCount(0);
  expect(await resultUrls(page)).toEqual(expectedForQuery('lateral elbow and dorsal forearm'));
  // The places light up on the map, on both sides when no side was said.
  await expect(region(page, 'lateral-epicondyle|r')).toHaveAttribute('aria-checked', 'true');
  // Each result says why, in words.
  await expect(page.getByTestId('finder-results').locator('ol > li .why').first()).toContainText('Refers pain to the');
  // Removing a chip removes its words.
  await understood.getByRole('button', { name: 'Remove “dorsal forearm”' }).first().click();
  await expect(box).toHaveValue('lateral elbow');
  // Left and right are drawn on that side only.
  await box.fill('left temple and flurbish');
  await expect(region(page, 'temple|l')).toHaveAttribute('aria-checked', 'true');
  await expect(region(page, 'temple|r')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('finder-not-understood')).toHaveText('Not understood: “flurbish”.');
});

test('when nothing is understood there is no ranking, only nearest words and examples', async ({ page }) => {
  await openFinder(page, '/finder/?q=sholdrr%20zzzt');
  await expect(page.getByTestId('finder-nothing')).toBeVisible();
  await expect(page.getByTestId('finder-results').locator('ol')).toHaveCount(0);
  await expect(page.getByTestId('finder-nothing').getByRole('button', { name: 'shoulder', exact: true })).toBeVisible();
  await page.getByTestId('finder-nothing').getByRole('button', { name: 'behind the knee' }).click();
  await expect(page.getByLabel('Describe where it hurts')).toHaveValue('behind the knee');
  expect(await resultUrls(page)).toEqual(expectedForQuery('behind the knee'));
});

test('a result opens in place to its pattern, trigger points, palpation and what to rule out', async ({ page }) => {
  await openFinder(page, '/finder/?regions=temple');
  const first = page.getByTestId('finder-results').locator('ol > li').first();
  await first.getByRole('button', { name: /Quick view/ }).click();
  const quick = first.getByTestId('finder-quick');
  await expect(quick.getByRole('heading', { name: 'Palpation' })).toBeVisible();
  await expect(quick.getByRole('heading', { name: 'Rule out' })).toBeVisible();
  await expect(quick.getByRole('img')).toBeVisible();
  await expect(quick.getByRole('link', { name: /^Full page/ })).toBeVisible();
  await expect(page).toHaveURL(/\/finder\/\?regions=temple$/);
});

test('hovering or focusing a region names it next to the pointer', async ({ page }) => {
  await openFinder(page, '/finder/');
  await region(page, 'temple|r').hover();
  await expect(page.locator('.map-box .tip')).toHaveText('Temple');
  await region(page, 'orbit|r').focus();
  await expect(page.locator('.map-box .tip')).toHaveText('Orbit (eye)');
});

test('the URL is the state: opening, reloading and the back button', async ({ page }) => {
  await openFinder(page, '/finder/?regions=temple,orbit');
  expect(await resultUrls(page)).toEqual(expectedOrder(['temple', 'orbit']));
  await openFinder(page, '/finder/?q=back%20of%20the%20knee');
  await expect(page.getByLabel('Describe where it hurts')).toHaveValue('back of the knee');
  expect(await resultUrls(page)).toEqual(expectedForQuery('back of the knee'));

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
    const urls = await page
      .getByTestId('region-muscles')
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toEqual(expectedOrder(['temple']));
    await expect(page.getByTestId('red-flags')).toBeVisible();
    await page.goto('/finder/');
    await page.locator('summary', { hasText: 'Thigh & knee' }).click();
    await page.getByRole('link', { name: 'Popliteal fossa', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Popliteal fossa');
  });
});
