import { describe, expect, it } from 'vitest';
import { attributed, quotesOf } from './helpers.js';

describe('English attribution rules', () => {
  it('reads "…," said Smith', () => {
    expect(attributed('en', '"The bridge will reopen before winter," said Laura Bennett, the city engineer.'))
      .toEqual([['Laura Bennett', 'The bridge will reopen before winter,']]);
  });

  it('reads "…," Smith said, with the surname mapped to the full name', () => {
    expect(attributed('en', 'Coach Daniel Harper watched the rain from the bench. "We will play on any pitch they give us," Harper said.'))
      .toEqual([['Daniel Harper', 'We will play on any pitch they give us,']]);
  });

  it('reads "…", he added, after the person named before', () => {
    expect(attributed('en', 'Tom Reyes sold the farm in May. "Nobody in my family wanted to keep milking cows", he added.'))
      .toEqual([['Tom Reyes', 'Nobody in my family wanted to keep milking cows']]);
  });

  it('takes the speaker before the quote: X said, "…"', () => {
    expect(attributed('en', 'Nadia Cole, the head of the port authority, said, "Every container is checked twice now".'))
      .toEqual([['Nadia Cole', 'Every container is checked twice now']]);
  });

  it('reads according to X', () => {
    expect(attributed('en', 'According to the union leader Mike Dawson, the strike is "the only language the board understands".'))
      .toEqual([['Mike Dawson', 'the only language the board understands']]);
  });

  it('maps a role to the person who holds it', () => {
    expect(attributed('en',
      'The chief executive of Orbis, Karen Liu, announced the merger on Monday.',
      '"This is the biggest day in our history," the chief executive of Orbis said.',
    )).toEqual([['Karen Liu', 'This is the biggest day in our history,']]);
  });

  it('lets an organisation speak, under the full name its acronym stands for', () => {
    expect(attributed('en', 'The World Meteorological Organization (WMO) issued a warning. "The coming week will be the hottest on record", said WMO.'))
      .toEqual([['World Meteorological Organization', 'The coming week will be the hottest on record']]);
  });

  it('carries a quotation over several paragraphs without closing marks, each paragraph its own quote', () => {
    const r = quotesOf('en',
      'The mayor, Ruth Adler, read her statement aloud. "We have cleared every street in the old town before dawn.',
      '"The shelters will stay open until the river goes down."',
    );
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ruth Adler', 'We have cleared every street in the old town before dawn.'],
      ['Ruth Adler', 'The shelters will stay open until the river goes down.'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('quote.unclosed');
  });

  it('gives a floating quote the subject of a speech verb in the sentence before', () => {
    expect(attributed('en', 'Dr Ellen Park noted that the trial was small. "We need ten times as many patients before anyone can be sure."'))
      .toEqual([['Ellen Park', 'We need ten times as many patients before anyone can be sure.']]);
  });

  it('does not take the subject of a passive verb: "was told"', () => {
    expect(attributed('en', 'The crowd was told to expect "a long night with very little sleep".'))
      .toEqual([[null, 'a long night with very little sleep']]);
  });

  it('lets a spokesperson for a named body speak for it, then and later', () => {
    expect(attributed('en',
      'A spokesperson for the Coast Guard said the search would go on overnight.',
      'The mayor, Rita Gomez, thanked the volunteers.',
      '"We have three boats and a helicopter in the area," the spokesperson said.',
    )).toEqual([['Coast Guard', 'We have three boats and a helicopter in the area,']]);
  });

  it('reads an age in apposition and ignores a capitalised word that opens a sentence', () => {
    expect(attributed('en', 'Retired teacher Joan Baxter, 81, told of her escape. "The water reached the second step in minutes."'))
      .toEqual([['Joan Baxter', 'The water reached the second step in minutes.']]);
  });

  it('gives no speaker to words credited to an unnamed source, rather than guess', () => {
    expect(attributed('en',
      'Mayor Ian Brooks visited the site. "We will rebuild," Brooks said.',
      'The council released a statement later. "All schools will stay closed on Friday," the statement read.',
    )).toEqual([['Ian Brooks', 'We will rebuild,'], [null, 'All schools will stay closed on Friday,']]);
  });

  it('does not read a capitalised name as a verb: told The Huffington Post', () => {
    expect(attributed('en', 'As Alan Reed told The Daily Post, "the harvest was the worst in forty years".'))
      .toEqual([['Alan Reed', 'the harvest was the worst in forty years']]);
  });

  it('separates an occupation that opens the sentence from the name', () => {
    expect(attributed('en', 'Fisherman Owen Hale, who found the boat, said: "It was upside down and nobody was in it."'))
      .toEqual([['Owen Hale', 'It was upside down and nobody was in it.']]);
  });

  it('reads a quotation signed with a dash: "…" — Jane Doe', () => {
    expect(attributed('en', 'The letter ended with one line. "Never again will we wait for permission" — Jane Ortiz.'))
      .toEqual([['Jane Ortiz', 'Never again will we wait for permission']]);
  });

  it('reads a name after a descriptor the role list lacks: "…," the beekeeper Ivy Moss said', () => {
    expect(attributed('en', '"Half of my hives did not survive the winter," the beekeeper Ivy Moss said.'))
      .toEqual([['Ivy Moss', 'Half of my hives did not survive the winter,']]);
  });

  it('reads "…," said transport minister X after another speaker', () => {
    expect(attributed('en', 'Chief executive Paul Grant defended the plan. "This is a political strike," said transport minister Claire Dunn.'))
      .toEqual([['Claire Dunn', 'This is a political strike,']]);
  });

  it('gives no speaker to a participle whose subject is a common noun', () => {
    expect(attributed('en', 'Critic Rob Vance posted a review. One reader disagreed, writing "the film is the best thing this studio has made".'))
      .toEqual([[null, 'the film is the best thing this studio has made']]);
  });
  it('maps a surname to the full name given after an agency and a title: "FAA Administrator X"', () => {
    expect(attributed('en',
      'At the hearing, FAA Administrator Linda Marsh presented the new rules.',
      '"No airline will be exempt," said Marsh to the committee.',
    )).toEqual([['Linda Marsh', 'No airline will be exempt,']]);
  });

  it('maps a lone first name to the one person who bears it, and resolves he through it', () => {
    expect(attributed('en',
      'Peter Vance, 12, and his aunt Mary Vance waited at the gate.',
      'Later, Peter\'s teacher asked him to stay, but he answered "I have to catch the last bus home".',
    )).toEqual([['Peter Vance', 'I have to catch the last bus home']]);
  });

  // News names its main person first and the relatives after (heldout10: "Mohamed Kohail", then
  // "Sultan"); with this rule instead of crediting neither, no tuned set lost a speaker.
  it('maps a surname shared by two people to the one named first', () => {
    expect(attributed('en',
      'Peter Vance and his aunt Mary Vance waited at the gate.',
      '"We will not leave without an answer," Vance said.',
    )).toEqual([['Peter Vance', 'We will not leave without an answer,']]);
  });

  it('ends a name at "and" between two people, so each surname maps to its own full name', () => {
    expect(attributed('en',
      'The club dismissed its founders Owen Blake and Nora Quill last spring.',
      'Quill wrote, "Nobody asked the members what they wanted."',
    )).toEqual([['Nora Quill', 'Nobody asked the members what they wanted.']]);
  });

  it('ends a name at "of" before the body it belongs to, so he finds the person', () => {
    expect(attributed('en',
      'In a column, Helen Voss of The Evening Courier criticised the new stadium plan.',
      'She described it as "a monument to the vanity of three councillors".',
    )).toEqual([['Helen Voss', 'a monument to the vanity of three councillors']]);
  });

  it('keeps one organisation joined by "and": "Marks and Spencer"', () => {
    expect(attributed('en', '"Our stores will stay open on Sunday," Marks and Spencer said.'))
      .toEqual([['Marks and Spencer', 'Our stores will stay open on Sunday,']]);
  });

  it('separates a title with its body from the holder: "Minister of Transport X said a "…""', () => {
    expect(attributed('en', 'Minister of Transport Alice Brennan said a "complete review of the tender" would start in June.'))
      .toEqual([['Alice Brennan', 'complete review of the tender']]);
  });

  it('reads an apposition across a parenthesis, and a colon after quoted words: X (…), Name, called it "…": "…"', () => {
    expect(attributed('en', 'The director of the EBU (European Boxing Union), Ana Ruiz, has called the ruling "unfair" and "absurd": "We will appeal to every court that will hear us."'))
      .toEqual([['Ana Ruiz', 'We will appeal to every court that will hear us.']]);
  });

  it('gives a speech verb after "and" the subject of the sentence', () => {
    expect(attributed('en', 'Inspector Dana Holt said the driver had "no memory of the crash", and told reporters that the road was "far too dark at night".'))
      .toEqual([['Dana Holt', 'no memory of the crash'], ['Dana Holt', 'far too dark at night']]);
  });

  it('gives a participle after "with" its own subject: "with one resident writing"', () => {
    expect(attributed('en', 'Mayor Tess Arden defended the new parking fees, with one resident writing "the town has forgotten who lives here".'))
      .toEqual([[null, 'the town has forgotten who lives here']]);
  });

  it('resolves he past a name that only qualifies a noun: "the Strand trailer"', () => {
    expect(attributed('en',
      'Actor Liam Strand starred in the film. Paul Okafor reviewed it for a radio station. The studio pulled the Strand trailer from its website.',
      'He described the row as "one more battle in a war the studio cannot win".',
    )).toEqual([['Paul Okafor', 'one more battle in a war the studio cannot win']]);
  });

  it('keeps the speaker of a quotation that runs over two paragraphs, past a name inside it', () => {
    expect(attributed('en',
      'In a statement, Governor of Utah Ken Marlow said, "The museum worked for years to win this. I am disappointed.',
      '"However, the simulator, which every pilot including [former director] Ann Webb has trained on, will come to Salt Lake City."',
    ).map(([speaker]) => speaker)).toEqual(['Ken Marlow', 'Ken Marlow']);
  });

  it('reads a chain of capitalised titles and a prepositional apposition: Detective Sergeant X, of the Y, said', () => {
    expect(attributed('en', 'Detective Sergeant Rosa Klein, of the Harbour Police, said: "We are treating the fire as deliberate."'))
      .toEqual([['Rosa Klein', 'We are treating the fire as deliberate.']]);
  });

  it('gives the verb to the person, not the body after "of": X of Y University said', () => {
    expect(attributed('en', 'Ian Tulloch of Leeds University said the sample was "far too small to draw conclusions".'))
      .toEqual([['Ian Tulloch', 'far too small to draw conclusions']]);
  });

  it('keeps a body named after a lower-case title whole: "director of the Natural History Museum"', () => {
    const r = quotesOf('en', '"The skeleton is complete," said Jane Doe, director of the Natural History Museum.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Jane Doe']);
    expect(r.people).toEqual([{ name: 'Jane Doe', roles: ['director of the Natural History Museum'], aliases: [] }]);
  });

  it('takes the subject of the sentence a colon ends: X was blunt: "…"', () => {
    expect(attributed('en', 'Farm union president Gail Porter was blunt: "Nobody can grow wheat at these prices."'))
      .toEqual([['Gail Porter', 'Nobody can grow wheat at these prices.']]);
  });

  it('gives no speaker to a role the article never names, rather than the speaker before', () => {
    expect(attributed('en',
      '"The harbour will reopen on Monday," said Mayor Kit Lowe.',
      '"Ships will wait at least a week," the agency said in its bulletin.',
    )).toEqual([['Kit Lowe', 'The harbour will reopen on Monday,'], [null, 'Ships will wait at least a week,']]);
  });

  it('does not read an opening phrase as an apposition: "Writing in a blog post, X …"', () => {
    const r = quotesOf('en',
      'Writing in a blog post, Nina Roth mocked the new logo.',
      '"The intern did it," said the post by an anonymous designer.',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
    expect(r.people).toEqual([]);
  });
  it('keeps a lower-case Arabic particle in a name: "Karim al-Haddad told"', () => {
    expect(attributed('en', 'Foreign minister Karim al-Haddad told reporters: "We will not sign this agreement."'))
      .toEqual([['Karim al-Haddad', 'We will not sign this agreement.']]);
  });

  it('joins a role to a name that opens with a capitalised title: "director General Omar Haddad"', () => {
    expect(attributed('en', 'Port Authority director General Omar Haddad, speaking to local radio, said "The harbour will stay closed until the storm passes."'))
      .toEqual([['Omar Haddad', 'The harbour will stay closed until the storm passes.']]);
  });
  it('maps a misspelled surname after a title to the person it nearly spells: "Ms Ketleworth"', () => {
    expect(attributed('en', 'Nora Kettleworth of the dairy board says prices will rise. "Farmers cannot keep selling at a loss," Ms Ketleworth said.'))
      .toEqual([['Nora Kettleworth', 'Farmers cannot keep selling at a loss,']]);
  });

  it('keeps a titled surname that only resembles a short one apart: "Mr Lea" is not Tom Lee', () => {
    expect(attributed('en', 'Tom Lee runs a bakery. "Bread is our life," Mr Lea said.'))
      .toEqual([['Lea', 'Bread is our life,']]);
  });
  it('credits a group tied to something by the phrase naming it, and "the authors", "they" after it', () => {
    expect(attributed('en',
      'The study\'s authors say the drought is "the worst in a century".',
      'The authors say the data are clear. They call for "an immediate ban on river pumping."',
    )).toEqual([["the study's authors", 'the worst in a century'], ["the study's authors", 'an immediate ban on river pumping.']]);
  });

  it('credits nobody for a bare plural, and keeps a capitalised plural in a body\'s name', () => {
    expect(attributed('en', '"The road is closed," officials said. "Aid cannot reach the valley," Doctors Without Borders said.'))
      .toEqual([[null, 'The road is closed,'], ['Doctors Without Borders', 'Aid cannot reach the valley,']]);
  });

  it('keeps a role with modifiers before it in apposition: "Ida Brandt, LSU associate professor of law, said"', () => {
    expect(attributed('en', 'Ida Brandt, LSU associate professor of law, said, "The ruling will not survive an appeal."'))
      .toEqual([['Ida Brandt', 'The ruling will not survive an appeal.']]);
  });

  it('takes no place beside another for a person: "at the University of Kansas, Lawrence, said"', () => {
    expect(attributed('en', 'Dana Ortiz, curator and dean of students at the University of Kansas, Lawrence, said, "Nobody expected the flood."'))
      .toEqual([['Dana Ortiz', 'Nobody expected the flood.']]);
  });

  it('keeps the holder after a role\'s complement: "the CEO of Orbis, Liu, said"', () => {
    expect(attributed('en', 'Karen Liu runs the firm. "We will hire," the CEO of Orbis, Liu, said.'))
      .toEqual([['Karen Liu', 'We will hire,']]);
  });

  it('maps a misspelled surname that is the subject of a speech verb to the person it nearly spells: "Water said"', () => {
    expect(attributed('en', 'Kathryn Waters runs the gallery. "Pop art was about what people bought," Water said.'))
      .toEqual([['Kathryn Waters', 'Pop art was about what people bought,']]);
  });

  it('reads no typo in a near miss that only the sentence start capitalises: "Leeds said"', () => {
    expect(attributed('en', 'Tom Leed runs a bakery. Leeds said it would host "the biggest fair in the north."'))
      .toEqual([['Leeds', 'the biggest fair in the north.']]);
  });

  it('never credits a quotation to a person it names: "She said, \\"Mary Jones changed my life.\\""', () => {
    expect(attributed('en', 'Mary Jones founded the school in 1950. For Ann Cole, a teacher at the school, Jones was a hero. She said, "Mary Jones changed my life."'))
      .toEqual([['Ann Cole', 'Mary Jones changed my life.']]);
  });
});
