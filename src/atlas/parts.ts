/** Types for the partition of each view into named regions. */
import type { Point, Ring, ViewId } from './types';

/**
 * A boundary in a part's (s, t) frame: a straight line at a constant value, or a curve drawn
 * through points (a Catmull-Rom spline, run on straight beyond its first and last point).
 * A row boundary is a curve t = f(s), its points `[s, t]` listed with s increasing; a cell
 * boundary is a curve s = f(t), its points `[s, t]` listed with t increasing. Boundaries follow
 * anatomy (a crease, the edge of a bone or of the muscle beneath), so most are curves.
 */
export type Boundary = number | readonly Point[];

/**
 * A row of a part's region grid. `to` is where the row ends along the part's axis (the last
 * row runs on to infinity); each cell is `[sEnd, regionId]`, read across the axis from -∞
 * (the last cell runs on to +∞). Because the cells tile the whole plane, the regions of a part
 * tile its shape with no gap and no overlap, whatever the outline, as long as the boundaries of
 * one row (and consecutive row boundaries) do not cross; the atlas tests check that they don't.
 */
export interface GridRow {
  to: Boundary;
  cells: readonly (readonly [Boundary, string])[];
}

/**
 * A region painted onto a part before its grid: a closed curve through points in the part's
 * (s, t) frame. Earlier patches win where patches overlap; the grid takes what is left.
 * Used for skin a grid cuts badly: the patella, a nipple, the first web space.
 */
export interface Patch {
  region: string;
  points: readonly Point[];
}

export interface Frame {
  origin: Point;
  /** Unit vector along the part (t grows this way). s grows along (axis.y, -axis.x). */
  axis: Point;
}

export interface PartSpec {
  id: string;
  shape: readonly Ring[];
  frame: Frame;
  grid: readonly GridRow[];
  patches?: readonly Patch[];
  /**
   * `axial`: a part on the midline, symmetric; its grid lists cells for s >= 0 only and is
   * mirrored (a midline region in the first cell spans both halves).
   * `paired`: drawn on the right and mirrored to the left.
   * `single`: drawn once (insets and the lateral view), on the right side.
   */
  kind: 'axial' | 'paired' | 'single';
}

export interface ViewSpec {
  id: ViewId;
  label: string;
  /** Parts in priority order: where shapes overlap, the earlier part owns the skin. */
  parts: readonly PartSpec[];
  /** From construction coordinates to the view's SVG coordinates. */
  toView: (p: Point) => Point;
  /** Margin around the figure in the viewBox. */
  margin: number;
  /**
   * Regions whose outlines are drawn over the zones, as the view's contour: the organs and bones
   * of a section, so a pattern that fills the pelvis still shows the bladder, the uterus and the
   * sacrum in it.
   */
  outlined?: readonly string[];
}

/** A frame whose axis runs from a to b. */
export function frameFrom(a: Point, b: Point): Frame {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  return { origin: a, axis: [dx / len, dy / len] };
}

export const VERTICAL: Frame = { origin: [0, 0], axis: [0, 1] };

/** Places a ring drawn in a local (s, t) frame into construction coordinates. */
export function place(ring: Ring, origin: Point, axis: Point): Ring {
  const perp: Point = [axis[1], -axis[0]];
  return ring.map(([s, t]) => [origin[0] + axis[0] * t + perp[0] * s, origin[1] + axis[1] * t + perp[1] * s] as Point);
}

/** How one part of one view is cut: its grid, and the patches painted before it. */
export interface Partition {
  grid: readonly GridRow[];
  patches?: readonly Patch[];
}

export const INF = Number.POSITIVE_INFINITY;

/**
 * A grid row: `R(to, a, s1, b, s2, c)` means region a up to s1, b up to s2, then c. Each
 * boundary is a number (a straight cut) or a curve through `[s, t]` points (see Boundary).
 */
export function R(to: Boundary, ...spec: (string | Boundary)[]): GridRow {
  const cells: [Boundary, string][] = [];
  for (let i = 0; i < spec.length; i += 2) {
    const id = spec[i];
    const end = i + 1 < spec.length ? spec[i + 1]! : INF;
    if (typeof id !== 'string' || typeof end === 'string') throw new Error(`bad grid row ${JSON.stringify(spec)}`);
    cells.push([end, id]);
  }
  return { to, cells };
}
