/**
 * Stands in for d3-transition in the browser bundle (aliased in astro.config.mjs). d3-zoom needs
 * only `interrupt` and `selection.interrupt()` from it, to stop running zoom animations; the
 * finder never animates zoom (the buttons and gestures apply transforms directly), so there is
 * never anything to interrupt. This keeps d3-transition, d3-timer, d3-ease and most of
 * d3-interpolate (about 7 KB gzipped) out of the finder page.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {
  // No transition is ever scheduled, so there is nothing to stop.
}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function interruptSelection(this: unknown) {
  return this;
};

export function transition(): never {
  throw new Error('d3 transitions are not bundled: zoom without animation');
}
