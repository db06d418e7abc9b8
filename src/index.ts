// The library API: what other programs import from 'argmap'. The CLI is not part of it (bin/argmap.js runs it).
export type * from './model/types.js';
export type { LoadedMap } from './model/loaded.js';
export type { Diagnostic, Position, Severity } from './model/diagnostics.js';
export type { Finding } from './model/findings.js';
export type { ArgumentationFramework } from './model/framework.js';
export type * from './model/ach.js';
export { NODE_KINDS, RELATION_TYPES, RATINGS, LEVELS } from './model/kinds.js';
export { RELATION_ENDPOINTS } from './model/endpoints.js';

// io: loading with positions, source texts and their structure
export { loadMap, loadMapText, type MapFormat } from './io/load.js';
export { MapLoadError, formatDiagnostic } from './io/diagnostics.js';
export { readSourceTexts, type SourceText } from './io/sources.js';
export { parseSourceStructure, suggestLocator, type SourceStructure, type SourceUnit } from './io/source-structure.js';
export { findQuote, normaliseForQuote, quoteOccurrences, type QuoteResult } from './io/quote.js';

// graph
export { buildGraph, supportGraph, restsOn, supportedBy, inferencesFor, type ArgumentGraph } from './graph/argument-graph.js';
export { attackFramework } from './graph/attack-framework.js';

// analysis
export { grounded, complete, preferred, stable, type Label } from './analysis/dung.js';
export { computeCoverage, type CoverageReport } from './analysis/coverage.js';
export { LEXICON, PHIA_RANGES, ICD203_RANGES, matchEstimativeLanguage } from './analysis/estimative-language.js';
export { analyseMatrix, matricesFromMap, matrixFromSet } from './analysis/ach/index.js';
export { compareMaps, type Comparison } from './analysis/compare.js';

// rules
export { RULES, ruleById, checkMap } from './rules/index.js';
export type { Rule } from './rules/rule.js';

// render
export { renderSvg, type RenderOptions, type RenderResult } from './render/render.js';
export { standardViews, renderViews, type RenderedView } from './render/views.js';
export { buildExplorerPage, explorerFindings, achFragment } from './render/explorer/index.js';
export { achText, achMarkdown, achJson, achSvg, achHtmlPage, achHtmlTable } from './render/ach/index.js';
export { compareReport } from './render/compare-report.js';

// interop
export { readFramework, parseFramework, writeApx, writeTgf } from './interop/iccma.js';
export { parseAchCsv, readAchCsv, achCsv } from './interop/ach-csv.js';
export { toAif, writeAif } from './interop/aif.js';
export { fromAif } from './interop/aif-read.js';

// app: the flows the CLI runs, for programs that want the same files
export { writeMapViews, type WrittenView } from './app/views.js';
export { explorerPage } from './app/explorer.js';
