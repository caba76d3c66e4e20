/**
 * Sitemap `lastmod` for every page: an entry's page has its `reviewed:` date; a page built from
 * code and content (indexes, regions, finder, home) has the later of its source file's last
 * commit and the newest review among the entries it lists. Read from the files, so the sitemap
 * integration can use it before the content layer runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const COLLECTIONS = ['muscles', 'conditions', 'guides', 'other-sources'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** The file's last commit date (YYYY-MM-DD), or undefined when git has no history for it. */
function lastCommitDate(root: string, file: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

const latest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);

/** Each entry's reviewed date (YYYY-MM-DD) by collection and slug. */
function reviewedDates(root: string): Record<Collection, Map<string, string>> {
  const out = {} as Record<Collection, Map<string, string>>;
  for (const c of COLLECTIONS) {
    out[c] = new Map();
    for (const f of readdirSync(join(root, 'content', c)).filter((n) => /\.mdx?$/.test(n))) {
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, 'content', c, f), 'utf8'))?.[1];
      const reviewed = fm ? (parse(fm) as { reviewed?: unknown } | null)?.reviewed : undefined;
      // The same slug as the content loader (src/schemas/slug.ts).
      const slug = f
        .replace(/\.mdx?$/, '')
        .toLowerCase()
        .replace(/[\s_]+/g, '-');
      if (typeof reviewed === 'string') out[c].set(slug, reviewed);
    }
  }
  return out;
}

/** A function from a page's path ("/muscles/deltoid/") to its lastmod date, if one is known. */
export function lastmodResolver(root: string): (path: string) => string | undefined {
  const reviewed = reviewedDates(root);
  const newest = (cs: readonly Collection[]) => latest(cs.flatMap((c) => [...reviewed[c].values()]));
  const commit = new Map<string, string | undefined>();
  const committed = (file: string) => {
    if (!commit.has(file)) commit.set(file, lastCommitDate(root, file));
    return commit.get(file);
  };
  const page = (file: string, lists: readonly Collection[]) => latest([committed(`src/pages/${file}`), newest(lists)]);
  return (path) => {
    const [first = '', second] = path.split('/').filter(Boolean);
    if (second && (COLLECTIONS as readonly string[]).includes(first)) return reviewed[first as Collection].get(second);
    if (second && first === 'regions') return page('regions/[id].astro', ['muscles', 'conditions', 'other-sources']);
    if (second) return undefined;
    if ((COLLECTIONS as readonly string[]).includes(first)) return page(`${first}/index.astro`, [first as Collection]);
    if (first === '') return page('index.astro', COLLECTIONS);
    if (first === 'finder' || first === 'study') return page(`${first}.astro`, COLLECTIONS);
    return page(`${first}.astro`, []);
  };
}
