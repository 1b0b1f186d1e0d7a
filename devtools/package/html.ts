/**
 * Finds what a strict Content-Security-Policy (`script-src 'self' https://appsforoffice.microsoft.com`,
 * no 'unsafe-inline') would block in an HTML page: inline scripts, inline event handlers and
 * `javascript:` URLs. Used on the source pages and on the built ones.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';

export function inlineScriptProblems(html: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(html, 'text/html');
  const walk = (element: XmlElement): void => {
    const name = (element.localName ?? element.nodeName).toLowerCase();
    if (name === 'script' && !element.hasAttribute('src')) {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      // A JSON data block is not executed, so CSP does not apply; everything else is a script.
      if (type !== 'application/json' && type !== 'application/ld+json') problems.push('inline <script>');
    }
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i);
      if (attribute === null) continue;
      const attr = attribute.name.toLowerCase();
      if (/^on[a-z]+$/.test(attr)) problems.push(`inline event handler ${attr} on <${name}>`);
      if (
        (attr === 'href' || attr === 'src' || attr === 'action') &&
        /^\s*javascript:/i.test(attribute.value)
      ) {
        problems.push(`javascript: URL in ${attr} on <${name}>`);
      }
    }
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1) walk(child as XmlElement);
    }
  };
  if (doc.documentElement) walk(doc.documentElement);
  return problems;
}
