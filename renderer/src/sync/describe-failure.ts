// renderer: turns a failed request into the sentence and kind the sync state shows.
import type { SyncError } from './sync-types.ts';

export const UNAUTHORIZED_MESSAGE = 'The server rejected the host token. Check the token in Settings.';

interface FieldProblem {
  field?: unknown;
  message?: unknown;
}

function listFields(body: unknown): string {
  const fields = (body as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return '';
  return (fields as FieldProblem[])
    .filter((f) => typeof f?.field === 'string' && typeof f?.message === 'string')
    .map((f) => `${String(f.field)} ${String(f.message)}`)
    .join('; ');
}

/** `what` names the request for the host, e.g. "sending changes to links". */
export function describeHttpFailure(status: number, body: unknown, what: string, serverUrl: string): SyncError {
  if (status === 401) return { kind: 'unauthorized', message: UNAUTHORIZED_MESSAGE };
  if (status === 404) {
    return { kind: 'server', message: `The server at ${serverUrl} does not know ${what} (HTTP 404). Is the server URL right?` };
  }
  if (status === 429) return { kind: 'server', message: `The server is busy (HTTP 429) while ${what}; retrying.` };
  if (status >= 400 && status < 500) {
    const fields = listFields(body);
    const documentId = (body as { documentId?: unknown } | null)?.documentId;
    const which = typeof documentId === 'string' ? ` (document ${documentId})` : '';
    return { kind: 'server', message: `The server refused ${what}${which}${fields ? `: ${fields}` : ` (HTTP ${status})`}.` };
  }
  return { kind: 'server', message: `The server failed while ${what} (HTTP ${status}); retrying.` };
}

export function describeUnreachable(serverUrl: string, timedOutAfterMs?: number): SyncError {
  if (timedOutAfterMs !== undefined) {
    return { kind: 'unreachable', message: `The server at ${serverUrl} did not answer within ${Math.round(timedOutAfterMs / 1000)} s.` };
  }
  return { kind: 'unreachable', message: `Cannot reach the server at ${serverUrl}.` };
}

export function describeBadAnswer(what: string): SyncError {
  return { kind: 'server', message: `The server sent an answer the app does not understand while ${what}; retrying.` };
}

export const BROWSER_OFFLINE: SyncError = { kind: 'unreachable', message: 'This computer is offline.' };
