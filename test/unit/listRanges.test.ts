import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHILDREN_MAX, childRanges, rangeText } from '../../src/core/listRanges';

/** The ranges as "start-end/size" for short assertions. */
function shown(from: number, to: number): string[] | null {
  return childRanges(from, to)?.map((r) => `${r.start}-${r.end}/${r.size}`) ?? null;
}

describe('childRanges (long lists in the tree views)', () => {
  it('lists up to 100 children as they are', () => {
    assert.equal(CHILDREN_MAX, 100);
    assert.equal(childRanges(0, 0), null);
    assert.equal(childRanges(0, 100), null);
    assert.equal(childRanges(250, 350), null);
  });

  it('puts 101 to 10,000 children in ranges of 100, the last one holding what is left', () => {
    assert.deepEqual(shown(0, 101), ['0-100/100', '100-101/100']);
    assert.deepEqual(shown(0, 251), ['0-100/100', '100-200/100', '200-251/100']);
    const full = childRanges(0, 10_000)!;
    assert.equal(full.length, 100);
    assert.deepEqual(full[99], { start: 9_900, end: 10_000, size: 100 });
  });

  it('puts more than 10,000 in ranges of 10,000, and a range of those again in ranges of 100', () => {
    assert.deepEqual(shown(0, 10_001), ['0-10000/10000', '10000-10001/10000']);
    assert.deepEqual(shown(0, 25_183), ['0-10000/10000', '10000-20000/10000', '20000-25183/10000']);
    // Opening the second range: its 10,000 children from 10,000 on, in ranges of 100.
    const inner = childRanges(10_000, 20_000)!;
    assert.equal(inner.length, 100);
    assert.deepEqual(inner[0], { start: 10_000, end: 10_100, size: 100 });
    assert.deepEqual(shown(20_000, 25_183)?.slice(-1), ['25100-25183/100']);
    // A million and one: ranges of a million.
    assert.deepEqual(shown(0, 1_000_001), ['0-1000000/1000000', '1000000-1000001/1000000']);
  });

  it('covers every child once, in order, at any size', () => {
    for (const [from, to] of [[0, 101], [7, 9_999], [0, 123_456], [500, 20_500]]) {
      let at = from;
      for (const r of childRanges(from, to)!) {
        assert.equal(r.start, at);
        assert.ok(r.end > r.start && r.end - r.start <= r.size);
        at = r.end;
      }
      assert.equal(at, to);
      assert.ok(childRanges(from, to)!.length <= CHILDREN_MAX);
    }
  });

  it('names a range by its first and last child, counted from 1', () => {
    assert.equal(rangeText(0, 100), '1–100');
    assert.equal(rangeText(10_000, 25_183), '10,001–25,183');
  });
});
