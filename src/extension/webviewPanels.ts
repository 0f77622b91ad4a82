// What the extension's webview panels share: their page's shell with a strict CSP (a nonce for its one
// script, its own style sheet, nothing remote), and one panel per key, reused.
import type * as vscode from 'vscode';

/** A fresh nonce for a page's Content-Security-Policy. */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The panel of `key`, brought forward (`reveal`) if it is open, else made and kept. */
export function reusePanel<K, P>(panels: Map<K, P>, key: K, reveal: (panel: P) => void, create: () => P): P {
  const open = panels.get(key);
  if (open) {
    reveal(open);
    return open;
  }
  const made = create();
  panels.set(key, made);
  return made;
}

/**
 * A page whose script and style sheet are `dist/webview/<name>.js|css`: the CSP allows that script
 * alone (by nonce), the extension's style sheet and fonts, and `extraCsp` (e.g. data: images).
 */
export function pageShell(webview: vscode.Webview, media: vscode.Uri, name: string, page: { title: string; body: string; bodyAttributes?: string; extraCsp?: string[] }): string {
  const n = nonce();
  const script = webview.asWebviewUri(joinUri(media, `${name}.js`));
  const style = webview.asWebviewUri(joinUri(media, `${name}.css`));
  const csp = [`default-src 'none'`, `script-src 'nonce-${n}'`, `style-src ${webview.cspSource}`, ...(page.extraCsp ?? []), `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${page.title}</title>
</head>
<body${page.bodyAttributes ? ` ${page.bodyAttributes}` : ''}>
${page.body}
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}

/** `Uri.joinPath` without a runtime import of vscode here (the caller's Uri has `with`). */
function joinUri(base: vscode.Uri, file: string): vscode.Uri {
  return base.with({ path: `${base.path.replace(/\/$/, '')}/${file}` });
}
