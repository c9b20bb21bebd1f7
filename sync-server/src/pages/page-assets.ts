// Runs on the server. The pages' static files, under URLs that carry a hash of their content: a page
// always names the current file, so browsers may keep every file for a year without revalidating.
// The scripts are small ES modules; their relative imports are rewritten to the hashed URLs here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zoneAliasesModule } from './zone-aliases-module.ts';

export interface PageAsset {
  /** Absolute path of the source file. */
  file: string;
  /** What to send (a script's imports already point at hashed URLs). */
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CSS = 'text/css; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

// Modules before the modules that import them: an importer's hash then covers its imports' URLs.
// A generated module has no file of its own: its text comes from the server's data (tzdb).
const SOURCES: ReadonlyArray<[fileName: string, contentType: string, generate?: () => string]> = [
  ['booking-page.css', CSS],
  ['warm-intl.js', JS],
  ['page-messages.js', JS],
  ['zone-time.js', JS],
  ['zone-aliases.js', JS, zoneAliasesModule],
  ['zone-picker.js', JS],
  ['clock-switch.js', JS],
  ['form-feedback.js', JS],
  ['booking-calendar.js', JS],
  ['remembered-booking.js', JS],
  ['booking-confirmation.js', JS],
  ['gone-page.js', JS],
  ['booking-page.js', JS],
  ['manage-page.js', JS],
];

const IMPORT_RE = /(\bfrom\s+')\.\/([\w-]+\.js)(')/g;

const urlOf = new Map<string, string>();
const dependenciesOf = new Map<string, string[]>();
const assets: Record<string, PageAsset> = {};

for (const [fileName, contentType, generate] of SOURCES) {
  const file = join(import.meta.dirname, fileName);
  const imports = new Set<string>();
  const text = (generate ? generate() : readFileSync(file, 'utf8')).replace(IMPORT_RE, (_match, before: string, imported: string, after: string) => {
    const url = urlOf.get(imported);
    if (url === undefined) throw new Error(`${fileName} imports ./${imported}, which must come before it in SOURCES`);
    imports.add(url);
    for (const deeper of dependenciesOf.get(url) ?? []) imports.add(deeper);
    return `${before}${url}${after}`;
  });
  const body = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = fileName.lastIndexOf('.');
  const url = `/assets/${fileName.slice(0, dot)}.${hash}${fileName.slice(dot)}`;
  urlOf.set(fileName, url);
  dependenciesOf.set(url, [...imports]);
  assets[url] = { file, body, contentType, cacheControl: IMMUTABLE };
}

function urlFor(fileName: string): string {
  const url = urlOf.get(fileName);
  if (url === undefined) throw new Error(`No page asset named ${fileName}`);
  return url;
}

/** The URLs the pages link to. */
export const ASSET_URLS = {
  styles: urlFor('booking-page.css'),
  warmIntl: urlFor('warm-intl.js'),
  bookingScript: urlFor('booking-page.js'),
  manageScript: urlFor('manage-page.js'),
  goneScript: urlFor('gone-page.js'),
} as const;

/** URL path → file, for the route layer: `GET url` answers `body` with `contentType` and `cacheControl`. */
export const PAGE_ASSETS: Readonly<Record<string, PageAsset>> = assets;

/** Every module a script imports, directly or not (for `<link rel="modulepreload">`). */
export function moduleDependencies(scriptUrl: string): readonly string[] {
  return dependenciesOf.get(scriptUrl) ?? [];
}

/** Whether a page script formats dates and times (it imports zone-time.js): its page gets warm-intl.js. */
export function formatsDates(scriptUrl: string): boolean {
  return moduleDependencies(scriptUrl).includes(urlFor('zone-time.js'));
}
