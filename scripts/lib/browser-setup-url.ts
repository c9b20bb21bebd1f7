// Runs in Node (npm start). The browser UI's address with the local host's connection in the URL
// fragment: fragments never reach a server or its logs; the app stores it and strips it at once.
export function browserSetupUrl(serverUrl: string, token: string): string {
  const base = serverUrl.replace(/\/+$/, '');
  const setup = new URLSearchParams({ server: base, token });
  return `${base}/app/#setup?${setup.toString()}`;
}
