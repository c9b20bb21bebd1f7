// test (dom): the profile form sends what was typed, puts the server's refusals beside their
// fields (a taken slug on the slug), keeps every entry on an error, and says it needs a
// connection instead of queueing the change.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HostProfile } from '../session/host-profile.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { ProfileForm } from './profile-form.tsx';
import type { ProfileChange, ProfileSave } from './save-host-profile.ts';

const profile: HostProfile = { hostId: 'h-1', name: 'Me', slug: 'me', timezone: 'Europe/Berlin', email: '' };

function setup(answers: ProfileSave[], { offline = false } = {}) {
  const sent: ProfileChange[] = [];
  const saved: HostProfile[] = [];
  renderWithProviders(
    <ProfileForm
      profile={profile}
      serverUrl="http://localhost:8787"
      publicUrl="https://book.example.com"
      token="t"
      offline={offline}
      onSaved={(p) => { saved.push(p); }}
      save={async (_url, _token, change) => {
        sent.push(change);
        const answer = answers.shift();
        if (!answer) throw new Error('no answer left');
        return answer;
      }}
    />,
  );
  return { sent, saved };
}

const name = () => screen.getByLabelText(/^Name/);
const email = () => screen.getByLabelText(/^Email/);
const slug = () => screen.getByLabelText(/^Booking-page address/);
const saveButton = () => screen.getByRole('button', { name: 'Save profile' });

async function retype(input: HTMLElement, value: string) {
  await userEvent.clear(input);
  if (value !== '') await userEvent.type(input, value);
}

describe('ProfileForm', () => {
  it('sends the typed profile and hands the server\'s answer to the app', async () => {
    const answer: HostProfile = { ...profile, name: 'Ada Lovelace', email: 'ada@example.org', slug: 'ada' };
    const { sent, saved } = setup([{ ok: true, profile: answer }]);
    expect(saveButton()).toBeDisabled();
    await retype(name(), 'Ada Lovelace');
    await retype(email(), 'ada@example.org');
    await retype(slug(), 'ada');
    expect(screen.getByText(/https:\/\/book\.example\.com\/e\/ada\//)).toBeInTheDocument();
    await userEvent.click(saveButton());
    expect(sent).toEqual([{ name: 'Ada Lovelace', email: 'ada@example.org', timezone: 'Europe/Berlin', slug: 'ada' }]);
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    expect(saved).toEqual([answer]);
    expect(name()).toHaveValue('Ada Lovelace');
  });

  it('shows each refused field beside it and keeps everything typed', async () => {
    setup([{ ok: false, problem: 'invalid', fields: { name: 'Name must not contain control characters', email: 'Email must be an email address' }, message: null }]);
    await retype(name(), 'Ada');
    await retype(email(), 'not-an-email');
    await userEvent.click(saveButton());
    expect(await screen.findByText('Email must be an email address')).toBeInTheDocument();
    expect(screen.getByText('Name must not contain control characters')).toBeInTheDocument();
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    expect(slug()).not.toHaveAttribute('aria-invalid', 'true');
    expect(name()).toHaveValue('Ada');
    expect(email()).toHaveValue('not-an-email');
    // Typing again clears that field's message.
    await userEvent.type(email(), 'x');
    expect(screen.queryByText('Email must be an email address')).toBeNull();
  });

  it('shows a taken slug on the slug field', async () => {
    setup([{ ok: false, problem: 'invalid', fields: { slug: 'Booking-page address "taken" is taken by another host; choose another.' }, message: null }]);
    await retype(slug(), 'taken');
    await userEvent.click(saveButton());
    expect(await screen.findByText(/"taken" is taken by another host/)).toBeInTheDocument();
    expect(slug()).toHaveAttribute('aria-invalid', 'true');
    expect(slug()).toHaveValue('taken');
  });

  it('keeps the entries when the server cannot be reached', async () => {
    setup([{ ok: false, problem: 'unreachable', message: 'Cannot reach the server: saving your profile needs a connection.' }]);
    await retype(name(), 'Ada Lovelace');
    await userEvent.click(saveButton());
    expect(await screen.findByTestId('profile-error')).toHaveTextContent('needs a connection');
    expect(name()).toHaveValue('Ada Lovelace');
    expect(saveButton()).toBeEnabled();
  });

  it('says it needs a connection while offline and sends nothing', async () => {
    const { sent } = setup([], { offline: true });
    await retype(name(), 'Ada Lovelace');
    expect(screen.getByTestId('profile-offline')).toHaveTextContent('needs a connection');
    expect(saveButton()).toBeDisabled();
    await userEvent.type(name(), '{enter}');
    expect(sent).toEqual([]);
    expect(name()).toHaveValue('Ada Lovelace');
  });
});
