import type { OverlayOp } from '../../overlay.ts';

/** The generic worksheet of bouwsteen 2 with its Voorbeeld examples. */
export const algemeen2: readonly OverlayOp[] = [];
