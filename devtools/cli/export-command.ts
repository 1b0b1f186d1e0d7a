/**
 * The export command: finds a traject in the user's team sites, opens it through the Graph
 * repository (the app's own code path) and writes it as a .docx with the document renderer.
 * Returns the exit code: 0 written, 2 usage or no single traject, 1 anything else.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { findBouwsteen, getEdition } from '../../shared/content/index.ts';
import { renderDocx } from '../../shared/document/docx.ts';
import type { DocumentSelection } from '../../shared/document/render.ts';
import { isKompasError, type ErrorCode } from '../../shared/domain/errors.ts';
import type { Stored, Traject } from '../../shared/domain/model.ts';
import { GraphTrajectRepository } from '../../shared/graph/graph-repository.ts';
import { teamSitePath } from '../../shared/graph/items.ts';
import { GraphTransport } from '../../shared/graph/transport.ts';
import { bouwsteenLabel } from '../../shared/i18n/describe.ts';
import { parseExportArgs, USAGE, type ExportArgs } from './export-args.ts';

export interface ExportIo {
  /** A line on stdout (the written file's path, nothing else). */
  readonly out: (line: string) => void;
  /** A line on stderr (messages for the person at the terminal). */
  readonly err: (line: string) => void;
}

interface Site {
  readonly sitePath: string;
  readonly label: string;
  /** Named with --group: a missing site is an error, not a team to skip. */
  readonly explicit: boolean;
}

interface Candidate {
  readonly site: Site;
  readonly traject: Stored<Traject>;
}

/** Ends the command with an exit code after its message is written. */
class Exit extends Error {
  constructor(readonly code: 0 | 1 | 2) {
    super(`exit ${code}`);
  }
}

const TeamsPageSchema = z.looseObject({
  value: z.array(z.looseObject({ id: z.string().min(1), displayName: z.string().nullish() })),
  '@odata.nextLink': z.string().optional(),
});

/** What to do about each failure, for the person at the terminal. */
const hints: Record<ErrorCode, string> = {
  NotFound: 'Het traject of de teamsite bestaat niet (meer). Controleer --traject en --group.',
  Conflict: 'Iemand wijzigde tegelijk hetzelfde. Probeer het opnieuw.',
  Throttled: 'Microsoft Graph vraagt even te wachten. Probeer het over een paar minuten opnieuw.',
  PermissionDenied:
    'Deze gebruiker heeft geen toegang tot de teamsite. Controleer het token (KOMPAS_GRAPH_TOKEN) en --group.',
  Network: 'Graph is niet bereikbaar. Draait de emulator, en klopt het adres bij --graph?',
  Validation: 'Gegevens in SharePoint konden niet worden gelezen.',
  NotProvisioned:
    'Kompas is niet ingericht in deze teamsite, of het team bestaat niet. Controleer --group, of open Kompas één keer in het team.',
  Unsupported: 'Dit wordt niet ondersteund.',
  Unknown: 'Er ging iets onverwachts mis.',
};

/** Case, spacing and the kind of dash do not matter when matching a name. */
function normalise(s: string): string {
  return s
    .toLocaleLowerCase('nl')
    .replace(/[\u2010-\u2015-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function describe(c: Candidate): string {
  return `  - ${c.traject.naam} (id ${c.traject.id}, team ${c.site.label})`;
}

async function userSites(transport: GraphTransport, groupId: string | undefined): Promise<Site[]> {
  if (groupId !== undefined) return [{ sitePath: teamSitePath(groupId), label: groupId, explicit: true }];
  const sites: Site[] = [];
  let next: string | undefined = '/me/joinedTeams?$select=id,displayName';
  while (next !== undefined) {
    let body: unknown;
    try {
      body = (await transport.call({ method: 'GET', url: next })).body;
    } catch (e) {
      if (isKompasError(e, 'PermissionDenied')) {
        throw new Error(
          'De teams van deze gebruiker zijn niet op te vragen: geef de groep van het team op met --group.',
          {
            cause: e,
          },
        );
      }
      throw e;
    }
    const page = TeamsPageSchema.parse(body);
    for (const team of page.value)
      sites.push({ sitePath: teamSitePath(team.id), label: team.displayName ?? team.id, explicit: false });
    next = page['@odata.nextLink'];
  }
  // A tenant without teams (a bare emulator) keeps Kompas in the root site.
  return sites.length > 0 ? sites : [{ sitePath: '/sites/root', label: 'root', explicit: false }];
}

async function candidatesIn(
  transport: GraphTransport,
  sites: readonly Site[],
  err: ExportIo['err'],
): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const site of sites) {
    try {
      const { trajecten, problems } = await new GraphTrajectRepository({
        transport,
        sitePath: site.sitePath,
      }).listTrajecten();
      if (problems.length > 0)
        err(`Let op: ${problems.length} traject(en) in team ${site.label} zijn onleesbaar en overgeslagen.`);
      for (const traject of trajecten) out.push({ site, traject });
    } catch (e) {
      // A team where Kompas was never opened has no lists: nothing to find there.
      if (!site.explicit && (isKompasError(e, 'NotProvisioned') || isKompasError(e, 'NotFound'))) continue;
      throw e;
    }
  }
  return out;
}

function resolveTraject(query: string, candidates: readonly Candidate[], err: ExportIo['err']): Candidate {
  const byId = candidates.filter((c) => c.traject.id.toLowerCase() === query.toLowerCase());
  const wanted = normalise(query);
  const matches =
    byId.length > 0 ? byId : candidates.filter((c) => normalise(c.traject.naam).includes(wanted));
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) return only;
  if (candidates.length === 0) {
    err('Er zijn geen trajecten gevonden in de teamsites van deze gebruiker.');
  } else if (matches.length === 0) {
    err(`Geen traject gevonden bij "${query}". Beschikbare trajecten:`);
    for (const c of candidates) err(describe(c));
  } else {
    err(`"${query}" past bij ${matches.length} trajecten:`);
    for (const c of matches) err(describe(c));
  }
  err('Geef met --traject het id of een uniek deel van de naam op.');
  throw new Exit(2);
}

async function exportDocument(args: ExportArgs, io: ExportIo): Promise<void> {
  const transport = new GraphTransport({
    baseUrl: args.baseUrl,
    tokens: { getToken: () => Promise.resolve(args.token) },
    timeoutMs: 30_000,
  });
  const sites = await userSites(transport, args.groupId);
  const found = resolveTraject(args.traject, await candidatesIn(transport, sites, io.err), io.err);
  const repository = new GraphTrajectRepository({ transport, sitePath: found.site.sitePath });
  const snapshot = await repository.openTraject(found.traject.id);
  if (snapshot.problems.length > 0) {
    io.err(
      `Let op: ${snapshot.problems.length} item(s) in SharePoint zijn onleesbaar en ontbreken in het document.`,
    );
  }
  const edition = getEdition(snapshot.traject.editie);
  let selection: DocumentSelection = { kind: 'kompas' };
  if (args.bouwsteen !== undefined) {
    if (findBouwsteen(edition, args.bouwsteen) === undefined) {
      io.err(
        `Bouwsteen ${bouwsteenLabel(args.bouwsteen)} staat niet in de editie "${edition.title}". Kies uit: ${edition.bouwstenen.map((b) => bouwsteenLabel(b.id)).join(', ')}.`,
      );
      throw new Exit(2);
    }
    selection = { kind: 'bouwsteen', id: args.bouwsteen };
  }
  // Accounts are never printed (Woo): only people the partnership itself named get a name.
  const displayNames = new Map<string, string>();
  for (const partner of snapshot.partners) {
    if (partner.email !== '' && partner.contactpersoon.trim() !== '') {
      displayNames.set(partner.email, partner.contactpersoon.trim());
      displayNames.set(partner.email.toLowerCase(), partner.contactpersoon.trim());
    }
  }
  const docx = renderDocx(
    { edition, selection, snapshot, options: { guidance: args.guidance, displayNames } },
    { createdAt: new Date() },
  );
  const file = resolve(args.out);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, docx);
  io.out(file);
}

export async function runExport(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: ExportIo,
): Promise<number> {
  const parsed = parseExportArgs(argv, env);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err(USAGE);
    return 2;
  }
  try {
    await exportDocument(parsed.args, io);
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (isKompasError(e)) {
      io.err(`De export is mislukt: ${hints[e.code]}`);
      io.err(`(${e.code}: ${e.message})`);
      return 1;
    }
    io.err(`De export is mislukt: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
