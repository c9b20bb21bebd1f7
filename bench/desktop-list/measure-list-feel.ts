// Runs in Node (bench). How a long list feels (issue #18, row 2), in the page's own clock: long
// tasks (a `longtask` PerformanceObserver) while the list scrolls in steps, one animation frame
// apart as a wheel would, and the time from the last keystroke of a search until the list shows
// its results.
import type { Page } from 'playwright-core';

export interface ScrollFeel {
  /** The longest task while scrolling, ms (0 when none passed 50 ms). */
  longestTaskMs: number;
  longTasks: number;
}

const SCROLL_STEPS = 60;
const STEP_PX = 600;

// The code that runs in the page is kept as text (this file is compiled without the DOM's types).
const SCROLL_IN_PAGE = `async ({ selector, steps, stepPx }) => {
  const element = document.querySelector(selector);
  if (!element) throw new Error('no ' + selector + ' on the page');
  const durations = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) durations.push(entry.duration); });
  observer.observe({ type: 'longtask' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < steps; i += 1) {
    element.scrollBy(0, stepPx);
    await frame();
  }
  // Work a scroll started lands in the next frames: wait for it before reading the entries.
  for (let i = 0; i < 10; i += 1) await frame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return { longestTaskMs: Math.max(0, ...durations), longTasks: durations.length };
}`;

/** Resolves window.__searchShownAt at the first paint after `attribute` of `selector` leaves `previous`. */
const WATCH_IN_PAGE = `({ selector, attribute, previous }) => {
  const target = document.querySelector(selector);
  if (!target) throw new Error('no ' + selector + ' on the page');
  window.__searchShownAt = new Promise((resolve) => {
    new MutationObserver((_records, observer) => {
      if (target.getAttribute(attribute) === previous) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    }).observe(target, { attributes: true, attributeFilter: [attribute] });
  });
}`;

const inPage = (script: string, args: unknown): string => `(${script})(${JSON.stringify(args)})`;

/** Scrolls the element matched by `scroller` down `SCROLL_STEPS` times and reports the long tasks. */
export async function measureScroll(page: Page, scroller: string): Promise<ScrollFeel> {
  return (await page.evaluate(inPage(SCROLL_IN_PAGE, { selector: scroller, steps: SCROLL_STEPS, stepPx: STEP_PX }))) as ScrollFeel;
}

/** Polls `attribute` of `selector` until it has not changed for `quietMs`. */
async function settledAttribute(page: Page, selector: string, attribute: string, quietMs = 300): Promise<string | null> {
  let last = await page.locator(selector).getAttribute(attribute);
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await page.waitForTimeout(50);
    const now = await page.locator(selector).getAttribute(attribute);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return last;
}

/**
 * Types `text` into `input` key by key (as a person does, 30 ms apart) and returns the ms from the
 * last keystroke until `countAttribute` of `counted` changes (the last key must narrow the list).
 */
export async function measureSearch(page: Page, input: string, text: string, counted: string, countAttribute: string): Promise<{ ms: number; count: string }> {
  await page.locator(input).click();
  await page.keyboard.type(text.slice(0, -1), { delay: 30 });
  const previous = await settledAttribute(page, counted, countAttribute);
  await page.evaluate(inPage(WATCH_IN_PAGE, { selector: counted, attribute: countAttribute, previous }));
  const typedAt = (await page.evaluate('performance.now()')) as number;
  await page.keyboard.type(text.slice(-1));
  const shownAt = (await page.evaluate('window.__searchShownAt')) as number;
  return { ms: shownAt - typedAt, count: (await page.locator(counted).getAttribute(countAttribute)) ?? '' };
}
