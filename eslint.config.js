// ESLint flat config: strict TypeScript rules (type-aware where promises are concerned), React
// hooks rules for the app, and the layers of docs/model.md kept by lint instead of by memory:
//   domain/   imports only domain/ (type-only imports of libraries allowed);
//   app/      never imports server/ or the Neo4j driver;
//   server/routes/  no route imports another route (shared helpers live outside routes/);
//   cli/      imports from server/ only its service layer, server/services/.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** A relative import that climbs `levels` folders or more: from a file that deep, it leaves its top folder. */
function climbsOut(levels) {
  return `^(\\.\\./){${levels}}`;
}

/** A relative import of anything in the top-level folder `folder`, from any depth. */
function reaches(folder) {
  return `^(\\.\\./)+${folder}(/|$)`;
}

const DOMAIN_LIBRARIES = {
  regex: "^[^.]",
  allowTypeImports: true,
  message:
    "domain/ is pure logic shared by the browser, the server and the CLI: it imports only other domain/ files (type-only imports of libraries are fine).",
};

/** Libraries that belong to one runtime: not even their types enter domain/. */
const DOMAIN_FORBIDDEN_LIBRARIES = ["neo4j-driver", "react", "react-dom", "sigma", "fastify"].map(
  (name) => ({ name, message: `domain/ is pure: ${name} belongs to the runtime that uses it.` }),
);

/** One config per depth below domain/, since the climb that leaves domain/ depends on it. */
const domainLayer = [1, 2, 3, 4].map((depth) => ({
  files: [`domain/${"*/".repeat(depth - 1)}*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: DOMAIN_FORBIDDEN_LIBRARIES,
        patterns: [
          DOMAIN_LIBRARIES,
          {
            regex: climbsOut(depth),
            message:
              "domain/ imports nothing outside domain/: move the shared piece into domain/, or pass what is needed in as a value.",
          },
        ],
      },
    ],
  },
}));

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
    // Type-aware rules: a promise is awaited, returned, or dropped on purpose with `void`.
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
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
          patterns: [
            {
              regex: reaches("server"),
              message: "app/ must not import server code: it speaks HTTP to the API.",
            },
          ],
        },
      ],
    },
  },
  ...domainLayer,
  {
    files: ["cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+server(/(?!services/)|$)",
              message:
                "The CLI reaches the server only through its service layer, server/services/ (what the HTTP routes call too).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/routes/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\.?/(.+/)?[^/]+-routes?$",
              message:
                "A route does not import another route: move what they share next to the code it serves (e.g. server/explorer/).",
            },
          ],
        },
      ],
    },
  },
);
