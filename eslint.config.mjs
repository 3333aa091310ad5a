import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		// Type information from the TypeScript project, so rules such as no-floating-promises see
		// which calls return promises.
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		// Plain JavaScript (config and scripts) and .astro files are outside the typed project.
		files: ['**/*.{js,mjs,cjs}', '**/*.astro', '**/*.astro/*.ts'],
		...tseslint.configs.disableTypeChecked,
	},
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
	{
		files: ['**/*.{ts,tsx}'],
		ignores: ['**/*.astro/**'],
		rules: {
			// A promise nobody awaits loses its errors; mark a deliberate one with `void`.
			'@typescript-eslint/no-floating-promises': 'error',
		},
	},
	{
		// Tests read JSON back from storage, files and pages; what it holds is what they assert, so
		// an untyped value there is the point rather than a mistake.
		files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			// Fakes implement async browser interfaces (Cache, CacheStorage, clients) synchronously,
			// and tests patch or spy on prototype methods.
			'@typescript-eslint/require-await': 'off',
			'@typescript-eslint/unbound-method': 'off',
		},
	},
	prettier
);
