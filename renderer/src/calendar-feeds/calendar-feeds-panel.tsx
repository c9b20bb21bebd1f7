// Runs in the renderer. The host's calendar feeds (Settings, "Calendars"): add one by name and
// secret iCal address, switch it on or off, delete it, and see each feed's state as the server
// reports it (last fetched, busy times found, last error), live through replication.
import { Alert, Badge, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useContext, useState } from 'react';
import { FEED_URL_MESSAGE, isFeedUrl } from '../../../core/validation/index.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { AppContext } from '../shell/app-context.ts';
import { buildNewFeed } from './build-new-feed.ts';
import { describeFeedState } from './describe-feed-state.ts';

const TONE_COLORS = { ok: 'green', waiting: 'gray', error: 'red', off: 'gray' } as const;
const TONE_LABELS = { ok: 'Working', waiting: 'Waiting', error: 'Problem', off: 'Off' } as const;

const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Shown only inside the workspace (the database comes with the session). */
export function CalendarFeedsPanel() {
  const db = useContext(AppContext)?.session.db ?? null;
  return db ? <CalendarFeedsList db={db} /> : null;
}

/** The panel over a given database (the workspace's; tests pass their own). */
export function CalendarFeedsList({ db }: { db: AppDatabase }) {
  const { docs, loaded } = useCollectionDocs(db, 'calendar_feeds');
  const feeds = [...docs].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async () => {
    const feed = buildNewFeed({ name, url }, new Date());
    if (!isFeedUrl(feed.url)) {
      setUrlError(`The address ${FEED_URL_MESSAGE}`);
      return;
    }
    setUrlError(null);
    try {
      await db.calendar_feeds.insert(feed);
      setName('');
      setUrl('');
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const change = async (id: string, work: (doc: NonNullable<Awaited<ReturnType<typeof find>>>) => Promise<unknown>) => {
    try {
      const doc = await find(id);
      if (doc) await work(doc);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const find = (id: string) => db.calendar_feeds.findOne(id).exec();

  return (
    <Stack gap="md">
      <Text size="sm">
        Busy times in these calendars are not offered on your booking pages. Paste the secret iCal address your calendar gives
        (Google: Settings → Integrate calendar → Secret address in iCal format; Outlook: Publish a calendar → ICS; iCloud: Public calendar).
      </Text>
      {loaded && feeds.length === 0 && <Text size="sm" c="dimmed">No calendars yet.</Text>}
      {feeds.map((feed) => {
        const state = describeFeedState(feed, formatTime);
        return (
          <Stack key={feed.id} gap={4} data-testid="calendar-feed">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text fw={600} truncate>{feed.name}</Text>
                <Badge color={TONE_COLORS[state.tone]} variant="light">{TONE_LABELS[state.tone]}</Badge>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Switch
                  label="On"
                  checked={feed.enabled}
                  onChange={(event) => {
                    const enabled = event.currentTarget.checked;
                    void change(feed.id, (doc) => doc.incrementalPatch({ enabled, updatedAt: new Date().toISOString() }));
                  }}
                />
                <Button size="xs" variant="subtle" color="red" onClick={() => void change(feed.id, (doc) => doc.remove())}>
                  Delete
                </Button>
              </Group>
            </Group>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{feed.url}</Text>
            <Text size="sm" data-testid="calendar-feed-state">{state.summary}</Text>
            {state.error && <Alert color="red" p="xs" data-testid="calendar-feed-error">{state.error}</Alert>}
          </Stack>
        );
      })}
      <form onSubmit={(event) => { event.preventDefault(); void add(); }}>
        <Stack gap="xs">
          <Group grow align="flex-start">
            <TextInput label="Name" placeholder="Work" value={name} maxLength={200} onChange={(event) => setName(event.currentTarget.value)} />
            <TextInput
              label="iCal address"
              placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
              value={url}
              maxLength={2000}
              required
              error={urlError}
              onChange={(event) => setUrl(event.currentTarget.value)}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" disabled={url.trim() === ''}>Add calendar</Button>
          </Group>
        </Stack>
      </form>
      {problem && <Alert color="red">{problem}</Alert>}
    </Stack>
  );
}
