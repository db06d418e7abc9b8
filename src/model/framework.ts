/** Dung's abstract framework over named arguments, built by the graph layer and solved by analysis. */
export interface ArgumentationFramework {
  arguments: string[];
  attacks: [string, string][];
}
