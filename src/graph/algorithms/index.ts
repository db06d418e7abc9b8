// Generic graph algorithms over integer vertices (Csr), shared by every layer that needs one.
export { csrFromLists, csrFromPairs, reverseCsr, inDegrees, withSource, vertexCount, type Csr } from './csr.js';
export { topologicalOrder, longestPathLevels, type TopologicalOrder } from './topological.js';
export { immediateDominators } from './dominators.js';
export { stronglyConnected, type Components } from './scc.js';
