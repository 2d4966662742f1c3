/** Contact links: `tel:` and `mailto:` addresses from the numbers and e-mails as written. */

/**
 * A `tel:` link for a phone number as the office writes it (`04321 942-2600`,
 * `+49 (0)4321 942-0`): only digits and a leading `+` stay; a `(0)` after a country code
 * is dropped, as dialling rules require. `null` when no digit is left.
 */
export function telHref(phone: string): string | null {
  const withoutTrunk = phone.trim().replace(/^(\+\d+)\s*\(0\)/, '$1');
  const digits = withoutTrunk.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d/.test(digits) ? `tel:${digits}` : null;
}

/** A `mailto:` link for an e-mail address. */
export function mailtoHref(email: string): string {
  return `mailto:${email.trim()}`;
}
