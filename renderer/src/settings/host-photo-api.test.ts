// test (renderer logic, real server over HTTP): the photo requests of Settings against the real
// server: a PNG file is stored and read back from where the app reaches it, a GIF and an
// oversized image come back with the server's own sentence, remove clears it, a wrong token and
// an unreachable server are told apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gifBytes, pngBytes } from '../../../sync-server/src/hosts/testing/photo-bytes.ts';
import { findFreePort } from '../../../sync-server/src/testing/find-free-port.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { photoSourceOn, refusalOf, removeHostPhoto, uploadHostPhoto } from './host-photo-api.ts';

let server: TestServer;
let host: TestHost;
beforeAll(async () => {
  server = await startTestServer();
  host = await server.createHost();
});
afterAll(async () => { await server?.close(); });

const fileOf = (bytes: Uint8Array, type: string) => new Blob([new Uint8Array(bytes)], { type });

describe('host photo requests', () => {
  it('uploads a PNG, which the app then reads from its own server address, and removes it', async () => {
    const png = pngBytes(2, 2);
    const answer = await uploadHostPhoto(server.baseUrl, host.token, fileOf(png, 'image/png'));
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.photoUrl).toMatch(new RegExp(`/h/${host.slug}/photo\\?v=`));
    const served = await fetch(photoSourceOn(server.baseUrl, answer.photoUrl!));
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect(await removeHostPhoto(server.baseUrl, host.token)).toEqual({ ok: true, photoUrl: null });
    expect((await fetch(photoSourceOn(server.baseUrl, answer.photoUrl!))).status).toBe(404);
  });

  it('passes on the server\'s sentence for a refused file', async () => {
    const gif = await uploadHostPhoto(server.baseUrl, host.token, fileOf(gifBytes(1, 1), 'image/gif'));
    expect(gif).toEqual({ ok: false, message: expect.stringContaining('PNG, JPEG or WebP') });
    const wide = await uploadHostPhoto(server.baseUrl, host.token, fileOf(pngBytes(5000, 10), 'image/png'));
    expect(wide).toEqual({ ok: false, message: expect.stringContaining('4096') });
    expect(refusalOf(413, { error: 'too_large', message: 'Too big.' })).toBe('Too big.');
  });

  it('tells a wrong token from an unreachable server', async () => {
    expect(await removeHostPhoto(server.baseUrl, 'wrong')).toEqual({ ok: false, message: expect.stringContaining('host token') });
    const nowhere = `http://127.0.0.1:${await findFreePort()}`;
    expect(await removeHostPhoto(nowhere, host.token)).toEqual({ ok: false, message: expect.stringContaining('Cannot reach the server') });
  });
});
