// renderer: the column layout shared by the links table's header and rows.

export const LINK_GRID_COLUMNS = 'minmax(140px, 1.2fr) minmax(160px, 1.5fr) 130px minmax(220px, 2.2fr) 112px';
export const LINK_ROW_HEIGHT = 60;
