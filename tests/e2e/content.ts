/** The site's content and the pure ranking, so browser tests can compute what the UI must show. */
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content-files';
import { toRankMuscle } from '../../src/lib/finder-data';
import { rankMuscles } from '../../src/lib/rank';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const content = loadContent(root);
const rankable = content.muscles.map((m) => toRankMuscle(m as unknown as Parameters<typeof toRankMuscle>[0]));

/** Muscle URLs in the order the finder must list them for these regions. */
export const expectedOrder = (regions: string[]) => rankMuscles(rankable, regions).map((m) => `/muscles/${m.id}/`);

import { runQuery } from '../../src/lib/finder-query';
import { realIndex } from '../unit/real-finder';
const finderIndex = realIndex();
/** Muscle URLs in the order the finder must list them for these words and picks (the pure module, unit-tested against the literature). */
export const expectedForQuery = (q: string, picked: string[] = []) => runQuery(finderIndex, q, picked).ranked.map((m) => `/muscles/${m.id}/`);
