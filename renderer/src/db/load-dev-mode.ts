// renderer (tests and development only): RxDB's dev-mode checks and schema validation.
import { addRxPlugin, type RxStorage } from 'rxdb';

/**
 * The plugins are loaded with a dynamic import (rxdb itself is in every build already), so a build
 * that never asks for dev-mode never runs it: in a browser, dev-mode injects an iframe from rxdb.info. Dev-mode insists on a validating storage,
 * so the storage comes back wrapped with ajv (which compiles code at runtime: not under a CSP
 * without 'unsafe-eval').
 */
export async function loadDevMode<I, S>(storage: RxStorage<I, S>): Promise<RxStorage<I, S>> {
  const [devMode, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  devMode.disableWarnings();
  addRxPlugin(devMode.RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage });
}
