// Types for the benches' shared helpers, so TypeScript tests can reuse them.
export declare const root: string;
export declare const cli: string;
export declare function benchDir(...parts: string[]): string;
export declare function requireBuild(file?: string): void;
export declare function prng(seed: number): () => number;
export declare function writeWhole(file: string, text: string): void;
