// ESLint flat config: strict TypeScript rules, React hooks rules for the app, and the one
// architectural boundary that matters most: the browser never touches the Neo4j driver.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  {
    ignores: ["dist/**", "node_modules/**", "neo4j-launcher/**", "coverage/**", "test-results/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "neo4j-driver",
              message: "The browser speaks HTTP to server/; only server/ holds the driver.",
            },
          ],
          patterns: [{ group: ["**/server/**"], message: "app/ must not import server code." }],
        },
      ],
    },
  },
  {
    files: ["domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "neo4j-driver", message: "domain/ is pure: no driver." },
            { name: "react", message: "domain/ is pure: no React." },
          ],
        },
      ],
    },
  },
);
