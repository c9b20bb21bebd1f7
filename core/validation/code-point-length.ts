// Runs anywhere (shared). String length as JSON Schema counts it: code points, not UTF-16 units
// (an emoji is one character, as a person typing a name would count it).
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
