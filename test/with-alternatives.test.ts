import { describe, expect, it } from 'vitest';
import { forEachWithAlternatives } from '../scripts/check/with-alternatives.js';

describe('forEachWithAlternatives', () => {
  it('visits each cited value that has another reading, at its pointer, and nothing else', () => {
    const record = {
      id: 'x',
      date: { value: '2024-06-19', sources: [{ source: 'a' }], alternatives: [{ value: '2024-06-20', sources: [{ source: 'b' }] }] },
      announced: { value: '2024-06-19', sources: [{ source: 'a' }], alternatives: [] },
      vote: { for: 3, sources: [{ source: 'a' }] },
      steps: [{ date: { value: '2024', sources: [], alternatives: [{ value: '2025', sources: [] }] } }],
    };
    const seen: string[] = [];
    forEachWithAlternatives(record, (node, place) => seen.push(`${place.pointer()} ${String(node.value)}`));
    expect(seen).toEqual(['/date 2024-06-19', '/steps/0/date 2024']);
  });
});
