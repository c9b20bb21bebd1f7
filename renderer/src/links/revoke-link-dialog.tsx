// renderer: "Revoke…" asks first: a revoked link stops working at once and cannot be restored.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';

export interface RevokeLinkDialogProps {
  /** The link to revoke; null keeps the dialog closed. */
  link: LinkDoc | null;
  onConfirm: (link: LinkDoc) => void | Promise<void>;
  onClose: () => void;
}

export function RevokeLinkDialog({ link, onConfirm, onClose }: RevokeLinkDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = link ? link.contact.name || link.contact.email : '';

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!link) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(link);
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={link !== null} onClose={close} title="Revoke this link?" centered>
      <Stack gap="md">
        <Text size="sm">
          {who ? `${who} will no longer be able to book with it.` : 'Nobody will be able to book with it any more.'} This cannot be undone;
          you can always create a new link.
        </Text>
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
            Revoke link
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
