/**
 * `npm run method-choice -w @opgave/core`: chooses the members of the shipped combination forecast on four
 * development worlds — the generator with seeds 101, 202 and 303 and its congestion variant with seed 101, generated
 * into a temporary folder — and writes docs/method-choice.md. The worlds that docs/accuracy.md reports (data/rotterdam,
 * seed 7, the congestion variant with the default seed) are never read here, so the choice is not tuned on them.
 * Rule, stated before the run: per measure group (total shortage; demand and supply), the candidate that beats both
 * naive baselines in the most level × horizon cells summed over the four worlds. It also chooses how simulate's bands
 * combine parameter draws and structural error (band-choice.ts), by the coverage rule stated in bandSection.
 * Deterministic (seeded draws).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { backtestForecasts, combinationWeight, combineForecasts, UNIT_SHRINKAGE } from '../src/index.js';
import type { BacktestForecastRow } from '../src/index.js';
import { loadDataset } from '../src/node/index.js';
import { BAND_CANDIDATES, BANDS, bandChoice, SHIPPED_BANDS } from './band-choice.js';
import type { BandCounts } from './band-choice.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const WORLDS = [
  { name: 'seed 101', args: ['--seed', '101'] },
  { name: 'seed 202', args: ['--seed', '202'] },
  { name: 'seed 303', args: ['--seed', '303'] },
  { name: 'congestion, seed 101', args: ['--seed', '101', '--variant', 'congestion'] },
];
const MIN_HISTORY = 4;
const GROUPS = [
  { name: 'total shortage', measures: ['total_shortage_fte'] },
  { name: 'demand and supply', measures: ['demand_fte', 'supply_fte'] },
] as const;

type Row = BacktestForecastRow;
const SHIPPED = 'shipped combination (combineForecasts)';
/** A candidate forecast of a row, given the rows of the same level and measure whose outcome is known at its origin. */
type Candidate = (r: Row, known: (r: Row, sameHorizon: boolean) => Row[]) => number;

const weighted = (r: Row, past: Row[]) => {
  const w = new Set(past.map((x) => x.origin)).size >= 2 ? combinationWeight(past) : 0.5;
  return w * r.model + (1 - w) * r.last_value;
};

/** The unit's own weight shrunk to its level's: (n·w_unit + k·w_level) / (n + k), n the unit's past origins. */
const unitWeighted = (r: Row, past: Row[]) => {
  if (new Set(past.map((x) => x.origin)).size < 2) return 0.5 * r.model + 0.5 * r.last_value;
  const level = combinationWeight(past);
  const own = past.filter((x) => x.unit === r.unit);
  const n = new Set(own.map((x) => x.origin)).size;
  const w = n < 2 ? level : (n * combinationWeight(own) + UNIT_SHRINKAGE * level) / (n + UNIT_SHRINKAGE);
  return w * r.model + (1 - w) * r.last_value;
};

const CANDIDATES: Record<string, Candidate> = {
  model: (r) => r.model,
  'model + last value, weight per horizon': (r, known) => weighted(r, known(r, true)),
  'model + last value, weight pooled over horizons': (r, known) => weighted(r, known(r, false)),
  [`model + last value, weight pooled over horizons, per unit shrunk to the level's (k = ${UNIT_SHRINKAGE})`]:
    (r, known) => unitWeighted(r, known(r, false)),
  '½ model + ½ linear trend': (r) => 0.5 * r.model + 0.5 * r.linear_trend,
  '⅓ model + ⅓ last value + ⅓ linear trend': (r) => (r.model + r.last_value + r.linear_trend) / 3,
};

function generate(out: string, args: readonly string[]) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli.ts', '--out', out, ...args],
    { cwd: join(root, 'packages', 'synthetic'), stdio: 'ignore' },
  );
}

/** Cells (level × measure × horizon) where a forecast's MASE is below both baselines', per measure group. */
function wins(rows: Row[], scored: (r: Row) => boolean, forecast: (r: Row) => number) {
  const cells = new Map<string, { f: number; last: number; trend: number; n: number }>();
  for (const r of rows) {
    if (!scored(r) || !(r.scale > 0)) continue;
    const key = `${r.level}|${r.measure}|${r.horizon}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { f: 0, last: 0, trend: 0, n: 0 }));
    c.f += Math.abs(forecast(r) - r.actual) / r.scale;
    c.last += Math.abs(r.last_value - r.actual) / r.scale;
    c.trend += Math.abs(r.linear_trend - r.actual) / r.scale;
    c.n++;
  }
  return GROUPS.map((g) => {
    let won = 0;
    let total = 0;
    for (const [key, c] of cells) {
      if (!(g.measures as readonly string[]).includes(key.split('|')[1])) continue;
      total++;
      if (c.f < c.last && c.f < c.trend) won++;
    }
    return { won, total };
  });
}

async function evaluate(dir: string) {
  const data = await loadDataset(dir);
  const { historyStart, historyEnd } = data.meta;
  const origins: number[] = [];
  for (let T = historyStart + 2; T < historyEnd; T++) origins.push(T);
  const rows = backtestForecasts(data, { origins });
  const byUnit = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.level}|${r.measure}`;
    let list = byUnit.get(key);
    if (!list) byUnit.set(key, (list = []));
    list.push(r);
  }
  const cache = new Map<string, Row[]>();
  const known = (r: Row, sameHorizon: boolean) => {
    const key = `${r.level}|${r.measure}|${sameHorizon ? r.horizon : '*'}|${r.origin}`;
    let list = cache.get(key);
    if (!list)
      cache.set(
        key,
        (list = byUnit
          .get(`${r.level}|${r.measure}`)!
          .filter((x) => x.origin + x.horizon <= r.origin && (!sameHorizon || x.horizon === r.horizon))),
      );
    return list;
  };
  const scored = (r: Row) => r.origin >= historyStart + MIN_HISTORY - 1;
  const combined = combineForecasts(rows);
  const result: Record<string, { won: number; total: number }[]> = {};
  for (const [name, f] of Object.entries(CANDIDATES)) result[name] = wins(rows, scored, (r) => f(r, known));
  const index = new Map(rows.map((r, i) => [r, i]));
  result[SHIPPED] = wins(rows, scored, (r) => combined[index.get(r)!].combination);
  return result;
}

/** A level × measure × band cell passes when its coverage is within ±5 points of nominal and ≤ 2/3 of its misses fall on one side. */
function passes(c: { n: number; below: number; above: number }, nominal: number) {
  const misses = c.below + c.above;
  const covered = 1 - misses / c.n;
  return Math.abs(covered - nominal / 100) <= 0.05 + 1e-12 && Math.max(c.below, c.above) <= (2 / 3) * misses;
}

function bandSection(bands: Record<string, BandCounts>): string[] {
  const lines = [
    '## Bands',
    '',
    'How `simulate` turns its parameter draws P and the structural error S (the model’s own scaled past errors, ' +
      '`structuralError`, times the unit’s naive scale) into the draws of a band, for the totals of the region, ' +
      'clusters and boards and the region’s subjects; demand, supply and total shortage; origins from the fourth ' +
      'history year on, horizons 1–5; 1,000 draws. The structural errors are used as they were (raw), centred on ' +
      'their median, or centred with the random-walk floor for demand and supply (`randomWalkFloor`: root mean square ' +
      'at least √(π/2)·√h, the unit’s own year-on-year changes as a random walk). A level’s errors at a horizon are ' +
      'its own, with the other levels’ pooled in while it has fewer than 20 (the first three error variants), 10 or 5: ' +
      'the region has one unit, so below 20 its band is mostly the clusters’, boards’ and subjects’ errors.',
    '',
    '**Rule, fixed before the run:** the candidate with the most world × level × measure × band cells (80 % and 90 %) ' +
      'whose coverage is within ±5 points of nominal with no more than 2/3 of the misses on one side (the bar of ' +
      'issue #12), summed over the four worlds; each world has 24 such cells. In brackets: the cells within ±5 points ' +
      'whatever the side of the misses.',
    '',
    `| candidate | ${WORLDS.map((w) => w.name).join(' | ')} | total |`,
    `| --- | ${WORLDS.map(() => '--:').join(' | ')} | --: |`,
  ];
  let best = '';
  let bestScore = -1;
  const score = (name: string) =>
    WORLDS.map((w) => {
      let pass = 0;
      let stated = 0;
      for (const [key, c] of Object.entries(bands[w.name][name])) {
        const nominal = Number(key.split('|')[2]);
        if (passes(c, nominal)) pass++;
        if (Math.abs(1 - (c.below + c.above) / c.n - nominal / 100) <= 0.05 + 1e-12) stated++;
      }
      return { pass, stated };
    });
  for (const name of [...BAND_CANDIDATES, SHIPPED_BANDS]) {
    const cells = score(name);
    const total = cells.reduce((s, c) => s + c.pass, 0);
    const stated = cells.reduce((s, c) => s + c.stated, 0);
    if (name !== SHIPPED_BANDS && total > bestScore) {
      best = name;
      bestScore = total;
    }
    lines.push(
      `| ${name} | ${cells.map((c) => `${c.pass} (${c.stated})`).join(' | ')} | ${total} (${stated}) of ${24 * WORLDS.length} |`,
    );
  }
  const shipped = score(SHIPPED_BANDS).reduce((s, c) => s + c.pass, 0);
  lines.push(
    '',
    `Chosen by the rule: **${best}**. The shipped bands (addStructuralError) are this candidate drawn with ` +
      `simulate's own random stream — one uniform per draw and group, persistent over the horizon, where the ` +
      `candidate draws one per cell — and pass ${shipped} cells; cells near the ±5-point edge flip with the draws, ` +
      'so differences of a few cells between the best candidates are within that noise.',
    '',
    'Coverage of the chosen candidate per world, level and measure (inside, below / above the band):',
    '',
    `| world | level | measure | ${BANDS.map(([b]) => `${b} % band`).join(' | ')} |`,
    `| --- | --- | --- | ${BANDS.map(() => '--:').join(' | ')} |`,
  );
  for (const w of WORLDS)
    for (const level of ['region', 'cluster', 'board', 'subject'])
      for (const measure of ['demand_fte', 'supply_fte', 'total_shortage_fte']) {
        const cells = BANDS.map(([b]) => {
          const c = bands[w.name][best][`${level}|${measure}|${b}`];
          const pct = (x: number) => `${Math.round((100 * x) / c.n)} %`;
          return `${pct(c.n - c.below - c.above)} (${pct(c.below)} / ${pct(c.above)})`;
        });
        lines.push(
          `| ${w.name} | ${level} | ${measure.replace('_fte', '').replace('_', ' ')} | ${cells.join(' | ')} |`,
        );
      }
  lines.push(
    '',
    'Why, as far as these worlds tell: the structural errors are the model’s whole past error, parameters included, so ' +
      'adding the parameter draws to them counted that part twice (total-shortage bands too wide); the parameter ' +
      'draws alone are far too narrow. The raw errors carry the direction of the early origins’ misses, which the ' +
      '2021–22 demand jump reversed, so bands leaned the wrong way afterwards (misses mostly below); centring keeps ' +
      'their spread and drops the direction. Also tried in development and dropped: mirrored errors (±e, too wide ' +
      'at the region) and normal bands from the errors’ root mean square (too wide: the errors have heavy tails).' +
      ' Pooling the other levels’ errors in only while a level has fewer than 5 (not 20) lets the region,' +
      ' clusters and boards use their own errors from the fifth past origin on; the region has a single unit, so' +
      ' with 20 its band was mostly other levels’ spread. Given that, keeping the parameter draws where they are' +
      ' the wider gained one cell over always replacing them, within the noise of the draws. Also tried in' +
      ' development, on bands computed from the quantiles directly rather than from draws, and dropped: scaling' +
      ' the errors so their root mean square matches the last origin’s (recency; at most 31 of 96 there, where' +
      ' the pooling change alone gave 35), exponential weights by origin age (λ from 0.3 to 0.9, at most 30) and' +
      ' the two combined (30). Also tried there and dropped (issue #12, third round): a width calibration per level' +
      ' × measure learned from how the bands of earlier origins covered the outcomes known at the origin, the' +
      ' earlier bands being the point forecast plus the structural error known at their own origin. A conformal' +
      ' scale per side (the factor that puts the nominal share of those outcomes inside, shrunk toward 1 by n ÷' +
      ' (n + k)) scored 17–28 of 96 for k from 0 to 100: the earlier bands were rarely missed below, so the lower' +
      ' side shrank just before the misses turned; one scale for both sides 23–36, closer to nominal on average' +
      ' (mean distance 4.9 against 6.2 points) but with more of the misses on one side, which the rule counts;' +
      ' adaptive conformal inference on the log of that scale (step γ from 0.005 to 0.2) 18–38, and 40 with' +
      ' γ = 0.01 and the parameter draws no longer kept for total shortage; drawn as simulate draws them (six' +
      ' streams) that is 35.0 (32–37) against 34.0 (32–36) for the shipped way, within the noise of the draws, so' +
      ' nothing changed.',
    '',
  );
  return lines;
}

const temp = mkdtempSync(join(tmpdir(), 'opgave-method-choice-'));
try {
  const results: Record<string, Record<string, { won: number; total: number }[]>> = {};
  const bands: Record<string, BandCounts> = {};
  for (const [i, world] of WORLDS.entries()) {
    const dir = join(temp, String(i));
    generate(dir, world.args);
    results[world.name] = await evaluate(dir);
    bands[world.name] = bandChoice(await loadDataset(dir));
    console.log(`${world.name}: done`);
  }
  const names = Object.keys(results[WORLDS[0].name]);
  const lines: string[] = [
    '# Choosing the combination forecast on development worlds',
    '',
    'Generated by `npm run method-choice`; do not edit by hand. The shipped method of [the accuracy report](accuracy.md) ' +
      'is a combination of the model with a naive forecast. Which naive forecast, and how its weight is estimated, is ' +
      'chosen here on four **development worlds** from the generator — seeds 101, 202 and 303 and the congestion ' +
      'variant with seed 101 — and never on the worlds the accuracy report scores (data/rotterdam, seed 7, the ' +
      'congestion variant with the default seed).',
    '',
    '**Rule, fixed before the run:** per measure group, the candidate that beats both naive baselines (last value ' +
      'and linear trend, by MASE) in the most level × horizon cells summed over the four worlds. Levels: region, ' +
      'cluster, board, subject; horizons 1–5; origins from the fourth history year on (as in the accuracy report), ' +
      'with the earlier origins available to the weights.',
    '',
  ];
  for (const [g, group] of GROUPS.entries()) {
    lines.push(`## ${group.name[0].toUpperCase()}${group.name.slice(1)}`, '');
    lines.push(`| candidate | ${WORLDS.map((w) => w.name).join(' | ')} | total |`);
    lines.push(`| --- | ${WORLDS.map(() => '--:').join(' | ')} | --: |`);
    let best = '';
    let bestWon = -1;
    for (const name of names) {
      const cells = WORLDS.map((w) => results[w.name][name][g]);
      const won = cells.reduce((s, c) => s + c.won, 0);
      const total = cells.reduce((s, c) => s + c.total, 0);
      if (name in CANDIDATES && won > bestWon) {
        best = name;
        bestWon = won;
      }
      lines.push(
        `| ${name} | ${cells.map((c) => `${c.won} of ${c.total}`).join(' | ')} | ${won} of ${total} |`,
      );
    }
    const shippedWon = WORLDS.reduce((s, w) => s + results[w.name][SHIPPED][g].won, 0);
    lines.push(
      '',
      `Chosen by the rule: **${best}**. The shipped combination ${shippedWon === bestWon ? 'wins as many cells (it is this candidate)' : `wins ${shippedWon} cells, not ${bestWon}: it does not follow the rule — change combineForecasts`}.`,
      '',
    );
  }
  lines.push(
    'Why, as far as these worlds tell: estimated weights for demand and supply lose to fixed equal weights: the few past origins (with the 2021–22 ' +
      'dip among them) do not say how the members will do later, the “forecast combination puzzle”. For the shortage, ' +
      'which persists from year to year, the weight on the last value is worth estimating, and pooling the horizons ' +
      'gives the long horizons evidence at all (with a weight per horizon, h4 and h5 have fewer than two past origins ' +
      'until late and fall back to equal weights). The units of a level may differ in how far the model is worth ' +
      'following, but a unit has only as many past origins as its level, so its own weight is shrunk to the ' +
      `level’s: k = ${UNIT_SHRINKAGE} counts the level’s weight as ${UNIT_SHRINKAGE} past origins (the region has ` +
      'one unit and keeps the level’s weight). This candidate was added for issue #12 after a look at these same ' +
      'worlds in development: k = 2, 5 and 10, with the unit’s own weight from its first past origin on, won 65, 65 ' +
      'and 64 cells; k = 5, with equal weights until two past origins as for the level, was then fixed and scored ' +
      'here. Its gain over the level’s weight alone is therefore not out of sample: the scored worlds of the ' +
      'accuracy report are its test. Also looked at there and dropped: the weight from squared instead of absolute errors (56) and from the ' +
      'last three or five years’ outcomes only (54, 57).',
    '',
  );
  lines.push(...bandSection(bands));
  const path = join(root, 'docs', 'method-choice.md');
  writeFileSync(path, await format(lines.join('\n'), { ...(await resolveConfig(path)), parser: 'markdown' }));
  console.log('wrote docs/method-choice.md');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
