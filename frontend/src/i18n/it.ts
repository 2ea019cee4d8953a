import { appointmentsIt } from './appointments-it';
import { certificatesIt } from './certificates-it';
import { f24It } from './f24-it';
import { notificationsIt } from './notifications-it';
import { paymentsIt } from './payments-it';
import { permitsIt } from './permits-it';
import { personalAreaIt } from './personal-area-it';
import { registryIt } from './registry-it';
import { serviceModelIt } from './service-model-it';
import { sueIt } from './sue-it';

/**
 * Italian: the reference dictionary. Its shape is the `Dictionary` type every other locale must match.
 * Placeholders in braces (`{comune}`) are filled by `formatMessage`.
 */
export const it = {
  meta: {
    siteName: 'Portale del cittadino',
    description: 'Servizi online del {comune}: certificati, pratiche edilizie, pagamenti e area personale.',
  },
  common: {
    municipalityTitle: 'Comune di {name}',
    fallbackMunicipalityName: 'Comune',
    externalLink: '(link esterno)',
    backHome: 'Torna alla pagina iniziale',
    empty: 'Nessun elemento',
  },
  skipLinks: {
    toContent: 'Vai al contenuto',
    toFooter: 'Vai al piè di pagina',
  },
  header: {
    region: 'Regione {region}',
    regionLinkLabel: 'Vai al portale della Regione {region} (link esterno)',
    utilityNavigation: 'Navigazione di servizio',
    brandSubtitle: 'Portale del cittadino',
    login: "Accedi all'area personale",
    userMenu: 'Menu utente di {name}',
    userMenuWithUnread: 'Menu utente di {name}, {unread}',
    unreadMessages: { one: '1 messaggio da leggere', other: '{count} messaggi da leggere' },
    logout: 'Esci',
    toggleNavigation: 'Mostra o nascondi il menu di navigazione',
    closeNavigation: 'Chiudi il menu di navigazione',
    mainNavigation: 'Navigazione principale',
  },
  language: {
    label: 'Lingua',
    current: 'Lingua attiva:',
    selected: 'selezionata',
    short: { it: 'ITA', en: 'ENG' },
    names: { it: 'Italiano', en: 'English' },
  },
  nav: {
    personalArea: 'Area personale',
    services: 'Servizi',
    certificates: 'Certificati',
    permits: 'Pratiche edilizie',
    payments: 'Pagamenti',
    backOffice: 'Back office',
    messages: 'Messaggi',
  },
  footer: {
    contacts: 'Contatti',
    address: 'Indirizzo',
    email: 'E-mail',
    pec: 'PEC',
    phone: 'Telefono',
    website: 'Sito istituzionale del Comune',
    services: 'Servizi',
    usefulLinks: 'Link utili',
    privacy: 'Informativa privacy',
    legalNotes: 'Note legali',
    accessibility: 'Dichiarazione di accessibilità',
    feedback: 'Segnala un problema di accessibilità',
    topics: 'Argomenti',
    faq: 'Leggi le FAQ',
    inefficiency: 'Segnala disservizio',
    software: 'Portale del cittadino — software libero',
    contactsUnavailable: 'I recapiti del Comune non sono disponibili in questo momento.',
  },
  landing: {
    title: 'Servizi online del {comune}',
    lead: 'Richiedi certificati, presenta pratiche edilizie e gestisci i pagamenti dal tuo computer o dal telefono, senza andare allo sportello.',
    loginCta: "Accedi all'area personale",
    howToAccessTitle: 'Come accedere',
    howToAccessText:
      "Per accedere ai servizi ti serve un'identità digitale SPID oppure la Carta d'Identità Elettronica (CIE) con l'app CieID.",
    servicesTitle: 'Cosa puoi fare online',
  },
  personalArea: personalAreaIt,
  notifications: notificationsIt,
  services: {
    certificates: {
      title: 'Certificati anagrafici',
      description:
        'Richiedi e scarica certificati di residenza, stato di famiglia e altri certificati anagrafici.',
    },
    myData: {
      title: 'I miei dati',
      description: 'Consulta i tuoi dati anagrafici e quelli della tua famiglia.',
    },
    permits: {
      title: 'Pratiche edilizie',
      description:
        'Presenta online CILA, SCIA e permessi di costruire con documenti firmati digitalmente e seguine lo stato.',
    },
    imu: {
      title: 'IMU e F24',
      description: "Calcola l'IMU dovuta sui tuoi immobili e stampa il modello F24 per pagarla.",
    },
  },
  login: {
    title: "Accedi all'area personale",
    lead: 'Per accedere al portale e ai suoi servizi scegli una delle modalità seguenti.',
    spid: {
      title: 'SPID',
      text: "Accedi con SPID, il Sistema Pubblico di Identità Digitale: usa le credenziali del gestore che ti ha rilasciato l'identità.",
      button: 'Entra con SPID',
      chooseProvider: 'Scegli il tuo gestore di identità digitale',
      noProviders: 'Nessun gestore SPID disponibile in questo momento.',
      moreInfo: 'Maggiori informazioni su SPID',
      request: 'Non hai SPID?',
      help: 'Serve aiuto?',
    },
    cie: {
      title: 'CIE',
      text: "Accedi con la Carta d'Identità Elettronica usando l'app CieID sul telefono o un lettore di smart card.",
      button: 'Entra con CIE',
      moreInfo: 'Come ottenere e usare la CIE',
    },
    unavailable:
      'Il servizio di accesso non è raggiungibile in questo momento. Riprova tra qualche minuto; se il problema continua, contatta il Comune.',
    privacyNotice: "Accedendo confermi di aver letto l'informativa sul trattamento dei dati personali.",
  },
  sessionExpired: {
    title: 'Sessione scaduta',
    text: 'Per proteggere i tuoi dati, la sessione si chiude dopo un periodo di inattività. Accedi di nuovo per continuare da dove eri rimasto.',
    loginAgain: 'Accedi di nuovo',
  },
  loginError: {
    title: 'Accesso non riuscito',
    codeLabel: 'Codice errore',
    retry: 'Riprova ad accedere',
    messages: {
      OIDC_STATE_MISMATCH:
        "La richiesta di accesso non è valida o è già stata usata, ad esempio perché hai aperto l'accesso in un'altra scheda. Riprova dall'inizio.",
      OIDC_TRANSACTION_EXPIRED:
        "È passato troppo tempo tra l'avvio dell'accesso e il ritorno sul portale. Riprova dall'inizio.",
      OIDC_PROVIDER_ERROR:
        'Il gestore della tua identità digitale ha segnalato un errore. Riprova più tardi o scegli un altro modo di accesso.',
      OIDC_ID_TOKEN_INVALID:
        'Non è stato possibile verificare la risposta del gestore della tua identità digitale. Riprova ad accedere.',
      OIDC_USERINFO_INVALID:
        'I dati ricevuti dal gestore della tua identità digitale sono incompleti o non validi. Riprova ad accedere.',
      LOGIN_CANCELLED: "Hai annullato l'accesso. Puoi riprovare quando vuoi.",
      TOO_MANY_REQUESTS:
        'Troppi tentativi di accesso in poco tempo da questa connessione. Attendi un minuto e riprova.',
      UNKNOWN_IDP:
        "Il gestore di identità digitale scelto non è riconosciuto. Scegline uno dall'elenco e riprova.",
      default:
        "Si è verificato un errore durante l'accesso. Riprova; se il problema continua, contatta il Comune.",
    },
  },
  accessibility: {
    title: 'Dichiarazione di accessibilità',
    intro: [
      'Il {comune} si impegna a rendere accessibile il proprio Portale del cittadino, conformemente alla legge 9 gennaio 2004, n. 4, e al decreto legislativo 10 agosto 2018, n. 106, che ha recepito la direttiva (UE) 2016/2102 del Parlamento europeo e del Consiglio.',
      'La presente dichiarazione di accessibilità si applica al Portale del cittadino del {comune}.',
    ],
    conformanceTitle: 'Stato di conformità',
    conformance:
      "Il portale è parzialmente conforme ai requisiti previsti dall'allegato A alla norma UNI CEI EN 301549 e alle Linee guida AgID sull'accessibilità degli strumenti informatici (WCAG 2.1, livello AA), per i motivi indicati nella sezione «Contenuti non accessibili».",
    nonAccessibleTitle: 'Contenuti non accessibili',
    nonAccessible: [
      'Il portale è in fase di prima pubblicazione e la verifica completa con le tecnologie assistive è in corso.',
      'Alcuni documenti PDF prodotti dal portale (certificati, modelli F24) potrebbero non essere pienamente accessibili: su richiesta il Comune ne fornisce il contenuto in un formato alternativo.',
    ],
    preparationTitle: 'Redazione della dichiarazione di accessibilità',
    preparation:
      "La dichiarazione è stata redatta sulla base di un'autovalutazione con strumenti automatici (axe-core) e verifiche manuali su computer e telefono. Il Comune la pubblica e la aggiorna ogni anno, entro il 23 settembre, tramite la piattaforma di AgID.",
    feedbackTitle: 'Meccanismo di feedback e informazioni di contatto',
    feedback:
      "Per segnalare un problema di accessibilità, o per chiedere le informazioni e i contenuti esclusi dall'ambito di applicazione della direttiva, scrivi al Comune. Riceverai una risposta entro 30 giorni.",
    feedbackLink: 'Scrivi al Comune: {email}',
    feedbackFallback: 'Usa i recapiti indicati sul sito istituzionale del Comune.',
    enforcementTitle: 'Procedura di attuazione',
    enforcement:
      "In caso di risposta insoddisfacente o di mancata risposta entro 30 giorni, puoi inviare una segnalazione al Difensore civico per il digitale presso l'Agenzia per l'Italia Digitale (AgID).",
    enforcementLink: 'Invia una segnalazione ad AgID',
  },
  privacy: {
    title: 'Informativa sul trattamento dei dati personali',
    intro:
      "Questa informativa, resa ai sensi dell'articolo 13 del Regolamento (UE) 2016/679 (GDPR), descrive come il Comune tratta i dati personali di chi usa il Portale del cittadino.",
    controllerTitle: 'Titolare del trattamento',
    controller: 'Il titolare del trattamento è il {comune}.',
    dpoTitle: 'Responsabile della protezione dei dati',
    dpo: 'I dati di contatto del Responsabile della protezione dei dati (RPD) sono pubblicati sul sito istituzionale del Comune, nella sezione «Amministrazione trasparente».',
    purposesTitle: 'Finalità e base giuridica',
    purposes:
      "I dati sono trattati per identificarti e per erogare i servizi online che richiedi (certificati anagrafici, pratiche edilizie, calcolo dei tributi), nell'esecuzione di compiti di interesse pubblico e per adempiere obblighi di legge (articolo 6, paragrafo 1, lettere c ed e, del Regolamento).",
    dataTitle: 'Dati trattati',
    data: "Al momento dell'accesso con SPID o CIE il Comune riceve codice fiscale, nome, cognome e, se disponibile, indirizzo e-mail. Il portale usa inoltre i dati anagrafici e tributari già in possesso del Comune e registra, per sicurezza, data, ora e indirizzo IP degli accessi.",
    cookiesTitle: 'Cookie',
    cookies:
      'Il portale usa solo cookie tecnici necessari al funzionamento: il cookie di sessione, il cookie di protezione dalle richieste contraffatte (csrf_token) e quello della lingua scelta (lang). Non usa cookie di profilazione né strumenti di analisi di terze parti, quindi non chiede il consenso.',
    retentionTitle: 'Conservazione',
    retention:
      'I dati di sessione sono cancellati quando esci o quando la sessione scade. Le richieste e le pratiche sono conservate per i tempi previsti dalle norme sulla conservazione dei documenti amministrativi.',
    recipientsTitle: 'Destinatari',
    recipients:
      "I dati sono trattati dal personale autorizzato del Comune e dal fornitore che gestisce il portale, nominato responsabile del trattamento. I dati non sono trasferiti fuori dall'Unione europea.",
    rightsTitle: 'I tuoi diritti',
    rights:
      "Puoi chiedere al Comune l'accesso ai tuoi dati, la rettifica, la cancellazione nei casi previsti, la limitazione del trattamento od opporti al trattamento (articoli 15-22 del Regolamento). Puoi inoltre proporre reclamo al Garante per la protezione dei dati personali.",
    authorityLink: 'Sito del Garante per la protezione dei dati personali',
  },
  legalNotes: {
    title: 'Note legali',
    contentLicenseTitle: 'Licenza dei contenuti',
    contentLicense:
      'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.',
    softwareTitle: 'Software libero',
    software:
      "Il Portale del cittadino è software libero distribuito con licenza EUPL 1.2 (European Union Public Licence): puoi usarlo, studiarlo, modificarlo e ridistribuirlo alle condizioni della licenza, come previsto dalle Linee guida AgID sull'acquisizione e il riuso di software per le pubbliche amministrazioni.",
    liabilityTitle: 'Responsabilità',
    liability:
      'Il Comune cura la correttezza delle informazioni pubblicate ma non risponde delle interruzioni del servizio dovute a cause tecniche o a manutenzione. Hanno valore legale i documenti rilasciati dal portale con il contrassegno elettronico e quelli rilasciati dagli uffici comunali.',
    externalLinksTitle: 'Collegamenti esterni',
    externalLinks:
      'I collegamenti a siti esterni sono forniti per comodità: il Comune non è responsabile dei loro contenuti.',
  },
  notFound: {
    title: 'Pagina non trovata',
    text: "La pagina che cerchi non esiste o è stata spostata. Controlla l'indirizzo o torna alla pagina iniziale.",
  },
  errorPage: {
    title: 'Si è verificato un errore',
    text: 'Non è stato possibile mostrare questa pagina. Riprova tra qualche istante.',
    retry: 'Riprova',
    home: 'Torna alla pagina iniziale',
  },
  certificates: certificatesIt,
  f24: f24It,
  permits: permitsIt,
  appointments: appointmentsIt,
  payments: paymentsIt,
  registry: registryIt,
  serviceModel: serviceModelIt,
  sue: sueIt,
};
