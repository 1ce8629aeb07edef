/**
 * A deliverable-looking address: local part of the usual unquoted characters, no leading,
 * trailing or doubled dots; a domain of labels with a letter TLD. Platforms only say
 * "email format", and quoted local parts never occur in merchant data.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}
