// Runs in tests (server). The pages of answers that have no page of their own (429, 413, 503, a
// fault, a bad request) say so in the page's language, and in English when none is known.
import { describe, expect, it } from 'vitest';
import { pageForStatus } from './render-message-page.ts';

describe('pageForStatus', () => {
  it('speaks English by default and the asked language otherwise', () => {
    expect(pageForStatus(429)).toContain('<h1>Too many attempts</h1>');
    expect(pageForStatus(429)).toContain('<html lang="en">');
    const german = pageForStatus(429, 'de');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('<h1>Zu viele Versuche</h1>');
    expect(german).not.toMatch(/attempts|wait a minute/);
    expect(pageForStatus(503, 'ja')).toContain('まもなく復旧します');
    expect(pageForStatus(500, 'fr')).toContain('Une erreur s’est produite');
    expect(pageForStatus(400, 'es')).toContain('Eso no funcionó');
    expect(pageForStatus(413, 'pt')).toContain('Texto demais');
  });
});
