// Types for the AIF corpus generator, so TypeScript tests can reuse it.
export declare function aifDialogue(size: number, seed: number, defect?: boolean): { nodes: object[]; edges: object[]; locutions: object[]; participants: object[] };
export declare function writeAifCorpus(dir: string, count: number, seed: number): void;
