// renderer: the short confirmations and failures screens show after an action.
import { notifications } from '@mantine/notifications';

export function showDone(message: string, title?: string): void {
  notifications.show({ title, message, color: 'teal', autoClose: 3000 });
}

export function showFailure(error: unknown, title = 'That did not work'): void {
  notifications.show({ title, message: error instanceof Error ? error.message : String(error), color: 'red', autoClose: 8000 });
}
