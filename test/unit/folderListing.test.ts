import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { listFolder } from '../../src/core/folderListing';
import { workspaceFolderFilter } from '../../src/core/glob';

const INCLUDE = ['**/transcripts/**/*.{txt,md,html,htm}', '**/*.transcript.{txt,md}'];
const EXCLUDE = ['**/node_modules/**', '**/.git/**'];

/** A folder with `files` (relative paths) written in it, each holding its own name. */
function folderWith(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'ds-listing-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  return root;
}

async function listed(root: string, filesExclude?: Record<string, unknown>): Promise<string[]> {
  const paths = await listFolder(root, workspaceFolderFilter(INCLUDE, EXCLUDE, filesExclude));
  return paths.map((p) => relative(root, p).split('\\').join('/')).sort();
}

describe('listing a workspace folder on disk', () => {
  it('lists the files an include pattern matches, hidden ones too, and nothing else', async () => {
    const root = folderWith(['transcripts/a.txt', 'transcripts/2025/b.md', 'transcripts/.hidden/c.txt', 'transcripts/notes.pdf', 'memo.transcript.md', 'memo.md', 'other/d.txt', 'other/transcripts/e.html']);
    try {
      assert.deepEqual(await listed(root), ['memo.transcript.md', 'other/transcripts/e.html', 'transcripts/.hidden/c.txt', 'transcripts/2025/b.md', 'transcripts/a.txt']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('does not enter folders that files.exclude or an exclude pattern ending in /** hides', async () => {
    const root = folderWith(['transcripts/a.txt', 'node_modules/pkg/transcripts/b.txt', 'x/.git/transcripts/c.txt', 'archive/transcripts/d.txt', 'x/archive/transcripts/e.txt', 'y/old/transcripts/f.txt']);
    try {
      // "archive" has no leading **: VS Code anchors it at the folder's root, so x/archive stays.
      assert.deepEqual(await listed(root, { archive: true, '**/old': true, '**/kept': false }), ['transcripts/a.txt', 'x/archive/transcripts/e.txt']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("hides files by files.exclude, and by a when clause only beside the sibling it names", async () => {
    const root = folderWith(['transcripts/a.txt', 'transcripts/a.md', 'transcripts/b.md', 'transcripts/c.bak.txt']);
    try {
      assert.deepEqual(await listed(root, { '**/*.bak.txt': true, '**/*.md': { when: '$(basename).txt' } }), ['transcripts/a.txt', 'transcripts/b.md']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('follows symbolic links, each real folder once, and survives a loop and a broken link', async (t) => {
    const root = folderWith(['transcripts/a.txt', 'elsewhere/b.txt']);
    try {
      try {
        symlinkSync(join(root, 'elsewhere'), join(root, 'transcripts', 'linked'), 'dir');
        symlinkSync(join(root, 'transcripts'), join(root, 'transcripts', 'loop'), 'dir');
        symlinkSync(join(root, 'missing.txt'), join(root, 'transcripts', 'broken.txt'));
        symlinkSync(join(root, 'elsewhere', 'b.txt'), join(root, 'transcripts', 'file-link.txt'));
      } catch {
        t.skip('this system does not let a test make symbolic links');
        return;
      }
      assert.deepEqual(await listed(root), ['transcripts/a.txt', 'transcripts/file-link.txt', 'transcripts/linked/b.txt']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('tells whether files.exclude hides a path the watcher reports, by itself or by a folder above it', () => {
    const filter = workspaceFolderFilter(INCLUDE, EXCLUDE, { archive: true, '**/old': true, '**/*.bak': true, '**/kept': false });
    assert.ok(filter.hides('archive/transcripts/a.txt'));
    assert.ok(filter.hides('y/old/transcripts/f.txt'));
    assert.ok(filter.hides('transcripts/a.bak'));
    assert.ok(!filter.hides('x/archive/transcripts/e.txt'), '"archive" is anchored at the root');
    assert.ok(!filter.hides('kept/transcripts/a.txt'));
    assert.ok(!filter.hides('transcripts/a.txt'));
  });

  it('lists nothing for a folder that is not there', async () => {
    assert.deepEqual(await listFolder(join(tmpdir(), 'ds-listing-none-such'), workspaceFolderFilter(INCLUDE, EXCLUDE, undefined)), []);
  });
});
