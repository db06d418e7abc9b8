import { dirname, relative, resolve, sep } from 'node:path';
import { SCHEMA_PATH } from '../io/schema.js';

/** The schema comment an editor follows, for a map written inside this repository; else nothing. */
export function schemaLine(output: string): string {
  const schema = SCHEMA_PATH;
  const repo = dirname(dirname(schema));
  const target = resolve(output);
  if (!target.startsWith(repo + sep)) return '';
  return `# yaml-language-server: $schema=${relative(dirname(target), schema).split(sep).join('/')}\n`;
}
