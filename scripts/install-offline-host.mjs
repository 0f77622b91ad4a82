// Installs the offline VS Code host (code-server from npm) into the cache folder, outside the repo:
// code-server is ~500 MB and needs native rebuilds, so it is no dependency of the project.
// Idempotent: a complete install leaves a marker file and is skipped next time.
// Usage: node scripts/install-offline-host.mjs [--force]
// Needs Debian's ripgrep, libkrb5-dev and chromium: installed here when missing and we are root with
// apt-get (a fresh machine, CI), so that `npm install && npm test` is all a new checkout needs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CODE_SERVER_VERSION, cacheRoot, isOfflineHostInstalled, markerFile, offlineHostDir,
} from './lib/offline-host.mjs';
import { which } from './lib/which.mjs';

// The native modules of VS Code's server that its own postinstall would build.
const NATIVE_MODULES = ['kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'];

const SYSTEM_PACKAGES = [
  { name: 'chromium', present: () => existsSync(process.env.DIPLOMATIC_STUDY_CHROMIUM || '/usr/bin/chromium') },
  { name: 'ripgrep', present: () => Boolean(which('rg')) },
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') },
  // xmllint validates exported REFI-QDA projects against the schema (test/unit/coding.test.ts).
  { name: 'libxml2-utils', present: () => Boolean(which('xmllint')) },
];

/** Installs the Debian packages the offline host needs, where they are missing and we may. */
export function ensureSystemPackages({ log = console.log } = {}) {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  const hint = `apt-get install -y ${missing.join(' ')} (as root), or run bash .ci/run`;
  if (process.getuid?.() !== 0 || !which('apt-get')) throw new Error(`missing system packages: ${missing.join(', ')}.\nHint: ${hint}`);
  log(`offline host: installing Debian packages ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}).\nHint: ${hint}`);
  }
}

export function installOfflineHost({ force = false, log = console.log } = {}) {
  ensureSystemPackages({ log });
  const target = offlineHostDir();
  if (!force && isOfflineHostInstalled(target)) {
    log(`offline host: code-server ${CODE_SERVER_VERSION} already installed in ${target}`);
    return target;
  }
  const started = Date.now();
  log(`offline host: installing code-server ${CODE_SERVER_VERSION} into ${target} (about a minute with a warm npm cache)`);

  // Build in a staging folder and rename it at the end, so an interrupted install never looks done.
  mkdirSync(cacheRoot(), { recursive: true });
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    writeFileSync(join(staging, 'package.json'), '{ "private": true }\n');
    // code-server's postinstall downloads things, so skip scripts and do its steps below.
    npm(staging, ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`]);
    npm(staging, ['rebuild', 'argon2']);

    const vscodeDir = join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
    pointProxyAgentAtRegistry(join(vscodeDir, 'npm-shrinkwrap.json'));
    npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
    npm(vscodeDir, ['rebuild', ...NATIVE_MODULES]);

    // @vscode/ripgrep's postinstall would download rg from GitHub; Debian's works the same.
    const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgBin, { recursive: true });
    rmSync(join(rgBin, 'rg'), { force: true });
    symlinkSync(which('rg'), join(rgBin, 'rg')); // checked by checkPrerequisites()
    // VS Code looks for some modules in node_modules.asar; code-server's postinstall links it so.
    symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));

    writeFileSync(markerFile(staging), `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another install may have finished meanwhile (two runs at once): that one is as good.
    if (isOfflineHostInstalled(target)) return target;
    throw error;
  }
  log(`offline host: installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return target;
}

// Its shrinkwrap resolves @vscode/proxy-agent to a GitHub git URL, which is unreachable here;
// the same version is published on the registry.
function pointProxyAgentAtRegistry(shrinkwrapPath) {
  const shrinkwrap = JSON.parse(readFileSync(shrinkwrapPath, 'utf8'));
  const entry = shrinkwrap.packages?.['node_modules/@vscode/proxy-agent'];
  if (!entry) return;
  const registry = npmOutput(['config', 'get', 'registry']).replace(/\/?$/, '/');
  entry.resolved = `${registry}@vscode/proxy-agent/-/proxy-agent-${entry.version}.tgz`;
  delete entry.integrity; // the git build's hash, not the tarball's
  writeFileSync(shrinkwrapPath, `${JSON.stringify(shrinkwrap, null, 2)}\n`);
}

function npm(cwd, args) {
  const result = spawnSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal ?? result.error})`);
  }
}

function npmOutput(args) {
  const result = spawnSync('npm', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}


// Run as a script (not when imported by the test runner).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    installOfflineHost({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`offline host: install failed: ${error.message}`);
    process.exitCode = 1;
  }
}
