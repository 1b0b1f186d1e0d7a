/**
 * Test controls under `/_emulator/` (no sign-in): fault injection, request statistics,
 * resetting the tenant, and per-site permission flags.
 */
import { z } from 'zod';
import { GraphError, parseOr400 } from './errors.ts';
import { FaultConfigSchema, type FaultInjector, type Stats } from './faults.ts';
import { AccessSchema } from './model.ts';
import { noContent, ok, type GraphResponse } from './routes.ts';
import type { EmulatorStore } from './store.ts';

export interface ControlContext {
  readonly store: EmulatorStore;
  readonly faults: FaultInjector;
  readonly stats: Stats;
  /** Empties the tenant, then re-runs the start-up seed when `reseed` is set. */
  readonly reset: (reseed: boolean) => Promise<void>;
}

const ResetSchema = z.strictObject({ reseed: z.boolean().default(false) });
const PermissionSchema = z
  .strictObject({
    site: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    user: z.string().min(1),
    access: AccessSchema,
  })
  .refine((p) => (p.site === undefined) !== (p.group === undefined), 'give either site or group');

export async function control(
  ctx: ControlContext,
  method: string,
  path: string,
  body: unknown,
): Promise<GraphResponse> {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_emulator/health':
      return ok({ status: 'ok' });
    case 'POST /_emulator/faults': {
      const config = parseOr400(FaultConfigSchema, body ?? {});
      ctx.faults.configure(config);
      return ok({ faults: config });
    }
    case 'GET /_emulator/faults':
      return ok({ faults: ctx.faults.current() ?? null });
    case 'DELETE /_emulator/faults':
      ctx.faults.clear();
      return noContent();
    case 'GET /_emulator/stats':
      return ok(ctx.stats.view());
    case 'POST /_emulator/stats/reset':
      ctx.stats.reset();
      return noContent();
    case 'POST /_emulator/reset': {
      const { reseed } = parseOr400(ResetSchema, body ?? {});
      await ctx.reset(reseed);
      return noContent();
    }
    case 'POST /_emulator/permissions': {
      const input = parseOr400(PermissionSchema, body);
      const siteId = input.group === undefined ? (input.site ?? 'root') : ctx.store.groupSite(input.group).id;
      ctx.store.setAccess(siteId, input.user, input.access);
      return noContent();
    }
    default:
      throw new GraphError(404, 'itemNotFound', `No emulator control at ${route}.`);
  }
}
