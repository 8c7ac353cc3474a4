//! Multi-row `INSERT`s: rows are buffered and written as few statements as the database's
//! limit on bound values allows (SQLite 32,766, PostgreSQL 65,535), each statement text
//! built once per size so that the driver prepares it once.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

use super::progress::Progress;

/// Rows of one table on their way into the database.
pub struct BulkInsert<'a, C: ConnectionTrait> {
    db: &'a C,
    table: &'static str,
    columns: Vec<&'static str>,
    rows_per_statement: usize,
    values: Vec<Value>,
    /// The statement text for a full batch, kept between batches.
    full_batch_sql: Option<String>,
    /// Counts pushed rows, unless the rows are a by-product of others.
    progress: Option<&'a Progress>,
}

impl<'a, C: ConnectionTrait> BulkInsert<'a, C> {
    pub fn new(
        db: &'a C,
        table: &'static str,
        columns: Vec<&'static str>,
        progress: &'a Progress,
    ) -> Self {
        let bound_values_limit = match db.get_database_backend() {
            DbBackend::Postgres => 65_535,
            _ => 32_766,
        };
        let rows_per_statement = (bound_values_limit / columns.len()).clamp(1, 10_000);
        BulkInsert {
            db,
            table,
            rows_per_statement,
            values: Vec::with_capacity(rows_per_statement * columns.len()),
            columns,
            full_batch_sql: None,
            progress: Some(progress),
        }
    }

    /// Rows that are not counted in the progress shown (counters beside the counted rows).
    pub fn uncounted(mut self) -> Self {
        self.progress = None;
        self
    }

    /// Adds one row, its values in the order of the columns; writes a batch when full.
    pub async fn push(&mut self, row: impl IntoIterator<Item = Value>) -> Result<(), DbErr> {
        let before = self.values.len();
        self.values.extend(row);
        debug_assert_eq!(self.values.len() - before, self.columns.len());
        if let Some(progress) = self.progress {
            progress.advance(1);
        }
        if self.values.len() >= self.rows_per_statement * self.columns.len() {
            self.flush().await?;
        }
        Ok(())
    }

    /// Writes what is left.
    pub async fn finish(mut self) -> Result<(), DbErr> {
        self.flush().await
    }

    async fn flush(&mut self) -> Result<(), DbErr> {
        if self.values.is_empty() {
            return Ok(());
        }
        let rows = self.values.len() / self.columns.len();
        let backend = self.db.get_database_backend();
        let sql = if rows == self.rows_per_statement {
            self.full_batch_sql
                .get_or_insert_with(|| insert_sql(backend, self.table, &self.columns, rows))
                .clone()
        } else {
            insert_sql(backend, self.table, &self.columns, rows)
        };
        let values = std::mem::replace(
            &mut self.values,
            Vec::with_capacity(self.rows_per_statement * self.columns.len()),
        );
        self.db
            .execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        Ok(())
    }
}

/// `INSERT INTO "table" ("a", "b") VALUES (?, ?), (?, ?) …` with `rows` rows.
fn insert_sql(backend: DbBackend, table: &str, columns: &[&str], rows: usize) -> String {
    let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
    let mut sql = format!("INSERT INTO \"{table}\" ({}) VALUES ", quoted.join(", "));
    let mut next = 1;
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..columns.len() {
            if column > 0 {
                sql.push_str(", ");
            }
            match backend {
                DbBackend::Postgres => {
                    sql.push('$');
                    sql.push_str(&next.to_string());
                }
                _ => sql.push('?'),
            }
            next += 1;
        }
        sql.push(')');
    }
    sql
}

/// The highest id in use in `table` (0 when empty): rows written here take the ids after it,
/// so that rows can point at each other without reading ids back.
pub async fn highest_id(db: &impl ConnectionTrait, table: &str) -> Result<i64, DbErr> {
    number(db, &format!("SELECT COALESCE(MAX(id), 0) FROM \"{table}\"")).await
}

/// The one number a query answers (a count, an id), as a 64-bit integer on both databases.
pub async fn number(db: &impl ConnectionTrait, sql: &str) -> Result<i64, DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT CAST(({sql}) AS BIGINT)"),
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("an answer to {sql}")))?;
    row.try_get_by_index::<i64>(0)
}

/// On PostgreSQL, moves `table`'s id sequence past the ids written explicitly, so that rows
/// the application adds later do not collide with them. SQLite needs nothing.
pub async fn resume_id_sequence(db: &impl ConnectionTrait, table: &str) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    db.execute_unprepared(&format!(
        "SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), \
         (SELECT COALESCE(MAX(id), 0) + 1 FROM \"{table}\"), false)"
    ))
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_number_their_placeholders_on_postgres_only() {
        assert_eq!(
            insert_sql(DbBackend::Postgres, "vote", &["a", "b"], 2),
            "INSERT INTO \"vote\" (\"a\", \"b\") VALUES ($1, $2), ($3, $4)"
        );
        assert_eq!(
            insert_sql(DbBackend::Sqlite, "user", &["a"], 2),
            "INSERT INTO \"user\" (\"a\") VALUES (?), (?)"
        );
    }
}
