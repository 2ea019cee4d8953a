/** Official pages the portal points citizens to. */
export const externalLinks = {
  spidInfo: 'https://www.spid.gov.it/',
  spidRequest: 'https://www.spid.gov.it/cos-e-spid/come-attivare-spid/',
  spidHelp: 'https://www.spid.gov.it/serve-aiuto',
  cieInfo: 'https://www.cartaidentita.interno.gov.it/',
  agidFeedback: 'https://form.agid.gov.it/',
  dataProtectionAuthority: 'https://www.garanteprivacy.it/',
} as const;
