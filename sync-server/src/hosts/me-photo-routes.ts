// Runs on the server. `PUT /api/me/photo` (the raw image as the body, Content-Type image/png,
// image/jpeg or image/webp, at most 1 MB) sets the host's profile photo and answers `{photoUrl}`;
// `DELETE /api/me/photo` removes it (204). The bytes are checked by `checkHostPhoto` (type against
// magic numbers, size from the header) before they are stored; refusals name what is wrong.
import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';
import type { ServerConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import { checkHostPhoto, MAX_PHOTO_BYTES } from './check-host-photo.ts';
import { hostPhotoPath } from './host-photo-path.ts';

const TOO_LARGE_MESSAGE = `The photo is larger than 1 MB (${MAX_PHOTO_BYTES} bytes).`;

export function registerMePhotoRoutes(app: FastifyInstance, store: Store, config: Pick<ServerConfig, 'publicUrl'>): void {
  void app.register(async (scope) => {
    // Every body is taken as raw bytes: the type is decided by checkHostPhoto, with its own answers.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => { done(null, body); });
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.statusCode === 413) return reply.code(413).send({ error: 'too_large', message: TOO_LARGE_MESSAGE });
      throw error;
    });

    scope.put('/api/me/photo', { bodyLimit: MAX_PHOTO_BYTES }, async (request, reply) => {
      const host = requireHost(request);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const check = checkHostPhoto(request.headers['content-type'], bytes);
      if (!check.ok) {
        if (check.problem === 'too_large') return reply.code(413).send({ error: 'too_large', message: check.message });
        if (check.problem === 'unsupported_media_type') return reply.code(415).send({ error: 'unsupported_media_type', message: check.message });
        return reply.code(400).send({ error: 'invalid_input', fields: [{ field: 'photo', message: check.message }] });
      }
      const hash = createHash('sha256').update(bytes).digest('hex');
      const updated = await store.setHostPhoto(host.id, { contentType: check.contentType, bytes, hash });
      if (!updated) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
      return { photoUrl: `${config.publicUrl}${hostPhotoPath(updated.slug, hash)}` };
    });

    scope.delete('/api/me/photo', async (request, reply) => {
      const host = requireHost(request);
      const updated = await store.setHostPhoto(host.id, null);
      if (!updated) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
      return reply.code(204).send();
    });
  });
}
