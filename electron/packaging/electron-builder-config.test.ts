// test (node): electron-builder.yml as electron-builder itself reads it: its own loader and its own
// schema check (so a misspelt key fails here, not at packaging time), then the fuses we rely on.
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

const projectDir = new URL('../..', import.meta.url).pathname;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema and flips the security fuses', async () => {
    const config = await getConfig(projectDir, 'electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
