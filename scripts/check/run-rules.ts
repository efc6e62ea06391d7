import type { Problem } from '../problem.js';
import type { CheckedRecord, Table } from '../types/records.js';
import type { DatasetIndex, DatasetRule, Fact, RecordContext, RecordRule, Rule } from './rule.js';

/**
 * Runs every rule over the valid records: walks them once, gives each record to the per-record rules
 * of its table and to the collectors of the cross-record rules, then lets each cross-record rule
 * judge its facts. Each problem names the rule that found it.
 */
export function runRules(rules: readonly Rule[], records: readonly CheckedRecord[], index: DatasetIndex): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: Rule, file: string, pointer: string, message: string, fix?: string) => {
    problems.push({ file, pointer, message, rule: rule.name, ...(fix === undefined ? {} : { fix }) });
  };
  const recordRules = rules.filter((r): r is RecordRule => r.scope === 'record');
  const datasetRules = rules.filter((r): r is DatasetRule => r.scope === 'dataset');
  const facts = new Map<DatasetRule, Fact<unknown>[]>(datasetRules.map((r) => [r, []]));
  for (const record of records) {
    const table = record.table as Table;
    const context: RecordContext = { file: record.file, stem: record.stem, table, index };
    for (const rule of recordRules) {
      if (rule.table !== undefined && rule.table !== table) continue;
      rule.check(record.data, (pointer, message, fix) => add(rule, record.file, pointer, message, fix), context);
    }
    for (const rule of datasetRules) {
      const collect = (rule.collect[table] ?? rule.collect['*']) as ((r: unknown, c: RecordContext) => unknown) | undefined;
      const fact = collect?.(record.data, context);
      if (fact !== undefined) facts.get(rule)!.push({ file: record.file, table, fact });
    }
  }
  for (const rule of datasetRules) rule.judge(facts.get(rule)!, (at, pointer, message, fix) => add(rule, at.file, pointer, message, fix), index);
  return problems;
}
