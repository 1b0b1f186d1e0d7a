/**
 * A hand-written fake of the part of Word's object model Kompas uses (STYLE: fakes over mocks).
 * It keeps Office's batching rules, so the code under test is held to them:
 * - proxies queue commands; nothing happens until `context.sync()`, which runs them in order;
 * - a property read before it was loaded and synced throws PropertyNotLoaded;
 * - failures reject the sync with an OfficeExtension-style error (`code`: AccessDenied …).
 * The document is a list of content controls in document order with a cursor between them;
 * `insertOoxml` parses the Flat OPC's controls (tag, title, text, locks) into that list.
 */
import { readControlsFromXml } from '../../../shared/document/read.ts';
import { documentStrings } from '../../../shared/document/strings.ts';
import type {
  ContentControlEventArgs,
  InsertLocation,
  RangeLocation,
  RequirementChecker,
  TextLocation,
  WordContentControl,
  WordContentControlCollection,
  WordDocument,
  WordEventSource,
  WordRange,
  WordRequestContext,
  WordRunner,
} from '../../../word-addin/host/office/word-api.ts';

/** What Office.js rejects with: `OfficeExtension.Error` carries a code. */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message = code) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

type Handler = (args: ContentControlEventArgs) => Promise<unknown>;

/** One content control in the fake document. */
export interface FakeControl {
  readonly id: number;
  tag: string;
  title: string;
  paragraphs: string[];
  showingPlaceholder: boolean;
  placeholder: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  /** The OOXML last inserted into it, for structured content. */
  ooxml: string | undefined;
  readonly dataChanged: Handler[];
  readonly deleted: Handler[];
}

/** Word returns paragraphs separated by carriage returns. */
function textOf(c: FakeControl): string {
  return c.showingPlaceholder ? c.placeholder : c.paragraphs.join('\r');
}

const LOCKS: Readonly<Record<string, { cannotEdit: boolean; cannotDelete: boolean }>> = {
  sdtContentLocked: { cannotEdit: true, cannotDelete: true },
  contentLocked: { cannotEdit: true, cannotDelete: false },
  sdtLocked: { cannotEdit: false, cannotDelete: true },
};

/** The text of a WordprocessingML fragment, paragraph by paragraph (enough for structured content). */
function paragraphsOf(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
    .filter((p, i, all) => p !== '' || i < all.length - 1)
    .slice(0, -1);
}

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface FakeWordOptions {
  /** Highest supported version per requirement set; default WordApi 1.3. */
  readonly requirements?: Readonly<Record<string, string>>;
}

type Command = () => void;

export class FakeWord implements WordRunner {
  /** The document's controls in document order. */
  controls: FakeControl[] = [];
  /** Index in `controls` before which the cursor stands. */
  cursor = 0;
  /** Text the person selected (empty: an insertion point). */
  selectionText = '';
  /** The control the cursor is in, if any. */
  cursorInControl: number | undefined;
  /** Set when a write replaced the person's selected text (must never happen). */
  replacedSelection = false;
  /** The control whose range was selected last. */
  selectedControl: number | undefined;
  /** A protected (read-only) document: every write fails with AccessDenied. */
  readOnly = false;
  /** The next sync fails with this Office error code. */
  failNextSync: string | undefined;

  /** Every `context.sync()`, over all runs. */
  syncs = 0;
  /** Syncs per `Word.run`, in order. */
  readonly runs: number[] = [];
  requirements: Record<string, string>;

  #nextId = 1000;

  constructor(options: FakeWordOptions = {}) {
    this.requirements = { WordApi: '1.3', ...options.requirements };
  }

  // ── what Office.js offers ───────────────────────────────────────────────

  readonly requirementChecker: RequirementChecker = {
    isSetSupported: (name, minVersion = '1.1') => {
      const max = this.requirements[name];
      return max !== undefined && compareVersions(max, minVersion) >= 0;
    },
  };

  /** `Office` and `Word` as the CDN script defines them, for `startOffice`. */
  globals(host: string | null = 'Word'): { Office: unknown; Word: WordRunner } {
    return {
      Office: {
        onReady: () => Promise.resolve({ host, platform: host === null ? null : 'PC' }),
        context: { requirements: this.requirementChecker, displayLanguage: 'nl-NL' },
      },
      Word: this,
    };
  }

  async run<T>(batch: (context: WordRequestContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    this.runs.push(0);
    const result = await batch(context);
    if (context.pending.length > 0) {
      // Office drops commands queued after the last sync; a test should notice.
      throw new Error(`Word.run ended with ${String(context.pending.length)} commands never synced`);
    }
    return result;
  }

  /** Syncs of the last run. */
  get lastRunSyncs(): number {
    return this.runs[this.runs.length - 1] ?? 0;
  }

  resetCounts(): void {
    this.syncs = 0;
    this.runs.length = 0;
  }

  // ── what a person does in Word ──────────────────────────────────────────

  control(tagOrId: string | number): FakeControl {
    const found = this.controls.find((c) =>
      typeof tagOrId === 'number' ? c.id === tagOrId : c.tag === tagOrId,
    );
    if (found === undefined) throw new Error(`no control ${String(tagOrId)} in the fake document`);
    return found;
  }

  textOf(tagOrId: string | number): string {
    return textOf(this.control(tagOrId));
  }

  /** The person types `text` over the control's content ("\n" starts a paragraph). */
  typeInto(tagOrId: string | number, text: string): void {
    const c = this.control(tagOrId);
    if (c.cannotEdit) throw new Error(`control ${c.tag} is locked`);
    c.paragraphs = text.split('\n');
    c.showingPlaceholder = false;
    c.ooxml = undefined;
    for (const h of c.dataChanged) void h({ ids: [c.id] });
  }

  /** Copy and paste: the copy keeps the tag and gets a new id. */
  duplicate(tagOrId: string | number): FakeControl {
    const c = this.control(tagOrId);
    const copy: FakeControl = {
      ...c,
      id: this.#nextId++,
      paragraphs: [...c.paragraphs],
      dataChanged: [],
      deleted: [],
    };
    this.controls.splice(this.controls.indexOf(c) + 1, 0, copy);
    return copy;
  }

  /** The person deletes the control (with its content). */
  remove(tagOrId: string | number): void {
    const c = this.control(tagOrId);
    this.controls = this.controls.filter((x) => x !== c);
    for (const h of c.deleted) void h({ ids: [c.id] });
  }

  /** A control of someone else's making (a municipality's own template). */
  addForeignControl(tag: string, text: string): FakeControl {
    const c = this.#newControl({
      tag,
      title: 'Eigen veld',
      text,
      showingPlaceholder: false,
      lock: undefined,
    });
    this.controls.splice(this.cursor, 0, c);
    this.cursor++;
    return c;
  }

  /** Moves the cursor to the end of the document. */
  cursorToEnd(): void {
    this.cursor = this.controls.length;
    this.cursorInControl = undefined;
    this.selectionText = '';
  }

  // ── used by the proxies ─────────────────────────────────────────────────

  nextId(): number {
    return this.#nextId++;
  }

  #newControl(reading: {
    tag: string;
    title: string;
    text: string;
    showingPlaceholder: boolean;
    lock: string | undefined;
  }): FakeControl {
    const locks = LOCKS[reading.lock ?? ''] ?? { cannotEdit: false, cannotDelete: false };
    return {
      id: this.nextId(),
      tag: reading.tag,
      title: reading.title,
      paragraphs: reading.showingPlaceholder ? [] : reading.text.split('\n'),
      showingPlaceholder: reading.showingPlaceholder,
      placeholder: documentStrings.nl.noAnswer,
      cannotEdit: locks.cannotEdit,
      cannotDelete: locks.cannotDelete,
      ooxml: undefined,
      dataChanged: [],
      deleted: [],
    };
  }

  /** Parses a Flat OPC package's controls and puts them at `index`; returns their ids. */
  insertPackage(ooxml: string, index: number): number[] {
    const created = readControlsFromXml(ooxml).map((r) => this.#newControl(r));
    this.controls.splice(index, 0, ...created);
    return created.map((c) => c.id);
  }

  requireWritable(): void {
    if (this.readOnly) throw new FakeOfficeError('AccessDenied', 'The document is read-only.');
  }

  find(id: number): FakeControl {
    const c = this.controls.find((x) => x.id === id);
    if (c === undefined) throw new FakeOfficeError('ItemNotFound');
    return c;
  }

  supportsEvents(): boolean {
    return this.requirementChecker.isSetSupported('WordApi', '1.5');
  }
}

class FakeContext implements WordRequestContext {
  readonly pending: Command[] = [];
  readonly document: WordDocument;

  constructor(readonly word: FakeWord) {
    this.document = {
      contentControls: new FakeCollection(this, () => word.controls.map((c) => c.id)),
      getSelection: () => new FakeRange(this, { kind: 'selection' }),
    };
  }

  queue(command: Command): void {
    this.pending.push(command);
  }

  sync(): Promise<void> {
    const w = this.word;
    w.syncs++;
    w.runs[w.runs.length - 1] = (w.runs[w.runs.length - 1] ?? 0) + 1;
    const commands = this.pending.splice(0);
    const failure = w.failNextSync;
    w.failNextSync = undefined;
    if (failure !== undefined) return Promise.reject(new FakeOfficeError(failure));
    try {
      for (const command of commands) command();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve();
  }
}

/** A value that exists only after it was loaded and synced. */
class Slot<T> {
  #value: { v: T } | undefined;
  constructor(private readonly name: string) {}
  get(): T {
    if (this.#value === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', `${this.name} was not loaded`);
    return this.#value.v;
  }
  set(v: T): void {
    this.#value = { v };
  }
}

function wants(propertyNames: string): Set<string> {
  return new Set(
    propertyNames
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  );
}

class FakeCollection implements WordContentControlCollection {
  readonly #items = new Slot<FakeControlProxy[]>('items');

  constructor(
    private readonly context: FakeContext,
    /** The ids this collection holds when it is read. */
    private readonly ids: () => readonly number[],
  ) {}

  get items(): readonly WordContentControl[] {
    return this.#items.get();
  }

  load(propertyNames: string): this {
    const props = wants(propertyNames);
    this.context.queue(() => {
      this.#items.set(
        this.ids().map((id) => {
          const proxy = new FakeControlProxy(this.context, () => id);
          proxy.fill(props);
          return proxy;
        }),
      );
    });
    return this;
  }

  getById(id: number): WordContentControl {
    return new FakeControlProxy(this.context, () => this.context.word.find(id).id);
  }
}

class FakeEvent implements WordEventSource<ContentControlEventArgs> {
  constructor(
    private readonly context: FakeContext,
    private readonly list: () => Handler[],
  ) {}
  add(handler: Handler): unknown {
    this.context.queue(() => this.list().push(handler));
    return {};
  }
}

class FakeControlProxy implements WordContentControl {
  readonly #id = new Slot<number>('id');
  readonly #tag = new Slot<string>('tag');
  readonly #title = new Slot<string>('title');
  readonly #text = new Slot<string>('text');
  readonly #placeholderText = new Slot<string>('placeholderText');
  readonly #cannotEdit = new Slot<boolean>('cannotEdit');
  readonly #cannotDelete = new Slot<boolean>('cannotDelete');
  readonly #isNull = new Slot<boolean>('isNullObject');
  readonly onDataChanged: WordEventSource<ContentControlEventArgs> | undefined;
  readonly onDeleted: WordEventSource<ContentControlEventArgs> | undefined;

  constructor(
    private readonly context: FakeContext,
    /** Resolves the control when a command runs; undefined for a null object. */
    private readonly resolveId: () => number | undefined,
  ) {
    const word = context.word;
    if (word.supportsEvents()) {
      this.onDataChanged = new FakeEvent(context, () => this.#state().dataChanged);
      this.onDeleted = new FakeEvent(context, () => this.#state().deleted);
    } else {
      this.onDataChanged = undefined;
      this.onDeleted = undefined;
    }
  }

  #state(): FakeControl {
    const id = this.resolveId();
    if (id === undefined) throw new FakeOfficeError('ItemNotFound');
    return this.context.word.find(id);
  }

  /** Copies the loaded properties from the document (runs inside a sync). */
  fill(props: ReadonlySet<string>): void {
    const id = this.resolveId();
    this.#isNull.set(id === undefined);
    if (id === undefined) {
      for (const p of props) if (p === 'tag') this.#tag.set('');
      return;
    }
    const c = this.context.word.find(id);
    this.#id.set(c.id);
    for (const p of props) {
      switch (p) {
        case 'id':
          break;
        case 'tag':
          this.#tag.set(c.tag);
          break;
        case 'title':
          this.#title.set(c.title);
          break;
        case 'text':
          this.#text.set(textOf(c));
          break;
        case 'placeholderText':
          this.#placeholderText.set(c.placeholder);
          break;
        case 'cannotEdit':
          this.#cannotEdit.set(c.cannotEdit);
          break;
        case 'cannotDelete':
          this.#cannotDelete.set(c.cannotDelete);
          break;
        default:
          throw new FakeOfficeError('InvalidArgument', `the fake does not know property ${p}`);
      }
    }
  }

  load(propertyNames: string): this {
    const props = wants(propertyNames);
    this.context.queue(() => this.fill(props));
    return this;
  }

  get id(): number {
    return this.#id.get();
  }
  get isNullObject(): boolean {
    return this.#isNull.get();
  }
  get text(): string {
    return this.#text.get();
  }
  get placeholderText(): string {
    return this.#placeholderText.get();
  }
  get tag(): string {
    return this.#tag.get();
  }
  set tag(value: string) {
    this.#tag.set(value);
    this.context.queue(() => {
      this.context.word.requireWritable();
      this.#state().tag = value;
    });
  }
  get title(): string {
    return this.#title.get();
  }
  set title(value: string) {
    this.#title.set(value);
    this.context.queue(() => {
      this.context.word.requireWritable();
      this.#state().title = value;
    });
  }
  get cannotEdit(): boolean {
    return this.#cannotEdit.get();
  }
  set cannotEdit(value: boolean) {
    this.#cannotEdit.set(value);
    this.context.queue(() => {
      this.context.word.requireWritable();
      this.#state().cannotEdit = value;
    });
  }
  get cannotDelete(): boolean {
    return this.#cannotDelete.get();
  }
  set cannotDelete(value: boolean) {
    this.#cannotDelete.set(value);
    this.context.queue(() => {
      this.context.word.requireWritable();
      this.#state().cannotDelete = value;
    });
  }

  insertText(text: string, location: TextLocation): WordRange {
    this.context.queue(() => {
      this.context.word.requireWritable();
      const c = this.#state();
      if (c.cannotEdit) throw new FakeOfficeError('AccessDenied', 'the content control is locked');
      if (location !== 'Replace') throw new FakeOfficeError('InvalidArgument', 'the fake only replaces');
      c.paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
      // "Dimmed text will be displayed when the content control is empty" (ContentControl.placeholderText).
      c.showingPlaceholder = text === '';
      c.ooxml = undefined;
    });
    return new FakeRange(this.context, { kind: 'control', id: this.resolveId });
  }

  insertOoxml(ooxml: string, location: TextLocation): WordRange {
    this.context.queue(() => {
      this.context.word.requireWritable();
      const c = this.#state();
      if (c.cannotEdit) throw new FakeOfficeError('AccessDenied', 'the content control is locked');
      if (location !== 'Replace') throw new FakeOfficeError('InvalidArgument', 'the fake only replaces');
      if (readControlsFromXml(ooxml).length > 0) {
        throw new FakeOfficeError('InvalidArgument', 'Kompas never nests controls');
      }
      c.paragraphs = paragraphsOf(ooxml);
      c.showingPlaceholder = false;
      c.ooxml = ooxml;
    });
    return new FakeRange(this.context, { kind: 'control', id: this.resolveId });
  }

  getRange(location: RangeLocation = 'Whole'): WordRange {
    return new FakeRange(this.context, { kind: 'control', id: this.resolveId, location });
  }
}

type RangeTarget =
  | { readonly kind: 'selection' }
  | { readonly kind: 'control'; readonly id: () => number | undefined; readonly location?: RangeLocation }
  | { readonly kind: 'inserted'; readonly ids: number[] };

class FakeRange implements WordRange {
  readonly #text = new Slot<string>('text');
  readonly contentControls: WordContentControlCollection;
  readonly parentContentControlOrNullObject: WordContentControl;

  constructor(
    private readonly context: FakeContext,
    private readonly target: RangeTarget,
  ) {
    const word = context.word;
    this.contentControls = new FakeCollection(context, () => {
      switch (target.kind) {
        case 'inserted':
          return target.ids.filter((id) => word.controls.some((c) => c.id === id));
        case 'control': {
          const id = target.id();
          return id === undefined ? [] : [id];
        }
        case 'selection':
          return word.cursorInControl === undefined ? [] : [word.cursorInControl];
      }
    });
    this.parentContentControlOrNullObject = new FakeControlProxy(context, () =>
      target.kind === 'selection' ? word.cursorInControl : undefined,
    );
  }

  get text(): string {
    return this.#text.get();
  }

  load(propertyNames: string): this {
    const props = wants(propertyNames);
    this.context.queue(() => {
      for (const p of props) {
        if (p !== 'text') throw new FakeOfficeError('InvalidArgument', `the fake does not know range.${p}`);
        this.#text.set(this.target.kind === 'selection' ? this.context.word.selectionText : '');
      }
    });
    return this;
  }

  insertOoxml(ooxml: string, location: InsertLocation): WordRange {
    const inserted: number[] = [];
    const word = this.context.word;
    this.context.queue(() => {
      word.requireWritable();
      let index: number;
      const target = this.target;
      if (target.kind === 'selection') {
        if (location === 'Replace' && word.selectionText !== '') word.replacedSelection = true;
        if (word.cursorInControl !== undefined && location !== 'Before' && location !== 'After') {
          throw new FakeOfficeError('InvalidArgument', 'the fake does not nest controls');
        }
        index = word.cursor;
      } else if (target.kind === 'control') {
        const c = word.find(target.id() ?? -1);
        const at = word.controls.indexOf(c);
        if (location === 'After') index = at + 1;
        else if (location === 'Before') index = at;
        else throw new FakeOfficeError('InvalidArgument', 'the fake only inserts before or after a control');
      } else {
        throw new FakeOfficeError('InvalidArgument', 'the fake cannot insert into an inserted range');
      }
      inserted.push(...word.insertPackage(ooxml, index));
      word.cursor = index + inserted.length;
      word.cursorInControl = undefined;
      word.selectionText = '';
    });
    return new FakeRange(this.context, { kind: 'inserted', ids: inserted });
  }

  select(): void {
    this.context.queue(() => {
      const t = this.target;
      if (t.kind !== 'control')
        throw new FakeOfficeError('InvalidArgument', 'the fake selects controls only');
      const c = this.context.word.find(t.id() ?? -1);
      this.context.word.selectedControl = c.id;
    });
  }
}
