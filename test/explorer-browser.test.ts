import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSite } from '../scripts/site/write-site.js';
import { ROOT } from './support/project.js';

/**
 * The explorer in a real browser, opened from file:// as a reader who unzipped the release would:
 * Debian's chromium driven by playwright-core (never a downloaded browser), one launch for the file.
 */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const INSTALL = 'apt-get install -y --no-install-recommends chromium fonts-noto-cjk';
/** Where the screenshots go, to be looked at. */
const SCREENSHOTS = join(tmpdir(), 'dprk-russia-treaty-explorer-screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let dir: string;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];
const failedRequests: string[] = [];
const offSiteRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (set CHROMIUM to its path). On Debian: ${INSTALL}`);
  dir = mkdtempSync(join(tmpdir(), 'dprk-explorer-'));
  writeSite(ROOT, dir);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (r) => {
    if (!r.url().startsWith('file://')) offSiteRequests.push(r.url());
  });
  context.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`));
  context.on('page', (p) => watch(p));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function watch(page: Page): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
}

const url = (path: string): string => {
  const [file = '', query] = path.split('?');
  return pathToFileURL(join(dir, file)).href + (query ? `?${query}` : '');
};
const sitePath = (page: Page): string => decodeURIComponent(new URL(page.url()).pathname).slice(dir.length + 1);

/**
 * axe-core's serious and critical violations on the page as it is now. Colour contrast, three
 * quarters of axe's time, can be left to the pages that already show every class of text the
 * stylesheet colours (contrast: false on record pages after the treaty's).
 */
async function axeProblems(page: Page, contrast = true): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (contrast) => {
    const r = await (window as any).axe.run(document, {
      preload: false,
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: contrast } },
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }));
  }, contrast);
  return result
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; nodes: string[] }) => `${sitePath(page)}: ${v.id} at ${v.nodes.join(', ')}`);
}

describe('the explorer in Chromium, from file://', () => {
  it("walks from the home page to the 2024 treaty, its Article 4, a source, the Kursk events and a person's events", async () => {
    const page = await context.newPage();
    const axe: string[] = [];
    await page.goto(url('index.html'));
    expect(await page.locator('h1').innerText()).toContain('2024 Russia–DPRK treaty');
    axe.push(...(await axeProblems(page)));
    // Keyboard: the first Tab shows the skip link with a visible focus ring; Enter moves to the content.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle, onScreen: box.left >= 0 && box.top >= 0 && box.width > 0 };
    });
    expect(skip).toEqual({ text: 'Skip to content', outline: 'solid', onScreen: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // The 2024 treaty, from the list of treaties.
    await page.locator('main a[href="treaties/csp-2024.html"]').click();
    expect(sitePath(page)).toBe('treaties/csp-2024.html');
    await expect.poll(() => page.locator('section.articles').count()).toBe(1);
    expect(await page.locator('.gap').count()).toBeGreaterThan(0);
    axe.push(...(await axeProblems(page)));

    // Article 4, from the treaty's articles in order.
    await page.locator('section.articles h3 a', { hasText: /^Article 4$/ }).click();
    expect(sitePath(page)).toBe('clauses/csp-2024-art-04.html');
    expect(await page.locator('h1').innerText()).toMatch(/Article 4$/);
    expect(await page.locator('[data-field="quotes"] blockquote[lang="ko"]').count()).toBeGreaterThan(0);
    axe.push(...(await axeProblems(page, false)));

    // One of its sources.
    const source = page.locator('[data-field="sources"] .citations a').first();
    const sourceTitle = await source.innerText();
    await source.click();
    expect(sitePath(page)).toMatch(/^sources\/[a-z0-9-]+\.html$/);
    expect(await page.locator('h1').innerText()).toBe(sourceTitle);
    expect(await page.locator('#links ~ dl a[href="../clauses/csp-2024-art-04.html"]').count()).toBe(1);
    axe.push(...(await axeProblems(page, false)));

    // Search, from the box every page has.
    await page.locator('#site-q').fill('Kursk');
    await page.locator('#site-q').press('Enter');
    await page.waitForURL(/search\.html\?q=Kursk$/);
    const results = page.locator('#search-results li');
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    const kurskEvents = page.locator('#search-results li', { hasText: 'events' }).filter({ hasText: 'Kursk' }).locator('a');
    expect(await kurskEvents.count()).toBeGreaterThan(2);
    axe.push(...(await axeProblems(page)));
    // A Kursk event in the results with a person among its participants, and that person's page.
    const events = JSON.parse(readFileSync(join(ROOT, 'dist', 'json', 'events.json'), 'utf8')) as { id: string; participants?: { party: string }[] }[];
    const parties = JSON.parse(readFileSync(join(ROOT, 'dist', 'json', 'parties.json'), 'utf8')) as { id: string; kind: string }[];
    const people = new Set(parties.filter((p) => p.kind === 'person').map((p) => p.id));
    const found = await kurskEvents.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const event = events.find((e) => found.includes(`events/${e.id}.html`) && e.participants?.some((p) => people.has(p.party)));
    expect(event, 'a Kursk event found by search with a person taking part').toBeDefined();
    await page.locator(`#search-results a[href="events/${event!.id}.html"]`).click();
    expect(sitePath(page)).toBe(`events/${event!.id}.html`);
    const person = event!.participants!.find((p) => people.has(p.party))!.party;
    await page.locator(`[data-field="participants"] a[href="../parties/${person}.html"]`).first().click();
    expect(sitePath(page)).toBe(`parties/${person}.html`);
    axe.push(...(await axeProblems(page, false)));
    const theirEvents = page.locator('#links ~ dl li', { hasText: 'via Participants' }).locator('a[href^="../events/"]');
    expect(await theirEvents.count()).toBeGreaterThan(0);
    await theirEvents.first().click();
    expect(sitePath(page)).toMatch(/^events\//);
    expect(await page.locator(`[data-field="participants"] a[href="../parties/${person}.html"]`).count()).toBeGreaterThan(0);

    expect(axe).toEqual([]);
    await page.close();
  });

  it('sorts and filters a table, every other page type passes axe, and nothing fails or leaves file://', async () => {
    const page = await context.newPage();
    const axe: string[] = [];
    await page.goto(url('events/index.html'));
    const rows = page.locator('#records tbody tr');
    const all = await rows.count();
    await page.locator('#filter').fill('kursk');
    const shown = await page.locator('#records tbody tr:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await page.locator('#filter').fill('');
    const dateHeader = page.locator('#records thead th', { hasText: /^date$/ });
    await dateHeader.locator('button').press('Enter');
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    const dates = await page
      .locator('#records tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[3]?.getAttribute('data-sort') ?? ''));
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort());
    // The other page types: a table page (a short one: axe's time grows with the page) and a record
    // whose sources disagree.
    for (const path of ['codings/index.html', 'events/csp-2024-ru-law-signed.html']) {
      await page.goto(url(path));
      axe.push(...(await axeProblems(page)));
    }
    expect(axe).toEqual([]);
    await page.close();
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(offSiteRequests).toEqual([]);
  });

  it("is complete without JavaScript, fits a phone's width, and is screenshot at desktop and phone width", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(url('events/index.html'));
    expect(await plain.locator('#records tbody tr').count()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'dist', 'json', 'events.json'), 'utf8')) as unknown[]).length,
    );
    await plain.goto(url('treaties/csp-2024.html'));
    expect(await plain.locator('section.articles .article').count()).toBeGreaterThan(10);
    await noJs.close();

    const shots: Record<string, string> = {
      home: 'index.html',
      treaty: 'treaties/csp-2024.html',
      event: 'events/csp-2024-ru-law-signed.html',
      table: 'events/index.html',
      search: 'search.html?q=Kursk',
    };
    for (const [width, height, name] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      for (const [shot, path] of Object.entries(shots)) {
        await page.goto(url(path));
        if (name === 'phone') {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} is wider than a phone`).toBeLessThanOrEqual(0);
        }
        writeFileSync(join(SCREENSHOTS, `${shot}-${name}.png`), await page.screenshot());
      }
      await page.close();
    }
    expect(consoleErrors).toEqual([]);
  });
});
