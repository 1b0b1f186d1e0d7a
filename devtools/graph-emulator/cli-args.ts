/** The emulator CLI's arguments, validated; separate from `cli.ts` so tests can check them in process. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE =
  'Usage: npm run emulator -- --port <port> [--data <dir>] [--seed demo|large|none] [--host <host>]';

const ArgsSchema = z.strictObject({
  port: z
    .string({ error: '--port is required' })
    .regex(/^\d+$/, '--port must be a number')
    .transform(Number)
    .pipe(z.number().int().max(65535, '--port must be at most 65535')),
  data: z.string().min(1, '--data needs a folder').optional(),
  seed: z.enum(['demo', 'large', 'none'], { error: '--seed must be demo, large or none' }).default('none'),
  host: z.string().min(1).default('127.0.0.1'),
});
export type CliArgs = z.output<typeof ArgsSchema>;

export type ParsedArgs =
  { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly message: string };

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'string' },
        host: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid arguments' };
  return { ok: true, args: parsed.data };
}
