// Runs in the renderer. The actions of one link in the list: copy and share while it can still
// be booked, and a menu (open the booking page, edit while unused, revoke while live).
//
// Their tooltips and menu are the costliest part of a row to mount (floating-ui, transitions),
// and rows mount by the dozen while the list scrolls. So a row that scrolls into view shows its
// text at once, in the same frame, with room kept for the buttons; the buttons themselves come
// in a deferred render that React does between frames (useDeferredValue's initial value), so
// scrolling never waits on them. Nothing focusable stands in for them: focus cannot be lost
// when they arrive.
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { memo, useDeferredValue } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { IconCopy, IconDots, IconMail } from '../components/icons.tsx';
import { useFlash } from '../components/use-flash.ts';
import type { LinkStatus } from './derive-link-status.ts';
import text from './link-row.module.css';

export interface LinkRowActions {
  onCopy: (link: LinkDoc) => void | Promise<void>;
  onShare: (link: LinkDoc) => void;
  onEdit: (link: LinkDoc) => void;
  onRevoke: (link: LinkDoc) => void;
  onOpen?: (link: LinkDoc) => void;
  onSelect: (link: LinkDoc, selected: boolean) => void;
}

export interface LinkRowActionButtonsProps extends Omit<LinkRowActions, 'onSelect'> {
  link: LinkDoc;
  status: LinkStatus;
  /** How the buttons name the link ("Copy link for Ada Lovelace"). */
  label: string;
}

export const LinkRowActionButtons = memo(function LinkRowActionButtons(props: LinkRowActionButtonsProps) {
  const ready = useDeferredValue(true, false);
  if (!ready) return <ActionSlots count={props.status.live ? 3 : 1} />;
  return <Buttons {...props} />;
});

/** Empty boxes as large as the buttons to come, so nothing moves when they arrive. */
function ActionSlots({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className={text.actionSlot} />
      ))}
    </>
  );
}

function Buttons({ link, status, label, onCopy, onShare, onEdit, onRevoke, onOpen }: LinkRowActionButtonsProps) {
  const [copied, flashCopied] = useFlash();
  return (
    <>
      {/* A used-up, revoked or expired link books nobody: nothing worth copying or sending. */}
      {status.live && (
        <>
          <Tooltip label={copied ? 'Copied' : 'Copy link'}>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              aria-label={`Copy link for ${label}`}
              onClick={() => {
                Promise.resolve(onCopy(link)).then(flashCopied, () => {});
              }}
            >
              <IconCopy />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Share by email">
            <ActionIcon variant="subtle" color="gray" aria-label={`Share link for ${label} by email`} onClick={() => onShare(link)}>
              <IconMail />
            </ActionIcon>
          </Tooltip>
        </>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${label}`}>
            <IconDots />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {onOpen && <Menu.Item onClick={() => onOpen(link)}>Open booking page</Menu.Item>}
          <Menu.Item disabled={!status.editable} onClick={() => onEdit(link)}>
            Edit details
          </Menu.Item>
          <Menu.Item color="red" disabled={!status.revocable} onClick={() => onRevoke(link)}>
            Revoke…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
