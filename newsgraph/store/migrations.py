"""Named, ordered schema migrations, recorded in the ``migrations`` table."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_init",
        """
        CREATE TABLE IF NOT EXISTS runs (
            run_id VARCHAR PRIMARY KEY,
            started_at TIMESTAMP,
            finished_at TIMESTAMP,
            command VARCHAR,
            config JSON,
            versions JSON,
            components VARCHAR[],
            stored INTEGER DEFAULT 0,
            unchanged INTEGER DEFAULT 0,
            failed INTEGER DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY,
            title VARCHAR,
            author VARCHAR,
            author_role VARCHAR,
            published DATE,
            source VARCHAR,
            url VARCHAR,
            location VARCHAR,
            format VARCHAR,
            text VARCHAR,
            source_text VARCHAR,
            offset_runs JSON,
            meta JSON,
            run_id VARCHAR,
            ingested_at TIMESTAMP
        );
        CREATE TABLE IF NOT EXISTS blocks (
            article_id VARCHAR,
            idx INTEGER,
            kind VARCHAR,
            start_char INTEGER,
            end_char INTEGER
        );
        CREATE TABLE IF NOT EXISTS entities (
            article_id VARCHAR,
            entity_id VARCHAR,
            label VARCHAR,
            name VARCHAR,
            aliases VARCHAR[],
            alias_source VARCHAR,
            mention_count INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            component VARCHAR
        );
        CREATE TABLE IF NOT EXISTS mentions (
            article_id VARCHAR,
            record_id VARCHAR,
            entity_id VARCHAR,
            label VARCHAR,
            fine_label VARCHAR,
            block VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            text VARCHAR,
            component VARCHAR
        );
        CREATE TABLE IF NOT EXISTS records (
            article_id VARCHAR,
            kind VARCHAR,
            record_id VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            text VARCHAR,
            component VARCHAR,
            data JSON
        );
        CREATE TABLE IF NOT EXISTS failures (
            run_id VARCHAR,
            failed_at TIMESTAMP,
            location VARCHAR,
            code VARCHAR,
            component VARCHAR,
            reason VARCHAR
        );
        """,
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
        """
        CREATE TABLE IF NOT EXISTS copies (
            article_id VARCHAR,
            original_id VARCHAR,
            kind VARCHAR,
            jaccard DOUBLE,
            containment DOUBLE
        );
        CREATE TABLE IF NOT EXISTS stories (
            story_id VARCHAR,
            first_article_id VARCHAR,
            title VARCHAR,
            size INTEGER,
            sources VARCHAR[],
            first_published DATE,
            last_published DATE,
            built_at TIMESTAMP
        );
        CREATE TABLE IF NOT EXISTS story_articles (
            story_id VARCHAR,
            article_id VARCHAR,
            position INTEGER,
            published DATE,
            source VARCHAR,
            copy_of VARCHAR
        );
        CREATE TABLE IF NOT EXISTS disagreements (
            story_id VARCHAR,
            category VARCHAR,
            low DOUBLE,
            best DOUBLE,
            high DOUBLE,
            articles INTEGER,
            figures JSON
        );
        """,
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
]
