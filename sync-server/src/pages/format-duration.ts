// Runs on the server. A meeting length as people say it: '30 min', '1 hour', '1 h 30 min' (and so
// in each language, by its catalog).
import { pageText, type PageText } from './i18n/translate.ts';

export function formatDuration(minutes: number, text: PageText = pageText()): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '';
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return text.t('duration.minutes', { count: rest });
  if (rest === 0) return text.t('duration.hours', { count: hours });
  return text.t('duration.hoursMinutes', { hours, minutes: rest });
}
