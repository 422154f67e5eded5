/**
 * The server's own requests: conversion (for the convert and export commands), the rendered form (for the
 * preview), the rule list and a rule's documentation, and a new draft's text. Each document request answers from
 * the open document's current version; the rule requests answer from the catalogue.
 */
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { catalogue, convert, describeRule, newDraftSnippet, render, renderRuleMarkdown, today } from '../engine/index';
import { withErrorResponse, type Logger } from './guard';
import type { OpenDocuments } from './openDocuments';
import {
  convertRequest,
  newDraftRequest,
  renderRequest,
  ruleDocumentationRequest,
  rulesRequest,
  type ConvertParams,
  type ConvertResult,
  type NewDraftParams,
  type NewDraftResult,
  type RenderParams,
  type RenderResult,
  type RuleDocumentationParams,
  type RuleDocumentationResult,
  type RulesResult,
} from '../shared/protocol';
import { toDiagnostic, type RuleLink } from './translate';

export function registerCustomRequests(connection: Connection, open: OpenDocuments, ruleLink: () => RuleLink, log: Logger): void {
  connection.onRequest(
    convertRequest,
    withErrorResponse('convert', log, async (params: ConvertParams): Promise<ConvertResult> => {
      const document = await open.form4(params.uri);
      if (!document) return { text: null, findings: [] };
      const result = convert(document.doc, params.to === 'xml' ? 'xml' : 'yaml');
      const link = ruleLink();
      return {
        text: result.text ?? null,
        findings: result.findings.map((f) => toDiagnostic(f, document.doc.lines, params.uri, link)),
      };
    }),
  );

  connection.onRequest(
    renderRequest,
    withErrorResponse('render', log, async (params: RenderParams, token): Promise<RenderResult | ResponseError<void>> => {
      const document = await open.form4(params.uri);
      // The preview cancels a render the document has outrun; one still queued is answered without rendering.
      if (token.isCancellationRequested) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'The render was cancelled.');
      if (!document) return { html: null, message: 'This document is not checked as a Form 4 (or checking is turned off for it).' };
      const html = render(document.doc, { standalone: false, findings: document.findings(), history: document.history() });
      if (html !== undefined) return { html };
      const reason = document.findings().find((f) => f.severity === 'error');
      return { html: null, message: reason ? `Nothing to show: ${reason.message}` : 'Nothing to show: this is not an ownership document.' };
    }),
  );

  connection.onRequest(
    rulesRequest,
    withErrorResponse('rules', log, (): RulesResult => ({
      rules: catalogue.map((rule) => ({ id: rule.id, severity: rule.severity, summary: rule.summary })),
    })),
  );

  connection.onRequest(
    ruleDocumentationRequest,
    withErrorResponse('ruleDocumentation', log, (params: RuleDocumentationParams): RuleDocumentationResult => {
      const rule = typeof params?.rule === 'string' ? describeRule(params.rule) : undefined;
      if (!rule) return null;
      const href = ruleLink()(rule.id);
      const { id, summary, severity, category, explanation, sources } = rule;
      return { id, summary, severity, category, explanation, sources, markdown: renderRuleMarkdown(rule), ...(href ? { href } : {}) };
    }),
  );

  connection.onRequest(
    newDraftRequest,
    withErrorResponse('newDraft', log, (params: NewDraftParams): NewDraftResult => ({
      snippet:
        newDraftSnippet(params.format === 'xml' ? 'xml' : 'yaml', { today: today(), ...(params.form ? { form: params.form } : {}) }) ??
        null,
    })),
  );
}
