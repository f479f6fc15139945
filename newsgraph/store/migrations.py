"""Named, ordered schema migrations, recorded in the ``migrations`` table.

The tables are created from their one definition in :mod:`newsgraph.store.schema`; a later
change to a table is a new migration here (``ALTER TABLE ... ADD COLUMN IF NOT EXISTS``) and
the column in the schema module.
"""

from __future__ import annotations

from newsgraph.store.schema import ddl

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_init",
        ddl("runs", "articles", "blocks", "entities", "mentions", "records", "failures"),
    ),
    (
        "002_record_views",
        """
        CREATE OR REPLACE VIEW events AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'type' AS type, data->>'mode' AS mode, data->>'cameo' AS cameo,
               TRY_CAST(data->>'quad_class' AS INTEGER) AS quad_class,
               TRY_CAST(data->>'goldstein' AS DOUBLE) AS goldstein,
               data->>'actor' AS actor, data->>'actor_code' AS actor_code, data->>'actor_country' AS actor_country,
               data->>'target' AS target, data->>'target_code' AS target_code, data->>'target_country' AS target_country,
               data->>'place' AS place, data->>'date' AS date,
               TRY_CAST(data->>'dead' AS DOUBLE) AS dead, TRY_CAST(data->>'injured' AS DOUBLE) AS injured,
               TRY_CAST(data->>'negated' AS BOOLEAN) AS negated, TRY_CAST(data->>'hypothetical' AS BOOLEAN) AS hypothetical,
               TRY_CAST(data->>'future' AS BOOLEAN) AS future, TRY_CAST(data->>'background' AS BOOLEAN) AS background
        FROM records WHERE kind = 'events';
        CREATE OR REPLACE VIEW places AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'name' AS name, TRY_CAST(data->>'lat' AS DOUBLE) AS lat, TRY_CAST(data->>'lon' AS DOUBLE) AS lon,
               data->>'country' AS country, data->>'kind' AS place_kind,
               TRY_CAST(data->>'geonames_id' AS BIGINT) AS geonames_id
        FROM records WHERE kind = 'places';
        CREATE OR REPLACE VIEW dates AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'value' AS value, data->>'type' AS type, data->>'modifier' AS modifier
        FROM records WHERE kind = 'dates';
        CREATE OR REPLACE VIEW quotes AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'speaker' AS speaker, data->>'speaker_entity_id' AS speaker_entity_id,
               data->>'kind' AS quote_kind, data->>'cue' AS cue
        FROM records WHERE kind = 'quotes';
        CREATE OR REPLACE VIEW figures AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               TRY_CAST(data->>'value' AS DOUBLE) AS value, data->>'category' AS category,
               data->>'qualifier' AS qualifier, data->>'scope' AS scope, data->>'counted' AS counted
        FROM records WHERE kind = 'figures';
        """,
    ),
    (
        "003_indexes",
        """
        CREATE INDEX IF NOT EXISTS records_article ON records(article_id);
        CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
        CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
        CREATE INDEX IF NOT EXISTS blocks_article ON blocks(article_id);
        """,
    ),
    (
        "004_corpus",
        ddl("copies", "stories", "story_articles", "disagreements"),
    ),
    (
        # DuckDB 1.5.5 can persist a stale secondary index after a kill -9 and a reopen (a shutdown
        # checkpoint that skips the WAL's buffered index operations, duckdb/duckdb#23848): a point
        # query on article_id then misses rows that a scan finds. Zone maps serve these queries as
        # fast (bench/store_queries.py), so the store keeps no index on article_id.
        "005_drop_article_indexes",
        """
        DROP INDEX IF EXISTS records_article;
        DROP INDEX IF EXISTS mentions_article;
        DROP INDEX IF EXISTS entities_article;
        DROP INDEX IF EXISTS blocks_article;
        """,
    ),
    (
        # newsgraph watch: each feed's conditional-request state, and every item taken from a feed
        "006_watch",
        ddl("watch_feeds", "watch_items"),
    ),
    (
        "007_event_views",
        """
        CREATE OR REPLACE VIEW events AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'type' AS type, data->>'mode' AS mode, data->>'cameo' AS cameo,
               TRY_CAST(data->>'quad_class' AS INTEGER) AS quad_class,
               TRY_CAST(data->>'goldstein' AS DOUBLE) AS goldstein,
               data->>'actor' AS actor, data->>'actor_code' AS actor_code, data->>'actor_country' AS actor_country,
               data->>'target' AS target, data->>'target_code' AS target_code, data->>'target_country' AS target_country,
               data->>'actor_kind' AS actor_kind, data->>'target_kind' AS target_kind,
               data->>'place' AS place, data->>'date' AS date,
               TRY_CAST(data->>'dead' AS DOUBLE) AS dead, TRY_CAST(data->>'injured' AS DOUBLE) AS injured,
               TRY_CAST(data->>'negated' AS BOOLEAN) AS negated, TRY_CAST(data->>'hypothetical' AS BOOLEAN) AS hypothetical,
               TRY_CAST(data->>'future' AS BOOLEAN) AS future, TRY_CAST(data->>'background' AS BOOLEAN) AS background,
               TRY_CAST(data->>'question' AS BOOLEAN) AS question, TRY_CAST(data->>'inside_quote' AS BOOLEAN) AS inside_quote,
               TRY_CAST(data->>'confidence' AS DOUBLE) AS confidence,
               coalesce(data->>'event_id', record_id) AS event_id
        FROM records WHERE kind = 'events';
        """,
    ),
    (
        # the quote and place fields of this round: who a described speaker is, and how sure
        "008_quote_place_views",
        """
        CREATE OR REPLACE VIEW quotes AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'speaker' AS speaker, data->>'speaker_entity_id' AS speaker_entity_id,
               data->>'speaker_role' AS speaker_role,
               TRY_CAST(data->>'confidence' AS DOUBLE) AS confidence,
               TRY_CAST(data->>'speaker_confidence' AS DOUBLE) AS speaker_confidence,
               data->>'speaker_method' AS speaker_method,
               data->>'kind' AS quote_kind, data->>'cue' AS cue
        FROM records WHERE kind = 'quotes';
        CREATE OR REPLACE VIEW places AS
        SELECT article_id, record_id, start_char, end_char, text, component,
               data->>'name' AS name, TRY_CAST(data->>'lat' AS DOUBLE) AS lat, TRY_CAST(data->>'lon' AS DOUBLE) AS lon,
               data->>'country' AS country, data->>'kind' AS place_kind,
               TRY_CAST(data->>'geonames_id' AS BIGINT) AS geonames_id,
               data->>'precision' AS precision, TRY_CAST(data->>'confidence' AS DOUBLE) AS confidence
        FROM records WHERE kind = 'places';
        """,
    ),
]
