// renderer: the banner above a form after a failed save: how many problems there are, and the
// text of those that have no input of their own to sit next to.
import { Alert, List } from '@mantine/core';
import type { FieldErrors } from '../forms/field-errors.ts';

export interface FormErrorSummaryProps {
  errors: FieldErrors;
  /** Whether an input on screen shows this field's message itself. */
  isShownInline: (field: string) => boolean;
  title?: string;
}

export function FormErrorSummary({ errors, isShownInline, title }: FormErrorSummaryProps) {
  const fields = Object.keys(errors);
  if (fields.length === 0) return null;
  const elsewhere = fields.filter((field) => !isShownInline(field));
  const count = fields.length;
  return (
    <Alert color="red" variant="light" title={title ?? (count === 1 ? 'One field needs attention' : `${count} fields need attention`)}>
      {elsewhere.length === 0 ? (
        'Each problem is shown next to its field.'
      ) : (
        <List size="sm">
          {elsewhere.map((field) => (
            <List.Item key={field}>{field === '' ? errors[field] : `${field}: ${errors[field]}`}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
