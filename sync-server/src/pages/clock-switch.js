// Runs in the invitee's browser (module of the booking page). The 12 h / 24 h switch: two toggle
// buttons the server renders hidden (without JavaScript the list keeps the language's clock).
// The choice is kept in this browser's localStorage, so a reload or the next link shows the same;
// until one is made, the page's language decides (English 12 h, German 24 h).
// @ts-check
import { hourCycleOf, setDisplay } from './zone-time.js';

const STORAGE_KEY = '1x.hourCycle';

/** @returns {'h12' | 'h23' | undefined} */
function storedCycle() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'h12' || value === 'h23' ? value : undefined;
  } catch {
    return undefined; // storage blocked (privacy settings): the choice lasts for this page only
  }
}

/** @param {'h12' | 'h23'} cycle */
function storeCycle(cycle) {
  try {
    localStorage.setItem(STORAGE_KEY, cycle);
  } catch {
    // as above
  }
}

/** Applies the stored choice, so the first times drawn already use it. */
export function applyStoredClock() {
  const stored = storedCycle();
  if (stored) setDisplay({ hourCycle: stored });
}

/**
 * Applies the stored choice, shows the switch and calls `onChange` after each new choice.
 * @param {HTMLElement} group holds the buttons #clock-h12 and #clock-h23 @param {() => void} onChange
 */
export function enableClockSwitch(group, onChange) {
  applyStoredClock();
  const buttons = /** @type {HTMLButtonElement[]} */ ([...group.querySelectorAll('button[data-cycle]')]);
  const mark = () => {
    const cycle = hourCycleOf();
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.cycle === cycle));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const cycle = button.dataset.cycle === 'h23' ? 'h23' : 'h12';
      if (cycle === hourCycleOf()) return;
      setDisplay({ hourCycle: cycle });
      storeCycle(cycle);
      mark();
      onChange();
    });
  }
  mark();
  group.hidden = false;
}
