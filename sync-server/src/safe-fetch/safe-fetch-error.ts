// Runs on the server. Why a guarded fetch gave up, in words a host can act on (a feed's lastError,
// a webhook's lastDelivery show the message as it is).

export type SafeFetchErrorCode =
  | 'invalid_url'
  | 'refused_scheme'
  | 'refused_address'
  | 'dns_failed'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'network';

export class SafeFetchError extends Error {
  readonly code: SafeFetchErrorCode;
  constructor(code: SafeFetchErrorCode, message: string) {
    super(message);
    this.name = 'SafeFetchError';
    this.code = code;
  }
}
