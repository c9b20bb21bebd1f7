// Runs in the browser (the booking page's module script). Turns the server-rendered list of open
// times into a month view, the chosen day's times and a form that posts JSON. Until its first fetch
// of times succeeds it changes nothing, so a failure leaves the plain no-JS form working.
// @ts-check
/* global document, window */
import { fillConfirmation } from './booking-confirmation.js';
import { applyStoredClock, enableClockSwitch } from './clock-switch.js';
import { message, setMessages } from './page-messages.js';
import { dateOfTarget, focusDay, keyMoveTarget, markSelected, renderMonth, renderWeekdays } from './booking-calendar.js';
import { announce, checkNameAndEmail, clearFieldErrors, describeError, showErrorsAtFields } from './form-feedback.js';
import { intlReady } from './warm-intl.js';
import { canonicalZone, enableZoneSearch, fillZonesOnDemand, putZoneFirst } from './zone-picker.js';
import { addDays, dateIn, daysInMonth, detectZone, keyOf, longDay, monthName, partsOf, setDisplay, timeText, whenText, zoneLabel } from './zone-time.js';

/** @typedef {{ start: string, end: string }} Slot */
/** @typedef {{ apiBase: string, initialTimezone: string, firstOpenDate: string | null, locale?: string, messages?: Record<string, string>, weekStart: number }} BookingData */
/** @typedef {{ field: string, message: string }} FieldError */
/** @typedef {'pick' | 'details' | 'done' | 'gone'} Step */

const MAX_MONTHS_AHEAD = 24;
/** @type {Record<string, string>} */
const FORM_FIELD_IDS = { name: 'f-name', email: 'f-email', notes: 'f-notes' };

/** Lets the browser run what waits (input, rendering) before the caller goes on. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** @param {string} id */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The booking page has no #${id}`);
  return element;
}

/** @param {BookingData} data */
function enhance(data) {
  const el = {
    notice: byId('notice'),
    tzForm: byId('tz-form'),
    tzSelect: /** @type {HTMLSelectElement} */ (byId('tz-select')),
    tzSearch: /** @type {HTMLInputElement} */ (byId('tz-search')),
    picker: byId('picker'),
    prev: /** @type {HTMLButtonElement} */ (byId('prev-month')),
    next: /** @type {HTMLButtonElement} */ (byId('next-month')),
    monthLabel: byId('month-label'),
    calendar: byId('cal-body'),
    dayHeading: byId('day-heading'),
    times: byId('times'),
    timesError: byId('times-error'),
    timesErrorText: byId('times-error-text'),
    retry: /** @type {HTMLButtonElement} */ (byId('retry-times')),
    form: /** @type {HTMLFormElement} */ (byId('booking-form')),
    formZone: /** @type {HTMLInputElement} */ (byId('form-timezone')),
    name: /** @type {HTMLInputElement} */ (byId('f-name')),
    email: /** @type {HTMLInputElement} */ (byId('f-email')),
    notes: /** @type {HTMLTextAreaElement} */ (byId('f-notes')),
    submit: byId('submit-booking'),
    scheduler: byId('scheduler'),
    confirmation: byId('confirmation'),
    gone: byId('gone'),
  };
  // Named here: without JavaScript only the full list sends the zone (render-time-zone-form.ts).
  // Filled from the start, so the plain form works too if the picker never comes.
  el.tzSelect.name = 'timezone';
  fillZonesOnDemand(el.tzSelect, document.getElementById('tz-all'), [el.tzSelect, el.tzSearch]);
  const firstWeekday = data.weekStart;
  const state = {
    zone: data.initialTimezone,
    year: 0,
    month: 0,
    /** @type {Map<string, Slot[]>} open times of the shown month, by date in `zone` */
    days: new Map(),
    loading: false,
    /** The shown month's times could not be loaded: the picker shows that, not "No open times". */
    failed: false,
    /** @type {string | null} */ selected: null,
    /** @type {string | null} */ focus: null,
    /** @type {Slot | null} */ slot: null,
    request: 0,
    sending: false,
    /** Until the picker has replaced the list, the plain forms keep working as they are. */
    enhanced: false,
  };
  /** @param {string} text @param {'info' | 'error'} [tone] */
  const say = (text, tone) => announce(el.notice, text, tone);

  /** @param {Step} step */
  function setStep(step) {
    el.scheduler.hidden = step === 'done' || step === 'gone';
    el.confirmation.hidden = step !== 'done';
    el.gone.hidden = step !== 'gone';
    el.tzForm.hidden = step !== 'pick';
    el.picker.hidden = step !== 'pick';
    el.form.hidden = step !== 'details';
  }

  function showGone() {
    setStep('gone');
    el.gone.focus();
  }

  const todayKey = () => dateIn(Date.now(), state.zone);
  /** Months from today's month to the given one. @param {number} year @param {number} month */
  function monthsAhead(year, month) {
    const today = partsOf(todayKey());
    return (year - today.year) * 12 + (month - today.month);
  }

  // -- the month view and the day's times --

  function focusKey() {
    const prefix = keyOf(state.year, state.month, 1).slice(0, 8);
    for (const key of [state.focus, state.selected, todayKey()]) if (key?.startsWith(prefix)) return key;
    return `${prefix}01`;
  }

  function render() {
    el.monthLabel.textContent = monthName(state.year, state.month);
    el.prev.disabled = monthsAhead(state.year, state.month) <= 0;
    el.next.disabled = monthsAhead(state.year, state.month) >= MAX_MONTHS_AHEAD;
    renderMonth(el.calendar, { ...state, focus: focusKey(), today: todayKey(), firstWeekday });
    el.times.replaceChildren();
    el.timesError.hidden = !state.failed;
    el.dayHeading.hidden = state.failed;
    el.timesErrorText.textContent = state.failed ? message('js.loadFailed') : '';
    if (state.failed) return;
    const key = state.selected;
    if (!key) {
      el.dayHeading.textContent = state.loading ? message('js.loading') : message('js.noTimesIn', { month: monthName(state.year, state.month) });
      return;
    }
    el.dayHeading.textContent = longDay(key);
    for (const slot of state.days.get(key) ?? []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'time';
      button.dataset.start = slot.start;
      button.textContent = timeText(slot.start, state.zone);
      button.addEventListener('click', () => chooseSlot(slot));
      const item = document.createElement('li');
      item.append(button);
      el.times.append(item);
    }
  }

  /**
   * Shows a month and fetches its open times in the current zone; resolves false when they could
   * not be loaded. `advance`: months to move on while the shown one has no open times.
   * @param {number} year @param {number} month @param {{ advance?: number, quiet?: boolean }} [options]
   * @returns {Promise<boolean>}
   */
  async function showMonth(year, month, { advance = 0, quiet = false } = {}) {
    if (year !== state.year || month !== state.month) state.selected = null;
    Object.assign(state, { year, month, loading: true, failed: false, days: new Map() });
    const request = ++state.request;
    el.picker.setAttribute('aria-busy', 'true');
    const today = todayKey();
    const first = keyOf(year, month, 1);
    const last = keyOf(year, month, daysInMonth(year, month));
    const query = new URLSearchParams({ from: first < today ? today : first, to: last, timezone: state.zone });
    // Asked before the loading month is drawn, so the answer travels meanwhile. A hidden picker (the
    // first month) is drawn once, with the answer.
    const pending = last >= today ? fetch(`${data.apiBase}/slots?${query}`, { headers: { accept: 'application/json' } }) : null;
    pending?.catch(() => undefined); // awaited (and its failure shown) below
    if (state.enhanced) render();
    /** @type {{ date: string, slots: Slot[] }[]} */
    let days = [];
    let failed = false;
    if (pending) {
      try {
        const response = await pending;
        if (request !== state.request) return false;
        if (response.status === 404 || response.status === 410) {
          showGone();
          return false;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        days = (await response.json()).days ?? [];
      } catch {
        failed = true;
      }
    }
    if (request !== state.request) return false;
    state.days = new Map(days.filter((day) => day.slots.length > 0).map((day) => [day.date, day.slots]));
    if (!failed && state.days.size === 0 && advance > 0 && monthsAhead(year, month) < MAX_MONTHS_AHEAD) {
      const next = partsOf(addDays(last, 1));
      return showMonth(next.year, next.month, { advance: advance - 1, quiet });
    }
    state.loading = false;
    state.failed = failed && !quiet;
    el.picker.removeAttribute('aria-busy');
    if (state.selected === null || !state.days.has(state.selected)) state.selected = state.days.keys().next().value ?? null;
    render();
    return !failed;
  }

  el.calendar.addEventListener('click', (event) => {
    const key = dateOfTarget(event.target);
    if (!key) return;
    state.focus = key;
    focusDay(el.calendar, key);
    if (!state.days.has(key)) return;
    state.selected = key;
    markSelected(el.calendar, key);
    render();
    revealTimes();
  });

  /** On a phone the times sit below the month view: bring them into sight after a day is picked. */
  function revealTimes() {
    const top = el.dayHeading.getBoundingClientRect().top;
    const bottom = el.times.getBoundingClientRect().bottom;
    if (top >= 0 && bottom <= window.innerHeight) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.dayHeading.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  }

  el.retry.addEventListener('click', async () => {
    const loaded = await showMonth(state.year, state.month);
    // The button hid while loading; put focus back where the invitee can go on.
    if (loaded) focusDay(el.calendar, focusKey());
    else if (state.failed) el.retry.focus();
  });

  el.calendar.addEventListener('keydown', async (event) => {
    const from = dateOfTarget(event.target);
    const key = from && keyMoveTarget(from, event.key, firstWeekday);
    if (!key) return;
    event.preventDefault();
    const { year, month } = partsOf(key);
    const ahead = monthsAhead(year, month);
    if (ahead < 0 || ahead > MAX_MONTHS_AHEAD) return;
    state.focus = key;
    if (year !== state.year || month !== state.month) await showMonth(year, month);
    focusDay(el.calendar, key);
  });

  /** @param {number} delta */
  function stepMonth(delta) {
    const target = new Date(Date.UTC(state.year, state.month - 1 + delta, 1));
    void showMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  }
  el.prev.addEventListener('click', () => stepMonth(-1));
  el.next.addEventListener('click', () => stepMonth(1));

  el.tzForm.addEventListener('submit', (event) => {
    if (state.enhanced) event.preventDefault();
  });
  el.tzSelect.addEventListener('change', () => {
    if (!state.enhanced) return;
    state.zone = el.tzSelect.value;
    el.formZone.value = state.zone;
    say(message('js.zoneNow', { zone: zoneLabel(state.zone) }));
    void showMonth(state.year, state.month);
  });

  // -- the chosen time and the form --

  /** @param {Slot} slot */
  function chooseSlot(slot) {
    state.slot = slot;
    byId('chosen-text').textContent = whenText(slot.start, slot.end, state.zone);
    byId('chosen-zone').textContent = message('js.zoneOf', { zone: zoneLabel(state.zone) });
    el.notice.replaceChildren();
    setStep('details');
    byId('details-heading').focus();
  }

  byId('change-time').addEventListener('click', () => {
    setStep('pick');
    const chosen = [...el.times.querySelectorAll('button')].find((button) => button.dataset.start === state.slot?.start);
    if (chosen) chosen.focus();
    else focusDay(el.calendar, focusKey());
  });

  /** @param {FieldError[]} errors */
  const showFieldErrors = (errors) => showErrorsAtFields(errors, FORM_FIELD_IDS, el.notice);

  /** Back to the times, saying why the chosen one cannot be booked. @param {string} text */
  async function pickAgain(text) {
    state.slot = null;
    setStep('pick');
    say(text, 'error');
    el.notice.focus();
    await showMonth(state.year, state.month);
  }

  /** @param {Response} response */
  async function handleAnswer(response) {
    const body = await response.json().catch(() => null);
    if (response.ok && body?.booking) {
      fillConfirmation(body.booking, state.zone);
      setStep('done');
      el.confirmation.focus();
      return;
    }
    if (response.status === 400 && Array.isArray(body?.fields)) {
      /** @type {FieldError[]} */
      const fields = body.fields;
      const startError = fields.find((error) => error.field === 'start');
      showFieldErrors(fields.filter((error) => error !== startError));
      if (startError) await pickAgain(`${describeError('start', startError.message).replace(/\.$/, '')}. ${message('js.chooseAnother')}`);
      return;
    }
    if (response.status === 409) return pickAgain(message('js.taken'));
    if (response.status === 404 || response.status === 410) return showGone();
    if (response.status === 429) return say(message('js.tooMany'), 'error');
    say(message('js.failed'), 'error');
  }

  el.form.addEventListener('submit', async (event) => {
    if (!state.enhanced) return;
    event.preventDefault();
    if (state.sending) return;
    if (!state.slot) return setStep('pick');
    clearFieldErrors(el.form);
    el.notice.replaceChildren();
    const local = checkNameAndEmail(el.name, el.email);
    if (local.length > 0) return showFieldErrors(local);
    const payload = { start: state.slot.start, name: el.name.value, email: el.email.value, timezone: state.zone, notes: el.notes.value };
    state.sending = true;
    el.submit.setAttribute('aria-disabled', 'true');
    say(message('js.booking'));
    try {
      const response = await fetch(`${data.apiBase}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(payload),
      });
      await handleAnswer(response);
    } catch {
      say(message('js.notSent'), 'error');
    } finally {
      state.sending = false;
      el.submit.removeAttribute('aria-disabled');
    }
  });

  // -- start: load the first month, then swap the list for the picker --

  async function start() {
    await intlReady; // the first formatter below then finds the date data loaded (warm-intl.js)
    await nextTask(); // not in the task that ran the modules and ended the parse
    const zone = canonicalZone(detectZone(data.initialTimezone));
    state.zone = zone;
    applyStoredClock();
    renderWeekdays(byId('weekday-row'), firstWeekday);
    const today = partsOf(todayKey());
    const anchor = data.firstOpenDate ? partsOf(data.firstOpenDate) : today;
    const opening = anchor.year * 12 + anchor.month < today.year * 12 + today.month ? today : anchor;
    if (!(await showMonth(opening.year, opening.month, { advance: 2, quiet: true }))) {
      state.zone = data.initialTimezone;
      return;
    }
    putZoneFirst(el.tzSelect, zone);
    enableZoneSearch(el.tzSearch, el.tzSelect);
    enableClockSwitch(byId('clock-switch'), () => {
      render();
      if (state.slot) byId('chosen-text').textContent = whenText(state.slot.start, state.slot.end, state.zone);
    });
    el.formZone.value = zone;
    const slotList = /** @type {HTMLFieldSetElement} */ (byId('slot-list'));
    slotList.hidden = true;
    slotList.disabled = true; // neither submitted nor validated
    byId('chosen').hidden = false;
    byId('tz-apply').hidden = true;
    el.form.noValidate = true;
    document.documentElement.classList.add('enhanced');
    state.enhanced = true;
    setStep('pick');
  }

  void start();
}

const dataElement = document.getElementById('booking-data');
if (dataElement) {
  /** @type {BookingData} */
  const data = JSON.parse(dataElement.textContent ?? '{}');
  // Dates, times and words in the page's language, not the browser's.
  setMessages(data.messages, data.locale);
  setDisplay({ locale: data.locale });
  enhance(data);
}
