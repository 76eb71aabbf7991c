import { describe, expect, it } from 'vitest';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/* The limits a team sets for its inbox and its dashboard: defaults, checked changes, its own only. */

const file = worldPerFile();

describe("a team's settings", () => {
  it('every team has the defaults from the start, including a team made later', async () => {
    const { callers, ids } = file.world;
    const seen = await file.db.request(callers.proIn, 'select * from public.team_settings where team_id = $1', [
      ids.team,
    ]);
    expect(seen.rows[0]).toMatchObject({ answer_within_working_days: 2, inactive_after_days: 14 });
    const made = await file.db.owner.query<{ id: string }>(
      `insert into public.teams (name, municipality) values ('Nyt team', 'kolding') returning id`,
    );
    const settings = await file.db.owner.query('select * from public.team_settings where team_id = $1', [
      made.rows[0]?.id,
    ]);
    expect(settings.rowCount).toBe(1);
  });

  it('a member changes both limits; wrong values are refused by name', async () => {
    const { callers, ids } = file.world;
    const saved = await file.db.request(callers.proIn, 'select * from public.set_team_settings($1, 3, 21)', [ids.team]);
    expect(saved.rows[0]).toMatchObject({ answer_within_working_days: 3, inactive_after_days: 21 });
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.set_team_settings($1, 0, 21)', [ids.team]),
      '22023',
      'answer_within_working_days must be',
    );
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.set_team_settings($1, 3, null)', [ids.team]),
      '22023',
      'inactive_after_days must be',
    );
    const kept = await file.db.owner.query('select * from public.team_settings where team_id = $1', [ids.team]);
    expect(kept.rows[0]).toMatchObject({ answer_within_working_days: 3, inactive_after_days: 21 });
  });

  it("another team's professional and citizens neither see nor change them", async () => {
    const { callers, ids } = file.world;
    for (const caller of [callers.proOut, callers.citizenA]) {
      await expectSqlError(
        file.db.request(caller, 'select public.set_team_settings($1, 5, 30)', [ids.team]),
        'P0002',
        'No such team of yours',
      );
      const seen = await file.db.request(caller, 'select * from public.team_settings where team_id = $1', [ids.team]);
      expect(seen.rowCount).toBe(0);
    }
  });
});
