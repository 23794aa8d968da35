/**
 * English catalogue; the source of every key the Italian one must match.
 * Numbers go through i18next's `number` format (`{{count, number}}`) and
 * dates through `datetime`, so both follow the current language.
 */
export const en = {
  app: {
    title: 'Aegister members',
    signOut: 'Sign out',
    skipToContent: 'Skip to content',
    language: 'Language: {{language}}',
    colorMode: 'Theme: {{mode}}',
    colorModes: {
      system: 'System',
      light: 'Light',
      dark: 'Dark',
    },
    shortcuts: 'Keyboard shortcuts',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    intro:
      'These keys work anywhere in the panel, except while you type in a field or a dialog is open.',
    keyColumn: 'Key',
    actionColumn: 'Action',
    focusSearch: 'Go to the search box, on pages that have one',
    invite: 'Invite a member, on a members page',
    help: 'Show this list',
    close: 'Close',
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
    count_one: '{{count, number}} organization',
    count_other: '{{count, number}} organizations',
    showMore: 'Show more ({{shown}} of {{total}} shown)',
    picker: {
      label: 'Organization',
      placeholder: 'Search by name',
      loading: 'Loading organizations…',
      noMatch: 'No organization with this name',
    },
  },
  members: {
    heading: 'Members',
    count_one: '{{count, number}} member',
    count_other: '{{count, number}} members',
    totalMismatch:
      'The API reports {{total, number}} members but sent {{count, number}}.',
    backToOrganizations: 'All organizations',
    invite: 'Invite member',
    tableLabel: 'Members of {{organization}}',
    columns: {
      name: 'Name',
      email: 'Email',
      username: 'Username',
      role: 'Role',
      actions: 'Actions',
    },
    sortBy: 'Sort by {{column}}',
    edit: 'Edit',
    editMember: 'Edit {{name}}',
    remove: 'Remove',
    removeMember: 'Remove {{name}}',
    roleOf: 'Role of {{name}}',
    usernameIsEmail: 'Same as the email',
    selectMember: 'Select {{name}}',
    selectPage: 'Select all members on this page',
    search: {
      label: 'Search members',
      placeholder: 'Name, email or username',
    },
    roleFilter: {
      label: 'Filter by role',
      all: 'All roles',
      viewer: 'Viewers',
      security_officer: 'Security officers',
      owner: 'Owners',
    },
    showing: 'Showing {{from}}–{{to}} of {{count}}',
    showingFiltered:
      'Showing {{from}}–{{to}} of {{count}} (filtered from {{total}})',
    noMatch: 'No members match the search and the role filter.',
    matches_one: '{{count, number}} member matches',
    matches_other: '{{count, number}} members match',
    clearFilters: 'Clear the filters',
    empty: 'This organization has no members yet.',
    loadFailed: 'The members could not be loaded.',
    organizationLoadFailed:
      'The organization’s name could not be loaded. The members list does not depend on it.',
    organizationNotFound:
      'This organization was not found, or your token has no access to it.',
    retry: 'Retry',
    rowsPerPage: 'Rows per page',
    pageRange: '{{from, number}}–{{to, number}} of {{count, number}}',
    previousPage: 'Go to previous page',
    nextPage: 'Go to next page',
    pageOf: 'Page {{page}} of {{pages}}',
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
    saveAnyway: 'Save anyway',
    sendInvite: 'Send invite',
    saving: 'Saving…',
    sending: 'Sending…',
    roleHelp: {
      viewer: 'Can only view the organization.',
      security_officer: "Can edit the organization's basic information.",
      owner: 'Manages every aspect of the organization, members included.',
    },
    unknownRole:
      'The API reports a role the panel does not know ({{role}}). Choose one of the roles to change it.',
    saved: 'Role changed to {{role}} for {{name}}.',
    invited: 'Invitation sent to {{email}}.',
    memberGone:
      'This member is no longer in the organization. The list has been refreshed.',
  },
  bulkInvite: {
    hint: 'To invite several people with this role, separate their addresses with commas, spaces or new lines (up to {{max}}).',
    send_zero: 'Send invites',
    send_one: 'Send {{count}} invite',
    send_other: 'Send {{count}} invites',
    overLimit:
      'You entered {{count}} addresses, but one invitation can list at most {{max}}. Remove {{extra}} of them and invite those afterwards.',
    nothingToSend:
      'None of these addresses can be invited. Correct the invalid ones or add new addresses.',
    checkFailed:
      'The member list could not be re-read, so no invitation was sent.',
    previewLabel: 'Addresses to invite',
    resultsLabel: 'Invitation results',
    total_one: '{{count}} address',
    total_other: '{{count}} addresses',
    count: {
      valid: '{{count}} new',
      invalid: '{{count}} invalid',
      duplicate: '{{count}} repeated',
      member: '{{count}} already in the organization',
    },
    status: {
      valid: 'New',
      invalid: 'Invalid',
      duplicate: 'Duplicate',
      member: 'Already a member',
    },
    reason: {
      invalid: 'Not a valid email address.',
      duplicate: 'Repeats “{{first}}” above.',
      member: 'Already a member of this organization.',
    },
    outcome: {
      queued: 'Waiting',
      sending: 'Sending…',
      sent: 'Sent',
      failed: 'Failed',
      skipped: 'Skipped',
    },
    checking: 'Checking the member list…',
    progress: 'Sent {{done}} of {{total}}…',
    summary:
      'Invited with the role {{role}}: {{sent}} sent, {{failed}} failed, {{skipped}} skipped.',
    retryFailed: 'Retry failed',
    close: 'Close',
  },
  membersExport: {
    button: 'Export CSV',
    exported_one: 'Exported {{count}} member to {{fileName}}.',
    exported_other: 'Exported {{count}} members to {{fileName}}.',
    organization: 'Organization',
    filter: 'Filter',
    noFilter: 'All members',
    searchFilter: 'Search “{{search}}”',
    roleFilter: 'Role {{role}}',
    sort: 'Sorted by',
    sortValue: '{{column}}, {{direction}}',
    ascending: 'ascending',
    descending: 'descending',
    exportedAt: 'Exported at',
    memberCount: 'Members',
    username: 'Username',
  },
  changes: {
    button_zero: 'Changes',
    button_one: 'Changes ({{count}})',
    button_other: 'Changes ({{count}})',
    title: 'Changes in this session',
    intro:
      'Every role change, invitation and removal sent from this tab, newest first. The list is kept until you sign out or close the tab.',
    empty:
      'Nothing has changed in this session yet. Role changes, invitations and removals you make will be listed here, ready to export for an access review.',
    tableLabel: 'Changes in this session',
    export: 'Export CSV',
    exported_one: 'Exported {{count}} change to {{fileName}}.',
    exported_other: 'Exported {{count}} changes to {{fileName}}.',
    close: 'Close',
    csvTitle: 'Member changes made in this browser session',
    exportedAt: 'Exported at',
    changeCount: 'Changes',
    columns: {
      when: 'When',
      organization: 'Organization',
      organizationId: 'Organization ID',
      member: 'Member',
      email: 'Email',
      action: 'Change',
      from: 'From',
      to: 'To',
      result: 'Result',
      error: 'Error',
    },
    action: {
      role: 'Role change',
      invite: 'Invitation',
      remove: 'Removal',
    },
    result: {
      succeeded: 'Succeeded',
      failed: 'Failed',
    },
    noRole: 'none',
  },
  people: {
    navLink: 'Find a person',
    heading: 'Find a person in your organizations',
    intro:
      'Search by email in every organization you own, see the role the person holds in each, and remove them from all of them in one reviewed step.',
    emailLabel: 'Email',
    search: 'Search',
    readingOrganizations: 'Reading the organizations you own…',
    searching: 'Searched {{done}} of {{total}} organizations…',
    loadFailed: 'Your organizations could not be searched.',
    noOwned: 'You own no organization, so there is nothing to search.',
    notFound_one:
      'No member has the email {{email}} in the {{count}} organization you own.',
    notFound_other:
      'No member has the email {{email}} in the {{count}} organizations you own.',
    found_one: '{{person}} is a member of {{count}} organization you own.',
    found_other: '{{person}} is a member of {{count}} organizations you own.',
    absent_one: 'Not a member of the other {{count}} organization you own.',
    absent_other: 'Not a member of the other {{count}} organizations you own.',
    listFailed:
      'The members of {{organization}} could not be read, so the person may belong to it too.',
    searchAgain: 'Search again',
    tableLabel: 'Memberships of {{email}}',
    columns: {
      organization: 'Organization',
      role: 'Role',
      owners: 'Owners',
      note: 'Note',
    },
    lastOwnerNote: 'Only owner: they stay, so the organization keeps an owner.',
    removeAll: 'Remove from all organizations',
    review: {
      title: 'Remove {{person}} from your organizations?',
      intro_one:
        '{{person}} will be removed from {{count}} organization. Each removal is one request; the results are listed afterwards.',
      intro_other:
        '{{person}} will be removed from {{count}} organizations. Each removal is one request; the results are listed afterwards.',
      listLabel: 'Organizations to review',
      willRemove: 'Will be removed',
      skipped: 'Skipped',
      role: 'Role: {{role}}.',
      lastOwner:
        'Role: Owner. They are the only owner of this organization, so they stay.',
      skippedWarning_one:
        '{{count}} organization is skipped: {{person}} is its only owner, and an organization must keep one.',
      skippedWarning_other:
        '{{count}} organizations are skipped: {{person}} is their only owner, and an organization must keep one.',
      nothingToRemove:
        'They are the only owner of every organization listed, so they cannot be removed from any of them.',
      typeEmail:
        'They are an owner of {{count}} of these organizations. To confirm, type their email: {{email}}',
      typeEmailLabel: 'Their email',
      typeMismatch: 'Type {{email}} exactly, to confirm.',
      confirm_one: 'Remove from {{count}} organization',
      confirm_other: 'Remove from {{count}} organizations',
      cancel: 'Cancel',
    },
    results: {
      label: 'Removal results',
      queued: 'Waiting',
      removing: 'Removing…',
      removed: 'Removed',
      gone: 'Already gone',
      failed: 'Failed',
      skipped: 'Skipped',
      goneDetail: 'They had already left this organization.',
      progress: 'Removed from {{done}} of {{total}}…',
      summary:
        '{{removed}} removed, {{gone}} already gone, {{failed}} failed, {{skipped}} skipped.',
      retryFailed: 'Retry failed',
      close: 'Close',
    },
  },
  access: {
    checkFailed:
      'Your rights in this organization could not be checked, so the members are shown read-only.',
    readOnly: {
      viewer: 'You are a viewer of this organization.',
      security_officer:
        'You are a security officer of this organization; only owners can change members.',
    },
  },
  ownerGuard: {
    cannotDemote: 'The only owner cannot be demoted',
    cannotRemove: 'The only owner cannot be removed',
    lastOwnerRole:
      'This is the only owner. Make another member an owner before changing this role.',
    wouldLeaveNoOwner:
      '{{organization}} would be left without an owner, so this change cannot be made. Make another member an owner first.',
    singleOwner:
      '{{name}} is the only owner of {{organization}}, so if this account loses access, nobody can change the members. Make another member an owner too.',
    promote: 'Promote someone',
  },
  confirmation: {
    label: 'Type {{text}} to confirm',
    required: 'Type {{text}} to confirm this change',
    mismatch: '“{{typed}}” does not match {{text}}',
    ownerReason:
      'Granting or taking away the owner role is confirmed with the member’s email, so it cannot happen by mistake.',
    bulkOwnerReason:
      'This batch grants or takes away the owner role of several members, so it is confirmed with the organization’s name.',
  },
  staleWrite: {
    gone: '{{name}} is no longer a member.',
    roleChanged:
      'Since the table was loaded, the role of {{name}} changed from {{from}} to {{to}}.',
  },
  memberWrites: {
    removed:
      '{{name}} was removed from {{organization}} and can no longer access it.',
    alreadyRemoved:
      '{{name}} had already been removed from {{organization}}, so the list has been refreshed.',
    goneBeforeWrite:
      '{{name}} is no longer a member of {{organization}}, so nothing was changed. The list has been refreshed.',
    goneOnWrite:
      '{{name}} is no longer a member of {{organization}}, so the list has been refreshed.',
    nowLastOwner:
      '{{name}} is now the only owner of {{organization}}, so nothing was changed. The list has been refreshed.',
    rowFailed: 'The role of {{name}} was not changed. {{reason}}',
    rowUncertain:
      'The role change of {{name}} may or may not have been made, because the connection to the Aegister API broke or timed out before it answered. The list has been refreshed to show the role as it is now, so check it and change it again if needed.',
  },
  roleChange: {
    title: 'Change role',
    question:
      'Change the role of {{name}} in {{organization}} from {{from}} to {{to}}?',
    alreadyHasRole: 'In {{organization}}, {{name}} is already {{to}}.',
    confirm: 'Change role',
    confirmAnyway: 'Change anyway',
  },
  removeMember: {
    title: 'Remove {{name}}?',
    question:
      '{{name}} ({{email}}) will be removed from {{organization}} and lose access to it.',
    ownerNote: '{{name}} is one of the owners.',
    confirm: 'Remove',
    confirmAnyway: 'Remove anyway',
  },
  promote: {
    title: 'Promote a member to owner',
    intro:
      'Choose the member who becomes another owner of {{organization}}, then confirm the change.',
    memberLabel: 'Member',
    memberRequired: 'Choose a member',
    noMatch: 'No member matches',
    next: 'Continue',
  },
  selection: {
    label: 'Selected members',
    count_one: '{{count}} member selected.',
    count_other: '{{count}} members selected.',
    hidden_one: '{{count}} of them is hidden by the filters.',
    hidden_other: '{{count}} of them are hidden by the filters.',
    changeRole: 'Change role',
    makeRole: 'Make {{role}}',
    remove: 'Remove',
    clear: 'Clear selection',
  },
  bulk: {
    roleTitle_one: 'Make {{count}} member {{role}}',
    roleTitle_other: 'Make {{count}} members {{role}}',
    removeTitle_one: 'Remove {{count}} member',
    removeTitle_other: 'Remove {{count}} members',
    tableLabel: 'Changes',
    columns: { change: 'Change', result: 'Result' },
    roleChange: '{{from}} → {{to}}',
    removeChange: '{{from}} → removed',
    owners: 'Owners after this change: {{after}} (now {{before}}).',
    noOwnerLeft:
      'This would leave the organization without an owner, so it cannot be done. Keep at least one owner.',
    unchanged_one:
      '{{count}} selected member already has this role, so nothing is sent for them.',
    unchanged_other:
      '{{count}} selected members already have this role, so nothing is sent for them.',
    nothingToDo: 'Nothing to change.',
    staleIntro:
      'The members changed since the table was loaded. Review the changes as they are now.',
    confirm_one: 'Change {{count}} member',
    confirm_other: 'Change {{count}} members',
    confirmRemove_one: 'Remove {{count}} member',
    confirmRemove_other: 'Remove {{count}} members',
    confirmAnyway: 'Continue with the members as they are now',
    close: 'Close',
    progress: 'Sent {{done}} of {{total}}…',
    finished: '{{done}} done, {{failed}} failed.',
    status: {
      waiting: 'Waiting',
      done: 'Done',
      failed: 'Failed',
      notSent: 'Not sent',
    },
  },
  dialog: {
    cancel: 'Cancel',
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
    headersTooLarge:
      'The Aegister API rejected the request because its headers were too large (HTTP 431). The API token is sent in a header, so check that you pasted only the token, without other text.',
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

/**
 * A catalogue of another language: every key of the English one, plus the
 * `_many` plural form that languages such as Italian use for millions.
 */
export type Translation<T = Catalogue> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>
} & {
  [
    K in keyof T as K extends `${infer Base}_other` ? `${Base}_many` : never
  ]?: string
}
