// Runs on the server. The longest blocked range a booking may have: a meeting of at most 24 h
// (the rules' durationMinutes limit) plus buffers of at most 24 h either side. Both stores refuse
// a longer one, so "which bookings overlap [start, end)?" can bound its index range on both sides
// (blocked_start in [start - span, end)) instead of scanning every earlier booking of the host.
export const MAX_BLOCKED_SPAN_MS = 3 * 86_400_000;
