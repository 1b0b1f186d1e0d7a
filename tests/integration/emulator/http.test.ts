import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupInfo } from '../../../devtools/graph-emulator/store.ts';
import { ANNE, errorCode, json, uniqueName, useEmulator, values, type Json } from './helpers.ts';

const { graph, control, emulator } = useEmulator();
let team: GroupInfo;
let other: GroupInfo;

beforeAll(() => {
  const store = emulator().store;
  store.addUser({ upn: ANNE, displayName: 'Anne de Vries' });
  team = store.createGroup({ displayName: 'Jeugd Voorbeeldstad', members: [ANNE, 'bram@voorbeeldstad.nl'] });
  other = store.createGroup({ displayName: 'Onderwijs', members: ['bram@voorbeeldstad.nl'] });
});

describe('errors and sign-in', () => {
  it('answers 401 InvalidAuthenticationToken in Graph’s error shape without a token', async () => {
    for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Basic abc' }]) {
      const reply = await graph('GET', '/me', {
        token: null,
        headers: { ...headers, 'client-request-id': 'mijn-id' },
      });
      expect(reply.status).toBe(401);
      const error = json(reply)['error'] as Json;
      expect(Object.keys(error).sort()).toEqual(['code', 'innerError', 'message']);
      expect(error['code']).toBe('InvalidAuthenticationToken');
      const inner = error['innerError'] as Json;
      expect(inner['request-id']).toBe(reply.headers.get('request-id'));
      expect(inner['client-request-id']).toBe('mijn-id');
      expect(reply.headers.get('client-request-id')).toBe('mijn-id');
      expect(String(inner['date'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    }
  });

  it('signs in the user the token names, or the demo user', async () => {
    expect(json(await graph('GET', '/me'))).toMatchObject({
      userPrincipalName: ANNE,
      displayName: 'Anne de Vries',
    });
    expect(
      json(await graph('GET', '/me', { token: 'user:cees@voorbeeldstad.nl' }))['userPrincipalName'],
    ).toBe('cees@voorbeeldstad.nl');
    expect(json(await graph('GET', '/me', { token: 'eyJhbGciOi.anything' }))['userPrincipalName']).toBe(
      'demo@voorbeeldstad.nl',
    );
  });

  it('answers unknown paths, wrong methods and unreadable JSON with Graph errors', async () => {
    const unknown = await graph('GET', '/nergens');
    expect(unknown.status).toBe(400);
    expect(errorCode(unknown)).toBe('BadRequest');
    expect((await graph('DELETE', '/sites/root')).status).toBe(405);
    const broken = await fetch(`${emulator().url}/v1.0/sites/root/lists`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ANNE}`, 'content-type': 'application/json' },
      body: '{"displayName":',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: Json }).error['code']).toBe('BadRequest');
  });
});

describe('tenant', () => {
  it('has a root site, groups with team sites, and the user’s joined teams', async () => {
    const root = json(await graph('GET', '/sites/root'));
    expect(root['root']).toEqual({});
    expect(json(await graph('GET', `/sites/${String(root['id'])}`))['id']).toBe(root['id']);

    const joined = values(await graph('GET', '/me/joinedTeams')).map((t) => t['id']);
    expect(joined).toContain(team.id);
    expect(joined).not.toContain(other.id);
    expect(json(await graph('GET', `/groups/${team.id}`))).toMatchObject({
      displayName: 'Jeugd Voorbeeldstad',
    });
    expect(errorCode(await graph('GET', '/groups/onbekend'))).toBe('Request_ResourceNotFound');

    const site = json(await graph('GET', `/groups/${team.id}/sites/root`));
    expect(site['id']).toBe(team.siteId);
    expect(site['webUrl']).toMatch(/\/sites\/JeugdVoorbeeldstad$/);
    const missing = await graph('GET', '/groups/00000000-0000-0000-0000-000000000000/sites/root');
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('itemNotFound');
  });

  it('addresses a team site’s lists and items through the group as through the site id', async () => {
    const displayName = uniqueName('Teamlijst');
    const created = await graph('POST', `/groups/${team.id}/sites/root/lists`, { body: { displayName } });
    expect(created.status).toBe(201);
    const item = json(
      await graph('POST', `/groups/${team.id}/sites/root/lists/${displayName}/items`, {
        body: { fields: { Title: 'a' } },
      }),
    );
    const viaSite = json(
      await graph('GET', `/sites/${team.siteId}/lists/${displayName}/items/${String(item['id'])}`),
    );
    expect(viaSite['eTag']).toBe(item['eTag']);
    expect(emulator().store.list('root', displayName)).toBeUndefined();
  });
});

describe('permissions', () => {
  it('answers 403 accessDenied for a read-only user’s writes and for a user without access', async () => {
    const displayName = uniqueName('Rechten');
    await graph('POST', `/sites/${other.siteId}/lists`, { body: { displayName } });
    const items = `/sites/${other.siteId}/lists/${displayName}/items`;
    const store = emulator().store;

    store.setAccess(other.siteId, 'lezer@voorbeeldstad.nl', 'read');
    const reader = { token: 'lezer@voorbeeldstad.nl' };
    expect((await graph('GET', items, reader)).status).toBe(200);
    const write = await graph('POST', items, { ...reader, body: { fields: { Title: 'x' } } });
    expect(write.status).toBe(403);
    expect(errorCode(write)).toBe('accessDenied');
    expect(store.items(other.siteId, displayName)).toHaveLength(0);

    expect(
      (
        await control('POST', '/permissions', {
          group: other.id,
          user: 'buiten@voorbeeldstad.nl',
          access: 'none',
        })
      ).status,
    ).toBe(204);
    const outsider = await graph('GET', items, { token: 'buiten@voorbeeldstad.nl' });
    expect(outsider.status).toBe(403);
    expect(errorCode(outsider)).toBe('accessDenied');
    expect((await graph('GET', items)).status).toBe(200);

    await control('POST', '/permissions', {
      group: other.id,
      user: 'buiten@voorbeeldstad.nl',
      access: 'write',
    });
    expect((await graph('GET', items, { token: 'buiten@voorbeeldstad.nl' })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers a preflight from another localhost port and exposes the headers the app reads', async () => {
    const origin = 'http://localhost:53000';
    const preflight = await fetch(`${emulator().url}/v1.0/sites/root/lists`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,content-type,if-match,prefer',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'if-match', 'prefer', 'client-request-id']) {
      expect(allowed).toContain(header);
    }
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');

    const get = await fetch(`${emulator().url}/v1.0/me`, {
      headers: { origin, authorization: `Bearer ${ANNE}` },
    });
    const exposed = (get.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    for (const header of ['retry-after', 'request-id', 'etag']) expect(exposed).toContain(header);

    const foreign = await fetch(`${emulator().url}/v1.0/me`, {
      headers: { origin: 'https://elders.example', authorization: `Bearer ${ANNE}` },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
