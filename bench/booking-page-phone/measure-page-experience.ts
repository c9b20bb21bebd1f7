// Runs in Node (bench). What an invitee on a slow phone feels, measured in real Chromium through
// the DevTools protocol with Lighthouse's mobile limits (slow 4G: 150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up; CPU slowed 4×): Largest Contentful Paint, Total Blocking Time and
// Cumulative Layout Shift of the first view, then the blocking time and layout shift while a
// day is picked, and how long the day's times take to show.
import type { Browser, Page } from 'playwright-core';

export interface PageExperience {
  lcpMs: number;
  /** Sum over long tasks of their time beyond 50 ms, from navigation until the page is quiet. */
  tbtMs: number;
  cls: number;
  /** After the first view: the click on a day until its times are on screen. */
  pickMs?: number;
  pickTbtMs?: number;
  pickCls?: number;
}

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
/** The page counts as settled when no long task or shift came for this long. */
const QUIET_MS = 1500;

/** Collects the entries in the page from its first byte on (an init script runs before any). */
const OBSERVE_SCRIPT = `(() => {
  const m = { lcp: 0, longTasks: [], shifts: [], last: performance.now() };
  window.__experience = m;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { m.lcp = e.startTime; } }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { m.longTasks.push([e.startTime, e.duration]); m.last = performance.now(); } }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { if (!e.hadRecentInput) m.shifts.push([e.startTime, e.value]); m.last = performance.now(); } }).observe({ type: 'layout-shift', buffered: true });
})();`;

interface Observed {
  lcp: number;
  longTasks: [number, number][];
  shifts: [number, number][];
  last: number;
}

async function waitForQuiet(page: Page): Promise<Observed> {
  for (;;) {
    await page.waitForTimeout(250);
    // A string: it runs in the page, and this file is compiled without the DOM's types.
    const observed = (await page.evaluate('({ ...window.__experience, now: performance.now() })')) as Observed & { now: number };
    if (observed.now - observed.last >= QUIET_MS) return observed;
  }
}

const blockingAfter = (observed: Observed, from: number): number =>
  observed.longTasks.filter(([start]) => start >= from).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
const shiftAfter = (observed: Observed, from: number): number => observed.shifts.filter(([start]) => start >= from).reduce((sum, [, value]) => sum + value, 0);

export interface MeasureOptions {
  /** Then click the first open day (`dayButton`) and wait for `timesShown` to be visible. */
  pick?: { dayButton: string; timesShown: string };
  /** Slow 4G and the slower CPU; false measures the same steps on this machine as it is. */
  limits: boolean;
}

/** Opens `url` on a fresh phone-sized page, with the HTTP cache off (a first visit). */
export async function measurePageExperience(browser: Browser, url: string, { pick, limits }: MeasureOptions): Promise<PageExperience> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US', timezoneId: 'Europe/Berlin' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (limits) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    await page.addInitScript(OBSERVE_SCRIPT);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const first = await waitForQuiet(page);
    const result: PageExperience = { lcpMs: first.lcp, tbtMs: blockingAfter(first, 0), cls: shiftAfter(first, 0) };
    if (!pick) return result;
    const clickedAt = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.locator(pick.dayButton).first().click();
    await page.locator(pick.timesShown).first().waitFor({ state: 'visible', timeout: 30_000 });
    result.pickMs = Date.now() - started;
    const after = await waitForQuiet(page);
    result.pickTbtMs = blockingAfter(after, clickedAt);
    result.pickCls = shiftAfter(after, clickedAt);
    return result;
  } finally {
    await context.close();
  }
}
