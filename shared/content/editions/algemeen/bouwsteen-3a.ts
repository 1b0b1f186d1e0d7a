import type { OverlayOp } from '../../overlay.ts';

/** The generic worksheet of bouwsteen 3A with its Voorbeeld examples. */
export const algemeen3A: readonly OverlayOp[] = [];
