/**
 * What the clinical review (issue 10) found, checked as a reader sees it: condition pages list
 * the muscles Travell & Simons name for them, each with its own note; prose links the muscles it
 * names and never says one has no entry; and the safety advice agrees between pages.
 */
import { expect, test } from '@playwright/test';
import { content } from './content';

// Travell & Simons vol. 2 (1992) chs 4, 8-10, 12, 14, 16 and vol. 1 2nd ed. (1999) chs 10-12, 20, 26, 42-43.
const EXPECTED: [string, string[]][] = [
  [
    'sciatica-like-pain',
    [
      'Gluteus minimus',
      'Piriformis',
      'Biceps femoris',
      'Semitendinosus and semimembranosus',
      'Gemelli, obturator externus and quadratus femoris',
      'Gluteus medius',
      'Quadratus lumborum',
      'Tensor fasciae latae',
      'Vastus lateralis',
    ],
  ],
  ['thoracic-outlet-syndrome', ['Scalenes', 'Pectoralis minor', 'Subclavius']],
  ['tmj-disorder', ['Masseter', 'Temporalis', 'Lateral pterygoid', 'Medial pterygoid', 'Digastric']],
  ['frozen-shoulder', ['Subscapularis', 'Pectoralis major', 'Latissimus dorsi', 'Teres major', 'Triceps brachii']],
  ['tension-type-headache', ['Occipitofrontalis', 'Semispinalis capitis and cervicis', 'Splenius cervicis']],
  ['stiff-neck', ['Levator scapulae', 'Splenius cervicis']],
  ['knee-pain', ['Semitendinosus and semimembranosus', 'Gracilis']],
];

for (const [slug, muscles] of EXPECTED) {
  test(`${slug}: lists ${muscles.length} muscles the literature names, each with its own note`, async ({ page }) => {
    await page.goto(`/conditions/${slug}/`);
    const list = page.getByTestId('condition-muscles');
    for (const name of muscles) await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    // A muscle appended from its own entry would carry this generic line instead of a note.
    await expect(list).not.toContainText('Its referred pain can mimic this condition.');
  });
}

test('no condition or muscle page says a muscle has no entry in the atlas', async ({ request }) => {
  const urls = [...content.conditions.map((c) => `/conditions/${c.id}/`), ...content.muscles.map((m) => `/muscles/${m.id}/`)];
  const offenders: string[] = [];
  for (const url of urls) {
    const html = await (await request.get(url)).text();
    if (/ha(s|ve) no entry/i.test(html)) offenders.push(url);
  }
  expect(offenders).toEqual([]);
});

test('prose links the muscles it names: teres major to latissimus dorsi, a guide to the scalenes', async ({ page }) => {
  await page.goto('/muscles/teres-major/');
  await page.locator('main p').getByRole('link', { name: 'latissimus dorsi', exact: true }).first().click();
  await expect(page).toHaveURL(/\/muscles\/latissimus-dorsi\/$/);
  await page.goto('/guides/neuromuscular-therapy/');
  await expect(page.locator('main p').getByRole('link', { name: 'scalenes', exact: true }).first()).toHaveAttribute('href', '/muscles/scalenes/');
});

test('safety advice agrees between pages', async ({ page }) => {
  // Grimaldi 2015: adduction loads compress the gluteal tendons, so the hip stretches defer to the trochanteric pain page.
  for (const slug of ['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae']) {
    await page.goto(`/muscles/${slug}/`);
    await expect(page.locator('main')).toContainText(
      'leave this stretch out if the pain or tenderness is over the bony point at the side of the hip',
    );
  }
  // Finucane 2020: sexual dysfunction is a cauda equina feature.
  await page.goto('/conditions/low-back-pain/');
  await expect(page.getByTestId('red-flags')).toContainText('New loss of sexual sensation or function');
  // NICE NG19: feet at risk in diabetes.
  for (const slug of ['plantar-heel-pain', 'forefoot-pain']) {
    await page.goto(`/conditions/${slug}/`);
    await expect(page.locator('main')).toContainText(
      'if you have diabetes, numb feet or poor circulation, ask your doctor or podiatrist before rolling',
    );
  }
});
