/**
 * The LSP requests that read a document: hover, completion, code actions, symbols, definition, references,
 * folding. Each finds the open Form 4 document (current version, cached analysis), asks the engine, and translates
 * the answer. A document that is not a Form 4 document, or a handler that throws, gets an empty answer.
 */
import type { CodeAction, Connection } from 'vscode-languageserver';
import { codeActions, complete, definition, fixAll, foldingRanges, hover, references, symbols, today, type Span } from '../../engine/index';
import { withFallback, type Logger } from '../guard';
import type { OpenDocuments } from '../openDocuments';
import { toSpan } from '../translate';
import {
  fixAllKind,
  toCodeActions,
  toCompletionItems,
  toFixAllAction,
  toDocumentSymbols,
  toFoldingRanges,
  toHover,
  toLocations,
} from './toLsp';

/**
 * For the end-to-end suite only: FORM4_TEST_CODE_ACTION_DELAY_MS holds back every code-action answer by so many
 * milliseconds, to show that the suite waits for the state it needs (the light bulb, then the menu) instead of racing
 * the editor's own code-action requests. Unset, as for every user, it costs nothing.
 */
const codeActionDelayMs = Math.max(0, Number(process.env.FORM4_TEST_CODE_ACTION_DELAY_MS) || 0);

/**
 * For the end-to-end suite only, as the code-action delay: FORM4_TEST_COMPLETION_DELAY_MS holds back every completion
 * answer, so that a suggestion list opens late (after the typing is drawn, between a look and a Tab, or after the Tab)
 * and the from-scratch walk shows that it reads what each Tab did from the editor instead of guessing from time.
 */
const completionDelayMs = Math.max(0, Number(process.env.FORM4_TEST_COMPLETION_DELAY_MS) || 0);

/** Characters after which the editor asks for completion unprompted: a new tag, an attribute value, a YAML value. */
export const completionTriggerCharacters = ['<', '"', ':', ' '];

/** What the client said it can do, as far as these features care. */
export interface ClientFeatures {
  /** The client applies snippet edits in a workspace edit (LSP 3.18): a quick fix can place the cursor. */
  readonly snippetEdits: boolean;
}

export function registerLanguageFeatures(connection: Connection, open: OpenDocuments, log: Logger, client: ClientFeatures): void {
  connection.onHover(
    withFallback('hover', log, null, async (params) => {
      const document = await open.form4(params.textDocument.uri);
      if (!document) return null;
      const { lines } = document.doc;
      const offset = lines.offsetAt(params.position);
      // Places a hover names link to themselves: VS Code opens `uri#L<line>,<column>` at that line and column.
      const linkTo = (span: Span) => {
        const at = lines.positionAt(span.start);
        return `${document.uri}#L${at.line + 1},${at.character + 1}`;
      };
      return toHover(hover(document.doc, offset, { today: today(), linkTo, history: document.history() }), lines);
    }),
  );

  connection.onCompletion(
    withFallback('completion', log, null, async (params) => {
      const document = await open.form4(params.textDocument.uri);
      if (!document) return null;
      const offset = document.doc.lines.offsetAt(params.position);
      // A typed space asks only after a YAML key or list dash (`code: `, `- `); anywhere else (indenting XML, prose)
      // a pop-up would be noise.
      if (
        params.context?.triggerCharacter === ' ' &&
        !(document.format === 'yaml' && /[:-] $/.test(document.doc.text.slice(Math.max(0, offset - 2), offset)))
      )
        return null;
      const items = complete(document.doc, offset);
      // Held back once computed, as a slow answer would be (not computed late, on a newer text).
      if (completionDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, completionDelayMs));
      return { isIncomplete: false, items: toCompletionItems(items, document.doc.lines, offset) };
    }),
  );

  connection.onCodeAction(
    withFallback('codeAction', log, null, async (params) => {
      if (codeActionDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, codeActionDelayMs));
      const document = await open.form4(params.textDocument.uri);
      if (!document) return null;
      // Quick fixes when the client asks for them (or for any kind); fix-all when it asks for source actions, for
      // `source.fixAll` (the Fix All command, `editor.codeActionsOnSave`) or for this server's own fix-all.
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((asked) => asked === '' || kind === asked || kind.startsWith(`${asked}.`));
      // Only on request: offered beside every quick fix it would clutter the light bulb.
      const wantsFixAll = only !== undefined && wants(fixAllKind);
      if (!wants('quickfix') && !wantsFixAll) return null;
      const answer: CodeAction[] = [];
      if (wants('quickfix')) {
        const span = toSpan(document.doc.lines, params.range);
        // Fix the findings of the current version, not the diagnostics the editor holds (they may be a version old).
        const actions = codeActions(document.doc, document.findings(), span);
        answer.push(...toCodeActions(actions, document.doc.lines, document, params.context.diagnostics, client.snippetEdits));
      }
      if (wantsFixAll) {
        const { settings } = document;
        const all = fixAll(document.doc, {
          today: today(),
          rules: settings.rules,
          limits: { maxBytes: settings.maxFileSize, maxDepth: settings.maxDepth },
        });
        const action = toFixAllAction(all, document.doc.lines, document);
        if (action) answer.push(action);
      }
      return answer;
    }),
  );

  connection.onDocumentSymbol(
    withFallback('documentSymbol', log, null, async (params) => {
      const document = await open.form4(params.textDocument.uri);
      return document ? toDocumentSymbols(symbols(document.doc), document.doc.lines) : null;
    }),
  );

  connection.onDefinition(
    withFallback('definition', log, null, async (params) => {
      const document = await open.form4(params.textDocument.uri);
      if (!document) return null;
      const spans = definition(document.doc, document.doc.lines.offsetAt(params.position));
      return toLocations(spans, document.doc.lines, document.uri);
    }),
  );

  connection.onReferences(
    withFallback('references', log, null, async (params) => {
      const document = await open.form4(params.textDocument.uri);
      if (!document) return null;
      const offset = document.doc.lines.offsetAt(params.position);
      const spans = references(document.doc, offset, params.context.includeDeclaration);
      return toLocations(spans, document.doc.lines, document.uri);
    }),
  );

  connection.onFoldingRanges(
    withFallback('foldingRange', log, null, async (params) => {
      const document = await open.form4(params.textDocument.uri);
      return document ? toFoldingRanges(foldingRanges(document.doc), document.doc.lines) : null;
    }),
  );
}
