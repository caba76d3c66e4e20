/**
 * The mouth-and-throat inset of the lateral head view: a small schematic midline (sagittal)
 * section of the oral cavity and pharynx (hard palate above, tongue below it, pharynx behind),
 * facing the same way as the face. It is drawn as its own part beside the face, below and in
 * front of the chin, where the profile leaves a clear space above the chest.
 *
 * Its size and place are worked out from the head profile itself (./figure.ts HEAD_PROFILE):
 * the head height (vertex to the under-chin contour), the front of the face (the nose tip, the
 * box's right edge), the under-chin contour (the box's top) and the front of the neck (the box
 * must stay clear of it). Nothing below is a copied coordinate: move the profile and the inset
 * follows. The section's own shape is drawn in unit coordinates (u from the back of the pharynx
 * to the front of the mouth, v from the top of the nasopharynx down) and scaled into the box.
 */
import { HEAD_PROFILE } from './figure';
import { smoothClosed } from './geometry';
import type { Frame } from './parts';
import type { Point, Ring } from './types';

/** Inset width and height as fractions of the head height; the gap kept to the head outline. */
const WIDTH = 0.23;
const HEIGHT = 0.28;
const GAP = 0.035;

const xs = HEAD_PROFILE.map((p) => p[0]);
const ys = HEAD_PROFILE.map((p) => p[1]);
const minY = Math.min(...ys);
const maxX = Math.max(...xs);
/** The nose tip: the front-most point of the profile. */
const noseTip = HEAD_PROFILE.find((p) => p[0] === maxX)!;
/** The front of the face and neck below the nose (x > 0 is the face side of the ear). */
const front = HEAD_PROFILE.filter(([x, y]) => x > 0 && y > noseTip[1]);
/** The throat: the deepest point of the front contour between the chin and the chest. */
const throat = front.reduce((a, b) => (b[0] < a[0] ? b : a));
/** The chin: the front-most point between the nose and the throat. */
const chin = front.filter(([, y]) => y < throat[1]).reduce((a, b) => (b[0] > a[0] ? b : a));
/** The menton: the lowest point of the chin, on the front half of the under-chin contour. */
const underChin = front.filter(([x, y]) => y > chin[1] && y < throat[1] && x > (chin[0] + throat[0]) / 2);
const menton = underChin.reduce((a, b) => (b[1] > a[1] ? b : a), chin);
const headHeight = menton[1] - minY;

const gap = GAP * headHeight;
const w = WIDTH * headHeight;
const h = HEIGHT * headHeight;
const right = maxX;
const left = right - w;
/** The box's top: the lowest point of the under-chin contour above the box, plus the gap. */
const top = Math.max(...HEAD_PROFILE.filter(([x, y]) => x >= left - gap && y < throat[1] + gap && y > chin[1]).map((p) => p[1])) + gap;
/** The inset's frame: origin at the top-left (back, top) corner of its box, t down, s forward. */
export const MOUTH_FRAME: Frame = { origin: [left, top], axis: [0, 1] };

/** A point of the section in the inset's own (s, t) frame from unit coordinates (u forward, v down). */
export function mouthAt(u: number, v: number): Point {
  return [u * w, v * h];
}

/**
 * The section outline in unit coordinates: the back wall of the pharynx (u ≈ 0.05) from the
 * nasopharynx down to the laryngopharynx, bowed forward over the upper cervical vertebrae; the floor of the nose over the palate; the upper lip,
 * the mouth and the lower lip in front; the floor of the mouth under the tongue; the tongue base
 * in front of the oropharynx.
 */
const OUTLINE: readonly Point[] = [
  [0.07, 0.06],
  [0.17, 0.0],
  [0.3, 0.04],
  [0.48, 0.1],
  [0.7, 0.11],
  [0.86, 0.1],
  [0.95, 0.14],
  [1.0, 0.25],
  [0.97, 0.37],
  [0.9, 0.42],
  [0.98, 0.48],
  [0.97, 0.62],
  [0.88, 0.7],
  [0.76, 0.755],
  [0.62, 0.79],
  [0.48, 0.845],
  [0.37, 0.91],
  [0.31, 1.0],
  [0.2, 1.03],
  [0.09, 1.0],
  [0.06, 0.86],
  [0.075, 0.68],
  [0.08, 0.5],
  [0.06, 0.3],
  [0.045, 0.16],
];

/** The inset's outline in construction coordinates. */
export const MOUTH_SECTION: Ring = smoothClosed(
  OUTLINE.map(([u, v]) => [left + u * w, top + v * h] as Point),
  6,
);

/** Distance from a point to the head outline (a closed polyline). */
function toProfile([px, py]: Point): number {
  let best = Infinity;
  for (let i = 0; i < HEAD_PROFILE.length; i++) {
    const [ax, ay] = HEAD_PROFILE[i]!;
    const [bx, by] = HEAD_PROFILE[(i + 1) % HEAD_PROFILE.length]!;
    const dx = bx - ax;
    const dy = by - ay;
    const k = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(px - ax - k * dx, py - ay - k * dy));
  }
  return best;
}

/** The inset reads as a separate drawing only if it keeps clear of the head outline. */
const MOUTH_CLEARANCE = Math.min(...MOUTH_SECTION.map(toProfile));
if (MOUTH_CLEARANCE < 0.75 * gap) {
  throw new Error(`figure-mouth: the inset comes within ${MOUTH_CLEARANCE.toFixed(1)} of the head outline (wanted ${gap.toFixed(1)})`);
}
