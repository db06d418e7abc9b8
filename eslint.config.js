import argmapLint from './tools/lint/config.js';

export default argmapLint(import.meta.dirname);
