// test: sleeps end on time, on wake() and on abort.
import { describe, expect, it } from 'vitest';
import { createWakeSignal } from './wake-signal.ts';

describe('createWakeSignal', () => {
  it('ends a sleep after its time', async () => {
    const started = Date.now();
    await createWakeSignal().sleep(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('ends every sleep at once on wake()', async () => {
    const wake = createWakeSignal();
    const started = Date.now();
    const sleeps = [wake.sleep(60_000), wake.sleep(60_000)];
    wake.wake();
    await Promise.all(sleeps);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not sleep when wake() came after the caller read the generation', async () => {
    const wake = createWakeSignal();
    const before = wake.generation;
    wake.wake();
    const started = Date.now();
    await wake.sleep(60_000, undefined, before);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects with the abort reason when stopped, also when already aborted', async () => {
    const wake = createWakeSignal();
    const controller = new AbortController();
    const sleep = wake.sleep(60_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(sleep).rejects.toThrow('stopped');
    await expect(wake.sleep(10, controller.signal)).rejects.toThrow('stopped');
  });
});
