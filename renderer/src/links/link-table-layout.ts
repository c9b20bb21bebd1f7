// Runs in the renderer. The links list's two layouts: a table (header and rows share its grid)
// and, on a phone-wide screen, cards that stack the same cells so nothing is wider than the
// screen. Rows are of fixed height, so the virtualizer never measures (10,000 links stay fast).
import type { CSSProperties } from 'react';

export type LinkListLayout = 'table' | 'cards';

/** Below this width the list shows cards (Mantine's `sm`, where the navbar folds away too). */
export const LINK_CARDS_MEDIA_QUERY = '(max-width: 48em)';

const TABLE_COLUMNS = '28px minmax(240px, 2.4fr) minmax(140px, 1.3fr) 130px minmax(180px, 1.8fr) 96px';

export const LINK_ROW_HEIGHTS: Readonly<Record<LinkListLayout, number>> = { table: 76, cards: 196 };

/** The table is this wide at least; a narrower window scrolls it sideways (phones get cards). */
export const LINK_TABLE_MIN_WIDTH = 900;

/** The grid of a row (and of the table's header): where each cell goes in either layout. */
export function linkRowGrid(layout: LinkListLayout): CSSProperties {
  if (layout === 'table') return { display: 'grid', gridTemplateColumns: TABLE_COLUMNS, alignItems: 'center', columnGap: 'var(--mantine-spacing-md)' };
  return {
    display: 'grid',
    gridTemplateColumns: '28px minmax(0, 1fr) auto',
    gridTemplateAreas: '"select link actions" "select contact contact" "select status status" "select created created"',
    alignContent: 'center',
    alignItems: 'start',
    columnGap: 'var(--mantine-spacing-xs)',
    rowGap: 6,
  };
}

/** Cells are named so the card layout can place them; the table places them in order. */
export type LinkCell = 'select' | 'link' | 'contact' | 'created' | 'status' | 'actions';

export function linkCellStyle(layout: LinkListLayout, cell: LinkCell): CSSProperties {
  const base: CSSProperties = { minWidth: 0, overflow: 'hidden' };
  if (cell === 'actions') Object.assign(base, { display: 'flex', gap: 4, justifyContent: 'flex-end', overflow: 'visible' });
  return layout === 'cards' ? { ...base, gridArea: cell } : base;
}
