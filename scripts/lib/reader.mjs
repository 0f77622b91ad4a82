// The seed opened from the Transcripts view (exchange Q4) and the Reader beside it, in a live
// workbench: shared by the UI test (test/e2e/scenarios.mjs) and the screenshot (scripts/screenshots.mjs).
import { dismissNotifications, openDiplomaticStudy, runCommand, treeRow, waitForCursorLine } from './workbench.mjs';

export async function openSeedInReader(page) {
  await dismissNotifications(page);
  // One editor group for the transcript, one for the Reader: what other scenarios left open goes.
  await runCommand(page, 'View: Close All Editor Groups');
  await openDiplomaticStudy(page);
  const row = treeRow(page, 'Q4: Yesterday, after a meeting with you');
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
  await waitForCursorLine(page, 42);
  // The transcript language (and so wrapping and highlighting) comes just after the editor opens.
  await page.locator('.editor-group-container .view-line span', { hasText: 'Sergey Lavrov:' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await runCommand(page, 'Diplomatic Study: Open Reader to the Side');
  await page.locator('.tabs-container .tab', { hasText: 'Reader: 2025-07-11-lavrov-kuala-lumpur' }).waitFor({ state: 'visible', timeout: 30_000 });
  const reader = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await reader.locator('section.exchange').first().waitFor({ state: 'attached', timeout: 30_000 });
  return { reader };
}
