// renderer: Settings, "Your profile": the host's name (invitees read "Your meeting with NAME"),
// email, time zone and booking-page address, saved on the server with PATCH /api/me. It needs a
// connection and says so rather than queueing the change (a slug can be taken, and the booking
// pages must show the change at once). Errors appear beside their fields; what was typed stays.
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { TimeZoneSelect } from '../components/time-zone-select.tsx';
import type { HostProfile } from '../session/host-profile.ts';
import { saveHostProfile, type ProfileChange, type ProfileField, type ProfileSave } from './save-host-profile.ts';

export interface ProfileFormProps {
  profile: HostProfile;
  serverUrl: string;
  /** Base of the booking pages' addresses, for the slug's preview. */
  publicUrl: string;
  token: string;
  /** The app knows it cannot reach the server (sync state offline, or the browser says so). */
  offline: boolean;
  /** After a save: the app shows the new profile everywhere. */
  onSaved: (profile: HostProfile) => Promise<void> | void;
  /** Injected by tests; default PATCH /api/me. */
  save?: (serverUrl: string, token: string, change: ProfileChange) => Promise<ProfileSave>;
}

function changeOf(profile: HostProfile): ProfileChange {
  return { name: profile.name, email: profile.email ?? '', timezone: profile.timezone, slug: profile.slug };
}

function sameChange(a: ProfileChange, b: ProfileChange): boolean {
  return a.name === b.name && a.email === b.email && a.timezone === b.timezone && a.slug === b.slug;
}

export function ProfileForm({ profile, serverUrl, publicUrl, token, offline, onSaved, save = saveHostProfile }: ProfileFormProps) {
  const [values, setValues] = useState<ProfileChange>(() => changeOf(profile));
  const [saved, setSaved] = useState<ProfileChange>(() => changeOf(profile));
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  // The profile changed elsewhere (another device, the CLI, this form's own save): take it in,
  // unless the person is in the middle of editing (React's "adjust state on a prop change").
  const [seen, setSeen] = useState(profile);
  if (profile !== seen) {
    setSeen(profile);
    const incoming = changeOf(profile);
    if (sameChange(values, saved)) setValues(incoming);
    setSaved(incoming);
  }

  const set = (field: ProfileField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
    setDone(false);
  };
  const unchanged = sameChange(values, saved);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (offline || busy) return;
    setBusy(true);
    setMessage(null);
    setFieldErrors({});
    setDone(false);
    try {
      const result = await save(serverUrl, token, values);
      if (result.ok) {
        const next = changeOf(result.profile);
        setSaved(next);
        setValues(next);
        setDone(true);
        await onSaved(result.profile);
      } else if (result.problem === 'invalid') {
        setFieldErrors(result.fields);
        setMessage(result.message ?? (Object.keys(result.fields).length === 0 ? 'The server refused the profile.' : null));
      } else {
        setMessage(result.message);
      }
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Your profile">
      <Stack gap="md">
        <TextInput
          label="Name"
          description="Invitees read it on your booking pages: “Your meeting with …”"
          value={values.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={fieldErrors.name}
          maxLength={200}
          required
          autoComplete="name"
        />
        <TextInput
          label="Email"
          description="Where notices of your bookings go; leave empty for none"
          type="email"
          value={values.email}
          onChange={(e) => set('email')(e.currentTarget.value)}
          error={fieldErrors.email}
          autoComplete="email"
        />
        <TimeZoneSelect
          label="Time zone"
          description="The app shows times in this zone; new event types start with it"
          value={values.timezone}
          onChange={set('timezone')}
          error={fieldErrors.timezone}
          required
        />
        <TextInput
          label="Booking-page address"
          description={`${publicUrl}/e/${values.slug || '…'}/… (lowercase letters, digits and dashes; links already sent keep working, standard links move)`}
          value={values.slug}
          onChange={(e) => set('slug')(e.currentTarget.value)}
          error={fieldErrors.slug}
          maxLength={100}
          required
          autoComplete="off"
        />
        {offline && (
          <Alert color="yellow" data-testid="profile-offline">
            Saving your profile needs a connection to the server. Your entries stay here until you are back online.
          </Alert>
        )}
        {message && (
          <Alert color="red" title="Profile not saved" data-testid="profile-error">
            {message}
          </Alert>
        )}
        {done && unchanged && (
          <Text size="sm" c="teal" role="status">
            Profile saved.
          </Text>
        )}
        <Button type="submit" loading={busy} disabled={offline || unchanged} style={{ alignSelf: 'flex-start' }}>
          Save profile
        </Button>
      </Stack>
    </form>
  );
}
