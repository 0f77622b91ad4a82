// Finding desktop VS Code for @vscode/test-electron: VSCODE_EXECUTABLE_PATH, a download cached in
// .vscode-test/, or a fresh download. Where Microsoft's update server is unreachable (this project's
// CI) the download fails within a second, and the offline host is used instead.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Electron on Linux needs an X or Wayland display; without one desktop VS Code cannot start. */
export function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** True when .vscode-test/ holds a completed test-electron download. */
export function hasCachedDownload(repo) {
  const cache = join(repo, '.vscode-test');
  if (!existsSync(cache)) return false;
  return readdirSync(cache).some((name) => name.startsWith('vscode-') && existsSync(join(cache, name, 'is-complete')));
}

/**
 * Resolves to { executable } or { reason } (why desktop VS Code cannot be had here).
 * `download: false` only looks at VSCODE_EXECUTABLE_PATH and the cache.
 */
export async function findDesktopVSCode(repo, { download = true, log = console.log } = {}) {
  const fromEnv = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { executable: fromEnv } : { reason: `VSCODE_EXECUTABLE_PATH=${fromEnv} does not exist` };
  }
  if (!download && !hasCachedDownload(repo)) return { reason: 'no VS Code download in .vscode-test/' };
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    // 'stable' uses the newest cached build when the version list cannot be fetched (offline).
    const executable = await downloadAndUnzipVSCode({
      version: 'stable',
      cachePath: join(repo, '.vscode-test'),
      timeout: 10_000,
      reporter: quietReporter(log),
    });
    return { executable };
  } catch (error) {
    return { reason: `VS Code download failed: ${error instanceof Error ? error.message : error}` };
  }
}

// test-electron's own reporter prints progress bars and stack traces; say only what matters.
function quietReporter(log) {
  let announced = false;
  return {
    report(report) {
      if (report.stage === 'downloading' && !announced) {
        announced = true;
        log(`integration: downloading VS Code from ${report.url} …`);
      }
    },
    error() {},
  };
}
