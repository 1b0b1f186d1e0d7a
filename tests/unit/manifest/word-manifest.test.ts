import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { renderWordManifest } from '../../../devtools/package/render.ts';
import { settings } from './fixtures.ts';

const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  const root = doc.documentElement;
  if (!root) throw new Error('no root element');
  return root;
}

function children(parent: Element, ns: string, name?: string): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === 1) {
      const e = c as Element;
      if (e.namespaceURI === ns && (name === undefined || e.localName === name)) out.push(e);
    }
  }
  return out;
}

function one(parent: Element, ns: string, name: string): Element {
  const found = children(parent, ns, name);
  expect(found, `<${name}> under <${parent.localName}>`).toHaveLength(1);
  return found[0] as Element;
}

function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    out.push(e);
    for (let c = e.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === 1) walk(c as Element);
  };
  walk(root);
  return out;
}

const xml = renderWordManifest(settings);
const root = parse(xml);

describe('the Word add-in XML manifest', () => {
  it('is a task pane app with its base elements in the order the schema requires', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(OFFICE);
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    const order = children(root, OFFICE).map((e) => e.localName);
    const required = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
    ];
    expect(order).toEqual(required);
    expect(children(root, OVERRIDES, 'VersionOverrides')).toHaveLength(1);
  });

  it('has a GUID id, a four-part version and the provider', () => {
    expect(one(root, OFFICE, 'Id').textContent).toMatch(GUID);
    expect(one(root, OFFICE, 'Id').textContent).toBe(settings.appId);
    expect(one(root, OFFICE, 'Version').textContent).toBe('1.2.3.0');
    expect(one(root, OFFICE, 'ProviderName').textContent).toBe('Gemeente Voorbeeldstad');
  });

  it('runs in Word documents with WordApi 1.3 and may read and write the document', () => {
    expect(one(one(root, OFFICE, 'Hosts'), OFFICE, 'Host').getAttribute('Name')).toBe('Document');
    const set = one(one(one(root, OFFICE, 'Requirements'), OFFICE, 'Sets'), OFFICE, 'Set');
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['WordApi', '1.3']);
    expect(one(root, OFFICE, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(
      one(one(root, OFFICE, 'DefaultSettings'), OFFICE, 'SourceLocation').getAttribute('DefaultValue'),
    ).toBe('https://kompas.voorbeeldstad.nl/word-addin/index.html');
    expect(one(one(root, OFFICE, 'AppDomains'), OFFICE, 'AppDomain').textContent).toBe(
      'https://kompas.voorbeeldstad.nl',
    );
  });

  it('adds a button to the Home tab that shows the task pane, with 16, 32 and 80 px icons', () => {
    const overrides = one(root, OVERRIDES, 'VersionOverrides');
    expect(overrides.getAttributeNS(XSI, 'type')).toBe('VersionOverridesV1_0');
    const host = one(one(overrides, OVERRIDES, 'Hosts'), OVERRIDES, 'Host');
    expect(host.getAttributeNS(XSI, 'type')).toBe('Document');
    const point = one(one(host, OVERRIDES, 'DesktopFormFactor'), OVERRIDES, 'ExtensionPoint');
    expect(point.getAttributeNS(XSI, 'type')).toBe('PrimaryCommandSurface');
    const tab = one(point, OVERRIDES, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const control = one(one(tab, OVERRIDES, 'Group'), OVERRIDES, 'Control');
    expect(control.getAttributeNS(XSI, 'type')).toBe('Button');
    const action = one(control, OVERRIDES, 'Action');
    expect(action.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    const sizes = children(one(control, OVERRIDES, 'Icon'), BT, 'Image').map((i) => i.getAttribute('size'));
    expect(sizes).toEqual(['16', '32', '80']);
  });

  it('resolves every resid to a resource', () => {
    const resources = one(one(root, OVERRIDES, 'VersionOverrides'), OVERRIDES, 'Resources');
    const ids = new Set(
      descendants(resources)
        .map((e) => e.getAttribute('id'))
        .filter((id) => id !== null),
    );
    const refs = descendants(root)
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null && r !== '');
    expect(refs.length).toBeGreaterThan(8);
    for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
  });

  it('points every URL at the host over https', () => {
    const urls = descendants(root)
      .flatMap((e) => [e.getAttribute('DefaultValue'), e.localName === 'AppDomain' ? e.textContent : null])
      .filter((v): v is string => v !== null && /^[a-z]+:/i.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/kompas\.voorbeeldstad\.nl(\/|$)/);
    expect(xml).not.toMatch(/\{\{|\}\}/);
  });

  it('escapes an organisation name for XML', () => {
    const escaped = parse(renderWordManifest({ ...settings, organisation: 'Noord & Zuid <Oost>' }));
    expect(one(escaped, OFFICE, 'ProviderName').textContent).toBe('Noord & Zuid <Oost>');
  });
});
