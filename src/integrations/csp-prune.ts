/** After the build: each page's Content-Security-Policy keeps only the hashes of its own inline blocks (src/lib/csp.ts). */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from '../lib/csp';

export function cspPrune(): AstroIntegration {
  return {
    name: 'trigger-point-atlas:csp-prune',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        let saved = 0;
        for (const f of files) {
          const path = join(out, f);
          const html = await readFile(path, 'utf8');
          const pruned = pruneCspHashes(html);
          saved += html.length - pruned.length;
          if (pruned !== html) await writeFile(path, pruned);
        }
        logger.info(`kept each page's own CSP hashes: ${(saved / files.length).toFixed(0)} bytes less per page`);
      },
    },
  };
}
