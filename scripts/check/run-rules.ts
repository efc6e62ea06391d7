import type { Problem } from '../problem.js';
import type { CheckedRecord, Table } from '../types/records.js';
import type { DatasetIndex, DatasetRule, Fact, RecordContext, RecordRule, Rule } from './rule.js';
import { inRecordScope } from './record-scope.js';

/** Runs the rules over records given one at a time (check), then lets the cross-record rules judge (judge). */
export interface RuleRunner {
  /** Gives one valid record to the per-record rules of its table and to the collectors of the cross-record ones. */
  check(record: CheckedRecord): void;
  /** Every problem: the per-record rules' so far, then the cross-record rules' judgement of all that was collected. */
  judge(): Problem[];
}

/**
 * The rule runner: gives each record to the per-record rules of its table and to the collectors of
 * the cross-record rules as it comes, then lets each cross-record rule judge its facts. Each problem
 * names the rule that found it. Records may come while others are still being read (the engine hands
 * them over chunk by chunk, in listing order).
 */
export function ruleRunner(rules: readonly Rule[], index: DatasetIndex): RuleRunner {
  const problems: Problem[] = [];
  const add = (rule: Rule, file: string, pointer: string, message: string, fix?: string) => {
    problems.push({ file, pointer, message, rule: rule.name, ...(fix === undefined ? {} : { fix }) });
  };
  const recordRules = rules.filter((r): r is RecordRule => r.scope === 'record');
  const datasetRules = rules.filter((r): r is DatasetRule => r.scope === 'dataset');
  const facts = new Map<DatasetRule, Fact<unknown>[]>(datasetRules.map((r) => [r, []]));
  // Per table, once: the rules that check its records and the collectors that read them.
  type Collect = (record: unknown, context: RecordContext) => unknown;
  const plans = new Map<string, { checks: RecordRule[]; collects: [DatasetRule, Collect][] }>();
  const planOf = (table: string) => {
    let plan = plans.get(table);
    if (!plan) {
      plan = {
        checks: recordRules.filter((r) => r.table === undefined || r.table === table),
        collects: datasetRules.flatMap((r) => {
          const collect = (r.collect[table as Table] ?? r.collect['*']) as Collect | undefined;
          return collect ? [[r, collect] as [DatasetRule, Collect]] : [];
        }),
      };
      plans.set(table, plan);
    }
    return plan;
  };
  // What several rules ask of a record (its values, its references) is answered once while that record
  // is checked, and within one judgement: nothing kept outlives either (inRecordScope), so a record
  // changed before the next check is seen as it is.
  return {
    check(record) {
      const table = record.table as Table;
      const plan = planOf(table);
      const context: RecordContext = { file: record.file, stem: record.stem, table, index };
      let current: Rule = recordRules[0]!;
      const report = (pointer: string, message: string, fix?: string) => add(current, record.file, pointer, message, fix);
      inRecordScope(() => {
        for (const rule of plan.checks) {
          current = rule;
          rule.check(record.data, report, context);
        }
        for (const [rule, collect] of plan.collects) {
          const fact = collect(record.data, context);
          if (fact !== undefined) facts.get(rule)!.push({ file: record.file, table, fact });
        }
      });
    },
    judge() {
      inRecordScope(() => {
        for (const rule of datasetRules) rule.judge(facts.get(rule)!, (at, pointer, message, fix) => add(rule, at.file, pointer, message, fix), index);
      });
      return problems;
    },
  };
}

/** Runs every rule over the valid records: each record in turn, then the cross-record judgements. */
export function runRules(rules: readonly Rule[], records: readonly CheckedRecord[], index: DatasetIndex): Problem[] {
  const runner = ruleRunner(rules, index);
  for (const record of records) runner.check(record);
  return runner.judge();
}
