// Types for the fuzzer's case generator and oracle, for test/fuzz-harness.test.ts.
export interface Case {
  seed: number;
  format: string;
  source: string;
  mutations: string[];
  files: Record<string, Buffer>;
  argv: string[];
  stdout: string;
  outputs: { path: string; kind: string }[];
  setup: string[];
}
export declare const FORMATS: string[];
export declare function makeCase(corpus: unknown, seed: number, filter?: { formats?: string[]; commands?: string[] }): Case | undefined;
