// Runs in Node (bench). The booking page on a slow phone (issue #18, row 4): a live single-use
// link's page (the typical workday event type) opened in Chromium at 375×812 under slow 4G and a
// 4× slower CPU (measure-page-experience.ts), the first view and then picking a day. Baselines,
// same run and browser: for the first view, a bare page (a heading and a paragraph, served by a
// bare node:http handler) under the same limits, the floor any page pays on that network; for
// the pick, the same pick without the limits. The median of a few opens.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/lib/find-chromium.ts';
import type { BenchResult } from '../render-results.ts';
import { openBenchDatabases } from '../support/bench-databases.ts';
import { setUpBooking } from '../support/booking-setup.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';
import { measurePageExperience, type PageExperience } from './measure-page-experience.ts';

const PICK = { dayButton: '#cal-body button.day.open', timesShown: '#times button' };
const BARE_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Intro call</title></head><body><h1>Intro call</h1><p>30 minutes with Bench Host.</p></body></html>';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const medianOf = (runs: PageExperience[], pick: (run: PageExperience) => number | undefined): number => median(runs.map((run) => pick(run) ?? Number.NaN));
const ratio = (value: number, baseline: number): number => value / Math.max(baseline, 1);

export async function runBookingPagePhoneBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const opens = quick ? 1 : 5;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const databases = await openBenchDatabases();
  const setup = await setUpBooking(databases, 'sqlite', { links: 1, eventType: 'workday' });
  const bodyFile = join(tmpdir(), `bench-bare-phone-page-${process.pid}.html`);
  await writeFile(bodyFile, BARE_PAGE);
  const bare = await spawnBareServer({ BARE_MODE: 'fixed', BARE_BODY_FILE: bodyFile, BARE_CONTENT_TYPE: 'text/html; charset=utf-8' });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const url = `${setup.server.baseUrl}/l/${setup.links[0]!.token}`;
    const ours: PageExperience[] = [];
    const floor: PageExperience[] = [];
    const unthrottled: PageExperience[] = [];
    for (let i = 0; i < opens; i += 1) {
      ours.push(await measurePageExperience(browser, url, { pick: PICK, limits: true }));
      floor.push(await measurePageExperience(browser, `${bare.baseUrl}/`, { limits: true }));
      unthrottled.push(await measurePageExperience(browser, url, { pick: PICK, limits: false }));
    }
    const lcp = medianOf(ours, (r) => r.lcpMs);
    const tbt = medianOf(ours, (r) => r.tbtMs);
    const cls = medianOf(ours, (r) => r.cls);
    const bareLcp = medianOf(floor, (r) => r.lcpMs);
    const bareTbt = medianOf(floor, (r) => r.tbtMs);
    const bareCls = medianOf(floor, (r) => r.cls);
    const pickTbt = medianOf(ours, (r) => r.pickTbtMs);
    const pickCls = medianOf(ours, (r) => r.pickCls);
    const pickMs = medianOf(ours, (r) => r.pickMs);
    const fastPickMs = medianOf(unthrottled, (r) => r.pickMs);
    const fastPickTbt = medianOf(unthrottled, (r) => r.pickTbtMs);
    const fastPickCls = medianOf(unthrottled, (r) => r.pickCls);
    return {
      name: `Booking page on a slow phone (375×812, slow 4G, CPU 4× slower; median of ${opens})`,
      rows: [
        { metric: 'first view: Largest Contentful Paint (vs bare page, same limits)', value: lcp, unit: 'ms', baseline: bareLcp, ratio: ratio(lcp, bareLcp), target: '< 2000 ms' },
        { metric: 'first view: Total Blocking Time', value: tbt, unit: 'ms', baseline: bareTbt, target: '< 100 ms' },
        { metric: 'first view: Cumulative Layout Shift', value: cls, unit: '', baseline: bareCls, target: '< 0.05' },
        { metric: 'pick a day: click → times shown (vs no limits)', value: pickMs, unit: 'ms', baseline: fastPickMs, ratio: ratio(pickMs, fastPickMs) },
        { metric: 'pick a day: Total Blocking Time (vs no limits)', value: pickTbt, unit: 'ms', baseline: fastPickTbt, target: '< 100 ms' },
        { metric: 'pick a day: layout shift (vs no limits)', value: pickCls, unit: '', baseline: fastPickCls, target: '< 0.05' },
      ],
    };
  } finally {
    await browser.close();
    await bare.stop();
    await setup.stop();
    await databases.close();
  }
}
