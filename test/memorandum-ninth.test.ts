import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMap } from '../src/io/load.js';

// Pins the ninth revision of the memorandum's map (independent reader 7's points): each test names the passage
// the map must not misstate.
const { map } = loadMap('arguments/soviet-policies-1953.yaml');
const readme = readFileSync('README.md', 'utf8');
const set = (id: string) => map.hypothesisSets!.find((s) => s.id === id)!;

describe('the memorandum map, re-read a ninth time', () => {
  // C.1: "took steps to secure a détente": every driver is an account of the phase, so the phase is no row; a
  // single step is one, for its front, whom it spares and whether it undoes a standing position.
  it('rates single détente steps but not the phase they make up, and keeps the status quo among the drivers', () => {
    const detente = set('detente-explanations');
    for (const whole of ['c1-detente-steps', 'v5-detente-initiative', 'c4-conciliatory-phase', 'c2-new-approach']) expect(detente.evidence).not.toContain(whole);
    expect(detente.evidence).toEqual(expect.arrayContaining(['p4-iv-germany', 'c1-iv-korea-offer', 'c1-ii-embassies']));
    expect(detente.hypotheses).toContain('an-detente-no-new-driver');
    expect(set('change-or-retreat').hypotheses).not.toContain('an-detente-no-new-driver');
    expect(readme).toContain('is what every hypothesis explains, so\n  it is not a row');
  });
});
