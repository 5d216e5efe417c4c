// Lint: typescript-eslint's recommended rules over all sources; built output is ignored.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.e2e-tmp/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page-derived text must never reach innerHTML (see README, Security).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put text into innerHTML; build nodes or use textContent.' },
        { property: 'outerHTML', object: 'element', message: 'Use textContent.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in views.' }],
    },
  },
);
