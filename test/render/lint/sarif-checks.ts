// The checks of Microsoft's SARIF multitool validator (sarif-sdk, `Sarif.Multitool validate`) that
// apply to what claimcheck writes, restated for tests: the SARIF1xxx errors and the SARIF2xxx
// warnings and notes it can satisfy. Each finding names the multitool rule it stands for.

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

// RFC 3986 URI reference: allowed characters only, every `%` starting an escape.
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// SARIF2012: a friendly name is a Pascal identifier (the multitool's own pattern).
const PASCAL = /^(\p{Lu}[\p{Ll}\p{Nd}]+)*$/u;

function isAbsoluteUri(uri: string): boolean {
  return SCHEME.test(uri);
}

function validUriReference(uri: string): boolean {
  if (!URI_REFERENCE.test(uri)) return false;
  // A relative reference whose first segment has a colon would read as a scheme.
  if (!isAbsoluteUri(uri) && /^[^/?#]*:/.test(uri)) return false;
  return true;
}

/** Every multitool finding for a SARIF log, as `RULE: where: what`; empty when it passes. */
export function multitoolFindings(log: Json): string[] {
  const findings: string[] = [];
  const report = (rule: string, where: string, what: string) => findings.push(`${rule}: ${where}: ${what}`);
  const checkUri = (uri: unknown, where: string) => {
    if (typeof uri !== 'string') return;
    if (!validUriReference(uri)) report('SARIF1002', where, `'${uri}' is not a valid URI reference`);
    if (/^file:/i.test(uri) && uri.split('/').includes('..')) report('SARIF1002', where, `file URI '${uri}' has a '..' segment`);
  };

  if (log.$schema === undefined) report('SARIF2008', '$schema', 'no $schema');
  else if (!/2\.1\.0(\.json)?$/.test(log.$schema)) report('SARIF1011', '$schema', `'${log.$schema}' is not the final 2.1.0 schema`);
  checkUri(log.$schema, '$schema');

  (log.runs ?? []).forEach((run: Json, r: number) => {
    const at = `runs[${r}]`;
    const driver = run.tool?.driver ?? {};
    const rules: Json[] = driver.rules ?? [];
    const artifacts: Json[] = run.artifacts ?? [];

    // SARIF2005: a short tool name and a version that starts with a number.
    if (String(driver.name).trim().split(/\s+/).length > 3) report('SARIF2005', `${at}.tool.driver.name`, 'more than three words');
    if (driver.version === undefined && driver.semanticVersion === undefined) report('SARIF2005', `${at}.tool.driver`, 'no version');
    if (driver.version !== undefined && !/^\d/.test(driver.version)) report('SARIF2005', `${at}.tool.driver.version`, 'not numeric');
    for (const key of ['informationUri', 'downloadUri']) {
      if (driver[key] === undefined) continue;
      checkUri(driver[key], `${at}.tool.driver.${key}`);
      if (!isAbsoluteUri(driver[key])) report('SARIF1005', `${at}.tool.driver.${key}`, 'must be absolute');
    }

    rules.forEach((rule: Json, i: number) => {
      const where = `${at}.tool.driver.rules[${i}]`;
      if (rule.name !== undefined && rule.name === rule.id) report('SARIF1001', where, 'name equals id');
      if (!rule.name) report('SARIF2012', where, 'no friendly name');
      else if (!PASCAL.test(rule.name)) report('SARIF2012', `${where}.name`, `'${rule.name}' is not a Pascal identifier`);
      if (rule.helpUri === undefined) report('SARIF2012', where, 'no helpUri');
      else {
        checkUri(rule.helpUri, `${where}.helpUri`);
        if (!isAbsoluteUri(rule.helpUri)) report('SARIF1005', `${where}.helpUri`, 'must be absolute');
      }
      for (const [key, message] of Object.entries<Json>(rule.messageStrings ?? {})) {
        if (!String(message.text).endsWith('.')) report('SARIF2001', `${where}.messageStrings.${key}`, 'no final period');
      }
    });
    // SARIF2004: a rules or artifacts array that says nothing beyond ids or locations.
    if (rules[0] && Object.keys(rules[0]).length === 1) report('SARIF2004', `${at}.tool.driver.rules`, 'id-only rules');
    if (artifacts[0] && Object.keys(artifacts[0]).length === 1 && artifacts[0].location) {
      report('SARIF2004', `${at}.artifacts`, 'location-only artifacts');
    }

    for (const [name, base] of Object.entries<Json>(run.originalUriBaseIds ?? {})) {
      const where = `${at}.originalUriBaseIds.${name}`;
      checkUri(base.uri, `${where}.uri`);
      if (base.uriBaseId === undefined && !isAbsoluteUri(base.uri)) report('SARIF1004', where, 'top-level base is not absolute');
      if (!String(base.uri).endsWith('/')) report('SARIF1004', where, 'does not end with a slash');
      if (String(base.uri).split('/').includes('..')) report('SARIF1004', where, 'has a .. segment');
      if (/[?#]/.test(base.uri)) report('SARIF1004', where, 'has a query or fragment');
    }

    const checkArtifactLocation = (location: Json, where: string) => {
      checkUri(location.uri, `${where}.uri`);
      if (location.uriBaseId !== undefined) {
        if (isAbsoluteUri(location.uri)) report('SARIF1004', where, 'uriBaseId with an absolute uri');
        if (!(location.uriBaseId in (run.originalUriBaseIds ?? {}))) report('SARIF1004', where, `unknown uriBaseId ${location.uriBaseId}`);
      } else if (/^file:/i.test(location.uri)) report('SARIF2016', where, 'absolute file URI');
      if (location.index !== undefined) {
        if (location.index >= artifacts.length) report('SARIF1009', `${where}.index`, 'past the end of run.artifacts');
        else if (artifacts[location.index].location?.uri !== location.uri) report('SARIF1009', `${where}.index`, 'names another artifact');
      }
    };
    artifacts.forEach((artifact: Json, i: number) => checkArtifactLocation(artifact.location ?? {}, `${at}.artifacts[${i}].location`));

    (run.results ?? []).forEach((result: Json, i: number) => {
      const where = `${at}.results[${i}]`;
      if (result.ruleId === undefined && result.rule?.id === undefined) report('SARIF1010', where, 'no ruleId');
      if (result.ruleIndex !== undefined) {
        if (result.ruleIndex >= rules.length) report('SARIF1009', `${where}.ruleIndex`, 'past the end of the rules');
        else if (rules[result.ruleIndex].id !== result.ruleId) report('SARIF1010', where, 'ruleId differs from the indexed rule');
      }
      if (result.message?.text !== undefined && !String(result.message.text).endsWith('.')) {
        report('SARIF2001', `${where}.message.text`, 'no final period');
      }
      (result.locations ?? []).forEach((location: Json, j: number) => {
        const physical = location.physicalLocation ?? {};
        checkArtifactLocation(physical.artifactLocation ?? {}, `${where}.locations[${j}].physicalLocation.artifactLocation`);
        const region = physical.region;
        if (physical.contextRegion && !region) report('SARIF1008', `${where}.locations[${j}]`, 'contextRegion without region');
        if (!region) return;
        const rWhere = `${where}.locations[${j}].physicalLocation.region`;
        if (region.startLine === undefined && region.charOffset === undefined && region.byteOffset === undefined) {
          report('SARIF1007', rWhere, 'no start');
        }
        const endLine = region.endLine ?? region.startLine;
        if (endLine < region.startLine) report('SARIF1007', rWhere, 'endLine before startLine');
        if (endLine === region.startLine && region.endColumn !== undefined && region.endColumn < (region.startColumn ?? 1)) {
          report('SARIF1007', rWhere, 'endColumn before startColumn');
        }
      });
    });
  });
  return findings;
}
