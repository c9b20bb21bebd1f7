// Runs on the server. `GET /h/{slug}/photo`: a host's profile photo for the booking page, public
// (the page shows it to every invitee). The stored type is sent with nosniff and a CSP that lets
// nothing run, so the bytes can only ever be an image; the hash is the ETag (If-None-Match → 304).
// Five minutes of caching is safe: the page names the photo with its version (`?v=`).
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.ts';

/** True when an If-None-Match header names that ETag (or is `*`); weak validators match too. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export function registerHostPhotoRoute(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { slug: string } }>('/h/:slug/photo', async (request, reply) => {
    const photo = await store.findHostPhotoBySlug(request.params.slug);
    if (!photo) return reply.code(404).send({ error: 'not_found' });
    const etag = `"${photo.hash}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      // Public anyway; the desktop app (another origin) reads it for the Settings preview.
      .header('access-control-allow-origin', '*');
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type(photo.contentType).send(photo.bytes);
  });
}
