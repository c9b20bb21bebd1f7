// Runs on the server. The public paths the pages link and post to (ARCHITECTURE.md, "The HTTP contract").

function segment(token: string): string {
  return encodeURIComponent(token);
}

export function manageCancelFormPath(manageToken: string): string {
  return `/m/${segment(manageToken)}/cancel`;
}

export function manageCancelApiPath(manageToken: string): string {
  return `/api/public/bookings/${segment(manageToken)}/cancel`;
}

export function manageReschedulePath(manageToken: string): string {
  return `/m/${segment(manageToken)}/reschedule`;
}

export function rescheduleApiPath(manageToken: string): string {
  return `/api/public/bookings/${segment(manageToken)}/reschedule`;
}

export function icsPath(manageToken: string): string {
  return `/api/public/bookings/${segment(manageToken)}/ics`;
}

/** The .ics of a booking, from its manage URL (PUBLIC_URL + /m/{manageToken}); null if it is not one. */
export function icsPathFromManageUrl(manageUrl: string): string | null {
  let path: string;
  try {
    path = new URL(manageUrl, 'http://localhost').pathname;
  } catch {
    return null;
  }
  const match = /\/m\/([^/]+)\/?$/.exec(path);
  return match?.[1] ? `/api/public/bookings/${match[1]}/ics` : null;
}
