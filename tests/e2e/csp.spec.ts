// The Content-Security-Policy: every page carries a strict same-origin policy (no
// 'unsafe-inline'), and under it nothing is refused — styles apply, and the finder, study mode
// and search work.
import { expect, test, type Page } from '@playwright/test';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [...refused, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

async function policy(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

const PAGES = [
  '/',
  '/muscles/',
  '/muscles/upper-trapezius/',
  '/conditions/',
  '/conditions/tension-type-headache/',
  '/guides/',
  '/regions/temple/',
  '/about/',
  '/404.html',
];

for (const path of PAGES) {
  test(`${path} is served under a strict policy and refuses nothing`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(path);
    const csp = await policy(page);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/object-src 'none'/);
    // No style attribute is in the HTML: the policy would refuse it.
    expect(await page.locator('[style]').count()).toBe(0);
    // The page's own styles applied: the header is laid out as a flex row, not unstyled.
    const display = await page
      .locator('header')
      .first()
      .evaluate((el) => getComputedStyle(el.firstElementChild ?? el).display);
    expect(display).not.toBe('inline');
    expect(await violations()).toEqual([]);
  });
}

test('muscle maps are painted from classes: skin, outline and zones keep their colours', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/muscles/upper-trapezius/');
  const skin = await page
    .locator('use.atlas-skin')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  const edge = await page
    .locator('use.atlas-edge')
    .first()
    .evaluate((el) => getComputedStyle(el).stroke);
  expect(skin).not.toBe('rgb(0, 0, 0)');
  expect(skin).not.toBe('none');
  expect(edge).not.toBe('none');
  await expect(page.locator('.referral-map .zone[data-zone="essential"]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the finder works under the policy: a pick ranks muscles', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/finder/');
  await expect(page.locator('svg.interactive a[role="checkbox"]').first()).toBeAttached();
  await page.locator('svg.interactive [data-key="temple|r"]').click();
  await expect(page.getByTestId('finder-results').locator('ol > li').first()).toBeVisible();
  await expect(page.locator('svg.interactive [data-key="temple|r"]')).toHaveAttribute('aria-checked', 'true');
  // The name tip beside the pointer is placed by script (CSSOM), which the policy allows.
  await page.locator('svg.interactive [data-key="orbit|r"]').hover();
  expect(await violations()).toEqual([]);
});

test('study mode works under the policy: a card is answered and saved', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/study/?deck=area:head-neck');
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await page.getByRole('checkbox', { name: 'Muscle → pattern' }).uncheck();
  await page.getByRole('checkbox', { name: 'Symptom → muscle' }).uncheck();
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await expect(page.getByTestId('card-count')).toHaveText(/^Card 1 of \d+$/);
  await page.locator('.stage ol button').first().click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('trigger-point-atlas:study:v1'))).toContain('"log"');
  expect(await violations()).toEqual([]);
});

test('search works under the policy (Pagefind runs its WebAssembly)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/search/?q=jaw+clicking');
  await expect(page.locator('main').getByRole('listitem').getByRole('link', { name: 'Masseter' })).toBeVisible();
  expect(await violations()).toEqual([]);
});
