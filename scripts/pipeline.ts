import { readMeta } from './load/read-meta.js';
import type { EngineOptions } from './engine/index.js';
import { checkDataset, type CheckResult } from './check/check-dataset.js';
import { rules } from './check/rules/index.js';
import { modelDataset } from './model/dataset-model.js';
import { readTypes } from './types/read-types.js';
import { exportJson } from './export/export-json.js';
import { exportCsv } from './export/export-csv.js';
import { exportDatapackage } from './export/export-datapackage.js';
import { exportEntryPoints } from './export/export-entry-points.js';
import { exportLoadSpecs } from './export/export-load-specs.js';
import { jsonText, type Output } from './export/output.js';
import { renderCodebook } from './export/export-codebook.js';
import { exportJsonLd } from './export/export-jsonld.js';
import { exportFigures } from './export/export-figures.js';
import { renderBibtex, renderCitationCff } from './export/export-citation.js';

/**
 * The build, top to bottom: load -> validate -> check -> model -> export. Each step gets whole
 * records; how files are read fast (threads, chunks) is the engine's business alone (engine/).
 */

export interface BuildOutputs {
  /** Receives every file of dist/. */
  dist: Output;
  /** Receives the generated documents at the project root (CODEBOOK.md, CITATION.cff). */
  docs: Output;
}

export interface BuildOptions {
  /** Draw the SVG figures (default true; the benchmark leaves them out). */
  figures?: boolean;
  /** Passed to the engine untouched (its tests force threads and chunk sizes); the build never looks inside. */
  engine?: EngineOptions;
}

export { checkDataset, checkRecords, type CheckResult } from './check/check-dataset.js';

export interface BuildResult extends CheckResult {}

/** check -> model -> export. Exports only when there is no problem at all. */
export async function buildDataset(root: string, outputs: BuildOutputs, options: BuildOptions = {}): Promise<BuildResult> {
  const checked = await checkDataset(root, { engine: options.engine });
  if (checked.problems.length > 0) return checked;
  const { schemas, models, records, ids } = checked;
  const meta = readMeta(root);
  const model = modelDataset(models, records);

  const out = outputs.dist;
  exportJson(out, meta, new Map(Object.entries(records)));
  exportCsv(out, model.tables, model.forEachRow);
  exportDatapackage(out, meta, model.tables);
  exportLoadSpecs(out, model.tables);
  exportEntryPoints(out, meta, schemas, readTypes(), Object.keys(records), ids);
  for (const [file, schema] of schemas.all) out.set(`schema/${file}`, jsonText(schema));
  out.set('citation.bib', renderBibtex(meta));
  exportJsonLd(out, meta, model.tables, records);
  if (options.figures ?? true) {
    const topicColumn = models.find((m) => m.name === 'clause_topics')?.columns.find((c) => c.name === 'topic');
    exportFigures(
      out,
      records,
      { codes: topicColumn?.enum ?? [], descriptions: topicColumn?.enumDescriptions ?? {} },
      schemas.groups.get('treaty-steps')!,
      meta,
    );
  }
  outputs.docs.set('CODEBOOK.md', renderCodebook(meta, model.tables, rules));
  outputs.docs.set('CITATION.cff', renderCitationCff(meta));
  return checked;
}
