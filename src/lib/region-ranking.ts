/** Build-time ranking for region pages: the same rankMuscles the finder runs in the browser. */
import type { Site } from './content';
import { rankMuscles, type Ranked } from './rank';
import { toRankMuscle } from './finder-data';
import { expandRegion } from './zones';

let cache: { site: Site; muscles: ReturnType<typeof toRankMuscle>[] } | undefined;

/** Muscles ranked for a set of regions (a group counts as its members). */
export function rankForRegions(site: Site, regions: string[]): Ranked[] {
  if (cache?.site !== site) cache = { site, muscles: site.muscles.map(toRankMuscle) };
  return rankMuscles(cache.muscles, regions.flatMap(expandRegion));
}
