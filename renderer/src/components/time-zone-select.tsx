// renderer: a searchable picker of IANA time zones ("Europe/Berlin").
import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { listTimeZones } from './time-zones.ts';

export interface TimeZoneSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable'> {
  value: string;
  onChange: (timezone: string) => void;
}

export function TimeZoneSelect({ value, onChange, ...rest }: TimeZoneSelectProps) {
  const data = useMemo(() => {
    const zones = listTimeZones();
    // A stored zone this runtime does not list (an alias such as "Asia/Calcutta") stays visible.
    const list = value !== '' && !zones.includes(value) ? [value, ...zones] : [...zones];
    return list.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
  }, [value]);
  return (
    <Select
      searchable
      allowDeselect={false}
      // Hundreds of zones: render the options only while the dropdown is open.
      comboboxProps={{ keepMounted: false }}
      nothingFoundMessage="No such time zone"
      data={data}
      value={value === '' ? null : value}
      onChange={(zone) => {
        if (zone !== null) onChange(zone);
      }}
      {...rest}
    />
  );
}
