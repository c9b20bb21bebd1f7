// main: denies navigation away from the app and every new window; links out go to the OS.
import { decideNavigation } from './decide-navigation.ts';

/** The part of Electron's `webContents` this needs. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenDeps {
  appOrigins: readonly string[];
  openExternal(url: string): Promise<void>;
  log(message: string): void;
}

export function hardenWebContents(contents: WebContentsLike, deps: HardenDeps): void {
  const openOutside = (url: string): void => {
    deps.openExternal(url).catch((error: unknown) => deps.log(`openExternal failed for ${url}: ${String(error)}`));
  };
  const guard = (event: { preventDefault(): void }, url: string): void => {
    const decision = decideNavigation(url, deps.appOrigins);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') openOutside(decision.url);
    else deps.log(`Blocked navigation to ${url}`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, deps.appOrigins);
    if (decision.action === 'open-external') openOutside(decision.url);
    else deps.log(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}
