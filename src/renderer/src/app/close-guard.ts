/** A feature's "save what is pending now and wait for it" step, run before the window closes. */
export type CloseFlush = () => Promise<unknown>;

export interface CloseGuard {
  /** Adds a flush; returns the function that removes it again. */
  register(flush: CloseFlush): () => void;
  /**
   * Runs every registered flush at once and waits for all of them: one that fails or throws does
   * not stop the others, and with nothing registered it settles at once.
   */
  flushAll(): Promise<void>;
}

export function createCloseGuard(): CloseGuard {
  const flushes = new Set<CloseFlush>();
  return {
    register(flush) {
      // A wrapper per registration: the same function registered twice is two entries.
      const entry: CloseFlush = () => flush();
      flushes.add(entry);
      return () => {
        flushes.delete(entry);
      };
    },
    async flushAll() {
      await Promise.allSettled([...flushes].map(async (flush) => flush()));
    },
  };
}
