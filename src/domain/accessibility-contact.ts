/**
 * ACCESSIBILITY_CONTACT_EMAIL, read at build time: the address the accessibility statement gives
 * for reporting a problem. Unset: the statement gives the postal address and the UDAPs instead.
 */
export function accessibilityContactEmail(env: Record<string, string | undefined>): string | null {
  const email = env.ACCESSIBILITY_CONTACT_EMAIL?.trim()
  if (!email) return null
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(email))
    throw new Error(`Invalid ACCESSIBILITY_CONTACT_EMAIL: ${email} is not an email address.`)
  return email
}
