import { describe, expect, it } from 'vitest';
import { buildGraph, type ConditionInput, type MuscleInput } from '../../src/lib/graph';
import { buildMaps, cropBox, markedCount } from '../../src/lib/maps';
import { mergeZones, zoneInstances } from '../../src/lib/zones';

const muscle = (id: string, essential: string[], spillover: string[], mimics: string[] = []): MuscleInput => ({
  id,
  data: {
    name: id,
    area: 'head-neck',
    prevalence: 'common',
    mimics,
    triggerPoints: [{ id: 'a', landmark: 'suboccipitals', description: 'x', referral: { essential, spillover } }],
  },
});
const condition = (id: string, muscles: string[]): ConditionInput => ({
  id,
  data: { name: id, painRegions: ['temple'], muscles: muscles.map((m) => ({ muscle: m, note: 'n' })) },
});

describe('zones', () => {
  it('draws paired regions on the muscle side, midline regions once', () => {
    expect(zoneInstances('temple')).toEqual(['temple|r']);
    expect(zoneInstances('chin')).toEqual(['chin|m']);
    expect(zoneInstances({ region: 'temple', side: 'opposite' })).toEqual(['temple|l']);
    expect(zoneInstances({ region: 'temple', side: 'both' })).toEqual(['temple|r', 'temple|l']);
    expect(() => zoneInstances('nowhere')).toThrow(/unknown region/);
  });

  it('lets an essential zone win over a spillover zone of another trigger point', () => {
    const z = mergeZones([
      { essential: ['temple'], spillover: ['orbit'] },
      { essential: ['orbit'], spillover: ['temple', 'occiput'] },
    ]);
    expect(z.get('temple|r')).toBe('essential');
    expect(z.get('orbit|r')).toBe('essential');
    expect(z.get('occiput|r')).toBe('spillover');
    expect(z.size).toBe(3);
  });
});

describe('referral graph', () => {
  const g = buildGraph(
    [muscle('a', ['temple'], ['orbit'], ['headache']), muscle('b', ['orbit'], ['temple'])],
    [condition('headache', ['b']), condition('jaw', [])],
  );

  it('indexes regions to the muscles that refer there, with the strongest kind', () => {
    expect(g.byRegion.get('temple')).toEqual([
      { muscle: 'a', kind: 'essential', triggerPoints: ['a'] },
      { muscle: 'b', kind: 'spillover', triggerPoints: ['a'] },
    ]);
    expect(g.byRegion.get('occiput')).toBeUndefined();
  });

  it('computes condition <-> muscle links from either side, once', () => {
    expect(g.musclesOfCondition.get('headache')!.map((l) => [l.muscle, l.from])).toEqual([
      ['b', 'condition'],
      ['a', 'muscle'],
    ]);
    expect(g.conditionsOfMuscle.get('a')).toEqual(['headache']);
    expect(g.conditionsOfMuscle.get('b')).toEqual(['headache']);
    expect(g.musclesOfCondition.get('jaw')).toEqual([]);
  });
});

describe('maps', () => {
  it('marks exactly the requested zones and shows only views with something on them', () => {
    const maps = buildMaps({ zones: mergeZones([{ essential: ['temple'], spillover: ['tmj'] }]) });
    // The right temple and jaw joint show larger on the side of the head than on the whole
    // front view, which then adds nothing.
    expect(maps.map((m) => m.view).sort()).toEqual(['head-lateral']);
    const lateral = maps.find((m) => m.view === 'head-lateral')!;
    expect(lateral.zones.map((z) => `${z.kind}:${z.regions.join(' ')}`).sort()).toEqual(['essential:temple', 'spillover:tmj']);
    // Both temples: the left one shows only on the front view, which stays.
    const both = buildMaps({ zones: mergeZones([{ essential: [{ region: 'temple', side: 'both' }], spillover: ['tmj'] }]) });
    expect(both.map((m) => m.view).sort()).toEqual(['anterior', 'head-lateral']);
  });

  it('keeps a map that carries the muscle even where its places show larger elsewhere', () => {
    // Extensor carpi ulnaris is drawn on the back of the forearm (whole-body back view); its
    // pain at the ulnar wrist shows larger on the hand views, but the back view stays for the muscle.
    const maps = buildMaps({ zones: mergeZones([{ essential: ['ulnar-wrist'], spillover: [] }]), muscles: ['extensor-carpi-ulnaris'] });
    const back = maps.find((m) => m.view === 'posterior');
    expect(back?.muscles.length).toBeGreaterThan(0);
    const bare = buildMaps({ zones: mergeZones([{ essential: ['ulnar-wrist'], spillover: [] }]) });
    expect(bare.map((m) => m.view)).not.toContain('posterior');
  });

  it('does not add a close view for a strip of chest or shoulder at the edge of its frame', () => {
    // Pectoralis major's chest pain (Travell & Simons, ch. 42) is drawn on the front of the body;
    // the head and neck view shows only the top of the infraclavicular skin below the neck.
    const chest = buildMaps({ zones: mergeZones([{ essential: ['infraclavicular', 'sternoclavicular'], spillover: [] }]) });
    expect(chest.map((m) => m.view)).toContain('anterior');
    expect(chest.map((m) => m.view)).not.toContain('head-lateral');
    // A place of the head and neck itself keeps the close view.
    const neck = buildMaps({ zones: mergeZones([{ essential: ['lateral-neck', 'supraclavicular'], spillover: [] }]) });
    expect(neck.map((m) => m.view)).toContain('head-lateral');
  });

  it('crops to the marked area but stays inside the view', () => {
    const full = [-170, -7, 340, 815] as const;
    const box = cropBox([-30, 10, -10, 40], full);
    expect(box[0]).toBeLessThanOrEqual(-30);
    expect(box[1]).toBeLessThanOrEqual(10);
    expect(box[0] + box[2]).toBeGreaterThanOrEqual(-10);
    expect(box[1] + box[3]).toBeGreaterThanOrEqual(40);
    expect(box[0]).toBeGreaterThanOrEqual(full[0]);
    expect(box[1]).toBeGreaterThanOrEqual(full[1]);
    const edge = cropBox([-170, -7, -160, 0], full);
    expect(edge[0]).toBe(-170);
    expect(edge[1]).toBe(-7);
  });
});

describe('thumbnails', () => {
  it('picks the views that show most of a pattern, in view order', async () => {
    const { mostInformative } = await import('../../src/lib/maps');
    const maps = buildMaps({
      zones: mergeZones([{ essential: [{ region: 'temple', side: 'both' }, 'tmj', 'upper-molars'], spillover: ['forehead'] }]),
    });
    expect(maps.map((m) => m.view)).toEqual(['anterior', 'head-lateral']);
    expect(mostInformative(maps, 1).map((m) => m.view)).toEqual(['head-lateral']);
    expect(mostInformative(maps, 2).map((m) => m.view)).toEqual(['anterior', 'head-lateral']);
  });

  it('prefers a view with some of the pattern over one with only the muscle and its trigger point', async () => {
    const { mostInformative } = await import('../../src/lib/maps');
    const { muscleMaps } = await import('../../src/lib/muscle-maps');
    // Flexor hallucis longus: outlined and marked on the back of the calf, pain under the big toe.
    const maps = muscleMaps('flexor-hallucis-longus', [
      {
        id: 'distal',
        landmark: 'flexor-hallucis-longus-distal',
        description: 'Deep in the lower calf',
        referral: { essential: ['plantar-big-toe', 'first-metatarsal-head'], spillover: ['medial-arch'] },
      },
    ]);
    const [thumb] = mostInformative(maps, 1);
    expect(markedCount(thumb!)).toBeGreaterThan(0);
    expect(
      maps.some((m) => markedCount(m) === 0 && m.muscles.length > 0),
      'a view with the muscle but no pain exists',
    ).toBe(true);
  });
});
