import { describe, expect, it } from 'vitest';
import { REGION_BY_ID } from '../../src/atlas';
import { getView } from '../../src/atlas';
import { buildView } from '../../src/atlas/build';
import { multiBounds } from '../../src/atlas/geometry';
import { ANKLE_L, ELBOW_L, HEAD_LAT, HIP_L, KNEE_L, SHOULDER_L, WRIST_L } from '../../src/atlas/figure-lateral';
import { VERTICAL, type ViewSpec } from '../../src/atlas/parts';
import type { MultiPolygon, ViewGeometry } from '../../src/atlas';
import { VIEW_SPECS } from '../../src/atlas/views';
import { BODY_LATERAL } from '../../src/atlas/views-lateral';

const view = getView('body-lateral');

/** A multipolygon's bounding box, by the atlas's own function. */
function bbox(mp: MultiPolygon) {
  const [x0, y0, x1, y1] = multiBounds(mp)!;
  return { x0, y0, x1, y1 };
}

/** A view built from its head and ear parts alone (the head profile with the head-lateral partition). */
function headOnly(spec: ViewSpec): ViewGeometry {
  return buildView({ ...spec, parts: spec.parts.filter((p) => p.id === 'ear' || p.id === 'head') });
}
const HEAD_LATERAL_SPEC = VIEW_SPECS.find((s) => s.id === 'head-lateral')!;

describe('view body-lateral', () => {
  it("is the right side of the body, facing the viewer's right, eight heads tall", () => {
    expect(view.id).toBe('body-lateral');
    expect(view.label).toBe('Right side of the body');
    const { y0, y1 } = bbox(view.figure);
    expect(y0).toBeGreaterThan(-3);
    expect(y0).toBeLessThan(3);
    expect(y1).toBeGreaterThan(798);
    expect(y1).toBeLessThan(803);
    // The face and the toes point to +x.
    const nose = Math.max(...HEAD_LAT.filter(([, y]) => y > 40 && y < 70).map(([x]) => x));
    expect(nose).toBeGreaterThan(30);
    const toes = view.regions.find((r) => r.region === 'dorsal-big-toe')!;
    expect(toes.centroid[0]).toBeGreaterThan(60);
    // Joints in their places: shoulder ~150, knee ~600, ankle ~765, hands reaching mid-thigh.
    expect(SHOULDER_L[1]).toBeCloseTo(150, -1);
    expect(KNEE_L[1]).toBeCloseTo(600, -1);
    expect(ANKLE_L[1]).toBeGreaterThan(755);
    expect(HIP_L[1]).toBeCloseTo(400, -1);
    expect(ELBOW_L[1]).toBeLessThan(WRIST_L[1]);
    const hand = view.regions.filter(
      (r) => r.region.startsWith('dorsal-') && ['little', 'ring', 'middle', 'index'].some((f) => r.region.endsWith(f)),
    );
    const tips = Math.max(...hand.map((r) => bbox(r.polygons).y1));
    expect(tips).toBeGreaterThan(465);
    expect(tips).toBeLessThan(485);
  });

  it('has regions with closed, non-empty geometry, paired ones on the right and midline ones once', () => {
    expect(view.regions.length).toBeGreaterThan(60);
    for (const r of view.regions) {
      expect(r.area, r.region).toBeGreaterThan(0.5);
      expect(r.d).toMatch(/[zZ]$/);
      const def = REGION_BY_ID.get(r.region)!;
      expect(def, r.region).toBeDefined();
      expect(def.members, `${r.region} is a group`).toBeUndefined();
      expect(r.side, r.region).toBe(def.laterality === 'midline' ? 'm' : 'r');
    }
    const keys = view.regions.map((r) => `${r.region}|${r.side}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is one connected figure: a single outer ring, no holes', () => {
    expect(view.figure.length).toBe(1);
    expect(view.figure[0]!.length).toBe(1);
  });

  it('draws each region as one piece', () => {
    // (the head part is the head-lateral partition's business; it is checked against that view below)
    const head = new Set(headOnly(BODY_LATERAL).regions.map((r) => r.region));
    for (const r of view.regions) if (!head.has(r.region)) expect(r.polygons.length, r.region).toBe(1);
  });

  it('shows the lateral landmarks the referral charts need', () => {
    const ids = new Set(view.regions.map((r) => r.region));
    for (const id of [
      'lateral-neck',
      'shoulder-top',
      'acromion',
      'lateral-deltoid',
      'lateral-chest',
      'flank',
      'anterior-iliac-crest',
      'iliac-crest-middle',
      'posterior-iliac-crest',
      'lateral-buttock',
      'greater-trochanter',
      'anterior-hip',
      'lateral-thigh-upper',
      'lateral-thigh-lower',
      'lateral-femoral-condyle',
      'lateral-joint-line',
      'fibular-head',
      'lateral-leg-upper',
      'lateral-leg-lower',
      'lateral-malleolus',
      'lateral-foot',
      'lateral-heel',
      'lateral-arm',
      'lateral-epicondyle',
      'radial-forearm',
      'dorsal-hand-radial',
    ])
      expect(ids.has(id), id).toBe(true);
    // Skin a viewer on the right does not see is not drawn.
    for (const id of ['medial-thigh-upper', 'medial-leg', 'medial-malleolus', 'palm', 'axilla', 'sternum-upper', 'umbilical', 'medial-epicondyle'])
      expect(ids.has(id), id).toBe(false);
  });

  it('draws the head and neck with the head-lateral partition, on the same geometry', () => {
    // The close view's surface (its ear and head parts; its mouth-section inset is not skin).
    const close = headOnly(HEAD_LATERAL_SPEC);
    const placed = headOnly(BODY_LATERAL);
    const closeIds = [...new Set(close.regions.map((r) => r.region))].sort();
    expect([...new Set(placed.regions.map((r) => r.region))].sort()).toEqual(closeIds);
    // The same shapes, moved by the head's placement: equal areas region by region.
    for (const r of close.regions) {
      const p = placed.regions.find((q) => q.region === r.region)!;
      expect(Math.abs(p.area - r.area), r.region).toBeLessThan(0.05 * Math.max(1, r.area) + 0.5);
    }
    // Every head-lateral region is still visible on the whole-body view (the arm covers part of the shoulder).
    const ids = new Set(view.regions.map((r) => r.region));
    for (const id of closeIds) expect(ids.has(id), id).toBe(true);
  });

  it('frames the trunk with VERTICAL', () => {
    expect(BODY_LATERAL.parts.find((p) => p.id === 'trunk')!.frame).toEqual(VERTICAL);
  });
});
