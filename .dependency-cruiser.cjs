/**
 * The layering the game holds to (docs/ARCHITECTURE in README "How it is built"):
 * the narrative core stands alone, state knows nothing of screens or the stage,
 * nothing reaches into the entry points, and no module ever imports itself back.
 * Run with `npm run deps`; CI fails on any error.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle (type-only imports included) makes two modules one; split what they share.',
      from: { path: '^(src|server)/' },
      to: { circular: true },
    },
    {
      name: 'narrative-stands-alone',
      severity: 'error',
      comment: 'The story engine and checker run in Node and in a worker: they import no other folder of src/.',
      from: { path: '^src/narrative/' },
      to: { path: '^src/', pathNot: '^src/narrative/' },
    },
    {
      name: 'state-knows-no-screens',
      severity: 'error',
      comment: 'Rules and saved state are tested in Node: no UI, stage, audio or presenter view.',
      from: { path: '^src/state/' },
      to: { path: '^src/(ui|stage|audio)/|^src/presenter/view' },
    },
    {
      name: 'core-knows-no-ui',
      severity: 'error',
      comment: 'Only the DOM shell imports UI strings and screens.',
      from: { path: '^src/(narrative|state|content|results|classroom|words|campaign|offline)/' },
      to: { path: '^src/(ui|stage|audio)/' },
    },
    {
      name: 'ui-strings-stay-in-ui',
      severity: 'error',
      comment:
        'UI catalogues (src/ui/i18n*.ts) are read by the DOM screens only; shared words live in src/words. main.ts, the composition root, hands the plan wording to the recorder.',
      from: { path: '^src/', pathNot: '^src/(ui/|main\\.ts$)' },
      to: { path: '^src/ui/i18n' },
    },
    {
      name: 'no-dom-libraries-in-core',
      severity: 'error',
      comment: 'Phaser and howler belong to the stage and sound shells.',
      from: { path: '^src/(narrative|state|content|results|classroom|words|campaign)/' },
      to: { path: 'node_modules/(phaser|howler)/' },
    },
    {
      name: 'room-protocol-is-pure',
      severity: 'error',
      comment:
        'The room protocol is read by the server (Node), the game window and the small phone page: valibot and the schema helpers only; no DOM, Node, story engine or screens.',
      from: { path: '^src/room/' },
      to: { pathNot: '^src/room/|^src/state/schema-kit\\.ts$|node_modules/valibot/' },
    },
    {
      name: 'room-protocol-not-node',
      severity: 'error',
      comment: 'No Node built-ins in the protocol: the phone page bundles it for the browser.',
      from: { path: '^src/room/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'phone-page-stays-light',
      severity: 'error',
      comment:
        'The phone page (phone.html, under 60 KB gzipped) takes the room protocol, valibot and the Socket.IO client: no stage, story engine, game state or screens.',
      from: { path: '^src/(phone/|phone\\.ts$)' },
      to: {
        pathNot:
          '^src/(phone/|room/|state/schema-kit\\.ts$)|node_modules/(valibot|socket\\.io-client|engine\\.io-client|socket\\.io-parser|@socket\\.io/component-emitter|debug|ms|engine\\.io-parser|xmlhttprequest-ssl|ws)/',
      },
    },
    {
      name: 'server-reads-only-the-protocol',
      severity: 'error',
      comment: 'The room server takes from the game only the protocol and the schema helpers.',
      from: { path: '^server/' },
      to: { path: '^src/', pathNot: '^src/room/|^src/state/schema-kit\\.ts$' },
    },
    {
      name: 'game-knows-no-server',
      severity: 'error',
      comment: 'The game is static files: nothing in src/ imports the Node room server.',
      from: { path: '^src/' },
      to: { path: '^server/' },
    },
    {
      name: 'nothing-imports-entry-points',
      severity: 'error',
      from: {},
      to: { path: '^src/(main|presenter|guide)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a cycle through types is still a cycle for a reader.
    exclude: { path: '\\.css$' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
