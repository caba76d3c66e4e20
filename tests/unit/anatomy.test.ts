import { describe, expect, it } from 'vitest';
import { getView, VIEW_IDS, type Point } from '../../src/atlas';
import { anatomyPaths } from '../../src/atlas/anatomy';
import { multiContains } from '../../src/atlas/geometry';

/** Points along path data made of M, L, C and Z commands (the only ones anatomy.ts writes). */
function samplePath(d: string, perSegment = 12): Point[] {
  const tokens = d.match(/[MLCZ]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
  const out: Point[] = [];
  let i = 0;
  let cmd = '';
  let cur: Point = [0, 0];
  let start: Point = [0, 0];
  const num = () => {
    const t = tokens[i++];
    if (t === undefined || /[A-Z]/i.test(t)) throw new Error(`bad path data: ${d}`);
    return Number(t);
  };
  while (i < tokens.length) {
    if (/^[A-Z]$/i.test(tokens[i]!)) cmd = tokens[i++]!;
    if (cmd === 'M') {
      cur = start = [num(), num()];
      out.push(cur);
      cmd = 'L'; // further pairs after M are lines
    } else if (cmd === 'L') {
      const p: Point = [num(), num()];
      for (let k = 1; k <= perSegment; k++) out.push([cur[0] + ((p[0] - cur[0]) * k) / perSegment, cur[1] + ((p[1] - cur[1]) * k) / perSegment]);
      cur = p;
    } else if (cmd === 'C') {
      const c1: Point = [num(), num()];
      const c2: Point = [num(), num()];
      const p: Point = [num(), num()];
      for (let k = 1; k <= perSegment; k++) {
        const t = k / perSegment;
        const a = (1 - t) ** 3, b = 3 * (1 - t) ** 2 * t, c = 3 * (1 - t) * t ** 2, e = t ** 3;
        out.push([a * cur[0] + b * c1[0] + c * c2[0] + e * p[0], a * cur[1] + b * c1[1] + c * c2[1] + e * p[1]]);
      }
      cur = p;
    } else if (cmd === 'Z') {
      cur = start;
    } else {
      throw new Error(`unexpected command "${cmd}" in ${d}`);
    }
  }
  return out;
}

describe('path sampling', () => {
  it('follows lines and cubic Béziers', () => {
    expect(samplePath('M0 0L10 0', 2)).toEqual([[0, 0], [5, 0], [10, 0]]);
    const pts = samplePath('M0 0C0 10 10 10 10 0Z', 2);
    expect(pts[1]).toEqual([5, 7.5]);
    expect(pts[2]).toEqual([10, 0]);
  });
});

/** The views drawn with anatomy lines (a view added later may have none yet). */
const LINED = ['anterior', 'posterior', 'head-lateral', 'hand-palmar', 'hand-dorsal', 'foot-dorsal', 'foot-plantar'];

describe.each(VIEW_IDS.map((v) => [v]))('anatomy lines, %s', (view) => {
  const paths = anatomyPaths(view);
  const figure = getView(view).figure;

  it('draws a few lines with unique ids, as smooth path data', () => {
    if (LINED.includes(view)) expect(paths.length).toBeGreaterThan(4);
    const ids = paths.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const p of paths) {
      expect(p.d, p.id).toMatch(/^M[-\d.]+ [-\d.]+(?:[CL][-\d. ]+)+Z?$/);
      expect(p.d.includes('C') || p.d.split('L').length === 2, `${p.id} is a curve`).toBe(true);
    }
  });

  it('keeps every line inside the figure', () => {
    const outside: string[] = [];
    for (const p of paths) {
      for (const q of samplePath(p.d)) {
        if (!multiContains(figure, q)) {
          outside.push(`${p.id} at (${q[0].toFixed(1)}, ${q[1].toFixed(1)})`);
          break;
        }
      }
    }
    expect(outside).toEqual([]);
  });
});

describe('whole-body views', () => {
  it('mirrors every paired line to the left side', () => {
    for (const view of ['anterior', 'posterior'] as const) {
      const ids = new Set(anatomyPaths(view).map((p) => p.id));
      for (const id of ids) if (id.endsWith('-r')) expect(ids.has(id.replace(/-r$/, '-l')), `${view}: ${id}`).toBe(true);
      expect([...ids].filter((id) => id.endsWith('-r')).length).toBeGreaterThan(10);
    }
  });

  it('draws the landmarks of the brief in real proportions', () => {
    const centre = (view: 'anterior' | 'posterior', id: string): Point => {
      const pts = samplePath(anatomyPaths(view).find((p) => p.id === id)!.d);
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    };
    const y = (view: 'anterior' | 'posterior', id: string) => centre(view, id)[1];
    // Nipples about a head below the chin, the navel at about three heads, the patella at the knee.
    expect(y('anterior', 'nipple-r')).toBeGreaterThan(185);
    expect(y('anterior', 'nipple-r')).toBeLessThan(210);
    expect(y('anterior', 'navel')).toBeGreaterThan(290);
    expect(y('anterior', 'navel')).toBeLessThan(310);
    expect(y('anterior', 'patella-r')).toBeGreaterThan(580);
    expect(y('anterior', 'patella-r')).toBeLessThan(605);
    // Scapulae from about T2 to T7, iliac crests at about 330-345.
    const scapula = samplePath(anatomyPaths('posterior').find((p) => p.id === 'scapula-r')!.d).map((p) => p[1]);
    expect(Math.min(...scapula)).toBeGreaterThan(140);
    expect(Math.max(...scapula)).toBeLessThan(245);
    expect(Math.min(...scapula)).toBeLessThan(155);
    expect(Math.max(...scapula)).toBeGreaterThan(230);
    const crest = samplePath(anatomyPaths('posterior').find((p) => p.id === 'iliac-crest-r')!.d).map((p) => p[1]);
    expect(Math.min(...crest)).toBeGreaterThan(325);
    expect(Math.min(...crest)).toBeLessThan(340);
    // The anterior view shows the patient's right on the viewer's left.
    expect(centre('anterior', 'nipple-r')[0]).toBeLessThan(0);
    expect(centre('posterior', 'scapula-r')[0]).toBeGreaterThan(0);
  });
});
