import type { RuleMeta } from './rule.js';
import { rules } from './rules/index.js';

type Entries = [id: string, description: string][];

const error = (entries: Entries): RuleMeta[] => entries.map(([id, description]) => ({ id, severity: 'error', description }));
const warning = (entries: Entries): RuleMeta[] => entries.map(([id, description]) => ({ id, severity: 'warning', description }));

// Reading files (src/read/).
const FILE_RULES = [
  ...error([
    ['file/empty', 'The file is empty or holds only white space.'],
    ['file/encoding', 'The file is not UTF-8 text.'],
    ['file/binary', 'The file holds binary data, not YAML text.'],
    ['file/too-large', 'The file is larger than maxFileSize and was not read.'],
    ['file/unreadable', 'The file cannot be read.'],
  ]),
  ...warning([
    ['file/broken-link', 'A symbolic link in the corpus leads nowhere; it was skipped.'],
    ['file/unused-config', 'A configuration file in the corpus is not the one read (it is in a folder below, or named claimcheck.yml).'],
  ]),
];

// The YAML parser's error codes (eemeli/yaml), plus the guards parseYaml adds.
const YAML_RULES = [
  ...error([
    ['yaml/ALIAS_PROPS', 'An alias cannot have an anchor or a tag.'],
    ['yaml/BAD_ALIAS', 'An alias refers to no anchor, or to the value that contains it.'],
    ['yaml/BAD_COLLECTION_TYPE', 'A collection has the wrong type for its tag.'],
    ['yaml/BAD_DIRECTIVE', 'A % directive is malformed.'],
    ['yaml/BAD_DQ_ESCAPE', 'A double-quoted text has an invalid \\ escape.'],
    ['yaml/BAD_INDENT', 'A line is indented wrongly for its place in the structure.'],
    ['yaml/BAD_PROP_ORDER', 'An anchor or tag is in the wrong place.'],
    ['yaml/BAD_SCALAR_START', 'A plain value starts with a character YAML reserves (@, `, …).'],
    ['yaml/BLOCK_AS_IMPLICIT_KEY', 'A nested mapping starts where it cannot, usually a value with ": " in it.'],
    ['yaml/BLOCK_IN_FLOW', 'A block collection is inside [ ] or { }.'],
    ['yaml/DUPLICATE_KEY', 'A mapping sets the same key twice.'],
    ['yaml/IMPOSSIBLE', 'The parser reached a state that should not occur.'],
    ['yaml/KEY_OVER_1024_CHARS', 'A key is longer than 1024 characters, usually a missing ":".'],
    ['yaml/MISSING_CHAR', 'A closing quote, bracket, ":" or "-" is missing.'],
    ['yaml/MULTILINE_IMPLICIT_KEY', 'A key runs over several lines.'],
    ['yaml/MULTIPLE_ANCHORS', 'A value has two anchors.'],
    ['yaml/MULTIPLE_DOCS', 'The file holds more than one YAML document.'],
    ['yaml/MULTIPLE_TAGS', 'A value has two tags.'],
    ['yaml/NON_STRING_KEY', 'A key is not a plain value.'],
    ['yaml/RESOURCE_EXHAUSTION', 'Aliases expand too far, or the file is too large to read safely.'],
    ['yaml/TAB_AS_INDENT', 'A tab is used for indentation.'],
    ['yaml/UNEXPECTED_TOKEN', 'Unexpected text, such as words after a closing quote.'],
    ['yaml/too-deep', 'Collections are nested deeper than is safe to read.'],
  ]),
  ...warning([['yaml/TAG_RESOLVE_FAILED', 'A YAML tag is unknown and was ignored.']]),
];

// The JSON Schema of claim files (src/schema/claim-file.schema.json).
const SCHEMA_RULES = error([
  ['schema/required', 'A required field is missing.'],
  ['schema/unknown-field', 'A field is not part of the claim file format (a typo must not pass silently).'],
  ['schema/type', 'A value has the wrong type: text, a number, a list or a mapping where another is expected.'],
  ['schema/format', 'A value has the wrong form: an id, a date, a URL or a language tag.'],
  ['schema/size', 'A list or text is shorter or longer than allowed.'],
  ['schema/range', 'A number is out of range.'],
  ['schema/enum', 'A value is not one of those allowed.'],
]);

// The corpus configuration (claimcheck.yaml); its problems stop the run, reported in the same way.
const CONFIG_RULES = error([['config/alias-conflict', 'An alias makes name normalisation ambiguous.']]);

/** Metadata of every rule that can report, sorted by id: file, YAML, schema and configuration checks, and the lint rules. */
export function allRuleMeta(): RuleMeta[] {
  const lintRules = rules.map(({ id, severity, description }) => ({ id, severity, description }));
  return [...FILE_RULES, ...YAML_RULES, ...SCHEMA_RULES, ...CONFIG_RULES, ...lintRules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
