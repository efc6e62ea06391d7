import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';
import { dateBounds } from '../scripts/validate/partial-date.js';

/** Whole-dataset rules about the curated facts themselves, beyond what one record's schema can say. */
const t = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const sources = new Map<string, any>(t.sources.map((s: any) => [s.id, s]));
const RATIFICATION_CHAIN = ['signing', 'submission-to-legislature', 'legislative-vote', 'legislative-approval', 'law-signed', 'ratification-decree', 'exchange-of-instruments', 'entry-into-force'];
/** Two sources are independent when neither relays the other's newsroom: compare their origins. */
const originOf = (id: string): string => { const s = sources.get(id)!; return s.origin ?? s.publisher; };

describe('the curated facts', () => {
  it('date every step of the 2024 treaty\'s ratification chain with at least two independent sources', () => {
    const chain = t.events.filter((e: any) => e.treaty === 'csp-2024' && RATIFICATION_CHAIN.includes(e.type));
    expect(new Set(chain.map((e: any) => e.type))).toEqual(new Set(RATIFICATION_CHAIN));
    for (const e of chain) {
      const origins = new Set(e.date.sources.map((c: any) => originOf(c.source)));
      expect(origins.size, `${e.id} date ${e.date.value}: origins ${[...origins].join(', ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('keep each treaty\'s status history in date order, ending at its current status', () => {
    for (const treaty of t.treaties) {
      const history = treaty.status_history ?? [];
      if (history.length === 0) continue;
      expect(history.at(-1).status, treaty.id).toBe(treaty.status);
      const dates = history.map((h: any) => h.date);
      expect(dates, treaty.id).toEqual([...dates].sort());
    }
  });

  it('record where the seed article is wrong, citing it for the rejected value', () => {
    const seed = [...sources.values()].find((s) => s.title === 'DPRK ratifies defense treaty with Russia');
    expect(seed, 'the seed article is a source record').toBeDefined();
    const citedForRejected = t.events.some((e: any) => (e.date.alternatives ?? []).some((a: any) => a.sources.some((c: any) => c.source === seed.id)));
    expect(citedForRejected).toBe(true);
    expect(seed.notes).toBeTruthy();
  });

  it('give every state its ISO 3166 and Correlates of War codes', () => {
    for (const p of t.parties.filter((x: any) => x.kind === 'state')) {
      expect(p.iso3166_alpha2 ?? p.iso3166_3, p.id).toBeTruthy();
      expect(p.cow_code, p.id).toBeTypeOf('number');
    }
  });

  it('have a clause for the articles the treaty record points to', () => {
    const clauses = new Set(t.clauses.map((c: any) => c.id));
    for (const treaty of t.treaties) if (treaty.entry_into_force_article) expect(clauses.has(treaty.entry_into_force_article)).toBe(true);
  });

  it('number no clause beyond the article count its treaty record states', () => {
    for (const treaty of t.treaties) {
      if (treaty.article_count === undefined) continue;
      for (const c of t.clauses.filter((x: any) => x.treaty === treaty.id && x.kind === 'article')) {
        expect(c.article, `${c.id}: ${treaty.id} has ${treaty.article_count.value} articles`).toBeLessThanOrEqual(treaty.article_count.value);
      }
    }
  });

  it('give every person who acts in an event an office whose recorded dates do not exclude the event date', () => {
    const parties = new Map<string, any>(t.parties.map((p: any) => [p.id, p]));
    for (const e of t.events) {
      const day = dateBounds(e.date.value)!;
      for (const { party } of e.participants ?? []) {
        const p = parties.get(party)!;
        if (p.kind !== 'person') continue;
        const offices = p.offices ?? [];
        expect(offices.length, `${party} acts in ${e.id} but has no office`).toBeGreaterThan(0);
        const held = offices.some((o: any) => (o.from === undefined || dateBounds(o.from)!.earliest <= day.latest) && (o.to === undefined || dateBounds(o.to)!.latest >= day.earliest));
        expect(held, `${party} acts in ${e.id} on ${e.date.value}, outside every office recorded: ${offices.map((o: any) => `${o.title} ${o.from ?? '?'}..${o.to ?? ''}`).join('; ')}`).toBe(true);
      }
    }
  });

  it('cite no source both for a date and for an alternative to it', () => {
    const dateFacts: [string, any][] = [
      ...t.events.flatMap((e: any) => ['date', 'end_date', 'announced'].filter((k) => e[k]).map((k): [string, any] => [`${e.id} ${k}`, e[k]])),
      ...t.treaties.flatMap((tr: any) => ['signed', 'entry_into_force'].filter((k) => tr[k]).map((k): [string, any] => [`${tr.id} ${k}`, tr[k]])),
    ];
    for (const [where, fact] of dateFacts) {
      const main = new Set(fact.sources.map((c: any) => c.source));
      for (const alt of fact.alternatives ?? []) for (const c of alt.sources) expect(main.has(c.source), `${where}: ${c.source} is cited for ${fact.value} and for ${alt.value}`).toBe(false);
    }
    // A treaty's change of status cites no source that its event records as giving another date.
    const events = new Map<string, any>(t.events.map((e: any) => [e.id, e]));
    for (const tr of t.treaties) {
      for (const h of tr.status_history ?? []) {
        if (!h.event) continue;
        const dissent = new Map<string, string>();
        for (const alt of events.get(h.event)?.date.alternatives ?? []) if (!h.date.startsWith(alt.value)) for (const c of alt.sources) dissent.set(c.source, alt.value);
        for (const c of h.sources) expect(dissent.has(c.source), `${tr.id} status ${h.status} ${h.date} cites ${c.source}, which ${h.event} records as giving ${dissent.get(c.source)}`).toBe(false);
      }
    }
  });
});
