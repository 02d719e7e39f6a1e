import { describe, expect, it } from 'vitest';
import { dateAfterPublished } from '../../src/validate/rules/date-after-published.js';
import { dateBackwards } from '../../src/validate/rules/date-backwards.js';
import { dateInvalid } from '../../src/validate/rules/date-invalid.js';
import { dateSaidBeforeEvent } from '../../src/validate/rules/date-said-before-event.js';
import { runRule, SOURCE } from './harness.js';

/** A file with one event dated `date` and one claim about it, said on `said` when given. */
function withDates(date: string, said?: string, published = '2020-02-13'): string {
  return `${SOURCE.replace('2020-02-13', published)}events:
  - id: clash
    title: Clash at a checkpoint
    date: ${date}
claims:
  - id: one-killed
    event: clash
    about: number killed
    says: 1
${said === undefined ? '' : `    said: ${said}\n`}`;
}

describe('date/invalid', () => {
  it('reports a day that does not exist, on the date, with the last day of that month', () => {
    const [d, ...rest] = runRule(dateInvalid, withDates('2020-02-30'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'date/invalid', severity: 'error', line: 9, column: 11, endColumn: 21 });
    expect(d.message).toContain('"2020-02-30" is not a real date');
    expect(d.message).toContain('February 2020 has 29 days');
    expect(d.message).toContain('e.g. 2020-02-29');
  });

  it('knows 2019 had no February 29 and 2020 had one', () => {
    expect(runRule(dateInvalid, withDates('2019-02-29', undefined, '2020-02-13'))[0].message).toContain('February 2019 has 28 days');
    expect(runRule(dateInvalid, withDates('2020-02-29'))).toEqual([]);
  });

  it('reports month 13 and suggests the year-month-day order', () => {
    const [d] = runRule(dateInvalid, withDates('2020-13'));
    expect(d.message).toContain('there is no month 13');
    expect(d.message).toContain('year-month-day');
  });

  it('names the bad half of an interval', () => {
    const [d] = runRule(dateInvalid, withDates('2020-01-18/2020-01-32'));
    expect(d.message).toContain('its part "2020-01-32"');
    expect(d.message).toContain('January 2020 has 31 days');
  });

  it('checks the published date and said dates too', () => {
    const found = runRule(dateInvalid, withDates('2020-02-12', '2020-02-31', '2020-04-31'));
    expect(found.map((d) => d.line)).toEqual([4, 15]);
  });

  it('reports an unreadable date with the forms it accepts', () => {
    const [d] = runRule(dateInvalid, withDates('"12 Feb 2020"'));
    expect(d.message).toContain('expected a date like 2020-02-13, 2020-02 or 2020');
    expect(d.message).toContain('found "12 Feb 2020"');
  });

  it('accepts day, month, year, integer-year and interval dates', () => {
    for (const date of ['2020-02-12', '2020-02', '2020', '2020-01-18/2020-01-22', '2019-12/2020-01']) {
      expect(runRule(dateInvalid, withDates(date)), date).toEqual([]);
    }
  });

  it('leaves a backwards interval to date/backwards', () => {
    expect(runRule(dateInvalid, withDates('2020-01-22/2020-01-18'))).toEqual([]);
  });
});

describe('date/backwards', () => {
  it('reports an interval that ends before it starts, with the order fixed', () => {
    const [d, ...rest] = runRule(dateBackwards, withDates('2020-01-22/2020-01-18'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'date/backwards', severity: 'error', line: 9 });
    expect(d.message).toContain('Write the earlier date first: 2020-01-18/2020-01-22');
  });

  it('accepts a one-day interval and an interval inside one month', () => {
    expect(runRule(dateBackwards, withDates('2020-01-18/2020-01-18'))).toEqual([]);
    expect(runRule(dateBackwards, withDates('2020-01/2020-01-31'))).toEqual([]);
  });
});

describe('date/after-published', () => {
  it('reports an event dated after the article appeared', () => {
    const [d, ...rest] = runRule(dateAfterPublished, withDates('2020-02-14'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'date/after-published', severity: 'error', line: 9 });
    expect(d.message).toContain('event "clash" starts "2020-02-14", after the article was published (2020-02-13)');
  });

  it('reports a claim said after the article appeared, on its said date', () => {
    const [d] = runRule(dateAfterPublished, withDates('2020-02-12', '2020-02-20'));
    expect(d).toMatchObject({ line: 15 });
    expect(d.message).toContain('claim "one-killed" was said "2020-02-20"');
  });

  it('accepts an event on the day of publication, and an ongoing interval that began before it', () => {
    expect(runRule(dateAfterPublished, withDates('2020-02-13', '2020-02-13'))).toEqual([]);
    expect(runRule(dateAfterPublished, withDates('2020-02-01/2020-03-01'))).toEqual([]);
  });

  it('compares coarse dates by what they must mean, not by their first day', () => {
    // A month-precision publication date may be any day of February.
    expect(runRule(dateAfterPublished, withDates('2020-02-20', undefined, '2020-02'))).toEqual([]);
    expect(runRule(dateAfterPublished, withDates('2020-03', undefined, '2020-02'))).toHaveLength(1);
    // An event in 2020 need not be after an article of 2020-02-13.
    expect(runRule(dateAfterPublished, withDates('2020'))).toEqual([]);
  });

  it('says nothing when the published date itself is invalid', () => {
    expect(runRule(dateAfterPublished, withDates('2021-01-01', undefined, '2020-02-30'))).toEqual([]);
  });
});

describe('date/said-before-event', () => {
  it('warns when a claim was said before its event began', () => {
    const [d, ...rest] = runRule(dateSaidBeforeEvent, withDates('2020-02-12', '2020-02-10'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'date/said-before-event', severity: 'warning', line: 15 });
    expect(d.message).toContain('before its event "clash" began (2020-02-12)');
  });

  it('accepts a statement made on the day, or when either date is too coarse to tell', () => {
    expect(runRule(dateSaidBeforeEvent, withDates('2020-02-12', '2020-02-12'))).toEqual([]);
    expect(runRule(dateSaidBeforeEvent, withDates('2020-02', '2020-02-01'))).toEqual([]);
    expect(runRule(dateSaidBeforeEvent, withDates('2020-02-12', '2020-02'))).toEqual([]);
  });
});
