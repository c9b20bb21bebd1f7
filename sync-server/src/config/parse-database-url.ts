// Runs on the server. DATABASE_URL: `sqlite:PATH` (relative to the working folder) or
// `postgres://…` / `postgresql://…`.
import { resolve } from 'node:path';
import { ConfigError } from './config-error.ts';

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const DEFAULT_DATABASE_URL = 'sqlite:./data/scheduler.sqlite';

export function parseDatabaseUrl(value: string, cwd = process.cwd()): DatabaseConfig {
  const text = value.trim();
  if (text.startsWith('sqlite:')) {
    // `sqlite:./x`, `sqlite:/abs/x` and the URL-ish `sqlite://./x` or `sqlite:///abs/x`.
    const path = text.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '' || path === ':memory:') {
      throw new ConfigError('DATABASE_URL', 'sqlite: needs a file path, e.g. sqlite:./data/scheduler.sqlite');
    }
    return { kind: 'sqlite', path: resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    if (!url.hostname) throw new ConfigError('DATABASE_URL', 'postgres:// URL needs a host');
    return { kind: 'postgres', url: text };
  }
  throw new ConfigError('DATABASE_URL', 'must start with sqlite: (e.g. sqlite:./data/scheduler.sqlite) or postgres://');
}
