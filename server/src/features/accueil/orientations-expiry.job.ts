import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orientationEvents } from '../../db/schema';
import { writeAudit } from '../../lib/audit-log';
import { runExclusive } from '../../lib/scheduler';
import { DEFAULT_PARAMETRES } from './accueil-settings.service';

/** Advisory lock key of this job: two instances never expire orientations at the same time. */
export const EXPIRY_LOCK_KEY = 74_726_174;
export const EXPIRY_EVERY_MS = 15 * 60 * 1000;

/**
 * Expires the open orientations (`proposee`, `prise_de_contact`) without news for longer than
 * their structure's delay (default 30 days): dated event and one audit row per structure.
 * Returns how many expired, or null when another instance was running the job.
 */
export async function expireOrientations(db: Db, now: Date): Promise<number | null> {
  const outcome = await runExclusive(db, EXPIRY_LOCK_KEY, async (tx) => {
    const at = now.toISOString();
    const res = (await tx.execute(sql`
      update orientations o
         set statut = 'expiree', statut_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
        from (
          select o2.id
            from orientations o2
            left join accueil_settings s on s.structure_id = o2.structure_id
           where o2.statut in ('proposee', 'prise_de_contact')
             and o2.statut_at <= ${at}::timestamptz
                 - make_interval(days => coalesce(s.delai_expiration_jours, ${DEFAULT_PARAMETRES.delaiExpirationJours}))
           for update of o2 skip locked
        ) e
       where o.id = e.id
   returning o.id, o.structure_id`)) as unknown as { rows: Array<{ id: string; structure_id: string }> };
    const expired = res.rows;
    if (expired.length === 0) return 0;
    await tx.insert(orientationEvents).values(
      expired.map((r) => ({
        structureId: r.structure_id,
        orientationId: r.id,
        statut: 'expiree',
        at: now,
        byUserId: null,
        byKind: 'systeme',
      })),
    );
    for (const structureId of new Set(expired.map((r) => r.structure_id))) {
      await writeAudit(tx, {
        structureId,
        actorUserId: null,
        actorLabel: 'systeme:expiration-orientations',
        channel: 'systeme',
        action: 'update',
        entityType: 'orientation',
        entityId: null,
        extra: { expirees: expired.filter((r) => r.structure_id === structureId).map((r) => r.id) },
      });
    }
    return expired.length;
  });
  return outcome.ran ? outcome.result : null;
}
