// Runs on the server. How deeply a parsed request body nests, measured without recursion (a
// 20 KB body can nest ten thousand levels, which would overflow the stack of any recursive walk),
// and stopping as soon as the bound is passed. The app refuses deeper bodies right after parsing,
// so no later walk over untrusted input (validation, storable-text checks) meets one.

/** Far deeper than any document of the data contract (an event type's deepest field is ~8 levels into a push). */
export const MAX_BODY_DEPTH = 32;

/** True when `value` has objects or arrays nested more than `max` levels deep (the top level counts as 1). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [current, depth] = next;
    // Raw bodies (a photo upload's bytes) arrive as a Buffer: nothing nests there, and listing
    // a megabyte of bytes as values would be the hook's whole cost.
    if (typeof current !== 'object' || current === null || ArrayBuffer.isView(current)) continue;
    if (depth > max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
