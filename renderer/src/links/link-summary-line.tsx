// Runs in the renderer. The links list's line under the meeting's name: the duration and what
// the link changes from its event type ("45 min · Phone call · 3 uses"), the changes in
// blue so a tailored link stands out from one that is the event type as it is.
import { Fragment } from 'react';
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import text from './link-row.module.css';
import { summarizeLinkChanges } from './summarize-link-changes.ts';

export interface LinkSummaryLineProps {
  link: LinkDoc;
  eventType: EventTypeDoc;
  timezone: string;
  now: Date;
}

const CHANGED = { color: 'var(--mantine-color-blue-8)', fontWeight: 600 } as const;

export function LinkSummaryLine({ link, eventType, timezone, now }: LinkSummaryLineProps) {
  const items = summarizeLinkChanges(link, eventType, timezone, now);
  const changes = items.filter((item) => item.changed);
  const title = changes.length === 0 ? `${items[0]?.detail ?? ''}, as the event type` : changes.map((item) => item.detail).join('; ');
  return (
    <div className={`${text.line} ${text.xs} ${text.dimmed}`} title={title} data-testid="link-summary">
      {items.map((item, index) => (
        <Fragment key={item.aspect}>
          {index > 0 && ' · '}
          {/* Plain spans: dozens of rows render at once while scrolling, each with several items. */}
          <span style={item.changed ? CHANGED : undefined} data-changed={item.changed || undefined}>
            {item.text}
          </span>
        </Fragment>
      ))}
    </div>
  );
}
