// A live VS Code workbench (the offline host: code-server in Debian's Chromium, driven by
// playwright-core) with the extension loaded and a fresh copy of test/fixtures/workspace open,
// plus helpers that act as a person would: click, type, hover, read what is on screen.
// Shared by scripts/run-e2e.mjs (the UI tests) and scripts/screenshots.mjs (docs/images/).
// The functions passed to page.evaluate() run in the browser, hence its globals:
/* global document, NodeFilter */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE_SERVER_VERSION, chromiumPath, freePort, launchChromium, startCodeServer, workbenchUrl,
} from './offline-host.mjs';
import { ensureSystemPackages, installOfflineHost } from '../install-offline-host.mjs';

export const repo = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const fixture = join(repo, 'test', 'fixtures', 'workspace');
// The size the screenshots in docs/images/ have; the tests use it too, so they see the same layout.
export const VIEWPORT = { width: 1280, height: 800 };

/** Why the workbench cannot be driven here, or undefined. Only a missing browser is a reason to skip. */
export function skipReason() {
  try {
    ensureSystemPackages({ log: (line) => console.log(`e2e: ${line}`) });
  } catch {
    // Not root, or no apt-get: the browser may still be there.
  }
  if (!existsSync(chromiumPath())) return `Chromium is not installed at ${chromiumPath()} (apt-get install -y chromium)`;
  return undefined;
}

/**
 * Starts code-server and Chromium and opens the workbench on a fresh temporary copy of the fixture
 * workspace with the extension loaded from `repo` (no extensionTestsPath: a live workbench).
 * Waits until the Diplomatic Study view container is in the activity bar, i.e. the extension's
 * contributions are there. Returns { page, browser, workspace, host, stop(), diagnostics() }.
 * `userSettings` are written as the user's settings before the server starts (e.g. BROWSER_BUILD).
 * Everything started is undone by stop(), also when starting fails halfway. `session` (from
 * workbenchSession()) lets a caller stop a start that is still under way, e.g. on a timeout.
 */
export async function startWorkbench({ log = () => {}, verbose = false, session = workbenchSession(), folder = fixture, userSettings } = {}) {
  const { lines, stop } = session;
  try {
    installOfflineHost({ log });
    const tmp = mkdtempSync(join(tmpdir(), 'diplomatic-study-e2e-'));
    await session.add(() => rmSync(tmp, { recursive: true, force: true }));
    // A fresh copy, so nothing a scenario does (or a previous run did) reaches the repo.
    const workspace = join(tmp, 'workspace');
    cpSync(folder, workspace, { recursive: true });
    quietGit(workspace);

    const port = await freePort();
    const server = await startCodeServer({
      port,
      userSettings,
      onOutput: (text) => {
        lines.push(`[code-server] ${text.trimEnd()}`);
        if (verbose) process.stdout.write(`[code-server] ${text}`);
      },
    });
    await session.add(server.stop);

    const browser = await launchChromium();
    await session.add(() => browser.close());
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('console', (message) => {
      const line = `[browser ${message.type()}] ${message.text()}`;
      lines.push(line);
      if (verbose) console.log(line);
    });
    page.on('pageerror', (error) => lines.push(`[browser pageerror] ${error.message}`));

    const host = `code-server ${CODE_SERVER_VERSION} in Chromium ${browser.version()} on 127.0.0.1:${port}`;
    log(`host: ${host}`);
    await page.goto(workbenchUrl({ port, folder: workspace, extensionPath: repo }));
    // The activity bar entry comes from the extension's manifest: once it is there, the workbench
    // is up and the extension is known (activation follows on startup finished).
    await activityBarItem(page).waitFor({ state: 'visible', timeout: 60_000 });
    return { page, browser, workspace, host, stop, diagnostics: () => lines };
  } catch (error) {
    await stop();
    error.diagnostics = lines;
    throw error;
  }
}

/**
 * The bundled corpus lives in this repo, a Git repository above the temp workspace, so VS Code's Git
 * extension asks (in a notification that covers the editor) whether to open it. Say never, in the
 * copy's workspace settings: the question has nothing to do with the extension.
 */
function quietGit(workspace) {
  const file = join(workspace, '.vscode', 'settings.json');
  const settings = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  settings['git.openRepositoryInParentFolders'] = 'never';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * What a workbench leaves to undo, known before it has started: stop() removes whatever has been
 * started or created so far (in reverse order); diagnostics() are the host's and browser's log lines.
 */
export function workbenchSession() {
  const cleanups = [];
  const lines = [];
  let stopped = false;
  const undo = async () => {
    while (cleanups.length) {
      try { await cleanups.pop()(); } catch (error) { console.error(`cleanup: ${error.message}`); }
    }
  };
  return {
    lines,
    diagnostics: () => lines,
    /** Registers an undo step; after stop(), undoes at once and aborts the start under way. */
    async add(cleanup) {
      cleanups.push(cleanup);
      if (stopped) {
        await undo();
        throw new Error('the workbench was stopped while it was starting');
      }
    },
    async stop() {
      stopped = true;
      await undo();
    },
    /** Undoes what was started so far, and lets the session start another workbench. */
    async reset() {
      await undo();
    },
  };
}

/** The user setting that moves the extension into the web worker host: the browser build, as on vscode.dev. */
export const BROWSER_BUILD = { 'remote.extensionKind': { 'diplomatic-study.diplomatic-study': ['web'] } };

export function activityBarItem(page) {
  return page.locator('.activitybar .action-item a[aria-label^="Diplomatic Study"]').first();
}

/**
 * Closes notification toasts with their × (as a person would), since one can cover the status bar
 * or the editor. Call it before a step, not while a picker is open: a click elsewhere closes it.
 */
export async function dismissNotifications(page) {
  const close = page.locator('.notification-toast-container .notification-toast .codicon-notifications-clear');
  for (let left = 10; left > 0 && await close.count(); left--) {
    await close.first().click({ timeout: 5_000 }).catch(() => {}); // it may be fading out already
  }
}

/** Opens the Diplomatic Study view container from the activity bar (a click that leaves it open). */
export async function openDiplomaticStudy(page) {
  const item = activityBarItem(page);
  const pane = page.locator('.sidebar .pane-header', { hasText: 'Transcripts' }).first();
  // Clicking an already open container would close it.
  if (!(await pane.isVisible())) await item.click();
  await pane.waitFor({ state: 'visible' });
  return page.locator('.sidebar .composite.title', { hasText: 'Diplomatic Study' }).first();
}

/** The row of the Transcripts (or another) tree whose label starts with `label`. */
export function treeRow(page, label) {
  return page.locator('.sidebar .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();
}

/** Expands a collapsed tree row (a click on its twistie leaves an expanded one alone). */
export async function expand(row) {
  if (await row.getAttribute('aria-expanded') === 'false') await row.locator('.monaco-tl-twistie').click();
  await row.page().waitForFunction(
    (element) => element.getAttribute('aria-expanded') === 'true', await row.elementHandle());
}

/** Runs a command from the command palette (F1), as a person types its title and presses Enter. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // Enter only when the row for this very command is there, or it would run whatever came first.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/**
 * Waits for the picker a command opened in place of the command palette (its input no longer
 * starts with ">"), and returns its input.
 */
export async function pickerInput(page) {
  await page.waitForFunction(() => {
    const box = document.querySelector('.quick-input-widget .quick-input-box input');
    return box && box.offsetParent !== null && !box.value.startsWith('>');
  });
  return page.locator('.quick-input-widget .quick-input-box input');
}

/** The quick input's rows (search results, commands…), in order. */
export function quickInputRows(page) {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
}

/** Waits until the status bar's cursor position reads `Ln <line>` (1-based), and returns its text. */
export async function waitForCursorLine(page, line, timeout = 15_000) {
  const item = page.locator('#status\\.editor\\.selection');
  await item.filter({ hasText: new RegExp(`\\bLn ${line}\\b`) }).waitFor({ state: 'visible', timeout });
  return item.innerText();
}

/** The selected text of the active editor, as the editor's model holds it. */
export async function selectedText(page) {
  // The hidden textarea that Monaco keeps in sync with the selection (for screen readers and IME).
  return page.evaluate(() => {
    const area = document.querySelector('.editor-instance .monaco-editor.focused textarea.inputarea')
      ?? document.querySelector('.editor-group-container.active .monaco-editor textarea.inputarea');
    if (!area) return '';
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a person would, and waits for its editor. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await quickInputRows(page).filter({ hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

/**
 * Moves the mouse over `text` in the active editor (the middle of its first word) and waits for the
 * hover widget. Returns the hover's locator.
 */
export async function hoverText(page, text) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  // The rendered line holds the text in spans split by tokens; find the word's box in the DOM.
  const box = await editor.locator('.view-lines').evaluate((lines, wanted) => {
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(wanted.length, wanted.indexOf(' ') > 0 ? wanted.indexOf(' ') : wanted.length));
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return undefined;
  }, text);
  if (!box) throw new Error(`"${text}" is not on screen in the active editor`);
  // Approach from elsewhere first, so the editor sees a real move onto the word.
  await page.mouse.move(box.x, box.y - 40);
  await page.mouse.move(box.x, box.y, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  return hover;
}

/**
 * The page inside a study panel (a webview: VS Code's iframe, then the page's own frame), found
 * by the panel's title on its tab.
 */
export async function studyFrame(page, title) {
  await page.locator('.tabs-container .tab.active', { hasText: title }).waitFor({ state: 'visible', timeout: 30_000 });
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** Asks a study command's question (its input box) and answers it. */
export async function runStudy(page, command, answer) {
  // Once in a full run the study's input box did not stay open (shown as the command palette closed,
  // and closed with it): the command is run again then. A command that never asks fails both times.
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, command);
    const input = await pickerInput(page);
    try {
      await input.waitFor({ state: 'visible', timeout: 5000 });
    } catch (error) {
      if (attempt >= 2) throw error;
      continue;
    }
    await input.fill(answer);
    await page.keyboard.press('Enter');
    return;
  }
}
