// Generates schemas/argument-map.schema.json from src/model/types.ts. `--check` compares instead of writing.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as TJS from 'typescript-json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schemas', 'argument-map.schema.json');

export function generateSchema() {
  const program = TJS.programFromConfig(join(root, 'tsconfig.schema.json'));
  const schema = TJS.generateSchema(program, 'ArgumentMap', {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    titles: false,
    ref: true,
    aliasRef: false,
    topRef: false,
  });
  if (!schema) throw new Error('typescript-json-schema produced nothing');
  // ajv's discriminator gives one error for a bad `kind` instead of one per branch of the union.
  const node = schema.definitions.Node;
  node.type = 'object';
  node.discriminator = { propertyName: 'kind' };
  node.oneOf = node.anyOf;
  delete node.anyOf;
  const ordered = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://argmap.dev/schemas/argument-map.schema.json',
    title: 'argmap argument map',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateSchema();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(out, 'utf8');
    if (committed !== text) {
      console.error('schemas/argument-map.schema.json is stale: run `npm run schema`');
      process.exit(1);
    }
  } else {
    writeFileSync(out + '.tmp', text);
    renameSync(out + '.tmp', out);
    console.log('wrote ' + out);
  }
}
