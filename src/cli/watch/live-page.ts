import { formatDiagnostic, type Diagnostic } from '../../io/diagnostics.js';
import { plural } from '../../model/plural.js';
import { escapeXml } from '../../render/xml.js';
import { cspHash } from '../../render/explorer/page.js';

/** The path of the server-sent events stream the page listens to. */
export const EVENTS_PATH = '/events';

/**
 * The only script watch mode adds: it reloads when the server announces a build other than the one this
 * page shows. Comparing builds (rather than reloading on any event) also catches a rebuild that finished
 * between the page load and the stream's connection, since the server announces its build on connect.
 */
export function reloadSnippet(build: string): string {
  return `(()=>{const shown=${JSON.stringify(build)};new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener("reload",(e)=>{if(e.data!==shown)location.reload()})})();`;
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;

/**
 * Turns a finished page into a live one: the reload snippet before `</body>`, and the page's own policy
 * widened by exactly two things, the snippet's hash and `connect-src 'self'` for the event stream. A page
 * whose policy cannot be found is refused rather than served with a looser one.
 */
export function makeLive(html: string, build: string): string {
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length !== 1) throw new Error(`the page carries ${metas.length} Content-Security-Policy meta elements; watch mode needs exactly one to extend`);
  const policy = metas[0]![1]!;
  const directives = policy.split(';').map((d) => d.trim());
  if (directives.some((d) => d.startsWith('connect-src'))) throw new Error("the page's policy already has connect-src; watch mode adds its own");
  const snippet = reloadSnippet(build);
  const hash = cspHash(snippet);
  let scripts = 0;
  const widened = directives.map((d) => {
    if (d === "script-src 'none'") return (scripts++, `script-src ${hash}`);
    if (!d.startsWith('script-src ')) return d;
    scripts++;
    return `${d} ${hash}`;
  });
  if (scripts === 0) widened.push(`script-src ${hash}`);
  widened.push("connect-src 'self'");
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('the page has no </body>; watch mode adds its script there');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${widened.join('; ')}">`;
  const withScript = `${html.slice(0, end)}<script>${snippet}</script>\n${html.slice(end)}`;
  return withScript.replace(metas[0]![0], () => meta);
}

const PROBLEM_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.3rem;color:#a01818}ol{padding-left:1.5rem}li{margin:.4rem 0}code{font:13px ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}
.note{color:#555}`;

/**
 * What the preview shows while the map is broken: every problem at its `file:line:col`, escaped, so
 * nobody mistakes an old drawing for the current state of the file.
 */
export function problemPage(mapFile: string, problems: readonly Diagnostic[]): string {
  const title = `${plural(problems.length, 'problem')} in ${mapFile}`;
  const items = problems.map((d) => `<li><code>${escapeXml(formatDiagnostic(d))}</code></li>`).join('\n');
  const policy = ["default-src 'none'", "script-src 'none'", `style-src ${cspHash(PROBLEM_CSS)}`, "base-uri 'none'", "form-action 'none'"].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<title>argmap watch: ${escapeXml(title)}</title>
<style>${PROBLEM_CSS}</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
<ol>
${items}
</ol>
<p class="note">The map cannot be drawn until these are fixed; this page reloads by itself on the next save.</p>
</body>
</html>
`;
}
