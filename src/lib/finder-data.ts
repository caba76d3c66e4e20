/**
 * The compact data the finder needs in the browser, derived from the content at build time
 * (served as /data/finder.json): regions with their lay words, muscles with their merged
 * zones, conditions with their pain regions and muscles, and the other sources of pain (nerve
 * roots, nerves, joints, organs) with their zones resolved, for "Also consider".
 */
import { REGIONS, viewsOfRegion, type ViewId } from '../atlas';
import type { Urgency } from '../schemas/condition';
import type { ResolvedSource } from './consider';
import { resolveSource, type OtherSourceInput } from './other-sources';
import { ACTION_LABEL, mostUrgent, OTHER_KIND_ONE } from './present';
import { withNameOrder, type Prevalence, type RankMuscle } from './rank';
import { expandRegion, regionKinds, type ZoneInput } from './zones';

interface FinderRegion {
  id: string;
  label: string;
  synonyms: readonly string[];
  area: string;
  views: ViewId[];
  /** Paired regions are drawn on both sides, so a typed "left" or "right" picks one. */
  paired: boolean;
  /** Set on a group (an id kept for skin now split): the drawn regions it stands for. */
  members?: string[];
}
export interface FinderMuscle extends RankMuscle {
  area: string;
  /** Symptom lines, for matching symptom words that name no place. */
  symptoms: string[];
  /** Perpetuating factors: what brings it on or makes it worse ("typing", "climbing stairs"). */
  factors: string[];
}
interface FinderCondition {
  id: string;
  name: string;
  synonyms: string[];
  painRegions: string[];
  muscles: string[];
}
/** An other source of pain, ranked in the browser; an organ or emergency source carries its most urgent red flag, for the alert. */
interface FinderOther extends ResolvedSource {
  flag?: string;
}
export interface FinderData {
  regions: FinderRegion[];
  muscles: FinderMuscle[];
  conditions: FinderCondition[];
  others: FinderOther[];
  /** The words for an other source's kind ("nerve root") and usual step ("See a doctor today"). */
  otherLabels: { kind: typeof OTHER_KIND_ONE; action: typeof ACTION_LABEL };
}

interface MuscleSource {
  id: string;
  data: {
    name: string;
    area: string;
    prevalence: Prevalence;
    symptoms: string[];
    perpetuatingFactors: string[];
    triggerPoints: { referral: { essential: ZoneInput[]; spillover: ZoneInput[] } }[];
  };
}
interface OtherSource extends OtherSourceInput {
  data: OtherSourceInput['data'] & { redFlags: readonly { sign: string; urgency: Urgency }[] };
}
interface ConditionSource {
  id: string;
  data: { name: string; laySynonyms: string[]; clinicalSynonyms: string[]; painRegions: string[] };
}

export function toRankMuscle(m: MuscleSource): FinderMuscle {
  return {
    id: m.id,
    name: m.data.name,
    prevalence: m.data.prevalence,
    area: m.data.area,
    zones: regionKinds(m.data.triggerPoints.map((t) => t.referral)),
    symptoms: m.data.symptoms,
    factors: m.data.perpetuatingFactors,
  };
}

export function finderData(
  muscles: readonly MuscleSource[],
  conditions: readonly ConditionSource[],
  musclesOf: (condition: string) => string[],
  otherSources: readonly OtherSource[] = [],
): FinderData {
  return {
    regions: REGIONS.map((r) => ({
      id: r.id,
      label: r.label,
      synonyms: r.synonyms,
      area: r.area,
      views: viewsOfRegion(r.id),
      paired: r.laterality === 'paired',
      ...(r.members ? { members: expandRegion(r.id) } : {}),
    })),
    muscles: withNameOrder(muscles.map(toRankMuscle)),
    conditions: conditions.map((c) => ({
      id: c.id,
      name: c.data.name,
      synonyms: [...c.data.laySynonyms, ...c.data.clinicalSynonyms],
      painRegions: [...new Set(c.data.painRegions.flatMap(expandRegion))],
      muscles: musclesOf(c.id),
    })),
    others: otherSources.map((o) => {
      const flag = mostUrgent(o.data.redFlags)?.sign;
      return { ...resolveSource(o), ...(flag ? { flag } : {}) };
    }),
    otherLabels: { kind: OTHER_KIND_ONE, action: ACTION_LABEL },
  };
}
