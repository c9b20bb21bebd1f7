// Runs on the server (CLI). `--name X --slug Y` style options of a subcommand, strictly: an
// unknown or valueless option is a usage error naming it.
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';

export function parseCommandOptions<K extends string>(command: string, args: string[], names: readonly K[], required: readonly K[]): Record<K, string | undefined> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
  const missing = required.filter((name) => typeof values[name] !== 'string');
  if (missing.length > 0) throw new CliError(`${command}: missing ${missing.map((m) => `--${m}`).join(', ')}`);
  return values as Record<K, string | undefined>;
}
