// What a browser bundle must be: free of Node built-ins (vscode.dev has no `fs`, `path` or worker
// threads) and, minified, within its size budget. esbuild.mjs checks every browser bundle it builds;
// test/unit/webBundle.test.ts checks the check.
import { builtinModules } from 'node:module';

/** Minified sizes the browser bundles must stay within (issue 16): the entry loads on activation. */
export const WEB_BUDGETS = { 'web/extension.js': 250 * 1024, 'web/indexWorker.js': 400 * 1024 };

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The problems of one bundle: from esbuild's metafile, its name (`web/extension.js`) and its size in bytes. */
export function webBundleProblems(metafile, name, size, { production }) {
  const problems = [];
  for (const [input, info] of Object.entries(metafile.inputs)) {
    for (const imported of info.imports) {
      if (nodeBuiltins.has(imported.path) || imported.path.startsWith('node:')) problems.push(`${input} imports the Node built-in '${imported.path}'`);
    }
  }
  const budget = WEB_BUDGETS[name];
  if (production && budget && size > budget) problems.push(`${name} is ${(size / 1024).toFixed(0)} KB minified, over its ${budget / 1024} KB budget`);
  return problems;
}
