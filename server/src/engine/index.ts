/**
 * The engine's one front door. Adapters (the language server in `lsp/`, the command line in `cli/`) and feature
 * tests import the engine from here and nowhere else; lint holds that boundary (eslint.config.mjs). Unit tests of
 * a reader or a rule may still import their module.
 *
 * Everything is a plain function over engine types with offset spans: read and analyse a text once, then check,
 * convert, render, and answer the editor's questions (hover, completion, quick fixes, outline, folding, footnote
 * navigation). No VS Code, LSP or DOM type crosses this door.
 */

// Analysis, checks, conversion and rendering.
export {
  analyze,
  check,
  convert,
  render,
  renderCuts,
  schemaOrderedRoot,
  type AnalyzedDocument,
  type AnalyzedKind,
  type CheckOptions,
  type Conversion,
  type ConvertOptions,
  type RenderRequest,
  type SourceFormat,
} from './service';
export { detectFormat, isBlankXml, isOwnershipXml, isYamlDraftName } from './detect';
export type { FormId } from './forms/id';
export type { Sha256Base64, PageCut, CutPart } from './render/html';
export { decodeDocument, type DecodedDocument, type DocumentEncoding, type Utf8Decoder } from './read/decode';
export {
  defaultReadLimits,
  defaultRenderLimits,
  maxDepthCeiling,
  readLimitBounds,
  type ReadLimits,
  type RenderLimits,
} from './read/limits';

// Findings, severities and the rule catalogue.
export { severityRank, sortFindings, type Finding, type FindingOf, type RelatedLocation, type Severity } from './findings';
export type { FindingData, FindingDataByRule, FindingDataOf } from './findingData';
export { catalogue, describeRule, isKnownRule, type RuleId } from './rules/catalogue';
export { ruleAnchor, ruleDocumentationUrl, rulesDocumentUrl } from './rules/anchor';
export { renderRuleMarkdown } from './rules/markdown';
export {
  applySeverityOverrides,
  parseRuleSetting,
  ruleSettings,
  unknownRuleIds,
  type RuleSetting,
  type SeverityOverrides,
} from './rules/severity';
export type { RuleCategory, RuleDescription } from './rules/rule';
export {
  formatConfigProblem,
  parseProjectConfig,
  projectConfigFileName,
  projectConfigSchema,
  ruleSettingDescriptions,
  rulesSchema,
  type ConfigProblem,
  type ProjectConfig,
} from './projectConfig';
export type { RuleSource } from './docs/sources';

// What an analysis holds (`AnalyzedDocument`'s `root` and `model`): the document tree and the typed Form 4 model.
export type { ElementNode } from './tree/node';
export type { Cell, Field, FootnoteRef, OwnershipDocument, Row } from './model/types';

// What the form itself allows: the transaction codes EDGAR accepts (the editor's syntax grammar highlights them).
export { transactionCodes } from './structure/schema';

// Positions and dates, as the engine reports them.
export { LineIndex, type Position, type Range } from './text/lineIndex';
export { grouped } from './text/thousands';
export type { Span } from './text/span';
export { formatIsoDate, formatUsDate, makeDate, parseDate, today, type CalendarDate } from './model/date';

// The holdings history: a set of filings grouped by issuer and owner, in order (pure: the adapters read the files).
export {
  buildHistory,
  chainKey,
  filingOf,
  historyOf,
  holdingByKey,
  isFiling,
  type Chain,
  type ChainEntry,
  type Figure,
  type Filing,
  type History,
  type HistorySource,
  type Holding,
  type Owner,
  type Skipped,
} from './history/model';
export { historyContext, type HistoryContext, type OwnerPlace } from './history/context';
export {
  formatFigure,
  historyTables,
  lineDifference,
  type FilingLine,
  type HoldingLine,
  type HoldingStatus,
  type OwnerTable,
} from './history/table';

// Language features.
export { hover, type HoverOptions } from './language/hover';
export { complete } from './language/complete';
export { codeActions, fixableRules, type FixableRuleId } from './language/codeActions';
export { fixAll, type FixAll, type FixAllOptions } from './language/fixAll';
export { symbols, rowSymbolName } from './language/symbols';
export { foldingRanges } from './language/folding';
export { definition, references } from './language/footnoteNavigation';
export { withFieldsToFill } from './language/fieldsToFill';
export { draftForms, newDraftSnippet, renderSnippet, snippetDefinitions, type NewDraftOptions, type SnippetId } from './language/snippets';
export type {
  CodeAction,
  CompletionItem,
  CompletionKind,
  DocumentSymbol,
  FoldingRange,
  Hover,
  SymbolKind,
  TextEdit,
} from './language/types';
