// Runs on the server. The booking target a public route names: `/…/links/:token` or `/…/:hostSlug/:eventSlug`.
import type { FastifyRequest } from 'fastify';
import type { TargetKey } from './find-target.ts';

export function targetKeyOf(request: FastifyRequest): TargetKey {
  const params = request.params as Record<string, string | undefined>;
  if (params['token'] !== undefined) return { kind: 'link', token: params['token'] };
  return { kind: 'standard', hostSlug: params['hostSlug'] ?? '', eventSlug: params['eventSlug'] ?? '' };
}
