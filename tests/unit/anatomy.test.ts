import { describe, expect, it } from 'vitest';
import { getView, VIEW_IDS, type Point } from '../../src/atlas';
import { anatomyPaths } from '../../src/atlas/anatomy';
import { multiContains } from '../../src/atlas/geometry';
import { parsePath } from '../../src/lib/path-metrics';

/** Points along path data (flattened by the same parser the bench uses). */
const samplePath = (d: string): Point[] =>
  parsePath(d)
    .flat()
    .map((p) => [p.x, p.y] as Point);

/** The views drawn with anatomy lines (a view added later may have none yet). */
const LINED = ['anterior', 'posterior', 'head-lateral', 'body-lateral', 'hand-palmar', 'hand-dorsal', 'foot-dorsal', 'foot-plantar'];

describe.each(VIEW_IDS.map((v) => [v]))('anatomy lines, %s', (view) => {
  const paths = anatomyPaths(view);
  const figure = getView(view).figure;

  it('draws a few lines with unique ids, as smooth path data', () => {
    if (LINED.includes(view)) expect(paths.length).toBeGreaterThan(4);
    const ids = paths.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const p of paths) {
      expect(p.d, p.id).toMatch(/^M[-\d.]/);
      // Cubic Béziers (c, and s where a handle mirrors the last), or one straight stroke.
      expect(p.d, p.id).not.toMatch(/[AaQqTtHhVv]/);
      expect(/[CcSs]/.test(p.d) || p.d.split(/[Ll]/).length === 2, `${p.id} is a curve`).toBe(true);
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
