import { compareOrdinal } from './core/private/compare';
import type { ErrorCodeDoc } from './core/errors';
import * as FOLDER_CATALOGUES from './error-code-folders';

/** One entry of the merged catalogue: what the code means, how to fix it, and the folder that defines it. */
export interface ErrorCatalogueEntry extends ErrorCodeDoc {
  /** The construct folder under lib/ whose `error-codes.ts` defines the code, e.g. `gpu-cluster`. */
  readonly folder: string;
}

/** One construct folder's catalogue. */
export interface FolderCatalogue {
  /** Folder under lib/, e.g. `core`, `vks-cluster`. */
  readonly folder: string;
  readonly codes: Readonly<Record<string, ErrorCodeDoc>>;
}

/** A code defined in more than one folder. */
export interface CatalogueDuplicate {
  readonly code: string;
  /** The folders defining it, the one whose entry is kept first. */
  readonly folders: readonly string[];
  /** True when every definition has the same meaning and fix (then it belongs once, in the most general folder). */
  readonly sameText: boolean;
}

/** Folders in order of generality: a code shared by several folders belongs in the first of them. */
const MOST_GENERAL_FIRST = ['core', 'addons'];

const SUFFIX = '_ERROR_CODES';

/** `GTM_FAILOVER_DOMAIN_ERROR_CODES` → `gtm-failover-domain`. */
export function folderOfExport(name: string): string | undefined {
  if (!name.endsWith(SUFFIX)) return undefined;
  return name.slice(0, -SUFFIX.length).toLowerCase().replace(/_/g, '-');
}

function rank(folder: string): number {
  const i = MOST_GENERAL_FIRST.indexOf(folder);
  return i < 0 ? MOST_GENERAL_FIRST.length : i;
}

/** Orders folders most general first (core, addons), then by name. */
export function sortFolders(folders: readonly FolderCatalogue[]): FolderCatalogue[] {
  return [...folders].sort((a, b) => rank(a.folder) - rank(b.folder) || compareOrdinal(a.folder, b.folder));
}

/**
 * Merges folder catalogues into one. A code defined twice keeps the entry of the most general
 * folder and is listed in `duplicates` (the catalogue test fails on any duplicate).
 */
export function mergeCatalogues(folders: readonly FolderCatalogue[]): {
  catalogue: Readonly<Record<string, ErrorCatalogueEntry>>;
  duplicates: CatalogueDuplicate[];
} {
  const catalogue: Record<string, ErrorCatalogueEntry> = {};
  const definedIn = new Map<string, { folder: string; doc: ErrorCodeDoc }[]>();
  for (const { folder, codes } of sortFolders(folders)) {
    for (const code of Object.keys(codes).sort()) {
      const doc = codes[code];
      definedIn.set(code, [...(definedIn.get(code) ?? []), { folder, doc }]);
      if (!(code in catalogue)) catalogue[code] = Object.freeze({ meaning: doc.meaning, fix: doc.fix, folder });
    }
  }
  const duplicates = [...definedIn]
    .filter(([, defs]) => defs.length > 1)
    .map(([code, defs]) => ({
      code,
      folders: defs.map((d) => d.folder),
      sameText: defs.every((d) => d.doc.meaning === defs[0].doc.meaning && d.doc.fix === defs[0].doc.fix),
    }));
  const sorted: Record<string, ErrorCatalogueEntry> = {};
  for (const code of Object.keys(catalogue).sort()) sorted[code] = catalogue[code];
  return { catalogue: Object.freeze(sorted), duplicates };
}

/** Every construct folder's catalogue, most general first (see lib/error-code-folders.ts). */
export const ERROR_CATALOGUE_FOLDERS: readonly FolderCatalogue[] = sortFolders(
  Object.entries(FOLDER_CATALOGUES as Record<string, Readonly<Record<string, ErrorCodeDoc>>>)
    .flatMap(([name, codes]) => {
      const folder = folderOfExport(name);
      return folder === undefined ? [] : [{ folder, codes }];
    }),
);

const merged = mergeCatalogues(ERROR_CATALOGUE_FOLDERS);

/**
 * Every error code the library raises (`[CODE] prop: got <value>; <expected>`), with what it means,
 * how to fix it and the folder that defines it. Rendered as docs/errors.md by `npm run docs:errors`.
 */
export const ERROR_CATALOGUE: Readonly<Record<string, ErrorCatalogueEntry>> = merged.catalogue;

/** Codes defined in more than one folder (should be empty; the catalogue test reports each). */
export const ERROR_CATALOGUE_DUPLICATES: readonly CatalogueDuplicate[] = merged.duplicates;
