/**
 * Names, templates, paths and temp-then-rename (SPEC 5). Each job lives in its own
 * module under src/files/; this file is the one import the rest of the program uses.
 *   names.ts     sanitising one name (pure)
 *   template.ts  the -o template and the -t prefix (pure)
 *   plan.ts      entry → absolute final path (pure)
 *   registry.ts  " (2)" for two songs on one path within a run (in memory)
 *   temp.ts      temp names, in-flight registry, crash leftovers (disk)
 *   commit.ts    exists / atomic no-clobber move (disk)
 *   dirs.ts      creating folders, also where Node's recursive mkdir would hang (disk)
 */
export { FALLBACK_NAME, MAX_NAME_BYTES, fitFileName, sanitizeName, truncateUtf8, utf8Length } from './files/names.js';
export type { SanitizeOptions } from './files/names.js';
export { TEMPLATE_VARIABLES, renderTemplate, templateDepth, templateValues, trackPrefix, validateTemplate } from './files/template.js';
export type { RenderOptions, TemplateVariable } from './files/template.js';
export { assertInside, collectionFolder, extensionFor, planPath } from './files/plan.js';
export type { PlanOptions } from './files/plan.js';
export { NameRegistry, nameNumber, numberedPath, pathKey } from './files/registry.js';
export {
  TEMP_MARKER,
  TempFiles,
  cleanupTemps,
  isTempName,
  parseTempName,
  removeTempsFor,
  tempBaseFor,
  tempPathFor,
} from './files/temp.js';
export type { CleanupOptions, TempName } from './files/temp.js';
export { commitFile, ensureParentDir, exists, moveFile, removeFile } from './files/commit.js';
export { CANNOT_CREATE, makeDirs } from './files/dirs.js';
export type { CommitResult } from './files/commit.js';
