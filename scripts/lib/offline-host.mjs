// The offline VS Code: code-server (VS Code's server + web workbench) from npm, cached outside the
// repo. See the README's integration tests. Shared by install-offline-host.mjs, run-integration.mjs and start.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

// code-server 4.96.4 = VS Code 1.96.4, the last release that runs on Node 20.
export const CODE_SERVER_VERSION = '4.96.4';

export function cacheRoot() {
  return process.env.DIPLOMATIC_STUDY_CACHE || join(homedir(), '.cache', 'diplomatic-study');
}

export function offlineHostDir() {
  return join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

// Written last by the installer: a folder without it is incomplete and is installed again.
export function markerFile(dir = offlineHostDir()) {
  return join(dir, '.installed');
}

export function isOfflineHostInstalled(dir = offlineHostDir()) {
  return existsSync(markerFile(dir)) && existsSync(entryScript(dir));
}

export function entryScript(dir = offlineHostDir()) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** A port that is free now (the OS picks it), for a server started right after. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The workbench URL that opens `folder` with the extension at `extensionPath` loaded. */
export function workbenchUrl({ port, folder, extensionPath, testsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  payload.push(['skipWelcome', 'true']);
  return (
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`
  );
}

/**
 * Starts code-server on 127.0.0.1:`port` with fresh, temporary user data, extensions dir and
 * config (so nothing of the user's or a previous run leaks in) and waits until /healthz answers.
 * `env` is added to the server's environment, which the extension host (and so the tests) inherits;
 * `userSettings` (an object) is written as the user's settings.json before the server starts.
 * Returns { port, stop(), output() }; stop() kills the server and removes its temp dirs.
 */
export async function startCodeServer({ port, env = {}, timeoutMs = 60_000, onOutput, installExtensions = [], userSettings } = {}) {
  const entry = entryScript();
  if (!existsSync(entry)) throw new Error(`code-server is not installed at ${offlineHostDir()}`);
  const tmp = mkdtempSync(join(tmpdir(), 'diplomatic-study-code-server-'));
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, ''); // without --config it writes one into ~/.config
  // User settings read at start: `remote.extensionKind` moves an extension into the web worker host.
  if (userSettings) {
    mkdirSync(join(tmp, 'user-data', 'User'), { recursive: true });
    writeFileSync(join(tmp, 'user-data', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  // A packaged extension (.vsix) is installed as a user would, into this run's extensions dir.
  for (const vsix of installExtensions) {
    const installed = spawnSync(process.execPath, [entry, '--install-extension', vsix, '--extensions-dir', join(tmp, 'extensions'), '--user-data-dir', join(tmp, 'user-data'), '--config', config], { encoding: 'utf8', timeout: 120_000 });
    if (installed.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`--install-extension ${vsix} failed (exit ${installed.status}): ${(installed.stderr || installed.stdout).trim()}`);
    }
  }
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', join(tmp, 'user-data'),
    '--extensions-dir', join(tmp, 'extensions'),
    '--config', config,
  ];
  // Its own process group, so stop() also ends the extension host and other children.
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    log += text;
    onOutput?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve({ code, signal });
  }));

  // Last resort if our process exits without stop(): the server is in its own process group,
  // so nothing else would end it.
  const killOnExit = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  process.on('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (!exited) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }, 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    await waitForHealthz(port, timeoutMs, () => exited);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- code-server output ---\n${log.trim()}`);
  }
  return { port, stop, output: () => log, exited: exitPromise };
}

async function waitForHealthz(port, timeoutMs, hasExited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited before it answered /healthz');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer /healthz on port ${port} within ${timeoutMs / 1000} s`);
}

// The flags the shared doc found necessary: root needs --no-sandbox; the rest stop Chromium from
// dialling Google's hosts, which the closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath() {
  return process.env.DIPLOMATIC_STUDY_CHROMIUM || '/usr/bin/chromium';
}

/**
 * Debian's Chromium through playwright-core. Playwright's own signal handlers would exit at once
 * (130) and leave code-server running; callers clean up everything on signals, the browser included.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
