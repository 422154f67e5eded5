/**
 * Driving the VS Code workbench the way a person does (Quick Open, the command palette, the keyboard, the mouse)
 * and reading what it shows from the DOM: editor lines, squiggles, hovers, the status bar and the Problems panel.
 */
import type { Locator, Page } from 'playwright-core';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Problem {
  readonly file: string;
  readonly severity: 'error' | 'warning' | 'info' | 'unknown';
  readonly message: string;
  /** The rule id, shown as the diagnostic's code. */
  readonly code: string;
  readonly line: number;
  readonly column: number;
}

export interface Squiggle {
  readonly severity: 'error' | 'warning' | 'info';
  readonly line: number;
  /** The editor text under the squiggle (characters whose middle lies inside it). */
  readonly text: string;
}

const quickInput = '.quick-input-widget';

export class Workbench {
  /** The workspace folder on disk (code-server runs on this machine, so its paths are the browser's too). */
  private folder = '';

  constructor(readonly page: Page) {}

  async open(baseUrl: string, folder: string): Promise<void> {
    this.folder = folder;
    await this.page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view').first().waitFor({ timeout: 90_000 });
  }

  /** Types into the open quick input and clicks the row `row` selects (not merely the first row). */
  private async quickPick(typed: string, row: Locator): Promise<void> {
    const input = this.page.locator(`${quickInput} input`);
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(typed);
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await this.page.locator(quickInput).waitFor({ state: 'hidden', timeout: 15_000 });
  }

  private quickInputRows(): Locator {
    return this.page.locator(`${quickInput} .quick-input-list .monaco-list-row`);
  }

  /**
   * Runs a command from the command palette (F1: Ctrl+Shift+P may be taken by the browser): types its title as a
   * person would and picks the entry of exactly that command id.
   */
  async runCommand(title: string, commandId: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const row = this.quickInputRows()
      .filter({ has: this.page.locator(`[data-quick-input-id="${commandId}"]`) })
      .first();
    await this.quickPick(`>${title}`, row);
  }

  /**
   * Quick Open (Ctrl+P) of a file of the workspace folder; waits for its tab to be the active one. It types the
   * file's absolute path, which Quick Open looks up on disk, not its name: the name is searched in the file index,
   * which does not always have a file written during the run yet ("No matching results", seen in scenarios 6 and 10).
   */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await this.quickPick(
      this.folder ? `${this.folder}/${name}` : name,
      this.quickInputRows()
        .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
        .first(),
    );
    await this.activeTab(name).waitFor({ timeout: 20_000 });
    await this.activeEditor().locator('.view-line').first().waitFor({ timeout: 20_000 });
  }

  activeTab(name: string): Locator {
    return this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`);
  }

  /** The text editor of the active editor group. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Moves the cursor with Quick Open's `:line:column`, and waits for the status bar to show it. */
  async goTo(position: Position): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator(`${quickInput} input`);
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`:${position.line}:${position.column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(quickInput).waitFor({ state: 'hidden', timeout: 15_000 });
    await this.waitFor(
      async () => {
        const at = await this.cursor();
        return at?.line === position.line && at.column === position.column;
      },
      10_000,
      `cursor at ${position.line}:${position.column}`,
    );
  }

  /**
   * Whether VS Code shows its light bulb on `line`: as a content widget (`.lightBulbWidget`) or as a gutter decoration
   * (`codicon-gutter-lightbulb...`), whichever it chose, at the height of that line's number.
   */
  async lightBulbOn(line: number): Promise<boolean> {
    return this.activeEditor().evaluate((root, wanted) => {
      const number = Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers')).find(
        (n) => n.textContent?.trim() === String(wanted),
      );
      if (!number) return false;
      const row = number.getBoundingClientRect();
      const bulbs = Array.from(root.querySelectorAll('.lightBulbWidget, [class*="codicon-gutter-lightbulb"]'));
      return bulbs.some((bulb) => {
        const box = bulb.getBoundingClientRect();
        const style = getComputedStyle(bulb);
        return box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && box.top < row.bottom && box.bottom > row.top;
      });
    }, line);
  }

  /** Whether the keyboard focus is in the active text editor (Ctrl+. is bound only while an editor's text has it). */
  async editorFocused(): Promise<boolean> {
    return this.activeEditor()
      .evaluate((root) => root.classList.contains('focused') && root.contains(document.activeElement))
      .catch(() => false);
  }

  /**
   * Opens the quick-fix menu (Ctrl+.) on the cursor's line and resolves when it shows its first item. It presses
   * Ctrl+. once the editor has the keyboard focus (Ctrl+. is an editor key binding) and VS Code's own code-action
   * request for the cursor position has answered, which its light bulb shows: VS Code starts that request 250 ms after
   * every cursor move, and a Ctrl+. pressed while it runs is superseded by it.
   *
   * VS Code also drops a Ctrl+. request when the document's diagnostics are published while it runs (the new markers
   * start an automatic request that replaces it). The server used to publish them again, unchanged, whenever the
   * workspace history changed, at moments the suite does not control; it no longer publishes what it last published
   * (lsp/lastPublished.ts), so one press is enough and a menu that does not open is a failure worth seeing.
   */
  async openQuickFixMenu(line: number): Promise<void> {
    await this.waitFor(() => this.editorFocused(), 15_000, 'the keyboard focus in the editor');
    await this.waitFor(() => this.lightBulbOn(line), 30_000, `the light bulb on line ${line}`);
    await this.page.keyboard.press('Control+.');
    await this.page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
  }

  /** The cursor position from the status bar ("Ln 67, Col 57"). */
  async cursor(): Promise<Position | undefined> {
    const text = await this.page
      .locator('[id="status.editor.selection"]')
      .innerText({ timeout: 5_000 })
      .catch(() => '');
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  async statusBarSelection(): Promise<string> {
    return this.page
      .locator('[id="status.editor.selection"]')
      .innerText({ timeout: 5_000 })
      .catch(() => '');
  }

  /** Polls `condition` every 100 ms; throws with `what` when it stays false. */
  async waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await condition()) return;
      await this.page.waitForTimeout(100);
    }
    if (!(await condition())) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
  }

  /**
   * The rendered lines of the active editor, by line number (only the lines in view are rendered): each line's
   * number comes from the gutter entry at the same height.
   */
  async visibleLines(editor: Locator = this.activeEditor()): Promise<Map<number, string>> {
    const pairs = await editor.evaluate((root) => {
      const tops = new Map<string, number>();
      for (const el of Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers'))) {
        const row = el.parentElement as HTMLElement | null;
        const top = row?.style.top ?? '';
        const n = Number((el.textContent ?? '').trim());
        if (top && Number.isInteger(n) && n > 0) tops.set(top, n);
      }
      const out: [number, string][] = [];
      for (const el of Array.from(root.querySelectorAll('.view-lines .view-line'))) {
        const n = tops.get((el as HTMLElement).style.top);
        // Monaco renders spaces as non-breaking spaces.
        if (n !== undefined) out.push([n, (el.textContent ?? '').replace(/\u00a0/g, ' ')]);
      }
      return out;
    });
    return new Map(pairs);
  }

  /** The text of one line, scrolling it into view first. */
  async lineText(line: number, column = 1): Promise<string | undefined> {
    let lines = await this.visibleLines();
    if (!lines.has(line)) {
      await this.goTo({ line, column });
      lines = await this.visibleLines();
    }
    return lines.get(line);
  }

  /** Error/warning/info squiggles in view, with their line and the characters they underline. */
  async squiggles(editor: Locator = this.activeEditor()): Promise<Squiggle[]> {
    // No named functions inside page callbacks: tsx would wrap them in a `__name` helper the page does not have.
    return editor.evaluate((root) => {
      const lineNumbers = Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers')).map((el) => ({
        n: Number((el.textContent ?? '').trim()),
        box: el.getBoundingClientRect(),
      }));
      const viewLines = Array.from(root.querySelectorAll('.view-lines .view-line'));
      const out: { severity: 'error' | 'warning' | 'info'; line: number; text: string }[] = [];
      for (const sq of Array.from(root.querySelectorAll('.squiggly-error, .squiggly-warning, .squiggly-info'))) {
        const box = sq.getBoundingClientRect();
        if (box.width === 0) continue;
        const middle = box.top + box.height / 2;
        const gutter = lineNumbers.find((l) => l.box.top <= middle && middle < l.box.bottom);
        const viewLine = viewLines.find((l) => {
          const b = l.getBoundingClientRect();
          return b.top <= middle && middle < b.bottom;
        });
        let text = '';
        if (viewLine) {
          const walker = document.createTreeWalker(viewLine, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const value = node.textContent ?? '';
            for (let i = 0; i < value.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const r = range.getBoundingClientRect();
              const x = r.left + r.width / 2;
              if (x > box.left && x < box.right) text += value[i];
            }
          }
        }
        const severity = sq.classList.contains('squiggly-error') ? 'error' : sq.classList.contains('squiggly-warning') ? 'warning' : 'info';
        out.push({ severity, line: gutter ? gutter.n : -1, text: text.replace(/\u00a0/g, ' ') });
      }
      return out.sort((a, b) => a.line - b.line);
    });
  }

  /** The viewport point in the middle of the first occurrence of `needle` on a visible line. */
  async pointOf(line: number, needle: string, editor: Locator = this.activeEditor()): Promise<{ x: number; y: number } | undefined> {
    return editor.evaluate(
      (root, args) => {
        const gutter = Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers')).find(
          (el) => Number((el.textContent ?? '').trim()) === args.line,
        );
        if (!gutter) return undefined;
        const g = gutter.getBoundingClientRect();
        const middle = g.top + g.height / 2;
        const viewLine = Array.from(root.querySelectorAll('.view-lines .view-line')).find((l) => {
          const b = l.getBoundingClientRect();
          return b.top <= middle && middle < b.bottom;
        });
        if (!viewLine) return undefined;
        // Characters with their text nodes, to find the needle across token spans.
        const chars: { node: Node; offset: number; ch: string }[] = [];
        const walker = document.createTreeWalker(viewLine, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = (node.textContent ?? '').replace(/\u00a0/g, ' ');
          for (let i = 0; i < value.length; i++) chars.push({ node, offset: i, ch: value[i] ?? '' });
        }
        const at = chars
          .map((c) => c.ch)
          .join('')
          .indexOf(args.needle);
        if (at < 0) return undefined;
        const first = chars[at];
        const last = chars[at + args.needle.length - 1];
        if (!first || !last) return undefined;
        const range = document.createRange();
        range.setStart(first.node, first.offset);
        range.setEnd(last.node, last.offset + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      { line, needle },
    );
  }

  /** The visible hover widget's text ('' when none shows). */
  async hoverText(): Promise<string> {
    const hover = this.page.locator('.monaco-hover:not(.hidden)').first();
    if (!(await hover.isVisible().catch(() => false))) return '';
    return hover.innerText().catch(() => '');
  }

  /** Moves the mouse over `needle` on `line` and waits for a hover whose text matches `expect`. */
  async hoverOver(line: number, needle: string, expect: RegExp, timeoutMs = 10_000): Promise<string> {
    await this.lineText(line);
    const point = await this.pointOf(line, needle);
    if (!point) throw new Error(`"${needle}" is not on line ${line} in view`);
    await this.page.mouse.move(point.x, point.y - 30);
    await this.page.mouse.move(point.x, point.y, { steps: 4 });
    let text = '';
    await this.waitFor(
      async () => expect.test((text = await this.hoverText())),
      timeoutMs,
      `a hover matching ${expect} over "${needle}" on line ${line}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; the hover showed ${JSON.stringify(text.slice(0, 300))}`);
    });
    return text;
  }

  /**
   * Moves the mouse away, presses Escape and waits for no hover on screen. A hover still shown fails the scenario: the
   * next hover read would otherwise take the old one for the new (it used to go on after 3 s regardless).
   */
  async dismissHover(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
    await this.waitFor(async () => (await this.hoverText()) === '', 15_000, 'the hover to close');
  }

  /** The status bar's problem counts, from the aria-label ("Errors: 6, Warnings: 3"). */
  async problemCounts(): Promise<{ errors: number; warnings: number; label: string }> {
    const item = this.page.locator('[id="status.problems"]');
    const label = (await item.getAttribute('aria-label').catch(() => null)) ?? (await item.innerText().catch(() => ''));
    const errors = /Errors?:\s*(\d+)/i.exec(label);
    const warnings = /Warnings?:\s*(\d+)/i.exec(label);
    return { errors: errors ? Number(errors[1]) : 0, warnings: warnings ? Number(warnings[1]) : 0, label };
  }

  /**
   * What the Language Status indicator (the `{}` beside the language mode) says for the active editor: its aria-label
   * names every item's text ("Editor Language Status: Form 4: 6 errors. EDGAR XML…"); when it does not, its hover.
   */
  async languageStatus(): Promise<string> {
    const item = this.page.locator('[id="status.languageStatus"]');
    if ((await item.count()) === 0) return '';
    const label = (await item.getAttribute('aria-label').catch(() => null)) ?? '';
    if (/Form 4/.test(label)) return label;
    await item.hover().catch(() => undefined);
    const hover = this.page.locator('.hover-language-status').first();
    const text = await hover
      .waitFor({ timeout: 2_000 })
      .then(() => hover.innerText())
      .catch(() => '');
    await this.page.mouse.move(2, 2);
    return `${label} ${text}`;
  }

  /**
   * Waits until the Language Status shows the active editor checked as a Form 4 by a running server; gives its text.
   * "Not a Form 4 document" (the item before the editor's first status arrives) never counts, whatever `expect`
   * matches in it: returning on it let a scenario run a command whose palette entry waits for that status.
   */
  async form4Status(expect: RegExp = /Form [345]\b/, timeoutMs = 30_000): Promise<string> {
    let text = '';
    await this.waitFor(
      async () => expect.test((text = await this.languageStatus())) && !/Not a Form 4 document/.test(text) && /server running/.test(text),
      timeoutMs,
      'the Form 4 language status',
    );
    return text;
  }

  /** The status bar item whose text matches. */
  statusItem(text: RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }

  /**
   * The Problems panel's rows for one file, with the file they are listed under: the panel's filter is set to the
   * file's name and the panel is maximized while it is read, so that all of them are rendered (the list renders only
   * the rows in view), then restored.
   */
  async problems(fileName: string): Promise<Problem[]> {
    await this.runCommand('View: Focus Problems', 'workbench.action.problems.focus');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor({ timeout: 15_000 });
    const filter = this.page.locator('.part.panel .viewpane-filter input').first();
    await filter.fill(`**/${fileName}`);
    await this.runCommand('View: Toggle Maximized Panel', 'workbench.action.toggleMaximizedPanel');
    try {
      // The filter applies 300 ms after it is typed: wait for its result, with the panel maximized.
      await this.waitFor(() => this.panelMaximized(true), 15_000, 'the Problems panel maximized');
      await this.waitFor(() => this.filteredTo(fileName), 15_000, `the Problems panel filtered to ${fileName}`);
      // Rows are a tree: level 1 a file, level 2 a problem, level 3 a problem's related location.
      const rows = await panel.evaluate((root) =>
        Array.from(root.querySelectorAll('.monaco-list-row'))
          .map((row) => ({
            index: Number(row.getAttribute('data-index')),
            level: Number(row.getAttribute('aria-level')),
            name: (row.querySelector('.label-name')?.textContent ?? '').trim(),
            icon: row.querySelector('.marker-icon')?.className ?? '',
            message: (row.querySelector('.marker-message')?.textContent ?? '').trim(),
            code: (row.querySelector('.marker-code, .monaco-link')?.textContent ?? '').trim(),
            text: ((row as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim(),
          }))
          .sort((a, b) => a.index - b.index),
      );
      const out: Problem[] = [];
      let file = '';
      for (const row of rows) {
        if (row.level === 1) file = row.name;
        if (row.level !== 2) continue;
        const position = /\[Ln (\d+), Col (\d+)\]/.exec(row.text);
        const severity = /\berror\b/.test(row.icon)
          ? 'error'
          : /\bwarning\b/.test(row.icon)
            ? 'warning'
            : /\binfo\b/.test(row.icon)
              ? 'info'
              : 'unknown';
        out.push({
          file,
          severity,
          message: row.message,
          code: row.code,
          line: position ? Number(position[1]) : -1,
          column: position ? Number(position[2]) : -1,
        });
      }
      return out;
    } finally {
      await filter.fill('');
      await this.runCommand('View: Toggle Maximized Panel', 'workbench.action.toggleMaximizedPanel');
      await this.waitFor(() => this.panelMaximized(false), 15_000, 'the Problems panel restored');
      await this.waitFor(() => this.filterCleared(), 15_000, 'the Problems filter cleared');
    }
  }

  /** Whether the panel is maximized: VS Code hides the editor area for it (the workbench's `nomaineditorarea`). */
  private async panelMaximized(wanted: boolean): Promise<boolean> {
    const maximized = await this.page.locator('.monaco-workbench.nomaineditorarea').count();
    return maximized > 0 === wanted;
  }

  /** Whether the Problems filter is empty and applied: the filter's "Showing N of M" badge is hidden again. */
  private async filterCleared(): Promise<boolean> {
    const filter = this.page.locator('.part.panel .viewpane-filter');
    const [input, badgeShown] = await Promise.all([
      filter
        .locator('input')
        .first()
        .inputValue()
        .catch(() => undefined),
      filter.locator('.viewpane-filter-badge:not(.hidden)').count(),
    ]);
    return input === '' && badgeShown === 0;
  }

  /** Whether the Problems panel lists only rows under `fileName`, or says that nothing matches. */
  private async filteredTo(fileName: string): Promise<boolean> {
    return this.page.locator('.markers-panel').evaluate((root, name) => {
      const files = Array.from(root.querySelectorAll('.monaco-list-row[aria-level="1"] .label-name')).map((n) =>
        (n.textContent ?? '').trim(),
      );
      if (files.length) return files.every((f) => f === name);
      const message = root.querySelector('.message-box-container');
      return !!message && !message.classList.contains('hidden') && (message.textContent ?? '').trim() !== '';
    }, fileName);
  }

  /** The texts of the notification toasts on screen (errors a command reported, for instance). */
  async notifications(): Promise<string[]> {
    const toasts = await this.page
      .locator('.notifications-toasts .notification-toast')
      .allInnerTexts()
      .catch(() => []);
    return toasts.map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** Hides the bottom panel (for screenshots that need the room). */
  async closePanel(): Promise<void> {
    if (
      await this.page
        .locator('.part.panel')
        .isVisible()
        .catch(() => false)
    ) {
      await this.runCommand('View: Toggle Panel Visibility', 'workbench.action.togglePanel');
    }
  }

  /** Closes every editor, answering "Don't Save" each time VS Code asks about unsaved changes. */
  async closeAllEditorsUnsaved(): Promise<void> {
    await this.runCommand('View: Close All Editors', 'workbench.action.closeAllEditors');
    const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    // Done when no editor tab is left; an unsaved editor asks first (one dialog each), answered "Don't Save".
    await this.waitFor(
      async () => {
        if ((await dontSave.count()) > 0) await dontSave.first().click();
        const tabs = await this.page.locator('.tabs-container .tab').count();
        return tabs === 0 && (await this.page.locator('.monaco-dialog-box').count()) === 0;
      },
      15_000,
      'every editor closed',
    );
  }

  /** Puts the keyboard focus back into the active text editor. */
  async focusEditor(): Promise<void> {
    await this.runCommand('View: Focus Active Editor Group', 'workbench.action.focusActiveEditorGroup');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
