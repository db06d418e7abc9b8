export declare function loadCorpus(root: string): unknown;
