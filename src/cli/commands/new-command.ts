import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../read/display-path.js';
import { schemaPath, SCHEMAS } from '../../schema/schema-files.js';
import { oneLine } from '../../render/escape/terminal.js';
import { TargetExistsError, writeFileAtomic } from '../../write/write-file-atomic.js';
import { EXIT, UsageError, type Io } from '../io.js';

const INSTALLED_SCHEMA = join('node_modules', 'claimcheck', 'src', 'schema', SCHEMAS.claimFile.schema);

/**
 * The schema an editor should use for a file in `dir`, as a relative path: the project's own
 * installed claimcheck (node_modules/claimcheck) when there is one above `dir`, since that path
 * works on every clone of the project; else the schema of the claimcheck that is running.
 */
export function schemaHintFor(dir: string): string {
  let current = dir;
  for (;;) {
    const candidate = join(current, INSTALLED_SCHEMA);
    if (existsSync(candidate)) return relative(dir, candidate).split(sep).join('/');
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return relative(dir, schemaPath(SCHEMAS.claimFile)).split(sep).join('/');
}

/** The commented template claim file; it lints without errors, warning only where placeholders remain. */
export function claimFileTemplate(schemaHint: string): string {
  return `# yaml-language-server: $schema=${schemaHint}
#
# A claimcheck claim file: what one article says happened, and who, according to the article, said so.
# Replace every TODO, delete the optional lines you do not need, then run: claimcheck lint <this file>
# The line above points editors that use the YAML language server (VS Code's YAML extension, among
# others) at the claim file schema, so they check this file as you type and explain every field.
# It is a path relative to this file: fix it if you move the file.

source:
  # id: defaults to this file's name without .yaml; unique in the corpus
  outlet: TODO the publisher, e.g. Enab Baladi
  title: TODO the article's headline
  published: 2020-02-13 # TODO the publication date: YYYY-MM-DD, YYYY-MM or YYYY
  # url: https://example.org/the-article (lint warns while it is missing)
  # archive: ../articles/the-article.txt (a plain-text copy; every quote is checked against it)
  # author: TODO the author
  # language: en
  # lean: TODO how you characterise the outlet

# What happened, as this article tells it (optional). Ids: lowercase letters, digits and hyphens.
events:
  - id: todo-event
    title: TODO a short description, in your words
    date: 2020-02-12 # TODO or 2020-02, or an interval 2020-01-18/2020-01-22
    place: TODO most specific first
    actors: [TODO who took part]
    # key: a corpus-wide key; files that give the same key report the same event

# What the article asserts or reports: at least one claim.
claims:
  - id: todo-claim
    event: todo-event # leave out for a standing claim (a situation, not an incident)
    about: TODO the question the claim answers, e.g. identity of the man killed
    says: TODO the answer, e.g. civilian (text, a number, or true/false)
    by: TODO who makes the claim (leave out when it is the outlet itself)
    # via: [TODO intermediaries between the origin and this article]
    quote: TODO the article's own words that carry the claim, verbatim
    # hedged: true (reported with reservation: "reportedly", "allegedly")
    # said: 2020-02-12 (when the origin made the claim)
    # note: TODO your remark
`;
}

// Why the folders of a new file cannot be made.
function mkdirProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'part of its path is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  return error instanceof Error ? error.message : String(error);
}

/** Runs `claimcheck new FILE [--force]`: writes a template claim file, never over an existing one unless forced. */
export async function newCommand(target: unknown, options: Record<string, unknown>, io: Io): Promise<number> {
  if (typeof target !== 'string' || target.trim() === '') {
    throw new UsageError('claimcheck new needs the path of the file to create, e.g. claimcheck new claims/rudaw-2020-01-21-patrol.yaml');
  }
  const absolute = resolve(io.cwd, target);
  const shown = oneLine(displayPath(io.cwd, absolute));
  const force = options.force === true;
  const exists = `${shown} already exists; choose another name, or add --force to overwrite it`;
  if (existsSync(absolute) && !force) throw new UsageError(exists);
  try {
    await mkdir(dirname(absolute), { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${shown}: ${mkdirProblem(error)}`);
  }
  try {
    // Without --force the file is linked into place, which fails if another run created it meanwhile.
    await writeFileAtomic(absolute, claimFileTemplate(schemaHintFor(dirname(absolute))), { inputs: [], displayPath: shown, overwrite: force });
  } catch (error) {
    throw error instanceof TargetExistsError ? new UsageError(exists) : error;
  }
  io.stdout.write(`created ${shown}: replace its TODOs, then run claimcheck lint ${shown}\n`);
  return EXIT.ok;
}
