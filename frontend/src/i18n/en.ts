import { appointmentsEn } from './appointments-en';
import { certificatesEn } from './certificates-en';
import type { Dictionary } from './dictionary';
import { f24En } from './f24-en';
import { notificationsEn } from './notifications-en';
import { paymentsEn } from './payments-en';
import { permitsEn } from './permits-en';
import { personalAreaEn } from './personal-area-en';
import { registryEn } from './registry-en';
import { serviceModelEn } from './service-model-en';
import { sueEn } from './sue-en';

export const en: Dictionary = {
  meta: {
    siteName: 'Citizen portal',
    description:
      'Online services of the {comune}: certificates, building permits, payments and personal area.',
  },
  common: {
    municipalityTitle: 'Municipality of {name}',
    fallbackMunicipalityName: 'Municipality',
    externalLink: '(external link)',
    backHome: 'Back to the home page',
    empty: 'No items',
  },
  skipLinks: {
    toContent: 'Skip to content',
    toFooter: 'Skip to footer',
  },
  header: {
    region: 'Regione {region}',
    regionLinkLabel: 'Go to the website of the Regione {region} (external link)',
    utilityNavigation: 'Utility navigation',
    brandSubtitle: 'Citizen portal',
    login: 'Log in to your personal area',
    userMenu: 'User menu of {name}',
    userMenuWithUnread: 'User menu of {name}, {unread}',
    unreadMessages: { one: '1 unread message', other: '{count} unread messages' },
    logout: 'Log out',
    toggleNavigation: 'Show or hide the navigation menu',
    closeNavigation: 'Close the navigation menu',
    mainNavigation: 'Main navigation',
  },
  language: {
    label: 'Language',
    current: 'Current language:',
    selected: 'selected',
    short: { it: 'ITA', en: 'ENG' },
    names: { it: 'Italiano', en: 'English' },
  },
  nav: {
    personalArea: 'Personal area',
    services: 'Services',
    certificates: 'Certificates',
    permits: 'Building permits',
    payments: 'Payments',
    backOffice: 'Back office',
    messages: 'Messages',
  },
  footer: {
    contacts: 'Contacts',
    address: 'Address',
    email: 'Email',
    pec: 'Certified email (PEC)',
    phone: 'Phone',
    website: 'Official website of the municipality',
    services: 'Services',
    usefulLinks: 'Useful links',
    privacy: 'Privacy notice',
    legalNotes: 'Legal notes',
    accessibility: 'Accessibility statement',
    feedback: 'Report an accessibility problem',
    topics: 'Topics',
    faq: 'Read the FAQ',
    inefficiency: 'Report a disservice',
    software: 'Citizen portal — free software',
    contactsUnavailable: "The municipality's contact details are not available right now.",
  },
  landing: {
    title: 'Online services of the {comune}',
    lead: 'Request certificates, submit building permits and manage your payments from your computer or phone, without going to the counter.',
    loginCta: 'Log in to your personal area',
    howToAccessTitle: 'How to log in',
    howToAccessText:
      'To use the services you need a SPID digital identity or the Italian electronic identity card (CIE) with the CieID app.',
    servicesTitle: 'What you can do online',
  },
  personalArea: personalAreaEn,
  notifications: notificationsEn,
  services: {
    certificates: {
      title: 'Registry certificates',
      description:
        'Request and download certificates of residence, household composition and other registry certificates.',
    },
    myData: {
      title: 'My data',
      description: 'See your registry data and that of your household.',
    },
    permits: {
      title: 'Building permits',
      description:
        'File CILA, SCIA and building permit applications online with digitally signed documents and follow their progress.',
    },
    imu: {
      title: 'IMU and F24',
      description: 'Calculate the IMU property tax due on your buildings and print the F24 form to pay it.',
    },
  },
  login: {
    title: 'Log in to your personal area',
    lead: 'To use the portal and its services, choose one of the following methods.',
    spid: {
      title: 'SPID',
      text: 'Log in with SPID, the Italian public digital identity system, using the credentials of the provider that issued your identity.',
      button: 'Log in with SPID',
      chooseProvider: 'Choose your digital identity provider',
      noProviders: 'No SPID provider is available right now.',
      moreInfo: 'More information about SPID',
      request: "Don't have SPID?",
      help: 'Need help?',
    },
    cie: {
      title: 'CIE',
      text: 'Log in with the Italian electronic identity card using the CieID app on your phone or a smart card reader.',
      button: 'Log in with CIE',
      moreInfo: 'How to get and use the CIE',
    },
    unavailable:
      'The login service cannot be reached right now. Please try again in a few minutes; if the problem persists, contact the municipality.',
    privacyNotice: 'By logging in you confirm you have read the privacy notice.',
  },
  sessionExpired: {
    title: 'Session expired',
    text: 'To protect your data, the session ends after a period of inactivity. Log in again to continue where you left off.',
    loginAgain: 'Log in again',
  },
  loginError: {
    title: 'Login failed',
    codeLabel: 'Error code',
    retry: 'Try logging in again',
    messages: {
      OIDC_STATE_MISMATCH:
        'The login request is not valid or has already been used, for example because you started logging in in another tab. Please start again.',
      OIDC_TRANSACTION_EXPIRED:
        'Too much time passed between starting the login and coming back to the portal. Please start again.',
      OIDC_PROVIDER_ERROR:
        'Your digital identity provider reported an error. Please try again later or choose another login method.',
      OIDC_ID_TOKEN_INVALID:
        "Your digital identity provider's response could not be verified. Please try again.",
      OIDC_USERINFO_INVALID:
        'The data received from your digital identity provider is incomplete or not valid. Please try again.',
      LOGIN_CANCELLED: 'You cancelled the login. You can try again whenever you want.',
      TOO_MANY_REQUESTS:
        'Too many login attempts from this connection in a short time. Wait a minute and try again.',
      UNKNOWN_IDP:
        'The digital identity provider you chose is not recognised. Choose one from the list and try again.',
      default:
        'An error occurred while logging in. Please try again; if the problem persists, contact the municipality.',
    },
  },
  accessibility: {
    title: 'Accessibility statement',
    intro: [
      'The {comune} is committed to making its citizen portal accessible, in accordance with Law no. 4 of 9 January 2004 and Legislative Decree no. 106 of 10 August 2018, which transposed Directive (EU) 2016/2102 of the European Parliament and of the Council.',
      'This accessibility statement applies to the citizen portal of the {comune}.',
    ],
    conformanceTitle: 'Compliance status',
    conformance:
      'The portal is partially compliant with the requirements of Annex A to the UNI CEI EN 301549 standard and with the AgID accessibility guidelines (WCAG 2.1, level AA), for the reasons listed under “Non-accessible content”.',
    nonAccessibleTitle: 'Non-accessible content',
    nonAccessible: [
      'The portal is in its first release and a complete review with assistive technologies is in progress.',
      'Some PDF documents produced by the portal (certificates, F24 forms) may not be fully accessible: on request the municipality provides their content in an alternative format.',
    ],
    preparationTitle: 'Preparation of this accessibility statement',
    preparation:
      'This statement is based on a self-assessment with automated tools (axe-core) and manual checks on computer and phone. The municipality publishes and updates it every year, by 23 September, on the AgID platform.',
    feedbackTitle: 'Feedback and contact information',
    feedback:
      'To report an accessibility problem, or to request information and content excluded from the scope of the directive, write to the municipality. You will receive an answer within 30 days.',
    feedbackLink: 'Write to the municipality: {email}',
    feedbackFallback: "Use the contact details on the municipality's official website.",
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If the answer is unsatisfactory or you receive no answer within 30 days, you can report it to the Digital Ombudsman at the Agency for Digital Italy (AgID).',
    enforcementLink: 'Report to AgID',
  },
  privacy: {
    title: 'Privacy notice',
    intro:
      'This notice, given under Article 13 of Regulation (EU) 2016/679 (GDPR), describes how the municipality processes the personal data of people who use the citizen portal.',
    controllerTitle: 'Data controller',
    controller: 'The data controller is the {comune}.',
    dpoTitle: 'Data protection officer',
    dpo: 'The contact details of the data protection officer (DPO) are published on the official website of the municipality, in the “Amministrazione trasparente” section.',
    purposesTitle: 'Purposes and legal basis',
    purposes:
      'Data is processed to identify you and to provide the online services you request (registry certificates, building permits, tax calculation), in the performance of tasks carried out in the public interest and to comply with legal obligations (Article 6(1)(c) and (e) of the Regulation).',
    dataTitle: 'Data processed',
    data: 'When you log in with SPID or CIE, the municipality receives your tax code, given name, family name and, if available, email address. The portal also uses the registry and tax data the municipality already holds and, for security, records the date, time and IP address of each login.',
    cookiesTitle: 'Cookies',
    cookies:
      'The portal only uses technical cookies needed for it to work: the session cookie, the cookie protecting against forged requests (csrf_token) and the cookie with your chosen language (lang). It uses no profiling cookies and no third-party analytics, so it does not ask for consent.',
    retentionTitle: 'Retention',
    retention:
      'Session data is deleted when you log out or when the session expires. Requests and applications are kept for the periods set by the rules on the retention of administrative documents.',
    recipientsTitle: 'Recipients',
    recipients:
      "Data is processed by the municipality's authorised staff and by the supplier that runs the portal, appointed as data processor. Data is not transferred outside the European Union.",
    rightsTitle: 'Your rights',
    rights:
      'You can ask the municipality for access to your data, rectification, erasure where applicable, restriction of processing, or object to processing (Articles 15-22 of the Regulation). You can also lodge a complaint with the Italian data protection authority (Garante per la protezione dei dati personali).',
    authorityLink: 'Website of the Italian data protection authority',
  },
  legalNotes: {
    title: 'Legal notes',
    contentLicenseTitle: 'Content licence',
    contentLicense:
      'Applying the open by default principle of article 52 of legislative decree 7 March 2005, no. 82 (CAD), and unless stated otherwise (including embedded third-party content), the data, documents and information published on the site are released under the CC-BY 4.0 licence. Users are therefore free to share (reproduce, distribute, communicate to the public, display in public), perform and recite this material in any medium and format, and to adapt it (transform the material and use it for derivative works) for any purpose, even commercially, with the sole obligation of attribution and without adding further restrictions.',
    softwareTitle: 'Free software',
    software:
      'The citizen portal is free software released under the EUPL 1.2 (European Union Public Licence): you may use, study, modify and redistribute it under the terms of the licence, as foreseen by the AgID guidelines on the acquisition and reuse of software by public administrations.',
    liabilityTitle: 'Liability',
    liability:
      'The municipality takes care that the published information is correct but is not liable for service interruptions due to technical causes or maintenance. Documents issued by the portal with the electronic seal and those issued by the municipal offices have legal value.',
    externalLinksTitle: 'External links',
    externalLinks:
      'Links to external websites are provided for convenience: the municipality is not responsible for their content.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has been moved. Check the address or go back to the home page.',
  },
  errorPage: {
    title: 'An error occurred',
    text: 'This page could not be displayed. Please try again in a moment.',
    retry: 'Try again',
    home: 'Back to the home page',
  },
  certificates: certificatesEn,
  f24: f24En,
  permits: permitsEn,
  appointments: appointmentsEn,
  payments: paymentsEn,
  registry: registryEn,
  serviceModel: serviceModelEn,
  sue: sueEn,
};
