// test (dom): the photo picker sends the chosen file at once and shows the photo, shows the
// initial when there is none, puts the server's refusal in words on screen, removes the photo,
// and waits for a connection instead of sending.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HostProfile } from '../session/host-profile.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import type { PhotoAnswer } from './host-photo-api.ts';
import { ProfilePhotoPicker, type PhotoApi } from './profile-photo-picker.tsx';

const profile: HostProfile = { hostId: 'h-1', name: 'ada', slug: 'ada', timezone: 'Europe/Berlin', email: '', photoUrl: null };
const PHOTO = 'https://book.example.com/h/ada/photo?v=0123456789abcdef';

function setup(answers: PhotoAnswer[], { offline = false, start = profile } = {}) {
  const sent: { kind: 'upload' | 'remove'; file?: File }[] = [];
  const changed: (string | null)[] = [];
  const next = async () => {
    const answer = answers.shift();
    if (!answer) throw new Error('no answer left');
    return answer;
  };
  const api: PhotoApi = {
    upload: async (_url, _token, file) => { sent.push({ kind: 'upload', file }); return next(); },
    remove: async () => { sent.push({ kind: 'remove' }); return next(); },
    preview: async (serverUrl, photoUrl) => `data:image/png;base64,iVBORw0KGgo=#${serverUrl}|${photoUrl}`,
  };
  renderWithProviders(<ProfilePhotoPicker profile={start} serverUrl="http://localhost:8787" token="t" offline={offline} onChanged={(url) => { changed.push(url); }} api={api} />);
  return { sent, changed };
}

const chooser = () => screen.getByRole('button', { name: /photo…$/ });
const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', { type: 'image/png' });

describe('ProfilePhotoPicker', () => {
  it('shows the initial, sends the chosen file and then shows the photo', async () => {
    const { sent, changed } = setup([{ ok: true, photoUrl: PHOTO }]);
    expect(screen.getByTestId('profile-photo-preview')).toHaveTextContent('A');
    expect(screen.queryByRole('img')).toBeNull();
    expect(chooser()).toHaveAccessibleName('Choose photo…');
    expect(fileInput()).toHaveAttribute('accept', 'image/png,image/jpeg,image/webp');
    await userEvent.upload(fileInput(), png());
    expect(sent.map((s) => [s.kind, s.file?.name])).toEqual([['upload', 'me.png']]);
    expect(changed).toEqual([PHOTO]);
    const img = await screen.findByRole('img', { name: 'Your photo' });
    expect(img.getAttribute('src')).toContain(`http://localhost:8787|${PHOTO}`);
    expect(screen.getByRole('button', { name: 'Change photo…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove photo' })).toBeInTheDocument();
  });

  it('shows the server\'s reason when it refuses the file, and keeps what was there', async () => {
    setup([{ ok: false, message: 'The image is 5000×5000; each side must be 1 to 4096 pixels.' }]);
    await userEvent.upload(fileInput(), png());
    expect(await screen.findByTestId('photo-error')).toHaveTextContent('each side must be 1 to 4096 pixels');
    expect(screen.queryByRole('button', { name: 'Remove photo' })).toBeNull();
    expect(screen.getByTestId('profile-photo-preview')).toHaveTextContent('A');
  });

  it('removes the photo, showing the initial again', async () => {
    const { sent, changed } = setup([{ ok: true, photoUrl: null }], { start: { ...profile, photoUrl: PHOTO } });
    expect(await screen.findByRole('img', { name: 'Your photo' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove photo' }));
    expect(sent).toEqual([{ kind: 'remove' }]);
    expect(changed).toEqual([null]);
    await waitFor(() => expect(screen.queryByRole('img')).toBeNull());
    expect(screen.getByTestId('profile-photo-preview')).toHaveTextContent('A');
    expect(screen.getByRole('button', { name: 'Choose photo…' })).toBeInTheDocument();
  });

  it('sends nothing while offline', async () => {
    const { sent } = setup([], { offline: true });
    expect(chooser()).toBeDisabled();
    expect(sent).toEqual([]);
  });
});
