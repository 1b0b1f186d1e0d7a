/**
 * Lists and columns: parsing Graph's `list` and `columnDefinition` payloads into records,
 * the list name SharePoint derives from the display name, and the JSON Graph returns.
 * Docs: https://learn.microsoft.com/graph/api/list-create,
 * https://learn.microsoft.com/graph/api/resources/columndefinition.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GraphError, invalidRequest, parseOr400 } from './errors.ts';
import type { ColumnRecord, ColumnType, ListRecord } from './model.ts';

/** Column facets the emulator implements (the ones Kompas uses). */
const supportedFacets = ['text', 'number', 'dateTime', 'choice', 'boolean'] as const;
/** Real Graph facets the emulator does not implement: refused with `notSupported`, not silently dropped. */
const unsupportedFacets = [
  'calculated',
  'contentApprovalStatus',
  'currency',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'personOrGroup',
  'term',
  'thumbnail',
  'defaultValue',
  'validation',
] as const;

/** Single-line text holds at most 255 characters in SharePoint. */
export const MAX_SINGLE_LINE = 255;

const TextFacet = z.strictObject({
  allowMultipleLines: z.boolean().optional(),
  appendChangesToExistingText: z.boolean().optional(),
  linesForEditing: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(1).max(MAX_SINGLE_LINE).optional(),
  textType: z.enum(['plain', 'richText']).optional(),
});
const NumberFacet = z.strictObject({
  decimalPlaces: z.enum(['automatic', 'none', 'one', 'two', 'three', 'four', 'five']).optional(),
  displayAs: z.enum(['number', 'percentage']).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
});
const DateTimeFacet = z.strictObject({
  displayAs: z.enum(['default', 'friendly', 'standard']).optional(),
  format: z.enum(['dateOnly', 'dateTime']).optional(),
});
const ChoiceFacet = z.strictObject({
  allowTextEntry: z.boolean().optional(),
  choices: z.array(z.string().min(1)).min(1),
  displayAs: z.enum(['checkBoxes', 'dropDownMenu', 'radioButtons']).optional(),
});
const BooleanFacet = z.strictObject({});

const columnName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,254}$/, 'a column name is letters, digits and underscores');

export const ColumnCreateSchema = z.strictObject({
  name: columnName,
  displayName: z.string().min(1).max(255).optional(),
  description: z.string().optional(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  hidden: z.boolean().optional(),
  required: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  columnGroup: z.string().optional(),
  text: TextFacet.optional(),
  number: NumberFacet.optional(),
  dateTime: DateTimeFacet.optional(),
  choice: ChoiceFacet.optional(),
  boolean: BooleanFacet.optional(),
});
export type ColumnCreateInput = z.input<typeof ColumnCreateSchema>;

export const ColumnPatchSchema = z.strictObject({
  displayName: z.string().min(1).max(255).optional(),
  description: z.string().optional(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  hidden: z.boolean().optional(),
  required: z.boolean().optional(),
  text: TextFacet.optional(),
  number: NumberFacet.optional(),
  dateTime: DateTimeFacet.optional(),
  choice: ChoiceFacet.partial().optional(),
  boolean: BooleanFacet.optional(),
});
export type ColumnPatchInput = z.input<typeof ColumnPatchSchema>;

export const ListCreateSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(255),
  description: z.string().optional(),
  columns: z.array(z.unknown()).optional(),
  list: z
    .strictObject({
      template: z.string().optional(),
      hidden: z.boolean().optional(),
      contentTypesEnabled: z.boolean().optional(),
    })
    .optional(),
});
export type ListCreateInput = Omit<z.input<typeof ListCreateSchema>, 'columns'> & {
  readonly columns?: readonly ColumnCreateInput[];
};

/** Refuses what Graph refuses before the schema sees it: `name`, facets, templates. */
export function parseListCreate(input: unknown): z.output<typeof ListCreateSchema> {
  if (typeof input === 'object' && input !== null && 'name' in input) {
    // Graph's answer when a client sets the name (microsoft-graph-docs issue #3799).
    throw invalidRequest(
      "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
    );
  }
  const parsed = parseOr400(ListCreateSchema, input);
  const template = parsed.list?.template ?? 'genericList';
  if (template !== 'genericList') {
    throw new GraphError(
      400,
      'notSupported',
      `List template '${template}' is not supported by the Graph emulator.`,
    );
  }
  return parsed;
}

/** Well-known SharePoint field ids, so column ids look as they do in a tenant. */
const TITLE_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';
const CREATED_ID = '8c06beca-0777-48f7-91c7-6da68bc07b69';
const MODIFIED_ID = '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f';

/** Names SharePoint already uses on a generic list; a custom column cannot take them. */
const reservedNames = new Set(
  [
    'ID',
    'Title',
    'Created',
    'Modified',
    'Author',
    'Editor',
    'ContentType',
    'ContentTypeId',
    'Attachments',
    'Edit',
    'LinkTitle',
    'LinkTitleNoMenu',
    'DocIcon',
    'ItemChildCount',
    'FolderChildCount',
    'GUID',
    'FileRef',
    'FileLeafRef',
    '_UIVersionString',
    'AppAuthor',
    'AppEditor',
  ].map((n) => n.toLowerCase()),
);

const dateTimeSystem = (id: string, name: string): ColumnRecord => ({
  id,
  name,
  displayName: name,
  description: '',
  indexed: false,
  enforceUniqueValues: false,
  required: false,
  hidden: false,
  readOnly: true,
  system: true,
  type: { kind: 'dateTime', displayAs: 'default', format: 'dateTime' },
});

/** The columns every `genericList` starts with (the template's Title plus the audit dates). */
export function builtInColumns(): ColumnRecord[] {
  return [
    {
      id: TITLE_ID,
      name: 'Title',
      displayName: 'Title',
      description: '',
      indexed: false,
      enforceUniqueValues: false,
      required: true,
      hidden: false,
      readOnly: false,
      system: true,
      type: {
        kind: 'text',
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: MAX_SINGLE_LINE,
      },
    },
    dateTimeSystem(CREATED_ID, 'Created'),
    dateTimeSystem(MODIFIED_ID, 'Modified'),
  ];
}

function facetsIn(input: object): { supported: string[]; unsupported: string[] } {
  const keys = Object.keys(input);
  return {
    supported: keys.filter((k) => (supportedFacets as readonly string[]).includes(k)),
    unsupported: keys.filter((k) => (unsupportedFacets as readonly string[]).includes(k)),
  };
}

function columnType(input: z.output<typeof ColumnCreateSchema>): ColumnType {
  if (input.text !== undefined) {
    const multi = input.text.allowMultipleLines ?? false;
    return {
      kind: 'text',
      allowMultipleLines: multi,
      appendChangesToExistingText: input.text.appendChangesToExistingText ?? false,
      linesForEditing: input.text.linesForEditing ?? (multi ? 6 : 0),
      maxLength: input.text.maxLength ?? MAX_SINGLE_LINE,
    };
  }
  if (input.number !== undefined) {
    const { minimum, maximum } = input.number;
    if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
      throw invalidRequest('number.minimum must not be greater than number.maximum.');
    }
    return {
      kind: 'number',
      decimalPlaces: input.number.decimalPlaces ?? 'automatic',
      displayAs: input.number.displayAs ?? 'number',
      minimum: minimum ?? null,
      maximum: maximum ?? null,
    };
  }
  if (input.dateTime !== undefined) {
    return {
      kind: 'dateTime',
      displayAs: input.dateTime.displayAs ?? 'default',
      format: input.dateTime.format ?? 'dateTime',
    };
  }
  if (input.choice !== undefined) {
    return {
      kind: 'choice',
      choices: [...input.choice.choices],
      allowTextEntry: input.choice.allowTextEntry ?? false,
      displayAs: input.choice.displayAs ?? 'dropDownMenu',
    };
  }
  return { kind: 'boolean' };
}

/** Validates a columnDefinition payload against the list's existing columns. */
export function parseColumn(input: unknown, existing: readonly ColumnRecord[]): ColumnRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('A column definition must be a JSON object.');
  }
  const facets = facetsIn(input);
  const [unsupported] = facets.unsupported;
  if (unsupported !== undefined) {
    throw new GraphError(
      400,
      'notSupported',
      `Column type '${unsupported}' is not supported by the Graph emulator.`,
    );
  }
  if (facets.supported.length === 0) {
    throw invalidRequest('A column needs a type: one of text, number, dateTime, choice or boolean.');
  }
  if (facets.supported.length > 1) {
    // The docs: the type-related properties are mutually exclusive.
    throw invalidRequest(`A column can only have one type; got ${facets.supported.join(', ')}.`);
  }
  const parsed = parseOr400(ColumnCreateSchema, input);
  const lower = parsed.name.toLowerCase();
  if (reservedNames.has(lower) || existing.some((c) => c.name.toLowerCase() === lower)) {
    throw duplicateColumn(parsed.name);
  }
  const type = columnType(parsed);
  const unique = parsed.enforceUniqueValues ?? false;
  return {
    id: randomUUID(),
    name: parsed.name,
    displayName: parsed.displayName ?? parsed.name,
    description: parsed.description ?? '',
    // SharePoint requires an index on a column that enforces unique values
    // (https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee543809(v=office.15)).
    indexed: (parsed.indexed ?? false) || unique,
    enforceUniqueValues: unique,
    required: parsed.required ?? false,
    hidden: parsed.hidden ?? false,
    readOnly: false,
    system: false,
    type,
  };
}

export function duplicateColumn(name: string): GraphError {
  return new GraphError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
}

/** Applies a PATCH to a column; returns the new record (the caller checks uniqueness). */
export function patchColumn(column: ColumnRecord, input: unknown): ColumnRecord {
  if (typeof input === 'object' && input !== null && 'name' in input) {
    throw invalidRequest("The property 'name' of a column cannot be changed.");
  }
  const patch = parseOr400(ColumnPatchSchema, input);
  if (column.system && column.name !== 'Title') {
    throw invalidRequest(`The column '${column.name}' cannot be changed.`);
  }
  const facets = facetsIn(patch).supported;
  const [facet] = facets;
  if (facets.length > 1 || (facet !== undefined && facet !== column.type.kind)) {
    throw invalidRequest(`The type of column '${column.name}' cannot be changed to ${facets.join(', ')}.`);
  }
  let type: ColumnType = column.type;
  if (type.kind === 'text' && patch.text !== undefined) {
    const t = patch.text;
    type = {
      ...type,
      allowMultipleLines: t.allowMultipleLines ?? type.allowMultipleLines,
      appendChangesToExistingText: t.appendChangesToExistingText ?? type.appendChangesToExistingText,
      linesForEditing: t.linesForEditing ?? type.linesForEditing,
      maxLength: t.maxLength ?? type.maxLength,
    };
  } else if (type.kind === 'number' && patch.number !== undefined) {
    const n = patch.number;
    type = {
      ...type,
      decimalPlaces: n.decimalPlaces ?? type.decimalPlaces,
      displayAs: n.displayAs ?? type.displayAs,
      minimum: n.minimum ?? type.minimum,
      maximum: n.maximum ?? type.maximum,
    };
  } else if (type.kind === 'dateTime' && patch.dateTime !== undefined) {
    type = {
      ...type,
      displayAs: patch.dateTime.displayAs ?? type.displayAs,
      format: patch.dateTime.format ?? type.format,
    };
  } else if (type.kind === 'choice' && patch.choice !== undefined) {
    const c = patch.choice;
    type = {
      ...type,
      choices: c.choices === undefined ? type.choices : [...c.choices],
      allowTextEntry: c.allowTextEntry ?? type.allowTextEntry,
      displayAs: c.displayAs ?? type.displayAs,
    };
  }
  const unique = patch.enforceUniqueValues ?? column.enforceUniqueValues;
  const indexed = patch.indexed ?? column.indexed;
  if (unique && !indexed) {
    throw invalidRequest(`The column '${column.name}' enforces unique values and must stay indexed.`);
  }
  return {
    ...column,
    displayName: patch.displayName ?? column.displayName,
    description: patch.description ?? column.description,
    hidden: patch.hidden ?? column.hidden,
    required: patch.required ?? column.required,
    indexed: indexed || unique,
    enforceUniqueValues: unique,
    type,
  };
}

/**
 * SharePoint derives a list's URL name from its title: characters that are not allowed in a
 * URL segment are dropped, and a clash with an existing list gets a number appended.
 */
export function deriveListName(displayName: string, taken: ReadonlySet<string>): string {
  const base =
    displayName
      .replace(/[~"#%&*:<>?/\\{|}]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+|\.+$/g, '') || 'List';
  let name = base;
  for (let n = 1; taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  return name;
}

/** `{list}` in a URL is the list id, or its name or display name (as Graph accepts). */
export function findList(lists: readonly ListRecord[], ref: string): ListRecord | undefined {
  const lower = ref.toLowerCase();
  return (
    lists.find((l) => l.id.toLowerCase() === lower) ??
    lists.find((l) => l.name.toLowerCase() === lower) ??
    lists.find((l) => l.displayName.toLowerCase() === lower)
  );
}

export function findColumn(list: ListRecord, ref: string): ColumnRecord | undefined {
  return list.columns.find((c) => c.id === ref) ?? list.columns.find((c) => c.name === ref);
}

export function renderColumn(column: ColumnRecord): Record<string, unknown> {
  const json: Record<string, unknown> = {
    columnGroup: column.system ? 'Base Columns' : 'Custom Columns',
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
  };
  const { kind, ...facet } = column.type;
  if (kind === 'number') {
    const { minimum, maximum, ...rest } = facet as Omit<Extract<ColumnType, { kind: 'number' }>, 'kind'>;
    json[kind] = {
      ...rest,
      ...(minimum === null ? {} : { minimum }),
      ...(maximum === null ? {} : { maximum }),
    };
  } else {
    json[kind] = facet;
  }
  return json;
}
