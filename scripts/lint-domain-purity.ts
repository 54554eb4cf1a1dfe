/**
 * The domain core is pure, by allow-list: a file under packages/domain/src may import only other files
 * under packages/domain/src, its exact-number library (decimal.js) and zod, and may not name a global that
 * does I/O or schedules work (process, fetch, timers, require, the global object …). Biome's
 * noRestrictedImports can only deny what it lists, so anything it forgot passed; this check refuses
 * whatever it does not allow.
 *
 * Usage: npx tsx scripts/lint-domain-purity.ts   (run by `npm run lint`; exits 1 on any violation)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';

export interface Violation {
  file: string;
  line: number;
  column: number;
  message: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOMAIN_SRC = join(ROOT, 'packages', 'domain', 'src');

/** Packages the shipped domain may import (a package name, or a subpath of it). */
const ALLOWED_PACKAGES = ['decimal.js', 'zod'];
/** Tests and their helpers (src/testing/) may also use the test runner and the property-test library. */
const ALLOWED_IN_TESTS = ['vitest', 'fast-check'];

/** Globals that reach outside the computation: I/O, processes, modules, time, the global object. */
const FORBIDDEN_GLOBALS: Record<string, string> = {
  process: 'the process (environment, arguments, exit)',
  fetch: 'the network',
  XMLHttpRequest: 'the network',
  WebSocket: 'the network',
  EventSource: 'the network',
  navigator: 'the browser',
  document: 'the browser page',
  localStorage: 'storage',
  sessionStorage: 'storage',
  indexedDB: 'storage',
  require: 'module loading',
  __dirname: 'file paths',
  __filename: 'file paths',
  Buffer: 'a Node built-in',
  setTimeout: 'timers',
  setInterval: 'timers',
  setImmediate: 'timers',
  clearTimeout: 'timers',
  clearInterval: 'timers',
  clearImmediate: 'timers',
  queueMicrotask: 'timers',
  globalThis: 'the global object (and through it every global above)',
  global: 'the global object',
  window: 'the global object',
  self: 'the global object',
  Deno: 'a runtime with I/O',
  Bun: 'a runtime with I/O',
};

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

interface AstNode {
  type: string;
  loc?: { start: { line: number; column: number } } | null;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function isTestFile(file: string): boolean {
  const rel = relative(DOMAIN_SRC, file).split(sep).join('/');
  return /\.test\.[cm]?[jt]sx?$/.test(rel) || rel.startsWith('testing/');
}

/** Why `specifier` may not be imported from `file`, or undefined when it may. */
export function importRefusal(specifier: string, file: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = resolve(dirname(file), specifier);
    if (target === DOMAIN_SRC || target.startsWith(DOMAIN_SRC + sep)) return undefined;
    return `imports '${specifier}', which is outside packages/domain/src: the domain imports only its own files`;
  }
  const allowed = isTestFile(file) ? [...ALLOWED_PACKAGES, ...ALLOWED_IN_TESTS] : ALLOWED_PACKAGES;
  if (allowed.some((name) => specifier === name || specifier.startsWith(`${name}/`))) return undefined;
  const kind = specifier.startsWith('node:') ? 'a Node built-in' : 'a package';
  return `imports '${specifier}' (${kind}): the domain may import only its own files, ${ALLOWED_PACKAGES.join(' and ')}`;
}

/** Property names, labels and keys are spelled like identifiers but refer to no variable. */
function isReference(parent: AstNode, key: string): boolean {
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key !== 'property' || parent.computed === true;
    case 'ObjectProperty':
    case 'ObjectMethod':
    case 'ClassProperty':
    case 'ClassMethod':
    case 'ClassPrivateProperty':
    case 'ClassAccessorProperty':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
    case 'TSDeclareMethod':
      return key !== 'key' || parent.computed === true;
    case 'TSQualifiedName':
      return key !== 'right';
    case 'TSEnumMember':
      return key !== 'id';
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return key !== 'label';
    case 'ExportSpecifier':
      return key !== 'exported';
    case 'ImportAttribute':
      return key !== 'key';
    default:
      return true;
  }
}

function sourceOf(node: AstNode): string | undefined {
  const source = node.source;
  return isNode(source) && typeof source.value === 'string' ? source.value : undefined;
}

/** Every violation in one source text; `file` is where it lives (relative imports resolve from it). */
export function checkSource(code: string, file: string): Violation[] {
  const violations: Violation[] = [];
  const shown = relative(ROOT, file).split(sep).join('/');
  const report = (node: AstNode, message: string) => {
    const start = node.loc?.start ?? { line: 0, column: 0 };
    violations.push({ file: shown, line: start.line, column: start.column + 1, message });
  };
  const ast = parse(code, {
    sourceType: 'module',
    plugins: ['typescript', 'jsx', 'importAttributes'],
    sourceFilename: file,
  });

  const visit = (node: unknown, parent: AstNode | undefined, key: string): void => {
    if (!isNode(node)) return;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration': {
        const specifier = sourceOf(node);
        const refusal = specifier === undefined ? undefined : importRefusal(specifier, file);
        if (refusal) report(node, refusal);
        break;
      }
      case 'TSImportType': {
        const argument = node.argument;
        const literal = isNode(argument) && argument.type === 'TSLiteralType' ? argument.literal : argument;
        const specifier = isNode(literal) && typeof literal.value === 'string' ? literal.value : undefined;
        const refusal = specifier === undefined ? undefined : importRefusal(specifier, file);
        if (refusal) report(node, refusal);
        break;
      }
      case 'TSExternalModuleReference':
        report(
          node,
          '`import … = require(…)` loads a module at run time: the domain uses static imports only',
        );
        break;
      case 'Import':
        report(node, 'dynamic `import()` loads code at run time: the domain uses static imports only');
        break;
      case 'MetaProperty':
        report(node, '`import.meta` describes where the module is loaded from: the domain knows no files');
        break;
      case 'Identifier': {
        const name = String(node.name);
        const what = Object.hasOwn(FORBIDDEN_GLOBALS, name) ? FORBIDDEN_GLOBALS[name] : undefined;
        if (what && (!parent || isReference(parent, key))) {
          report(node, `uses the global \`${name}\` (${what}): the domain does no I/O; do it at the edges`);
        }
        break;
      }
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (childKey === 'loc' || childKey === 'leadingComments' || childKey === 'trailingComments') continue;
      const children = Array.isArray(child) ? child : [child];
      for (const c of children) visit(c, node, childKey);
    }
  };
  visit(ast.program, undefined, 'program');
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

/** A package the domain depends on at run time must be one it may import. */
export function dependencyRefusals(packageJson: string, file: string): Violation[] {
  const manifest: { dependencies?: Record<string, string> } = JSON.parse(packageJson);
  return Object.keys(manifest.dependencies ?? {})
    .filter((name) => !ALLOWED_PACKAGES.includes(name))
    .map((name) => ({
      file: relative(ROOT, file).split(sep).join('/'),
      line: 1,
      column: 1,
      message: `depends on '${name}': the domain may depend only on ${ALLOWED_PACKAGES.join(' and ')}`,
    }));
}

/** Checks every source file of the domain, and its package.json. */
export function checkDomain(dir = DOMAIN_SRC): Violation[] {
  const manifest = join(dir, '..', 'package.json');
  return [
    ...dependencyRefusals(readFileSync(manifest, 'utf8'), manifest),
    ...sourceFiles(dir).flatMap((file) => checkSource(readFileSync(file, 'utf8'), file)),
  ];
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}:${v.column} ${v.message}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violations = checkDomain();
  for (const v of violations) console.error(formatViolation(v));
  if (violations.length > 0) {
    console.error(`domain purity: ${violations.length} violation(s)`);
    process.exitCode = 1;
  } else {
    console.log('domain purity: packages/domain/src imports only its own files, decimal.js and zod');
  }
}
