// Runs in the browser (module of the booking page). The month view: a table of day buttons with a
// roving tab stop, so Tab enters the grid once and the arrow keys (Home/End, Page Up/Down) move.
// @ts-check
/* global document, HTMLElement */
import { message } from './page-messages.js';
import { addDays, addMonths, daysInMonth, formatter, isoWeekday, keyOf, longDay, pageLocale } from './zone-time.js';

/**
 * @typedef {object} MonthModel
 * @property {number} year
 * @property {number} month 1-12
 * @property {Map<string, unknown[]>} days open times by date
 * @property {boolean} loading
 * @property {string | null} selected
 * @property {string} focus the day that holds the tab stop
 * @property {string} today
 * @property {number} firstWeekday 1 = Monday … 7 = Sunday
 */

/** @param {HTMLElement} row @param {number} firstWeekday */
export function renderWeekdays(row, firstWeekday) {
  const cells = [];
  for (let i = 0; i < 7; i += 1) {
    const iso = ((firstWeekday - 1 + i) % 7) + 1;
    const noon = Date.UTC(2024, 0, iso, 12); // 1 January 2024 was a Monday
    const th = document.createElement('th');
    th.scope = 'col';
    th.abbr = formatter(pageLocale(), { timeZone: 'UTC', weekday: 'long' }).format(noon);
    th.textContent = formatter(pageLocale(), { timeZone: 'UTC', weekday: 'short' }).format(noon);
    cells.push(th);
  }
  row.replaceChildren(...cells);
}

/** @param {MonthModel} model @param {string} key */
function dayButton(model, key) {
  const count = model.days.get(key)?.length ?? 0;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = count > 0 ? 'day open' : 'day';
  button.textContent = String(Number(key.slice(8)));
  button.dataset.date = key;
  const availability = model.loading ? message('js.loadingDay') : count > 0 ? message('js.times', { count }) : message('js.noTimes');
  button.setAttribute('aria-label', `${longDay(key)}, ${availability}`);
  if (count === 0) button.setAttribute('aria-disabled', 'true');
  button.setAttribute('aria-pressed', String(key === model.selected));
  if (key === model.today) button.setAttribute('aria-current', 'date');
  button.tabIndex = key === model.focus ? 0 : -1;
  return button;
}

/** Rebuilds the grid; keeps keyboard focus in it if it was there. @param {HTMLElement} body the tbody @param {MonthModel} model */
export function renderMonth(body, model) {
  const hadFocus = body.contains(document.activeElement);
  const first = keyOf(model.year, model.month, 1);
  const cells = [];
  const lead = (isoWeekday(first) - model.firstWeekday + 7) % 7;
  for (let i = 0; i < lead; i += 1) cells.push(document.createElement('td'));
  for (let day = 1; day <= daysInMonth(model.year, model.month); day += 1) {
    const cell = document.createElement('td');
    cell.append(dayButton(model, keyOf(model.year, model.month, day)));
    cells.push(cell);
  }
  while (cells.length % 7 !== 0) cells.push(document.createElement('td'));
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) {
    const row = document.createElement('tr');
    row.append(...cells.slice(i, i + 7));
    rows.push(row);
  }
  body.replaceChildren(...rows);
  if (hadFocus) focusDay(body, model.focus);
}

/** Moves the tab stop (and focus) to a day of the shown month. @param {HTMLElement} body @param {string} key */
export function focusDay(body, key) {
  for (const button of body.querySelectorAll('button')) {
    button.tabIndex = button.dataset.date === key ? 0 : -1;
    if (button.dataset.date === key) button.focus();
  }
}

/** @param {HTMLElement} body @param {string | null} selected */
export function markSelected(body, selected) {
  for (const button of body.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.date === selected));
}

/** The date of the day button an event came from. @param {EventTarget | null} target */
export function dateOfTarget(target) {
  const button = target instanceof HTMLElement ? target.closest('button.day') : null;
  return button instanceof HTMLElement ? (button.dataset.date ?? null) : null;
}

/** Where a key press moves the focus from `key`, or null for keys the grid leaves alone. @param {string} key @param {string} pressed @param {number} firstWeekday */
export function keyMoveTarget(key, pressed, firstWeekday) {
  const intoWeek = (isoWeekday(key) - firstWeekday + 7) % 7;
  switch (pressed) {
    case 'ArrowLeft': return addDays(key, -1);
    case 'ArrowRight': return addDays(key, 1);
    case 'ArrowUp': return addDays(key, -7);
    case 'ArrowDown': return addDays(key, 7);
    case 'Home': return addDays(key, -intoWeek);
    case 'End': return addDays(key, 6 - intoWeek);
    case 'PageUp': return addMonths(key, -1);
    case 'PageDown': return addMonths(key, 1);
    default: return null;
  }
}
