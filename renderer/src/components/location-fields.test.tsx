// Runs in tests (jsdom). Switching the location kind must not carry one kind's details (a
// meeting URL) into another kind's field (a phone number); each kind keeps its own details.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MeetingLocation } from '../../../core/schemas/index.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { LocationFields } from './location-fields.tsx';

function Harness({ initial, seen }: { initial: MeetingLocation; seen: MeetingLocation[] }) {
  const [value, setValue] = useState(initial);
  return (
    <LocationFields
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

async function chooseKind(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole('combobox', { name: 'Location' }));
  await user.click(await screen.findByRole('option', { name: label }));
}

describe('LocationFields', () => {
  it('clears the details when the kind changes and restores each kind’s own details', async () => {
    const user = userEvent.setup();
    const seen: MeetingLocation[] = [];
    renderWithProviders(<Harness initial={{ kind: 'video', details: 'https://meet.example.com/room' }} seen={seen} />);

    await chooseKind(user, 'Phone call');
    expect(seen.at(-1)).toEqual({ kind: 'phone', details: '' });
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveValue('');

    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '+49 30 1234567');
    await chooseKind(user, 'Video call');
    expect(seen.at(-1)).toEqual({ kind: 'video', details: 'https://meet.example.com/room' });

    await chooseKind(user, 'Phone call');
    expect(seen.at(-1)).toEqual({ kind: 'phone', details: '+49 30 1234567' });
  });
});
