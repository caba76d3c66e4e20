/**
 * Trigger point landmarks and muscle outlines for the muscles of the forearm and hand.
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 */
import type { LandmarkDef, OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [];

export const outlines: Record<string, OutlineSpec[]> = {};
