import { describe, expect, it } from 'vitest';
import { TargetUnavailableError } from '../booking-errors.ts';
import { createLinkStormGate, type GateVerdict } from './create-link-storm-gate.ts';

/** A redemption the test settles by hand, counting how many ran. */
function controllable() {
  let runs = 0;
  const pending: { resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const redeem = () => {
    runs += 1;
    return new Promise<string>((resolve, reject) => { pending.push({ resolve, reject }); });
  };
  return { redeem, pending, runs: () => runs };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createLinkStormGate', () => {
  it('answers the requests queued behind a redemption that used the link up, without running them', async () => {
    const gate = createLinkStormGate();
    const work = controllable();
    const verdict = (): GateVerdict => 'used';
    const first = gate('tok', work.redeem, verdict);
    const queued = Array.from({ length: 5 }, () => gate('tok', work.redeem, verdict));
    await flush();
    expect(work.runs()).toBe(1);
    work.pending[0]!.resolve('booked');
    expect(await first).toBe('booked');
    const outcomes = await Promise.allSettled(queued);
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof TargetUnavailableError && o.reason.reason === 'used')).toBe(true);
    expect(work.runs()).toBe(1);
  });

  it('lets the queued requests redeem themselves when the outcome says nothing about them', async () => {
    const gate = createLinkStormGate();
    const work = controllable();
    const first = gate('tok', work.redeem, () => null);
    const second = gate('tok', work.redeem, () => null);
    await flush();
    work.pending[0]!.reject(new Error('slot taken'));
    await expect(first).rejects.toThrow('slot taken');
    await flush();
    expect(work.runs()).toBe(2);
    work.pending[1]!.resolve('booked');
    expect(await second).toBe('booked');
  });

  it('passes a refusal of the first on to the queue (revoked), and a new arrival after it runs afresh', async () => {
    const gate = createLinkStormGate();
    const work = controllable();
    const verdictOf = (outcome: { ok: boolean; error?: unknown }): GateVerdict => (!outcome.ok && outcome.error instanceof TargetUnavailableError ? outcome.error.reason : null);
    const first = gate('tok', work.redeem, verdictOf);
    const queued = gate('tok', work.redeem, verdictOf);
    await flush();
    work.pending[0]!.reject(new TargetUnavailableError('revoked'));
    await expect(first).rejects.toThrow(TargetUnavailableError);
    await expect(queued).rejects.toMatchObject({ reason: 'revoked' });
    const later = gate('tok', work.redeem, verdictOf);
    await flush();
    expect(work.runs()).toBe(2);
    work.pending[1]!.resolve('booked');
    expect(await later).toBe('booked');
  });

  it('keeps tokens apart, and releases the queue even when reading the verdict throws', async () => {
    const gate = createLinkStormGate();
    const work = controllable();
    const a = gate('a', work.redeem, () => { throw new Error('bad verdict'); });
    const b = gate('b', work.redeem, () => 'used');
    const queuedA = gate('a', work.redeem, () => null);
    await flush();
    expect(work.runs()).toBe(2);
    work.pending[0]!.resolve('a booked');
    work.pending[1]!.resolve('b booked');
    expect(await a).toBe('a booked');
    expect(await b).toBe('b booked');
    await flush();
    expect(work.runs()).toBe(3);
    work.pending[2]!.resolve('a again');
    expect(await queuedA).toBe('a again');
  });
});
