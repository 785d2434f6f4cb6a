import { describe, expect, it } from 'vitest';
import { inStartOrder } from '../../../src/tooling/pagefind-index.ts';

describe('pages reach the search index in the order their rendering started', () => {
  it('holds a page that finished early until every page started before it is done', () => {
    const delivered: string[] = [];
    const queue = inStartOrder<string>((page) => delivered.push(page));
    const [a, b, c, d] = [queue.take(), queue.take(), queue.take(), queue.take()];
    queue.put(b, '/b/');
    queue.put(d, '/d/');
    expect(delivered).toEqual([]);
    queue.put(a, '/a/');
    expect(delivered).toEqual(['/a/', '/b/']);
    expect(queue.outstanding).toBe(2);
    queue.put(c, '/c/');
    expect(delivered).toEqual(['/a/', '/b/', '/c/', '/d/']);
    expect(queue.outstanding).toBe(0);
  });

  it('skips pages with nothing to index without holding up the ones after them', () => {
    const delivered: string[] = [];
    const queue = inStartOrder<string>((page) => delivered.push(page));
    const [a, b, c] = [queue.take(), queue.take(), queue.take()];
    queue.put(c, '/c/');
    queue.put(b, undefined);
    queue.put(a, '/a/');
    expect(delivered).toEqual(['/a/', '/c/']);
  });

  it('delivers the same order for every completion order', () => {
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ];
    for (const order of orders) {
      const delivered: number[] = [];
      const queue = inStartOrder<number>((n) => delivered.push(n));
      const tickets = [queue.take(), queue.take(), queue.take(), queue.take()];
      for (const i of order) queue.put(tickets[i]!, i);
      expect(delivered).toEqual([0, 1, 2, 3]);
    }
  });
});
