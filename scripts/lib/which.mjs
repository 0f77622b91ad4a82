import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The full path of `command` on PATH, or undefined (no shelling out to `which`). */
export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}
