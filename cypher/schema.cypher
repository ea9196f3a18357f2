// Schema: applied at every start; every statement is idempotent (IF NOT EXISTS).
// Uniqueness of entity, source and dataset ids, and one full-text index over names, aliases and
// identifiers. The CJK analyzer splits Chinese text into bigrams and still lower-cases and
// tokenises Latin text, so "航天信息", "aisino" and "600271" all find Aisino.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT source_id_unique IF NOT EXISTS
FOR (s:Source) REQUIRE s.id IS UNIQUE;

CREATE CONSTRAINT dataset_id_unique IF NOT EXISTS
FOR (d:Dataset) REQUIRE d.id IS UNIQUE;

// A reload finds its own dataset's nodes without scanning every entity.
CREATE INDEX entity_dataset IF NOT EXISTS
FOR (e:Entity) ON (e.dataset);

// The joins across datasets read only the entities that have strong identifiers.
CREATE INDEX entity_identity_keys IF NOT EXISTS
FOR (e:Entity) ON (e.identityKeys);

CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Entity) ON EACH [e.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
