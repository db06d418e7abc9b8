import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('hedge-band-mismatch', () => {
  it('reports a band that contradicts its phrase, and a band given to words Kent left off the scale', () => {
    const f = findings(
      'hedge-band-mismatch',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [probably], band: { yardstick: PHIA, term: highly likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [it is quite possible], band: { yardstick: PHIA, term: realistic possibility } } }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes[0])).toEqual(['a', 'b']);
    expect(f[0]!.message).toBe('a ("A") is banded "highly likely", but its words "probably" mean "likely" on the PHIA yardstick.');
    expect(f[1]!.message).toContain('carry no band at all');
  });
  it('is silent when band and words agree, or the words are not in the lexicon', () => {
    const f = findings(
      'hedge-band-mismatch',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [probably], band: { yardstick: ICD203, term: likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [in all likelihood], band: { yardstick: PHIA, term: likely } } }',
        ],
      }),
    );
    expect(f).toEqual([]);
  });
  it('takes a parenthetical "no doubt" as highly likely, not almost certain', () => {
    const f = findings(
      'hedge-band-mismatch',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: While no doubt keeping their aims, hedge: { phrases: [no doubt], band: { yardstick: PHIA, term: highly likely } } }',
          '{ id: b, kind: claim, text: While no doubt keeping their aims, hedge: { phrases: [no doubt], band: { yardstick: PHIA, term: almost certain } } }',
        ],
      }),
    );
    expect(f.map((x) => x.message)).toEqual([
      'b ("While no doubt keeping their aims") is banded "almost certain", but its words "no doubt" mean "highly likely" on the PHIA yardstick.',
    ]);
  });
});

describe('hedge-band-mismatch on comparatives', () => {
  it('reports a band given to a comparative, and does not ask for one where there is none', () => {
    const f = findings(
      'hedge-band-mismatch',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [most likely], band: { yardstick: PHIA, term: highly likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [more likely] } }',
        ],
      }),
    );
    expect(f.map((x) => [x.messageId, x.nodes[0]])).toEqual([['comparative', 'a']]);
    expect(f[0]!.message).toBe(
      'a ("A") is banded "highly likely", but "most likely" is a comparative: it says which alternative is likelier, not how likely any is; drop the band.',
    );
  });
});
