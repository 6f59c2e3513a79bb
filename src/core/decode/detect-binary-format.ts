/** A binary file format recognised by its first bytes. */
export interface BinaryFormat {
  /** Short id, used to pick the error code. */
  id: 'png' | 'pdf' | 'gif' | 'jpeg' | 'zip' | 'gzip' | 'ole';
  /** Name for people, with its article: "a PNG image". */
  name: string;
}

interface Signature {
  format: BinaryFormat;
  magic: readonly number[];
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

// Only signatures that no plain-text page can start with: each holds a byte outside printable ASCII
// or a marker ("%PDF-", "GIF8") that a news page does not open with.
const SIGNATURES: readonly Signature[] = [
  {
    format: { id: 'png', name: 'a PNG image' },
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { format: { id: 'pdf', name: 'a PDF document' }, magic: ascii('%PDF-') },
  { format: { id: 'gif', name: 'a GIF image' }, magic: ascii('GIF87a') },
  { format: { id: 'gif', name: 'a GIF image' }, magic: ascii('GIF89a') },
  { format: { id: 'jpeg', name: 'a JPEG image' }, magic: [0xff, 0xd8, 0xff] },
  {
    format: {
      id: 'zip',
      name: 'a ZIP archive (Word .docx and OpenDocument files are ZIP archives)',
    },
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    format: { id: 'zip', name: 'an empty ZIP archive' },
    magic: [0x50, 0x4b, 0x05, 0x06],
  },
  { format: { id: 'gzip', name: 'a gzip-compressed file' }, magic: [0x1f, 0x8b] },
  {
    format: { id: 'ole', name: 'an old-style Office file (such as a Word .doc)' },
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
];

/** Names the binary format the bytes start with, or returns null when no known signature matches. */
export function detectBinaryFormat(bytes: Uint8Array): BinaryFormat | null {
  for (const { format, magic } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)) {
      return format;
    }
  }
  return null;
}
