/** What a form action answers when it cannot proceed: the messages and the values to show again. */
export interface FormFailure {
  formError: string | null;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
}

export function isFormFailure(value: unknown): value is FormFailure {
  return typeof value === 'object' && value !== null && 'fieldErrors' in value && 'values' in value;
}
