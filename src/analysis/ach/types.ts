// The ACH result types belong to the model, shared by analysis, render and interop.
export type * from '../../model/ach.js';
