/**
 * The emulator's persisted data model: users, groups (teams) with their sites, lists with
 * columns and items (with version history), and calendar events. The zod schemas double as
 * the parser for the state file, so a hand-edited or stale file fails loudly at start-up.
 */
import { z } from 'zod';

export const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type FieldValue = z.infer<typeof FieldValueSchema>;
export const FieldsSchema = z.record(z.string(), FieldValueSchema);
export type Fields = Record<string, FieldValue>;

/** A store-level permission flag per site and user (absent means `write`). */
export const AccessSchema = z.enum(['write', 'read', 'none']);
export type Access = z.infer<typeof AccessSchema>;

export const ColumnTypeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    allowMultipleLines: z.boolean(),
    appendChangesToExistingText: z.boolean(),
    linesForEditing: z.number().int(),
    maxLength: z.number().int(),
  }),
  z.object({
    kind: z.literal('number'),
    decimalPlaces: z.string(),
    displayAs: z.string(),
    minimum: z.number().nullable(),
    maximum: z.number().nullable(),
  }),
  z.object({
    kind: z.literal('dateTime'),
    displayAs: z.string(),
    format: z.enum(['dateOnly', 'dateTime']),
  }),
  z.object({
    kind: z.literal('choice'),
    choices: z.array(z.string()),
    allowTextEntry: z.boolean(),
    displayAs: z.string(),
  }),
  z.object({ kind: z.literal('boolean') }),
]);
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

export const ColumnRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  indexed: z.boolean(),
  enforceUniqueValues: z.boolean(),
  required: z.boolean(),
  hidden: z.boolean(),
  readOnly: z.boolean(),
  /** Built in (Title, Created, …): not deletable, and read-only unless Title. */
  system: z.boolean(),
  type: ColumnTypeSchema,
});
export type ColumnRecord = z.infer<typeof ColumnRecordSchema>;

export const VersionRecordSchema = z.object({
  version: z.number().int(),
  fields: FieldsSchema,
  lastModifiedDateTime: z.string(),
  lastModifiedBy: z.string(),
});
export type VersionRecord = z.infer<typeof VersionRecordSchema>;

export const ItemRecordSchema = z.object({
  id: z.number().int(),
  /** The GUID part of the eTag; stable for the item's life. */
  uniqueId: z.string(),
  version: z.number().int(),
  fields: FieldsSchema,
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: z.string(),
  lastModifiedBy: z.string(),
  /** Earlier versions, oldest first; the current one lives in the fields above. */
  history: z.array(VersionRecordSchema),
});
export type ItemRecord = z.infer<typeof ItemRecordSchema>;

const listShape = {
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  template: z.string(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: z.string(),
  /** Bumped on every change to the list's own metadata or columns (the list eTag). */
  version: z.number().int(),
  nextItemId: z.number().int(),
  columns: z.array(ColumnRecordSchema),
};
export const ListSnapshotSchema = z.object({ ...listShape, items: z.array(ItemRecordSchema) });
export type ListSnapshot = z.infer<typeof ListSnapshotSchema>;

/** In memory, items are keyed by id (ascending = creation order, as SharePoint never reuses ids). */
export interface ListRecord extends Omit<ListSnapshot, 'items'> {
  items: Map<number, ItemRecord>;
  /** Per unique column (lower-case name): normalised value → item id. Derived, not persisted. */
  unique: Map<string, Map<string, number>>;
}

const siteShape = {
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  webUrl: z.string(),
  groupId: z.string().nullable(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  /** Lower-case UPN → access. */
  permissions: z.record(z.string(), AccessSchema),
};
export const SiteSnapshotSchema = z.object({ ...siteShape, lists: z.array(ListSnapshotSchema) });
export type SiteSnapshot = z.infer<typeof SiteSnapshotSchema>;
export interface SiteRecord extends Omit<SiteSnapshot, 'lists'> {
  lists: ListRecord[];
}

export const UserRecordSchema = z.object({
  upn: z.string(),
  id: z.string(),
  displayName: z.string(),
  /** The user's id in a site's user information list (fields `AuthorLookupId`, …). */
  lookupId: z.number().int(),
});
export type UserRecord = z.infer<typeof UserRecordSchema>;

export const GroupRecordSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  description: z.string(),
  mailNickname: z.string(),
  /** Lower-case UPNs. */
  members: z.array(z.string()),
  siteId: z.string(),
  createdDateTime: z.string(),
});
export type GroupRecord = z.infer<typeof GroupRecordSchema>;

export const DayOfWeekSchema = z.enum([
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]);

/** A recurrence as Graph returns it: every property present, unused ones zero or empty. */
export const StoredRecurrenceSchema = z.object({
  pattern: z.object({
    type: z.enum([
      'daily',
      'weekly',
      'absoluteMonthly',
      'relativeMonthly',
      'absoluteYearly',
      'relativeYearly',
    ]),
    interval: z.number().int(),
    month: z.number().int(),
    dayOfMonth: z.number().int(),
    daysOfWeek: z.array(DayOfWeekSchema),
    firstDayOfWeek: DayOfWeekSchema,
    index: z.enum(['first', 'second', 'third', 'fourth', 'last']),
  }),
  range: z.object({
    type: z.enum(['endDate', 'noEnd', 'numbered']),
    startDate: z.string(),
    endDate: z.string(),
    recurrenceTimeZone: z.string(),
    numberOfOccurrences: z.number().int(),
  }),
});
export type StoredRecurrence = z.infer<typeof StoredRecurrenceSchema>;

export const EventRecordSchema = z.object({
  id: z.string(),
  /** Lower-case UPN of the calendar owner (and organizer). */
  organizer: z.string(),
  transactionId: z.string().nullable(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  changeKey: z.string(),
  iCalUId: z.string(),
  subject: z.string(),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string() }),
  /** UTC instants (ISO); rendered in the requested time zone. */
  startUtc: z.string(),
  endUtc: z.string(),
  startTimeZone: z.string(),
  endTimeZone: z.string(),
  isAllDay: z.boolean(),
  attendees: z.array(
    z.object({ address: z.string(), name: z.string(), type: z.enum(['required', 'optional', 'resource']) }),
  ),
  location: z.string().nullable(),
  isOnlineMeeting: z.boolean(),
  onlineMeetingProvider: z.string(),
  joinUrl: z.string().nullable(),
  recurrence: StoredRecurrenceSchema.nullable(),
  showAs: z.string(),
  importance: z.string(),
  sensitivity: z.string(),
  categories: z.array(z.string()),
  reminderMinutesBeforeStart: z.number().int(),
  isReminderOn: z.boolean(),
  responseRequested: z.boolean(),
  allowNewTimeProposals: z.boolean(),
  cancelled: z.object({ comment: z.string(), at: z.string() }).nullable(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const SnapshotSchema = z.object({
  format: z.literal(1),
  rootSiteId: z.string(),
  users: z.array(UserRecordSchema),
  groups: z.array(GroupRecordSchema),
  sites: z.array(SiteSnapshotSchema),
  events: z.array(EventRecordSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
