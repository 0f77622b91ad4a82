// The browser build (issue 16): its production bundles stay within their budgets and carry no Node
// built-in, and the build's check catches one that slips in.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers';

/** Runs an ES module snippet in the repo (the check is an .mjs module of the build scripts). */
function runModule(code: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
}

describe('the browser build', () => {
  it('builds for production within 250 KB (entry) and 400 KB (index worker), requiring nothing but vscode', () => {
    const out = mkdtempSync(join(tmpdir(), 'ds-web-build-'));
    try {
      const built = spawnSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${out}`], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr + built.stdout);
      const entry = statSync(join(out, 'web', 'extension.js')).size;
      const worker = statSync(join(out, 'web', 'indexWorker.js')).size;
      assert.ok(entry <= 250 * 1024, `web/extension.js is ${entry} bytes`);
      assert.ok(worker <= 400 * 1024, `web/indexWorker.js is ${worker} bytes`);
      const requires = (file: string) => [...readFileSync(join(out, 'web', file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(requires('extension.js'))], ['vscode']);
      assert.deepEqual(requires('indexWorker.js'), []);
      // The heavy parts live in the worker: the entry carries no HTML parser and no YAML.
      const source = readFileSync(join(out, 'web', 'extension.js'), 'utf8');
      assert.ok(!/onopentagname|ontextentities/.test(source), 'the HTML parser is in the entry bundle');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('fails the build of a browser bundle that imports a Node built-in, or outgrows its budget', () => {
    const result = runModule(`
      import { webBundleProblems } from './scripts/lib/webBundle.mjs';
      const metafile = { inputs: { 'src/web/a.ts': { imports: [{ path: 'node:fs' }] }, 'src/web/b.ts': { imports: [{ path: 'path' }, { path: 'vscode' }] } } };
      console.log(JSON.stringify([webBundleProblems(metafile, 'web/extension.js', 300 * 1024, { production: true }), webBundleProblems({ inputs: {} }, 'web/extension.js', 300 * 1024, { production: false })]));
    `);
    assert.equal(result.status, 0, result.stderr);
    const [problems, development] = JSON.parse(result.stdout) as string[][];
    assert.deepEqual(problems, [
      "src/web/a.ts imports the Node built-in 'node:fs'",
      "src/web/b.ts imports the Node built-in 'path'",
      'web/extension.js is 300 KB minified, over its 250 KB budget',
    ]);
    assert.deepEqual(development, []);
  });
});
