// ESLint for the whole repository: `npm run lint` (part of `npm test`), zero warnings allowed.
// Besides typescript-eslint's strict set, React's hook rules and jsx-a11y, the rules at the end
// encode the house's boundaries (../shared/STYLE.md), so a change that crosses one fails here
// rather than in review. A root dotfile because the top level holds only the project's folders.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A statement keyword followed by its own next keyword; the house writes SQL keywords in upper
// case, which keeps English ("select a mentor from the list") out.
const SQL =
  /^\s*(SELECT\s[\s\S]*\bFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+(\s+\w+)?\s+SET\s|DELETE\s+FROM\s|WITH\s+\w+\s+AS\s*\(|(CREATE|ALTER|DROP)\s+(TABLE|INDEX|SCHEMA)\s)/;

/** Tandem's own rules: the boundaries the import graph cannot see. */
export const tandem = {
  rules: {
    'no-sql-outside-stores': {
      meta: {
        type: 'problem',
        messages: {
          sql: 'SQL lives in the domain’s store (store.ts or store/), migrations or the sandbox; call a store function instead.',
        },
      },
      create(context) {
        const check = (node, text) => {
          if (SQL.test(text)) context.report({ node, messageId: 'sql' });
        };
        return {
          Literal: (node) => typeof node.value === 'string' && check(node, node.value),
          TemplateLiteral: (node) => check(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ')),
        };
      },
    },
    'no-system-clock': {
      meta: {
        type: 'problem',
        messages: {
          clock:
            'Read the time from the Clock dependency (server/clock.ts), not the system clock, so tests can move it.',
        },
      },
      create(context) {
        return {
          'CallExpression[callee.object.name="Date"][callee.property.name="now"]': (node) =>
            context.report({ node, messageId: 'clock' }),
          'MemberExpression[object.name="Date"][property.name="now"]:not(CallExpression > .callee)': (node) =>
            context.report({ node, messageId: 'clock' }),
          'NewExpression[callee.name="Date"][arguments.length=0]': (node) =>
            context.report({ node, messageId: 'clock' }),
        };
      },
    },
  },
};

const restricted = (...names) => ({
  'no-restricted-imports': ['error', { paths: names.map(([name, message]) => ({ name, message })) }],
});
const GRAPH_SDK = [
  '@microsoft/microsoft-graph-client',
  'Only server/graph/ talks to Microsoft Graph; use the Graph facade.',
];
const MSAL = ['@azure/msal-node', 'Only server/auth/ holds credentials and tokens.'];
const JOSE = ['jose', 'Only server/auth/ validates tokens.'];
const TEAMS = ['@microsoft/teams-js', 'tab/lib/teams.ts is the only importer of teams-js.'];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.data/', 'test-results/', 'test/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // With noUncheckedIndexedAccess every index read is "maybe undefined"; in the typed-array
      // loops of the solver, the org tree and the planner, `x[i]!` states an invariant the loop
      // guarantees, and spelling each out as a check would cost the hot paths for nothing.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Unused arguments named with a leading underscore say "deliberately unused".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['tab/**/*.{ts,tsx}', 'test/tab/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  { files: ['tab/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },

  // Boundaries (../shared/STYLE.md): who may import what.
  {
    files: ['server/**/*.ts'],
    ignores: ['server/graph/**', 'server/auth/**', 'server/sandbox/**'],
    rules: restricted(GRAPH_SDK, MSAL, JOSE),
  },
  {
    // Domains call Graph through its facade; the adapter's own files lend them types only.
    files: ['server/**/*.ts'],
    ignores: ['server/graph/**', 'server/sandbox/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['client', 'batch', 'middleware', 'calendar', 'mailbox', 'activity'].map(
                (f) => `**/graph/${f}.js`,
              ),
              allowTypeImports: true,
              message: 'Reach Graph through server/graph/facade.ts; only types may come from the adapter’s files.',
            },
          ],
        },
      ],
    },
  },
  { files: ['server/graph/**/*.ts'], rules: restricted(MSAL, JOSE) },
  { files: ['server/auth/**/*.ts'], rules: restricted(GRAPH_SDK) },
  {
    files: ['tab/**/*.{ts,tsx}'],
    ignores: ['tab/lib/teams.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: TEAMS[0], message: TEAMS[1] }],
          // The server's schemas are the tab's types; no server code may reach the bundle.
          patterns: [
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'The tab takes only types from the server: use `import type`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/store.ts', 'server/**/store/**', 'server/db/**', 'server/sandbox/**'],
    plugins: { tandem },
    rules: { 'tandem/no-sql-outside-stores': 'error' },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/clock.ts', 'server/sandbox/**'],
    plugins: { tandem },
    rules: { 'tandem/no-system-clock': 'error' },
  },
);
