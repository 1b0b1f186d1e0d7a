/**
 * Writing XML safely. Markup is a branded string that only this module's builders produce, so
 * text a person typed can reach a document only through `text()` / attribute values, escaped.
 */

declare const xmlBrand: unique symbol;
/** Serialized, well-formed XML. Build it with `el`, `text`, `raw` (constants only) and `join`. */
export type Xml = string & { readonly [xmlBrand]: true };

/**
 * Everything XML 1.0 cannot hold (§2.2 Char): C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF and lone surrogates. No escape can represent them (`&#1;` is not well-formed either), so
 * they are removed; with the `u` flag a surrogate *pair* is one code point and is kept.
 */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot hold; see `notXmlChar`. */
export function xmlSafe(s: string): string {
  return s.replace(notXmlChar, '');
}

/**
 * Escapes character data. `>` is escaped too, so `]]>` can never appear in output. NEL and
 * LINE SEPARATOR are written as references because XML 1.1-minded parsers (xmldom) treat them
 * as line ends and would change them.
 */
export function escapeText(s: string): string {
  let out = '';
  for (const ch of xmlSafe(s)) {
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '\u0085':
        out += '&#133;';
        break;
      case '\u2028':
        out += '&#8232;';
        break;
      case '\u2029':
        out += '&#8233;';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/**
 * Escapes an attribute value for double quotes. Tab, LF and CR become character references
 * because attribute-value normalisation would otherwise turn them into spaces.
 */
export function escapeAttr(s: string): string {
  let out = '';
  for (const ch of xmlSafe(s)) {
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&apos;';
        break;
      case '\t':
        out += '&#9;';
        break;
      case '\n':
        out += '&#10;';
        break;
      case '\r':
        out += '&#13;';
        break;
      case '\u0085':
        out += '&#133;';
        break;
      case '\u2028':
        out += '&#8232;';
        break;
      case '\u2029':
        out += '&#8233;';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** An XML name we write ourselves (`w:p`, `pkg:part`); checked so a typo cannot produce broken markup. */
const xmlName = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/** An element. Attributes with `undefined` or `false` are left out; `true` writes the attribute as "true". */
export function el(name: string, attrs: Attrs = {}, ...children: readonly Xml[]): Xml {
  if (!xmlName.test(name)) throw new Error(`invalid XML element name: ${name}`);
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (!xmlName.test(key)) throw new Error(`invalid XML attribute name: ${key}`);
    open += ` ${key}="${escapeAttr(String(value))}"`;
  }
  const content = children.join('');
  return (content === '' ? `${open}/>` : `${open}>${content}</${name}>`) as Xml;
}

/** Character data, escaped. */
export function text(s: string): Xml {
  return escapeText(s) as Xml;
}

/** Concatenates markup. */
export function join(parts: readonly Xml[]): Xml {
  return parts.join('') as Xml;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' as Xml;
