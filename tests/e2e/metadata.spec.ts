/**
 * What a crawler or a link preview reads from the built site: Open Graph and Twitter cards on
 * every page, descriptions that fit, a 404 that is not indexed, a sitemap with review dates, and
 * schema.org data on the muscle pages. Pages are fetched from the server as a crawler would.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { content } from './content';
import { sitemapPaths } from './helpers';

const SITE = 'https://trigger-point-atlas.org';
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every built page's path: dist/x/index.html is /x/, dist/404.html is /404.html. */
function builtPages(dir = dist, base = '/'): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...builtPages(`${dir}/${e.name}`, `${base}${e.name}/`));
    else if (e.name === 'index.html') out.push(base);
    else if (e.name.endsWith('.html')) out.push(`${base}${e.name}`);
  }
  return out;
}

const decode = (s: string) =>
  s.replace(/&(#\d+|#x[\da-f]+|quot|amp|lt|gt|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }[e.toLowerCase()]!,
  );

/** The head as a crawler reads it: meta tags by property or name, link rels, the JSON-LD. */
function head(html: string) {
  const h = html.slice(0, html.indexOf('</head>'));
  const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
  const metas = [...h.matchAll(/<meta\b[^>]*>/g)].map((m) => attrs(m[0]));
  const meta = (key: string) => metas.filter((m) => m.property === key || m.name === key).map((m) => m.content ?? '');
  const links = [...h.matchAll(/<link\b[^>]*>/g)].map((m) => attrs(m[0]));
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(h)?.[1];
  return { meta, links, jsonLd: ld ? (JSON.parse(ld) as Record<string, unknown>) : undefined };
}

async function fetchHead(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.ok(), path).toBe(true);
  return head(await res.text());
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): [number, number] {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

/** The frontmatter fields these tests read (the schemas in src/schemas/ define them). */
interface Fields {
  summary: string;
  reviewed: string;
  action: string;
  innervation: string;
}
const fields = (e: { data: unknown }) => e.data as Fields;
const muscles = content.muscles.map((m) => ({ id: m.id, ...fields(m) }));
const conditions = content.conditions.map((c) => ({ id: c.id, ...fields(c) }));
const guides = content.guides.map((g) => ({ id: g.id, ...fields(g) }));

const summaries = new Map<string, string>([
  ...muscles.map((m) => [`/muscles/${m.id}/`, m.summary] as const),
  ...conditions.map((c) => [`/conditions/${c.id}/`, c.summary] as const),
  ...guides.map((g) => [`/guides/${g.id}/`, g.summary] as const),
]);

test('every page has a preview image of the stated size, with alt text, and a large Twitter card', async ({ request }) => {
  test.setTimeout(180_000);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(300);
  const images = new Map<string, string>(); // image URL -> first page using it
  const missing: string[] = [];
  for (const path of pages) {
    const { meta } = await fetchHead(request, path);
    const [image] = meta('og:image');
    const [width] = meta('og:image:width');
    const [height] = meta('og:image:height');
    const [alt] = meta('og:image:alt');
    const [card] = meta('twitter:card');
    if (!image || !width || !height || !alt || alt.length < 20 || card !== 'summary_large_image') {
      missing.push(`${path}: og:image=${image} ${width}×${height} alt=${alt} twitter:card=${card}`);
      continue;
    }
    expect(image.startsWith(`${SITE}/`), `${path}: og:image must be an absolute URL on the site`).toBe(true);
    expect([width, height], path).toEqual(['1200', '630']);
    if (!images.has(image)) images.set(image, path);
  }
  expect(missing).toEqual([]);
  // A muscle page shows its own pattern; pages without one share the site image.
  expect(images.has(`${SITE}/og/upper-trapezius.png`)).toBe(true);
  expect(images.has(`${SITE}/og/atlas.png`)).toBe(true);
  // Each image is there, a PNG of the size the pages state.
  for (const [url, page] of images) {
    const res = await request.get(new URL(url).pathname);
    expect(res.status(), `${url} (from ${page})`).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
    expect(pngSize(await res.body()), url).toEqual([1200, 630]);
  }
});

test('every meta description fits in 160 characters, ends a sentence or with an ellipsis, and cuts no word', async ({ request }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const path of builtPages()) {
    const { meta } = await fetchHead(request, path);
    const [d = ''] = meta('description');
    if (d.length < 20 || d.length > 160) problems.push(`${path}: ${d.length} characters`);
    if (!/[.!?…]$/.test(d)) problems.push(`${path}: ends "${d.slice(-20)}"`);
    expect(meta('og:description')[0], path).toBe(d);
    // A shortened summary keeps its first words whole.
    const summary = summaries.get(path)?.replace(/\s+/g, ' ').trim();
    if (summary && d !== summary) {
      const kept = d.endsWith('…') ? d.slice(0, -1) : d;
      if (!summary.startsWith(kept)) problems.push(`${path}: "${d}" is not the start of the summary`);
      else if (!/^[\s,;:.]/.test(summary.slice(kept.length))) problems.push(`${path}: "${d}" cuts a word of the summary`);
    }
  }
  expect(problems).toEqual([]);
});

test('the 404 page is not indexed and claims no address of its own', async ({ request }) => {
  const res = await request.get('/no-such-page/');
  expect(res.status()).toBe(404);
  const { meta, links } = head(await res.text());
  expect(meta('robots')).toEqual(['noindex']);
  expect(links.filter((l) => l.rel === 'canonical')).toEqual([]);
  expect(meta('og:url')).toEqual([]);
  // Other pages keep their canonical address.
  const about = await fetchHead(request, '/about/');
  expect(about.links.filter((l) => l.rel === 'canonical').map((l) => l.href)).toEqual([`${SITE}/about/`]);
  expect(about.meta('robots')).toEqual([]);
});

test('the sitemap dates every page, by the review date for entries, and leaves out search and 404', async ({ page, request }) => {
  const paths = await sitemapPaths(page);
  expect(paths).not.toContain('/search/');
  expect(paths.filter((p) => p.includes('404'))).toEqual([]);
  expect(paths).toContain('/muscles/');
  const index = await (await request.get('/sitemap-index.xml')).text();
  const lastmod = new Map<string, string>();
  for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await request.get(new URL(m[1]!).pathname)).text();
    for (const u of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(u[1]!)![1]!;
      const mod = /<lastmod>([^<]+)<\/lastmod>/.exec(u[1]!)?.[1];
      lastmod.set(new URL(loc).pathname, mod ?? '');
    }
  }
  expect([...lastmod].filter(([, d]) => !/^\d{4}-\d{2}-\d{2}/.test(d)).map(([p]) => p)).toEqual([]);
  for (const m of muscles) expect(lastmod.get(`/muscles/${m.id}/`)?.slice(0, 10), m.id).toBe(m.reviewed);
  for (const c of conditions) expect(lastmod.get(`/conditions/${c.id}/`)?.slice(0, 10), c.id).toBe(c.reviewed);
  for (const g of guides) expect(lastmod.get(`/guides/${g.id}/`)?.slice(0, 10), g.id).toBe(g.reviewed);
  for (const o of content.otherSources) expect(lastmod.get(`/other-sources/${o.id}/`)?.slice(0, 10), o.id).toBe(o.data.reviewed);
  // An index is as new as the newest entry it lists.
  const newestMuscle = muscles
    .map((m) => m.reviewed)
    .sort()
    .at(-1)!;
  expect(lastmod.get('/muscles/')!.slice(0, 10) >= newestMuscle).toBe(true);
});

test('muscle pages describe the muscle in current schema.org terms: muscleAction, Nerve items, lastReviewed', async ({ request }) => {
  test.setTimeout(120_000);
  // Root levels and alternative names in brackets are not part of a nerve's name.
  const plain = (s: string) => s.toLowerCase().replace(/\s\([^)]*\)/g, '');
  for (const m of muscles) {
    const { jsonLd } = await fetchHead(request, `/muscles/${m.id}/`);
    expect(jsonLd, m.id).toBeDefined();
    expect(jsonLd!.lastReviewed, m.id).toBe(m.reviewed);
    const about = jsonLd!.about as Record<string, unknown>;
    expect(about['@type']).toBe('Muscle');
    expect(about, m.id).not.toHaveProperty('action');
    expect(about.muscleAction, m.id).toBe(m.action);
    const nerves = about.nerve as { '@type': string; name: string }[];
    expect(Array.isArray(nerves) && nerves.length > 0, `${m.id}: no Nerve item`).toBe(true);
    for (const n of nerves) {
      expect(n['@type'], m.id).toBe('Nerve');
      // Each named nerve is one the innervation text gives, not made up.
      expect(plain(m.innervation), `${m.id}: ${n.name}`).toContain(plain(n.name));
    }
  }
  // The deltoid is supplied by the axillary nerve (Gray's Anatomy; Travell & Simons vol. 1, ch. 28).
  const { jsonLd } = await fetchHead(request, '/muscles/deltoid/');
  expect((jsonLd!.about as { nerve: unknown }).nerve).toEqual([{ '@type': 'Nerve', name: 'Axillary nerve' }]);
});
