import { describe, expect, it } from 'vitest';
import { parsePath, straightRuns, straightShare, type Point } from '../../src/lib/path-metrics';

// Expected values below come from the geometry of each shape, not from running the code.

const share = (d: string, minLen: number, tolDeg?: number) => {
  const r = straightShare(parsePath(d), minLen, tolDeg);
  return r.straight / r.total;
};
const KAPPA = 0.5523;
/** A circle of radius r around (cx, cy) drawn as four cubic Béziers. */
const circle = (cx: number, cy: number, r: number) => {
  const k = KAPPA * r;
  return (
    `M${cx + r} ${cy}` +
    `C${cx + r} ${cy + k} ${cx + k} ${cy + r} ${cx} ${cy + r}` +
    `C${cx - k} ${cy + r} ${cx - r} ${cy + k} ${cx - r} ${cy}` +
    `C${cx - r} ${cy - k} ${cx - k} ${cy - r} ${cx} ${cy - r}` +
    `C${cx + k} ${cy - r} ${cx + r} ${cy - k} ${cx + r} ${cy}Z`
  );
};
const length = (rings: Point[][]) =>
  rings.reduce((a, ring) => a + ring.slice(1).reduce((b, p, i) => b + Math.hypot(p.x - ring[i]!.x, p.y - ring[i]!.y), 0), 0);
const expectSamePolylines = (a: Point[][], b: Point[][]) => {
  expect(a.length).toBe(b.length);
  a.forEach((ring, i) => {
    expect(ring.length).toBe(b[i]!.length);
    ring.forEach((p, j) => {
      expect(p.x).toBeCloseTo(b[i]![j]!.x, 9);
      expect(p.y).toBeCloseTo(b[i]![j]!.y, 9);
    });
  });
};

describe('parsePath', () => {
  it('reads lines, implicit line-tos after M, H/V and Z (which returns to the start)', () => {
    expect(parsePath('M0 0 10 0 V10 H0 Z')).toEqual([
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
        { x: 0, y: 10 },
        { x: 0, y: 0 },
      ],
    ]);
  });

  it('reads compact number syntax: signs and dots as separators, commas, exponents', () => {
    expect(parsePath('M1,2L-3-4.5.5 1e1-2E-1+3')).toEqual([
      [
        { x: 1, y: 2 },
        { x: -3, y: -4.5 },
        { x: 0.5, y: 10 },
        { x: -0.2, y: 3 },
      ],
    ]);
  });

  it('starts one polyline per subpath; a command after Z starts from the subpath start', () => {
    const rings = parsePath('M0 0L10 0L10 10Z l5 5 M20 20 L30 20');
    expect(rings).toHaveLength(3);
    expect(rings[1]).toEqual([
      { x: 0, y: 0 },
      { x: 5, y: 5 },
    ]);
    expect(rings[2]![0]).toEqual({ x: 20, y: 20 });
  });

  it('parses relative commands the same as absolute ones', () => {
    const abs = 'M10 10 L60 10 H80 V40 C80 60 70 70 50 70 S20 60 20 40 Q20 20 30 15 T45 5 A10 10 0 0 1 55 15 Z M100 100 L120 100 L120 120 Z';
    const rel = 'm10 10 l50 0 h20 v30 c0 20 -10 30 -30 30 s-30 -10 -30 -30 q0 -20 10 -25 t15 -10 a10 10 0 0 1 10 10 z m90 90 l20 0 l0 20 z';
    expectSamePolylines(parsePath(rel), parsePath(abs));
  });

  it('reads arc flags written without separators', () => {
    expectSamePolylines(parsePath('M0 0a5 5 0 0110 0'), parsePath('M0 0 a 5 5 0 0 1 10 0'));
  });

  it('samples a cubic circle finely and close to the true circle', () => {
    const rings = parsePath(circle(0, 0, 50));
    const pts = rings[0]!;
    expect(pts.length).toBeGreaterThanOrEqual(4 * 16);
    for (const p of pts) expect(Math.hypot(p.x, p.y)).toBeCloseTo(50, 0); // kappa 0.5523 is within 0.03 %
    expect(length(rings)).toBeCloseTo(2 * Math.PI * 50, 0);
  });

  it('throws on malformed data', () => {
    expect(() => parsePath('M0 0 L10')).toThrow();
    expect(() => parsePath('M0 0 X 10 10')).toThrow();
    expect(() => parsePath('M0 0 L10 10 Z 5 5')).toThrow();
  });
});

describe('straightShare', () => {
  const square = 'M0 0 L100 0 L100 100 L0 100 Z';

  it('a 100×100 square is all straight lines for minLen 16', () => {
    expect(straightShare(parsePath(square), 16)).toEqual({ straight: 400, total: 400 });
  });

  it('a 100×100 square has no straight line longer than 150', () => {
    expect(straightShare(parsePath(square), 150)).toEqual({ straight: 0, total: 400 });
  });

  it('a run wraps around the start of a closed ring', () => {
    // The top side is written as two collinear halves, 50 each, split by the ring's start point.
    expect(straightShare(parsePath('M50 0 L100 0 L100 100 L0 100 L0 0 Z'), 60)).toEqual({ straight: 400, total: 400 });
    // A polyline that ends where it began is a ring even without Z; one that stops short is not,
    // and then the two pieces of the top side are separate lines, too short to count.
    expect(straightShare(parsePath('M50 0 L100 0 L100 100 L0 100 L0 0 L50 0'), 60).straight).toBe(400);
    expect(straightShare(parsePath('M50 0 L100 0 L100 100 L0 100 L0 0 L49 0'), 60).straight).toBe(300);
  });

  it('a circle of radius 50 drawn with four cubics has no straight line for minLen 16', () => {
    const r = straightShare(parsePath(circle(0, 0, 50)), 16);
    expect(r.straight).toBe(0);
    expect(r.total).toBeCloseTo(2 * Math.PI * 50, 0);
  });

  it('a stadium: straight share = 2L / (2L + 2πr)', () => {
    // Two sides of L = 200 joined by semicircles of r = 20, each drawn as two kappa cubics.
    const L = 200;
    const r = 20;
    const k = KAPPA * r;
    const d =
      `M0 0 L${L} 0 C${L + k} 0 ${L + r} ${r - k} ${L + r} ${r} C${L + r} ${r + k} ${L + k} ${2 * r} ${L} ${2 * r}` +
      `L0 ${2 * r} C${-k} ${2 * r} ${-r} ${r + k} ${-r} ${r} C${-r} ${r - k} ${-k} 0 0 0Z`;
    const { straight, total } = straightShare(parsePath(d), 16);
    expect(total).toBeCloseTo(2 * L + 2 * Math.PI * r, 0);
    // Where a side meets a semicircle tangentially, the arc's tangent stays within 2° of the side
    // for r·2° ≈ 0.70, and that piece of arc may join the side's run (on either end, the run can
    // also start up to 2° before the side). Bound: at most 2° of arc, plus one 0.5° sample piece,
    // at each of the 4 junctions.
    const extra = 4 * r * (2 + 0.5) * (Math.PI / 180);
    expect(straight).toBeGreaterThanOrEqual(2 * L);
    expect(straight).toBeLessThanOrEqual(2 * L + extra);
    expect(straight / total).toBeCloseTo((2 * L) / (2 * L + 2 * Math.PI * r), 2);
  });

  it('a stadium drawn with arcs gives the same share', () => {
    const d = 'M0 0 H200 A20 20 0 0 1 200 40 H0 A20 20 0 0 1 0 0 Z';
    expect(share(d, 16)).toBeCloseTo(400 / (400 + 2 * Math.PI * 20), 2);
  });

  it('a 200-gon on a circle of radius 50 has no straight line: its direction drifts', () => {
    // Each side is 2·50·sin(0.9°) ≈ 1.571 long and turns 1.8° from the last; the side after next
    // is 3.6° off a run's first side, so a run is at most 2 sides (≈ 3.1), far below 16.
    const pts = Array.from({ length: 200 }, (_, i) => {
      const a = (i / 200) * 2 * Math.PI;
      return `${50 * Math.cos(a)} ${50 * Math.sin(a)}`;
    });
    const { straight, total } = straightShare(parsePath(`M${pts.join(' L')} Z`), 16);
    expect(straight).toBe(0);
    expect(total).toBeCloseTo(200 * 2 * 50 * Math.sin(Math.PI / 200), 6);
  });

  it('a gentle arc does not chain into one long line', () => {
    // An arc of radius 1000 turning 30° is 523.6 long, but a stretch of it whose direction stays
    // within 2° of where it started turns at most 2° (plus one 0.5° sample piece): at most
    // 1000·2.5° ≈ 43.6 long.
    expect(share('M0 0 A1000 1000 0 0 1 500 133.97', 50)).toBe(0);
    // Turning 1° in all, the same arc is indistinguishable from a line 17.45 long.
    expect(share('M0 0 A1000 1000 0 0 1 17.452 0.1523', 10)).toBe(1);
  });

  it('a bend ends a run when it is sharper than the tolerance', () => {
    const bend = (deg: number) => `M0 0 L50 0 L${50 + 50 * Math.cos((deg * Math.PI) / 180)} ${50 * Math.sin((deg * Math.PI) / 180)}`;
    // Two 50-long segments meeting at 1.5°: one 100-long line.
    expect(share(bend(1.5), 80)).toBe(1);
    // At 3° they are two 50-long lines, both too short.
    expect(share(bend(3), 80)).toBe(0);
    expect(share(bend(3), 80, 4)).toBe(1);
    // A wiggle of ±1.5° around a line stays within 2° of the first segment throughout.
    expect(share('M0 0 L20 0 L40 0.5 L60 0 L80 0.5 L100 0', 90)).toBe(1);
  });

  it('ignores zero-length segments and empty input', () => {
    expect(straightShare(parsePath('M0 0 L0 0 L100 0 L100 0 L100 100'), 16)).toEqual({ straight: 200, total: 200 });
    expect(straightShare([], 16)).toEqual({ straight: 0, total: 0 });
    expect(straightShare(parsePath('M5 5'), 16)).toEqual({ straight: 0, total: 0 });
  });
});

describe('straightRuns', () => {
  it('says where each straight line runs, from its first point to its last', () => {
    // An L of two 100-long sides and a 10-long tail turned 45°: the tail is shorter than 16.
    const { runs, total } = straightRuns(parsePath('M0 0 L100 0 L100 100 L107.07 107.07'), 16);
    expect(total).toBeCloseTo(210, 1);
    expect(runs).toEqual([
      { len: 100, from: { x: 0, y: 0 }, to: { x: 100, y: 0 } },
      { len: 100, from: { x: 100, y: 0 }, to: { x: 100, y: 100 } },
    ]);
  });

  it('joins pieces within the tolerance into one line whose ends are the outer points', () => {
    const { runs } = straightRuns(parsePath('M0 0 L50 0 L100 1'), 16);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.from).toEqual({ x: 0, y: 0 });
    expect(runs[0]!.to).toEqual({ x: 100, y: 1 });
  });
});
