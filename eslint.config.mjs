import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import graphql from '@graphql-eslint/eslint-plugin';

const CODE = ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'];

/** The schema the server builds (every file of schema/) and the examples GraphiQL opens with. */
const graphQLConfig = {
  schema: 'schema/*.graphql',
  documents: 'schema/examples/*.graphql',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'neo4j-local/target/',
      'src/graphql/generated/',
    ],
  },
  // The code configs keep their own `files`; those without apply to code only, not to the SDL.
  ...[js.configs.recommended, ...tseslint.configs.recommendedTypeChecked].map((config) => ({
    files: CODE,
    ...config,
  })),
  {
    files: CODE,
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '*.js', '*.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/valid-expect': 'error',
      'jest/no-disabled-tests': 'error',
      '@typescript-eslint/unbound-method': 'off',
      // Asymmetric matchers are typed any, and tests break loosely typed documents on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js'], languageOptions: { globals: globals.node, sourceType: 'commonjs' } },
  {
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphql },
  },
  {
    // The descriptions are the API's manual in GraphiQL: every definition an analyst can see has one.
    files: ['schema/*.graphql'],
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
    },
  },
  {
    // The examples must stay valid against the schema (fields, arguments, variables, fragments) and
    // each say, in a comment, what it shows.
    files: ['schema/examples/*.graphql'],
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      // The examples select what an analyst reads; a forced `id` on every object would be noise.
      '@graphql-eslint/require-selections': 'off',
      '@graphql-eslint/require-description': ['error', { OperationDefinition: true }],
    },
  },
  prettier,
);
