/**
 * Deferred work without timers in the core: hosts wrap `setTimeout`, tests drive time by hand.
 */
export interface Scheduler {
  /** Runs `task` once, no sooner than `delayMs` milliseconds from now. */
  schedule(delayMs: number, task: () => void): ScheduledTask;
}

export interface ScheduledTask {
  /** Stops the task if it has not run yet; harmless afterwards. */
  cancel(): void;
}
