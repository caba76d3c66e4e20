import { expect, test, type Page } from '@playwright/test';

// A phone: 390 px wide, touch, one finger scrolls.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function openFinder(page: Page, path = '/finder/') {
  await page.goto(path);
  await expect(page.locator('svg.interactive a[role="checkbox"]').first()).toBeAttached();
}

/** A one-finger swipe up through Chromium's touch input, starting at (x, y). */
async function swipeUp(page: Page, x: number, y: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (dy * i) / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a one-finger swipe that starts on the map scrolls the page', async ({ page }) => {
  await openFinder(page);
  const box = (await page.locator('svg.interactive').boundingBox())!;
  const before = await page.evaluate(() => scrollY);
  await swipeUp(page, box.x + box.width / 2, box.y + box.height * 0.7, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
  // ...and does not pan or zoom the map.
  await expect(page.locator('svg.interactive > g')).toHaveAttribute('transform', /translate\(0 0\) scale\(1\)/);
});

test('the map leaves room on the first screen, and after a pick the summary is in view', async ({ page }) => {
  await openFinder(page);
  const map = (await page.locator('.map-box').boundingBox())!;
  expect(map.height).toBeLessThan(844 * 0.7);
  const temple = page.locator('svg.interactive [data-key="temple|r"]');
  await temple.tap();
  await temple.tap();
  await expect(page).toHaveURL(/regions=temple/);
  const summary = page.getByTestId('finder-summary');
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText('Temple');
  await expect(summary.getByRole('link')).toContainText(/\d+ muscles?: see the list/);
  // The picked place stays visible as a chip.
  await expect(page.getByTestId('finder-understood').getByRole('button', { name: 'Remove Temple' })).toBeAttached();
});

test('after a tap zooms in, the regions around the finger are at least 24 × 24 CSS px', async ({ page }) => {
  await openFinder(page);
  const target = page.locator('svg.interactive [data-key="lateral-epicondyle|r"]');
  const before = (await target.boundingBox())!;
  expect(Math.min(before.width, before.height)).toBeLessThan(24);
  // The regions of the same body part within 40 px of the finger ("there").
  const around = await target.evaluate((el) => {
    const at = el.getBoundingClientRect();
    const [cx, cy] = [at.x + at.width / 2, at.y + at.height / 2];
    return [...el.closest('g.part')!.querySelectorAll('a.pick')]
      .filter((a) => {
        const b = a.querySelector('path')!.getBoundingClientRect();
        return b.width > 0 && b.right > cx - 40 && b.left < cx + 40 && b.bottom > cy - 40 && b.top < cy + 40;
      })
      .map((a) => a.getAttribute('data-key')!);
  });
  expect(around.length).toBeGreaterThan(1);
  await target.tap();
  await expect(page.locator('svg.interactive > g')).not.toHaveAttribute('transform', /scale\(1\)$/);
  await expect(page).not.toHaveURL(/regions=/);
  for (const key of around) {
    const b = (await page.locator(`svg.interactive [data-key="${key}"] > path`).boundingBox())!;
    expect(Math.min(b.width, b.height), key).toBeGreaterThanOrEqual(24);
  }
  // The tapped region is still on screen, and a second tap on it picks it.
  const shown = await target.evaluate((el) => {
    const b = el.querySelector('path')!.getBoundingClientRect();
    const m = el.closest('svg')!.getBoundingClientRect();
    const [l, r, t, btm] = [Math.max(b.left, m.left), Math.min(b.right, m.right), Math.max(b.top, m.top), Math.min(b.bottom, m.bottom)];
    return { x: (l + r) / 2, y: (t + btm) / 2, visible: r > l && btm > t };
  });
  expect(shown.visible).toBe(true);
  await page.touchscreen.tap(shown.x, shown.y);
  await expect(page).toHaveURL(/regions=lateral-epicondyle/);
});
