/**
 * HTTP handlers for sites, lists, columns and list items (the SharePoint part of Graph),
 * addressable under `/sites/{site-id|root}` and `/groups/{group-id}/sites/root` alike.
 */
import { z } from 'zod';
import { accessDenied, invalidRequest, itemNotFound, parseOr400 } from './errors.ts';
import { compileFilter } from './filter.ts';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  etagOf,
  renderFields,
  renderItem,
  renderVersion,
  runItemQuery,
  versionsOf,
  type ItemContext,
  type ItemRenderOptions,
} from './items.ts';
import { renderColumn } from './lists.ts';
import type { ListRecord, SiteRecord } from './model.ts';
import {
  decodeSkipToken,
  encodeSkipToken,
  parseExpand,
  parseFilter,
  parseOrderBy,
  parseSelect,
  parseTop,
  queryOption,
} from './odata.ts';
import {
  created,
  matchPattern,
  methodNotAllowed,
  noContent,
  ok,
  prefers,
  type GraphRequest,
  type GraphResponse,
  type Route,
} from './routes.ts';
import { TENANT_HOST, listWebUrl, type EmulatorStore } from './store.ts';

interface SiteCall {
  readonly store: EmulatorStore;
  readonly request: GraphRequest;
  readonly site: SiteRecord;
  readonly params: Readonly<Record<string, string>>;
}

type Handler = (call: SiteCall) => GraphResponse;

const ItemCreateSchema = z.strictObject({ fields: z.record(z.string(), z.unknown()).default({}) });
const ItemPatchSchema = z.strictObject({ fields: z.record(z.string(), z.unknown()) });
const FieldsPatchSchema = z.record(z.string(), z.unknown());

/** Graph's answer to a PATCH or POST without a usable JSON body. */
const unreadableBody = (): never => {
  throw invalidRequest(
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );
};

const bodyOf = (request: GraphRequest): unknown =>
  request.body === undefined ? unreadableBody() : request.body;

function itemContext(call: SiteCall, list: ListRecord): ItemContext {
  return {
    siteId: call.site.id,
    list,
    listWebUrl: listWebUrl(call.site, list),
    user: (upn) => call.store.userView(upn),
  };
}

function renderSite(site: SiteRecord, isRoot: boolean): Record<string, unknown> {
  return {
    createdDateTime: site.createdDateTime,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.lastModifiedDateTime,
    name: site.name,
    webUrl: site.webUrl,
    displayName: site.displayName,
    ...(isRoot ? { root: {} } : {}),
    siteCollection: { hostname: TENANT_HOST },
  };
}

function renderList(call: SiteCall, list: ListRecord, withColumns: boolean): Record<string, unknown> {
  const author = call.store.userView(list.createdBy);
  const etag = `"${list.id},${list.version}"`;
  return {
    '@odata.etag': etag,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: listWebUrl(call.site, list),
    displayName: list.displayName,
    createdBy: { user: { email: author.email, id: author.id, displayName: author.displayName } },
    parentReference: { siteId: call.site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(withColumns ? { columns: list.columns.map(renderColumn) } : {}),
  };
}

function expandsColumns(request: GraphRequest): boolean {
  const expand = parseExpand(queryOption(request.query, 'expand'));
  for (const option of expand) {
    if (option.name !== 'columns')
      throw invalidRequest(`$expand of '${option.name}' is not supported on a list.`);
  }
  return expand.length > 0;
}

function itemRenderOptions(request: GraphRequest): ItemRenderOptions {
  let fields: ItemRenderOptions['fields'];
  for (const option of parseExpand(queryOption(request.query, 'expand'))) {
    if (option.name !== 'fields')
      throw invalidRequest(`$expand of '${option.name}' is not supported on a list item.`);
    fields = { select: option.select };
  }
  return { select: parseSelect(queryOption(request.query, 'select')), fields };
}

const ifMatchOf = (request: GraphRequest): { ifMatch?: string } => {
  const ifMatch = request.headers['if-match'];
  return ifMatch === undefined ? {} : { ifMatch };
};

const list = (call: SiteCall): ListRecord => call.store.requireList(call.site.id, call.params['list'] ?? '');

const item = (call: SiteCall) => {
  const l = list(call);
  return { list: l, item: call.store.requireItem(l, call.params['item'] ?? '') };
};

/** The `@odata.nextLink`: the same request with the next `$skiptoken`. */
function nextLink(call: SiteCall, token: string): string {
  const query = new URLSearchParams(call.request.query);
  query.delete('$skiptoken');
  query.delete('skiptoken');
  query.set('$skiptoken', token);
  const path = [
    'sites',
    call.site.id,
    ...call.request.segments.slice(call.request.segments[0] === 'groups' ? 4 : 2),
  ]
    .map(encodeURIComponent)
    .join('/');
  return `${call.request.origin}/v1.0/${path}?${query.toString()}`;
}

function listItems(call: SiteCall): GraphResponse {
  const l = list(call);
  const { query } = call.request;
  const token = queryOption(query, 'skiptoken');
  const page = runItemQuery(l, {
    filter: parseFilter(queryOption(query, 'filter')),
    orderBy: parseOrderBy(queryOption(query, 'orderby')),
    top: Math.min(parseTop(queryOption(query, 'top')) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    after: token === undefined ? undefined : decodeSkipToken(token),
    honorNonIndexed: prefers(call.request.headers, 'HonorNonIndexedQueriesWarningMayFailRandomly'),
  });
  const ctx = itemContext(call, l);
  const options = itemRenderOptions(call.request);
  return ok({
    ...(page.next === undefined ? {} : { '@odata.nextLink': nextLink(call, encodeSkipToken(page.next)) }),
    value: page.items.map((i) => renderItem(ctx, i, options)),
  });
}

function listLists(call: SiteCall): GraphResponse {
  const filter = parseFilter(queryOption(call.request.query, 'filter'));
  const lists =
    filter === undefined
      ? call.site.lists
      : call.site.lists.filter(
          compileFilter<ListRecord>(filter, (path) => {
            if (path !== 'displayName' && path !== 'name' && path !== 'id') {
              throw invalidRequest(`Filtering lists on '${path}' is not supported.`);
            }
            return { kind: 'text', name: path, get: (l) => l[path] };
          }),
        );
  const withColumns = expandsColumns(call.request);
  return ok({ value: lists.map((l) => renderList(call, l, withColumns)) });
}

const etagHeader = (etag: string): Record<string, string> => ({ etag });

const siteRoutes: readonly {
  readonly pattern: string;
  readonly methods: Readonly<Record<string, Handler>>;
}[] = [
  {
    pattern: '',
    methods: { GET: (c) => ok(renderSite(c.site, c.site.id === c.store.rootSite().id)) },
  },
  {
    pattern: 'lists',
    methods: {
      GET: listLists,
      POST: (c) =>
        created(renderList(c, c.store.insertList(c.site, bodyOf(c.request), c.request.user), true)),
    },
  },
  {
    pattern: 'lists/{list}',
    methods: {
      GET: (c) => ok(renderList(c, list(c), expandsColumns(c.request))),
      DELETE: (c) => {
        c.store.deleteList(c.site.id, c.params['list'] ?? '');
        return noContent();
      },
    },
  },
  {
    pattern: 'lists/{list}/columns',
    methods: {
      GET: (c) => ok({ value: list(c).columns.map(renderColumn) }),
      POST: (c) => created(renderColumn(c.store.insertColumn(list(c), bodyOf(c.request)))),
    },
  },
  {
    pattern: 'lists/{list}/columns/{column}',
    methods: {
      GET: (c) => ok(renderColumn(c.store.requireColumn(list(c), c.params['column'] ?? ''))),
      PATCH: (c) =>
        ok(renderColumn(c.store.patchColumn(list(c), c.params['column'] ?? '', bodyOf(c.request)))),
      DELETE: (c) => {
        c.store.removeColumn(list(c), c.params['column'] ?? '');
        return noContent();
      },
    },
  },
  {
    pattern: 'lists/{list}/items',
    methods: {
      GET: listItems,
      POST: (c) => {
        const l = list(c);
        const body = parseOr400(ItemCreateSchema, bodyOf(c.request));
        const record = c.store.insertItem(l, body.fields, { by: c.request.user });
        const rendered = renderItem(itemContext(c, l), record, {
          select: undefined,
          fields: { select: undefined },
        });
        return created(rendered, etagHeader(etagOf(record)));
      },
    },
  },
  {
    pattern: 'lists/{list}/items/{item}',
    methods: {
      GET: (c) => {
        const found = item(c);
        const rendered = renderItem(itemContext(c, found.list), found.item, itemRenderOptions(c.request));
        return ok(rendered, etagHeader(etagOf(found.item)));
      },
      PATCH: (c) => {
        const found = item(c);
        const body = parseOr400(ItemPatchSchema, bodyOf(c.request));
        const record = c.store.writeItem(found.list, found.item, body.fields, {
          by: c.request.user,
          ...ifMatchOf(c.request),
        });
        const rendered = renderItem(itemContext(c, found.list), record, {
          select: undefined,
          fields: { select: undefined },
        });
        return ok(rendered, etagHeader(etagOf(record)));
      },
      DELETE: (c) => {
        const found = item(c);
        c.store.removeItem(found.list, found.item, c.request.headers['if-match']);
        return noContent();
      },
    },
  },
  {
    pattern: 'lists/{list}/items/{item}/fields',
    methods: {
      GET: (c) => {
        const found = item(c);
        const select = parseSelect(queryOption(c.request.query, 'select'));
        return ok(
          renderFields(itemContext(c, found.list), found.item, select),
          etagHeader(etagOf(found.item)),
        );
      },
      PATCH: (c) => {
        const found = item(c);
        const fields = parseOr400(FieldsPatchSchema, bodyOf(c.request));
        const record = c.store.writeItem(found.list, found.item, fields, {
          by: c.request.user,
          ...ifMatchOf(c.request),
        });
        return ok(renderFields(itemContext(c, found.list), record, undefined), etagHeader(etagOf(record)));
      },
    },
  },
  {
    pattern: 'lists/{list}/items/{item}/versions',
    methods: {
      GET: (c) => {
        const found = item(c);
        const ctx = itemContext(c, found.list);
        return ok({ value: versionsOf(found.item).map((v) => renderVersion(ctx, v)) });
      },
    },
  },
  {
    pattern: 'lists/{list}/items/{item}/versions/{version}',
    methods: {
      GET: (c) => {
        const found = item(c);
        const wanted = (c.params['version'] ?? '').replace(/\.0$/, '');
        const version = versionsOf(found.item).find((v) => String(v.version) === wanted);
        if (version === undefined) throw itemNotFound('Version not found');
        return ok(renderVersion(itemContext(c, found.list), version));
      },
    },
  },
];

/**
 * The route for a path below a site. `resolveSite` runs inside `handle()`, so an unknown site
 * or group still yields a route key for the statistics.
 */
export function siteRoute(
  store: EmulatorStore,
  request: GraphRequest,
  rest: readonly string[],
  resolveSite: () => SiteRecord,
): Route | undefined {
  for (const { pattern, methods } of siteRoutes) {
    const params = matchPattern(pattern, rest);
    if (params === undefined) continue;
    const key = `${request.method} /sites/{site}${pattern === '' ? '' : `/${pattern}`}`;
    return {
      key,
      handle: () => {
        const site = resolveSite();
        const handler = methods[request.method];
        if (handler === undefined) throw methodNotAllowed();
        const access = store.access(site.id, request.user);
        if (access === 'none' || (access === 'read' && request.method !== 'GET')) throw accessDenied();
        return handler({ store, request, site, params });
      },
    };
  }
  return undefined;
}
