// renderer: dayjs with the plugins the screens need (UTC and IANA time zones). Import dayjs from
// here so every screen formats times the same way.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export { dayjs };
