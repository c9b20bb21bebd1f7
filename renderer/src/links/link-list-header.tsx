// Runs in the renderer. The links table's header row: a box that selects every live link shown,
// and the column titles, each but Actions a button that sorts by it (again: the other way).
import { Checkbox, Text, UnstyledButton } from '@mantine/core';
import { linkCellStyle, linkRowGrid } from './link-table-layout.ts';
import type { LinkSort, LinkSortKey } from './sort-link-rows.ts';

export interface SelectAllState {
  /** Live links shown, the ones the box can select. */
  selectable: number;
  selected: number;
  onChange: (selectAll: boolean) => void;
}

export interface LinkListHeaderProps {
  sort: LinkSort;
  onSort: (key: LinkSortKey) => void;
  selectAll: SelectAllState;
}

const COLUMNS: ReadonlyArray<{ key: LinkSortKey; title: string; cell: 'link' | 'contact' | 'created' | 'status' }> = [
  { key: 'eventType', title: 'Event type', cell: 'link' },
  { key: 'contact', title: 'Contact', cell: 'contact' },
  { key: 'created', title: 'Created', cell: 'created' },
  { key: 'status', title: 'Status', cell: 'status' },
];

export function SelectAllBox({ selectable, selected, onChange }: SelectAllState) {
  const all = selectable > 0 && selected >= selectable;
  return (
    <Checkbox
      size="sm"
      aria-label="Select all live links shown"
      disabled={selectable === 0}
      checked={all}
      indeterminate={selected > 0 && !all}
      onChange={() => onChange(!all)}
    />
  );
}

export function LinkListHeader({ sort, onSort, selectAll }: LinkListHeaderProps) {
  return (
    <div
      role="row"
      aria-rowindex={1}
      style={{
        ...linkRowGrid('table'),
        padding: '8px var(--mantine-spacing-md)',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        background: 'var(--mantine-color-default-hover)',
      }}
    >
      <div role="columnheader" style={linkCellStyle('table', 'select')}>
        <SelectAllBox {...selectAll} />
      </div>
      {COLUMNS.map(({ key, title, cell }) => {
        const active = sort.key === key;
        const arrow = active ? (sort.direction === 'asc' ? '↑' : '↓') : '';
        return (
          <div key={key} role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} style={linkCellStyle('table', cell)}>
            <UnstyledButton onClick={() => onSort(key)} aria-label={`Sort by ${title.toLowerCase()}`}>
              <Text component="span" size="xs" fw={600} c={active ? undefined : 'dimmed'} tt="uppercase">
                {title} <span aria-hidden="true">{arrow}</span>
              </Text>
            </UnstyledButton>
          </div>
        );
      })}
      <div role="columnheader" style={linkCellStyle('table', 'actions')}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          Actions
        </Text>
      </div>
    </div>
  );
}
