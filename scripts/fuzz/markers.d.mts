export declare function show(s: string): string;
