import { describe, expect, it } from 'vitest';
import { unusedConfigs } from '../../src/config/unused-configs.js';

const file = (path: string, display: string) => ({ path, display });
const found = (path: string, display: string) => ({ path, display, explicit: false });

describe('unusedConfigs', () => {
  it('warns about each configuration found in the corpus but the one read, once each', () => {
    const used = found('/corpus/claimcheck.yaml', 'claimcheck.yaml');
    const inCorpus = [used, file('/corpus/claims/claimcheck.yaml', 'claims/claimcheck.yaml'), file('/corpus/claims/claimcheck.yaml', 'link/claimcheck.yaml')];
    const warnings = unusedConfigs(inCorpus, used);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'claims/claimcheck.yaml', line: 1, column: 1, severity: 'warning', rule: 'file/unused-config' });
    expect(warnings[0].message).toContain('claimcheck.yaml is read instead');
    expect(warnings[0].message).toContain('--config claims/claimcheck.yaml');
  });

  it('says how to use one below the folder when none is read, and to rename a claimcheck.yml', () => {
    const warnings = unusedConfigs([file('/c/claims/claimcheck.yaml', 'claims/claimcheck.yaml'), file('/c/claimcheck.yml', 'claimcheck.yml')], undefined);
    expect(warnings.map((w) => w.file)).toEqual(['claims/claimcheck.yaml', 'claimcheck.yml']);
    expect(warnings[0].message).toMatch(/not below it; give --config claims\/claimcheck\.yaml/);
    expect(warnings[1].message).toMatch(/only a file named claimcheck\.yaml; rename it/);
  });

  it('names the configuration given with --config as the one read', () => {
    const given = { path: '/c/other.yaml', display: 'other.yaml', explicit: true };
    const [warning] = unusedConfigs([file('/c/claimcheck.yaml', 'claimcheck.yaml')], given);
    expect(warning.message).toBe('this configuration is not used: other.yaml, given with --config, is read instead.');
  });

  it('says nothing when the configuration found is the one read', () => {
    const used = found('/c/claimcheck.yaml', 'claimcheck.yaml');
    expect(unusedConfigs([used], used)).toEqual([]);
    expect(unusedConfigs([], undefined)).toEqual([]);
  });
});
