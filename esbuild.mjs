// Bundles the extension and the CLI; type-checking is `npm run check-types` (esbuild does not type-check).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { webBundleProblems } from './scripts/lib/webBundle.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir=<dir>`: build elsewhere than dist/ (the bundle check of the unit tests builds into a temp folder).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

// The build's id, from its sources: a cache written by another build is not read (src/core/build.ts).
const sources = createHash('sha256');
for (const file of readdirSync('src', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort()) sources.update(file).update(readFileSync(join('src', file)));
sources.update(readFileSync('package-lock.json'));
const build = sources.digest('hex').slice(0, 16);

// The bundled corpus's files: where the extension is served over https (vscode.dev), its folders cannot be listed.
const bundledCorpus = readdirSync(join('corpus', 'transcripts')).filter((f) => /\.(?:txt|md|markdown|html?)$/i.test(f)).sort();

const common = {
  define: { DIPLOMATIC_STUDY_BUILD: JSON.stringify(build), DIPLOMATIC_STUDY_BUNDLED_CORPUS: JSON.stringify(bundledCorpus) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // Prefer packages' ES modules: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  // The extension uses plain fuzzy search only (no extended search or logical queries): Fuse's
  // basic build is a third smaller. Benchmarks, which compare against extended search, use the full one.
  // htmlparser2's index also re-exports DomUtils, which drags in a serialiser and entity encoding
  // (~80 KB) that esbuild cannot shake out; the parser reads pages with its Parser class alone.
  alias: { 'fuse.js': 'fuse.js/basic', htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js' },
};

// The browser bundles (vscode.dev, github.dev): the same core and features, for a web worker host.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  metafile: true,
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/indexWorker.ts'], outfile: `${outdir}/indexWorker.js` },
  { ...common, entryPoints: ['src/cli.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } },
  { ...web, entryPoints: ['src/web/extension.ts'], outfile: `${outdir}/web/extension.js`, format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['src/web/indexWorker.ts'], outfile: `${outdir}/web/indexWorker.js`, format: 'iife' },
  // The study panels' page: for the webview (a browser), uPlot and the style sheets bundled in; nothing from a CDN.
  { entryPoints: ['src/webview/study.ts'], outfile: `${outdir}/webview/study.js`, bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: production, sourcemap: false, logLevel: 'warning' },
  // The Reader's page and its style sheet.
  { entryPoints: ['src/webview/reader.ts'], outfile: `${outdir}/webview/reader.js`, bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: production, sourcemap: false, logLevel: 'warning' },
];

/**
 * A browser bundle that imports a Node built-in fails where it runs (vscode.dev has no `fs`), so the
 * build fails first; in production builds, so does one over its size budget.
 */
function checkWebBundle(result, outfile) {
  const name = outfile.slice(outdir.length + 1);
  const size = statSync(outfile).size;
  const problems = webBundleProblems(result.metafile, name, size, { production });
  if (problems.length) throw new Error(`browser bundle ${name}:\n  ${problems.join('\n  ')}`);
  return { name, size };
}

if (!watch) rmSync(outdir, { recursive: true, force: true });

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching for changes…');
} else {
  try {
    const results = await Promise.all(builds.map((options) => esbuild.build(options)));
    const sizes = results.flatMap((result, i) => (builds[i].metafile ? [checkWebBundle(result, builds[i].outfile)] : []));
    if (production) console.log(`browser bundles: ${sizes.map((s) => `${s.name} ${(s.size / 1024).toFixed(0)} KB`).join(', ')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
