import { load as parseYaml, JSON_SCHEMA } from 'js-yaml';

export interface FrontMatter {
  /** Lines the block occupies, fences included; -1 when there is none. */
  endLine: number;
  data: Record<string, unknown>;
}

const NONE: FrontMatter = { endLine: -1, data: {} };

/** A YAML front matter block opened by `---` on the first line and closed by `---` or `...`. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines.length < 2 || lines[0].trim() !== '---') return NONE;
  const limit = Math.min(lines.length, 500);
  for (let i = 1; i < limit; i++) {
    const fence = lines[i].trim();
    if (fence !== '---' && fence !== '...') continue;
    try {
      const data: unknown = parseYaml(lines.slice(1, i).join('\n'), { schema: JSON_SCHEMA });
      return { endLine: i, data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
    } catch {
      // A broken block is still not transcript text; its fields are simply not used.
      return { endLine: i, data: {} };
    }
  }
  return NONE;
}

export function stringField(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}
