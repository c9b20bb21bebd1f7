// Runs anywhere (shared). Collects field errors, one per field: a semantic rule stays quiet about a
// field that already failed its structural check, so the UI shows one message per input.
import type { FieldError } from './field-error.ts';

export class ErrorList {
  readonly errors: FieldError[] = [];
  private readonly fields = new Set<string>();

  add(field: string, message: string): void {
    if (this.fields.has(field)) return;
    this.fields.add(field);
    this.errors.push({ field, message });
  }

  has(field: string): boolean {
    return this.fields.has(field);
  }
}
