// Prints content coverage: muscles per body area, trigger points, referral zones, conditions,
// guides, other sources of pain per kind, citations per pattern, and how much of the atlas the content uses.
//   npx tsx scripts/coverage.ts
import { BODY_AREA_LABELS, BODY_AREAS, LANDMARKS, REGIONS } from '../src/atlas';
import { loadContent } from '../src/lib/content-files';
import { OTHER_KIND_LABEL } from '../src/lib/present';
import { placeZone, zoneRegionId, type ZoneInput } from '../src/lib/zones';

const { muscles, conditions, guides, otherSources, errors } = loadContent(process.cwd());
type TP = { source: { source: string }; referral: { essential: ZoneInput[]; spillover: ZoneInput[] } };
const tps = muscles.flatMap((m) => (m.data as unknown as { triggerPoints: TP[] }).triggerPoints);
const zones = tps.flatMap((t) => [...t.referral.essential, ...t.referral.spillover]);
const otherPlaces = otherSources.flatMap((o) => [...o.data.refers.essential, ...o.data.refers.occasional].map((p) => zoneRegionId(placeZone(p))));
const used = new Set([
  ...zones.map(zoneRegionId),
  ...conditions.flatMap((c) => (c.data as unknown as { painRegions: string[] }).painRegions),
  ...otherPlaces,
]);
const cited = muscles.filter((m) => (m.data as unknown as { triggerPoints: TP[] }).triggerPoints.every((t) => t.source?.source)).length;

console.log(`content problems          ${errors.length}`);
console.log(`muscle entries            ${muscles.length}`);
for (const a of BODY_AREAS)
  console.log(`  ${BODY_AREA_LABELS[a].padEnd(24)}${muscles.filter((m) => (m.data as unknown as { area: string }).area === a).length}`);
console.log(`trigger points            ${tps.length} (${(tps.length / Math.max(1, muscles.length)).toFixed(1)} per muscle)`);
console.log(
  `referral zones            ${zones.length} (${tps.reduce((a, t) => a + t.referral.essential.length, 0)} essential, ${tps.reduce((a, t) => a + t.referral.spillover.length, 0)} spillover)`,
);
console.log(`patterns with a citation  ${cited} of ${muscles.length} muscles cite every trigger point's pattern`);
console.log(`conditions                ${conditions.length}`);
console.log(`guides                    ${guides.length}`);
console.log(`other sources of pain     ${otherSources.length}`);
for (const [kind, label] of Object.entries(OTHER_KIND_LABEL))
  console.log(`  ${label.padEnd(24)}${otherSources.filter((o) => o.data.kind === kind).length}`);
console.log(`  with red flags          ${otherSources.filter((o) => o.data.redFlags.length > 0).length}`);
console.log(`atlas regions used        ${used.size} of ${REGIONS.length}`);
console.log(`landmarks                 ${LANDMARKS.length}`);
