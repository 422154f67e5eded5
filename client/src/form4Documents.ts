/**
 * Which documents the extension talks to the server about. The server is started only once a Form 4 document is
 * open, and only Form 4 documents are synchronised with it: a YAML draft by its name, ownership XML by its root
 * element, any file the `form4.files.include` patterns name. The test is the server's own
 * (server/src/shared/documentSelection.ts), run here on the start of the text, so the two never disagree.
 *
 * The document selector narrows what the editor asks the server about to XML, drafts and included files; the sync
 * middleware then leaves out the XML that is not an ownership document, and opens a document with the server when
 * an edit makes it one (a new untitled XML, typed in).
 */
import * as vscode from 'vscode';
import { DidOpenTextDocumentNotification, type BaseLanguageClient, type DocumentSelector, type Middleware } from 'vscode-languageclient';
import { form4FormatOf } from '../../server/src/shared/documentSelection';
import { settingsSection } from '../../server/src/shared/protocol';

/** How much of a text the test reads: the root element of ownership XML is near its start. */
const headLength = 64 * 1024;

function includePatterns(scope?: vscode.Uri): readonly string[] {
  const value = vscode.workspace.getConfiguration(settingsSection, scope).get<unknown>('files.include');
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

/** Whether the server checks this document as a Form 4 document. */
export function isForm4Document(document: vscode.TextDocument): boolean {
  const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(headLength)));
  return (
    form4FormatOf({ uri: document.uri.toString(), languageId: document.languageId, text: head, include: includePatterns(document.uri) }) !==
    undefined
  );
}

/** A `form4.files.include` pattern as a document filter's glob (a name pattern or a path's end, anywhere). */
function asGlob(pattern: string): string {
  return pattern.startsWith('/') ? pattern : `**/${pattern}`;
}

/** XML (found by content), YAML drafts by name, and the included files by their patterns. */
export function form4DocumentSelector(): DocumentSelector {
  return [{ language: 'xml' }, { pattern: '**/*.form4.{yaml,yml}' }, ...includePatterns().map((p) => ({ pattern: asGlob(p) }))];
}

/** Middleware that synchronises only Form 4 documents; `reset` when the server (re)starts. */
export class Form4Sync {
  private readonly synced = new Set<string>();
  private client: BaseLanguageClient | undefined;

  attach(client: BaseLanguageClient): void {
    this.client = client;
  }

  /** The server (re)started: the client opens every document again, through the middleware. */
  reset(): void {
    this.synced.clear();
  }

  readonly middleware: Middleware = {
    didOpen: async (document, next) => {
      if (!isForm4Document(document)) return;
      this.synced.add(document.uri.toString());
      await next(document);
    },
    didChange: async (event, next) => {
      const uri = event.document.uri.toString();
      if (this.synced.has(uri)) return next(event);
      if (!this.client || !isForm4Document(event.document)) return;
      // Became a Form 4 document: open it with its whole current text, which holds this change too.
      this.synced.add(uri);
      await this.client.sendNotification(
        DidOpenTextDocumentNotification.type,
        this.client.code2ProtocolConverter.asOpenTextDocumentParams(event.document),
      );
    },
    didClose: async (document, next) => {
      if (this.synced.delete(document.uri.toString())) await next(document);
    },
    didSave: async (document, next) => {
      if (this.synced.has(document.uri.toString())) await next(document);
    },
  };
}
