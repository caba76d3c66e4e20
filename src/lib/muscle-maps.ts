/** Map requests for a muscle as a whole and for each of its trigger points. */
import { buildMaps, type MapData } from './maps';
import { mergeZones, type PatternInput } from './zones';

interface TP {
  id: string;
  landmark: string;
  description: string;
  referral: PatternInput;
}

export function muscleMaps(slug: string, tps: readonly TP[], opts: { crop?: boolean; thumbnail?: boolean } = {}): MapData[] {
  return buildMaps({
    zones: mergeZones(tps.map((t) => t.referral)),
    muscles: [slug],
    marks: tps.map((t) => ({ landmark: t.landmark, label: t.description })),
    crop: opts.crop ?? true,
    thumbnail: opts.thumbnail ?? false,
  });
}
