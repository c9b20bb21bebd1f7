// renderer: the browser's hints that the network or the page came back (after sleep, a lid
// close, a Wi-Fi change). Does nothing where there is no window (tests in Node).

export interface ConnectivityHandlers {
  online(): void;
  offline(): void;
  /** The page became visible again. */
  visible(): void;
}

/** `navigator.onLine === false`; unknown counts as online. */
export function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && (navigator as { onLine?: boolean }).onLine === false;
}

/** Returns the function that stops watching. */
export function watchConnectivity(handlers: ConnectivityHandlers): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => {};
  const onOnline = (): void => handlers.online();
  const onOffline = (): void => handlers.offline();
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') handlers.visible();
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  const hasDocument = typeof document !== 'undefined' && typeof document.addEventListener === 'function';
  if (hasDocument) document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    if (hasDocument) document.removeEventListener('visibilitychange', onVisibility);
  };
}
