import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, parseCsvRows, run, tempDir } from './helpers.js';

// Issue 13: from published DUO files to a forecast. Expected figures come from an independent parse of
// the DUO file (split on ';'), never from the importer.
const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const PUPILS = 'data/duo/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
const LOCATIONS = 'data/duo/02.-alle-vestigingen-vo.csv';
const REGION = 'data/regions/rotterdam-vo-mbo.csv';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await tmp.cleanup();
});

/** Pupils of 2019 in the region: the definition's locations plus others in its places (independent parse). */
async function independentRegionPupils(): Promise<{ total: number; locations: number }> {
  const region = (await readFile(join(REPO, REGION), 'utf8')).trim().split('\n').slice(1);
  const codes = new Set(region.map((l) => l.split(',')[0]));
  // the last two columns are municipality and place (names with commas are quoted, places are not)
  const places = new Set(region.flatMap((l) => l.split(',').slice(-2)));
  const lines = new TextDecoder('windows-1252')
    .decode(await readFile(join(REPO, PUPILS)))
    .split('\n')
    .slice(1)
    .filter((l) => l !== '');
  const per = new Map<string, number>();
  for (const l of lines) {
    const c = l.split(';');
    if (!codes.has(c[0] + c[1]) && !places.has(c[3])) continue;
    per.set(c[0] + c[1], (per.get(c[0] + c[1]) ?? 0) + c.slice(10).reduce((s, x) => s + Number(x), 0));
  }
  return { total: [...per.values()].reduce((a, b) => a + b, 0), locations: per.size };
}

/** Pupils in the importer's pupils.csv, of one year or all, read with the contract's tokeniser. */
const sumPupils = (csv: string, year?: number) => {
  const { header, rows } = parseCsvRows(csv);
  const [yearAt, pupilsAt] = [header.indexOf('year'), header.indexOf('pupils')];
  return rows
    .filter((row) => year === undefined || Number(row[yearAt]) === year)
    .reduce((sum, row) => sum + Number(row[pupilsAt]), 0);
};

describe('opgave import-duo', () => {
  it('opgave import-duo <pupils> <locations> --region --out writes pupils, locations, boards and a report', async () => {
    const out = join(tmp.dir, 'duo-only');
    const r = await run(['import-duo', PUPILS, LOCATIONS, '--region', REGION, '--out', out, '-q'], {
      cwd: REPO,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = await independentRegionPupils();
    const pupils = await readFile(join(out, 'pupils.csv'), 'utf8');
    expect(sumPupils(pupils)).toBe(expected.total);
    expect(parseCsvRows(pupils).rows).toHaveLength(expected.locations);
    expect(r.stdout).toContain(
      `DUO pupils per location 2019: ${expected.locations} locations, ${expected.total.toLocaleString('en-GB')} pupils in the region`,
    );
    expect(r.stdout).toMatch(/Still needed from elsewhere: regions, clusters, sectors, institutes/);
    expect((await readdir(out)).sort()).toEqual(
      [
        'boards.csv',
        'datapackage.json',
        'import-report.json',
        'import-report.md',
        'locations.csv',
        'pupils.csv',
      ].sort(),
    );
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8')) as {
      changes: { change: string; duoLocation: string }[];
      fromElsewhere: string[];
    };
    expect(report.changes.filter((c) => c.change === 'new').map((c) => c.duoLocation)).toEqual([
      '15KR13',
      '18CH10',
    ]);
    expect(report.fromElsewhere).toContain('workforce');
    // real DUO board numbers are board_ids
    expect(await readFile(join(out, 'boards.csv'), 'utf8')).toMatch(
      /^41[0-9]{3},Bestuur 41[0-9]{3},vo,R01,true$/m,
    );
  });

  it('opgave import-duo … --estimate-from data/rotterdam gives a dataset that validate and forecast accept, with real pupils', async () => {
    const out = join(tmp.dir, 'complete');
    const r = await run(
      [
        'import-duo',
        PUPILS,
        LOCATIONS,
        '--region',
        REGION,
        '--estimate-from',
        'data/rotterdam',
        '--out',
        out,
        '-q',
      ],
      { cwd: REPO },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Estimated or taken over from data\/rotterdam .*workforce/);
    const v = await run(['validate', out, '-q']);
    expect(v.stdout.trimEnd().split('\n').at(-1)).toMatch(/is valid: 18 files/);
    expect(v.code).toBe(0);
    const expected = await independentRegionPupils();
    expect(sumPupils(await readFile(join(out, 'pupils.csv'), 'utf8'), 2019)).toBe(expected.total);
    const pkg = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8')) as {
      opgave: { synthetic: boolean; provenance: Record<string, { kind: string; years?: number[] }> };
    };
    expect(pkg.opgave.synthetic).toBe(false);
    expect(pkg.opgave.provenance.pupils).toMatchObject({ kind: 'real', years: [2019] });
    expect(pkg.opgave.provenance.workforce.kind).toBe('estimated');
    const f = await run(['forecast', out, '--horizon', '5', '--out', join(tmp.dir, 'f.csv'), '-q']);
    expect(f.stderr).toBe('');
    expect(f.code).toBe(0);
  });

  it('opgave import-duo <the 2019 file twice> exits 1, names the year and writes nothing', async () => {
    const out = join(tmp.dir, 'twice');
    const r = await run(
      [
        'import-duo',
        PUPILS,
        'packages/import/test/fixtures/duo-real/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv',
        '--region',
        REGION,
        '--out',
        out,
        '-q',
      ],
      { cwd: REPO },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the year 2019 is also in 01\.-leerlingen/);
    expect(r.stderr).toContain('nothing written');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('opgave import-duo <file without a year> --year <file>=2019 takes the year; without it exits 1 asking for it', async () => {
    const copy = join(tmp.dir, 'leerlingen.csv');
    await writeFile(copy, await readFile(join(REPO, PUPILS)));
    const without = await run(['import-duo', copy, '--region', REGION, '--out', join(tmp.dir, 'y0'), '-q'], {
      cwd: REPO,
    });
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(
      /leerlingen\.csv: "leerlingen\.csv" the reference year of this pupils file is unknown/,
    );
    const given = await run(
      [
        'import-duo',
        copy,
        '--year',
        'leerlingen.csv=2019',
        '--region',
        REGION,
        '--out',
        join(tmp.dir, 'y1'),
        '-q',
      ],
      { cwd: REPO },
    );
    expect(given.code).toBe(0);
    expect(given.stdout).toMatch(/^DUO pupils per location 2019: /);
  });

  it('opgave import-duo without --region exits 2 with the usage', async () => {
    const r = await run(['import-duo', PUPILS, '--out', join(tmp.dir, 'x')], { cwd: REPO });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--region <definition.csv> is required');
  });
});

describe('opgave import-duo over several years (defect 2) and hbo/wo files (defect 6)', () => {
  it('opgave import-duo <2019> <2020 with a recoded and a new location> keeps both and reports them', async () => {
    // 2020 = 2019 with 20AM00 (Farelcollege, Ridderkerk) under a new BRIN 99FA and a new location 99NW00 in Rotterdam
    const old = new TextDecoder('windows-1252').decode(await readFile(join(REPO, PUPILS))).split('\n');
    const next = old
      .filter((l) => l !== '')
      .map((l) => (l.startsWith('20AM;00;') ? l.replace('20AM;00;', '99FA;00;') : l));
    next.push(
      '99NW;00;Nieuwe School Zuid;ROTTERDAM;Zuid-Holland;Brugjaar 1-2;N.v.t.;N.v.t.;0024;Brugjaar;60;40;0;0;0;0;0;0;0;0;0;0',
    );
    const file2020 = join(tmp.dir, '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2020.csv');
    await writeFile(file2020, next.join('\n') + '\n', 'latin1');
    const out = join(tmp.dir, 'two-years');
    const r = await run(['import-duo', PUPILS, file2020, LOCATIONS, '--region', REGION, '--out', out, '-q'], {
      cwd: REPO,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pupils = await readFile(join(out, 'pupils.csv'), 'utf8');
    const expected = await independentRegionPupils();
    expect(sumPupils(pupils, 2019)).toBe(expected.total);
    // nothing lost: the recoded location is still counted, and the new one adds its 100 pupils
    expect(sumPupils(pupils, 2020)).toBe(expected.total + 100);
    expect(pupils).toMatch(/^20AM00,2020,[1-9][0-9]*$/m);
    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8')) as {
      changes: { change: string; duoLocation: string; from: string; year: number; pupils: number }[];
    };
    const in2020 = report.changes.filter((c) => c.year === 2020);
    expect(in2020.filter((c) => c.change === 'recoded')).toEqual([
      expect.objectContaining({ duoLocation: '99FA00', from: '20AM00' }),
    ]);
    expect(in2020.find((c) => c.duoLocation === '99NW00')).toMatchObject({ change: 'new', pupils: 100 });
    expect(await readFile(join(out, 'import-report.md'), 'utf8')).toMatch(
      /\| recoded \| 2020 \| 99FA00 \| 20AM00 \|/,
    );
  });

  it('opgave import-duo <hbo CSV and wo JSON in the current layouts> writes duo-teacher-training.csv', async () => {
    const fixtures = 'packages/import/test/fixtures/duo';
    const out = join(tmp.dir, 'ho');
    const r = await run(
      [
        'import-duo',
        `${fixtures}/01.-ingeschrevenen-hbo-2025.csv`,
        `${fixtures}/ingeschrevenen-wo-2025.json`,
        '--region',
        REGION,
        '--out',
        out,
        '-q',
      ],
      { cwd: REPO },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DUO hbo/wo enrolment 2025: 3 programmes, of which 2 teacher training');
    const csv = await readFile(join(out, 'duo-teacher-training.csv'), 'utf8');
    // B Leraar Wiskunde 2025: 41 men + 19 women (hand-read from the fixture)
    expect(csv).toContain(
      '25BE,Hogeschool Voorbeeld,99001,B Leraar Wiskunde,bachelor,voltijd,2025,enrolment,60,0',
    );
    expect(csv).toContain(
      '21PC,Universiteit Voorbeeld,68001,M Leraar VHO Wiskunde,master,voltijd,2025,enrolment,23,0',
    );
    expect(csv).not.toContain('Bedrijfskunde');
  });
});

describe('data/rotterdam-duo', () => {
  it('is what opgave import-duo writes from data/duo with --estimate-from data/rotterdam (regenerated byte for byte)', async () => {
    const out = join(tmp.dir, 'regenerated');
    const r = await run(
      [
        'import-duo',
        PUPILS,
        LOCATIONS,
        '--region',
        REGION,
        '--estimate-from',
        'data/rotterdam',
        '--out',
        out,
        '-q',
      ],
      { cwd: REPO },
    );
    expect(r.code).toBe(0);
    const committed = join(REPO, 'data/rotterdam-duo');
    const files = (await readdir(out)).sort();
    expect((await readdir(committed)).filter((f) => f !== 'README.md').sort()).toEqual(files);
    for (const f of files)
      expect(await readFile(join(out, f), 'utf8'), f).toBe(await readFile(join(committed, f), 'utf8'));
  });
});

describe('yearly series and own schemas', () => {
  it('opgave validate <dir without pupils of 2020–2023> exits 1 naming pupils and the years; forecast refuses', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      {
        'pupils.csv': (t) =>
          t
            .split('\n')
            .filter((l) => !/,(2020|2021|2022|2023),/.test(l))
            .join('\n'),
      },
      'gap',
    );
    const v = await run(['validate', dir, '-q']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(
      'error   pupils.csv, column year: "2020–2023" resource pupils has no rows for 2020–2023: a yearly series needs every year from 2014 to 2025',
    );
    const f = await run(['forecast', dir, '--out', join(tmp.dir, 'gap.csv'), '-q']);
    expect(f.code).toBe(1);
  });

  it("opgave validate <dir> checks pupils against the datapackage.json's own schema when it differs (year up to 2030)", async () => {
    const addRow = (t: string) => `${t}90AA00,2026,600\n`;
    const builtIn = await brokenCopy(tmp.dir, { 'pupils.csv': addRow }, 'year-2026');
    const refused = await run(['validate', builtIn, '-q']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/pupils\.csv row 1581, column year: "2026"/);

    const own = await brokenCopy(
      tmp.dir,
      {
        'pupils.csv': addRow,
        'datapackage.json': (t) => {
          const pkg = JSON.parse(t) as {
            resources: {
              name: string;
              schema: { fields: { name: string; constraints: { maximum?: number } }[] };
            }[];
          };
          const year = pkg.resources
            .find((r) => r.name === 'pupils')!
            .schema.fields.find((f) => f.name === 'year')!;
          year.constraints.maximum = 2030;
          return JSON.stringify(pkg, null, 2);
        },
      },
      'own-schema',
    );
    const accepted = await run(['validate', own, '-q']);
    expect(accepted.stdout).toContain(
      'ok       pupils.csv (1,580 rows; its own schema from datapackage.json)',
    );
    expect(accepted.code).toBe(0);
  });

  it('opgave validate <dir whose own pupils schema drops a column> exits 1 naming the column', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      {
        'datapackage.json': (t) => {
          const pkg = JSON.parse(t) as {
            resources: { name: string; schema: { fields: { name: string }[] } }[];
          };
          const s = pkg.resources.find((r) => r.name === 'pupils')!.schema;
          s.fields = s.fields.filter((f) => f.name !== 'pupils');
          return JSON.stringify(pkg, null, 2);
        },
      },
      'own-schema-bad',
    );
    const r = await run(['validate', dir, '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('has no column pupils');
  });
});

describe('opgave report on real data', () => {
  it('opgave report data/rotterdam-duo says which tables are real (DUO 2019) and which estimated', async () => {
    const out = join(tmp.dir, 'rapportage.html');
    const r = await run(['report', 'data/rotterdam-duo', '--horizon', '5', '--out', out, '-q'], {
      cwd: REPO,
    });
    expect(r.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain(
      '<strong>Let op: deels geschatte gegevens.</strong> Echt: regio, clusters, besturen, locaties, leerlingen (DUO 2019).',
    );
    expect(html).toMatch(/Geschat: leerlingenprognose, personeel, instroom in opleidingen, stagiairs/);
    expect(html).not.toContain('Let op: synthetische gegevens.');
  });
});
