// Runs anywhere (shared). Calendar dates `YYYY-MM-DD`, the one check core has (the validators,
// the slot engine and the server's query parsing all use it), without Date's silent roll-over
// (Date accepts 2026-02-30 and means March 2nd).

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year, month (1..12) and day name a day that exists. */
export function isExistingDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The numbers of a string shaped `YYYY-MM-DD` (ASCII digits), real day or not; null otherwise. */
export function splitDate(value: string): readonly [year: number, month: number, day: number] | null {
  const m = DATE_SHAPE.exec(value);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** True for an existing day written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (typeof value !== 'string') return false;
  const parts = splitDate(value);
  return parts !== null && isExistingDay(...parts);
}
