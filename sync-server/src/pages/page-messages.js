// Runs in the invitee's browser (module of the booking page). The words the script says, in the
// page's language: the server embeds that language's messages (and only those) in the page's
// data, and `message` fills in `{{name}}` and picks plural forms as i18next does on the server.
// A page that sets none (the manage page) gets the English fallback each caller passes.
// @ts-check

/** @type {Record<string, string>} */
let messages = {};
/** @type {string | undefined} */
let locale;
/** Costly to build; a month view asks once per day. @type {Map<string | undefined, Intl.PluralRules>} */
const pluralRules = new Map();

/** @param {number} count */
function pluralForm(count) {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** @param {Record<string, string> | undefined} embedded @param {string | undefined} pageLocale */
export function setMessages(embedded, pageLocale) {
  messages = embedded ?? {};
  locale = pageLocale;
}

/**
 * @param {string} key e.g. 'js.loading'; with `count`, 'js.times' reads 'js.times_one' / 'js.times_other'
 * @param {Record<string, string | number>} [vars]
 * @param {string} [fallback] used when the page has no such message
 */
export function message(key, vars = {}, fallback = '') {
  let template = messages[key];
  if (template === undefined && typeof vars.count === 'number') {
    const form = pluralForm(vars.count);
    template = messages[`${key}_${form}`] ?? messages[`${key}_other`];
  }
  return (template ?? fallback).replace(/\{\{(\w+)\}\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Whether the page has messages at all (the booking page does; the manage page speaks English). */
export function hasMessages() {
  return Object.keys(messages).length > 0;
}
