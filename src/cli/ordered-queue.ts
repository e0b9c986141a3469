/** Work started ahead whose results are handled strictly in the order the work was added. */
export interface OrderedQueue {
  /**
   * Adds started work. Results are handled as soon as they and every earlier one are ready; this waits
   * while more than the limit is pending.
   * @param work The result to come.
   * @param handle What to do with the result, in turn.
   * @param fail What to do, in turn, if the work fails.
   * @throws The error of a handler, which stops the queue.
   */
  add<T>(work: Promise<T>, handle: (result: T) => Promise<void>, fail: (error: unknown) => Promise<void>): Promise<void>;
  /** Waits until every result has been handled. */
  drain(): Promise<void>;
}

interface Item {
  ready: boolean;
  run(): Promise<void>;
  handled: Promise<void>;
  markHandled(): void;
}

/**
 * Creates an ordered queue.
 * @param limit Results that may be pending at once.
 */
export function createOrderedQueue(limit: number): OrderedQueue {
  const items: Item[] = [];
  let pumping = false;
  let stopped = false;
  let failure: unknown;

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    while (!stopped && items.length > 0 && items[0].ready) {
      const item = items[0];
      try {
        await item.run();
      } catch (error) {
        stopped = true;
        failure = error;
      }
      items.shift();
      item.markHandled();
    }
    pumping = false;
    // Once stopped, nothing more is handled: release whoever waits.
    if (stopped) for (const item of items.splice(0)) item.markHandled();
  }

  function throwIfStopped(): void {
    if (stopped) throw failure;
  }

  return {
    async add(work, handle, fail) {
      throwIfStopped();
      let markHandled = () => {};
      const handled = new Promise<void>((resolve) => (markHandled = resolve));
      const item: Item = { ready: false, run: () => work.then(handle, fail), handled, markHandled };
      items.push(item);
      const onSettled = () => {
        item.ready = true;
        void pump();
      };
      work.then(onSettled, onSettled);
      while (items.length > limit) await items[0].handled;
      throwIfStopped();
    },
    async drain() {
      while (items.length > 0) await items[items.length - 1].handled;
      throwIfStopped();
    },
  };
}
