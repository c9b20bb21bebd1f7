// renderer: a span of time stored in minutes, typed in the unit people think in ("2 hours",
// "1 day"). The unit starts at the largest one that divides the value evenly.
import { Group, NativeSelect, NumberInput } from '@mantine/core';
import { useState } from 'react';

export type MinutesUnit = 'minutes' | 'hours' | 'days';

const FACTOR: Record<MinutesUnit, number> = { minutes: 1, hours: 60, days: 1440 };

export interface MinutesInputProps {
  label: string;
  description?: string;
  /** Minutes, or '' while the field is empty. */
  value: number | '';
  onChange: (minutes: number | '') => void;
  units?: readonly MinutesUnit[];
  error?: string;
  max?: number;
}

function initialUnit(value: number | '', units: readonly MinutesUnit[]): MinutesUnit {
  if (value === '' || value === 0) return units[0] ?? 'minutes';
  const fitting = [...units].reverse().find((unit) => value % FACTOR[unit] === 0);
  return fitting ?? units[0] ?? 'minutes';
}

export function MinutesInput({ label, description, value, onChange, units = ['minutes', 'hours', 'days'], error, max }: MinutesInputProps) {
  const [unit, setUnit] = useState<MinutesUnit>(() => initialUnit(value, units));
  const factor = FACTOR[unit];
  // A value that does not divide evenly (set elsewhere) still shows truthfully, as a fraction.
  const shown = value === '' ? '' : value / factor;
  const unitSelect = (
    <NativeSelect
      aria-label={`${label}: unit`}
      data={units.map((u) => ({ value: u, label: u }))}
      value={unit}
      w={110}
      onChange={(event) => {
        const next = event.currentTarget.value as MinutesUnit;
        setUnit(next);
        // The number stays and the unit changes: "2" minutes becomes "2" hours.
        if (typeof shown === 'number') onChange(Math.round(shown * FACTOR[next]));
      }}
    />
  );
  return (
    <NumberInput
      label={label}
      description={description}
      value={shown}
      min={0}
      max={max === undefined ? undefined : max / factor}
      allowNegative={false}
      allowDecimal={unit !== 'minutes'}
      decimalScale={2}
      error={error}
      // The unit sits beside the number, inside the label/description/error frame.
      inputContainer={(input) => (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ flex: 1 }}>{input}</div>
          {unitSelect}
        </Group>
      )}
      onChange={(next) => onChange(typeof next === 'number' ? Math.round(next * factor) : '')}
    />
  );
}
