// The ACH matrix views; `achHtmlTable` + `ACH_CSS` embed one set's matrix in another page.
export { achText, achSetText } from './text.js';
export { achMarkdown, achSetMarkdown } from './markdown.js';
export { achJson, achJsonValue } from './json.js';
export { achSvg } from './svg.js';
export { ACH_CSS, achHtmlKey, achHtmlPage, achHtmlTable } from './html.js';
export { HOW_TO_READ, SYMBOL, RATING_WORD } from './common.js';
