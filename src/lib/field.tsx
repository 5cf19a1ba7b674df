/**
 * A message beside the form field it is about, in the reader's language. The field points at it (`aria-describedby`)
 * and says it is invalid, so a screen reader reads the message with the field; the page's summary at the top only
 * says that something needs looking at.
 */
export const errorIdOf = (field: string) => `${field}-error`;

/** The attributes of a field: invalid and described by its message when there is one, plus any hint ids. */
export function fieldAttrs(field: string, message: string | undefined, hints: string[] = []) {
  const describedBy = [...hints, ...(message ? [errorIdOf(field)] : [])].join(' ');
  return {
    ...(message ? { 'aria-invalid': 'true' as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

export function FieldError({ field, message }: { field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p class="field-error" id={errorIdOf(field)}>
      {message}
    </p>
  );
}
