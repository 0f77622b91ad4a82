// The bundled corpus is the extension's own files, and the suites run on the checkout: a test that
// leaves a transcript dirty can have it saved when the workbench closes its editor (the test host
// answers "Save"). The runners take a snapshot before the suites and fail the run — restoring the
// files — when anything under corpus/ changed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function snapshotCorpus(repo) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(path));
    }
  };
  walk(join(repo, 'corpus'));
  return files;
}

/** The files that changed since the snapshot, put back as they were. */
export function restoreChangedCorpus(snapshot) {
  const changed = [];
  for (const [path, bytes] of snapshot) {
    let now;
    try {
      now = readFileSync(path);
    } catch {
      now = undefined;
    }
    if (!now || !now.equals(bytes)) {
      changed.push(path);
      writeFileSync(path, bytes);
    }
  }
  return changed;
}
