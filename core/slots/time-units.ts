// Runs anywhere (shared). Millisecond constants of the slot engine (it computes in epoch ms).
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The largest range listOpenSlots accepts (the longest horizon the schema allows, plus a margin). */
export const MAX_SLOT_QUERY_DAYS = 732;
