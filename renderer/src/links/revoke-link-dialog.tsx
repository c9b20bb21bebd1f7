// Runs in the renderer. "Revoke…" asks first, for one link or for several selected ones: a
// revoked link stops working at once and cannot be restored.
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';

export interface RevokeLinkDialogProps {
  /** The links to revoke; null (or none) keeps the dialog closed. */
  links: readonly LinkDoc[] | null;
  onConfirm: (links: readonly LinkDoc[]) => void | Promise<void>;
  onClose: () => void;
}

/** Names listed in the dialog before "and N more". */
const NAMED = 5;

const whoOf = (link: LinkDoc) => link.contact.name || link.contact.email;

export function RevokeLinkDialog({ links, onConfirm, onClose }: RevokeLinkDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = links ?? [];
  const one = chosen.length === 1 ? chosen[0] : undefined;
  const who = one ? whoOf(one) : '';
  const named = chosen.slice(0, NAMED).map((link) => whoOf(link) || 'A link without a contact');

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (chosen.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(chosen);
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={chosen.length > 0} onClose={close} title={one ? 'Revoke this link?' : `Revoke ${chosen.length} links?`} centered>
      <Stack gap="md">
        {one ? (
          <Text size="sm">
            {who ? `${who} will no longer be able to book with it.` : 'Nobody will be able to book with it any more.'} This cannot be undone;
            you can always create a new link.
          </Text>
        ) : (
          <>
            <Text size="sm">Nobody will be able to book with these links any more. This cannot be undone; you can always create new links.</Text>
            <List size="sm" spacing={2}>
              {named.map((name, index) => (
                <List.Item key={index}>{name}</List.Item>
              ))}
              {chosen.length > NAMED && <List.Item>and {chosen.length - NAMED} more</List.Item>}
            </List>
          </>
        )}
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {one ? 'Revoke link' : `Revoke ${chosen.length} links`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
