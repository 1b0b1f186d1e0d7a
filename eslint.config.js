// One lint set-up for the whole repository. The blocks below the base encode the
// architecture: the core in shared/ is host-independent, and tooling enforces it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Libraries that belong to a host (UI, Teams, Office, sign-in), never to the core. */
export const hostOnlyModules = [
  { name: 'react', message: 'shared/ is host-independent: React belongs in tab/ or word-addin/.' },
  { name: 'react-dom', message: 'shared/ is host-independent: React belongs in tab/ or word-addin/.' },
  { name: '@microsoft/teams-js', message: 'shared/ is host-independent: teams-js belongs in tab/.' },
  { name: 'office-addin-mock', message: 'shared/ is host-independent: Office belongs in word-addin/.' },
];
export const hostOnlyPatterns = [
  { group: ['react/*', 'react-dom/*'], message: 'shared/ is host-independent: React belongs in a host.' },
  { group: ['@fluentui/*'], message: 'shared/ is host-independent: Fluent UI belongs in a host.' },
  { group: ['@azure/msal-*'], message: 'shared/ is host-independent: sign-in belongs in a host adapter.' },
  {
    group: ['@microsoft/office-js*', 'office-js*'],
    message: 'shared/ is host-independent: Office.js belongs in word-addin/.',
  },
  {
    group: ['**/tab/**', '**/word-addin/**', '**/devtools/**', '**/tests/**'],
    message: 'shared/ must not import hosts, tooling or tests.',
  },
];
/** Globals of a browser page or of Node that the core must not touch. */
export const hostOnlyGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'self',
  'parent',
  'top',
  'alert',
  'confirm',
  'Office',
  'Word',
  'microsoftTeams',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
].map((name) => ({
  name,
  message: `shared/ is host-independent: '${name}' belongs to a host; pass it in through a port.`,
}));

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', '.data/', '.tmp/', 'tests/fixtures/**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      eqeqeq: ['error', 'always'],
      // Unsafe DOM sinks: user text is rendered as text, never as markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render user text as text (textContent / JSX).' },
        { property: 'outerHTML', message: 'Render user text as text (textContent / JSX).' },
        { property: 'insertAdjacentHTML', message: 'Render user text as text (textContent / JSX).' },
        { property: 'insertHtml', message: 'Word: insert user text with insertText or escaped OOXML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user text as text.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: hostOnlyModules, patterns: hostOnlyPatterns }],
      'no-restricted-globals': ['error', ...hostOnlyGlobals],
    },
    languageOptions: { globals: {} },
  },
  {
    // Pure domain and use cases take time from a Clock port, so rules are testable.
    files: ['shared/domain/**/*.ts', 'shared/application/**/*.ts', 'shared/content/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Use the Clock port.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the Clock port.' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Use an IdGenerator port.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
