//! The relay's database: SQLite or PostgreSQL through one code path (sqlx's `Any` driver).
//!
//! Every query is written once in the SQL both engines accept (`$1` parameters, `ON CONFLICT`,
//! `RETURNING`); only the column type of the generated ids differs and is filled in per engine.
//! Times are milliseconds since the Unix epoch (`BIGINT`), from the relay's clock.
//! Migrations are embedded and run at start; on PostgreSQL under an advisory lock, so several
//! instances may start at once.

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, AssertSqlSafe, Row, Transaction};

/// A database operation failed.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database `{url}`: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("unsupported database URL `{0}` (use sqlite://… or postgres://…)")]
    UnsupportedUrl(String),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error("the stored authentication secret is damaged")]
    BadSecret,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
}

/// The pool and which engine it talks to.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

/// A region as stored.
#[derive(Debug, Clone)]
pub struct RegionRow {
    pub region_id: String,
    pub name: String,
    pub secretariat_key: String,
}

/// A member of a region.
#[derive(Debug, Clone)]
pub struct MemberRow {
    pub public_key: String,
    pub name: String,
    pub agency_id: Option<String>,
    pub joined_at: i64,
    pub last_seen: i64,
}

/// A stored bundle.
#[derive(Debug, Clone)]
pub struct BundleRow {
    pub id: i64,
    pub sha256: String,
    pub size: i64,
    pub kind: String,
    pub sender_key: String,
    pub sender_name: String,
    pub deposited_at: i64,
    pub object_key: String,
}

/// One entry of a recipient's inbox.
#[derive(Debug, Clone)]
pub struct InboxRow {
    pub seq: i64,
    pub bundle: BundleRow,
    pub received_at: Option<i64>,
}

/// One recipient of a sent bundle.
#[derive(Debug, Clone)]
pub struct RecipientRow {
    pub bundle_id: i64,
    pub public_key: String,
    pub name: Option<String>,
    pub received_at: Option<i64>,
}

/// A new bundle to record.
#[derive(Debug, Clone)]
pub struct NewBundle<'a> {
    pub region_id: &'a str,
    pub sha256: &'a str,
    pub size: i64,
    pub kind: &'a str,
    pub sender_key: &'a str,
    pub sender_name: &'a str,
    pub object_key: &'a str,
    pub recipients: &'a [String],
    pub now: i64,
    pub quota: i64,
}

/// What recording a bundle did.
#[derive(Debug, Clone)]
pub enum Recorded {
    New(BundleRow),
    /// The same bytes were deposited before: nothing changed.
    Existing(BundleRow),
    /// The sender already has `pending` bundles not received by everyone.
    OverQuota {
        pending: i64,
    },
}

/// The schema, one migration per entry; `{id}` is the generated id column of the engine.
const MIGRATIONS: &[&[&str]] = &[&[
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY, created_at BIGINT NOT NULL, \
     expires_at BIGINT NOT NULL, used_at BIGINT, region_id TEXT)",
    "CREATE TABLE regions (region_id TEXT PRIMARY KEY, name TEXT NOT NULL, \
     secretariat_key TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE members (region_id TEXT NOT NULL REFERENCES regions (region_id), \
     public_key TEXT NOT NULL, name TEXT NOT NULL, agency_id TEXT, joined_at BIGINT NOT NULL, \
     last_seen BIGINT NOT NULL, PRIMARY KEY (region_id, public_key))",
    "CREATE TABLE bundles (id {id}, region_id TEXT NOT NULL REFERENCES regions (region_id), \
     sha256 TEXT NOT NULL, size BIGINT NOT NULL, kind TEXT NOT NULL, sender_key TEXT NOT NULL, \
     sender_name TEXT NOT NULL, deposited_at BIGINT NOT NULL, object_key TEXT NOT NULL, \
     UNIQUE (region_id, sha256))",
    "CREATE INDEX bundles_by_sender ON bundles (region_id, sender_key, id)",
    "CREATE TABLE mailbox (seq {id}, bundle_id BIGINT NOT NULL REFERENCES bundles (id), \
     region_id TEXT NOT NULL, recipient_key TEXT NOT NULL, received_at BIGINT, \
     UNIQUE (bundle_id, recipient_key))",
    "CREATE INDEX mailbox_by_recipient ON mailbox (region_id, recipient_key, seq)",
]];

/// The advisory lock key migrations run under on PostgreSQL ("inovda" in ASCII).
const MIGRATION_LOCK: i64 = 0x696e_6f76_6461;

/// The columns `bundle_row` reads, as a literal for `concat!` (queries stay `&'static str`).
macro_rules! bundle_columns {
    () => {
        "b.id, b.sha256, b.size, b.kind, b.sender_key, b.sender_name, b.deposited_at, b.object_key"
    };
}

fn bundle_row(row: &AnyRow, at: usize) -> Result<BundleRow, sqlx::Error> {
    Ok(BundleRow {
        id: row.try_get(at)?,
        sha256: row.try_get(at + 1)?,
        size: row.try_get(at + 2)?,
        kind: row.try_get(at + 3)?,
        sender_key: row.try_get(at + 4)?,
        sender_name: row.try_get(at + 5)?,
        deposited_at: row.try_get(at + 6)?,
        object_key: row.try_get(at + 7)?,
    })
}

impl Db {
    /// Connects to `sqlite://path?mode=rwc` or `postgres://…` and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<Self, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(DbError::UnsupportedUrl(url.to_owned()));
        };
        let options = match backend {
            // One connection: SQLite has one writer anyway, and a single connection never meets
            // a lock upgrade conflict. WAL lets `inovda relay code` write while the relay runs.
            Backend::Sqlite => AnyPoolOptions::new().max_connections(1).after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                    sqlx::query("PRAGMA busy_timeout = 10000").execute(&mut *conn).await?;
                    sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                    Ok(())
                })
            }),
            Backend::Postgres => AnyPoolOptions::new().max_connections(16),
        };
        let pool = options
            .connect(url)
            .await
            .map_err(|source| DbError::Connect { url: redact(url), source })?;
        let db = Self { pool, backend };
        db.migrate().await?;
        Ok(db)
    }

    /// Which engine: `sqlite` or `postgres`.
    pub fn engine(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// Brings the schema up to date. Several instances may start at once: PostgreSQL serialises
    /// them with an advisory lock, SQLite with one immediate (write-locking) transaction around
    /// the whole migration, so the version is read and written under the same lock.
    async fn migrate(&self) -> Result<(), DbError> {
        let mut conn = self.pool.acquire().await?;
        match self.backend {
            Backend::Postgres => {
                sqlx::query("SELECT 1 FROM pg_advisory_lock($1)")
                    .bind(MIGRATION_LOCK)
                    .execute(&mut *conn)
                    .await?;
                let result = self.migrate_locked(&mut conn).await;
                sqlx::query("SELECT 1 FROM pg_advisory_unlock($1)")
                    .bind(MIGRATION_LOCK)
                    .execute(&mut *conn)
                    .await?;
                result
            }
            Backend::Sqlite => {
                sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
                match self.migrate_locked(&mut conn).await {
                    Ok(()) => {
                        sqlx::query("COMMIT").execute(&mut *conn).await?;
                        Ok(())
                    }
                    Err(error) => {
                        let _rolled_back = sqlx::query("ROLLBACK").execute(&mut *conn).await;
                        Err(error)
                    }
                }
            }
        }
    }

    async fn migrate_locked(&self, conn: &mut sqlx::AnyConnection) -> Result<(), DbError> {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS relay_schema (version BIGINT PRIMARY KEY, \
             applied_at BIGINT NOT NULL)",
        )
        .execute(&mut *conn)
        .await?;
        let done: i64 = sqlx::query("SELECT COUNT(*) FROM relay_schema")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        let id_column = match self.backend {
            Backend::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
            Backend::Postgres => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        };
        for (index, statements) in MIGRATIONS.iter().enumerate() {
            let version = i64::try_from(index + 1).unwrap_or(i64::MAX);
            if version <= done {
                continue;
            }
            // SQLite runs inside the migration's own transaction already; PostgreSQL applies
            // each version in a transaction of its own.
            let statements = statements
                .iter()
                .map(|statement| statement.replace("{id}", id_column))
                .chain(std::iter::once(format!(
                    "INSERT INTO relay_schema (version, applied_at) VALUES ({version}, {})",
                    chrono::Utc::now().timestamp_millis()
                )));
            if self.backend == Backend::Postgres {
                let mut tx = sqlx::Connection::begin(&mut *conn).await?;
                for statement in statements {
                    sqlx::query(AssertSqlSafe(statement)).execute(&mut *tx).await?;
                }
                tx.commit().await?;
            } else {
                for statement in statements {
                    sqlx::query(AssertSqlSafe(statement)).execute(&mut *conn).await?;
                }
            }
        }
        Ok(())
    }

    /// The 32-byte secret that signs challenges and session tokens, created once and shared by
    /// every instance.
    pub async fn auth_secret(&self) -> Result<[u8; 32], DbError> {
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).map_err(|_| DbError::BadSecret)?;
        sqlx::query(
            "INSERT INTO settings (name, value) VALUES ('auth_secret', $1) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(hex(&fresh))
        .execute(&self.pool)
        .await?;
        let stored: String = sqlx::query("SELECT value FROM settings WHERE name = 'auth_secret'")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        unhex(&stored).and_then(|bytes| bytes.try_into().ok()).ok_or(DbError::BadSecret)
    }

    // Enrolment codes.

    pub async fn insert_code(
        &self,
        code_hash: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<(), DbError> {
        sqlx::query(
            "INSERT INTO enrolment_codes (code_hash, created_at, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(code_hash)
        .bind(now)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The latest expiry of the codes still usable at `now`, if any.
    pub async fn outstanding_code(&self, now: i64) -> Result<Option<i64>, DbError> {
        let row = sqlx::query(
            "SELECT expires_at FROM enrolment_codes WHERE used_at IS NULL AND expires_at > $1 \
             ORDER BY expires_at DESC LIMIT 1",
        )
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| row.try_get(0)).transpose()?)
    }

    pub async fn region_count(&self) -> Result<i64, DbError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM regions").fetch_one(&self.pool).await?.try_get(0)?)
    }

    /// Consumes an enrolment code and creates the region with its secretariat as first member,
    /// in one transaction. `false` (nothing written) when the code is unknown, used or expired.
    pub async fn create_region(
        &self,
        code_hash: &str,
        region: &RegionRow,
        secretariat_name: &str,
        now: i64,
    ) -> Result<bool, DbError> {
        let mut tx = self.pool.begin().await?;
        let used = sqlx::query(
            "UPDATE enrolment_codes SET used_at = $1, region_id = $2 \
             WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(&region.region_id)
        .bind(code_hash)
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO regions (region_id, name, secretariat_key, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(&region.region_id)
        .bind(&region.name)
        .bind(&region.secretariat_key)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        insert_member(
            &mut tx,
            &region.region_id,
            &region.secretariat_key,
            secretariat_name,
            None,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn region(&self, region_id: &str) -> Result<Option<RegionRow>, DbError> {
        let row = sqlx::query(
            "SELECT region_id, name, secretariat_key FROM regions WHERE region_id = $1",
        )
        .bind(region_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(RegionRow {
            region_id: row.try_get(0)?,
            name: row.try_get(1)?,
            secretariat_key: row.try_get(2)?,
        }))
    }

    // Members.

    pub async fn member(&self, region_id: &str, key: &str) -> Result<Option<MemberRow>, DbError> {
        let row = sqlx::query(
            "SELECT public_key, name, agency_id, joined_at, last_seen FROM members \
             WHERE region_id = $1 AND public_key = $2",
        )
        .bind(region_id)
        .bind(key)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| member_row(&row)).transpose().map_err(DbError::from)
    }

    /// Adds a member, or renames it when it is one already; `true` when it is new.
    pub async fn join(
        &self,
        region_id: &str,
        key: &str,
        name: &str,
        agency_id: Option<&str>,
        now: i64,
    ) -> Result<bool, DbError> {
        let mut tx = self.pool.begin().await?;
        let new = insert_member(&mut tx, region_id, key, name, agency_id, now).await?;
        if !new {
            sqlx::query(
                "UPDATE members SET name = $1, agency_id = $2, last_seen = $3 \
                 WHERE region_id = $4 AND public_key = $5",
            )
            .bind(name)
            .bind(agency_id)
            .bind(now)
            .bind(region_id)
            .bind(key)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(new)
    }

    pub async fn touch_member(&self, region_id: &str, key: &str, now: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE members SET last_seen = $1 WHERE region_id = $2 AND public_key = $3")
            .bind(now)
            .bind(region_id)
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn members(&self, region_id: &str) -> Result<Vec<MemberRow>, DbError> {
        let rows = sqlx::query(
            "SELECT public_key, name, agency_id, joined_at, last_seen FROM members \
             WHERE region_id = $1 ORDER BY joined_at, public_key",
        )
        .bind(region_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(member_row).collect::<Result<_, _>>().map_err(DbError::from)
    }

    /// Removes a member; `false` when it was not one.
    pub async fn remove_member(&self, region_id: &str, key: &str) -> Result<bool, DbError> {
        let done = sqlx::query("DELETE FROM members WHERE region_id = $1 AND public_key = $2")
            .bind(region_id)
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    // Bundles.

    pub async fn bundle(
        &self,
        region_id: &str,
        sha256: &str,
    ) -> Result<Option<BundleRow>, DbError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            bundle_columns!(),
            " FROM bundles b WHERE b.region_id = $1 AND b.sha256 = $2"
        ))
        .bind(region_id)
        .bind(sha256)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| bundle_row(&row, 0)).transpose().map_err(DbError::from)
    }

    /// How many bundles the sender has waiting, when that many reach the quota.
    pub async fn over_quota(&self, new: &NewBundle<'_>) -> Result<Option<i64>, DbError> {
        let pending = pending(&mut *self.pool.acquire().await?, new).await?;
        Ok((pending >= new.quota).then_some(pending))
    }

    /// Records a stored bundle and one mailbox row per recipient, in one transaction; the same
    /// bytes twice record nothing the second time. The quota is checked inside the transaction.
    pub async fn record_bundle(&self, new: &NewBundle<'_>) -> Result<Recorded, DbError> {
        let mut tx = self.pool.begin().await?;
        if self.backend == Backend::Postgres {
            // Serialises deposits per region, so mailbox sequence numbers become visible in
            // order: a client reading its inbox `after` a number never misses a later commit.
            sqlx::query("SELECT 1 FROM pg_advisory_xact_lock($1)")
                .bind(region_lock(new.region_id))
                .execute(&mut *tx)
                .await?;
        }
        let existing = sqlx::query(concat!(
            "SELECT ",
            bundle_columns!(),
            " FROM bundles b WHERE b.region_id = $1 AND b.sha256 = $2"
        ))
        .bind(new.region_id)
        .bind(new.sha256)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(row) = existing {
            tx.rollback().await?;
            return Ok(Recorded::Existing(bundle_row(&row, 0)?));
        }
        let pending = pending(&mut tx, new).await?;
        if pending >= new.quota {
            tx.rollback().await?;
            return Ok(Recorded::OverQuota { pending });
        }
        let inserted = sqlx::query(
            "INSERT INTO bundles (region_id, sha256, size, kind, sender_key, sender_name, \
             deposited_at, object_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (region_id, sha256) DO NOTHING RETURNING id",
        )
        .bind(new.region_id)
        .bind(new.sha256)
        .bind(new.size)
        .bind(new.kind)
        .bind(new.sender_key)
        .bind(new.sender_name)
        .bind(new.now)
        .bind(new.object_key)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(inserted) = inserted else {
            // Another instance recorded the same bytes meanwhile (SQLite never gets here).
            tx.rollback().await?;
            let row = self.bundle(new.region_id, new.sha256).await?;
            return row.map(Recorded::Existing).ok_or(DbError::Query(sqlx::Error::RowNotFound));
        };
        let id: i64 = inserted.try_get(0)?;
        for recipient in new.recipients {
            sqlx::query(
                "INSERT INTO mailbox (bundle_id, region_id, recipient_key) VALUES ($1, $2, $3) \
                 ON CONFLICT (bundle_id, recipient_key) DO NOTHING",
            )
            .bind(id)
            .bind(new.region_id)
            .bind(recipient)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(Recorded::New(BundleRow {
            id,
            sha256: new.sha256.to_owned(),
            size: new.size,
            kind: new.kind.to_owned(),
            sender_key: new.sender_key.to_owned(),
            sender_name: new.sender_name.to_owned(),
            deposited_at: new.now,
            object_key: new.object_key.to_owned(),
        }))
    }

    /// The bundle's recipients, in key order.
    pub async fn recipients(&self, bundle_id: i64) -> Result<Vec<RecipientRow>, DbError> {
        let rows = sqlx::query(
            "SELECT m.bundle_id, m.recipient_key, mem.name, m.received_at FROM mailbox m \
             LEFT JOIN members mem ON mem.region_id = m.region_id \
             AND mem.public_key = m.recipient_key \
             WHERE m.bundle_id = $1 ORDER BY m.recipient_key",
        )
        .bind(bundle_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(recipient_row).collect::<Result<_, _>>().map_err(DbError::from)
    }

    pub async fn inbox(
        &self,
        region_id: &str,
        key: &str,
        after: i64,
        limit: i64,
    ) -> Result<Vec<InboxRow>, DbError> {
        let rows = sqlx::query(concat!(
            "SELECT m.seq, m.received_at, ",
            bundle_columns!(),
            " FROM mailbox m \
             JOIN bundles b ON b.id = m.bundle_id \
             WHERE m.region_id = $1 AND m.recipient_key = $2 AND m.seq > $3 \
             ORDER BY m.seq LIMIT $4"
        ))
        .bind(region_id)
        .bind(key)
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(InboxRow {
                    seq: row.try_get(0)?,
                    received_at: row.try_get(1)?,
                    bundle: bundle_row(row, 2)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DbError::from)
    }

    /// The caller's own deposits after bundle id `after`, with every recipient.
    pub async fn sent(
        &self,
        region_id: &str,
        key: &str,
        after: i64,
        limit: i64,
    ) -> Result<Vec<(BundleRow, Vec<RecipientRow>)>, DbError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            bundle_columns!(),
            " FROM bundles b \
             WHERE b.region_id = $1 AND b.sender_key = $2 AND b.id > $3 ORDER BY b.id LIMIT $4"
        ))
        .bind(region_id)
        .bind(key)
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let bundles: Vec<BundleRow> =
            rows.iter().map(|row| bundle_row(row, 0)).collect::<Result<_, _>>()?;
        let (Some(first), Some(last)) = (bundles.first(), bundles.last()) else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query(
            "SELECT m.bundle_id, m.recipient_key, mem.name, m.received_at FROM mailbox m \
             JOIN bundles b ON b.id = m.bundle_id \
             LEFT JOIN members mem ON mem.region_id = m.region_id \
             AND mem.public_key = m.recipient_key \
             WHERE b.region_id = $1 AND b.sender_key = $2 AND b.id >= $3 AND b.id <= $4 \
             ORDER BY m.bundle_id, m.recipient_key",
        )
        .bind(region_id)
        .bind(key)
        .bind(first.id)
        .bind(last.id)
        .fetch_all(&self.pool)
        .await?;
        let mut recipients: Vec<RecipientRow> =
            rows.iter().map(recipient_row).collect::<Result<_, _>>()?;
        Ok(bundles
            .into_iter()
            .map(|bundle| {
                let split = recipients.partition_point(|r| r.bundle_id <= bundle.id);
                let mine: Vec<RecipientRow> = recipients.drain(..split).collect();
                (bundle, mine)
            })
            .collect())
    }

    /// Whether `key` is a recipient of the bundle (and when it received it).
    pub async fn mailbox_entry(
        &self,
        bundle_id: i64,
        key: &str,
    ) -> Result<Option<Option<i64>>, DbError> {
        let row = sqlx::query(
            "SELECT received_at FROM mailbox WHERE bundle_id = $1 AND recipient_key = $2",
        )
        .bind(bundle_id)
        .bind(key)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| row.try_get(0)).transpose()?)
    }

    /// Marks the bundle received by `key` (the first time only); returns the time it was.
    pub async fn mark_received(&self, bundle_id: i64, key: &str, now: i64) -> Result<(), DbError> {
        sqlx::query(
            "UPDATE mailbox SET received_at = $1 \
             WHERE bundle_id = $2 AND recipient_key = $3 AND received_at IS NULL",
        )
        .bind(now)
        .bind(bundle_id)
        .bind(key)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts, for tests and the bench: (bundles, mailbox rows).
    pub async fn counts(&self) -> Result<(i64, i64), DbError> {
        let bundles: i64 =
            sqlx::query("SELECT COUNT(*) FROM bundles").fetch_one(&self.pool).await?.try_get(0)?;
        let mailbox: i64 =
            sqlx::query("SELECT COUNT(*) FROM mailbox").fetch_one(&self.pool).await?.try_get(0)?;
        Ok((bundles, mailbox))
    }

    /// Closes every pooled connection (SQLite's worker threads too), so the process ends at once.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Bundles of the sender not yet received by every recipient.
async fn pending(conn: &mut sqlx::AnyConnection, new: &NewBundle<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "SELECT COUNT(*) FROM bundles b WHERE b.region_id = $1 AND b.sender_key = $2 \
         AND EXISTS (SELECT 1 FROM mailbox m WHERE m.bundle_id = b.id \
         AND m.received_at IS NULL)",
    )
    .bind(new.region_id)
    .bind(new.sender_key)
    .fetch_one(conn)
    .await?
    .try_get(0)
}

async fn insert_member(
    tx: &mut Transaction<'_, Any>,
    region_id: &str,
    key: &str,
    name: &str,
    agency_id: Option<&str>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO members (region_id, public_key, name, agency_id, joined_at, last_seen) \
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (region_id, public_key) DO NOTHING",
    )
    .bind(region_id)
    .bind(key)
    .bind(name)
    .bind(agency_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

fn member_row(row: &AnyRow) -> Result<MemberRow, sqlx::Error> {
    Ok(MemberRow {
        public_key: row.try_get(0)?,
        name: row.try_get(1)?,
        agency_id: row.try_get(2)?,
        joined_at: row.try_get(3)?,
        last_seen: row.try_get(4)?,
    })
}

fn recipient_row(row: &AnyRow) -> Result<RecipientRow, sqlx::Error> {
    Ok(RecipientRow {
        bundle_id: row.try_get(0)?,
        public_key: row.try_get(1)?,
        name: row.try_get(2)?,
        received_at: row.try_get(3)?,
    })
}

/// A 64-bit lock key per region for `pg_advisory_xact_lock`.
fn region_lock(region_id: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(region_id.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    i64::from_le_bytes(bytes)
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_a_message() {
        assert_eq!(
            redact("postgres://relay:s3cret@db.local:5432/inovda"),
            "postgres://relay:***@db.local:5432/inovda"
        );
        assert_eq!(redact("sqlite:///tmp/x.sqlite3?mode=rwc"), "sqlite:///tmp/x.sqlite3?mode=rwc");
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(unhex(&hex(&[0, 15, 255])), Some(vec![0, 15, 255]));
        assert_eq!(unhex("abc"), None);
        assert_eq!(unhex("zz"), None);
    }
}
