/**
 * The compact data the finder needs in the browser, derived from the content at build time
 * (served as /data/finder.json): regions with their lay words, muscles with their merged
 * zones, conditions with their pain regions and muscles.
 */
import { REGIONS, viewsOfRegion, type ViewId } from '../atlas';
import type { Kind, Prevalence, RankMuscle } from './rank';
import { zoneRegionId, type ZoneInput } from './zones';

export interface FinderRegion {
  id: string;
  label: string;
  synonyms: readonly string[];
  area: string;
  views: ViewId[];
}
export interface FinderMuscle extends RankMuscle {
  area: string;
  /** Symptom lines, for matching symptom words that name no place. */
  symptoms: string[];
}
export interface FinderCondition {
  id: string;
  name: string;
  synonyms: string[];
  painRegions: string[];
  muscles: string[];
}
export interface FinderData {
  regions: FinderRegion[];
  muscles: FinderMuscle[];
  conditions: FinderCondition[];
}

interface MuscleSource {
  id: string;
  data: {
    name: string;
    area: string;
    prevalence: Prevalence;
    symptoms: string[];
    triggerPoints: { referral: { essential: ZoneInput[]; spillover: ZoneInput[] } }[];
  };
}
interface ConditionSource {
  id: string;
  data: { name: string; laySynonyms: string[]; clinicalSynonyms: string[]; painRegions: string[] };
}

/** A muscle's zones merged over its trigger points: essential wins over spillover. */
export function mergedZones(tps: MuscleSource['data']['triggerPoints']): Record<string, Kind> {
  const zones: Record<string, Kind> = {};
  for (const tp of tps) for (const z of tp.referral.spillover) zones[zoneRegionId(z)] ??= 's';
  for (const tp of tps) for (const z of tp.referral.essential) zones[zoneRegionId(z)] = 'e';
  return zones;
}

export function toRankMuscle(m: MuscleSource): FinderMuscle {
  return {
    id: m.id,
    name: m.data.name,
    prevalence: m.data.prevalence,
    area: m.data.area,
    zones: mergedZones(m.data.triggerPoints),
    symptoms: m.data.symptoms,
  };
}

export function finderData(muscles: readonly MuscleSource[], conditions: readonly ConditionSource[], musclesOf: (condition: string) => string[]): FinderData {
  return {
    regions: REGIONS.map((r) => ({ id: r.id, label: r.label, synonyms: r.synonyms, area: r.area, views: viewsOfRegion(r.id) })),
    muscles: muscles.map(toRankMuscle),
    conditions: conditions.map((c) => ({
      id: c.id,
      name: c.data.name,
      synonyms: [...c.data.laySynonyms, ...c.data.clinicalSynonyms],
      painRegions: c.data.painRegions,
      muscles: musclesOf(c.id),
    })),
  };
}
