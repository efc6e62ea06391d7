/**
 * A file's content: text, bytes, or bytes in parts (a big table assembled from its chunks is written
 * part after part, never copied into one buffer).
 */
export type Content = string | Uint8Array | Uint8Array[];

/**
 * Where exporters put files: path (under dist/, or under the project root for documents) -> content.
 * A Map satisfies it (tests keep the build in memory); the build itself streams into a staging folder.
 */
export interface Output {
  set(path: string, content: Content): unknown;
}

/** A content's size in bytes. */
export const contentLength = (content: Content): number =>
  typeof content === 'string' ? Buffer.byteLength(content) : Array.isArray(content) ? content.reduce((n, part) => n + part.byteLength, 0) : content.byteLength;

/** A content's bytes, in one buffer. */
export const contentBytes = (content: Content): Buffer => (Array.isArray(content) ? Buffer.concat(content) : Buffer.from(content as string | Uint8Array));

/**
 * Text in pieces, as UTF-8 bytes in one buffer: the pieces are never joined into one string first
 * (at 100,000 records a table is tens of MB, and a joined copy would double it).
 */
export function textBytes(pieces: readonly string[]): Buffer {
  let length = 0;
  for (const piece of pieces) length += Buffer.byteLength(piece);
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  for (const piece of pieces) at += bytes.write(piece, at);
  return bytes;
}

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
