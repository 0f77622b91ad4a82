// `npm run screenshots`: regenerates the pictures in docs/images/ (1280×800) from a live workbench —
// the same offline host and fixture workspace as the UI tests (scripts/lib/workbench.mjs), so what
// the README shows is what the tests check:
//   tree.png    the Diplomatic Study view with the seed's sections, exchange Q4 opened in the editor
//   search.png  the search picker with its results for the misspelled "Myanmr"
//   hover.png   the ASEAN Regional Forum card over a Markdown draft
//   concordance.png  the concordance of "sanctions" over the sample corpus (samples/), sorted right
//   trends.png       trends of "NATO" and "sanctions" per year over the sample corpus
//   reader.png       the seed opened at Q4 from the Transcripts view, and the Reader beside it
// `npm run screenshots -- tree` (or search, hover) takes only those. Needs Chromium at /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  dismissNotifications, hoverText, openDiplomaticStudy, openFile, pickerInput, quickInputRows, repo, runCommand,
  runStudy, skipReason, startWorkbench, studyFrame, treeRow, waitForCursorLine, workbenchSession,
} from './lib/workbench.mjs';
import { openSeedInReader } from './lib/reader.mjs';

const samples = join(repo, 'samples');
/** The pictures of the study panels are taken over the sample corpus, the others over the test workspace. */
const onSamples = new Set(['concordance', 'trends']);

const out = join(repo, 'docs', 'images');
const log = (line) => console.log(`screenshots: ${line}`);
const timeoutMs = 180_000;

const shots = {
  async reader(page) {
    await openSeedInReader(page);
  },
  async tree(page) {
    await openDiplomaticStudy(page);
    const row = treeRow(page, 'Q4: Yesterday, after a meeting with you');
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    // The row, not its label: scrolling the long label into view would leave it blank.
    await row.click();
    await waitForCursorLine(page, 42);
  },
  async search(page) {
    await runCommand(page, 'Diplomatic Study: Search Transcripts');
    const input = await pickerInput(page);
    await input.pressSequentially('Myanmr', { delay: 30 });
    await quickInputRows(page).first().filter({ hasText: 'Myanmar' }).waitFor({ state: 'visible', timeout: 20_000 });
    // The picker previews the first result in the editor behind it; wait for that to settle.
    await waitForCursorLine(page, 22);
  },
  async concordance(page) {
    await runStudy(page, 'Diplomatic Study: Concordance…', 'sanctions');
    const frame = await studyFrame(page, 'Concordance');
    await frame.locator('.row').first().waitFor({ state: 'visible', timeout: 60_000 });
    await frame.locator('select[name="sort"]').selectOption('right1');
    await frame.locator('button[type="submit"]').click();
    await frame.locator('.status', { hasText: 'hits' }).waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForTimeout(500);
  },
  async trends(page) {
    await runStudy(page, 'Diplomatic Study: Trends…', 'NATO, sanctions');
    const frame = await studyFrame(page, 'Trends');
    await frame.locator('.uplot canvas').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForTimeout(500);
  },
  async hover(page) {
    await openFile(page, 'draft.md');
    await page.locator('.editor-group-container.active .view-line', { hasText: 'ASEAN Regional Forum' }).first().waitFor({ state: 'visible' });
    const hover = await hoverText(page, 'ASEAN Regional Forum');
    await hover.filter({ hasText: '1994' }).waitFor({ state: 'visible', timeout: 15_000 });
  },
};

async function main() {
  const reason = skipReason();
  if (reason) {
    log(`cannot run: ${reason}`);
    return 1;
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in shots));
  if (unknown.length) {
    log(`unknown: ${unknown.join(', ')} (choose from ${Object.keys(shots).join(', ')})`);
    return 1;
  }
  const names = wanted.length ? wanted : Object.keys(shots);
  for (const [folder, group] of [[undefined, names.filter((n) => !onSamples.has(n))], [samples, names.filter((n) => onSamples.has(n))]]) {
    if (group.length === 0) continue;
    const code = await take(group, folder);
    if (code !== 0) return code;
  }
  return 0;
}

/** Takes the pictures `names` in one workbench opened on `folder` (the test workspace by default). */
async function take(names, folder) {
  const session = workbenchSession();
  const timer = setTimeout(async () => {
    log(`timed out after ${timeoutMs / 1000} s`);
    await session.stop();
    process.exit(1);
  }, timeoutMs);
  try {
    const { page } = await startWorkbench({ log, session, ...(folder ? { folder } : {}) });
    mkdirSync(out, { recursive: true });
    for (const name of names) {
      await dismissNotifications(page);
      await shots[name](page);
      // Nothing transient in the picture: a toast that came meanwhile (its × would close a picker,
      // so not then), "Activating Extensions…".
      if (!(await page.locator('.quick-input-widget').isVisible())) await dismissNotifications(page);
      await page.locator('.statusbar-item', { hasText: 'Activating Extensions' }).first()
        .waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
      const path = join(out, `${name}.png`);
      await page.screenshot({ path });
      log(`wrote ${path}`);
      // Close what this picture opened (a picker, a hover), so the next starts from the workbench.
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
    }
    return 0;
  } catch (error) {
    log(`failed: ${error.message}`);
    const lines = session.diagnostics().filter((line) => /^\[browser (error|pageerror)\]|^\[code-server\]/.test(line));
    if (lines.length) console.log(lines.slice(-30).join('\n'));
    return 1;
  } finally {
    clearTimeout(timer);
    await session.stop();
  }
}

process.exit(await main());
