// Types for the fuzzer's campaign, so the CI slice (test/fuzz.test.ts) can run it.
export interface FuzzFailure {
  signature: string;
  seed: number;
  count: number;
  kase: { argv: string[]; format: string; source: string; mutations: string[] };
  problem: { kind: string; detail: string };
  run: { code: number | null; stderr: string; timedOut: boolean };
}
export interface CampaignOptions {
  root: string;
  seed: number;
  replay?: number[];
  budget: number;
  cases?: number;
  jobs: number;
  timeout: number;
  filter: { formats?: string[]; commands?: string[] };
  minimise: boolean;
  failuresDir?: string;
  log?: (line: string) => void;
}
export declare function campaign(o: CampaignOptions): Promise<{ seed: number; ran: number; exits: Record<string, number>; seconds: number; failures: FuzzFailure[] }>;
