/**
 * The formats the app writes, as names and descriptions only: the CLI lists them in its help and checks
 * an option against them without loading the writers (and the map loader, ELK and the rest they import).
 */

export const ACH_FORMATS = ['text', 'json', 'markdown', 'html', 'svg', 'csv'] as const;
export type AchFormat = (typeof ACH_FORMATS)[number];

/** Export targets and what each writes; app/export.ts holds a writer for each. */
export const EXPORT_TARGETS = {
  apx: 'the attack framework in ASPARTIX/ICCMA apx',
  tgf: 'the attack framework in ICCMA tgf',
  aif: 'the whole map as AIF JSON for AIFdb and OVA',
  argdown: 'the whole map as an Argdown document',
  graphml: 'the graph with typed attributes as GraphML for yEd, Gephi and graphology',
  dot: 'the graph as Graphviz DOT',
} as const;

export type ExportTarget = keyof typeof EXPORT_TARGETS;
