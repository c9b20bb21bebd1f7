// Runs on the server. A field error as a sentence: the validators say 'must not be empty' and the
// page puts the field's label in front ('Email must not be empty'); full sentences stay as they are.

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  email: 'Email',
  notes: 'Notes',
  start: 'Time',
  timezone: 'Time zone',
  reason: 'Reason',
};

export function describeFieldError(field: string, message: string): string {
  const label = FIELD_LABELS[field];
  const startsLowercase = /^[a-z]/.test(message);
  return label !== undefined && startsLowercase ? `${label} ${message}` : message;
}
