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
        // (^|/): node_modules may be a symlink, as in a git worktree.
        pathNot: '(^|/)node_modules/zod/',
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
      name: 'documents-are-pure',
      comment:
        'src/documents are pure builders (figures in, file bytes out): they may use the domain and the document libraries, nothing with I/O.',
      severity: 'error',
      from: { path: '^src/documents' },
      to: { path: '^src/(?!documents|domain)' },
    },
    {
      name: 'documents-no-node-builtins',
      comment: 'src/documents read and write no files and call no network: no Node built-in.',
      severity: 'error',
      from: { path: '^src/documents' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'emulator-and-demo-data-only-in-local-mode',
      comment:
        'The emulator and the demo data load only in local mode: only src/start/local-mode.ts imports them (types aside), and it is itself only ever imported dynamically.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(emulator|demo-data)/|^src/start/local-mode\\.ts$' },
      to: { path: '^src/(emulator|demo-data)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'local-mode-loaded-dynamically',
      comment: 'Nothing on the production path imports local mode statically.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/start/local-mode\\.ts$', dynamic: false },
    },
    {
      name: 'bot-never-imports-server',
      comment: 'The Teams edge calls the application layer, never the HTTP edge.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-never-imports-bot',
      comment: 'The HTTP edge calls the application layer, never the Teams edge.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/bot/' },
    },
    {
      name: 'only-the-composition-root-wires-edges',
      comment: 'Only src/start wires the edges together; the application layer knows no edge.',
      severity: 'error',
      from: { path: '^src/(app|domain|sharepoint|cards|scheduler)/' },
      to: { path: '^src/(server|bot|tab|start)/' },
    },
    {
      name: 'edges-call-commands-not-transitions',
      comment:
        'One write path: the API, cards and the scheduler call application commands; only src/app (and the pure tab preview) runs domain transitions.',
      severity: 'error',
      from: { path: '^src/(server|bot|scheduler|start)/' },
      to: {
        path: '^src/domain/(lifecycle/(?!state-rules|transition|clock)|reviews/review-steps|themes/theme-steps)',
      },
    },
    {
      name: 'src-never-imports-scripts',
      comment: 'scripts/ (packaging, benchmarks, provisioning) use src, never the other way round.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
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
