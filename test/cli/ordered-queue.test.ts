import { describe, expect, it } from 'vitest';
import { createOrderedQueue } from '../../src/cli/ordered-queue.js';

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createOrderedQueue', () => {
  it('handles results in the order the work was added, whatever order it finishes in', async () => {
    const queue = createOrderedQueue(10);
    const handled: string[] = [];
    const works = [deferred<string>(), deferred<string>(), deferred<string>()];
    for (const work of works) await queue.add(work.promise, async (value) => void handled.push(value), async () => {});
    works[2].resolve('c');
    works[1].resolve('b');
    await tick();
    expect(handled).toEqual([]);
    works[0].resolve('a');
    await queue.drain();
    expect(handled).toEqual(['a', 'b', 'c']);
  });

  it('handles a ready result at once, without waiting for more work to be added', async () => {
    const queue = createOrderedQueue(10);
    const handled: number[] = [];
    await queue.add(Promise.resolve(1), async (value) => void handled.push(value), async () => {});
    await tick();
    expect(handled).toEqual([1]);
  });

  it('hands failures to their own handler, in turn', async () => {
    const queue = createOrderedQueue(10);
    const events: string[] = [];
    await queue.add(Promise.reject(new Error('x')), async () => {}, async (error) => void events.push((error as Error).message));
    await queue.add(Promise.resolve('y'), async (value) => void events.push(value), async () => {});
    await queue.drain();
    expect(events).toEqual(['x', 'y']);
  });

  it('makes add wait while more than the limit is pending', async () => {
    const queue = createOrderedQueue(1);
    const first = deferred<number>();
    await queue.add(first.promise, async () => {}, async () => {});
    let added = false;
    const adding = queue.add(Promise.resolve(2), async () => {}, async () => {}).then(() => (added = true));
    await tick();
    expect(added).toBe(false);
    first.resolve(1);
    await adding;
    expect(added).toBe(true);
  });

  it('stops and throws when a handler throws', async () => {
    const queue = createOrderedQueue(10);
    await queue.add(Promise.resolve(1), async () => {
      throw new Error('broken handler');
    }, async () => {});
    await expect(queue.drain()).rejects.toThrow('broken handler');
    await expect(queue.add(Promise.resolve(2), async () => {}, async () => {})).rejects.toThrow('broken handler');
  });
});
