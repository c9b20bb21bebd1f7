// Runs in tests (jsdom). A span of minutes typed in minutes, hours or days.
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { MinutesInput } from './minutes-input.tsx';

function Harness({ initial, seen }: { initial: number | ''; seen: (number | '')[] }) {
  const [value, setValue] = useState(initial);
  return (
    <MinutesInput
      label="Minimum notice"
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('MinutesInput', () => {
  it('shows the value in the largest unit that fits and stores minutes', async () => {
    const user = userEvent.setup();
    const seen: (number | '')[] = [];
    renderWithProviders(<Harness initial={1440} seen={seen} />);
    const number = screen.getByRole('textbox', { name: 'Minimum notice' });
    const unit = screen.getByRole('combobox', { name: 'Minimum notice: unit' });
    expect(number).toHaveValue('1');
    expect(unit).toHaveValue('days');

    await user.clear(number);
    await user.type(number, '2');
    expect(seen.at(-1)).toBe(2880);

    fireEvent.change(unit, { target: { value: 'hours' } });
    expect(seen.at(-1)).toBe(120);
    expect(number).toHaveValue('2');

    await user.clear(number);
    expect(seen.at(-1)).toBe('');
  });

  it('starts in minutes for values that are not whole hours', () => {
    renderWithProviders(<Harness initial={90} seen={[]} />);
    expect(screen.getByRole('combobox', { name: 'Minimum notice: unit' })).toHaveValue('minutes');
    expect(screen.getByRole('textbox', { name: 'Minimum notice' })).toHaveValue('90');
  });
});
