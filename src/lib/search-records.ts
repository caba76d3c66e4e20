/**
 * Extra search records, built from the content: each muscle becomes findable by the lay words
 * for the places it refers pain to and by its symptoms, so "jaw clicking" or "pins and needles
 * in the fingers" reach the right muscles. Indexed by Pagefind after the build.
 */
import { REGION_BY_ID } from '../atlas';
import type { Site } from './content';
import { areaLabel } from './present';
import { fold, SYNONYMS } from './text';
import { zoneRegionId } from './zones';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Everyday phrasings for the words a text uses, from the one synonym table (src/lib/text.ts):
 * "tingling" brings "pins and needles", "lateral" brings "outer" and "outside".
 */
function layPhrases(text: string): string[] {
  const have = ` ${fold(text)} `;
  const found = SYNONYMS.filter(([lay, word]) => (lay.includes(' ') || lay.length > 3) && have.includes(` ${word} `) && !have.includes(` ${lay} `));
  return [...new Set(found.map(([lay]) => lay))];
}

export function searchRecords(site: Site): SearchRecord[] {
  return site.muscles.map((m) => {
    const d = m.data;
    const places = new Set<string>();
    for (const tp of d.triggerPoints) {
      for (const z of [...tp.referral.essential, ...tp.referral.spillover]) {
        const r = REGION_BY_ID.get(zoneRegionId(z));
        if (r)
          [r.label, ...r.synonyms].forEach((w) => {
            places.add(w);
          });
      }
    }
    const conditions = (site.graph.conditionsOfMuscle.get(m.id) ?? []).map((id) => site.conditionById.get(id)?.data.name ?? id);
    const text = d.symptoms.join('. ');
    const lay = layPhrases(`${text} ${[...places].join(' ')}`);
    return {
      url: `/muscles/${m.id}/`,
      language: 'en',
      // Pagefind keeps one entry per URL, and this record replaces the muscle page's own text:
      // it carries the page's other names ("SCM"), or they would find nothing.
      content: [
        d.otherNames.length ? `${d.name}, also called ${d.otherNames.join(', ')}.` : '',
        `${d.name} refers pain to: ${[...places].join(', ')}.`,
        `Symptoms: ${text}.`,
        lay.length ? `Also described as ${lay.join(', ')}.` : '',
        conditions.length ? `Can mimic: ${conditions.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      meta: { title: d.name, type: 'Muscle' },
      filters: { type: ['muscle'], area: [areaLabel(d.area)] },
    };
  });
}
