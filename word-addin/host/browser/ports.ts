/** The small ports a browser provides: time, ids and timers (the same as the tab's; hosts never share code). */
import type { IdGenerator } from '../../../shared/domain/ids.ts';
import type { Clock } from '../../../shared/domain/time.ts';
import type { Scheduler } from '../../../shared/ports/scheduler.ts';

export const systemClock: Clock = { now: () => new Date() };

export const randomIds: IdGenerator = { next: () => crypto.randomUUID() };

export const timeoutScheduler: Scheduler = {
  schedule(delayMs, task) {
    const handle = setTimeout(task, Math.max(0, delayMs));
    return { cancel: () => clearTimeout(handle) };
  },
};
