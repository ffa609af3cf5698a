// Time expressions of news English (issue 11): chrono-node plus the drafter's rules, resolved
// against the publication date into EDTF with the words as written. Short sentences of our own.
import { describe, expect, it } from 'vitest';
import { draftTimes } from '../../src/draft/times.js';
import { edtfBounds } from '../../src/load/time-bounds.js';

const REF = new Date('2021-03-11'); // a Thursday
const times = async (text: string, ref = REF) => (await draftTimes(text, ref)).map((t) => [t.expression, t.edtf]);

describe('draftTimes', () => {
  const cases: [string, string, [string, string][]][] = [
    ['a range in a heading, without its line break', 'Trade talks end Feb. 3-4\n\nBody text.', [['Feb. 3-4', '2021-02-03/2021-02-04']]],
    ['a day range across months', 'The summit on April 30-May 2 ended.', [['April 30-May 2', '2021-04-30/2021-05-02']]],
    ['a month day, nearest year', 'The vote is set for Nov. 3.', [['Nov. 3', '2020-11-03']]],
    [
      'a weekday range with its dates in brackets: one expression',
      'The ministers met from Monday to Tuesday (March 8-9) in Rome.',
      [['Monday to Tuesday (March 8-9)', '2021-03-08/2021-03-09']],
    ],
    ['a weekday range alone, in the past', 'The ministers met Monday to Tuesday in Rome.', [['Monday to Tuesday', '2021-03-08/2021-03-09']]],
    ['a weekday in a future clause: the coming one', 'The talks will resume on Monday.', [['on Monday', '2021-03-15']]],
    ['a weekday in a past clause: the last one', 'The two sides met on Monday.', [['on Monday', '2021-03-08']]],
    ['weekdays of the week named', 'They will meet Monday to Wednesday next week.', [['Monday to Wednesday next week', '2021-03-15/2021-03-17']]],
    [
      'this, last and next week: Monday to Sunday',
      'Officials met last week, talk this week and meet next week.',
      [
        ['last week', '2021-03-01/2021-03-07'],
        ['this week', '2021-03-08/2021-03-14'],
        ['next week', '2021-03-15/2021-03-21'],
      ],
    ],
    [
      'thirds of a month, approximate',
      'Talks resume in early April, mid-May and late June.',
      [
        ['early April', '2021-04-01~/2021-04-10~'],
        ['mid-May', '2021-05-11~/2021-05-20~'],
        ['late June', '2021-06-21~/2021-06-30~'],
      ],
    ],
    ['before the end of the year: open start', 'A deal is due before the end of the year.', [['before the end of the year', '../2021-12-31']]],
    [
      'by the end of next month: one expression, not also "next month"',
      'A deal is due by the end of next month.',
      [['by the end of next month', '../2021-04-30']],
    ],
    ['by the end of next year', 'Troops leave by the end of next year.', [['by the end of next year', '../2022-12-31']]],
    ['earlier this month: its start to the reference', 'They met earlier this month.', [['earlier this month', '2021-03-01/2021-03-11']]],
    ['later this month: the reference to its end', 'The deal will be signed later this month.', [['later this month', '2021-03-11/2021-03-31']]],
    ['within a number of weeks', 'The plan will be ready within two weeks.', [['within two weeks', '2021-03-11/2021-03-25']]],
    ['within a number of days, in digits', 'A ceasefire is expected within 10 days.', [['within 10 days', '2021-03-11/2021-03-21']]],
    ['the past weeks: back to the reference', 'Fighting over the past three weeks killed dozens.', [['the past three weeks', '2021-02-18/2021-03-11']]],
    ['a bare year after a preposition', 'Trade fell in 2020.', [['in 2020', '2020']]],
    ['since a year: from then, ongoing', 'The rebels have held the town since 2016.', [['since 2016', '2016/..']]],
    ['next year', 'Elections are due next year.', [['next year', '2022']]],
    ['a full date keeps its year', 'It happened on Sept. 11, 2001.', [['Sept. 11, 2001', '2001-09-11']]],
  ];
  for (const [name, text, want] of cases) it(name, async () => expect(await times(text)).toEqual(want));

  it('every EDTF it drafts is valid and spans match the words', async () => {
    const text = cases.map((c) => c[1]).join(' ');
    for (const t of await draftTimes(text, REF)) {
      expect(edtfBounds(t.edtf), t.edtf).toBeDefined();
      expect(text.slice(t.span.start, t.span.end)).toBe(t.expression);
    }
  });

  it('leaves alone what is not a time: a bare number, "may", a year in a range of seasons', async () => {
    expect(await times('Officials may meet 12 delegates in the 2019-20 season.')).toEqual([]);
  });
});
