// Email addresses with the outcome the shared rule gives them (see isValidEmail in
// contract.ts). The stand-in's tests use them, and integration/email-agreement.test.ts
// holds the panel's check to the same outcomes.

export interface EmailCase {
  email: string
  valid: boolean
  why: string
}

const LONG_LABEL = 'a'.repeat(63)
const LOCAL_64 = 'l'.repeat(64)
// 64 + 1 + 63 + 1 + 63 + 1 + 61 = 254 characters.
const EMAIL_254 = `${LOCAL_64}@${LONG_LABEL}.${LONG_LABEL}.${'c'.repeat(61)}`
/** A letter outside the Basic Multilingual Plane: one code point, two UTF-16 units. */
const ASTRAL_LETTER = '𝒜'

function valid(email: string, why: string): EmailCase {
  return { email, valid: true, why }
}

function invalid(email: string, why: string): EmailCase {
  return { email, valid: false, why }
}

export const EMAIL_CASES: readonly EmailCase[] = [
  valid('marco.bianchi@example.it', 'plain address'),
  valid('MARCO.Bianchi@Example.IT', 'upper case'),
  valid('  marco@example.it  ', 'surrounding spaces are trimmed'),
  valid('\tmarco@example.it\n', 'tab and newline are trimmed'),
  valid('a@b.co', 'shortest usual address'),
  valid('first.last@sub.domain.example.com', 'several labels'),
  valid(
    'ops@mail-2.eu-west-1.example.com',
    'subdomains with digits and hyphens',
  ),
  valid('ops@3com.example.it', 'label starting with a digit'),
  valid("sean.o'brien@nordavia.it", 'apostrophe in local part'),
  valid("d'angelo@example.it", 'apostrophe after the first letter'),
  valid('user+tag@example.it', 'plus addressing'),
  valid('user+tag+more@example.it', 'plus addressing with two tags'),
  valid("!#$%&'*+/=?^_`{|}~-@example.it", 'every allowed symbol'),
  valid('a-b_c@example-domain.it', 'hyphen inside a label'),
  valid('123@456.it', 'digits in local part and label'),
  valid('info@example.photography', 'long top-level domain'),
  valid('info@example.international', 'thirteen-letter top-level domain'),
  valid('user@例え.jp', 'Japanese label'),
  valid('user@müller-söhne.de', 'label with umlauts'),
  valid('user@пример.рф', 'Cyrillic labels and top-level domain'),
  valid('user@xn--mller-kva.de', 'punycode label'),
  valid('user@example.xn--p1ai', 'punycode top-level domain'),
  valid(`${LOCAL_64}@example.it`, 'local part of 64 characters'),
  valid(`user@${LONG_LABEL}.it`, 'label of 63 characters'),
  valid(EMAIL_254, 'address of 254 characters'),
  valid(
    `user@${ASTRAL_LETTER.repeat(63)}.it`,
    'label of 63 code points outside the BMP',
  ),
  invalid('', 'empty'),
  invalid('   ', 'only spaces'),
  invalid('marco.example.it', 'no @'),
  invalid('marco@@example.it', 'two @ in a row'),
  invalid('a@b@example.it', 'two @'),
  invalid('@example.it', 'empty local part'),
  invalid('marco@', 'empty domain'),
  invalid(`${LOCAL_64}l@example.it`, 'local part of 65 characters'),
  invalid(`${EMAIL_254}c`, 'address of 255 characters'),
  invalid('.marco@example.it', 'local part starts with a dot'),
  invalid('marco.@example.it', 'local part ends with a dot'),
  invalid('marco..bianchi@example.it', 'two dots in a row'),
  invalid('marco bianchi@example.it', 'space in local part'),
  invalid('marco@exam ple.it', 'space in domain'),
  invalid('marco @example.it', 'space before the @'),
  invalid('marco@ example.it', 'space after the @'),
  invalid('"marco"@example.it', 'quoted local part'),
  invalid('marco(comment)@example.it', 'parentheses'),
  invalid('marco,b@example.it', 'comma'),
  invalid('mårco@example.it', 'non-ASCII letter in local part'),
  invalid('marco@localhost', 'single-label domain'),
  invalid('marco@example.it.', 'trailing dot'),
  invalid('marco@.example.it', 'leading dot in domain'),
  invalid('marco@example..it', 'empty label'),
  invalid('marco@-example.it', 'label starts with a hyphen'),
  invalid('marco@example-.it', 'label ends with a hyphen'),
  invalid(`marco@${LONG_LABEL}a.it`, 'label of 64 characters'),
  invalid(
    `user@${ASTRAL_LETTER.repeat(64)}.it`,
    'label of 64 code points outside the BMP',
  ),
  invalid('marco@example.i', 'top-level domain of one character'),
  invalid('marco@192.168.1.1', 'all-digit top-level domain'),
  invalid('marco@[192.168.1.1]', 'IP literal'),
  invalid('marco@example_domain.it', 'underscore in domain'),
  invalid('marco@example.it/path', 'slash in domain'),
  invalid('marco@भारत.in', 'label with combining marks'),
  invalid('marco@exa٣mple.it', 'Arabic-Indic digit in a label'),
  invalid('marco@exa\u00a0mple.it', 'no-break space inside the domain'),
  invalid('marco@exa\u200bmple.it', 'zero-width space inside the domain'),
  invalid('<script>@example.it', 'markup in local part'),
  invalid('marco@example.it<img src=x>', 'markup after the domain'),
  invalid('marco@example.it\u0000', 'NUL after the domain'),
  invalid('marco@example.it, luca@example.it', 'two addresses'),
  invalid('Marco <marco@example.it>', 'display name with an address'),
  invalid('mailto:marco@example.it', 'mailto: prefix'),
]
