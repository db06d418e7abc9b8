// The library API: what the CLI uses and what other programs import from 'argmap'.
export type * from './model/types.js';
export { NODE_KINDS, RELATION_TYPES, RATINGS, LEVELS } from './model/kinds.js';
export { RELATION_ENDPOINTS } from './model/endpoints.js';
export { loadMap, loadMapText, type LoadedMap, type MapFormat } from './io/load.js';
export { MapLoadError, formatDiagnostic, type Diagnostic, type Position, type Severity } from './io/diagnostics.js';
export { readSourceTexts, type SourceText } from './io/sources.js';
export { main as runCli } from './cli/main.js';
