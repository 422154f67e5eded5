/**
 * Where `form4.trace.server` sends its log. vscode-languageclient traces only while its trace channel's log level is
 * Trace, and reads the setting only for how much to log; a LogOutputChannel starts at Info and has no API to change
 * its level, so with the client's defaults the setting did nothing until the user also changed the channel's level
 * by hand. This channel reports its level from the setting itself (Trace unless the setting is off) and writes the
 * trace into the Form 4 output, so the setting works by itself.
 */
import * as vscode from 'vscode';
import { settingsSection } from '../../server/src/shared/protocol';
import { tracesServer } from './traceSetting';

const traceSetting = 'trace.server';

/** The level the client should see: Trace while the setting asks for a trace, Off otherwise. */
function currentLevel(): vscode.LogLevel {
  return tracesServer(vscode.workspace.getConfiguration(settingsSection).get(traceSetting)) ? vscode.LogLevel.Trace : vscode.LogLevel.Off;
}

export class TraceChannel implements vscode.LogOutputChannel {
  private level = currentLevel();
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  readonly onDidChangeLogLevel = this.levelChanged.event;
  private readonly watching: vscode.Disposable;

  constructor(private readonly output: vscode.LogOutputChannel) {
    this.watching = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${settingsSection}.${traceSetting}`)) return;
      this.level = currentLevel();
      // The client re-reads the level from this event and turns the server's trace on or off.
      this.levelChanged.fire(this.level);
    });
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  get name(): string {
    return this.output.name;
  }

  /** A traced message, in the Form 4 output whatever that channel's own level (the setting asked for it). */
  trace(message: string): void {
    if (this.level !== vscode.LogLevel.Off) this.output.appendLine(`[trace] ${message}`);
  }

  debug(message: string, ...args: unknown[]): void {
    this.output.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.output.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.output.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.output.error(error, ...args);
  }

  append(value: string): void {
    this.output.append(value);
  }

  appendLine(value: string): void {
    this.output.appendLine(value);
  }

  replace(value: string): void {
    this.output.replace(value);
  }

  clear(): void {
    this.output.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(columnOrFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrFocus === 'boolean' || columnOrFocus === undefined) this.output.show(columnOrFocus);
    else this.output.show(columnOrFocus, preserveFocus);
  }

  hide(): void {
    this.output.hide();
  }

  /** The Form 4 output is the extension's, disposed with it; only this channel's own listener goes here. */
  dispose(): void {
    this.watching.dispose();
    this.levelChanged.dispose();
  }
}
