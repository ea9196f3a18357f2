/**
 * Escaping for XML (GraphML, GEXF, SVG) and HTML text.
 *
 * XML 1.0 cannot carry most C0 control characters, U+FFFE/U+FFFF or unpaired surrogates, not
 * even as character references; those are replaced by U+FFFD. Line breaks and tabs survive:
 * in attribute values they are written as character references, which parsers do not normalise
 * to spaces, and carriage returns become `&#13;` everywhere so that they are not folded into
 * line feeds.
 */

// With the `u` flag a surrogate pair is one character, so the surrogate ranges match only
// unpaired halves. Each pattern finds everything its escaper changes in one pass.
/* eslint-disable no-control-regex -- matching control characters is the point here */
const TEXT_SPECIALS = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const ATTRIBUTE_SPECIALS =
  /[&<>"'\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const HTML_SPECIALS = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
/* eslint-enable no-control-regex */

const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/** The reference for a special character; characters XML cannot hold become U+FFFD. */
function toReference(character: string): string {
  return REFERENCES[character] ?? "\uFFFD";
}

/** Escapes text content of an XML element. */
export function escapeXmlText(value: string): string {
  return value.replace(TEXT_SPECIALS, toReference);
}

/** Escapes an XML attribute value (for either quote style), keeping line breaks and tabs. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIALS, toReference);
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(HTML_SPECIALS, toReference);
}
