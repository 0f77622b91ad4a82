// The Reader's page: the transcript rendered by the extension (src/core/render/transcriptDocument.ts),
// scrolled in step with the editor both ways, and a copy that carries its attribution. It loads
// nothing remote; its CSP allows only this script (by nonce) and its own style sheet.
import './reader.css';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

type ToPage = { type: 'render'; html: string; line?: number } | { type: 'scrollToLine'; line: number };

const vscode = acquireVsCodeApi();
const root = document.getElementById('doc') as HTMLElement;
/** Where the page was scrolled to for the editor (or a render): a scroll that ends there is not the reader's. */
let placedAt: number | undefined;

/** The elements that stand for editor lines, in document order. */
function lineElements(): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('main [data-line]'));
}

function scrollToLine(line: number): void {
  let target: HTMLElement | undefined;
  for (const el of lineElements()) {
    if (Number(el.dataset.line) <= line) target = el;
    else break;
  }
  if (target) target.scrollIntoView({ block: 'start' });
  else window.scrollTo(0, 0);
  placedAt = window.scrollY;
}

window.addEventListener('message', (event: MessageEvent<ToPage>) => {
  const message = event.data;
  if (message.type === 'render') {
    root.innerHTML = message.html;
    if (message.line !== undefined) scrollToLine(message.line);
  } else if (message.type === 'scrollToLine') scrollToLine(message.line);
});

let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  if (placedAt !== undefined && Math.abs(window.scrollY - placedAt) < 2) return;
  placedAt = undefined;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    const top = lineElements().find((el) => el.getBoundingClientRect().bottom > 4);
    if (top) vscode.postMessage({ type: 'revealLine', line: Number(top.dataset.line) });
  });
});

// A copy is the selected words without paragraph numbers or cards; the extension puts it on the
// clipboard as a quote with its attribution (speaker, place, date, source).
document.addEventListener('copy', (event) => {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return;
  const parts: string[] = [];
  for (let i = 0; i < selection.rangeCount; i++) {
    const fragment = selection.getRangeAt(i).cloneContents();
    fragment.querySelectorAll('.pnum, .card, .speaker').forEach((el) => el.remove());
    fragment.querySelectorAll('p').forEach((p) => p.append('\n'));
    parts.push(fragment.textContent ?? '');
  }
  const text = parts.join('\n').replace(/[ \t]+\n/g, '\n').trim();
  const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
  const line = Number(anchor?.closest<HTMLElement>('[data-line]')?.dataset.line ?? -1);
  event.preventDefault();
  event.clipboardData?.setData('text/plain', text);
  vscode.postMessage({ type: 'copy', text, line });
});

// A paragraph's number opens the editor at it.
root.addEventListener('click', (event) => {
  const number = (event.target as Element).closest('.pnum');
  const line = number?.closest<HTMLElement>('[data-line]')?.dataset.line;
  if (line !== undefined) vscode.postMessage({ type: 'reveal', line: Number(line) });
});

vscode.postMessage({ type: 'ready' });
