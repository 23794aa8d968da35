// Hand-picked members of the large organization, chosen to exercise the panel's rendering:
// accents, apostrophes, non-Latin scripts, very long names, empty names, and a name that a
// spreadsheet would run as a formula, for CSV exports.

import type { Role } from './contract.ts'

export interface NamedMemberSpec {
  /** A fixed id; without one the seed's random generator makes it. */
  id?: string
  first_name: string
  last_name: string
  /** Local part of the email address on the organization's domain. */
  localPart: string
  /** Username when it differs from the email address. */
  username?: string
  role: Role
}

/** Hand-picked members of the large organization: accents, apostrophes, scripts, long, empty and formula-like names. */
export const LARGE_ORGANIZATION_NAMED_MEMBERS: readonly NamedMemberSpec[] = [
  {
    first_name: 'Alessandro',
    last_name: 'Marchetti',
    localPart: 'alessandro.marchetti',
    role: 'owner',
  },
  {
    first_name: 'José',
    last_name: 'Núñez',
    localPart: 'jose.nunez',
    role: 'owner',
  },
  {
    first_name: 'Anna',
    last_name: "D'Amico",
    localPart: 'anna.damico',
    role: 'owner',
  },
  {
    first_name: 'Zoë',
    last_name: 'Ærøskøbing',
    localPart: 'zoe.aeroskobing',
    role: 'security_officer',
  },
  {
    first_name: 'Łukasz',
    last_name: 'Żółkiewski',
    localPart: 'lukasz.zolkiewski',
    username: 'lzolkiewski',
    role: 'security_officer',
  },
  {
    first_name: 'Søren',
    last_name: 'Kierkegård',
    localPart: 'soren.kierkegard',
    role: 'viewer',
  },
  {
    first_name: 'François',
    last_name: 'Lefèvre',
    localPart: 'francois.lefevre',
    role: 'security_officer',
  },
  {
    first_name: 'Björn',
    last_name: 'Ångström',
    localPart: 'bjorn.angstrom',
    role: 'viewer',
  },
  {
    first_name: 'Chloé',
    last_name: 'Dubois-Ménard',
    localPart: 'chloe.dubois-menard',
    role: 'viewer',
  },
  {
    first_name: 'Ioana',
    last_name: 'Țîrlea',
    localPart: 'ioana.tirlea',
    role: 'viewer',
  },
  {
    first_name: 'Çağla',
    last_name: 'Şahin',
    localPart: 'cagla.sahin',
    role: 'viewer',
  },
  {
    first_name: 'Þórunn',
    last_name: 'Guðmundsdóttir',
    localPart: 'thorunn.gudmundsdottir',
    role: 'viewer',
  },
  {
    first_name: 'Ödön',
    last_name: 'Győrffy',
    localPart: 'odon.gyorffy',
    role: 'viewer',
  },
  {
    first_name: 'Maria',
    last_name: "Dell'Acqua",
    localPart: 'maria.dellacqua',
    role: 'security_officer',
  },
  {
    first_name: 'Seán',
    last_name: "O'Brien",
    localPart: "sean.o'brien",
    username: 'sobrien',
    role: 'viewer',
  },
  {
    first_name: 'Gianni',
    last_name: "D'Angelo",
    localPart: 'gianni.dangelo',
    username: 'gdangelo',
    role: 'viewer',
  },
  { first_name: '芳', last_name: '王', localPart: 'wang.fang', role: 'viewer' },
  {
    first_name: '花子',
    last_name: '佐藤',
    localPart: 'hanako.sato',
    role: 'viewer',
  },
  {
    first_name: 'Γιώργος',
    last_name: 'Παπαδόπουλος',
    localPart: 'giorgos.papadopoulos',
    role: 'owner',
  },
  {
    first_name: 'Наталья',
    last_name: 'Иванова',
    localPart: 'natalya.ivanova',
    role: 'security_officer',
  },
  {
    first_name: 'فاطمة',
    last_name: 'الزهراء',
    localPart: 'fatima.alzahra',
    role: 'viewer',
  },
  {
    first_name: 'יעל',
    last_name: 'כהן',
    localPart: 'yael.cohen',
    role: 'viewer',
  },
  {
    first_name: 'प्रिया',
    last_name: 'शर्मा',
    localPart: 'priya.sharma',
    role: 'viewer',
  },
  {
    first_name: '민준',
    last_name: '김',
    localPart: 'minjun.kim',
    role: 'viewer',
  },
  {
    first_name: 'Thị Minh',
    last_name: 'Nguyễn',
    localPart: 'minh.nguyen',
    role: 'viewer',
  },
  {
    first_name: 'Maria Antonietta Benedetta Francesca',
    last_name: "Della Rovere di Sant'Agata de' Goti",
    localPart: 'mariaantonietta.dellarovere',
    role: 'viewer',
  },
  {
    first_name: 'Juan Carlos Alejandro Ignacio',
    last_name: 'Fernández de Córdoba y Montemayor',
    localPart: 'juancarlos.fernandezdecordoba',
    role: 'security_officer',
  },
  {
    first_name: '',
    last_name: '',
    localPart: 'm.rinaldi',
    username: 'm.rinaldi',
    role: 'viewer',
  },
  { first_name: 'Aiyana', last_name: '', localPart: 'aiyana', role: 'viewer' },
  {
    first_name: 'Paola',
    last_name: 'Monti',
    localPart: 'Paola.Monti',
    role: 'viewer',
  },
  {
    // A fixed id, so adding this member left the generated ones as they were.
    id: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
    first_name: '=HYPERLINK("https://payroll.example/login","Update payroll")',
    last_name: '',
    localPart: 'hyperlink.formula',
    role: 'viewer',
  },
]
