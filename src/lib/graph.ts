/**
 * The referral graph: muscles -> trigger points -> regions, and the reverse indexes
 * (region -> muscles, condition <-> muscles), computed once from the content. Pure.
 */
import { regionKinds, type ZoneInput } from './zones';
import { refId, type Ref } from './validate';

export interface MuscleInput {
  id: string;
  data: {
    name: string;
    area: string;
    prevalence: 'very-common' | 'common' | 'occasional';
    mimics: Ref[];
    triggerPoints: { id: string; landmark: string; description: string; referral: { essential: ZoneInput[]; spillover: ZoneInput[] } }[];
  };
}
export interface ConditionInput {
  id: string;
  data: { name: string; painRegions: string[]; muscles: { muscle: Ref; note: string }[] };
}

interface RegionLink {
  muscle: string;
  kind: 'essential' | 'spillover';
  /** Trigger points of the muscle that refer here. */
  triggerPoints: string[];
}
interface ConditionLink {
  muscle: string;
  note: string;
  /** Where the link was written: the condition's own list, or the muscle's `mimics`. */
  from: 'condition' | 'muscle';
}

export interface ReferralGraph {
  muscleIds: string[];
  conditionIds: string[];
  byRegion: Map<string, RegionLink[]>;
  musclesOfCondition: Map<string, ConditionLink[]>;
  conditionsOfMuscle: Map<string, string[]>;
}

export function buildGraph(muscles: readonly MuscleInput[], conditions: readonly ConditionInput[]): ReferralGraph {
  const byRegion = new Map<string, RegionLink[]>();
  for (const m of muscles) {
    const links = new Map<string, RegionLink>();
    for (const tp of m.data.triggerPoints) {
      for (const [region, kind] of Object.entries(regionKinds([tp.referral]))) {
        const link = links.get(region) ?? { muscle: m.id, kind: kind === 'e' ? 'essential' : 'spillover', triggerPoints: [] };
        if (kind === 'e') link.kind = 'essential';
        if (!link.triggerPoints.includes(tp.id)) link.triggerPoints.push(tp.id);
        links.set(region, link);
      }
    }
    for (const [region, link] of links) {
      const list = byRegion.get(region) ?? [];
      list.push(link);
      byRegion.set(region, list);
    }
  }

  const musclesOfCondition = new Map<string, ConditionLink[]>();
  const conditionsOfMuscle = new Map<string, string[]>(muscles.map((m) => [m.id, []]));
  const link = (condition: string, muscle: string, note: string, from: ConditionLink['from']) => {
    const list = musclesOfCondition.get(condition) ?? [];
    if (!list.some((l) => l.muscle === muscle)) list.push({ muscle, note, from });
    musclesOfCondition.set(condition, list);
    const back = conditionsOfMuscle.get(muscle) ?? [];
    if (!back.includes(condition)) back.push(condition);
    conditionsOfMuscle.set(muscle, back);
  };
  for (const c of conditions) {
    musclesOfCondition.set(c.id, []);
    for (const m of c.data.muscles) link(c.id, refId(m.muscle), m.note, 'condition');
  }
  for (const m of muscles) {
    for (const c of m.data.mimics) link(refId(c), m.id, `Its referred pain can mimic this condition.`, 'muscle');
  }
  return {
    muscleIds: muscles.map((m) => m.id).sort(),
    conditionIds: conditions.map((c) => c.id).sort(),
    byRegion,
    musclesOfCondition,
    conditionsOfMuscle,
  };
}
