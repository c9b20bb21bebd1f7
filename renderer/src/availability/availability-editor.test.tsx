// Runs in tests (jsdom). The availability editor: weekly intervals (add, remove, day off, copy to
// other days), date overrides (block a day, special hours) and errors next to their inputs.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Availability } from '../../../core/schemas/index.ts';
import { makeAvailability } from '../../../core/testing/index.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { AvailabilityEditor, isAvailabilityErrorShown } from './availability-editor.tsx';

const NOW = () => new Date('2026-03-02T08:00:00.000Z');

function renderEditor(initial: Availability = makeAvailability(), errors?: FieldErrors) {
  const changes: Availability[] = [];
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <AvailabilityEditor
        value={value}
        errors={errors}
        now={NOW}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
      />
    );
  }
  renderWithProviders(<Harness />);
  return { changes, last: () => changes.at(-1)! };
}

describe('AvailabilityEditor', () => {
  it('adds and removes intervals of a day', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add hours to Monday' }));
    expect(last().weekly.mon).toEqual([{ start: '09:00', end: '17:00' }, { start: '17:00', end: '18:00' }]);
    expect(screen.getByRole('combobox', { name: 'Monday: start of hours 2' })).toHaveValue('17:00');

    await user.click(screen.getByRole('button', { name: 'Remove Monday 09:00–17:00' }));
    expect(last().weekly.mon).toEqual([{ start: '17:00', end: '18:00' }]);
    await user.click(screen.getByRole('button', { name: 'Remove Monday 17:00–18:00' }));
    expect(last().weekly.mon).toEqual([]);
    expect(screen.getByRole('checkbox', { name: 'Monday' })).not.toBeChecked();
  });

  it('changes an interval end through its select', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await user.click(screen.getByRole('combobox', { name: 'Tuesday: end of hours' }));
    await user.click(screen.getByRole('option', { name: '12:30' }));
    expect(last().weekly.tue).toEqual([{ start: '09:00', end: '12:30' }]);
  });

  it('turns a day off and on again, keeping its hours', async () => {
    const user = userEvent.setup();
    const initial = makeAvailability();
    initial.weekly.wed = [{ start: '08:00', end: '11:00' }, { start: '12:00', end: '15:00' }];
    const { last } = renderEditor(initial);
    const wednesday = screen.getByRole('checkbox', { name: 'Wednesday' });
    await user.click(wednesday);
    expect(last().weekly.wed).toEqual([]);
    expect(within(screen.getByTestId('weekday-wed')).getByText('Unavailable')).toBeInTheDocument();
    await user.click(wednesday);
    expect(last().weekly.wed).toEqual(initial.weekly.wed);

    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    expect(last().weekly.sat).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('copies a day to the days picked under "Copy to…"', async () => {
    const user = userEvent.setup();
    const initial = makeAvailability();
    initial.weekly.mon = [{ start: '07:00', end: '12:00' }, { start: '13:00', end: '19:00' }];
    const { last } = renderEditor(initial);
    await user.click(screen.getByRole('button', { name: "Copy to other days: Monday's hours" }));
    const apply = screen.getByRole('button', { name: 'Apply' });
    expect(apply).toBeDisabled();
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Friday' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sunday' }));
    await user.click(apply);
    expect(last().weekly.fri).toEqual(initial.weekly.mon);
    expect(last().weekly.sun).toEqual(initial.weekly.mon);
    expect(last().weekly.tue).toEqual(initial.weekly.tue);
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sunday' })).toBeChecked();
  });

  it('adds a blocked date, moves it, and opens special hours on it', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add a date override' }));
    // "Today" in Berlin on the fixed clock is Monday 2 March 2026.
    expect(last().overrides).toEqual([{ date: '2026-03-02', intervals: [] }]);

    const row = screen.getByTestId('override-0');
    await user.click(within(row).getByRole('button', { name: 'Date' }));
    await user.click(screen.getByRole('button', { name: '12 March 2026' }));
    expect(last().overrides).toEqual([{ date: '2026-03-12', intervals: [] }]);

    await user.click(within(row).getByText('Special hours'));
    expect(last().overrides).toEqual([{ date: '2026-03-12', intervals: [{ start: '09:00', end: '17:00' }] }]);
    await user.click(within(row).getByRole('button', { name: 'Add hours to Thu, Mar 12, 2026' }));
    expect(last().overrides[0]!.intervals).toHaveLength(2);

    await user.click(within(row).getByText('Unavailable all day'));
    expect(last().overrides).toEqual([{ date: '2026-03-12', intervals: [] }]);

    await user.click(screen.getByRole('button', { name: 'Remove the override for Thu, Mar 12, 2026' }));
    expect(last().overrides).toEqual([]);
  });

  it('adds a second override on the next free date', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor(makeAvailability({ overrides: [{ date: '2026-03-02', intervals: [] }] }));
    await user.click(screen.getByRole('button', { name: 'Add a date override' }));
    expect(last().overrides.map((o) => o.date)).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('changes the time zone', async () => {
    const user = userEvent.setup();
    const { last } = renderEditor();
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(input);
    await user.type(input, 'Tokyo');
    await user.click(screen.getByRole('option', { name: 'Asia/Tokyo' }));
    expect(last().timezone).toBe('Asia/Tokyo');
  });

  it('shows each error next to the input it concerns', () => {
    const initial = makeAvailability({ overrides: [{ date: '2026-03-10', intervals: [{ start: '12:00', end: '11:00' }] }] });
    initial.weekly.mon = [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }];
    renderEditor(initial, {
      timezone: 'must be an IANA time zone such as Europe/Berlin',
      'weekly.mon.1.start': 'overlaps the previous interval (09:00–12:00)',
      'overrides.0.intervals.0.end': 'must be later than the start (12:00)',
    });
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAccessibleDescription(/Must be an IANA time zone/);
    expect(screen.getByRole('combobox', { name: 'Monday: start of hours 2' })).toHaveAccessibleDescription('Overlaps the previous interval (09:00–12:00)');
    expect(screen.getByRole('combobox', { name: 'Monday: start of hours 1' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('combobox', { name: 'Tue, Mar 10, 2026: end of hours' })).toHaveAccessibleDescription('Must be later than the start (12:00)');
  });

  it('says which error paths it shows inline', () => {
    for (const path of ['timezone', 'weekly.sun', 'weekly.mon.3.end', 'overrides', 'overrides.2.date', 'overrides.0.intervals.1.start']) {
      expect(isAvailabilityErrorShown(path), path).toBe(true);
    }
    for (const path of ['weekly.xyz', 'overrides.0.other', 'somethingElse']) {
      expect(isAvailabilityErrorShown(path), path).toBe(false);
    }
  });

  it('leaves the value alone when nothing is edited', () => {
    const onChange = vi.fn();
    renderWithProviders(<AvailabilityEditor value={makeAvailability()} onChange={onChange} now={NOW} />);
    fireEvent.blur(screen.getByRole('combobox', { name: 'Time zone' }));
    expect(onChange).not.toHaveBeenCalled();
  });
});
