/** The export CLI's arguments and environment, validated; separate from the command so tests check them in process. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEMO_UPN } from '../../shared/auth/demo.ts';
import { BouwsteenIdSchema, type BouwsteenId } from '../../shared/content/schema.ts';

export const USAGE =
  'Gebruik: npm run export -- --graph <url> --traject <id of uniek deel van de naam> [--bouwsteen <id>] [--zonder-toelichting] [--group <groeps-id>] --out <bestand.docx>';

/** Hosts that are the local emulator: there the demo user signs in without a token. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const ArgsSchema = z.strictObject({
  graph: z
    .string({ error: '--graph is verplicht: het adres van de Graph-emulator of https://graph.microsoft.com' })
    .pipe(z.url({ protocol: /^https?$/, error: '--graph moet een http- of https-adres zijn' })),
  traject: z
    .string({ error: '--traject is verplicht: het id of een uniek deel van de naam' })
    .trim()
    .min(1, '--traject mag niet leeg zijn'),
  // "0-A", "0a" and "0A" all name bouwsteen 0-A, as the NJi writes it.
  bouwsteen: z
    .string()
    .transform((s) => s.trim().toUpperCase().replace(/[-\s]/g, ''))
    .pipe(
      z.enum(BouwsteenIdSchema.options, {
        error: '--bouwsteen moet een van 0-A, 0-B, 1-A, 1-B, 2, 3-A, 3-B, 4, 5 of 6 zijn',
      }),
    )
    .optional(),
  'zonder-toelichting': z.boolean().default(false),
  group: z.string().trim().min(1, '--group mag niet leeg zijn').optional(),
  out: z
    .string({ error: '--out is verplicht: het .docx-bestand om te schrijven' })
    .min(1, '--out mag niet leeg zijn')
    .refine((s) => s.toLowerCase().endsWith('.docx'), '--out moet eindigen op .docx'),
});

const EnvSchema = z.object({
  KOMPAS_GRAPH_TOKEN: z
    .string()
    .transform((s) => s.trim())
    .optional(),
});

export interface ExportArgs {
  /** The Graph version root, `…/v1.0`. */
  readonly baseUrl: string;
  readonly token: string;
  readonly traject: string;
  readonly bouwsteen: BouwsteenId | undefined;
  readonly guidance: 'include' | 'omit';
  readonly groupId: string | undefined;
  readonly out: string;
}

export type ParsedExportArgs =
  { readonly ok: true; readonly args: ExportArgs } | { readonly ok: false; readonly message: string };

/** `http://127.0.0.1:4100` and `https://graph.microsoft.com/v1.0/` both become the version root. */
export function graphBaseUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/v1\.0$/.test(trimmed) ? trimmed : `${trimmed}/v1.0`;
}

export function parseExportArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedExportArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        graph: { type: 'string' },
        traject: { type: 'string' },
        bouwsteen: { type: 'string' },
        'zonder-toelichting': { type: 'boolean' },
        group: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Ongeldige argumenten' };
  const args = parsed.data;
  const { KOMPAS_GRAPH_TOKEN } = EnvSchema.parse(env);
  const local = LOCAL_HOSTS.has(new URL(args.graph).hostname);
  // The emulator reads an e-mail address as the signed-in user; real Graph needs a real token.
  const token =
    KOMPAS_GRAPH_TOKEN !== undefined && KOMPAS_GRAPH_TOKEN !== '' ? KOMPAS_GRAPH_TOKEN : undefined;
  if (token === undefined && !local) {
    return {
      ok: false,
      message:
        'Voor Microsoft Graph is een toegangstoken nodig: zet het in de omgevingsvariabele KOMPAS_GRAPH_TOKEN (en geef de groep van het team op met --group).',
    };
  }
  return {
    ok: true,
    args: {
      baseUrl: graphBaseUrl(args.graph),
      // The emulator signs in the user an e-mail-address token names: the demo user.
      token: token ?? DEMO_UPN,
      traject: args.traject,
      bouwsteen: args.bouwsteen,
      guidance: args['zonder-toelichting'] ? 'omit' : 'include',
      groupId: args.group,
      out: args.out,
    },
  };
}
