/** The domain is pure: a rule proves it (STYLE.md habit 1). */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure-no-node-builtins',
      comment: 'src/domain imports no Node built-in (no fs, http, crypto, process...).',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-is-pure-no-infrastructure',
      comment:
        'src/domain imports no Graph, Teams, React, SQLite, HTTP or other I/O package; zod is allowed.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        dependencyTypes: [
          'npm',
          'npm-dev',
          'npm-optional',
          'npm-peer',
          'npm-no-pkg',
          'npm-unknown',
        ],
        pathNot: '^node_modules/zod/',
      },
    },
    {
      name: 'domain-imports-only-domain',
      comment: 'src/domain depends only on itself.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { path: '^src/(?!domain)' },
    },
    {
      name: 'cards-are-pure',
      comment: 'src/cards are pure builders: they may use the domain, nothing with I/O.',
      severity: 'error',
      from: { path: '^src/cards' },
      to: { path: '^src/(server|sharepoint|emulator|bot|tab)' },
    },
    {
      name: 'emulator-never-in-production-code',
      comment: 'Only the server (local mode), scripts and tests may start the emulator.',
      severity: 'error',
      from: { path: '^src/(domain|sharepoint|bot|cards|tab)' },
      to: { path: '^src/emulator' },
    },
    {
      name: 'tab-never-calls-graph',
      comment:
        'The tab talks to the server API only; the app alone holds write access to the site.',
      severity: 'error',
      from: { path: '^src/tab' },
      to: { path: '(^src/(sharepoint|server|emulator|bot))|microsoft-graph-client' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.(spec|test)\\.tsx?$' },
  },
};
