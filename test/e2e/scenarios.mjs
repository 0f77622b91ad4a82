// UI end-to-end scenarios: a person using the extension in a live workbench (the offline host),
// through the mouse and the keyboard only. Run by scripts/run-e2e.mjs, which starts one workbench
// on a fresh copy of test/fixtures/workspace and runs these in order. Each scenario brings the
// workbench into the state it needs itself (opens the view, the file), so any one can run alone.
// The functions passed to page.evaluate() run in the browser, hence its globals:
/* global document, window, getComputedStyle */
import assert from 'node:assert/strict';
import {
  dismissNotifications, hoverText, openDiplomaticStudy, openFile, pickerInput, quickInputRows, runCommand,
  runStudy, selectedText, studyFrame, treeRow, waitForCursorLine,
} from '../../scripts/lib/workbench.mjs';
import { openSeedInReader } from '../../scripts/lib/reader.mjs';

/**
 * Requests made from webviews to anything but the local server and VS Code's own resource host
 * (`*.vscode-resource.vscode-cdn.net`, answered by the webview's service worker from the extension's
 * files, never from the network).
 */
function remoteRequests(page) {
  const seen = [];
  const listener = (request) => {
    const url = new URL(request.url());
    let frame = '';
    try {
      frame = request.frame().url();
    } catch {
      // A service worker's request has no frame.
    }
    if (!/webview|vscode-cdn/.test(frame)) return;
    if (!/^(https?|wss?):$/.test(url.protocol)) return;
    if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.hostname.endsWith('.vscode-resource.vscode-cdn.net')) return;
    seen.push(request.url());
  };
  page.on('request', listener);
  return { seen, stop: () => page.off('request', listener) };
}

const SEED_TITLE = 'Sergey Lavrov’s remarks and answers to questions following the…';
const SEED_DESCRIPTION = 'Kuala Lumpur · 2025-07-11';
// The first words of each of the seed's sections, as the Transcripts view labels them.
const SEED_SECTIONS = [
  'Opening remarks',
  'Q1: Last year, during a meeting',
  'Q2: The recent summit in Rio de Janeiro',
  'Q3: Based on your meetings at this forum',
  'Q4: Yesterday, after a meeting with you, US State Secretary Marco Rubio',
  'Q5: Did you discuss strategic offensive weapons',
  'Q6: Not long ago, German Chancellor Friedrich Merz',
];

/** The Transcripts view's rows as { level, label, description }, in the order shown. */
async function transcriptRows(page) {
  const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^Transcripts/i }) });
  return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => ({
    level: Number(row.getAttribute('aria-level')),
    label: row.querySelector('.label-name')?.textContent ?? '',
    description: row.querySelector('.label-description')?.textContent ?? '',
  })));
}

/** The labels of the rows under the seed transcript's row. */
async function seedSections(page) {
  const rows = await transcriptRows(page);
  const at = rows.findIndex((row) => row.level === 1 && row.label === SEED_TITLE);
  if (at < 0) return undefined;
  const children = [];
  for (const row of rows.slice(at + 1)) {
    if (row.level <= 1) break;
    if (row.level === 2) children.push(row.label);
  }
  return { description: rows[at].description, children };
}

// `browser: true`: run again with the browser build (scripts/run-e2e.mjs); `browserOnly`: only there.
export const scenarios = [
  {
    name: 'Developer: Show Running Extensions lists Diplomatic Study in the web worker host, activated',
    browserOnly: true,
    async run({ page }) {
      await dismissNotifications(page);
      // Activation comes on startup finished: the Transcripts view filling up shows it is done.
      await openDiplomaticStudy(page);
      await treeRow(page, SEED_SECTIONS.at(-1)).waitFor({ state: 'visible', timeout: 30_000 });
      await runCommand(page, 'Developer: Show Running Extensions');
      // Listed by its display name, or (in code-server's web worker host) by its id.
      const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /Diplomatic Study|diplomatic-study\.diplomatic-study/ }).first();
      await row.waitFor({ state: 'visible', timeout: 20_000 });
      const text = await row.innerText();
      assert.match(text, /web worker/i, `the row reads: ${text}`);
      // An activated extension shows its activation time ("Startup Activation: 12 ms" or similar).
      assert.match(text, /activation|\d+\s*ms/i, `the row shows no activation: ${text}`);
      await page.keyboard.press('Control+W');
    },
  },
  {
    name: 'the activity bar opens Diplomatic Study with the seed transcript\'s sections',
    browser: true,
    async run({ page }) {
      await dismissNotifications(page);
      const title = await openDiplomaticStudy(page);
      assert.match(await title.innerText(), /Diplomatic Study/i);
      await page.locator('.sidebar .pane-header', { hasText: /Organisations & Agreements/i }).waitFor({ state: 'visible' });
      // The corpus loads after activation; the seed's last section marks the tree as filled.
      await treeRow(page, SEED_SECTIONS.at(-1)).waitFor({ state: 'visible', timeout: 30_000 });
      const seed = await seedSections(page);
      assert.ok(seed, `no row "${SEED_TITLE}" in the Transcripts view: ${JSON.stringify(await transcriptRows(page))}`);
      assert.equal(seed.description, SEED_DESCRIPTION);
      assert.equal(seed.children.length, SEED_SECTIONS.length, `sections: ${JSON.stringify(seed.children)}`);
      SEED_SECTIONS.forEach((start, index) => {
        assert.ok(seed.children[index].startsWith(start), `section ${index}: "${seed.children[index]}" should start with "${start}"`);
      });
      // The workspace's own transcript is there too.
      const rows = await transcriptRows(page);
      assert.ok(rows.some((row) => row.level === 1 && row.label.startsWith('Press Briefing by Press Secretary')),
        'the White House briefing from transcripts/ is missing');
    },
  },
  {
    name: 'clicking exchange Q4 opens the transcript at its question (Ln 42)',
    browser: true,
    async run({ page }) {
      await dismissNotifications(page);
      await openDiplomaticStudy(page);
      const row = treeRow(page, SEED_SECTIONS[4]);
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      // The row, not its label: Playwright scrolls a click's target into view, and the long label would
      // scroll inside its clipped box and show blank.
      await row.click();
      await page.locator('.tabs-container .tab.active', { hasText: '2025-07-11-lavrov-kuala-lumpur' }).waitFor({ state: 'visible' });
      const status = await waitForCursorLine(page, 42);
      assert.match(status, /Ln 42\b.*selected/, `the status bar says "${status}"`);
      // An exchange selects its question.
      const selection = await selectedText(page);
      assert.ok(selection.startsWith('Question: Yesterday, after a meeting with you, US State Secretary Marco Rubio'),
        `the selection is "${selection.slice(0, 120)}"`);
    },
  },
  {
    name: 'searching "Myanmr" from the command palette finds the Myanmar passage and opens it (Ln 22)',
    browser: true,
    async run({ page }) {
      await dismissNotifications(page);
      await runCommand(page, 'Diplomatic Study: Search Transcripts');
      // The search's own picker replaces the palette.
      const input = await pickerInput(page);
      await input.pressSequentially('Myanmr', { delay: 30 });
      const first = quickInputRows(page).first();
      await first.filter({ hasText: 'We also touched upon the situation in Myanmar' }).waitFor({ state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.locator('.tabs-container .tab.active', { hasText: '2025-07-11-lavrov-kuala-lumpur' }).waitFor({ state: 'visible' });
      // "Ln 22, Col 34 (7 selected)": the match, 7 characters, is selected on the passage's line…
      const status = await waitForCursorLine(page, 22);
      assert.match(status, /\(7 selected\)/);
      // …and it is the word itself.
      assert.equal(await selectedText(page), 'Myanmar');
    },
  },
  {
    name: 'hovering "ASEAN Regional Forum" in a Markdown draft shows the ARF card',
    browser: true,
    async run({ page }) {
      await dismissNotifications(page);
      await openFile(page, 'draft.md');
      await page.locator('.editor-group-container.active .view-line', { hasText: 'ASEAN Regional Forum' }).first().waitFor({ state: 'visible' });
      const hover = await hoverText(page, 'ASEAN Regional Forum');
      await hover.filter({ hasText: '1994' }).waitFor({ state: 'visible', timeout: 15_000 });
      const text = await hover.innerText();
      for (const part of ['ASEAN Regional Forum', '(ARF)', '1994']) {
        assert.ok(text.includes(part), `the card lacks "${part}": ${text}`);
      }
    },
  },
  {
    name: 'Trends of "SCO" draws a chart in a panel with a strict CSP that loads nothing remote',
    browser: true,
    async run({ page }) {
      await dismissNotifications(page);
      const remote = remoteRequests(page);
      try {
        await runStudy(page, 'Diplomatic Study: Trends…', 'SCO');
        const frame = await studyFrame(page, 'Trends');
        // uPlot draws on a canvas; the table beside it has the counts.
        await frame.locator('.uplot canvas').first().waitFor({ state: 'visible', timeout: 30_000 });
        const rows = await frame.locator('table.data tbody tr').allInnerTexts();
        assert.ok(rows.some((r) => r.startsWith('2025')), `the table has no 2025 row: ${JSON.stringify(rows)}`);
        const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        assert.match(csp ?? '', /default-src 'none'/);
        assert.match(csp ?? '', /script-src 'nonce-[0-9a-f]+'/);
        assert.deepEqual(remote.seen, []);
      } finally {
        remote.stop();
      }
    },
  },
  {
    name: 'clicking a concordance line of "ASEAN" opens the transcript at that line (Ln 5)',
    browser: true,
    async run({ page }) {
      await dismissNotifications(page);
      await runStudy(page, 'Diplomatic Study: Concordance…', 'ASEAN');
      const frame = await studyFrame(page, 'Concordance');
      const first = frame.locator('.row', { hasText: 'We have met in Kuala Lumpur for annual' }).first();
      await first.waitFor({ state: 'visible', timeout: 30_000 });
      await first.click();
      await page.locator('.tabs-container .tab.active', { hasText: '2025-07-11-lavrov-kuala-lumpur' }).waitFor({ state: 'visible' });
      const status = await waitForCursorLine(page, 5);
      assert.match(status, /\(5 selected\)/);
      assert.equal(await selectedText(page), 'ASEAN');
    },
  },
  {
    name: 'exchange Q4 opens wrapped with its speaker labels highlighted, and the Reader beside it scrolls in step both ways',
    browser: true,
    async run({ page }) {
      const { reader } = await openSeedInReader(page);
      // No line wider than the editor: wrapped, nothing to scroll sideways.
      const overflow = await page.evaluate(() => {
        const editor = document.querySelector('.editor-group-container .monaco-editor');
        const right = editor.getBoundingClientRect().right;
        const widest = Math.max(...[...editor.querySelectorAll('.view-line > span')].map((s) => s.getBoundingClientRect().right));
        return widest - right;
      });
      assert.ok(overflow <= 0, `a line of the editor runs ${overflow.toFixed(0)} px past its edge`);
      // The label "Sergey Lavrov:" in another colour than the words of the answer.
      const colours = await page.evaluate(() => {
        const spans = [...document.querySelectorAll('.editor-group-container .view-line span span')];
        // Monaco writes spaces as no-break spaces.
        const text = (s) => (s.textContent ?? '').replace(/\u00a0/g, ' ');
        const label = spans.find((s) => text(s).startsWith('Sergey Lavrov'));
        // The words after the label on its line ("Sergey Lavrov", ":", " I will use…").
        const words = label?.parentElement?.lastElementChild;
        return label && words ? [getComputedStyle(label).color, getComputedStyle(words).color] : null;
      });
      assert.ok(colours, 'no "Sergey Lavrov:" label on screen');
      assert.notEqual(colours[0], colours[1], 'the speaker label has the colour of plain text');
      // The Reader: six exchanges.
      assert.equal(await reader.locator('section.exchange').count(), 6);
      assert.equal(await reader.locator('h1').count(), 1);
      // Scrolling the Reader to Q6 brings the editor there (Q6 is at line 47, 0-based).
      await reader.locator('#q6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForFunction(() => {
        const numbers = [...document.querySelectorAll('.editor-group-container .line-numbers')].map((n) => Number(n.textContent)).filter((n) => n > 0);
        return numbers.length && Math.min(...numbers) >= 44;
      }, undefined, { timeout: 10_000 });
      // And scrolling the editor back to the top brings the Reader back up.
      await page.locator('.editor-group-container .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      await reader.locator('body').evaluate(() => new Promise((resolve) => {
        const started = Date.now();
        const check = () => (window.scrollY < 200 || Date.now() - started > 10_000 ? resolve(undefined) : setTimeout(check, 100));
        check();
      }));
      assert.ok(await reader.locator('body').evaluate(() => window.scrollY < 200), 'the Reader did not follow the editor back to the top');
    },
  },
];
