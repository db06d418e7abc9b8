// Generates schemas/argument-map.schema.json from src/model/types.ts. `--check` compares instead of writing.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as TJS from 'typescript-json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schemas', 'argument-map.schema.json');

/** `typesFile` lets a test generate from an edited copy of the model, to show the drift check bites. */
export function generateSchema(typesFile) {
  const program = TJS.programFromConfig(join(root, 'tsconfig.schema.json'), typesFile ? [typesFile] : undefined);
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
  // A union whose branches all fix one property to a constant becomes an ajv discriminator, so a bad
  // `kind` (or `yardstick`) gives one error instead of one per branch of the union.
  walk(schema, (def) => discriminate(def, schema.definitions));
  const ordered = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://argmap.dev/schemas/argument-map.schema.json',
    title: 'argmap argument map',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

function walk(value, visit) {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) visit(value);
  for (const child of Object.values(value)) walk(child, visit);
}

function discriminate(def, defs) {
  if (!Array.isArray(def.anyOf) || !def.anyOf.every((b) => typeof b.$ref === 'string')) return;
  const branches = def.anyOf.map((b) => defs[b.$ref.split('/').pop()]);
  const first = branches[0]?.properties ?? {};
  const tag = Object.keys(first).find((k) => branches.every((b) => b?.properties?.[k]?.const !== undefined && (b.required ?? []).includes(k)));
  if (!tag) return;
  def.type = 'object';
  def.discriminator = { propertyName: tag };
  def.oneOf = def.anyOf;
  delete def.anyOf;
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
