// Everything outside XML 1.0's Char production: C0 controls but tab, CR and LF; lone surrogates;
// U+FFFE and U+FFFF. XML and DOCX parsers refuse a document holding one, so exports drop them.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function toXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * One line of exportable text: XML-illegal characters dropped, line breaks and tabs turned into
 * single spaces (fields and blocks are single paragraphs), and the ends trimmed.
 */
export function cleanText(text: string): string {
  return toXmlChars(text)
    .replace(/[ \t]*[\r\n]+[ \t]*/g, ' ')
    .replace(/\t/g, ' ')
    .trim();
}
