import type { Case } from './cases.mjs';
export interface Problem {
  kind: string;
  detail: string;
}
export interface Run {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  timeout: number;
  stdout: string;
  stderr: string;
}
export interface Files {
  outputs: { path: string; kind: string; text: string }[];
  leftovers: string[];
  touched: string[];
  written: string[];
}
export declare function contentProblems(text: string, kind: string, where: string): Problem[];
export declare function judge(kase: Case, run: Run, files: Files): Problem[];
export declare function signature(kase: Case, problem: Problem): string;
