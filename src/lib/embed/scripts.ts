/**
 * The two embed scripts as served: /embed.js (the host page's listener) and
 * /embed/frame.js (the embed page's own script). Their sources are TypeScript
 * in src/components/islands/ (type-checked, linted and unit-tested like any
 * other); here TypeScript strips the types, and the result is wrapped in a
 * function called with its config from protocol.ts. Nothing else is bundled,
 * so what is served is what was reviewed, and two builds give the same bytes.
 *
 * Classic scripts share one global scope: the wrapper keeps every name local,
 * so a page may include /embed.js twice without a redeclaration error.
 */
import ts from "typescript";

/**
 * `source` (TypeScript, exports and type imports only) as a classic script that
 * calls `entry(config)`. Throws if the source would need anything at run time.
 */
export function servedScript(source: string, entry: string, config: unknown): string {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true, verbatimModuleSyntax: true },
    reportDiagnostics: false,
  });
  const body = outputText
    .replace(/^export \{\};?\s*$/gm, "")
    .replace(/^export /gm, "")
    .trim();
  if (/^\s*import\b/m.test(body) || /\bimport\(/.test(body)) throw new Error(`${entry}: a served embed script may import types only`);
  if (!new RegExp(`^function ${entry}\\(`, "m").test(body)) throw new Error(`${entry}: no such function in the source`);
  return `(function () {\n"use strict";\n${body}\n${entry}(${JSON.stringify(config)});\n})();\n`;
}

export const SCRIPT_CONTENT_TYPE = "text/javascript; charset=utf-8";
