/** Types for the partition of each view into named regions. */
import type { Point, Ring, ViewId } from './types';

/**
 * A row of a part's region grid. `to` is where the row ends along the part's axis (the last
 * row runs on to infinity); each cell is `[sEnd, regionId]`, read across the axis from -∞
 * (the last cell runs on to +∞). Because the cells tile the whole plane, the regions of a part
 * tile its shape with no gap and no overlap, whatever the outline.
 */
export interface GridRow {
  to: number;
  cells: readonly (readonly [number, string])[];
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
}

/** A frame whose axis runs from a to b. */
export function frameFrom(a: Point, b: Point): Frame {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  return { origin: a, axis: [dx / len, dy / len] };
}

export const VERTICAL: Frame = { origin: [0, 0], axis: [0, 1] };
