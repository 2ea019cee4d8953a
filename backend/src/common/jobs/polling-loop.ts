/**
 * Runs `drain` every `intervalMs`, or at once when woken, never two rounds at a time: a wake during a round
 * starts the next one right after it. Timers are unref'd so a loop never keeps the process alive, and `stop`
 * lets the round in progress finish (a half-done unit of work would only be redone by another replica).
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private wakeRequested = false;
  private started = false;
  private stopped = false;

  constructor(
    private readonly drain: (loop: PollingLoop) => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  /** True once `stop` was called: a round checks it between units of work. */
  get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.started = true;
    this.schedule(0);
  }

  wake(): void {
    if (!this.started || this.stopped) return;
    if (this.draining) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /**
   * One round's work on `lanes` lanes at once: each lane runs `unit` again and again, claiming its own piece of
   * work as a replica would (SKIP LOCKED), until `unit` finds none (false) or the loop is stopping. A lane that
   * throws ends for this round (`onError` says why); the others go on, and the next round starts them all again.
   */
  async drainLanes(
    lanes: number,
    unit: () => Promise<boolean>,
    onError: (error: Error) => void,
  ): Promise<void> {
    const lane = async () => {
      try {
        while (!this.stopped && (await unit())) {
          // Each unit is its own transaction: a slow or failing one never holds back the others' locks.
        }
      } catch (error) {
        onError(error as Error);
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.draining = this.drain(this).finally(() => {
        this.draining = undefined;
        if (this.stopped) return;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }
}
