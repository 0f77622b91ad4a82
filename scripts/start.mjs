// `npm start`: opens the extension (built by the npm script just before) on the sample corpus (samples/,
// real transcripts of several publishers and years) beside the bundled corpus/, which it always reads.
// Desktop VS Code when `code` is on PATH or test-electron has a download in .vscode-test/;
// otherwise the offline host: code-server on 127.0.0.1:$PORT (default 8431), to open in a browser.
// `npm start -- --offline` skips desktop VS Code; `npm start -- --web` runs the browser build in
// code-server's web worker extension host, as vscode.dev would. Ctrl+C stops the server and removes its temp dirs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDesktopVSCode, hasDisplay } from './lib/desktop-host.mjs';
import { startCodeServer, workbenchUrl } from './lib/offline-host.mjs';
import { installOfflineHost } from './install-offline-host.mjs';
import { which } from './lib/which.mjs';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
// The samples folder is the workspace; the bundled corpus comes with the extension itself.
const corpus = existsSync(join(repo, 'samples')) ? join(repo, 'samples') : join(repo, 'corpus');
const log = (line) => console.log(`start: ${line}`);
const web = process.argv.includes('--web');

async function main() {
  if (!process.argv.includes('--offline') && !web && hasDisplay()) {
    const code = which('code');
    if (code) return runDesktop(code, []);
    const desktop = await findDesktopVSCode(repo, { download: false, log });
    if (desktop.executable) {
      // test-electron's own profile folders, so what a person sets up survives between starts.
      const cache = join(repo, '.vscode-test');
      return runDesktop(desktop.executable, [`--user-data-dir=${join(cache, 'user-data')}`, `--extensions-dir=${join(cache, 'extensions')}`]);
    }
  }
  return runOffline();
}

function runDesktop(executable, extraArgs) {
  log(`opening ${corpus} in ${executable}`);
  const child = spawn(executable, [...extraArgs, `--extensionDevelopmentPath=${repo}`, corpus], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function runOffline() {
  const port = Number(process.env.PORT || 8431);
  if (!(await isPortFree(port))) {
    log(`port ${port} on 127.0.0.1 is in use (another npm start?); choose another with PORT=<port> npm start`);
    return 1;
  }
  installOfflineHost({ log });
  // The browser build: the setting that moves the extension into the web worker host.
  const server = await startCodeServer({ port, userSettings: web ? { 'remote.extensionKind': { 'diplomatic-study.diplomatic-study': ['web'] } } : undefined });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // `kill <npm pid>` ends npm and its `sh -c` without passing the signal on; we would live on as
  // an orphan, so stop when our parent changes.
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) void stop('parent exited'); }, 1000).unref();

  const url = workbenchUrl({ port, folder: corpus, extensionPath: repo });
  log(`code-server (VS Code in the browser) is serving ${corpus} with the extension loaded from ${repo}${web ? ' (its browser build, in the web worker extension host)' : ''}`);
  log('open this URL in a browser on this machine (or forward the port):');
  console.log(`\n  ${url}\n`);
  log('press Ctrl+C to stop');

  const { code, signal } = await server.exited;
  if (stopping) return 0;
  console.error(server.output());
  log(`code-server exited unexpectedly (${signal ?? `exit ${code}`})`);
  await server.stop();
  return 1;
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  log(`could not start: ${error.message}`);
  process.exitCode = 1;
}
