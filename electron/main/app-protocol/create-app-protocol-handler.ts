// main: answers app:// requests with files of the built renderer, plus the security headers.
import { CONTENT_SECURITY_POLICY_HEADER } from '../security/content-security-policy.ts';
import { resolveAppFile } from '../security/resolve-app-file.ts';
import { contentTypeFor } from './content-type-for.ts';

export interface AppProtocolDeps {
  /** The built renderer (out/renderer). */
  rootDir: string;
  readFile(path: string): Promise<Uint8Array>;
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const file = resolveAppFile(deps.rootDir, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    let body: Uint8Array;
    try {
      body = await deps.readFile(file);
    } catch (error) {
      if (isMissingFile(error)) return new Response('Not found', { status: 404 });
      throw error;
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
