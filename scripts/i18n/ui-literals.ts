// Finds user-facing words written into UI code instead of `_locales/<locale>/messages.json`:
// JSX text with letters, string literals in attributes people read or hear (aria-label,
// title, alt, placeholder, …), and string or template literals anywhere in the file that
// read like words (two words in a row, or one capitalised word). Class names, test ids,
// CSS, SVG paths and keys are not words in that sense; the few exceptions are listed in
// ALLOWED with the reason.
//
// The TypeScript compiler API is TypeScript 5's (tools/lint/, docs/LINT.md): TypeScript 7
// ships none, so the caller passes the module in.
import type TS from '../../tools/lint/node_modules/typescript';

export interface UiLiteral {
  file: string;
  line: number;
  text: string;
}

const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label', 'legend', 'value']);

/** Attributes whose value is code, not words, even when it looks like words. */
const CODE_ATTRIBUTES = new Set(['class', 'className', 'id', 'for', 'htmlFor', 'type', 'name', 'accept', 'role', 'style', 'd', 'viewBox', 'key', 'href', 'src', 'rel', 'lang', 'stroke-linecap', 'stroke-linejoin', 'fill', 'stroke']);

/** Literals that look like words but are not shown to anyone, with why. */
export const ALLOWED: readonly { text: RegExp; why: string }[] = [
  { text: /^[\w -]+: #app is missing from index\.html$/, why: 'a broken build, for developers: the page has nothing to show it in' },
  { text: /^(Escape|Enter|Tab|Home|End|Arrow(Left|Right|Up|Down))$/, why: 'KeyboardEvent.key values' },
  {
    text: /^(Pasted image|blob: URL image|data: URL image|`selection of \$\{stored\.title\}`|`region \$\{.*|`screenshot of .*|the page|the tab)$/,
    why: 'the name an image is recorded under in the history, its exports and citations (and the words inside those names): data kept in one language, like the CSV columns',
  },
  { text: /^Runs the tissue classification model/, why: 'the offscreen document\'s justification: read by Chrome, never shown to the user' },
  { text: /^(`model\/metadata\.json could not be read|the model host did not answer$|no 2D canvas is available$)/, why: 'internal causes, shown only inside a translated message as its technical detail' },
  { text: /^(`\$\{env\.type\} may not be sent|a web page$|`no \$\{target\} handler)/, why: 'answers to a message the sender policy or the handler table refuses: for developers and forged messages, like validate-message.ts' },
];

const WORDS = /[A-Za-z]{2,}[^\S\n]+[A-Za-z]{2,}/;
const CAPITALISED_WORD = /^[A-Z][a-z]{2,}[.…!?:]?$/;

function looksLikeWords(text: string): boolean {
  // Markup: only the text between the tags counts (attributes are code).
  const s = text.trim().startsWith('<') ? text.replace(/<[^>]*>/g, ' ').trim() : text.trim();
  return WORDS.test(s) || CAPITALISED_WORD.test(s);
}

export function findUiLiterals(ts: typeof TS, file: string, code: string): UiLiteral[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: UiLiteral[] = [];
  const report = (node: TS.Node, text: string) => {
    if (ALLOWED.some((a) => a.text.test(text.trim()))) return;
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() });
  };

  const attributeName = (node: TS.Node): string | undefined => {
    // A literal directly in an attribute, or inside its {…} (a conditional, a template).
    for (let p: TS.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isJsxAttribute(p)) return p.name.getText(source);
      if (ts.isJsxElement(p) || ts.isJsxSelfClosingElement(p) || ts.isCallExpression(p) || ts.isArrowFunction(p)) return undefined;
    }
    return undefined;
  };

  /** Not shown to people whatever it says: imports, types, object keys, comparisons, lookups, the console. */
  const isCode = (node: TS.Node): boolean => {
    const p = node.parent;
    if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && p.expression.expression.getText(source) === 'console') return true;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p)) return true;
    if (ts.isLiteralTypeNode(p)) return true;
    if (ts.isPropertyAssignment(p) && p.name === node) return true;
    if (ts.isElementAccessExpression(p)) return true;
    if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.InKeyword].includes(p.operatorToken.kind)) return true;
    if (ts.isCaseClause(p)) return true;
    const attr = attributeName(node);
    if (attr && (CODE_ATTRIBUTES.has(attr) || attr.startsWith('data-'))) return true;
    return false;
  };

  const visit = (node: TS.Node) => {
    if (ts.isJsxText(node)) {
      if (/[A-Za-z]/.test(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const attr = attributeName(node);
      if (attr && SPOKEN_ATTRIBUTES.has(attr) && /[A-Za-z]/.test(node.text)) report(node, node.text);
      else if (!isCode(node) && looksLikeWords(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      // Each ${…} as a digit: `translate(${x}px, …)` stays code, `Tile map — ${title}` reads as words.
      const pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('0');
      if (!isCode(node) && looksLikeWords(pieces)) report(node, node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
