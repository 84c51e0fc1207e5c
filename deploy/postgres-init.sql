-- Run once by the postgres image on an empty data volume (docker-compose.yml
-- mounts it into /docker-entrypoint-initdb.d/). POSTGRES_DB creates the
-- tracker store's database `rasa`; the lead store gets its own. Rasa creates
-- its tables itself but, given a full URL, never the database.
CREATE DATABASE leads OWNER rasa;
