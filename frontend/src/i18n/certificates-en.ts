import type { certificatesIt } from './certificates-it';

/** English texts of the certificates pages and of the public verification page. */
export const certificatesEn: typeof certificatesIt = {
  title: 'Registry certificates',
  lead: 'Request and download registry certificates for yourself and for the members of your registered household. Every certificate is a PDF sealed by the municipality, with a code and a QR code to check that it is authentic.',
  unavailable: 'The certificates service cannot be reached right now. Please try again in a few minutes.',
  steps: {
    label: 'Request steps',
    person: 'Person',
    certificate: 'Certificate and stamp duty',
    preview: 'Preview and issue',
    current: 'current step',
  },
  person: {
    title: 'Request a certificate',
    legend: 'Who is the certificate for?',
    self: '{name} (you)',
    member: '{name}, {relationship}',
    continue: 'Continue',
    notInRegistry:
      'You are not registered in the population register of this municipality: online certificates are available to its residents and to its citizens registered abroad (AIRE). For anything else, contact the registry office.',
    change: 'Choose another person',
  },
  types: {
    legend: 'Which certificate?',
    hint: 'You may choose more than one: they will be joined in a single combined certificate.',
    unavailable: 'Not available',
    noneAvailable: 'No certificate can be issued online for this person right now.',
  },
  stampDuty: {
    legend: 'Stamp duty',
    hint: 'The certificate bears a stamp duty of {amount}, unless the law exempts the use you make of it.',
    exempt: 'The certificate is exempt for the use I will make of it',
    exemptionLabel: 'Use of the certificate',
    exemptionPlaceholder: 'Choose the use',
    noteLabel: 'Use of the certificate and the law that exempts it',
    noteHint: 'Only for “other reason”: at most {max} characters.',
    marca: 'I pay the duty with a revenue stamp (marca da bollo)',
    marcaLabel: 'Identifier of the revenue stamp',
    marcaHint:
      'The {digits} digits printed on the stamp. Stick and cancel the stamp on the printed copy: each stamp serves one certificate only.',
  },
  preview: {
    title: 'Certificate preview',
    lead: 'Check the data: the certificate will print this text, with the code, the QR code and the electronic seal of the municipality.',
    open: 'See the preview',
    issue: 'Issue the certificate',
    issuing: 'Issuing…',
    edit: 'Change the request',
    refused: 'The certificate cannot be issued',
    codeLater: 'The certificate code and the QR code are assigned when it is issued.',
    documentLabel: 'Text of the certificate',
  },
  archive: {
    title: 'Your certificates',
    empty: 'You have not requested any certificate yet.',
    issuedOn: 'Issued on {date}',
    subject: 'About',
    code: 'Code',
    stampDuty: 'Stamp duty',
    exempt: 'exempt',
    paid: 'stamp no. {marca}',
    download: 'Download the PDF',
    downloadLabel: 'Download certificate {code} as PDF',
    older: 'Older certificates',
    issuedTitle: 'Certificate issued',
    issuedText:
      'Certificate {code} is ready and stays in your list of certificates: you can download it again at any time.',
    validity:
      'Registry certificates are valid for six months from their issue date and cannot be given to public administrations or public service providers, which obtain the data themselves: a self-declaration is enough for them.',
  },
  verify: {
    title: 'Verify a certificate',
    lead: 'Type the code printed on the certificate, next to the QR code, to find out whether it is authentic. No login needed.',
    codeLabel: 'Certificate code',
    codeHint: '16 letters and digits, for example 7K3M-Q9XD-2HBT-VR4C.',
    submit: 'Verify',
    another: 'Verify another code',
    authentic: 'Authentic certificate',
    authenticText:
      'The certificate was issued by the {municipality}. Compare the data below with the printed ones.',
    sealValid: 'The QR code is intact: the content of the certificate has not been altered.',
    sealNotChecked:
      'To also check that the text has not been altered, scan the QR code printed on the certificate.',
    forged: 'Warning: the QR code does not match the certificate',
    forgedText:
      'The code exists, but the seal in the QR code does not match the certificate issued with that code: the document may have been altered. Compare its content with the summary below or contact the municipality.',
    notFound: 'No certificate matches this code',
    tooMany:
      'Too many verifications from this connection in a short time. Please try again in a few minutes.',
    summary: 'Certificate summary',
    type: 'Type',
    issueDate: 'Issue date',
    municipality: 'Issued by',
    subject: 'Person (initials)',
  },
};
