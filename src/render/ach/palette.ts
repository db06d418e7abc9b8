import type { Rating } from '../../model/types.js';

/**
 * Fills from a blue–orange diverging scheme (safe for red–green colour blindness). Lightness alone would
 * make CC and II alike in greyscale, so inconsistent ratings are also hatched and every cell has its symbol.
 */
export const RATING_STYLE: Record<Rating, { fill: string; ink: string; hatch?: string; hatchLight?: boolean }> = {
  CC: { fill: '#2166ac', ink: '#ffffff' },
  C: { fill: '#d1e5f0', ink: '#053061' },
  N: { fill: '#f7f7f7', ink: '#333333' },
  I: { fill: '#fddbc7', ink: '#67001f', hatch: 'rgba(103,0,31,.28)' },
  II: { fill: '#b35806', ink: '#ffffff', hatch: 'rgba(255,255,255,.5)', hatchLight: true },
  NA: { fill: '#e0e0e0', ink: '#555555' },
};
