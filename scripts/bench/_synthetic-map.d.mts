// Types for the seeded synthetic map of the check bench, so TypeScript tests can reuse it.
import type { ArgumentMap } from '../../src/model/types.js';

export declare function generate(n: number, seed: number): ArgumentMap;
