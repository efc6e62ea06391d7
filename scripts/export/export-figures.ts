import type { Output } from './output.js';
import type { Records } from '../types/records.js';
import { timelineSvg } from './figures/timeline.js';
import { topicMatrixSvg, type TopicVocabulary } from './figures/clause-topics.js';
import type { FigureSource } from './figures/svg-text.js';

export { timelineSvg, topicMatrixSvg };

/**
 * dist/figures/: SVG drawn from the data, the same bytes for the same data (nothing random, no font
 * read): the timeline of events from the 2024 treaty's signing on, and the topics of each treaty's
 * recorded articles. Each has a legend for every colour, mark and shade, and a caption with source,
 * version and licence.
 */
export function exportFigures(
  out: Output,
  records: Pick<Records, 'events' | 'treaties' | 'clauses'>,
  topics: TopicVocabulary,
  treatySteps: ReadonlySet<string>,
  source: FigureSource,
): void {
  const treaties = records.treaties.map((r) => r.data);
  const csp = treaties.find((t) => t.id === 'csp-2024');
  out.set(
    'figures/timeline.svg',
    timelineSvg(
      records.events.map((r) => r.data),
      csp ? csp.signed.value.slice(0, 7) : '2024-06',
      treatySteps,
      source,
    ),
  );
  out.set(
    'figures/clause-topics.svg',
    topicMatrixSvg(
      treaties,
      records.clauses.map((r) => r.data),
      topics,
      source,
    ),
  );
}
