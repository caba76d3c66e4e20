// Other sources of pain (issue 13): where a chest and left-arm pain is listed, the heart comes
// first and raises an alert (Gulati et al. 2021: chest pain spreading to the arm is cardiac until
// shown otherwise); organ pages put what to do and the red flags first; every page works without
// JavaScript and passes axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { AXE_TAGS } from './helpers';

const top = async (l: Locator) => (await l.boundingBox())!.y;

test('a condition page felt in the chest and the inner arm lists the heart first, with an alert', async ({ page }) => {
  // Chest wall pain is felt over the chest and down the inner arm: the heart's pattern.
  await page.goto('/conditions/chest-wall-pain/');
  const also = page.getByTestId('also-consider');
  await expect(also.getByRole('heading', { name: 'Also consider' })).toBeVisible();
  const alert = also.getByTestId('also-consider-alert');
  await expect(alert).toContainText('Check the heart first');
  await expect(alert).toContainText('Call emergency services');
  await expect(also.getByRole('listitem').first().getByRole('link')).toHaveText('Heart');
  await also.getByRole('link', { name: 'Heart' }).click();
  await expect(page).toHaveURL(/\/other-sources\/heart\/$/);
});

test('a region page of the chest lists the heart first; one place alone raises no alert', async ({ page }) => {
  await page.goto('/regions/sternum-lower/');
  const also = page.getByTestId('also-consider');
  await expect(also.getByRole('listitem').first().getByRole('link')).toHaveText('Heart');
  await expect(also.getByText('(organ)').first()).toBeVisible();
  await expect(also.getByTestId('also-consider-alert')).toHaveCount(0);
  // A place no organ is felt at lists joints or nerves only.
  await page.goto('/regions/tmj/');
  await expect(page.getByTestId('also-consider').getByRole('listitem').first().getByRole('link')).toHaveText('Temporomandibular joint');
});

test('a muscle page whose pain is felt in the chest and arm names the heart first among other causes', async ({ page }) => {
  // Pectoralis major refers to the chest, the breast and the inner arm (Travell and Simons, ch. 42).
  await page.goto('/muscles/pectoralis-major/');
  const other = page.getByTestId('also-consider');
  await expect(other.getByRole('heading', { name: 'Other causes of pain here' })).toBeVisible();
  await expect(other.getByRole('listitem').first()).toContainText('Heart (organ, check first)');
  expect(await other.getByRole('listitem').count()).toBeLessThanOrEqual(3);
  await expect(other.getByTestId('also-consider-alert')).toContainText('Check the heart first');
  // It sits in the differential section.
  const diff = await top(page.getByRole('heading', { name: 'Differential notes' }));
  expect(await top(other)).toBeGreaterThan(diff);
});

test('an organ page puts what to do and the red flags before the plain words and the map', async ({ page }) => {
  await page.goto('/other-sources/heart/');
  await expect(page.getByTestId('action').getByRole('heading')).toHaveText('What to do: call emergency services');
  const order = [
    page.getByTestId('action'),
    page.getByTestId('red-flags'),
    page.getByRole('heading', { name: 'In plain words' }),
    page.getByRole('heading', { name: 'Where it is felt' }),
    page.getByRole('heading', { name: 'What tells it apart from muscle pain' }),
    page.getByRole('heading', { name: 'Clinical detail' }),
    page.getByRole('heading', { name: 'Sources' }),
  ];
  const ys = [];
  for (const l of order) ys.push(await top(l));
  expect(ys).toEqual([...ys].sort((a, b) => a - b));
  // The map: solid where it is felt most typically (the chest), hatched where sometimes (the arms).
  const front = page.locator('figure[data-view="anterior"]');
  await expect(front.locator('path[data-zone="essential"]').first()).toBeAttached();
  await expect(front.locator('path[data-zone="spillover"]').first()).toBeAttached();
  await expect(page.getByText('Where it is felt most typically (solid)')).toBeVisible();
  await expect(page.getByText('Pectoral area (left)')).toBeVisible();
});

test('a joint page shows its map and what tells it apart, with the red flags after the plain words', async ({ page }) => {
  await page.goto('/other-sources/sacroiliac-joint/');
  await expect(page.getByTestId('action').getByRole('heading')).toHaveText('What to do: see a physiotherapist or doctor');
  await expect(page.locator('figure[data-view="posterior"] path[data-zone="essential"]').first()).toBeAttached();
  expect(await top(page.getByTestId('red-flags'))).toBeGreaterThan(await top(page.getByRole('heading', { name: 'In plain words' })));
  await expect(page.getByRole('link', { name: 'Piriformis' })).toHaveAttribute('href', '/muscles/piriformis/');
});

test('the index groups other causes by kind, organs first, and the header links to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Other causes' }).click();
  await expect(page).toHaveURL(/\/other-sources\/$/);
  const kinds = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(kinds.indexOf('Organs')).toBe(0);
  expect(kinds).toContain('Joints');
  await expect(page.getByRole('link', { name: 'Kidney and ureter' })).toBeVisible();
});

const PAGES = ['/other-sources/', '/other-sources/heart/', '/other-sources/hip-joint/', '/regions/flank/', '/conditions/chest-wall-pain/'];

test('organ, joint, index, region and condition pages pass axe', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the pages show their maps, lists and alerts', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('/other-sources/heart/');
    await expect(page.locator('path[data-zone="essential"]').first()).toBeVisible();
    await page.goto('/conditions/chest-wall-pain/');
    await expect(page.getByTestId('also-consider-alert')).toBeVisible();
  });
});
