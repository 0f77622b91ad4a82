// Packages the extension with @vscode/vsce, then runs test/vsix/ against the installed package in
// the offline host: in its Node extension host, then in its web worker host (the browser build).
// Prints the sizes the marketplace cares about.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', 'vsix', '--silent']);
const kb = (file) => (statSync(file).size / 1024).toFixed(1);
console.log(`vsix: dist/extension.js ${kb('dist/extension.js')} KB, dist/indexWorker.js ${kb('dist/indexWorker.js')} KB, dist/web/extension.js ${kb('dist/web/extension.js')} KB, dist/web/indexWorker.js ${kb('dist/web/indexWorker.js')} KB, diplomatic-study.vsix ${kb('diplomatic-study.vsix')} KB`);
run('node', ['scripts/run-integration.mjs'], { DIPLOMATIC_STUDY_TEST_VSIX: 'diplomatic-study.vsix' });
run('node', ['scripts/run-web.mjs'], { DIPLOMATIC_STUDY_TEST_VSIX: 'diplomatic-study.vsix' });
