/**
 * The sign-out channel between the user's Kompas windows (tab/host/browser/session-channel.ts).
 * BroadcastChannel is same-origin only, so what is checked is the message itself: only a
 * well-formed sign-out of this very user signs this window out.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  browserSessionChannel,
  sessionChannel,
  type ChannelLike,
} from '../../../tab/host/browser/session-channel.ts';

type Listener = (event: { readonly data: unknown }) => void;

/** Channels of one name in one origin: what one posts, the others hear (not itself). */
class Bus {
  readonly channels = new Set<FakeChannel>();
  open = (name: string): FakeChannel => new FakeChannel(this, name);
}

class FakeChannel implements ChannelLike {
  readonly listeners = new Set<Listener>();
  constructor(
    readonly bus: Bus,
    readonly name: string,
  ) {
    bus.channels.add(this);
  }
  postMessage(message: unknown): void {
    for (const other of this.bus.channels) {
      if (other !== this && other.name === this.name) for (const l of other.listeners) l({ data: message });
    }
  }
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  close(): void {
    this.bus.channels.delete(this);
  }
}

describe('session channel', () => {
  it('signs out the user’s other windows, however the UPN is spelt, and not the window that sent it', () => {
    const bus = new Bus();
    const a = sessionChannel('An@Voorbeeldstad.nl', bus.open);
    const b = sessionChannel('an@voorbeeldstad.nl ', bus.open);
    let heardA = 0;
    let heardB = 0;
    a.onSignOut(() => heardA++);
    const stop = b.onSignOut(() => heardB++);
    a.announceSignOut();
    expect([heardA, heardB]).toEqual([0, 1]);
    stop();
    a.announceSignOut();
    expect(heardB).toBe(1);
  });

  it('ignores another user’s sign-out and anything that is not a sign-out', () => {
    const bus = new Bus();
    const an = sessionChannel('an@voorbeeldstad.nl', bus.open);
    const bas = sessionChannel('bas@voorbeeldstad.nl', bus.open);
    const raw = bus.open('kompas:session');
    let heard = 0;
    an.onSignOut(() => heard++);
    bas.announceSignOut();
    for (const data of [
      undefined,
      'signed-out',
      { kind: 'signed-out' },
      { kind: 'signed-in', user: 'an@voorbeeldstad.nl' },
      { kind: 'signed-out', user: ['an@voorbeeldstad.nl'] },
    ]) {
      raw.postMessage(data);
    }
    expect(heard).toBe(0);
    raw.postMessage({ kind: 'signed-out', user: 'an@voorbeeldstad.nl' });
    expect(heard).toBe(1);
  });

  it('is absent where the browser has no BroadcastChannel', () => {
    expect(browserSessionChannel('an@voorbeeldstad.nl')).toBeDefined();
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      expect(browserSessionChannel('an@voorbeeldstad.nl')).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
