// The layering rules of docs/architecture.md, checked on every `npm run check`. Imports point down:
//   composition (app.module.ts, main.ts, cli/, demo/)
//   features    (registry, certificates, permits, f24, messages, personal-area, feedback, municipality, health, metrics)
//   platform    (auth, audit, notifications, storage, database, config, protocol)
//   common/     (Italian basics, errors, HTTP helpers: no module of the portal above it)
// plus pure `domain/` folders inside each module, and three apps that share only `shared/`.

const FEATURES =
  'registry|certificates|permits|f24|payments|messages|personal-area|feedback|municipality|health|metrics|appointments';
const PLATFORM = 'auth|audit|notifications|storage|database|config|protocol';

/** Packages that tie code to the framework, the database or HTTP. */
const FRAMEWORK = '(^|/)node_modules/(@nestjs|typeorm|pg|express)/|^(@nestjs|typeorm|pg|express)(/|$)';

/** The part of common/ that domain code may use: it has no framework import either (rule `pure-basics`). */
const PURE_BASICS = '^backend/src/common/(calendar/|errors/domain-error[.]ts$|italian/(?!clock[.]ts$))';

/** What a feature offers the others: its Nest module, its services and views, its pure domain, its templates. */
const PUBLIC_SURFACE = [
  '[.]module[.]ts$',
  '[.]service[.]ts$',
  '/views/',
  '-views[.]ts$',
  '/domain/',
  '/notifications/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two files one unit that cannot be read, tested or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'common-is-the-bottom',
      severity: 'error',
      comment:
        'common/ holds the basics every module shares (fiscal code, civil dates, Clock, errors): it may read ' +
        'configuration, never a module of the portal.',
      from: { path: '^backend/src/common/' },
      to: { path: '^backend/src/', pathNot: '^backend/src/(common|config)/' },
    },
    {
      name: 'platform-below-features',
      severity: 'error',
      comment:
        'auth, audit, notifications, storage, database and config serve the features and never import one: ' +
        'a feature hands notifications a rendered MessageContent, it does not get imported by them.',
      from: { path: `^backend/src/(${PLATFORM})/` },
      to: { path: `^backend/src/(${FEATURES}|demo|cli)/|^backend/src/(app[.]module|main)[.]ts$` },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'A domain/ folder holds the rules as plain functions: no framework, no database, and nothing of other ' +
        'modules except the pure basics of common/.',
      from: { path: '^backend/src/([^/]+)/domain/', pathNot: '[.]spec[.]ts$' },
      to: {
        pathNot: ['^backend/src/$1/domain/', PURE_BASICS],
        path: `^backend/src/|${FRAMEWORK}`,
      },
    },
    {
      name: 'demo-is-composition',
      severity: 'error',
      comment:
        'The demo data (demo/: invented residents, practices, properties) is loaded only by the start-up hook ' +
        '(main.ts, app.module.ts) and `npm run seed` (cli/); no module of the portal, and no domain/ folder, ' +
        'imports it. Tests may use its deterministic generators as fixtures.',
      from: {
        path: '^backend/src/',
        pathNot: ['^backend/src/(demo|cli)/', '^backend/src/(app[.]module|main)[.]ts$', '[.]spec[.]ts$'],
      },
      to: { path: '^backend/src/demo/' },
    },
    {
      name: 'pure-basics',
      severity: 'error',
      comment: 'The basics domain code uses stay as pure as the domain: no framework, no database.',
      from: { path: PURE_BASICS, pathNot: '[.]spec[.]ts$' },
      to: { path: FRAMEWORK },
    },
    {
      name: 'features-meet-at-their-public-surface',
      severity: 'error',
      comment:
        'A feature reads another through its module, services, views, domain or templates, never through its ' +
        'persistence, controllers or pdf internals (the personal area reads overviews, not repositories).',
      from: { path: `^backend/src/(${FEATURES})/`, pathNot: '[.]spec[.]ts$' },
      to: {
        path: `^backend/src/(${FEATURES})/`,
        pathNot: ['^backend/src/$1/', ...PUBLIC_SURFACE],
      },
    },
    {
      name: 'frontend-talks-http-only',
      severity: 'error',
      comment:
        'The frontend reaches the backend over HTTP; the one shared code is the shared/ folder. A spec may read ' +
        'the backend to prove the two sides agree.',
      from: { path: '^frontend/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^(backend|test-federation)/' },
    },
    {
      name: 'federation-stands-alone',
      severity: 'error',
      comment: 'The test federation plays the national identity providers: it knows nothing of the portal.',
      from: { path: '^test-federation/' },
      to: { path: '^(backend|frontend)/' },
    },
    {
      name: 'backend-apart-from-the-other-apps',
      severity: 'error',
      comment:
        'The backend shares code with the frontend only through shared/; its tests may start the test federation.',
      from: { path: '^backend/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^(frontend|test-federation)/' },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/ is imported by the apps and imports none of them.',
      from: { path: '^shared/' },
      to: { path: '^(backend|frontend|test-federation)/' },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)(dist|[.]next)/' },
    // Type-only imports count: a domain file importing a repository's type is still crossing the border.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
