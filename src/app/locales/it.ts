// With `.js` Node's resolution finds en.ts too, as the e2e tests, which
// import this catalogue, need; a type import is gone after the build.
import type { Translation } from './en.js'

/**
 * Italian catalogue. It has every key of the English one; Italian plurals
 * take `_one`, `_many` (exact millions: "1.000.000 di membri") and `_other`.
 */
export const it: Translation = {
  app: {
    title: 'Membri Aegister',
    signOut: 'Esci',
    skipToContent: 'Vai al contenuto',
    language: 'Lingua: {{language}}',
    colorMode: 'Tema: {{mode}}',
    colorModes: {
      system: 'Sistema',
      light: 'Chiaro',
      dark: 'Scuro',
    },
    shortcuts: 'Scorciatoie da tastiera',
  },
  shortcuts: {
    title: 'Scorciatoie da tastiera',
    intro:
      'Questi tasti funzionano ovunque nel pannello, tranne mentre scrivi in un campo o quando è aperta una finestra di dialogo.',
    keyColumn: 'Tasto',
    actionColumn: 'Azione',
    focusSearch: 'Vai alla casella di ricerca, nelle pagine che ne hanno una',
    invite: 'Invita un membro, nella pagina dei membri',
    help: 'Mostra questo elenco',
    close: 'Chiudi',
  },
  session: {
    heading: 'Accedi ad Aegister',
    intro:
      "Incolla un token API del tuo account Aegister. Il pannello lo invia solo all'API di Aegister, in un'intestazione della richiesta.",
    tokenLabel: 'Token API',
    tokenHelp: 'Lo trovi in Aegister nel tuo profilo, alla voce Token API.',
    showToken: 'Mostra il token',
    hideToken: 'Nascondi il token',
    remember: "Mantieni l'accesso su questo dispositivo",
    rememberRisk:
      'Il token resta così in questo browser anche dopo la chiusura, e chiunque usi il dispositivo potrebbe usarlo. Lascia questa opzione disattivata sui computer condivisi.',
    submit: 'Accedi',
    checking: 'Verifica del token…',
    tokenRequired: 'Inserisci il tuo token API',
    tokenRejected:
      'Il token API è stato rifiutato. Controlla di aver incollato il token intero, oppure creane uno nuovo in Aegister.',
    signedOut: 'Disconnessione effettuata.',
    expired:
      'Il token API è stato rifiutato e la sessione è stata chiusa. Accedi di nuovo con un token valido.',
    standInTitle: "Connesso all'API di prova integrata",
    standInIntro:
      'Questo server risponde con dati dimostrativi, non con Aegister. Usa uno di questi token:',
    useToken: 'Usa {{token}}',
  },
  organizations: {
    heading: 'Le tue organizzazioni',
    intro: "Scegli l'organizzazione di cui vuoi gestire i membri.",
    empty: 'Il tuo token non dà accesso ad alcuna organizzazione.',
    loadFailed: 'Impossibile caricare le organizzazioni.',
    count_one: '{{count, number}} organizzazione',
    count_many: '{{count, number}} di organizzazioni',
    count_other: '{{count, number}} organizzazioni',
    showMore: 'Mostra altre ({{shown}} di {{total}} mostrate)',
    picker: {
      label: 'Organizzazione',
      placeholder: 'Cerca per nome',
      loading: 'Caricamento delle organizzazioni…',
      noMatch: 'Nessuna organizzazione con questo nome',
    },
  },
  members: {
    heading: 'Membri',
    count_one: '{{count, number}} membro',
    count_many: '{{count, number}} di membri',
    count_other: '{{count, number}} membri',
    totalMismatch:
      "L'API indica {{total, number}} membri ma ne ha inviati {{count, number}}.",
    backToOrganizations: 'Tutte le organizzazioni',
    invite: 'Invita membro',
    tableLabel: 'Membri di {{organization}}',
    columns: {
      name: 'Nome',
      email: 'Email',
      username: 'Nome utente',
      role: 'Ruolo',
      actions: 'Azioni',
    },
    sortBy: 'Ordina per {{column}}',
    edit: 'Modifica',
    editMember: 'Modifica {{name}}',
    remove: 'Rimuovi',
    removeMember: 'Rimuovi {{name}}',
    roleOf: 'Ruolo di {{name}}',
    usernameIsEmail: "Uguale all'email",
    selectMember: 'Seleziona {{name}}',
    selectPage: 'Seleziona tutti i membri di questa pagina',
    search: {
      label: 'Cerca membri',
      placeholder: 'Nome, email o nome utente',
    },
    roleFilter: {
      label: 'Filtra per ruolo',
      all: 'Tutti i ruoli',
      viewer: 'Osservatori',
      security_officer: 'Responsabili della sicurezza',
      owner: 'Proprietari',
    },
    showing: 'Mostrati {{from}}–{{to}} di {{count}}',
    showingFiltered:
      'Mostrati {{from}}–{{to}} di {{count}} (filtrati da {{total}})',
    noMatch: 'Nessun membro corrisponde alla ricerca e al filtro per ruolo.',
    matches_one: '{{count, number}} membro corrisponde',
    matches_many: '{{count, number}} di membri corrispondono',
    matches_other: '{{count, number}} membri corrispondono',
    clearFilters: 'Cancella i filtri',
    empty: 'Questa organizzazione non ha ancora membri.',
    loadFailed: 'Impossibile caricare i membri.',
    organizationLoadFailed:
      "Non è stato possibile caricare il nome dell'organizzazione. L'elenco dei membri non ne dipende.",
    organizationNotFound:
      'Organizzazione non trovata, oppure il tuo token non vi ha accesso.',
    retry: 'Riprova',
    rowsPerPage: 'Righe per pagina',
    pageRange: '{{from, number}}–{{to, number}} di {{count, number}}',
    previousPage: 'Vai alla pagina precedente',
    nextPage: 'Vai alla pagina successiva',
    pageOf: 'Pagina {{page}} di {{pages}}',
    loading: 'Caricamento dei membri…',
  },
  roles: {
    viewer: 'Visualizzatore',
    security_officer: 'Responsabile della sicurezza',
    owner: 'Proprietario',
    unknown: 'Ruolo sconosciuto',
    unknownDetail: 'Ruolo sconosciuto ({{role}})',
  },
  memberDialog: {
    editTitle: 'Modifica membro',
    inviteTitle: 'Invita membro',
    emailLabel: 'Email',
    roleLabel: 'Ruolo',
    save: 'Salva',
    saveAnyway: 'Salva comunque',
    sendInvite: 'Invia invito',
    saving: 'Salvataggio…',
    sending: 'Invio…',
    roleHelp: {
      viewer: "Può solo consultare l'organizzazione.",
      security_officer: "Può modificare i dati di base dell'organizzazione.",
      owner: "Gestisce ogni aspetto dell'organizzazione, membri compresi.",
    },
    unknownRole:
      "L'API indica un ruolo che il pannello non conosce ({{role}}). Scegli uno dei ruoli per cambiarlo.",
    saved: 'Ruolo cambiato in {{role}} per {{name}}.',
    invited: 'Invito inviato a {{email}}.',
    memberGone:
      "Questo membro non fa più parte dell'organizzazione. L'elenco è stato aggiornato.",
  },
  bulkInvite: {
    hint: 'Per invitare più persone con questo ruolo, separa gli indirizzi con virgole, spazi o a capo (fino a {{max}}).',
    send_zero: 'Invia inviti',
    send_one: 'Invia {{count}} invito',
    send_many: 'Invia {{count}} di inviti',
    send_other: 'Invia {{count}} inviti',
    overLimit:
      'Hai inserito {{count}} indirizzi, ma un invito può contenerne al massimo {{max}}. Togline {{extra}} e invitali dopo.',
    nothingToSend:
      'Nessuno di questi indirizzi può essere invitato. Correggi quelli non validi o aggiungi indirizzi nuovi.',
    checkFailed:
      "Non è stato possibile rileggere l'elenco dei membri, quindi non è stato inviato alcun invito.",
    previewLabel: 'Indirizzi da invitare',
    resultsLabel: 'Esito degli inviti',
    total_one: '{{count}} indirizzo',
    total_many: '{{count}} di indirizzi',
    total_other: '{{count}} indirizzi',
    count: {
      valid: '{{count}} nuovi',
      invalid: '{{count}} non validi',
      duplicate: '{{count}} ripetuti',
      member: "{{count}} già nell'organizzazione",
    },
    status: {
      valid: 'Nuovo',
      invalid: 'Non valido',
      duplicate: 'Ripetuto',
      member: 'Già membro',
    },
    reason: {
      invalid: 'Non è un indirizzo email valido.',
      duplicate: 'Ripete “{{first}}” più sopra.',
      member: 'È già membro di questa organizzazione.',
    },
    outcome: {
      queued: 'In attesa',
      sending: 'Invio in corso…',
      sent: 'Inviato',
      failed: 'Non riuscito',
      skipped: 'Saltato',
    },
    checking: "Controllo dell'elenco dei membri…",
    progress: 'Inviati {{done}} di {{total}}…',
    summary:
      'Invitati con il ruolo {{role}}: {{sent}} inviati, {{failed}} non riusciti, {{skipped}} saltati.',
    retryFailed: 'Riprova quelli non riusciti',
    close: 'Chiudi',
  },
  membersExport: {
    button: 'Esporta CSV',
    exported_one: 'Esportato {{count}} membro in {{fileName}}.',
    exported_many: 'Esportati {{count}} di membri in {{fileName}}.',
    exported_other: 'Esportati {{count}} membri in {{fileName}}.',
    organization: 'Organizzazione',
    filter: 'Filtro',
    noFilter: 'Tutti i membri',
    searchFilter: 'Ricerca “{{search}}”',
    roleFilter: 'Ruolo {{role}}',
    sort: 'Ordinati per',
    sortValue: '{{column}}, {{direction}}',
    ascending: 'crescente',
    descending: 'decrescente',
    exportedAt: 'Esportato il',
    memberCount: 'Membri',
    username: 'Nome utente',
  },
  changes: {
    button_zero: 'Modifiche',
    button_one: 'Modifiche ({{count}})',
    button_many: 'Modifiche ({{count}})',
    button_other: 'Modifiche ({{count}})',
    title: 'Modifiche in questa sessione',
    intro:
      "Ogni cambio di ruolo, invito e rimozione inviati da questa scheda, dal più recente. L'elenco resta finché non esci o chiudi la scheda.",
    empty:
      'In questa sessione non è ancora cambiato nulla. I cambi di ruolo, gli inviti e le rimozioni che farai compariranno qui, pronti da esportare per una revisione degli accessi.',
    tableLabel: 'Modifiche in questa sessione',
    export: 'Esporta CSV',
    exported_one: 'Esportata {{count}} modifica in {{fileName}}.',
    exported_many: 'Esportate {{count}} di modifiche in {{fileName}}.',
    exported_other: 'Esportate {{count}} modifiche in {{fileName}}.',
    close: 'Chiudi',
    csvTitle: 'Modifiche ai membri fatte in questa sessione del browser',
    exportedAt: 'Esportato il',
    changeCount: 'Modifiche',
    columns: {
      when: 'Quando',
      organization: 'Organizzazione',
      organizationId: 'ID organizzazione',
      member: 'Membro',
      email: 'Email',
      action: 'Modifica',
      from: 'Da',
      to: 'A',
      result: 'Esito',
      error: 'Errore',
    },
    action: {
      role: 'Cambio di ruolo',
      invite: 'Invito',
      remove: 'Rimozione',
    },
    result: {
      succeeded: 'Riuscita',
      failed: 'Non riuscita',
    },
    noRole: 'nessuno',
  },
  people: {
    navLink: 'Trova una persona',
    heading: 'Trova una persona nelle tue organizzazioni',
    intro:
      "Cerca per email in tutte le organizzazioni di cui sei proprietario, vedi il ruolo che la persona ha in ciascuna e rimuovila da tutte in un'unica operazione verificata.",
    emailLabel: 'Email',
    search: 'Cerca',
    readingOrganizations:
      'Lettura delle organizzazioni di cui sei proprietario…',
    searching: 'Cercato in {{done}} di {{total}} organizzazioni…',
    loadFailed: 'Non è stato possibile cercare nelle tue organizzazioni.',
    noOwned:
      'Non sei proprietario di nessuna organizzazione, quindi non c’è nulla da cercare.',
    notFound_one:
      "Nessun membro ha l'email {{email}} nell'organizzazione di cui sei proprietario.",
    notFound_many:
      "Nessun membro ha l'email {{email}} nelle {{count}} di organizzazioni di cui sei proprietario.",
    notFound_other:
      "Nessun membro ha l'email {{email}} nelle {{count}} organizzazioni di cui sei proprietario.",
    found_one:
      '{{person}} è membro di {{count}} organizzazione di cui sei proprietario.',
    found_many:
      '{{person}} è membro di {{count}} di organizzazioni di cui sei proprietario.',
    found_other:
      '{{person}} è membro di {{count}} organizzazioni di cui sei proprietario.',
    absent_one:
      "Non è membro dell'altra organizzazione di cui sei proprietario.",
    absent_many:
      'Non è membro delle altre {{count}} di organizzazioni di cui sei proprietario.',
    absent_other:
      'Non è membro delle altre {{count}} organizzazioni di cui sei proprietario.',
    listFailed:
      'Non è stato possibile leggere i membri di {{organization}}, quindi la persona potrebbe farne parte.',
    searchAgain: 'Cerca di nuovo',
    tableLabel: 'Appartenenze di {{email}}',
    columns: {
      organization: 'Organizzazione',
      role: 'Ruolo',
      owners: 'Proprietari',
      note: 'Nota',
    },
    lastOwnerNote:
      "Unico proprietario: resta, così l'organizzazione mantiene un proprietario.",
    removeAll: 'Rimuovi da tutte le organizzazioni',
    review: {
      title: 'Rimuovere {{person}} dalle tue organizzazioni?',
      intro_one:
        "{{person}} sarà rimosso da {{count}} organizzazione. Ogni rimozione è una richiesta a sé; l'esito è elencato alla fine.",
      intro_many:
        "{{person}} sarà rimosso da {{count}} di organizzazioni. Ogni rimozione è una richiesta a sé; l'esito è elencato alla fine.",
      intro_other:
        "{{person}} sarà rimosso da {{count}} organizzazioni. Ogni rimozione è una richiesta a sé; l'esito è elencato alla fine.",
      listLabel: 'Organizzazioni da verificare',
      willRemove: 'Sarà rimosso',
      skipped: 'Saltata',
      role: 'Ruolo: {{role}}.',
      lastOwner:
        'Ruolo: Proprietario. È l’unico proprietario di questa organizzazione, quindi resta.',
      skippedWarning_one:
        "{{count}} organizzazione è saltata: {{person}} ne è l'unico proprietario, e un'organizzazione deve averne uno.",
      skippedWarning_many:
        "{{count}} di organizzazioni sono saltate: {{person}} ne è l'unico proprietario, e un'organizzazione deve averne uno.",
      skippedWarning_other:
        "{{count}} organizzazioni sono saltate: {{person}} ne è l'unico proprietario, e un'organizzazione deve averne uno.",
      nothingToRemove:
        'È l’unico proprietario di tutte le organizzazioni elencate, quindi non può essere rimosso da nessuna.',
      typeEmail:
        'È proprietario di {{count}} di queste organizzazioni. Per confermare, scrivi la sua email: {{email}}',
      typeEmailLabel: 'La sua email',
      typeMismatch: 'Scrivi esattamente {{email}} per confermare.',
      confirm_one: 'Rimuovi da {{count}} organizzazione',
      confirm_many: 'Rimuovi da {{count}} di organizzazioni',
      confirm_other: 'Rimuovi da {{count}} organizzazioni',
      cancel: 'Annulla',
    },
    results: {
      label: 'Esito delle rimozioni',
      queued: 'In attesa',
      removing: 'Rimozione in corso…',
      removed: 'Rimosso',
      gone: 'Già uscito',
      failed: 'Non riuscita',
      skipped: 'Saltata',
      goneDetail: 'Aveva già lasciato questa organizzazione.',
      progress: 'Rimosso da {{done}} di {{total}}…',
      summary:
        '{{removed}} rimossi, {{gone}} già usciti, {{failed}} non riuscite, {{skipped}} saltate.',
      retryFailed: 'Riprova quelle non riuscite',
      close: 'Chiudi',
    },
  },
  access: {
    checkFailed:
      'Non è stato possibile verificare i tuoi permessi in questa organizzazione, quindi i membri sono mostrati in sola lettura.',
    readOnly: {
      viewer: 'Sei un osservatore di questa organizzazione.',
      security_officer:
        'Sei un responsabile della sicurezza di questa organizzazione; solo i proprietari possono modificare i membri.',
    },
  },
  ownerGuard: {
    cannotDemote: "L'unico proprietario non può cambiare ruolo",
    cannotRemove: "L'unico proprietario non può essere rimosso",
    lastOwnerRole:
      "È l'unico proprietario. Rendi proprietario un altro membro prima di cambiare questo ruolo.",
    wouldLeaveNoOwner:
      '{{organization}} resterebbe senza proprietario, quindi questa modifica non si può fare. Rendi prima proprietario un altro membro.',
    singleOwner:
      "{{name}} è l'unico proprietario di {{organization}}: se questo account perde l'accesso, nessuno potrà più modificare i membri. Rendi proprietario anche un altro membro.",
    promote: 'Promuovi qualcuno',
  },
  confirmation: {
    label: 'Scrivi {{text}} per confermare',
    required: 'Scrivi {{text}} per confermare questa modifica',
    mismatch: '“{{typed}}” non corrisponde a {{text}}',
    ownerReason:
      "Assegnare o togliere il ruolo di proprietario si conferma con l'email del membro, così non può succedere per errore.",
    bulkOwnerReason:
      "Questa operazione assegna o toglie il ruolo di proprietario a più membri, quindi si conferma con il nome dell'organizzazione.",
  },
  staleWrite: {
    gone: '{{name}} non è più membro.',
    roleChanged:
      'Da quando la tabella è stata caricata, il ruolo di {{name}} è passato da {{from}} a {{to}}.',
  },
  memberWrites: {
    removed:
      '{{name}} è stato rimosso da {{organization}} e non può più accedervi.',
    alreadyRemoved:
      "{{name}} era già stato rimosso da {{organization}}, quindi l'elenco è stato aggiornato.",
    goneBeforeWrite:
      "{{name}} non è più membro di {{organization}}, quindi non è stato cambiato nulla. L'elenco è stato aggiornato.",
    goneOnWrite:
      "{{name}} non è più membro di {{organization}}, quindi l'elenco è stato aggiornato.",
    nowLastOwner:
      "{{name}} è ora l'unico proprietario di {{organization}}, quindi non è stato cambiato nulla. L'elenco è stato aggiornato.",
    rowFailed: 'Il ruolo di {{name}} non è stato cambiato. {{reason}}',
    rowUncertain:
      'Il cambio di ruolo di {{name}} potrebbe essere stato applicato o no, perché la connessione all’API di Aegister si è interrotta o è scaduta prima della risposta. L’elenco è stato aggiornato e mostra il ruolo attuale: controllalo e, se serve, cambialo di nuovo.',
  },
  roleChange: {
    title: 'Cambia ruolo',
    question:
      'Cambiare il ruolo di {{name}} in {{organization}} da {{from}} a {{to}}?',
    alreadyHasRole: 'In {{organization}}, {{name}} è già {{to}}.',
    confirm: 'Cambia ruolo',
    confirmAnyway: 'Cambia comunque',
  },
  removeMember: {
    title: 'Rimuovere {{name}}?',
    question:
      "{{name}} ({{email}}) sarà rimosso da {{organization}} e perderà l'accesso.",
    ownerNote: '{{name}} è uno dei proprietari.',
    confirm: 'Rimuovi',
    confirmAnyway: 'Rimuovi comunque',
  },
  promote: {
    title: 'Promuovi un membro a proprietario',
    intro:
      'Scegli il membro che diventa un altro proprietario di {{organization}}, poi conferma la modifica.',
    memberLabel: 'Membro',
    memberRequired: 'Scegli un membro',
    noMatch: 'Nessun membro corrisponde',
    next: 'Continua',
  },
  selection: {
    label: 'Membri selezionati',
    count_one: '{{count}} membro selezionato.',
    count_many: '{{count}} di membri selezionati.',
    count_other: '{{count}} membri selezionati.',
    hidden_one: '{{count}} di questi è nascosto dai filtri.',
    hidden_many: '{{count}} di questi sono nascosti dai filtri.',
    hidden_other: '{{count}} di questi sono nascosti dai filtri.',
    changeRole: 'Cambia ruolo',
    makeRole: 'Rendi {{role}}',
    remove: 'Rimuovi',
    clear: 'Annulla la selezione',
  },
  bulk: {
    roleTitle_one: 'Rendi {{role}} {{count}} membro',
    roleTitle_many: 'Rendi {{role}} {{count}} di membri',
    roleTitle_other: 'Rendi {{role}} {{count}} membri',
    removeTitle_one: 'Rimuovi {{count}} membro',
    removeTitle_many: 'Rimuovi {{count}} di membri',
    removeTitle_other: 'Rimuovi {{count}} membri',
    tableLabel: 'Modifiche',
    columns: {
      change: 'Modifica',
      result: 'Esito',
    },
    roleChange: '{{from}} → {{to}}',
    removeChange: '{{from}} → rimosso',
    owners: 'Proprietari dopo questa modifica: {{after}} (ora {{before}}).',
    noOwnerLeft:
      "L'organizzazione resterebbe senza proprietario, quindi non si può fare. Mantieni almeno un proprietario.",
    unchanged_one:
      '{{count}} membro selezionato ha già questo ruolo, quindi per lui non si invia nulla.',
    unchanged_many:
      '{{count}} di membri selezionati hanno già questo ruolo, quindi per loro non si invia nulla.',
    unchanged_other:
      '{{count}} membri selezionati hanno già questo ruolo, quindi per loro non si invia nulla.',
    nothingToDo: 'Niente da cambiare.',
    staleIntro:
      'I membri sono cambiati da quando la tabella è stata caricata. Verifica le modifiche come sono ora.',
    confirm_one: 'Modifica {{count}} membro',
    confirm_many: 'Modifica {{count}} di membri',
    confirm_other: 'Modifica {{count}} membri',
    confirmRemove_one: 'Rimuovi {{count}} membro',
    confirmRemove_many: 'Rimuovi {{count}} di membri',
    confirmRemove_other: 'Rimuovi {{count}} membri',
    confirmAnyway: 'Continua con i membri come sono ora',
    close: 'Chiudi',
    progress: 'Inviati {{done}} di {{total}}…',
    finished: '{{done}} completate, {{failed}} non riuscite.',
    status: {
      waiting: 'In attesa',
      done: 'Fatto',
      failed: 'Non riuscito',
      notSent: 'Non inviato',
    },
  },
  dialog: {
    cancel: 'Annulla',
  },
  validation: {
    emailRequired: "L'email è obbligatoria",
    emailInvalid: '“{{value}}” non è un indirizzo email valido',
    roleRequired: 'Scegli un ruolo',
  },
  errors: {
    unexpected:
      'Si è verificato un problema nel pannello. Ricarica la pagina e riprova.',
    network:
      "Impossibile raggiungere l'API di Aegister. Controlla la connessione e riprova.",
    networkWrite:
      "Impossibile raggiungere l'API di Aegister, oppure la connessione si è interrotta prima della risposta: la modifica potrebbe essere stata fatta o no. Controlla la connessione, chiudi questa finestra per vedere l'elenco aggiornato e riprova se la modifica manca.",
    timeout:
      "L'API di Aegister non ha risposto entro il limite di {{seconds}} s. Riprova.",
    timeoutWrite:
      "L'API di Aegister non ha risposto entro il limite di {{seconds}} s: la modifica potrebbe essere stata fatta o no. Chiudi questa finestra per vedere l'elenco aggiornato e riprova se la modifica manca.",
    invalidResponse:
      "L'API di Aegister ha inviato una risposta che il pannello non comprende, per $t({{endpoint}}). Riprova e segnalalo se succede ancora.",
    envelope:
      "L'API di Aegister ha segnalato un errore. Riprova e segnalalo se succede ancora.",
    unauthorized:
      'Il token API è stato rifiutato. Accedi di nuovo con un token valido.',
    forbidden:
      "Il tuo token non consente questa operazione. Solo un proprietario dell'organizzazione può modificarne i membri: chiedi a un proprietario, oppure accedi con il token di un proprietario.",
    forbiddenRead:
      'Il tuo token non consente di vedere questi dati. Accedi con il token di un account che vi ha accesso.',
    notFound:
      "Non trovato: l'organizzazione o il membro non esiste più, oppure il tuo token non vi ha accesso. Torna alle tue organizzazioni e aprila di nuovo.",
    badRequest: "L'API di Aegister ha rifiutato i dati. Controllali e riprova.",
    badRequestRead:
      "L'API di Aegister ha rifiutato la richiesta. Riprova e segnalalo se succede ancora.",
    server:
      "L'API di Aegister non ha funzionato (HTTP {{status}}). Riprova tra poco.",
    http: 'La richiesta non è riuscita (HTTP {{status}}). Riprova tra poco.',
    headersTooLarge:
      'L’API di Aegister ha rifiutato la richiesta perché le sue intestazioni erano troppo grandi (HTTP 431). Il token API viaggia in un’intestazione: controlla di aver incollato solo il token, senza altro testo.',
    details: 'Dettagli: {{details}}',
    pageCrashed: 'Impossibile visualizzare questa pagina.',
    reload: 'Ricarica',
  },
  endpoints: {
    listOrganizations: "l'elenco delle organizzazioni",
    listMembers: "l'elenco dei membri",
    saveMember: 'il salvataggio di un membro',
    removeMember: 'la rimozione di un membro',
  },
  apiMessages: {
    tokenRejected: 'il token API è stato rifiutato',
    unknownCode: 'codice di errore {{code}}',
  },
  notFound: {
    heading: 'Pagina non trovata',
    body: "A questo indirizzo non c'è nulla.",
    home: 'Vai alle tue organizzazioni',
  },
}
