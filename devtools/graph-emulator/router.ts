/**
 * Maps a `/v1.0` path to a route: the signed-in user and their teams, groups, sites (by id,
 * `root`, or a group's team site) and the calendar. Unknown paths get Graph's 400 for an
 * unknown segment.
 */
import { GraphError } from './errors.ts';
import { calendarRoute } from './events.ts';
import {
  matchPattern,
  methodNotAllowed,
  ok,
  segmentNotFound,
  type GraphRequest,
  type Route,
} from './routes.ts';
import { siteRoute } from './sharepoint-routes.ts';
import { MAIL_DOMAIN, TENANT_ID, type EmulatorStore, type GroupInfo } from './store.ts';

function renderUser(store: EmulatorStore, upn: string): Record<string, unknown> {
  const user = store.user(upn);
  const [given, ...rest] = user.displayName.split(' ');
  return {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
    businessPhones: [],
    displayName: user.displayName,
    givenName: given ?? null,
    jobTitle: null,
    mail: user.upn,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'nl-NL',
    surname: rest.length > 0 ? rest.join(' ') : null,
    userPrincipalName: user.upn,
    id: user.id,
  };
}

function renderGroup(group: GroupInfo): Record<string, unknown> {
  return {
    id: group.id,
    displayName: group.displayName,
    description: group.description,
    mail: `${group.mailNickname}@${MAIL_DOMAIN}`,
    mailEnabled: true,
    mailNickname: group.mailNickname,
    securityEnabled: false,
    groupTypes: ['Unified'],
    resourceProvisioningOptions: ['Team'],
    visibility: 'Private',
  };
}

/** A directory lookup of an unknown group answers with the directory's own code. */
const groupNotFound = (id: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

function simple(request: GraphRequest, key: string, methods: Readonly<Record<string, () => unknown>>): Route {
  return {
    key: `${request.method} ${key}`,
    handle: () => {
      const handler = methods[request.method];
      if (handler === undefined) throw methodNotAllowed();
      return ok(handler());
    },
  };
}

export function route(store: EmulatorStore, request: GraphRequest): Route {
  const segments = request.segments;
  const [head, ...rest] = segments;
  const found = ((): Route | undefined => {
    switch ((head ?? '').toLowerCase()) {
      case 'me': {
        if (rest.length === 0) return simple(request, '/me', { GET: () => renderUser(store, request.user) });
        if (matchPattern('joinedTeams', rest) !== undefined) {
          return simple(request, '/me/joinedTeams', {
            GET: () => ({
              value: store.joinedGroups(request.user).map((g) => ({
                id: g.id,
                displayName: g.displayName,
                description: g.description,
                isArchived: false,
                tenantId: TENANT_ID,
              })),
            }),
          });
        }
        return calendarRoute(store, request, rest);
      }
      case 'groups': {
        const [groupId = '', ...below] = rest;
        if (below.length === 0 && rest.length === 1) {
          return simple(request, '/groups/{group}', {
            GET: () => {
              const group = store.group(groupId);
              if (group === undefined) throw groupNotFound(groupId);
              return renderGroup(group);
            },
          });
        }
        if (matchPattern('sites/root', below.slice(0, 2)) !== undefined) {
          return siteRoute(store, request, below.slice(2), () =>
            store.requireSite(store.requireGroup(groupId).siteId),
          );
        }
        return undefined;
      }
      case 'sites': {
        const [siteRef, ...below] = rest;
        if (siteRef === undefined) return undefined;
        return siteRoute(store, request, below, () => store.requireSite(siteRef));
      }
      default:
        return undefined;
    }
  })();
  if (found !== undefined) return found;
  const unknown = segments.filter((s) => s !== '').at(-1) ?? '';
  return {
    key: `${request.method} (unmatched)`,
    handle: () => {
      throw segmentNotFound(unknown);
    },
  };
}
