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

/**
 * Snapshots corpus/ now; the function it returns puts back whatever changed since, says so through
 * `log`, and turns the run's exit code into a failure when anything did.
 */
export function guardCorpus(repo, log) {
  const before = snapshotCorpus(repo);
  return (code) => {
    const touched = restoreChangedCorpus(before);
    if (!touched.length) return code;
    log(`a test changed the bundled corpus (put back as it was): ${touched.join(', ')}`);
    return 1;
  };
}
