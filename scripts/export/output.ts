/** The build's output, kept in memory until every exporter has succeeded: path under dist/ -> content. */
export type Output = Map<string, string>;

/** Package metadata the exporters stamp into their files (no timestamps: builds must be reproducible). */
export interface Meta {
  name: string;
  version: string;
  description: string;
  license: string;
  keywords: string[];
}

export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
