// renderer: wiring of the lost-edits list: watches the session's database for lost edits, lists
// the ones not dismissed, copies through the platform.
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { deviceIdOf } from '../db/device-id.ts';
import { useAppContext } from '../shell/app-context.ts';
import type { LostEditNotice } from './lost-edit-notice.ts';
import { LostEditsAlert } from './lost-edits-alert.tsx';
import { addLostEdits, dismissLostEdit, lostEdits$ } from './lost-edits-store.ts';
import { watchLostEdits } from './watch-lost-edits.ts';

export function LostEdits() {
  const { session, platform } = useAppContext();
  const { db } = session;
  const [notices, setNotices] = useState<readonly LostEditNotice[]>([]);

  useEffect(() => {
    const subscription = lostEdits$(db).subscribe(setNotices);
    return () => subscription.unsubscribe();
  }, [db]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void deviceIdOf(db).then((deviceId) => {
      if (!stopped) stop = watchLostEdits(db, deviceId, (found) => addLostEdits(db, found));
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [db]);

  return (
    <LostEditsAlert
      notices={notices}
      timezone={session.profile.timezone}
      onCopy={(text) => {
        platform.copyText(text).then(
          () => notifications.show({ message: 'Your value is copied.', color: 'teal' }),
          () => notifications.show({ message: 'Could not copy: select the value and copy it yourself.', color: 'red' }),
        );
      }}
      onDismiss={(id) => void dismissLostEdit(db, id)}
    />
  );
}
