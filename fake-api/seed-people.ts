// Fixed people of the seeded store: the two demo accounts and the directory of
// registered people who belong to no organization yet.

export interface PersonSpec {
  id: string
  username: string
  email: string
  first_name: string
  last_name: string
}

export const DEMO_OWNER: PersonSpec = {
  id: '6f1c2a4e-8b3d-4c5e-9a7f-1d2e3f4a5b6c',
  username: 'giulia.rossi@presidiosicurezza.it',
  email: 'giulia.rossi@presidiosicurezza.it',
  first_name: 'Giulia',
  last_name: 'Rossi',
}

export const DEMO_VIEWER: PersonSpec = {
  id: 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d',
  username: 'luca.bernardi@presidiosicurezza.it',
  email: 'luca.bernardi@presidiosicurezza.it',
  first_name: 'Luca',
  last_name: 'Bernardi',
}

export interface DemoToken {
  token: string
  description: string
}

export const DEMO_OWNER_TOKEN = 'demo-owner-token'
export const DEMO_VIEWER_TOKEN = 'demo-viewer-token'

export const DEMO_TOKENS: readonly DemoToken[] = [
  {
    token: DEMO_OWNER_TOKEN,
    description:
      'Giulia Rossi: owner of every organization except one, where she is a viewer',
  },
  {
    token: DEMO_VIEWER_TOKEN,
    description: 'Luca Bernardi: viewer in every organization',
  },
]

/**
 * Registered people who are not members of any seeded organization, except the last two,
 * who are members of the large organization. Inviting one of them by email returns their id.
 */
export const DIRECTORY_PEOPLE: readonly PersonSpec[] = [
  directoryPerson('0b6e1f52-3c47-4d8a-9e21-5f7a8b9c0d11', 'Marco', 'Bianchi'),
  directoryPerson('1c7f2a63-4d58-4e9b-8f32-6a8b9c0d1e22', 'Sara', 'Colombo'),
  directoryPerson('2d8a3b74-5e69-4fac-9a43-7b9c0d1e2f33', 'Davide', 'Ricci'),
  directoryPerson('3e9b4c85-6f7a-4abd-8b54-8c0d1e2f3a44', 'Chiara', 'Marino'),
  directoryPerson('4fac5d96-7a8b-4bce-9c65-9d1e2f3a4b55', 'Federico', 'Greco'),
  directoryPerson('5abd6ea7-8b9c-4cdf-8d76-ae2f3a4b5c66', 'Martina', 'Bruno'),
  directoryPerson('6bce7fb8-9cad-4de0-9e87-bf3a4b5c6d77', 'Stefano', 'Gallo'),
  directoryPerson(
    '7cdf80c9-adbe-4ef1-8f98-c04b5c6d7e88',
    'Valentina',
    'Fontana',
  ),
  directoryPerson('8de091da-becf-4f02-9aa9-d15c6d7e8f99', 'Elena', 'Conti'),
  directoryPerson('9ef1a2eb-cfd0-4013-8bba-e26d7e8f9aaa', 'Matteo', 'Costa'),
]

/** How many of the last DIRECTORY_PEOPLE are already members of the large organization. */
export const DIRECTORY_PEOPLE_IN_LARGE_ORGANIZATION = 2

function directoryPerson(
  id: string,
  firstName: string,
  lastName: string,
): PersonSpec {
  const email = `${firstName}.${lastName}@example.it`.toLowerCase()
  return {
    id,
    username: email,
    email,
    first_name: firstName,
    last_name: lastName,
  }
}
