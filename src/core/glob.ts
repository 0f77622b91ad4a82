// Glob patterns as VS Code settings write them ("**/transcripts/**/*.{txt,md}"), for testing a
// path that a file watcher reported against the include and exclude settings.

function escape(ch: string): string {
  return /[.+^$()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}

export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // "**/" is any number of folders, "**" alone anything at all.
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      inBraces++;
      out += '(?:';
    } else if (ch === '}' && inBraces > 0) {
      inBraces--;
      out += ')';
    } else if (ch === ',' && inBraces > 0) out += '|';
    else out += escape(ch);
  }
  return new RegExp(`^${out}$`);
}

const compiled = new Map<string, RegExp>();

/** Whether a workspace-relative path (with "/") matches any of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/');
  return patterns.some((p) => {
    let regex = compiled.get(p);
    if (!regex) compiled.set(p, (regex = globToRegExp(p)));
    return regex.test(path);
  });
}

/** Which folders and files a listing of a workspace folder leaves out, and which files it keeps. */
export interface FolderFilter {
  /** A folder left out with everything under it. */
  skipFolder(relative: string): boolean;
  /** A file listed; `siblings` names every entry of its folder (for `files.exclude`'s `when` clauses). */
  keepFile(relative: string, siblings: ReadonlySet<string>): boolean;
  /** Whether `files.exclude` hides a path, itself or by a folder above it (`when` clauses aside: they need the folder's listing). */
  hides(relative: string): boolean;
}

/**
 * What `vscode.workspace.findFiles(include)` lists in one folder, as a filter: files that match an
 * include pattern and that `files.exclude` (its setting's object: a pattern → true, or to
 * `{ when: "$(basename).ts" }`, true only beside such a sibling) does not hide, itself or by a
 * folder above. Folders that an `exclude` pattern ending in "/**" hides whole are not entered
 * (node_modules); single files the exclude patterns hide are the caller's to drop, as after `findFiles`.
 */
export function workspaceFolderFilter(include: readonly string[], exclude: readonly string[], filesExclude: Readonly<Record<string, unknown>> | undefined): FolderFilter {
  const hidden: string[] = [];
  const besides: { pattern: string; sibling: string }[] = [];
  for (const [pattern, value] of Object.entries(filesExclude ?? {})) {
    // VS Code anchors a pattern without a leading "**" at the folder's root; a leading "/" says so too.
    const anchored = pattern.startsWith('/') ? pattern.slice(1) : pattern;
    if (value === true) hidden.push(anchored);
    else if (value && typeof value === 'object' && typeof (value as { when?: unknown }).when === 'string') besides.push({ pattern: anchored, sibling: (value as { when: string }).when });
  }
  const wholeFolders = exclude.filter((p) => p.endsWith('/**')).map((p) => p.slice(0, -3));
  const name = (relative: string) => relative.slice(relative.lastIndexOf('/') + 1);
  return {
    skipFolder: (relative) => matchesAny(relative, hidden) || matchesAny(relative, wholeFolders),
    keepFile(relative, siblings) {
      if (!matchesAny(relative, include) || matchesAny(relative, hidden)) return false;
      const own = name(relative);
      const basename = own.includes('.') ? own.slice(0, own.lastIndexOf('.')) : own;
      return !besides.some((b) => matchesAny(relative, [b.pattern]) && siblings.has(b.sibling.replace(/\$\(basename\)/g, basename)));
    },
    hides(relative) {
      const parts = relative.split('/');
      for (let i = 1; i <= parts.length; i++) if (matchesAny(parts.slice(0, i).join('/'), hidden)) return true;
      return false;
    },
  };
}
