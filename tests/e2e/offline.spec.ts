// Offline for the clinic: after one visit, the service worker has saved the muscle and
// condition pages, the finder with its data and the search index, so a therapist with no signal
// can still look things up; a new build is offered, not forced.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

/** Opens the home page and waits until the service worker is installed and controls the page. */
async function installWorker(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

async function offline(context: BrowserContext, page: Page) {
  await installWorker(page);
  await context.setOffline(true);
  // The connection is really gone: a file that is never precached cannot be fetched.
  const blocked = await page.evaluate(() =>
    fetch('/sitemap-index.xml').then(
      () => false,
      () => true,
    ),
  );
  expect(blocked).toBe(true);
}

test('the manifest makes the atlas installable, with icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest.name).toBe('Trigger Point Atlas');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  // Chromium installs an app with a 192 px and a 512 px icon.
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const res = await page.request.get(icon.src);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    // PNG width and height are the big-endian words at bytes 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

// One install for all the offline checks: precaching the site takes seconds.
test('after one visit, with no connection: muscle and condition pages, the finder, search, and a page never saved', async ({ context, page }) => {
  await offline(context, page);
  await test.step('another muscle page opens with its maps', async () => {
    await page.goto('/muscles/infraspinatus/');
    await expect(page.getByRole('heading', { level: 1, name: 'Infraspinatus' })).toBeVisible();
    await expect(page.locator('.referral-map .zone').first()).toBeVisible();
    await page.goto('/conditions/frozen-shoulder/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
  await test.step('the finder ranks muscles for a pick, on any view', async () => {
    await page.goto('/finder/');
    await expect(page.locator('svg.interactive a[role="checkbox"]').first()).toBeAttached();
    await page.locator('svg.interactive [data-key="temple|r"]').click();
    const results = page.getByTestId('finder-results').locator('ol > li').getByRole('link');
    await expect(results.first()).toBeVisible();
    expect(await results.allTextContents()).toContain('Upper trapezius');
    // Another view needs the atlas geometry, which was saved too.
    await page.getByRole('button', { name: 'Back of the body' }).click();
    await expect(page.locator('svg.interactive [data-key^="occiput"]').first()).toBeAttached();
  });
  await test.step('typed words are understood (the finder data is saved)', async () => {
    await page.goto('/finder/?q=pain+behind+the+knee');
    await expect(page.getByTestId('finder-results').locator('ol > li').first()).toBeVisible();
  });
  await test.step('search finds pages', async () => {
    await page.goto('/search/?q=jaw+clicking');
    await expect(page.locator('main').getByRole('listitem').getByRole('link', { name: 'Masseter' })).toBeVisible();
  });
  await test.step('a page that was never saved says so and lists what works', async () => {
    await page.goto('/regions/temple/');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Every muscle page' })).toBeVisible();
  });
});

test('a new build is offered, and taken only when the user asks', async ({ page }) => {
  await installWorker(page);
  await expect(page.locator('[data-update-prompt]')).toBeHidden();
  // The next deployment, as the browser sees it: a new worker script for the same scope (a new
  // build's sw.js differs in its precache manifest; a changed script URL stands in for it here).
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?build=next');
  });
  const prompt = page.locator('[data-update-prompt]');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt.getByRole('status')).toHaveText('A new version of the atlas is ready.');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await prompt.getByRole('button', { name: 'Update now' }).click();
  // The page reloads under the new worker: the marker set on the old page is gone.
  await page.waitForFunction(() => !(window as unknown as { marker?: number }).marker);
  await expect(page.locator('[data-update-prompt]')).toBeHidden();
  const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(waiting).toBe(false);
});
