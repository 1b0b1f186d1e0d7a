/**
 * Keeps the emulator's state in a folder across restarts: one JSON file, written atomically
 * (a temporary file renamed over the old one, so a crash never leaves half a file), at most
 * every 250 ms after a change, and once more on close. Without a folder the state is memory only.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotSchema } from './model.ts';
import type { EmulatorStore } from './store.ts';

export const STATE_FILE = 'graph-emulator-state.json';
const WRITE_DELAY_MS = 250;

export class Persistence {
  private readonly file: string;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private counter = 0;

  constructor(
    private readonly dir: string,
    private readonly store: EmulatorStore,
  ) {
    this.file = join(dir, STATE_FILE);
  }

  /** Restores the saved state; `false` when the folder is new or holds none (then the caller seeds). */
  load(): boolean {
    mkdirSync(this.dir, { recursive: true });
    if (!existsSync(this.file)) return false;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch (cause) {
      throw new Error(`The emulator state in ${this.file} is not valid JSON.`, { cause });
    }
    const parsed = SnapshotSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`The emulator state in ${this.file} does not match this emulator version.`, {
        cause: parsed.error,
      });
    }
    this.store.restore(parsed.data);
    return true;
  }

  /** Marks the state changed; many changes in a row are written once. */
  schedule(): void {
    this.dirty = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => {
        console.error('Graph emulator: saving the state failed', error);
      });
    }, WRITE_DELAY_MS);
    this.timer.unref();
  }

  /** Writes now if anything changed; resolves when the file is in place. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    // A failed write must not block the ones after it.
    this.writing = this.writing.catch(() => undefined).then(() => this.writeIfDirty());
    return this.writing;
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    this.counter += 1;
    const temporary = `${this.file}.${process.pid}.${this.counter}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify(this.store.snapshot()));
      await rename(temporary, this.file);
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }
}
