/**
 * The part of ELK's JSON graph format that argmap writes and reads back. Declared here rather than
 * imported from elkjs because elkjs's own declarations name the DOM's `Worker` and do not compile under
 * `strict` without `skipLibCheck`, and the published `dist/*.d.ts` must compile in any project.
 */
export interface ElkPoint {
  x: number;
  y: number;
}

export interface ElkEdgeSection {
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
}

/** A label ELK places along an edge; it sizes nothing itself, so width and height go in. */
export interface ElkLabel {
  id?: string;
  text?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export interface ElkExtendedEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabel[];
  /** Filled in by the layout. */
  sections?: ElkEdgeSection[];
}

export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkNode[];
  edges?: ElkExtendedEdge[];
}
