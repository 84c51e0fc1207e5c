-- Retention of Rasa's tracker events: delete whole conversations whose last
-- event is older than 90 days (Rasa itself never deletes events). Run daily,
-- next to `python -m bot leads purge --older-than 90d`, e.g.
--   docker compose exec -T postgres psql -U rasa -d rasa < deploy/retention.sql
-- `events.timestamp` is seconds since the epoch.
DELETE FROM events
WHERE sender_id IN (
    SELECT sender_id FROM events
    GROUP BY sender_id
    HAVING max(timestamp) < extract(epoch FROM now() - interval '90 days')
);
