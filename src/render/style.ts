
export * from './palette.js';

export const FONT = {
  text: 13,
  header: 9.5,
  badge: 9.5,
  title: 20,
  subtitle: 13,
  legend: 11,
  group: 11.5,
  rating: 9.5,
} as const;

/** Label lines are wrapped to this width (px); a box is as wide as its widest line plus padding. */
export const WRAP_WIDTH = 190;
export const PAD_X = 9;
export const PAD_Y = 7;
/** Radius of an inference junction. */
export const JUNCTION_R = 5;
