/** English catalogue; the source of every key the Italian one must match. */
export const en = {
  app: {
    title: 'Aegister members',
    signOut: 'Sign out',
    skipToContent: 'Skip to content',
  },
  session: {
    heading: 'Sign in to Aegister',
    intro:
      'Paste an API token of your Aegister account. The panel sends it only to the Aegister API, in a request header.',
    tokenLabel: 'API token',
    tokenHelp: 'Find it in Aegister under your profile, API tokens.',
    showToken: 'Show token',
    hideToken: 'Hide token',
    remember: 'Keep me signed in on this device',
    rememberRisk:
      'The token then stays in this browser after you close it, where anyone using this device could use it. Leave this off on shared computers.',
    submit: 'Sign in',
    checking: 'Checking the token…',
    tokenRequired: 'Enter your API token',
    tokenRejected:
      'The API token was rejected. Check that you pasted the whole token, or create a new one in Aegister.',
    signedOut: 'You are signed out.',
    expired:
      'The API token was rejected, so you were signed out. Sign in again with a valid token.',
    standInTitle: 'Connected to the built-in stand-in API',
    standInIntro:
      'This server answers with demo data, not with Aegister. Use one of these tokens:',
    useToken: 'Use {{token}}',
  },
  organizations: {
    heading: 'Your organizations',
    intro: 'Choose the organization whose members you want to manage.',
    empty: 'Your token gives access to no organization.',
    loadFailed: 'The organizations could not be loaded.',
    count_one: '{{count}} organization',
    count_other: '{{count}} organizations',
  },
  members: {
    heading: 'Members',
    count_one: '{{count}} member',
    count_other: '{{count}} members',
    totalMismatch: 'The API reports {{total}} members but sent {{count}}.',
    backToOrganizations: 'All organizations',
    invite: 'Invite member',
    tableLabel: 'Members of {{organization}}',
    columns: {
      name: 'Name',
      email: 'Email',
      role: 'Role',
      actions: 'Actions',
    },
    sortBy: 'Sort by {{column}}',
    edit: 'Edit',
    editMember: 'Edit {{name}}',
    empty: 'This organization has no members yet.',
    loadFailed: 'The members could not be loaded.',
    organizationLoadFailed:
      'The organization’s name could not be loaded. The members list does not depend on it.',
    organizationNotFound:
      'This organization was not found, or your token has no access to it.',
    retry: 'Retry',
    rowsPerPage: 'Rows per page',
    pageRange: '{{from}}–{{to}} of {{count}}',
    loading: 'Loading members…',
  },
  roles: {
    viewer: 'Viewer',
    security_officer: 'Security officer',
    owner: 'Owner',
    unknown: 'Unknown role',
    unknownDetail: 'Unknown role ({{role}})',
  },
  memberDialog: {
    editTitle: 'Edit member',
    inviteTitle: 'Invite member',
    emailLabel: 'Email',
    roleLabel: 'Role',
    save: 'Save',
    sendInvite: 'Send invite',
    cancel: 'Cancel',
    saving: 'Saving…',
    sending: 'Sending…',
    roleHelp: {
      viewer: 'Can only view the organization.',
      security_officer: "Can edit the organization's basic information.",
      owner: 'Manages every aspect of the organization, members included.',
    },
    unknownRole:
      'The API reports a role the panel does not know ({{role}}). Choose one of the roles to change it.',
    saved: 'Role of {{name}} changed to {{role}}.',
    invited: 'Invitation sent to {{email}}.',
    memberGone:
      'This member is no longer in the organization. The list has been refreshed.',
  },
  validation: {
    emailRequired: 'Email is required',
    emailInvalid: '“{{value}}” is not a valid email address',
    roleRequired: 'Choose a role',
  },
  errors: {
    unexpected:
      'Something went wrong in the panel. Reload the page and try again.',
    network:
      'Could not reach the Aegister API. Check your connection and try again.',
    networkWrite:
      'Could not reach the Aegister API, or the connection broke before it answered, so the change may or may not have been made. Check your connection, close this dialog to see the refreshed list, and try again if the change is missing.',
    timeout:
      'The Aegister API did not answer within the time limit of {{seconds}} s. Try again.',
    timeoutWrite:
      'The Aegister API did not answer within the time limit of {{seconds}} s, so the change may or may not have been made. Close this dialog to see the refreshed list, and try again if the change is missing.',
    invalidResponse:
      'The Aegister API sent a response the panel does not understand, for $t({{endpoint}}). Try again, and report it if it keeps happening.',
    envelope:
      'The Aegister API reported an error. Try again, and report it if it keeps happening.',
    unauthorized:
      'The API token was rejected. Sign in again with a valid token.',
    forbidden:
      'Your token is not allowed to do this. Only an owner of the organization can change its members: ask an owner, or sign in with an owner’s token.',
    forbiddenRead:
      'Your token is not allowed to see this. Sign in with the token of an account that has access.',
    notFound:
      'Not found: the organization or member no longer exists, or your token has no access to it. Go back to your organizations and open it again.',
    badRequest: 'The Aegister API rejected the data. Check it and try again.',
    badRequestRead:
      'The Aegister API rejected the request. Try again, and report it if it keeps happening.',
    server: 'The Aegister API failed (HTTP {{status}}). Try again in a moment.',
    http: 'The request failed (HTTP {{status}}). Try again in a moment.',
    details: 'Details: {{details}}',
    pageCrashed: 'This page failed to display.',
    reload: 'Reload',
  },
  endpoints: {
    listOrganizations: 'the list of organizations',
    listMembers: 'the list of members',
    saveMember: 'saving a member',
    removeMember: 'removing a member',
  },
  apiMessages: {
    tokenRejected: 'the API token was rejected',
    unknownCode: 'error code {{code}}',
  },
  notFound: {
    heading: 'Page not found',
    body: 'There is nothing at this address.',
    home: 'Go to your organizations',
  },
}

export type Catalogue = typeof en
