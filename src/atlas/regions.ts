/**
 * The named surface regions of the atlas. Content names regions by these ids; the schema
 * rejects any other. Ids are stable: rename one only with a content migration.
 * Definitions live in ./catalogue (one file per body area), geometry in ./partitions; every
 * region here is drawn on at least one view (tested).
 */
import { HEAD_REGIONS } from './catalogue/head';
import { LOWER_LIMB_REGIONS } from './catalogue/lower-limb';
import { PELVIS_REGIONS } from './catalogue/pelvis';
import { TRUNK_REGIONS } from './catalogue/trunk';
import { UPPER_LIMB_REGIONS } from './catalogue/upper-limb';
import type { RegionDef } from './types';

export const REGIONS: readonly RegionDef[] = [...HEAD_REGIONS, ...TRUNK_REGIONS, ...UPPER_LIMB_REGIONS, ...LOWER_LIMB_REGIONS, ...PELVIS_REGIONS];

export const REGION_BY_ID: ReadonlyMap<string, RegionDef> = new Map(REGIONS.map((x) => [x.id, x]));
export const REGION_IDS: readonly string[] = REGIONS.map((x) => x.id);
