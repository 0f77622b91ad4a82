// The files of a folder on a local disk, listed with Node's asynchronous `fs` (Node only: the
// browser build lists through `vscode.workspace.findFiles`). VS Code's `findFiles` took 1.3–1.5 s
// to list 10,000 files in its search process; this walk takes some 60 ms, off the main thread
// (the directory reads run in libuv's thread pool).
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FolderFilter } from './glob';

/** Entries of one folder looked at in one go: some 10–20 ms of the extension host's main thread (5,000 held it 80 ms). */
const ENTRIES_AT_ONCE = 1000;

/**
 * The absolute paths of the files under `root` that `filter` keeps (it is asked by paths relative
 * to `root`, with "/"), in no particular order. Symbolic links are followed, as VS Code's search
 * does by default, except a link to a folder above it (a loop); hidden files and folders are
 * listed, as there; a folder that cannot be read is left out.
 */
export async function listFolder(root: string, filter: FolderFilter): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, relative: string, above: readonly string[]): Promise<void> => {
    const real = await realpath(dir).catch(() => undefined);
    if (real === undefined || above.includes(real)) return;
    const chain = [...above, real];
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const siblings = new Set(entries.map((e) => e.name));
    const folders: Promise<void>[] = [];
    for (let k = 0; k < entries.length; k++) {
      // A large folder is sorted out a thousand entries at a time: the caller's thread breathes.
      if (k > 0 && k % ENTRIES_AT_ONCE === 0) await new Promise((resolve) => setImmediate(resolve));
      const entry = entries[k];
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(join(dir, entry.name)).catch(() => undefined);
        isFolder = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isFolder) {
        if (!filter.skipFolder(rel)) folders.push(walk(join(dir, entry.name), rel, chain));
      } else if (isFile && filter.keepFile(rel, siblings)) files.push(join(dir, entry.name));
    }
    await Promise.all(folders);
  };
  await walk(root, '', []);
  return files;
}
