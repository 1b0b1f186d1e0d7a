/**
 * Sign-out across the user's Kompas windows on this device. Signing out removes every window's
 * unsent changes from storage (shared/application/pending), so the other windows must stop too,
 * or they would keep sending and showing work under a session the person ended.
 *
 * BroadcastChannel only reaches pages of the same origin (HTML, "Broadcasting to other browsing
 * contexts"), so there is no foreign origin to check; the message is still parsed and must name
 * this user, as two people may use Kompas in one browser profile one after the other.
 */
import { z } from 'zod';

const CHANNEL = 'kompas:session';

const SignedOutSchema = z.object({ kind: z.literal('signed-out'), user: z.string() });

/** The part of `BroadcastChannel` used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close(): void;
}

export interface SessionChannel {
  /** Tells the other windows that this user signed out. */
  announceSignOut(): void;
  /** Runs `handler` when another window of this user signed out. */
  onSignOut(handler: () => void): () => void;
}

function userOf(upn: string): string {
  return upn.trim().toLowerCase();
}

export function sessionChannel(upn: string, open: (name: string) => ChannelLike): SessionChannel {
  const user = userOf(upn);
  const channel = open(CHANNEL);
  return {
    announceSignOut: () => channel.postMessage({ kind: 'signed-out', user }),
    onSignOut: (handler) => {
      const listener = (event: { readonly data: unknown }) => {
        const message = SignedOutSchema.safeParse(event.data);
        if (message.success && message.data.user === user) handler();
      };
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}

/** Undefined where the browser has no BroadcastChannel: then only this window signs out. */
export function browserSessionChannel(upn: string): SessionChannel | undefined {
  return typeof BroadcastChannel === 'undefined'
    ? undefined
    : sessionChannel(upn, (name) => new BroadcastChannel(name));
}
