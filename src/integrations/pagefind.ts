/**
 * Builds the Pagefind index once the site is written (as Starlight does): every page's
 * <main data-pagefind-body>, plus the symptom records emitted at /data/search-records.json.
 *
 * A search downloads one index chunk per word. Pagefind cuts chunks at 20,000 word locations
 * (about 26 KB here), so "headache behind the eye" cost over 100 KB of index alone. Chunks of
 * 4,000 locations (about 6 KB; the word "the" alone still fills 8 KB) bring a first search under
 * 150 KB and rank as before: words are still matched whole, and only a typed prefix whose
 * completions straddle two chunks sees fewer of them. Pagefind 1.6 reads the size from this
 * environment variable (unstable: the byte budget in tests/e2e/budgets.spec.ts notices if it goes).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'trigger-point-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '4000'; // read by the Pagefind binary, which createIndex starts
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: out });
        if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
        const recordsFile = join(out, 'data', 'search-records.json');
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as Parameters<typeof index.addCustomRecord>[0][];
        for (const r of records) {
          const res = await index.addCustomRecord(r);
          if (res.errors.length) throw new Error(`Pagefind record ${r.url}: ${res.errors.join('; ')}`);
        }
        await rm(recordsFile);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${pages.page_count} pages and ${records.length} symptom records`);
      },
    },
  };
}
