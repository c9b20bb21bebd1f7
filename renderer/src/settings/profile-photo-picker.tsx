// renderer: Settings, "Your profile": the host's photo, shown on the booking pages in place of
// the initial. Choose a PNG, JPEG or WebP (sent at once with PUT /api/me/photo), see it, or
// remove it; the server's reason is shown when it refuses a file (too large, wrong type, too
// many pixels). Like the profile form it needs a connection and says so.
import { Alert, Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { HostProfile } from '../session/host-profile.ts';
import { loadPhotoPreview, removeHostPhoto, uploadHostPhoto, type PhotoAnswer } from './host-photo-api.ts';

export interface PhotoApi {
  upload: (serverUrl: string, token: string, file: File) => Promise<PhotoAnswer>;
  remove: (serverUrl: string, token: string) => Promise<PhotoAnswer>;
  /** An image source for the current photo, or null to show the initial. */
  preview: (serverUrl: string, photoUrl: string) => Promise<string | null>;
}

const DEFAULT_API: PhotoApi = { upload: uploadHostPhoto, remove: removeHostPhoto, preview: loadPhotoPreview };

export interface ProfilePhotoPickerProps {
  profile: HostProfile;
  serverUrl: string;
  token: string;
  offline: boolean;
  /** After a change: the app reads the profile again (its photoUrl). */
  onChanged: (photoUrl: string | null) => Promise<void> | void;
  /** Injected by tests; default the server's /api/me/photo. */
  api?: PhotoApi;
}

function initialOf(name: string): string {
  return /\p{L}/u.exec(name)?.[0]?.toUpperCase() ?? '';
}

export function ProfilePhotoPicker({ profile, serverUrl, token, offline, onChanged, api = DEFAULT_API }: ProfilePhotoPickerProps) {
  const [photoUrl, setPhotoUrl] = useState<string | null>(profile.photoUrl ?? null);
  // The preview's image source, for the photo it was loaded for (a stale one is never shown).
  const [loaded, setLoaded] = useState<{ photoUrl: string; source: string | null } | null>(null);
  const source = photoUrl && loaded?.photoUrl === photoUrl ? loaded.source : null;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const [seen, setSeen] = useState(profile.photoUrl);
  if (profile.photoUrl !== seen) {
    setSeen(profile.photoUrl);
    setPhotoUrl(profile.photoUrl ?? null);
  }

  useEffect(() => {
    let live = true;
    let made: string | null = null;
    if (!photoUrl) return undefined;
    void api.preview(serverUrl, photoUrl).then((next) => {
      made = next;
      if (live) setLoaded({ photoUrl, source: next });
      else if (next?.startsWith('blob:')) URL.revokeObjectURL(next);
    });
    return () => {
      live = false;
      // The object URL of the photo shown until now is not needed once another is asked for.
      if (made?.startsWith('blob:')) URL.revokeObjectURL(made);
    };
  }, [api, serverUrl, photoUrl]);

  const run = async (work: () => Promise<PhotoAnswer>) => {
    if (offline || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const answer = await work();
      if (!answer.ok) {
        setMessage(answer.message);
        return;
      }
      setPhotoUrl(answer.photoUrl);
      await onChanged(answer.photoUrl);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" mb="md">
      <Text size="sm" fw={500}>Photo</Text>
      <Group gap="md">
        <Avatar src={source ?? undefined} alt={source ? 'Your photo' : undefined} size={56} radius="xl" color="teal" data-testid="profile-photo-preview">
          {initialOf(profile.name)}
        </Avatar>
        <FileButton onChange={(file) => { if (file) void run(() => api.upload(serverUrl, token, file)); }} accept="image/png,image/jpeg,image/webp" disabled={offline || busy}>
          {(props) => <Button {...props} variant="default" loading={busy} disabled={offline || busy}>{photoUrl ? 'Change photo…' : 'Choose photo…'}</Button>}
        </FileButton>
        {photoUrl && (
          <Button variant="subtle" color="red" onClick={() => void run(() => api.remove(serverUrl, token))} disabled={offline || busy}>
            Remove photo
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">Shown on your booking pages instead of your initial. PNG, JPEG or WebP, at most 1 MB and 4096 × 4096 pixels.</Text>
      {message && (
        <Alert color="red" title="Photo not saved" data-testid="photo-error">
          {message}
        </Alert>
      )}
    </Stack>
  );
}
