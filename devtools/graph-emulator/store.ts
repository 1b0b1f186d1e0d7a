/**
 * The emulator's tenant, in process: users, groups (teams) with team sites, lists, columns,
 * items and calendar events. Seeds and tests use the typed methods directly (no HTTP, so the
 * `large` seed's 30,000 items take seconds); the HTTP routes use the same methods, so both
 * paths enforce the same column types, unique values and eTags.
 */
import { createHash, randomUUID } from 'node:crypto';
import { GraphError, itemNotFound } from './errors.ts';
import {
  checkUnique,
  etagOf,
  indexUnique,
  rebuildUnique,
  unindexUnique,
  validateFields,
  type UserView,
} from './items.ts';
import {
  builtInColumns,
  deriveListName,
  findColumn,
  findList,
  parseColumn,
  parseListCreate,
  patchColumn,
  type ColumnCreateInput,
  type ColumnPatchInput,
  type ListCreateInput,
} from './lists.ts';
import type {
  Access,
  ColumnRecord,
  EventRecord,
  Fields,
  GroupRecord,
  ItemRecord,
  ListRecord,
  SiteRecord,
  Snapshot,
  UserRecord,
} from './model.ts';

export const TENANT_HOST = 'voorbeeldstad.sharepoint.com';
export const TENANT_ID = '6f1c2a4e-93b7-4c1d-8e2f-5a0b7c9d1e3f';
export const MAIL_DOMAIN = 'voorbeeldstad.nl';
/** Who a token that names nobody signs in as. */
export const DEFAULT_USER = `demo@${MAIL_DOMAIN}`;

export interface SiteInfo {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly webUrl: string;
  readonly groupId: string | null;
}

export interface GroupInfo {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mailNickname: string;
  readonly members: readonly string[];
  readonly siteId: string;
}

export interface ListInfo {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly webUrl: string;
  readonly siteId: string;
  readonly columns: readonly ColumnRecord[];
  readonly itemCount: number;
}

export interface ItemSnapshot {
  readonly id: string;
  readonly eTag: string;
  readonly version: number;
  readonly fields: Readonly<Fields>;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly createdBy: string;
  readonly lastModifiedBy: string;
}

export interface WriteOptions {
  /** The author (UPN); defaults to the demo user. */
  readonly by?: string;
  /** The `If-Match` value: an eTag or `*`. */
  readonly ifMatch?: string;
  /** Skip the column type checks (not unknown fields or unique values), to seed odd hand-edited data. */
  readonly unchecked?: boolean;
  /** The time of the write, for seeding history; defaults to now. */
  readonly at?: Date | string;
}

export interface GroupCreateInput {
  readonly displayName: string;
  readonly description?: string;
  readonly mailNickname?: string;
  readonly members?: readonly string[];
  readonly id?: string;
}

/** Graph and SharePoint report times in UTC to the second. */
export function timestamp(at?: Date | string): string {
  const date = at === undefined ? new Date() : new Date(at);
  if (Number.isNaN(date.getTime()))
    throw new GraphError(400, 'invalidRequest', `Invalid time '${String(at)}'.`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A GUID derived from text, so a user's id is the same on every run. */
function stableGuid(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const newSiteId = (): string => `${TENANT_HOST},${randomUUID()},${randomUUID()}`;

const preconditionFailed = (): GraphError =>
  new GraphError(412, 'preconditionFailed', "ETag does not match current item's value", {
    innerCode: 'entityTagDoesNotMatch',
  });

export function itemSnapshot(item: ItemRecord): ItemSnapshot {
  return {
    id: String(item.id),
    eTag: etagOf(item),
    version: item.version,
    fields: { ...item.fields },
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    createdBy: item.createdBy,
    lastModifiedBy: item.lastModifiedBy,
  };
}

export class EmulatorStore {
  private users = new Map<string, UserRecord>();
  private groupsById = new Map<string, GroupRecord>();
  private sitesById = new Map<string, SiteRecord>();
  private eventsById = new Map<string, EventRecord>();
  private rootSiteId = '';
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.clear();
  }

  /** Called after every change (persistence listens). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Empties the tenant: only the root site and the demo user remain. */
  clear(): void {
    this.users = new Map();
    this.groupsById = new Map();
    this.sitesById = new Map();
    this.eventsById = new Map();
    const now = timestamp();
    const root: SiteRecord = {
      id: newSiteId(),
      name: 'Communicatiesite',
      displayName: 'Communicatiesite',
      description: '',
      webUrl: `https://${TENANT_HOST}`,
      groupId: null,
      createdDateTime: now,
      lastModifiedDateTime: now,
      permissions: {},
      lists: [],
    };
    this.sitesById.set(root.id, root);
    this.rootSiteId = root.id;
    this.addUser({ upn: DEFAULT_USER, displayName: 'Demo-gebruiker' });
    this.changed();
  }

  // ---- users ---------------------------------------------------------------------------------

  addUser(input: { readonly upn: string; readonly displayName: string }): UserRecord {
    const key = input.upn.toLowerCase();
    const existing = this.users.get(key);
    const user: UserRecord = {
      upn: existing?.upn ?? input.upn,
      id: existing?.id ?? stableGuid(key),
      displayName: input.displayName,
      lookupId: existing?.lookupId ?? this.users.size + 6,
    };
    this.users.set(key, user);
    this.changed();
    return { ...user };
  }

  /** A known user, or one derived from the UPN (display name = the part before the @). */
  user(upn: string): UserRecord {
    const known = this.users.get(upn.toLowerCase());
    if (known !== undefined) return { ...known };
    return { upn, id: stableGuid(upn.toLowerCase()), displayName: upn.split('@')[0] ?? upn, lookupId: 0 };
  }

  /** Registers a user on first write, so their lookup id is stable. */
  private ensureUser(upn: string): UserRecord {
    return (
      this.users.get(upn.toLowerCase()) ?? this.addUser({ upn, displayName: this.user(upn).displayName })
    );
  }

  userView(upn: string): UserView {
    const user = this.user(upn);
    return { id: user.id, displayName: user.displayName, email: user.upn, lookupId: user.lookupId };
  }

  // ---- groups and sites ----------------------------------------------------------------------

  createGroup(input: GroupCreateInput): GroupInfo {
    const now = timestamp();
    const taken = new Set([...this.groupsById.values()].map((g) => g.mailNickname.toLowerCase()));
    const base = input.mailNickname ?? (input.displayName.replace(/[^A-Za-z0-9]/g, '') || 'team');
    let mailNickname = base;
    for (let n = 1; taken.has(mailNickname.toLowerCase()); n += 1) mailNickname = `${base}${n}`;
    const site: SiteRecord = {
      id: newSiteId(),
      name: mailNickname,
      displayName: input.displayName,
      description: input.description ?? '',
      webUrl: `https://${TENANT_HOST}/sites/${mailNickname}`,
      groupId: null,
      createdDateTime: now,
      lastModifiedDateTime: now,
      permissions: {},
      lists: [],
    };
    const group: GroupRecord = {
      id: input.id ?? randomUUID(),
      displayName: input.displayName,
      description: input.description ?? '',
      mailNickname,
      members: [...new Set((input.members ?? []).map((m) => m.toLowerCase()))],
      siteId: site.id,
      createdDateTime: now,
    };
    if (this.groupsById.has(group.id))
      throw new GraphError(409, 'nameAlreadyExists', `Group '${group.id}' exists.`);
    site.groupId = group.id;
    this.sitesById.set(site.id, site);
    this.groupsById.set(group.id, group);
    for (const member of input.members ?? []) this.ensureUser(member);
    this.changed();
    return groupInfo(group);
  }

  addMember(groupId: string, upn: string): void {
    const group = this.requireGroup(groupId);
    if (!group.members.includes(upn.toLowerCase())) group.members.push(upn.toLowerCase());
    this.ensureUser(upn);
    this.changed();
  }

  group(groupId: string): GroupInfo | undefined {
    const group = this.groupsById.get(groupId);
    return group === undefined ? undefined : groupInfo(group);
  }

  groups(): GroupInfo[] {
    return [...this.groupsById.values()].map(groupInfo);
  }

  /** Teams the user is a member of (`/me/joinedTeams`). */
  joinedGroups(upn: string): GroupInfo[] {
    return this.groups().filter((g) => g.members.includes(upn.toLowerCase()));
  }

  /** @internal Throws Graph's 404 for an unknown group. */
  requireGroup(groupId: string): GroupRecord {
    const group = this.groupsById.get(groupId);
    if (group === undefined) throw itemNotFound(`Group '${groupId}' was not found.`);
    return group;
  }

  rootSite(): SiteInfo {
    return siteInfo(this.requireSite('root'));
  }

  groupSite(groupId: string): SiteInfo {
    return siteInfo(this.requireSite(this.requireGroup(groupId).siteId));
  }

  site(ref: string): SiteInfo | undefined {
    const site = this.findSite(ref);
    return site === undefined ? undefined : siteInfo(site);
  }

  private findSite(ref: string): SiteRecord | undefined {
    if (ref === 'root' || ref.toLowerCase() === TENANT_HOST) return this.sitesById.get(this.rootSiteId);
    return (
      this.sitesById.get(ref) ??
      [...this.sitesById.values()].find((s) => s.id.toLowerCase() === ref.toLowerCase())
    );
  }

  /** @internal `ref` is a site id, `root`, or the tenant host name. */
  requireSite(ref: string): SiteRecord {
    const site = this.findSite(ref);
    if (site === undefined) throw itemNotFound('Requested site could not be found');
    return site;
  }

  /** A permission flag for one user on one site, so the app's permission messages can be tested. */
  setAccess(siteRef: string, upn: string, access: Access): void {
    const site = this.requireSite(siteRef);
    if (access === 'write') delete site.permissions[upn.toLowerCase()];
    else site.permissions[upn.toLowerCase()] = access;
    this.changed();
  }

  access(siteRef: string, upn: string): Access {
    return this.requireSite(siteRef).permissions[upn.toLowerCase()] ?? 'write';
  }

  // ---- lists and columns ---------------------------------------------------------------------

  createList(siteRef: string, input: ListCreateInput, options: Pick<WriteOptions, 'by'> = {}): ListInfo {
    const site = this.requireSite(siteRef);
    return listInfo(site, this.insertList(site, input, options.by ?? DEFAULT_USER));
  }

  /** @internal */
  insertList(site: SiteRecord, input: unknown, by: string): ListRecord {
    const parsed = parseListCreate(input);
    if (site.lists.some((l) => l.displayName.toLowerCase() === parsed.displayName.toLowerCase())) {
      throw new GraphError(
        409,
        'nameAlreadyExists',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    }
    const columns = builtInColumns();
    for (const column of parsed.columns ?? []) columns.push(parseColumn(column, columns));
    const now = timestamp();
    const list: ListRecord = {
      id: randomUUID(),
      name: deriveListName(parsed.displayName, new Set(site.lists.map((l) => l.name.toLowerCase()))),
      displayName: parsed.displayName,
      description: parsed.description ?? '',
      template: 'genericList',
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdBy: this.ensureUser(by).upn,
      version: 1,
      nextItemId: 1,
      columns,
      items: new Map(),
      unique: new Map(),
    };
    rebuildUnique(list);
    site.lists.push(list);
    this.changed();
    return list;
  }

  lists(siteRef: string): ListInfo[] {
    const site = this.requireSite(siteRef);
    return site.lists.map((l) => listInfo(site, l));
  }

  list(siteRef: string, listRef: string): ListInfo | undefined {
    const site = this.requireSite(siteRef);
    const list = findList(site.lists, listRef);
    return list === undefined ? undefined : listInfo(site, list);
  }

  /** @internal */
  requireList(siteRef: string, listRef: string): ListRecord {
    const list = findList(this.requireSite(siteRef).lists, listRef);
    if (list === undefined)
      throw itemNotFound(`List '${listRef}' does not exist at site with URL '${siteRef}'.`);
    return list;
  }

  deleteList(siteRef: string, listRef: string): void {
    const site = this.requireSite(siteRef);
    const list = this.requireList(site.id, listRef);
    site.lists = site.lists.filter((l) => l !== list);
    this.changed();
  }

  addColumn(siteRef: string, listRef: string, input: ColumnCreateInput): ColumnRecord {
    return { ...this.insertColumn(this.requireList(siteRef, listRef), input) };
  }

  /** @internal */
  insertColumn(list: ListRecord, input: unknown): ColumnRecord {
    const column = parseColumn(input, list.columns);
    list.columns.push(column);
    this.touchList(list);
    return column;
  }

  updateColumn(siteRef: string, listRef: string, columnRef: string, patch: ColumnPatchInput): ColumnRecord {
    return { ...this.patchColumn(this.requireList(siteRef, listRef), columnRef, patch) };
  }

  /** @internal */
  patchColumn(list: ListRecord, columnRef: string, patch: unknown): ColumnRecord {
    const column = this.requireColumn(list, columnRef);
    const updated = patchColumn(column, patch);
    const before = list.columns;
    list.columns = list.columns.map((c) => (c === column ? updated : c));
    try {
      rebuildUnique(list);
    } catch {
      list.columns = before;
      rebuildUnique(list);
      throw new GraphError(
        400,
        'invalidRequest',
        'This field contains duplicate values. Remove all duplicate values and try the operation again.',
      );
    }
    this.touchList(list);
    return updated;
  }

  deleteColumn(siteRef: string, listRef: string, columnRef: string): void {
    this.removeColumn(this.requireList(siteRef, listRef), columnRef);
  }

  /** @internal */
  removeColumn(list: ListRecord, columnRef: string): void {
    const column = this.requireColumn(list, columnRef);
    if (column.system)
      throw new GraphError(400, 'invalidRequest', `The column '${column.name}' cannot be deleted.`);
    list.columns = list.columns.filter((c) => c !== column);
    for (const item of list.items.values()) delete item.fields[column.name];
    rebuildUnique(list);
    this.touchList(list);
  }

  /** @internal */
  requireColumn(list: ListRecord, ref: string): ColumnRecord {
    const column = findColumn(list, ref);
    if (column === undefined) throw itemNotFound(`Column '${ref}' does not exist.`);
    return column;
  }

  private touchList(list: ListRecord): void {
    list.version += 1;
    list.lastModifiedDateTime = timestamp();
    this.changed();
  }

  // ---- items ---------------------------------------------------------------------------------

  createItem(
    siteRef: string,
    listRef: string,
    fields: Readonly<Record<string, unknown>>,
    options: WriteOptions = {},
  ): ItemSnapshot {
    return itemSnapshot(this.insertItem(this.requireList(siteRef, listRef), fields, options));
  }

  /** Many items in one call (the large seed). */
  createItems(
    siteRef: string,
    listRef: string,
    rows: readonly Readonly<Record<string, unknown>>[],
    options: WriteOptions = {},
  ): number {
    const list = this.requireList(siteRef, listRef);
    for (const fields of rows) this.insertItem(list, fields, options);
    return rows.length;
  }

  /** @internal */
  insertItem(list: ListRecord, input: Readonly<Record<string, unknown>>, options: WriteOptions): ItemRecord {
    const fields = validateFields(list, input, options.unchecked);
    checkUnique(list, fields, undefined);
    const by = this.ensureUser(options.by ?? DEFAULT_USER).upn;
    const at = timestamp(options.at);
    const item: ItemRecord = {
      id: list.nextItemId,
      uniqueId: randomUUID(),
      version: 1,
      fields,
      createdDateTime: at,
      lastModifiedDateTime: at,
      createdBy: by,
      lastModifiedBy: by,
      history: [],
    };
    list.nextItemId += 1;
    list.items.set(item.id, item);
    indexUnique(list, item, undefined);
    this.changed();
    return item;
  }

  updateItem(
    siteRef: string,
    listRef: string,
    itemId: string | number,
    fields: Readonly<Record<string, unknown>>,
    options: WriteOptions = {},
  ): ItemSnapshot {
    const list = this.requireList(siteRef, listRef);
    return itemSnapshot(this.writeItem(list, this.requireItem(list, itemId), fields, options));
  }

  /** @internal Every write makes a new version, and so a new eTag. */
  writeItem(
    list: ListRecord,
    item: ItemRecord,
    input: Readonly<Record<string, unknown>>,
    options: WriteOptions,
  ): ItemRecord {
    checkIfMatch(item, options.ifMatch);
    const patch = validateFields(list, input, options.unchecked);
    const next = { ...item.fields, ...patch };
    checkUnique(list, next, item.id);
    const previous = item.fields;
    item.history.push({
      version: item.version,
      fields: previous,
      lastModifiedDateTime: item.lastModifiedDateTime,
      lastModifiedBy: item.lastModifiedBy,
    });
    item.fields = next;
    item.version += 1;
    item.lastModifiedDateTime = timestamp(options.at);
    item.lastModifiedBy = this.ensureUser(options.by ?? DEFAULT_USER).upn;
    indexUnique(list, item, previous);
    this.changed();
    return item;
  }

  deleteItem(
    siteRef: string,
    listRef: string,
    itemId: string | number,
    options: Pick<WriteOptions, 'ifMatch'> = {},
  ): void {
    const list = this.requireList(siteRef, listRef);
    this.removeItem(list, this.requireItem(list, itemId), options.ifMatch);
  }

  /** @internal */
  removeItem(list: ListRecord, item: ItemRecord, ifMatch: string | undefined): void {
    checkIfMatch(item, ifMatch);
    list.items.delete(item.id);
    unindexUnique(list, item);
    this.changed();
  }

  item(siteRef: string, listRef: string, itemId: string | number): ItemSnapshot | undefined {
    const list = this.requireList(siteRef, listRef);
    const item = list.items.get(Number(itemId));
    return item === undefined ? undefined : itemSnapshot(item);
  }

  items(siteRef: string, listRef: string): ItemSnapshot[] {
    return [...this.requireList(siteRef, listRef).items.values()].map(itemSnapshot);
  }

  /** @internal */
  requireItem(list: ListRecord, itemId: string | number): ItemRecord {
    const id = typeof itemId === 'number' ? itemId : /^\d+$/.test(itemId) ? Number(itemId) : Number.NaN;
    const item = list.items.get(id);
    if (item === undefined) throw itemNotFound('Item not found');
    return item;
  }

  // ---- events (validated and rendered by events.ts) ------------------------------------------

  /** Calendar events, for tests: all of them, or one organizer's (cancelled ones included). */
  events(upn?: string): EventRecord[] {
    const all = [...this.eventsById.values()];
    return (upn === undefined ? all : all.filter((e) => e.organizer === upn.toLowerCase())).map((e) =>
      structuredClone(e),
    );
  }

  /** @internal */
  eventRecord(id: string): EventRecord | undefined {
    return this.eventsById.get(id);
  }

  /** @internal */
  eventByTransaction(organizer: string, transactionId: string): EventRecord | undefined {
    return [...this.eventsById.values()].find(
      (e) => e.organizer === organizer.toLowerCase() && e.transactionId === transactionId,
    );
  }

  /** @internal */
  putEvent(event: EventRecord): void {
    this.eventsById.set(event.id, event);
    this.changed();
  }

  /** @internal */
  deleteEvent(id: string): void {
    this.eventsById.delete(id);
    this.changed();
  }

  // ---- persistence ---------------------------------------------------------------------------

  snapshot(): Snapshot {
    return {
      format: 1,
      rootSiteId: this.rootSiteId,
      users: [...this.users.values()],
      groups: [...this.groupsById.values()],
      sites: [...this.sitesById.values()].map((site) => ({
        ...site,
        lists: site.lists.map(({ items, unique: _unique, ...list }) => ({
          ...list,
          items: [...items.values()],
        })),
      })),
      events: [...this.eventsById.values()],
    };
  }

  restore(snapshot: Snapshot): void {
    this.users = new Map(snapshot.users.map((u) => [u.upn.toLowerCase(), u]));
    this.groupsById = new Map(snapshot.groups.map((g) => [g.id, g]));
    this.eventsById = new Map(snapshot.events.map((e) => [e.id, e]));
    this.sitesById = new Map(
      snapshot.sites.map((site) => [
        site.id,
        {
          ...site,
          lists: site.lists.map((list) => {
            const record: ListRecord = {
              ...list,
              items: new Map([...list.items].sort((a, b) => a.id - b.id).map((i) => [i.id, i])),
              unique: new Map(),
            };
            rebuildUnique(record);
            return record;
          }),
        },
      ]),
    );
    this.rootSiteId = snapshot.rootSiteId;
    this.changed();
  }
}

function checkIfMatch(item: ItemRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined) return;
  // The eTag itself holds a comma ("{guid},{version}"), so the header is one tag, not a list.
  const tag = ifMatch.trim().replace(/^W\//, '');
  if (tag !== '*' && tag !== etagOf(item)) throw preconditionFailed();
}

function groupInfo(group: GroupRecord): GroupInfo {
  return {
    id: group.id,
    displayName: group.displayName,
    description: group.description,
    mailNickname: group.mailNickname,
    members: [...group.members],
    siteId: group.siteId,
  };
}

function siteInfo(site: SiteRecord): SiteInfo {
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    webUrl: site.webUrl,
    groupId: site.groupId,
  };
}

export function listWebUrl(site: SiteRecord, list: ListRecord): string {
  return `${site.webUrl}/Lists/${encodeURIComponent(list.name)}`;
}

function listInfo(site: SiteRecord, list: ListRecord): ListInfo {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    webUrl: listWebUrl(site, list),
    siteId: site.id,
    columns: list.columns.map((c) => ({ ...c })),
    itemCount: list.items.size,
  };
}
