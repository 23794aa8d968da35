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
      role: 'Ruolo',
      actions: 'Azioni',
    },
    sortBy: 'Ordina per {{column}}',
    edit: 'Modifica',
    editMember: 'Modifica {{name}}',
    empty: 'Questa organizzazione non ha ancora membri.',
    loadFailed: 'Impossibile caricare i membri.',
    organizationNotFound:
      'Organizzazione non trovata, oppure il tuo token non vi ha accesso.',
    retry: 'Riprova',
    rowsPerPage: 'Righe per pagina',
    pageRange: '{{from, number}}–{{to, number}} di {{count, number}}',
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
    sendInvite: 'Invia invito',
    cancel: 'Annulla',
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
    timeout:
      "L'API di Aegister non ha risposto entro {{seconds}} secondi. Riprova.",
    invalidResponse:
      "L'API di Aegister ha inviato una risposta che il pannello non comprende, per $t({{endpoint}}). Riprova e segnalalo se succede ancora.",
    envelope: "L'API di Aegister ha segnalato un errore.",
    unauthorized:
      'Il token API è stato rifiutato. Accedi di nuovo con un token valido.',
    forbidden:
      "Il tuo token non consente questa operazione. Solo un proprietario dell'organizzazione può modificarne i membri.",
    notFound:
      "Non trovato: l'organizzazione o il membro non esiste più, oppure il tuo token non vi ha accesso.",
    badRequest: "L'API di Aegister ha rifiutato i dati.",
    server:
      "L'API di Aegister non ha funzionato (HTTP {{status}}). Riprova tra poco.",
    http: 'La richiesta non è riuscita (HTTP {{status}}).',
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
