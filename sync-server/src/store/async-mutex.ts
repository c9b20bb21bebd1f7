// Runs on the server. A first-come-first-served lock for async work: better-sqlite3 has one
// synchronous connection, so a transaction that awaits (e.g. a redemption computing slots) must
// keep every other transaction out until it commits.
export class AsyncMutex {
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;

  /** Runs `work` when every earlier caller is done; releases the lock however `work` ends. */
  async runExclusive<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => { release = resolve; });
    this.#pending += 1;
    try {
      await previous;
      return await work();
    } finally {
      this.#pending -= 1;
      release();
    }
  }

  /** True while some caller holds or waits for the lock. */
  get busy(): boolean {
    return this.#pending > 0;
  }

  /** Resolves once everyone who asked so far is done. */
  async idle(): Promise<void> {
    await this.#tail;
  }
}
