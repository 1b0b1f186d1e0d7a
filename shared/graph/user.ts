/** The signed-in user and their teams, read through the one Graph transport; both hosts use it. */
import { z } from 'zod';
import type { GraphTransport } from './transport.ts';

const TeamSchema = z.looseObject({ id: z.string().min(1), displayName: z.string().nullish() });
const TeamsPageSchema = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});
const MeSchema = z.looseObject({
  displayName: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  mail: z.string().nullish(),
});

export interface JoinedTeam {
  readonly groupId: string;
  readonly displayName: string;
}

/** `GET /me/joinedTeams`, every page, in Graph's order; items that do not read as a team are skipped. */
export async function joinedTeams(transport: Pick<GraphTransport, 'call'>): Promise<JoinedTeam[]> {
  const teams: JoinedTeam[] = [];
  let next: string | undefined = '/me/joinedTeams?$select=id,displayName';
  while (next !== undefined) {
    const page = TeamsPageSchema.safeParse((await transport.call({ method: 'GET', url: next })).body);
    if (!page.success) break;
    for (const raw of page.data.value) {
      const team = TeamSchema.safeParse(raw);
      if (team.success)
        teams.push({ groupId: team.data.id, displayName: team.data.displayName ?? team.data.id });
    }
    next = page.data['@odata.nextLink'];
  }
  return teams;
}

/** `GET /me`: who is signed in, as the store records authors. */
export async function me(
  transport: Pick<GraphTransport, 'call'>,
): Promise<{ readonly upn: string | undefined; readonly displayName: string | undefined }> {
  const parsed = MeSchema.safeParse((await transport.call({ method: 'GET', url: '/me' })).body);
  if (!parsed.success) return { upn: undefined, displayName: undefined };
  return {
    upn: parsed.data.userPrincipalName ?? parsed.data.mail ?? undefined,
    displayName: parsed.data.displayName ?? undefined,
  };
}

/** `GET /me`: the display name, or undefined when Graph does not say. */
export async function myDisplayName(transport: Pick<GraphTransport, 'call'>): Promise<string | undefined> {
  return (await me(transport)).displayName;
}
