// Long lists in a tree view, listed a range at a time.

/**
 * At most this many children a tree node lists; more are grouped in ranges of this many (or of its
 * square, and so on), as VS Code's debugger groups a long array. VS Code takes a node's children
 * all at once: the 25,000 sections of a 50 MB transcript held the extension host for 2 s.
 */
export const CHILDREN_MAX = 100;

/** Children `start`–`end` (end excluded) of a list, in a range that holds up to `size` of them. */
export interface ChildRange {
  start: number;
  end: number;
  /** The range's size as cut (the last one of a list may hold fewer): with `start`, what names it while the list grows. */
  size: number;
}

/** The ranges that children `from`–`to` (end excluded) are listed in, or null when they are few enough to list. */
export function childRanges(from: number, to: number): ChildRange[] | null {
  if (to - from <= CHILDREN_MAX) return null;
  let size = CHILDREN_MAX;
  while (Math.ceil((to - from) / size) > CHILDREN_MAX) size *= CHILDREN_MAX;
  const ranges: ChildRange[] = [];
  for (let start = from; start < to; start += size) ranges.push({ start, end: Math.min(to, start + size), size });
  return ranges;
}

/** How a range is named to a person: its first and last child, counted from 1 ("101–200"). */
export function rangeText(start: number, end: number): string {
  return `${(start + 1).toLocaleString('en')}–${end.toLocaleString('en')}`;
}
