// The finder's "Also consider" and its dermatome overlay (issue 13). Expected sources come from the
// literature, not from the ranking's output: chest with the left arm is the classic pattern of the
// heart (Gulati 2021; Swap and Nagurney 2005), which must come before any chest muscle and in an
// alert; lateral elbow pain has a C6 root (Lee, McPhee and Stringer 2008) and the radial nerve at
// the supinator (radial tunnel: Roles and Maudsley 1972) among its other sources, and no organ.
// Dermatomes: C6 on the thumb side of the arm (front view), C2 at the back of the head (back view).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, watchErrors } from './helpers';

const region = (page: Page, key: string) => page.locator(`svg.interactive [data-key="${key}"]`);
async function openFinder(page: Page, path = '/finder/') {
  await page.goto(path);
  await expect(page.locator('svg.interactive a[role="checkbox"]').first()).toBeAttached();
}
const also = (page: Page) => page.getByTestId('finder-also').locator('li > a');
const overlay = (page: Page) => page.locator('svg.interactive g.map-overlay');

test('chest with left arm pain: the heart first, in an alert, before the muscles', async ({ page }) => {
  const errors = watchErrors(page);
  await openFinder(page);
  await region(page, 'sternum-lower|m').click();
  await region(page, 'medial-arm|l').click();
  const alert = page.getByRole('alert').filter({ hasText: 'heart' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Call emergency services if');
  await expect(alert.getByRole('link')).toHaveAttribute('href', '/other-sources/heart/');
  await expect(also(page).first()).toHaveText('Heart');
  await expect(page.getByTestId('finder-also').locator('li').first()).toContainText('organ, check first');
  // The alert is read before the list of muscles (where the pectoral muscles are), just under the
  // heading the summary's "see the list" link jumps to.
  await expect(page.getByTestId('finder-results').locator('ol > li').first()).toBeVisible();
  const alertFirst = await alert.evaluate(
    (a) => !!(a.compareDocumentPosition(document.querySelector('[data-testid="finder-results"] ol')!) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  expect(alertFirst).toBe(true);
  // One of the two places alone raises no alarm.
  await region(page, 'sternum-lower|m').click();
  await expect(page.getByTestId('finder-alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('chest and left arm in words give the same alert', async ({ page }) => {
  await openFinder(page, '/finder/?q=pain%20in%20my%20chest%20and%20left%20arm');
  await expect(page.getByRole('alert').filter({ hasText: 'heart' })).toBeVisible();
  await expect(also(page).first()).toHaveText('Heart');
});

test('lateral elbow: the C6 root and the radial nerve at the supinator, with what tells them apart, and no alert', async ({ page }) => {
  await openFinder(page);
  await region(page, 'lateral-epicondyle|r').click();
  await expect(also(page).first()).toBeVisible();
  const names = await also(page).allTextContents();
  expect(names).toEqual(expect.arrayContaining(['C6 nerve root', 'Radial nerve at the supinator']));
  expect(names).not.toContain('Heart');
  await expect(page.getByTestId('finder-alert')).toHaveCount(0);
  const radial = page.getByTestId('finder-also').locator('li', { has: page.getByRole('link', { name: 'Radial nerve at the supinator' }) });
  await expect(radial).toContainText('Felt in the lateral epicondyle');
  // A nerve entrapment is for a physiotherapist or doctor to assess, not an emergency.
  await expect(radial).toContainText('See a physiotherapist or doctor.');
  await expect(radial.getByRole('link')).toHaveAttribute('href', '/other-sources/radial-nerve-at-the-supinator/');
});

test('the dermatome toggle draws labelled outlines over the whole-body views and hides them again', async ({ page }) => {
  const errors = watchErrors(page);
  await openFinder(page, '/finder/?regions=temple');
  const toggle = page.getByRole('button', { name: 'Dermatomes' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const box = await toggle.boundingBox();
  expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(overlay(page).locator('text', { hasText: /^C6$/ })).toHaveCount(1);
  expect(await overlay(page).locator('path.derm').count()).toBeGreaterThan(15);
  await expect(overlay(page)).toHaveAttribute('aria-hidden', 'true');
  // The picks stay visible and pickable under it.
  await expect(region(page, 'temple|r')).toHaveAttribute('aria-checked', 'true');
  await region(page, 'orbit|r').click();
  await expect(region(page, 'orbit|r')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('finder-dermatomes').getByRole('link', { name: 'C6', exact: true })).toHaveAttribute(
    'href',
    '/other-sources/c6-nerve-root/',
  );

  // The back of the body: C2 at the back of the head; a close view has none and says so.
  await page.getByRole('button', { name: 'Back of the body' }).click();
  await expect(page.locator('svg.interactive')).toHaveAttribute('data-view', 'posterior');
  await expect(overlay(page).locator('text', { hasText: /^C2$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Right hand, palm' }).click();
  await expect(overlay(page)).toHaveCount(0);
  await expect(page.locator('#derm-note')).toContainText('whole-body views');

  await page.getByRole('button', { name: 'Front of the body' }).click();
  await expect(overlay(page).locator('text', { hasText: /^C6$/ })).toHaveCount(1);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(overlay(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('axe finds no violation with the alert shown and the dermatomes on', async ({ page }) => {
  await openFinder(page, '/finder/?regions=sternum-lower,medial-arm');
  await expect(page.getByTestId('finder-alert')).toBeVisible();
  await page.getByRole('button', { name: 'Dermatomes' }).click();
  await expect(overlay(page).locator('text').first()).toBeAttached();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
