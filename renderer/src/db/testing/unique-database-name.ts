// test: database names no other test (or earlier run in this process) uses.
let counter = 0;

export function uniqueDatabaseName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
