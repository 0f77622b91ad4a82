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
