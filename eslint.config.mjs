import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		files: ['**/*.tsx'],
		...jsxA11y.flatConfigs.recommended,
	},
	{
		files: ['**/*.tsx'],
		rules: {
			// Preact writes the HTML attribute `for`, which this rule does not recognise (it only knows
			// React's htmlFor). Labels are still checked in the browser by axe on every page.
			'jsx-a11y/label-has-associated-control': 'off',
		},
	},
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Unused arguments prefixed with _ document a callback's shape without using it.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			// Type-only imports keep islands' bundles free of schema code.
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	prettier
);
