// renderer: the bookings table's column widths. Fixed, so a row's content (a cancel button
// gone, a longer status) never makes the other columns jump.

export const BOOKING_COLUMN_WIDTHS = {
  when: 170,
  invitee: '24%',
  event: '17%',
  link: '19%',
  status: 170,
  actions: 170,
} as const;

export const BOOKING_TABLE_MIN_WIDTH = 900;
