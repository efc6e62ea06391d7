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

/** Text gathered before it is encoded: big enough that encoding costs little per piece. */
const PART_CHARS = 1 << 16;

/**
 * Text written piece by piece and encoded as UTF-8 as it comes, in parts of ~64 KiB: a big table
 * (tens of MB at 100,000 records) is never one string, and its pieces are garbage almost at once
 * rather than held, hundreds of thousands of them, until the table ends (which made the build's
 * garbage collector copy them all).
 */
export class TextParts {
  private readonly parts: Buffer[] = [];
  private text = '';

  write(piece: string): void {
    this.text += piece;
    if (this.text.length >= PART_CHARS) this.flush();
  }

  /** The bytes written so far, in parts. */
  bytes(): Buffer[] {
    this.flush();
    return this.parts;
  }

  private flush(): void {
    if (this.text.length === 0) return;
    this.parts.push(Buffer.from(this.text));
    this.text = '';
  }
}

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
