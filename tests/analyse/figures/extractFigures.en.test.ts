import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/ingest/ingest.js';
import { extractFigures } from '../../../src/analyse/figures/extractFigures.js';
import { figuresOf, summarise } from './figuresOf.js';

const en = (body: string, date?: string) => summarise(figuresOf(body, 'en', date));

describe('English figures', () => {
  it('reads thousands and decimals', () => {
    expect(en('The city hired 8,000 teachers.')).toEqual(['8,000 teachers = 8000 teachers']);
    expect(en('The country has 1,200,000 inhabitants.')).toEqual(['1,200,000 inhabitants = 1200000 people']);
    expect(en('Prices rose 1.5 percent.')).toEqual(['1.5 percent = 1.5 percent']);
  });

  it('reads percentages, signs and points', () => {
    expect(en('Sales fell 15.2% last year.')).toEqual(['15.2% = 15.2 percent']);
    expect(en('The index closed at -3.5%.')).toEqual(['-3.5% = -3.5 percent']);
    expect(en('Turnout was 46 per cent.')).toEqual(['46 per cent = 46 percent']);
    expect(en('Rates rose by 2 percentage points.')).toEqual(['2 percentage points = 2 percent']);
  });

  it('reads ranges as [low, high]', () => {
    expect(en('The work will take 8-10 years.')).toEqual(['8-10 years = [8,10] years']);
    expect(en('The study covers 2000 - 2050.')).toEqual(['2000 - 2050 = [2000,2050] year']);
    expect(en('Ozone fell from 1980 to 2012.')).toEqual(['1980 to 2012 = [1980,2012] year']);
    expect(en('Between 60 and 70 percent agreed.')).toEqual(['60 and 70 percent = [60,70] percent']);
    expect(en('The club hopes to sign one or two players.')).toEqual(['one or two players = [1,2] players']);
    expect(en('Repairs need 3 or 4 weeks.')).toEqual(['3 or 4 weeks = [3,4] weeks']);
    expect(en('It opens in 2014 or 2015.')).toEqual(['2014 = 2014 year', '2015 = 2015 year']);
  });

  it('reads number words, dozen and half', () => {
    expect(en('Six shells hit the area and one shell fell short.')).toEqual(['Six shells = 6 shells', 'one shell = 1 shells']);
    expect(en('Twenty-five students passed.')).toEqual(['Twenty-five students = 25 students']);
    expect(en('A dozen eggs were broken.')).toEqual(['A dozen eggs = 12 eggs']);
    expect(en('Half of the staff left.')).toEqual(['Half = 0.5 fraction']);
    expect(en('Sales fell by nearly half, and rents by about half as much.')).toEqual([
      'half = 0.5 fraction (nearly)',
      'half = 0.5 fraction (about)',
    ]);
    expect(en('The debate lasted about half an hour.')).not.toContain('half = 0.5 fraction (about)');
    expect(en('The boat was turned around twice.')).toEqual(['twice = 2 times']);
    expect(en('The mass is 133 times that of a proton.')).toEqual(['133 times = 133 times']);
  });

  it('reads scales: thousand, million, billion, bn, m, k', () => {
    expect(en('Three thousand fans came.')).toEqual(['Three thousand fans = 3000 fans']);
    expect(en('A model with 340 million parameters.')).toEqual(['340 million parameters = 340000000 parameters']);
    expect(en('Microsoft invested $13bn, then £3m and $1.5 billion.')).toEqual([
      '$13bn = 13000000000 USD',
      '£3m = 3000000 GBP',
      '$1.5 billion = 1500000000 USD',
    ]);
    expect(en('The grant is worth $450k.')).toEqual(['$450k = 450000 USD']);
  });

  it('reads money in words, codes and symbols', () => {
    expect(en('They paid 700,000 euros and USD 5 million.')).toEqual(['700,000 euros = 700000 EUR', 'USD 5 million = 5000000 USD']);
    expect(en('It cost 2 billion dollars.')).toEqual(['2 billion dollars = 2000000000 USD']);
    expect(en('Tickets cost €25.')).toEqual(['€25 = 25 EUR']);
    expect(en('The bridge cost HK$4 billion, not 300 million Canadian dollars.')).toEqual([
      'HK$4 billion = 4000000000 HKD',
      '300 million Canadian dollars = 300000000 CAD',
    ]);
  });

  it('reads durations', () => {
    expect(en('It took 30 years.')).toEqual(['30 years = 30 years']);
    expect(en('It lasted three weeks.')).toEqual(['three weeks = 3 weeks']);
    expect(en('They waited a decade.')).toEqual(['a decade = 1 decades']);
    expect(en('The ultimatum ends within 48 hours.')).toEqual(['48 hours = 48 hours']);
    expect(en('Broadcasts resumed after an 11-year lull.')).toEqual(['11-year = 11 years']);
  });

  it('reads a number and its unit compounded into an adjective', () => {
    expect(en('The agency released a 131-page report.')).toEqual(['131-page = 131 pages']);
    expect(en('A 20-member panel and a 19-year-old student.')).toEqual(['20-member = 20 members', '19-year-old = 19 years']);
    expect(en('Their eight-month-old son was ill.')).toEqual(['eight-month-old = 8 months']);
    expect(en('Recruits sign a billion-year pledge.')).toEqual(['billion-year = 1000000000 years']);
    expect(en('Exports grew 12-fold.')).toEqual(['12-fold = 12 times']);
    expect(en('About two-thirds of voters and a million-dollar house.')).toEqual([
      'two-thirds = 0.6666666666 fraction (about)',
      'million-dollar = 1000000 USD',
    ]);
    expect(en('The twenty-first game was a one-sided match on a two-way street.')).toEqual([]);
  });

  it('reads an age in apposition to a name or after "aged", in years', () => {
    expect(en('Anna Berg, 58, and her brother Olaf Berg, 61, testified.')).toEqual(['58 = 58 years', '61 = 61 years']);
    expect(en('The driver, aged 27, was unhurt.')).toEqual(['27 = 27 years']);
    expect(en('In March, 40 people left; in Oslo, 40 more.')).toEqual(['40 people = 40 people', '40 more = 40 people']);
  });

  it('reads multiples before their comparison or after "multiplied by", and frequencies as times too', () => {
    expect(en('Output was multiplied by 6 and is four times the level of 2001.')).toEqual(['6 = 6 times', 'four times = 4 times', '2001 = 2001 year']);
    expect(en('He was fined three times and warned twice.')).toEqual(['three times = 3 times', 'twice = 2 times']);
    expect(figuresOf('He was fined three times, in 2019.', 'en').map((f) => `${f.surface} ${f.key}`)).toEqual(['three times false', '2019 true']);
  });

  it('reads a rank after "number", "No." or "#", not after a name', () => {
    expect(en('The song climbed to number 4, then No. 1; the team is #2.')).toEqual(['number 4 = 4 rank', 'No. 1 = 1 rank', '#2 = 2 rank']);
    expect(en('Gate number 4 and Flight No. 9 were closed.')).toEqual([]);
  });

  it('reads a proportion as a fraction, not as a count', () => {
    expect(en('One in four voters stayed home.')).toEqual(['One in four voters = 0.25 fraction']);
    expect(en('Nearly 3 out of 4 people agree.')).toEqual(['3 out of 4 people = 0.75 fraction (nearly)']);
    expect(en('Four in 10 days.')).toEqual(['10 days = 10 days']);
  });

  it('reports a day and month it leaves out when the article has no date to give the year', () => {
    const undated = extractFigures(ingestText('t.txt', 'Titre\n\nThe vote took place on July 3.', { lang: 'en' }));
    expect(undated.figures).toEqual([]);
    expect(undated.diagnostics.map((d) => [d.code, d.source?.line])).toEqual([['figure.date-without-year', 3]]);
    expect(undated.diagnostics[0]!.message).toContain('"July 3"');
    const dated = extractFigures(ingestText('t.txt', 'Titre\n\nFriday, June 26, 2012\n\nThe vote took place on July 3.', { lang: 'en' }));
    expect([dated.figures.length, dated.diagnostics.length]).toEqual([1, 0]);
  });

  it('reads years and dates, completing the year from the article date', () => {
    expect(en('The paper was published in 1989.')).toEqual(['1989 = 1989 year']);
    expect(en('It happened on March 4, 2011.')).toEqual(['March 4, 2011 = "2011-03-04" date']);
    expect(en('The broadcasts began on August 10.', 'Friday, August 21, 2015')).toEqual(['August 10 = "2015-08-10" date']);
    expect(en('It opened on 4 July 2012.')).toEqual(['4 July 2012 = "2012-07-04" date']);
    expect(en('The vote is due in June 2016.')).toEqual(['June 2016 = "2016-06" date']);
  });

  it('reads counts with the counted noun', () => {
    expect(en('Fishermen rescued 900 asylum seekers.')).toEqual(['900 asylum seekers = 900 people']);
    expect(en('Police arrested 12 protesters and 3 more.')).toEqual(['12 protesters = 12 protesters', '3 more = 3 protesters']);
    expect(en('Officials evacuated 80 people.')).toEqual(['80 people = 80 people']);
  });

  it('keeps qualifiers out of the surface', () => {
    expect(en('They rescued over 700 migrants.')).toEqual(['700 migrants = 700 people (more than)']);
    expect(en('About 80 people left.')).toEqual(['80 people = 80 people (about)']);
    expect(en('Nearly 3 million euros were stolen.')).toEqual(['3 million euros = 3000000 EUR (nearly)']);
    expect(en('More than $13bn was spent.')).toEqual(['$13bn = 13000000000 USD (more than)']);
    expect(en('At least one shell landed.')).toEqual(['one shell = 1 shells (at least)']);
    expect(en('Almost 90 percent agreed.')).toEqual(['90 percent = 90 percent (almost)']);
    expect(en('It took 6 months or more.')).toEqual(['6 months = 6 months (at least)']);
  });

  it('gives a bare number the unit of its sentence’s last count or amount', () => {
    expect(en('The quake killed at least 250 people and injured more than 360.')).toEqual([
      '250 people = 250 people (at least)',
      '360 = 360 people (more than)',
    ]);
    expect(en('Sales reached between $50bn and $53bn.')).toEqual(['$50bn and $53bn = [50000000000,53000000000] USD']);
  });

  it('reads a bare count whose noun a word before it implies', () => {
    expect(en('The blast killed 12 and injured at least 30; the toll could have been over a thousand.')).toEqual([
      '12 = 12 people',
      '30 = 30 people (at least)',
      'a thousand = 1000 people (more than)',
    ]);
    expect(en('A jury of twelve, chosen in May, heard it; a team of 20 engineers helped.')).toEqual([
      'twelve = 12 members',
      '20 engineers = 20 engineers',
    ]);
    expect(en('The team of engineers found 3 flaws in 2015.')).toEqual(['3 flaws = 3 flaws', '2015 = 2015 year']);
  });

  it('reads a count spelled in a compound adjective of a listed noun', () => {
    expect(en('A four-nation summit and a three-judge panel met.')).toEqual(['four-nation = 4 nations', 'three-judge = 3 judges']);
  });

  it('reads a count whose noun a name or acronym qualifies, never after a year', () => {
    expect(en('Over 120 Kenyan runners started and 12 FIFA officials watched.')).toEqual([
      '120 Kenyan runners = 120 runners (more than)',
      '12 FIFA officials = 12 officials',
    ]);
    expect(en('The band sold 40 EU tickets.')).toEqual(['40 EU tickets = 40 tickets']);
    expect(en('In 2015 Syrian refugees arrived.')).toEqual(['2015 = 2015 year']);
  });

  it('leaves out what is not a figure', () => {
    expect(en('Revenue rose 2% from a year earlier.')).toEqual(['2% = 2 percent']);
    expect(en('The plan will cost $2bn over 10 years.')).toEqual(['$2bn = 2000000000 USD', '10 years = 10 years']);
    expect(en('One Rohingya said one of the boats sank.')).toEqual([]);
    expect(en('Asked again, the voters said no.')).toEqual([]);
    expect(en('One reader wrote that if one team cheats, both lose.')).toEqual([]);
    expect(en('One person died and one car burned; two cars were towed.')).toEqual([
      'One person = 1 people',
      'one car = 1 cars',
      'two cars = 2 cars',
    ]);
    expect(en('Shells hit posts 542 and 543 and Windows 95 crashed.')).toEqual([]);
    expect(en('The meeting starts at 10:30, or at 3 p.m.')).toEqual([]);
    expect(en('A boat and a model in the 1990s, with 3D and G7 talks.')).toEqual([]);
    expect(en('Dozens of rounds and thousands of people.')).toEqual([]);
  });
});
