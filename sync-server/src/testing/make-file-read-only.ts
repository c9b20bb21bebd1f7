// Runs in tests (server side). Makes a file really read-only for this machine's processes, root
// included (tests run as root here, where a 0444 mode stops nothing): the immutable attribute
// (`chattr +i`), else a read-only bind mount of its folder; a non-root user gets plain modes. No
// way at all is an error, never a silent pass. Resolves with the function that undoes it.
import { execFile } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function makeFileReadOnly(path: string): Promise<() => Promise<void>> {
  if (process.getuid?.() !== 0) {
    await chmod(path, 0o444);
    await chmod(dirname(path), 0o555);
    return async () => {
      await chmod(dirname(path), 0o700);
      await chmod(path, 0o600);
    };
  }
  const problems: string[] = [];
  try {
    await run('chattr', ['+i', path]);
    return async () => { await run('chattr', ['-i', path]); };
  } catch (error) {
    problems.push(`chattr +i: ${(error as Error).message}`);
  }
  const folder = dirname(path);
  try {
    await run('mount', ['--bind', folder, folder]);
    await run('mount', ['-o', 'remount,bind,ro', folder, folder]);
    return async () => { await run('umount', [folder]); };
  } catch (error) {
    await run('umount', [folder]).catch(() => {});
    problems.push(`read-only bind mount: ${(error as Error).message}`);
  }
  throw new Error(`cannot make ${path} read-only for root here (${problems.join('; ')})`);
}
