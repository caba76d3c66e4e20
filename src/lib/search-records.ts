/**
 * Extra search records, built from the content: each muscle becomes findable by the lay words
 * for the places it refers pain to and by its symptoms, so "jaw clicking" or "pins and needles
 * in the fingers" reach the right muscles. Indexed by Pagefind after the build.
 */
import { REGION_BY_ID } from '../atlas';
import type { Site } from './content';
import { areaLabel } from './present';
import { zoneRegionId } from './zones';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Everyday phrasings of symptoms, added next to the clinical word so either finds the page. */
const LAY_PHRASES: readonly [RegExp, string][] = [
  [/\b(tingling|numbness|paraesthesia)/i, 'pins and needles'],
  [/\bclick/i, 'jaw clicking'],
  [/\bheadache/i, 'head ache'],
  [/\bdizz/i, 'dizzy'],
];

export function searchRecords(site: Site): SearchRecord[] {
  return site.muscles.map((m) => {
    const d = m.data;
    const places = new Set<string>();
    for (const tp of d.triggerPoints) {
      for (const z of [...tp.referral.essential, ...tp.referral.spillover]) {
        const r = REGION_BY_ID.get(zoneRegionId(z));
        if (r) [r.label, ...r.synonyms].forEach((w) => places.add(w));
      }
    }
    const conditions = (site.graph.conditionsOfMuscle.get(m.id) ?? []).map((id) => site.conditionById.get(id)?.data.name ?? id);
    const text = d.symptoms.join('. ');
    const lay = LAY_PHRASES.filter(([re]) => re.test(text)).map(([, p]) => p);
    return {
      url: `/muscles/${m.id}/`,
      language: 'en',
      content: [`${d.name} refers pain to: ${[...places].join(', ')}.`, `Symptoms: ${text}.`, lay.length ? `Also described as ${lay.join(', ')}.` : '', conditions.length ? `Can mimic: ${conditions.join(', ')}.` : '']
        .filter(Boolean)
        .join(' '),
      meta: { title: d.name, type: 'Muscle' },
      filters: { type: ['muscle'], area: [areaLabel(d.area)] },
    };
  });
}
