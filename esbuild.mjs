// Bundles the extension and the CLI; type-checking is `npm run check-types` (esbuild does not type-check).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The build's id, from its sources: a cache written by another build is not read (src/core/build.ts).
const sources = createHash('sha256');
for (const file of readdirSync('src', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort()) sources.update(file).update(readFileSync(join('src', file)));
sources.update(readFileSync('package-lock.json'));
const build = sources.digest('hex').slice(0, 16);

const common = {
  define: { DIPLOMATIC_STUDY_BUILD: JSON.stringify(build) },
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

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The study panels' page: for the webview (a browser), uPlot and the style sheets bundled in; nothing from a CDN.
  { entryPoints: ['src/webview/study.ts'], outfile: 'dist/webview/study.js', bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: production, sourcemap: false, logLevel: 'warning' },
];

if (!watch) rmSync('dist', { recursive: true, force: true });

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
