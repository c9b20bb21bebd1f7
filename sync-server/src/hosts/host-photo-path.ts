// Runs on the server. Where a host's profile photo is served, with its version in the query: the
// booking page and `GET /api/me` name it so, and a new photo is a new URL (no cache shows the old).

/** The public path of the photo of that version (its hash); `?v=` takes the hash's first 16 hex digits. */
export function hostPhotoPath(slug: string, photoHash: string): string {
  return `/h/${encodeURIComponent(slug)}/photo?v=${photoHash.slice(0, 16)}`;
}
