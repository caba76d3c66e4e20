/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "arm-hand".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 *
 * Arm and forearm points are written as (f, s): f is the fraction of the way from the shoulder
 * joint (0) to the wrist (1), with the elbow near f 0.57; s is the offset from the limb's own
 * centre line (which bends slightly medially at the elbow), positive toward the thumb (lateral,
 * radial) side. Half-widths: about 15 in the upper arm, 12 at the elbow, 8 at the wrist. The
 * anterior view shows the flexor (palm) side of the arm, the posterior view the extensor side.
 */
import type { Point } from '../types';
import { lm, type LandmarkDef, type OutlineSpec } from './types';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Medial offset of the limb's centre line from the straight shoulder-wrist line (elbow 2.2 units medial). */
const bend = (f: number) => -2.2 * (f < 0.573 ? Math.max(f, 0) / 0.573 : (1 - f) / 0.427);

/** A point on the right arm of the body views. */
function arm(f: number, s: number): Point {
  const o = s + bend(f);
  return [r1(84 + 44 * f + 0.985 * o), r1(153 + 253 * f - 0.172 * o)];
}

/** An outline given as (f, s) pairs along the right arm. */
const along = (pts: [number, number][]): Point[] => pts.map(([f, s]) => arm(f, s));

export const landmarks: LandmarkDef[] = [
  // Upper arm, front
  lm('coracobrachialis', 'Coracobrachialis, upper belly in the front wall of the armpit', { anterior: arm(0.12, -9) }),
  lm('biceps-long-head-distal', 'Biceps brachii, lower belly of the long (lateral) head', { anterior: arm(0.42, 3) }),
  lm('biceps-short-head-distal', 'Biceps brachii, lower belly of the short (medial) head', { anterior: arm(0.42, -4) }),
  lm('brachialis-distal', 'Brachialis, lower half, beside the biceps a few centimetres above the elbow crease', { anterior: arm(0.47, 8.5) }),
  // Upper arm, back
  lm('triceps-long-head', 'Triceps brachii, long head, upper third of the arm', { posterior: arm(0.2, -7) }),
  lm('triceps-lateral-head', 'Triceps brachii, lateral head, outer side of the mid-arm', { posterior: arm(0.3, 9) }),
  lm('triceps-medial-head-lateral', 'Triceps brachii, lateral edge of the medial head, just above the lateral epicondyle', { posterior: arm(0.49, 8) }),
  lm('triceps-medial-head-medial', 'Triceps brachii, medial edge of the medial head, just above the medial epicondyle', { posterior: arm(0.49, -8) }),
  lm('triceps-insertion-deep', 'Triceps brachii, deep medial-head fibres just above the olecranon', { posterior: arm(0.535, -1) }),
  lm('anconeus', 'Anconeus, between the olecranon and the lateral epicondyle', { posterior: arm(0.605, 4) }),
  // Forearm
  lm('brachioradialis', 'Brachioradialis, 1-2 cm below the elbow crease on the thumb side', { anterior: arm(0.63, 8.5), posterior: arm(0.63, 10) }),
  lm('extensor-carpi-radialis-longus', 'Extensor carpi radialis longus, just below the lateral epicondyle at the level of the elbow crease', { posterior: arm(0.59, 9.5) }),
  lm('extensor-carpi-radialis-brevis', 'Extensor carpi radialis brevis, about 5-6 cm below the lateral epicondyle', { posterior: arm(0.67, 6) }),
  lm('extensor-digitorum-middle', 'Extensor digitorum, middle-finger part, 3-4 cm below the radial head', { posterior: arm(0.67, 1) }),
  lm('extensor-digitorum-ring', 'Extensor digitorum, ring- and little-finger part, a little lower and toward the ulna', { posterior: arm(0.72, -2.5) }),
  lm('extensor-carpi-ulnaris', 'Extensor carpi ulnaris, upper third of the forearm along the ulna', { posterior: arm(0.72, -6) }),
  lm('extensor-indicis', 'Extensor indicis, lower half of the back of the forearm between radius and ulna', { posterior: arm(0.86, 0.5) }),
  lm('supinator', 'Supinator, on the upper radius just lateral to and below the biceps tendon', { anterior: arm(0.62, 4.5), posterior: arm(0.61, 7) }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'coracobrachialis': [
    ['anterior', 'deep', along([[-0.02, -7], [0.04, -5], [0.15, -4], [0.28, -3], [0.36, -4], [0.36, -7], [0.28, -9], [0.15, -12], [0.04, -13.5], [-0.02, -12]])],
  ],
  'biceps-brachii': [
    ['anterior', 'superficial', along([[0.04, -8], [0.03, 2], [0.1, 7], [0.25, 9], [0.42, 8], [0.52, 4], [0.6, 1], [0.6, -1], [0.52, -4], [0.42, -8], [0.25, -10.5], [0.12, -10]])],
  ],
  'brachialis': [
    ['anterior', 'deep', along([[0.3, -6], [0.3, 6], [0.4, 11], [0.5, 10], [0.58, 6], [0.63, 1], [0.58, -5], [0.5, -9.5], [0.4, -10]])],
  ],
  'triceps-brachii': [
    ['posterior', 'superficial', along([[0.02, -6], [0.02, 4], [0.12, 11], [0.3, 12], [0.45, 10], [0.55, 5], [0.58, 0], [0.55, -5], [0.45, -10], [0.3, -12.5], [0.12, -11]])],
  ],
  'anconeus': [
    ['posterior', 'superficial', along([[0.56, 2], [0.56, 9], [0.6, 9], [0.66, 4], [0.67, 1], [0.62, 0]])],
  ],
  'brachioradialis': [
    ['anterior', 'superficial', along([[0.42, 8], [0.42, 11], [0.52, 11.5], [0.62, 10.5], [0.75, 8.5], [0.88, 6.5], [0.97, 5.5], [0.97, 3], [0.88, 2.5], [0.75, 2], [0.62, 2.5], [0.52, 5]])],
  ],
  'extensor-carpi-radialis-longus': [
    ['posterior', 'superficial', along([[0.45, 8], [0.45, 11], [0.55, 11.5], [0.63, 11], [0.72, 9.5], [0.78, 8], [0.78, 5.5], [0.7, 5], [0.62, 5.5], [0.55, 6.5]])],
  ],
  'extensor-carpi-radialis-brevis': [
    ['posterior', 'superficial', along([[0.58, 6], [0.6, 10], [0.68, 10], [0.78, 7.5], [0.86, 5.5], [0.86, 2.5], [0.78, 2.5], [0.68, 3], [0.62, 4]])],
  ],
  'extensor-digitorum': [
    ['posterior', 'superficial', along([[0.57, 3], [0.62, 5], [0.72, 4.5], [0.85, 3.5], [0.93, 2.5], [0.93, -2.5], [0.85, -3], [0.72, -4.5], [0.62, -3], [0.57, 0]])],
  ],
  'extensor-carpi-ulnaris': [
    ['posterior', 'superficial', along([[0.58, -1], [0.62, -5], [0.72, -8.5], [0.84, -8], [0.95, -6.5], [0.95, -3.5], [0.84, -3.5], [0.72, -3.5], [0.62, -1]])],
  ],
  'extensor-indicis': [
    ['posterior', 'deep', along([[0.74, -3], [0.74, 0], [0.84, 2], [0.94, 2.5], [0.98, 1.5], [0.98, 0], [0.9, -1], [0.8, -3]])],
  ],
  'supinator': [
    ['anterior', 'deep', along([[0.55, 8], [0.56, 11], [0.62, 11], [0.69, 8.5], [0.7, 5], [0.66, 2], [0.6, 3], [0.56, 5]])],
  ],
};
