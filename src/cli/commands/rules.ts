import { RULES, SUPPRESSION_RULES, type RuleMeta } from '../../rules/index.js';
import { rulesSpec } from '../specs/rules.js';
import { EXIT, defineCommand } from '../command.js';

interface OptionDoc {
  name: string;
  type: string;
  default: unknown;
  description: string;
}

/** Each option's name, type (with its allowed values), default and description, from the schema. */
function optionDocs(meta: RuleMeta<object>): OptionDoc[] {
  const properties = (meta.schema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).map(([name, p]) => {
    const items = p.items as { enum?: readonly string[] } | undefined;
    const range = p.minimum !== undefined && p.maximum !== undefined ? ` ${String(p.minimum)}–${String(p.maximum)}` : p.minimum !== undefined ? ` ≥ ${String(p.minimum)}` : '';
    const type = items?.enum ? `list of ${items.enum.join('|')}` : `${String(p.type)}${range}`;
    return { name, type, default: (meta.defaults as Record<string, unknown>)[name], description: String(p.description ?? '') };
  });
}

const showDefault = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  if (v !== null && typeof v === 'object')
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${String(x)}`)
      .join(', ')} }`;
  return String(v);
};

export const rulesCommand = defineCommand({
  ...rulesSpec,
  async run(_args, options, io) {
    const format = options.format;
    const verbose = options.verbose === true;
    const metas = [...RULES.map((r) => r.meta), ...SUPPRESSION_RULES];
    if (format === 'json') {
      const list = metas.map((m) => ({
        id: m.id,
        severity: m.severity,
        description: m.description,
        ...(verbose ? { docs: m.docs, options: optionDocs(m), messages: m.messages, ...(m.schema ? { schema: m.schema } : {}) } : {}),
      }));
      io.stdout(JSON.stringify({ rules: list }, null, 2) + '\n');
    } else if (format === 'markdown') {
      const cell = (s: string) => s.replace(/\|/g, '\\|');
      const options = (m: RuleMeta<object>) =>
        optionDocs(m)
          .map((o) => `\`${o.name}\` (${o.type}, default ${showDefault(o.default)}): ${o.description}`)
          .join('; ');
      const head = verbose ? ['| Rule | Severity | Description | Method | Options |', '|---|---|---|---|---|'] : ['| Rule | Severity | Description |', '|---|---|---|'];
      const rows = metas.map((m) => `| \`${m.id}\` | ${m.severity} | ${cell(m.description)} |${verbose ? ` ${cell(m.docs)} | ${cell(options(m))} |` : ''}`);
      io.stdout([...head, ...rows].join('\n') + '\n');
    } else {
      const idWidth = Math.max(...metas.map((m) => m.id.length));
      const pad = ' '.repeat(idWidth + 11);
      const details = (m: RuleMeta<object>) => [
        `${pad}${m.docs}`,
        ...optionDocs(m).map((o) => `${pad}option ${o.name} (${o.type}, default ${showDefault(o.default)}): ${o.description}`),
        ...Object.entries(m.messages).map(([id, text]) => `${pad}message ${id}: ${text}`),
        '',
      ];
      const lines = metas.flatMap((m) => [`${m.id.padEnd(idWidth)}  ${m.severity.padEnd(7)}  ${m.description}`, ...(verbose ? details(m) : [])]);
      io.stdout(lines.join('\n') + '\n');
    }
    return EXIT.ok;
  },
});
