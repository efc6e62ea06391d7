/**
 * Where exporters put files: path (under dist/, or under the project root for documents) -> content.
 * A Map satisfies it (tests keep the build in memory); the build itself streams into a staging folder.
 */
export interface Output {
  set(path: string, content: string | Uint8Array): unknown;
}

/** Package metadata the exporters stamp into their files (no timestamps: builds must be reproducible). */
export interface Meta {
  name: string;
  version: string;
  description: string;
  license: string;
  keywords: string[];
}

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
