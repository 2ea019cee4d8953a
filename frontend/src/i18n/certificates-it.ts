/** Italian texts of the certificates pages and of the public verification page (the reference shape). */
export const certificatesIt = {
  title: 'Certificati anagrafici',
  lead: 'Richiedi e scarica i certificati anagrafici per te e per i componenti della tua famiglia anagrafica. Ogni certificato è un PDF sigillato dal Comune, con un codice e un QR code per verificarne l’autenticità.',
  unavailable: 'Il servizio certificati non è raggiungibile in questo momento. Riprova tra qualche minuto.',
  steps: {
    label: 'Passaggi della richiesta',
    person: 'Persona',
    certificate: 'Certificato e bollo',
    preview: 'Anteprima ed emissione',
    current: 'passaggio attuale',
  },
  person: {
    title: 'Richiedi un certificato',
    legend: 'Per chi è il certificato?',
    self: '{name} (tu)',
    member: '{name}, {relationship}',
    continue: 'Continua',
    notInRegistry:
      'Non risulti iscritto nell’anagrafe di questo Comune: i certificati online sono disponibili per i residenti e per gli iscritti all’AIRE del Comune. Per altre necessità rivolgiti all’ufficio anagrafe.',
    change: 'Cambia persona',
  },
  types: {
    legend: 'Quale certificato?',
    hint: 'Puoi sceglierne più di uno: saranno riuniti in un unico certificato contestuale.',
    unavailable: 'Non disponibile',
    noneAvailable:
      'In questo momento non è possibile rilasciare online alcun certificato per questa persona.',
  },
  stampDuty: {
    legend: 'Imposta di bollo',
    hint: 'Il certificato è soggetto all’imposta di bollo di {amount}, salvo i casi di esenzione previsti dalla legge.',
    exempt: 'Il certificato è esente dal bollo per l’uso che ne farò',
    exemptionLabel: 'Uso del certificato',
    exemptionPlaceholder: 'Scegli l’uso',
    noteLabel: 'Descrizione dell’uso e norma che prevede l’esenzione',
    noteHint: 'Solo per «altro motivo»: al massimo {max} caratteri.',
    marca: 'Pago il bollo con una marca da bollo',
    marcaLabel: 'Numero identificativo della marca da bollo',
    marcaHint:
      'Le {digits} cifre stampate sulla marca. Applica e annulla la marca sulla copia stampata: ogni marca vale per un solo certificato.',
  },
  preview: {
    title: 'Anteprima del certificato',
    lead: 'Controlla i dati: il certificato riporterà questo testo, con il codice, il QR code e il sigillo elettronico del Comune.',
    open: 'Vedi l’anteprima',
    issue: 'Emetti il certificato',
    issuing: 'Emissione in corso…',
    edit: 'Modifica la richiesta',
    refused: 'Non è possibile emettere il certificato',
    codeLater: 'Il codice del certificato e il QR code sono assegnati all’emissione.',
    documentLabel: 'Testo del certificato',
  },
  archive: {
    title: 'I tuoi certificati',
    empty: 'Non hai ancora richiesto certificati.',
    issuedOn: 'Emesso il {date}',
    subject: 'Intestato a',
    code: 'Codice',
    stampDuty: 'Bollo',
    exempt: 'esente',
    paid: 'marca n. {marca}',
    download: 'Scarica il PDF',
    downloadLabel: 'Scarica il certificato {code} in PDF',
    older: 'Certificati precedenti',
    issuedTitle: 'Certificato emesso',
    issuedText:
      'Il certificato {code} è pronto e resta nell’elenco dei tuoi certificati: puoi scaricarlo di nuovo quando vuoi.',
    validity:
      'I certificati anagrafici valgono sei mesi dalla data di emissione e non possono essere presentati alle pubbliche amministrazioni né ai gestori di pubblici servizi, che acquisiscono i dati d’ufficio: a loro basta un’autocertificazione.',
  },
  verify: {
    title: 'Verifica un certificato',
    lead: 'Inserisci il codice stampato sul certificato, accanto al QR code, per sapere se è autentico. Non serve accedere.',
    codeLabel: 'Codice del certificato',
    codeHint: '16 caratteri tra lettere e cifre, ad esempio 7K3M-Q9XD-2HBT-VR4C.',
    submit: 'Verifica',
    another: 'Verifica un altro codice',
    authentic: 'Certificato autentico',
    authenticText:
      'Il certificato è stato emesso dal {municipality}. Confronta i dati qui sotto con quelli stampati.',
    sealValid: 'Il QR code è integro: il contenuto del certificato non è stato alterato.',
    sealNotChecked:
      'Per controllare anche che il testo non sia stato alterato, inquadra con il telefono il QR code stampato sul certificato.',
    forged: 'Attenzione: il QR code non corrisponde al certificato',
    forgedText:
      'Il codice esiste, ma il sigillo del QR code non corrisponde al certificato emesso con quel codice: il documento potrebbe essere stato alterato. Confronta il contenuto con il riepilogo qui sotto o rivolgiti al Comune.',
    notFound: 'Nessun certificato corrisponde a questo codice',
    tooMany:
      'Sono state fatte troppe verifiche in poco tempo da questa connessione. Riprova tra qualche minuto.',
    summary: 'Riepilogo del certificato',
    type: 'Tipo',
    issueDate: 'Data di emissione',
    municipality: 'Emesso da',
    subject: 'Intestatario (iniziali)',
  },
};
