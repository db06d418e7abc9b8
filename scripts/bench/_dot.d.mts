// Types for the shared dot helpers, so TypeScript tests can reuse them.
export interface DotInputGraph {
  children?: { id: string; width?: number; height?: number }[];
  edges?: { sources: string[]; targets: string[] }[];
}
export declare function toDot(elk: DotInputGraph, row?: readonly string[]): string;
export declare function readDotPlain(plain: string): { edges: { from: string; to: string; points: { x: number; y: number }[] }[]; width: number; height: number };
