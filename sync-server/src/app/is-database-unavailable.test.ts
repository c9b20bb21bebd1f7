// Runs in tests (server side). Which errors count as "the database is away" (503) and which stay
// bugs (500).
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../store/store-errors.ts';
import { isDatabaseUnavailable } from './is-database-unavailable.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['the store\'s own error', new DatabaseUnavailableError('cannot use PostgreSQL')],
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['PostgreSQL shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up (57P03)', withCode('57P03')],
    ['a connection exception (class 08)', withCode('08006')],
    ['a connection terminated mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a cause two levels down', new Error('outer', { cause: new Error('middle', { cause: withCode('ECONNREFUSED') }) })],
    ['one of an AggregateError\'s errors', new AggregateError([new Error('a'), withCode('ECONNREFUSED')])],
  ])('says yes for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['a constraint violation', withCode('23505', 'duplicate key value')],
    ['a syntax error in SQL', withCode('42601', 'syntax error')],
    ['a non-error', 'boom'],
    ['null', null],
  ])('says no for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('does not loop on a cause cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
