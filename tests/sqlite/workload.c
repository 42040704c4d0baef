/*
 * SQLite workload for the cir test-suite.
 *
 * Opens an in-memory database and runs a long, deterministic SQL workload
 * through the public C API, printing every result row and every error.  The
 * output must be identical whether sqlite3.c (and this file) were compiled
 * directly by the C compiler or first rewritten by cir.
 *
 * Build (see README.md):
 *   gcc -O0 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE \
 *       -DSQLITE_ENABLE_MATH_FUNCTIONS -I$SQ workload.c $SQ/sqlite3.c \
 *       -lm -lpthread -ldl
 *
 * Nothing here depends on time, randomness, pointer values or the
 * environment.  Exit status is 0 when the workload ran to completion (SQL
 * errors are expected and printed; they do not make the run fail), 1 when
 * something that must work did not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlite3.h"

static sqlite3 *db;
static int n_errors; /* SQL errors printed (expected ones included) */
static int n_fatal;  /* failures that make the exit status non-zero */

/* ------------------------------------------------------------------ */
/* Output helpers                                                      */
/* ------------------------------------------------------------------ */

static int row_cb(void *arg, int ncol, char **vals, char **names) {
  int i;
  (*(int *)arg)++;
  for (i = 0; i < ncol; i++)
    printf("%s%s=%s", i ? "|" : "", names[i], vals[i] ? vals[i] : "NULL");
  printf("\n");
  return 0;
}

/* Run one or more SQL statements, printing the SQL, the rows and errors. */
static void run(const char *sql) {
  char *err = NULL;
  int rows = 0;
  int rc;
  printf("SQL> %s\n", sql);
  rc = sqlite3_exec(db, sql, row_cb, &rows, &err);
  if (rc != SQLITE_OK) {
    n_errors++;
    printf("ERROR rc=%d ext=%d: %s\n", rc, sqlite3_extended_errcode(db),
           err ? err : "(no message)");
    sqlite3_free(err);
  }
}

/* Like run(), but also report the change counters afterwards. */
static void runc(const char *sql) {
  run(sql);
  printf("  changes=%d total_changes=%d last_rowid=%lld\n", sqlite3_changes(db),
         sqlite3_total_changes(db), (long long)sqlite3_last_insert_rowid(db));
}

static void run_all(const char *const *sqls) {
  for (; *sqls; sqls++) run(*sqls);
}

static void section(const char *name) { printf("\n==== %s ====\n", name); }

static void must(int rc, const char *what) {
  if (rc != SQLITE_OK) {
    n_fatal++;
    printf("FATAL %s: rc=%d %s\n", what, rc, sqlite3_errmsg(db));
  }
}

static void print_hex(const unsigned char *p, int n) {
  int i;
  for (i = 0; i < n; i++) printf("%02X", p[i]);
}

/* Print the current row of a prepared statement, column by column, using
 * the typed accessors. */
static void print_stmt_row(sqlite3_stmt *st) {
  int i, n = sqlite3_column_count(st);
  for (i = 0; i < n; i++) {
    const char *name = sqlite3_column_name(st, i);
    printf("%s%s:", i ? " | " : "", name);
    switch (sqlite3_column_type(st, i)) {
      case SQLITE_INTEGER:
        printf("int(%lld)", (long long)sqlite3_column_int64(st, i));
        break;
      case SQLITE_FLOAT: {
        char buf[64];
        sqlite3_snprintf(sizeof buf, buf, "%!.15g", sqlite3_column_double(st, i));
        printf("real(%s)", buf);
        break;
      }
      case SQLITE_TEXT:
        printf("text(%d:%s)", sqlite3_column_bytes(st, i),
               (const char *)sqlite3_column_text(st, i));
        break;
      case SQLITE_BLOB: {
        const unsigned char *b = sqlite3_column_blob(st, i);
        int nb = sqlite3_column_bytes(st, i);
        printf("blob(%d:", nb);
        print_hex(b, nb);
        printf(")");
        break;
      }
      default:
        printf("null");
    }
  }
  printf("\n");
}

/* Prepare, step through and print every row of a single statement. */
static void query(const char *sql) {
  sqlite3_stmt *st = NULL;
  int rc;
  printf("QUERY> %s\n", sql);
  rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  if (rc != SQLITE_OK) {
    n_errors++;
    printf("PREPARE ERROR %d: %s\n", rc, sqlite3_errmsg(db));
    return;
  }
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) print_stmt_row(st);
  if (rc != SQLITE_DONE) {
    n_errors++;
    printf("STEP ERROR %d: %s\n", rc, sqlite3_errmsg(db));
  }
  sqlite3_finalize(st);
}

/* ------------------------------------------------------------------ */
/* Application-defined functions, collation and virtual table          */
/* ------------------------------------------------------------------ */

/* c_rot13(text) */
static void fn_rot13(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const unsigned char *in;
  char *out;
  int i, n;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  in = sqlite3_value_text(argv[0]);
  n = sqlite3_value_bytes(argv[0]);
  out = sqlite3_malloc(n + 1);
  if (!out) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  for (i = 0; i < n; i++) {
    unsigned char c = in[i];
    if (c >= 'a' && c <= 'z') c = (unsigned char)('a' + (c - 'a' + 13) % 26);
    else if (c >= 'A' && c <= 'Z') c = (unsigned char)('A' + (c - 'A' + 13) % 26);
    out[i] = (char)c;
  }
  out[n] = 0;
  sqlite3_result_text(ctx, out, n, sqlite3_free);
}

/* c_fib(n): n-th Fibonacci number, error for negative or too large n */
static void fn_fib(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3_int64 n = sqlite3_value_int64(argv[0]);
  sqlite3_uint64 a = 0, b = 1, t; /* unsigned: b runs one step ahead of a */
  (void)argc;
  if (n < 0 || n > 92) {
    sqlite3_result_error(ctx, "c_fib: argument out of range", -1);
    return;
  }
  while (n-- > 0) {
    t = a + b;
    a = b;
    b = t;
  }
  sqlite3_result_int64(ctx, (sqlite3_int64)a);
}

/* c_describe(x): type name plus length, exercising sqlite3_value_* */
static void fn_describe(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  char *s;
  sqlite3_value *v = argv[0];
  (void)argc;
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
      s = sqlite3_mprintf("integer:%lld", (long long)sqlite3_value_int64(v));
      break;
    case SQLITE_FLOAT:
      s = sqlite3_mprintf("real:%.3f", sqlite3_value_double(v));
      break;
    case SQLITE_TEXT:
      s = sqlite3_mprintf("text[%d]:%s", sqlite3_value_bytes(v), sqlite3_value_text(v));
      break;
    case SQLITE_BLOB:
      s = sqlite3_mprintf("blob[%d]", sqlite3_value_bytes(v));
      break;
    default:
      s = sqlite3_mprintf("null");
  }
  sqlite3_result_text(ctx, s, -1, sqlite3_free);
}

/* c_fnv(text): FNV-1a 64-bit hash aggregate over all (non-NULL) inputs,
 * in the order they are fed; returned as a 16-digit hex string */
typedef struct {
  sqlite3_uint64 h;
  sqlite3_int64 n;
} FnvCtx;

static void fnv_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  FnvCtx *p = sqlite3_aggregate_context(ctx, sizeof(FnvCtx));
  const unsigned char *s;
  int i, n;
  (void)argc;
  if (!p) return;
  if (p->n == 0) p->h = 14695981039346656037ULL;
  p->n++;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  s = sqlite3_value_text(argv[0]);
  n = sqlite3_value_bytes(argv[0]);
  for (i = 0; i < n; i++) {
    p->h ^= s[i];
    p->h *= 1099511628211ULL;
  }
  p->h ^= 0xff; /* row separator */
  p->h *= 1099511628211ULL;
}

static void fnv_final(sqlite3_context *ctx) {
  FnvCtx *p = sqlite3_aggregate_context(ctx, 0);
  char buf[40];
  if (!p || p->n == 0) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlite3_snprintf(sizeof buf, buf, "%016llx/%lld", (unsigned long long)p->h,
                   (long long)p->n);
  sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* c_wsum(x): window aggregate (running sum of integers) */
static void wsum_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3_int64 *p = sqlite3_aggregate_context(ctx, sizeof(sqlite3_int64));
  (void)argc;
  if (p) *p += sqlite3_value_int64(argv[0]);
}
static void wsum_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3_int64 *p = sqlite3_aggregate_context(ctx, sizeof(sqlite3_int64));
  (void)argc;
  if (p) *p -= sqlite3_value_int64(argv[0]);
}
static void wsum_value(sqlite3_context *ctx) {
  sqlite3_int64 *p = sqlite3_aggregate_context(ctx, sizeof(sqlite3_int64));
  sqlite3_result_int64(ctx, p ? *p : 0);
}

/* "REVERSE" collation: compares strings back to front */
static int coll_reverse(void *arg, int n1, const void *p1, int n2, const void *p2) {
  const unsigned char *a = p1, *b = p2;
  int i = n1 - 1, j = n2 - 1;
  (void)arg;
  while (i >= 0 && j >= 0) {
    if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
    i--;
    j--;
  }
  return (i >= 0) - (j >= 0);
}

/* seq(start, stop, step): an eponymous table-valued function */
typedef struct {
  sqlite3_vtab base;
} SeqVtab;
typedef struct {
  sqlite3_vtab_cursor base;
  sqlite3_int64 start, stop, step, cur, rowid;
} SeqCursor;

enum { SEQ_VALUE = 0, SEQ_START, SEQ_STOP, SEQ_STEP };

static int seq_connect(sqlite3 *d, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **pp, char **err) {
  SeqVtab *v;
  int rc;
  (void)aux;
  (void)argc;
  (void)argv;
  (void)err;
  rc = sqlite3_declare_vtab(
      d, "CREATE TABLE x(value INTEGER, start HIDDEN, stop HIDDEN, step HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  v = sqlite3_malloc(sizeof(*v));
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof(*v));
  *pp = &v->base;
  return SQLITE_OK;
}
static int seq_disconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}
static int seq_open(sqlite3_vtab *v, sqlite3_vtab_cursor **pp) {
  SeqCursor *c = sqlite3_malloc(sizeof(*c));
  (void)v;
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *pp = &c->base;
  return SQLITE_OK;
}
static int seq_close(sqlite3_vtab_cursor *c) {
  sqlite3_free(c);
  return SQLITE_OK;
}
static int seq_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv) {
  SeqCursor *c = (SeqCursor *)cur;
  int i = 0;
  (void)idxStr;
  (void)argc;
  c->start = 1;
  c->stop = 10;
  c->step = 1;
  if (idxNum & 1) c->start = sqlite3_value_int64(argv[i++]);
  if (idxNum & 2) c->stop = sqlite3_value_int64(argv[i++]);
  if (idxNum & 4) c->step = sqlite3_value_int64(argv[i++]);
  if (c->step == 0) c->step = 1;
  c->cur = c->start;
  c->rowid = 1;
  return SQLITE_OK;
}
static int seq_next(sqlite3_vtab_cursor *cur) {
  SeqCursor *c = (SeqCursor *)cur;
  c->cur += c->step;
  c->rowid++;
  return SQLITE_OK;
}
static int seq_eof(sqlite3_vtab_cursor *cur) {
  SeqCursor *c = (SeqCursor *)cur;
  return c->step > 0 ? c->cur > c->stop : c->cur < c->stop;
}
static int seq_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  SeqCursor *c = (SeqCursor *)cur;
  sqlite3_int64 v = 0;
  switch (col) {
    case SEQ_VALUE: v = c->cur; break;
    case SEQ_START: v = c->start; break;
    case SEQ_STOP: v = c->stop; break;
    default: v = c->step; break;
  }
  sqlite3_result_int64(ctx, v);
  return SQLITE_OK;
}
static int seq_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *r) {
  *r = ((SeqCursor *)cur)->rowid;
  return SQLITE_OK;
}
static int seq_best_index(sqlite3_vtab *v, sqlite3_index_info *info) {
  int i, idx = 0, argn = 0;
  int where[3] = {-1, -1, -1};
  (void)v;
  for (i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *cn = &info->aConstraint[i];
    if (cn->iColumn < SEQ_START) continue;
    if (cn->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!cn->usable) return SQLITE_CONSTRAINT;
    where[cn->iColumn - SEQ_START] = i;
  }
  for (i = 0; i < 3; i++) {
    if (where[i] >= 0) {
      idx |= 1 << i;
      info->aConstraintUsage[where[i]].argvIndex = ++argn;
      info->aConstraintUsage[where[i]].omit = 1;
    }
  }
  info->idxNum = idx;
  info->estimatedCost = 10.0;
  info->estimatedRows = 10;
  return SQLITE_OK;
}

static sqlite3_module seq_module = {
    0,              /* iVersion */
    0,              /* xCreate: eponymous-only */
    seq_connect,    /* xConnect */
    seq_best_index, /* xBestIndex */
    seq_disconnect, /* xDisconnect */
    0,              /* xDestroy */
    seq_open,       /* xOpen */
    seq_close,      /* xClose */
    seq_filter,     /* xFilter */
    seq_next,       /* xNext */
    seq_eof,        /* xEof */
    seq_column,     /* xColumn */
    seq_rowid,      /* xRowid */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

/* Progress handler used to interrupt a runaway query */
static int progress_calls;
static int progress_cb(void *arg) {
  (void)arg;
  return ++progress_calls >= 50;
}

/* Authorizer that hides one column and refuses DROP TABLE */
static int auth_cb(void *arg, int op, const char *a, const char *b, const char *c,
                   const char *d) {
  (void)arg;
  (void)c;
  (void)d;
  if (op == SQLITE_READ && a && b && strcmp(a, "emp") == 0 && strcmp(b, "salary") == 0)
    return SQLITE_IGNORE;
  if (op == SQLITE_DROP_TABLE) return SQLITE_DENY;
  return SQLITE_OK;
}

/* ------------------------------------------------------------------ */
/* Workload sections                                                   */
/* ------------------------------------------------------------------ */

static void sql_schema(void) {
  static const char *const s[] = {
      "PRAGMA foreign_keys = ON",
      "PRAGMA foreign_keys",
      "CREATE TABLE dept(\n"
      "  id INTEGER PRIMARY KEY,\n"
      "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,\n"
      "  budget NUMERIC DEFAULT 1000.0 CHECK (budget >= 0),\n"
      "  created TEXT DEFAULT '2020-01-01'\n"
      ")",
      "CREATE TABLE emp(\n"
      "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
      "  name TEXT NOT NULL,\n"
      "  dept_id INTEGER REFERENCES dept(id) ON DELETE CASCADE ON UPDATE CASCADE,\n"
      "  manager_id INTEGER REFERENCES emp(id) ON DELETE SET NULL,\n"
      "  salary REAL CHECK (salary > 0),\n"
      "  hired TEXT,\n"
      "  email TEXT UNIQUE,\n"
      "  level INT DEFAULT 1,\n"
      "  bonus AS (round(salary * level / 100.0, 2)) VIRTUAL,\n"
      "  tag TEXT AS (upper(substr(name, 1, 3))) STORED\n"
      ")",
      "CREATE TABLE kv(k TEXT PRIMARY KEY, v ANY, n INTEGER DEFAULT 0) WITHOUT ROWID",
      "CREATE TABLE strict_t(a INTEGER, b TEXT, c REAL, d BLOB, e ANY) STRICT",
      "CREATE TABLE affinity(i INTEGER, r REAL, n NUMERIC, t TEXT, b BLOB, x)",
      "CREATE TABLE audit(id INTEGER PRIMARY KEY, ts INTEGER, action TEXT, detail TEXT)",
      "CREATE TABLE big(id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c REAL, name TEXT, grp TEXT)",
      "CREATE TABLE words(w TEXT COLLATE RTRIM, n INTEGER)",
      "INSERT INTO dept(id, name, budget) VALUES (1, 'Engineering', 500000), (2, 'Sales', 250000),"
      " (3, 'Marketing', 120000.50), (4, 'Support', 80000), (5, 'Research', NULL)",
      "INSERT INTO dept(name) VALUES ('Legal')",
      "INSERT INTO emp(name, dept_id, manager_id, salary, hired, email, level) VALUES\n"
      " ('Alice', 1, NULL, 150000, '2015-03-01', 'alice@corp.example', 5),\n"
      " ('Bob', 1, 1, 120000, '2016-07-15', 'bob@corp.example', 4),\n"
      " ('Carol', 1, 2, 95000, '2019-01-10', 'carol@corp.example', 3),\n"
      " ('Dave', 2, NULL, 110000, '2014-11-30', 'dave@corp.example', 4),\n"
      " ('Eve', 2, 4, 70000, '2020-02-29', 'eve@corp.example', 2),\n"
      " ('Frank', 3, NULL, 85000, '2018-05-05', NULL, 3),\n"
      " ('Grace', 3, 6, 64000.5, '2021-09-09', 'grace@corp.example', 2),\n"
      " ('Heidi', 4, NULL, 52000, '2022-12-31', 'heidi@corp.example', 1),\n"
      " ('Ivan', 4, 8, 48000, '2023-01-02', NULL, 1),\n"
      " ('Judy', NULL, NULL, 99000, '2017-08-08', 'judy@corp.example', 3),\n"
      " ('Mallory', 1, 2, 101000, '2019-04-01', 'mallory@corp.example', 3),\n"
      " ('Niaj', 2, 4, 72000, '2021-06-30', 'niaj@corp.example', 2)",
      "SELECT id, name, dept_id, manager_id, salary, bonus, tag, level FROM emp ORDER BY id",
      NULL};
  section("schema and basic data");
  run_all(s);
  runc("INSERT INTO kv VALUES ('alpha', 1, 1), ('beta', 'two', 2), ('gamma', 3.5, 3), "
       "('delta', x'DEADBEEF', 4), ('epsilon', NULL, 5)");
  run("SELECT k, quote(v), typeof(v), n FROM kv ORDER BY k");
}

static void sql_big_insert(void) {
  section("bulk insert with recursive CTE");
  runc("INSERT INTO big(id, a, b, c, name, grp)\n"
       "WITH RECURSIVE cnt(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM cnt WHERE x < 25000)\n"
       "SELECT x, (x * 7919) % 10007, (x * x) % 1009 - 500, (x % 97) * 1.25 + x / 1000.0,\n"
       "       printf('name%05d', (x * 37) % 25013), char(65 + x % 7) || char(97 + x % 3)\n"
       "FROM cnt");
  run("SELECT count(*), min(a), max(a), sum(b), total(c), avg(a), count(DISTINCT grp) FROM big");
  run("CREATE INDEX big_a ON big(a)");
  run("CREATE INDEX big_grp_b ON big(grp, b DESC)");
  run("CREATE INDEX big_neg_b ON big(b) WHERE b < 0");
  run("CREATE INDEX big_expr ON big(length(name) + a % 10)");
  run("CREATE UNIQUE INDEX emp_name_dept ON emp(name, dept_id)");
  run("CREATE INDEX emp_lower_name ON emp(lower(name))");
  run("ANALYZE");
  run("SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx");
  run("SELECT grp, count(*), sum(b), min(c), max(c) FROM big GROUP BY grp ORDER BY grp");
  run("SELECT id, a, b FROM big WHERE a BETWEEN 5000 AND 5005 ORDER BY a, id");
  run("SELECT count(*), sum(b) FROM big WHERE b < 0");
  run("SELECT id, name, length(name) + a % 10 AS k FROM big WHERE length(name) + a % 10 = 17 "
      "ORDER BY id LIMIT 5");
  run("EXPLAIN QUERY PLAN SELECT * FROM big WHERE a = 17");
  run("EXPLAIN QUERY PLAN SELECT count(*) FROM big WHERE b < -400");
  run("EXPLAIN QUERY PLAN SELECT * FROM big WHERE grp = 'Ab' ORDER BY b DESC LIMIT 3");
  run("SELECT id, a, b FROM big WHERE grp = 'Ab' ORDER BY b DESC, id LIMIT 3");
  run("SELECT grp, b, count(*) FROM big WHERE grp IN ('Ca', 'Gc') AND b > 480 "
      "GROUP BY grp, b ORDER BY grp, b");
}

static void sql_queries(void) {
  static const char *const joins[] = {
      "SELECT e.name, d.name AS dept FROM emp e JOIN dept d ON e.dept_id = d.id ORDER BY e.id",
      "SELECT e.name, d.name AS dept FROM emp e LEFT JOIN dept d ON e.dept_id = d.id "
      "ORDER BY e.id",
      "SELECT e.name, d.name AS dept FROM emp e RIGHT JOIN dept d ON e.dept_id = d.id "
      "ORDER BY d.id, e.id",
      "SELECT e.name, d.name AS dept FROM emp e FULL OUTER JOIN dept d ON e.dept_id = d.id "
      "ORDER BY d.id NULLS FIRST, e.id",
      "SELECT count(*) FROM emp CROSS JOIN dept",
      "SELECT e.name, m.name AS manager, mm.name AS grand FROM emp e "
      "LEFT JOIN emp m ON e.manager_id = m.id LEFT JOIN emp mm ON m.manager_id = mm.id "
      "ORDER BY e.id",
      "SELECT d.name, e.ename FROM dept d NATURAL JOIN (SELECT dept_id AS id, name AS ename "
      "FROM emp) e ORDER BY 1, 2",
      "SELECT a.name, b.name FROM emp a JOIN emp b USING (level) WHERE a.id < b.id "
      "ORDER BY a.id, b.id",
      NULL};
  static const char *const subq[] = {
      "SELECT name, salary FROM emp WHERE salary > (SELECT avg(salary) FROM emp) ORDER BY salary DESC",
      "SELECT name FROM dept WHERE id NOT IN (SELECT dept_id FROM emp WHERE dept_id IS NOT NULL) "
      "ORDER BY name",
      "SELECT name FROM dept d WHERE EXISTS (SELECT 1 FROM emp e WHERE e.dept_id = d.id AND "
      "e.salary > 100000) ORDER BY name",
      "SELECT name, (SELECT count(*) FROM emp e WHERE e.dept_id = d.id) AS n, "
      "(SELECT max(salary) FROM emp e WHERE e.dept_id = d.id) AS top FROM dept d ORDER BY id",
      "SELECT * FROM (SELECT dept_id, avg(salary) AS av FROM emp GROUP BY dept_id) "
      "WHERE av > 80000 ORDER BY av",
      "SELECT name, salary FROM emp e WHERE salary = (SELECT max(salary) FROM emp e2 "
      "WHERE e2.dept_id IS e.dept_id) ORDER BY name",
      "SELECT name FROM emp WHERE (dept_id, level) IN (SELECT dept_id, max(level) FROM emp "
      "GROUP BY dept_id) ORDER BY name",
      "SELECT name FROM emp WHERE salary > (SELECT max(salary) FROM emp WHERE dept_id = 2) "
      "ORDER BY 1",
      NULL};
  static const char *const groups[] = {
      "SELECT dept_id, count(*), sum(salary), avg(salary), min(salary), max(salary), "
      "total(level), group_concat(name, ';') FROM emp GROUP BY dept_id ORDER BY dept_id",
      "SELECT dept_id, count(*) AS n FROM emp GROUP BY dept_id HAVING count(*) >= 3 ORDER BY n DESC, dept_id",
      "SELECT level, group_concat(name ORDER BY name DESC) AS names, string_agg(id, '+') "
      "FROM emp GROUP BY level ORDER BY level",
      "SELECT count(*), count(email), count(DISTINCT dept_id), sum(DISTINCT level), "
      "avg(DISTINCT level) FROM emp",
      "SELECT sum(x), total(x), avg(x), count(x), min(x), max(x) FROM (SELECT NULL AS x)",
      "SELECT sum(x), total(x), avg(x) FROM (SELECT 1 AS x UNION ALL SELECT 2.5 UNION ALL "
      "SELECT '3' UNION ALL SELECT 'abc')",
      "SELECT name, salary FROM emp ORDER BY salary DESC LIMIT 3 OFFSET 2",
      "SELECT name, salary FROM emp ORDER BY salary LIMIT 2, 3",
      "SELECT id, email FROM emp ORDER BY email NULLS FIRST, id",
      "SELECT id, email FROM emp ORDER BY email DESC NULLS LAST, id",
      "SELECT dept_id, name FROM emp ORDER BY dept_id NULLS LAST, name COLLATE NOCASE DESC",
      "SELECT name FROM emp UNION SELECT name FROM dept ORDER BY 1",
      "SELECT level FROM emp INTERSECT SELECT id FROM dept ORDER BY 1",
      "SELECT id FROM dept EXCEPT SELECT dept_id FROM emp ORDER BY 1",
      "SELECT level, dept_id FROM emp UNION ALL SELECT 99, 99 ORDER BY 1 DESC, 2 LIMIT 5",
      "SELECT DISTINCT level FROM emp ORDER BY level DESC",
      "SELECT CASE WHEN salary >= 100000 THEN 'high' WHEN salary >= 70000 THEN 'mid' "
      "ELSE 'low' END AS band, count(*) FROM emp GROUP BY band ORDER BY band",
      "SELECT iif(level > 2, 'senior', 'junior'), coalesce(email, 'none'), "
      "ifnull(manager_id, -1), nullif(level, 3) FROM emp ORDER BY id LIMIT 5",
      NULL};
  static const char *const windows[] = {
      "SELECT name, dept_id, salary,\n"
      "  row_number() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS rn,\n"
      "  rank() OVER (ORDER BY level DESC) AS rk,\n"
      "  dense_rank() OVER (ORDER BY level DESC) AS drk,\n"
      "  percent_rank() OVER (ORDER BY salary) AS pr,\n"
      "  cume_dist() OVER (ORDER BY salary) AS cd,\n"
      "  ntile(3) OVER (ORDER BY id) AS nt\n"
      "FROM emp ORDER BY id",
      "SELECT name, salary,\n"
      "  lag(salary) OVER w AS prev, lead(salary, 2, -1) OVER w AS next2,\n"
      "  first_value(name) OVER w AS first, last_value(name) OVER w AS last,\n"
      "  nth_value(name, 3) OVER w AS third\n"
      "FROM emp WINDOW w AS (ORDER BY salary ROWS BETWEEN UNBOUNDED PRECEDING AND "
      "UNBOUNDED FOLLOWING) ORDER BY salary",
      "SELECT id, salary, sum(salary) OVER (ORDER BY id) AS running,\n"
      "  avg(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS mov,\n"
      "  count(*) OVER (ORDER BY level RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS cr,\n"
      "  c_wsum(level) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS cw,\n"
      "  group_concat(id, '.') OVER (ORDER BY id GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING "
      "EXCLUDE CURRENT ROW) AS g\n"
      "FROM emp ORDER BY id",
      "SELECT grp, id, b, sum(b) OVER (PARTITION BY grp ORDER BY id) AS run FROM big "
      "WHERE id <= 30 ORDER BY grp, id",
      "SELECT grp, max(run) FROM (SELECT grp, sum(b) OVER (PARTITION BY grp ORDER BY id) AS run "
      "FROM big) GROUP BY grp ORDER BY grp",
      "SELECT id, a, avg(a) OVER (ORDER BY id ROWS 99 PRECEDING) AS ma FROM big "
      "WHERE id % 2500 = 0 ORDER BY id",
      NULL};
  section("joins");
  run_all(joins);
  section("subqueries");
  run_all(subq);
  section("grouping, ordering, set operations");
  run_all(groups);
  section("window functions");
  run_all(windows);
}

static void sql_cte(void) {
  static const char *const s[] = {
      "WITH RECURSIVE fib(n, a, b) AS (SELECT 0, 0, 1 UNION ALL SELECT n + 1, b, a + b FROM fib "
      "WHERE n < 92) SELECT n, a, c_fib(n) = a AS ok FROM fib WHERE n % 10 = 0 OR n > 88",
      "WITH RECURSIVE fact(n, f) AS (SELECT 1, 1 UNION ALL SELECT n + 1, f * (n + 1) FROM fact "
      "WHERE n < 25) SELECT n, f, typeof(f) FROM fact WHERE n >= 18",
      "WITH RECURSIVE\n"
      "  xaxis(x) AS (VALUES(-2.0) UNION ALL SELECT x + 0.05 FROM xaxis WHERE x < 1.2),\n"
      "  yaxis(y) AS (VALUES(-1.0) UNION ALL SELECT y + 0.1 FROM yaxis WHERE y < 1.0),\n"
      "  m(iter, cx, cy, x, y) AS (\n"
      "    SELECT 0, x, y, 0.0, 0.0 FROM xaxis, yaxis\n"
      "    UNION ALL\n"
      "    SELECT iter + 1, cx, cy, x * x - y * y + cx, 2.0 * x * y + cy FROM m\n"
      "     WHERE (x * x + y * y) < 4.0 AND iter < 28\n"
      "  ),\n"
      "  m2(iter, cx, cy) AS (SELECT max(iter), cx, cy FROM m GROUP BY cx, cy),\n"
      "  a(cy, t) AS (SELECT cy, group_concat(substr(' .+*#', 1 + min(iter / 7, 4), 1), ''\n"
      "           ORDER BY cx) FROM m2 GROUP BY cy)\n"
      "SELECT group_concat(rtrim(t), x'0a' ORDER BY cy) AS mandelbrot FROM a",
      "WITH RECURSIVE chain(id, name, depth, path) AS (\n"
      "  SELECT id, name, 0, name FROM emp WHERE manager_id IS NULL\n"
      "  UNION ALL\n"
      "  SELECT e.id, e.name, c.depth + 1, c.path || ' > ' || e.name FROM emp e JOIN chain c "
      "ON e.manager_id = c.id\n"
      ") SELECT depth, path FROM chain ORDER BY path",
      "WITH RECURSIVE digits(d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM digits WHERE d < 9),\n"
      " pyth(a, b, c) AS (SELECT x.d * 10 + y.d, 0, 0 FROM digits x, digits y)\n"
      "SELECT p.a, q.a AS b, r.a AS c FROM pyth p, pyth q, pyth r WHERE p.a > 0 AND p.a < q.a "
      "AND q.a < r.a AND p.a * p.a + q.a * q.a = r.a * r.a AND r.a < 40 ORDER BY 3, 1",
      "WITH RECURSIVE collatz(start, n, steps) AS (SELECT value, value, 0 FROM seq(1, 30)\n"
      " UNION ALL SELECT start, CASE WHEN n % 2 THEN 3 * n + 1 ELSE n / 2 END, steps + 1 "
      "FROM collatz WHERE n > 1)\n"
      "SELECT start, max(steps) AS steps, max(n) AS peak FROM collatz GROUP BY start "
      "ORDER BY steps DESC, start LIMIT 8",
      "WITH t(x) AS MATERIALIZED (SELECT a FROM big WHERE id < 10), u(y) AS NOT MATERIALIZED "
      "(SELECT x * 2 FROM t) SELECT sum(x), sum(y) FROM t, u",
      "WITH RECURSIVE sieve(n) AS (SELECT 2 UNION ALL SELECT n + 1 FROM sieve WHERE n < 200)\n"
      "SELECT group_concat(n, ' ') FROM sieve s WHERE NOT EXISTS (SELECT 1 FROM sieve t "
      "WHERE t.n < s.n AND t.n * t.n <= s.n AND s.n % t.n = 0)",
      "SELECT value, start, stop, step FROM seq(5, 25, 5)",
      "SELECT value FROM seq(10, 1, -3)",
      "SELECT count(*), sum(value) FROM seq(1, 100000)",
      "SELECT s.value, e.name FROM seq(1, 4) s LEFT JOIN emp e ON e.id = s.value * 3 ORDER BY 1",
      NULL};
  section("CTEs, recursive queries, table-valued function");
  run_all(s);
}

static void sql_dml(void) {
  section("UPDATE / DELETE / UPSERT / RETURNING / conflicts");
  runc("UPDATE emp SET salary = salary * 1.05 WHERE dept_id = 1");
  runc("UPDATE emp SET level = level + 1, email = lower(name) || '@new.example' "
       "WHERE email IS NULL RETURNING id, name, level, email");
  runc("UPDATE big SET b = -b WHERE id % 1000 = 0");
  runc("UPDATE big SET c = c * 2 FROM (SELECT id AS bid FROM big WHERE a < 20) WHERE big.id = bid");
  runc("DELETE FROM big WHERE id > 24900 AND id % 3 = 0 RETURNING id, a");
  runc("DELETE FROM big WHERE id > 24000 AND id % 3 = 0");
  run("SELECT count(*), sum(b), printf('%.4f', total(c)) FROM big");
  runc("INSERT INTO kv(k, v, n) VALUES ('alpha', 100, 1) ON CONFLICT(k) DO UPDATE SET "
       "v = excluded.v, n = n + 10 RETURNING k, v, n");
  runc("INSERT INTO kv(k, v) VALUES ('zeta', 'new'), ('beta', 'dup') ON CONFLICT DO NOTHING");
  runc("INSERT INTO kv(k, v, n) VALUES ('gamma', 0, 0) ON CONFLICT(k) DO UPDATE SET n = n * 2 "
       "WHERE n > 100");
  run("SELECT k, quote(v), n FROM kv ORDER BY k");
  runc("INSERT OR REPLACE INTO kv VALUES ('beta', 'replaced', 22)");
  runc("INSERT OR IGNORE INTO kv VALUES ('beta', 'ignored', 0), ('eta', 'fresh', 7)");
  runc("REPLACE INTO kv VALUES ('theta', 8, 8)");
  run("SELECT k, quote(v), n FROM kv ORDER BY n, k");
  section("constraint violations");
  runc("INSERT INTO dept(name) VALUES ('engineering')");
  runc("INSERT INTO dept(name, budget) VALUES ('Neg', -5)");
  runc("INSERT INTO emp(name, dept_id, salary) VALUES ('Ghost', 99, 100)");
  runc("INSERT INTO emp(name, dept_id, salary) VALUES (NULL, 1, 100)");
  runc("INSERT INTO emp(name, dept_id, salary) VALUES ('Zero', 1, 0)");
  runc("INSERT INTO emp(name, dept_id, salary, email) VALUES ('Dup', 1, 10, 'alice@corp.example')");
  runc("INSERT INTO strict_t VALUES (1, 'a', 1.5, x'00', 'any')");
  runc("INSERT INTO strict_t VALUES ('12', 13, '2.5', NULL, 3)");
  runc("INSERT INTO strict_t VALUES ('abc', 'b', 1.0, NULL, NULL)");
  runc("INSERT INTO strict_t VALUES (1, 'b', 'xyz', NULL, NULL)");
  run("SELECT a, typeof(a), b, typeof(b), c, typeof(c), hex(d), e, typeof(e) FROM strict_t");
  runc("UPDATE emp SET manager_id = 999 WHERE id = 3");
  runc("INSERT INTO emp(id, name, salary) VALUES (1, 'Clash', 1)");
  runc("INSERT OR FAIL INTO kv VALUES ('iota', 9, 9), ('alpha', 0, 0), ('kappa', 10, 10)");
  run("SELECT k FROM kv WHERE k IN ('iota', 'kappa') ORDER BY k");
  runc("INSERT OR ABORT INTO kv VALUES ('lambda', 11, 11), ('alpha', 0, 0)");
  run("SELECT count(*) FROM kv WHERE k = 'lambda'");
  section("foreign key actions");
  run("SELECT count(*) FROM emp WHERE dept_id = 4");
  runc("DELETE FROM emp WHERE id = 8");
  run("SELECT id, name, manager_id FROM emp WHERE dept_id = 4 ORDER BY id");
  runc("UPDATE dept SET id = 40 WHERE id = 4");
  run("SELECT id, name, dept_id FROM emp WHERE dept_id IN (4, 40) ORDER BY id");
  runc("DELETE FROM dept WHERE id = 40");
  run("SELECT count(*) FROM emp WHERE dept_id = 40");
  run("PRAGMA foreign_key_check");
  run("PRAGMA foreign_key_list(emp)");
}

static void sql_triggers_views(void) {
  static const char *const s[] = {
      "CREATE TRIGGER emp_salary_audit AFTER UPDATE OF salary ON emp\n"
      "WHEN new.salary <> old.salary\n"
      "BEGIN\n"
      "  INSERT INTO audit(ts, action, detail) VALUES ((SELECT count(*) FROM audit), 'salary',\n"
      "    printf('%s: %.2f -> %.2f', new.name, old.salary, new.salary));\n"
      "END",
      "CREATE TRIGGER emp_delete_audit BEFORE DELETE ON emp\n"
      "BEGIN\n"
      "  INSERT INTO audit(ts, action, detail) VALUES ((SELECT count(*) FROM audit), 'delete', old.name);\n"
      "END",
      "CREATE TRIGGER emp_check_name BEFORE INSERT ON emp\n"
      "WHEN new.name GLOB '*[0-9]*'\n"
      "BEGIN\n"
      "  SELECT RAISE(ABORT, 'names must not contain digits');\n"
      "END",
      "CREATE TRIGGER kv_ignore BEFORE INSERT ON kv WHEN new.k LIKE 'tmp%'\n"
      "BEGIN SELECT RAISE(IGNORE); END",
      "CREATE VIEW dept_summary AS\n"
      "  SELECT d.id, d.name, count(e.id) AS staff, coalesce(sum(e.salary), 0) AS payroll\n"
      "  FROM dept d LEFT JOIN emp e ON e.dept_id = d.id GROUP BY d.id",
      "CREATE VIEW senior(id, name, lvl) AS SELECT id, name, level FROM emp WHERE level >= 4",
      "CREATE TRIGGER senior_insert INSTEAD OF INSERT ON senior\n"
      "BEGIN\n"
      "  INSERT INTO emp(name, dept_id, salary, level, hired) VALUES (new.name, 1, 200000, new.lvl, '2024-01-01');\n"
      "END",
      "UPDATE emp SET salary = salary + 1000 WHERE dept_id = 2",
      "UPDATE emp SET salary = salary WHERE dept_id = 3",
      "DELETE FROM emp WHERE name = 'Ivan'",
      "INSERT INTO emp(name, salary) VALUES ('R2D2', 1)",
      "INSERT INTO kv VALUES ('tmp1', 1, 1)",
      "INSERT INTO senior VALUES (NULL, 'Victor', 6)",
      "SELECT id, ts, action, detail FROM audit ORDER BY id",
      "SELECT id, name, staff, printf('%.2f', payroll) FROM dept_summary ORDER BY id",
      "SELECT * FROM senior ORDER BY id",
      "SELECT count(*) FROM kv WHERE k = 'tmp1'",
      "SELECT type, name, tbl_name FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY name",
      NULL};
  section("triggers and views");
  run_all(s);
}

static void sql_transactions(void) {
  static const char *const s[] = {
      "SELECT count(*), sum(n) FROM kv",
      "BEGIN",
      "INSERT INTO kv VALUES ('t1', 1, 100)",
      "SAVEPOINT sp1",
      "INSERT INTO kv VALUES ('t2', 2, 200)",
      "SAVEPOINT sp2",
      "UPDATE kv SET n = n + 1000",
      "SELECT count(*), sum(n) FROM kv",
      "ROLLBACK TO sp2",
      "SELECT count(*), sum(n) FROM kv",
      "RELEASE sp2",
      "ROLLBACK TO sp1",
      "SELECT k FROM kv WHERE k LIKE 't_' ORDER BY k",
      "RELEASE sp1",
      "COMMIT",
      "SELECT count(*), sum(n) FROM kv",
      "BEGIN IMMEDIATE",
      "DELETE FROM big WHERE id <= 10000",
      "SELECT count(*) FROM big",
      "ROLLBACK",
      "SELECT count(*) FROM big",
      "COMMIT",
      "ROLLBACK",
      "SAVEPOINT outer_sp",
      "INSERT INTO kv VALUES ('s1', 's', 1)",
      "RELEASE outer_sp",
      "SELECT k, v FROM kv WHERE k = 's1'",
      "BEGIN",
      "INSERT INTO kv VALUES ('r1', 1, 1)",
      "INSERT OR ROLLBACK INTO kv VALUES ('alpha', 1, 1)",
      "SELECT count(*) FROM kv WHERE k = 'r1'",
      "COMMIT",
      "BEGIN; INSERT INTO kv VALUES ('m1', 1, 1); INSERT INTO kv VALUES ('m1', 2, 2); COMMIT;",
      "SELECT k, v FROM kv WHERE k = 'm1'",
      "ROLLBACK",
      "PRAGMA defer_foreign_keys = ON",
      "BEGIN",
      "INSERT INTO emp(name, dept_id, salary) VALUES ('Later', 77, 1)",
      "COMMIT",
      "INSERT INTO dept(id, name) VALUES (77, 'Deferred')",
      "COMMIT",
      "SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept_id WHERE d.id = 77",
      NULL};
  section("transactions and savepoints");
  run_all(s);
}

static void sql_types(void) {
  static const char *const s[] = {
      "INSERT INTO affinity VALUES ('42', '42', '42', 42, 42, '42')",
      "INSERT INTO affinity VALUES ('4.0', '4.5', '4.50', 4.5, '4.5', 4.5)",
      "INSERT INTO affinity VALUES ('abc', 'abc', '1e3', 1e3, x'41', NULL)",
      "INSERT INTO affinity VALUES (' 7 ', '0x10', '12abc', NULL, 12, ' 12 ')",
      "INSERT INTO affinity VALUES (9223372036854775807, 1e400, '9223372036854775808', -0.0, "
      "'-0.0', 18446744073709551616)",
      "SELECT i, typeof(i), r, typeof(r), n, typeof(n), t, typeof(t), b, typeof(b), x, "
      "typeof(x) FROM affinity ORDER BY rowid",
      "SELECT typeof(1), typeof(1.0), typeof('1'), typeof(x'01'), typeof(NULL), typeof(1e308*10)",
      "SELECT cast('12abc' AS INTEGER), cast('  -7.9e1xyz' AS REAL), cast('abc' AS REAL), "
      "cast(1e20 AS INTEGER), cast(-1e20 AS INTEGER), cast(3.99 AS INTEGER), cast(-3.99 AS INTEGER)",
      "SELECT cast(x'414243' AS TEXT), cast('123' AS BLOB) = x'313233', cast(12.5 AS TEXT), "
      "cast('0x1F' AS INTEGER), cast('1e3' AS NUMERIC), typeof(cast('1e3' AS NUMERIC)), "
      "cast('3.0' AS NUMERIC), typeof(cast('3.0' AS NUMERIC))",
      "SELECT 1 = 1.0, '1' = 1, 1 < '1', x'00' > 'zzz', NULL = NULL, NULL IS NULL, 1 IS NOT 2, "
      "'abc' < 'abd', 'B' < 'a', 'B' < 'a' COLLATE NOCASE",
      "SELECT 9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, "
      "4611686018427387904 * 2, -9223372036854775808 * -1, typeof(9223372036854775807 + 1)",
      "SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)",
      "SELECT total(x), typeof(total(x)) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)",
      "SELECT abs(-9223372036854775808)",
      "SELECT abs(-5), abs(-5.5), abs('-3'), abs(NULL), -(-9223372036854775807 - 1)",
      "SELECT 7 / 2, 7.0 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3, 7.5 % 2, 7 / 0, 7 % 0, 7.0 / 0, "
      "0 / 0.0, -9223372036854775808 / -1, -9223372036854775808 % -1",
      "SELECT 1 << 62, 1 << 63, 1 << 64, -1 >> 1, 5 & 3, 5 | 3, ~5, 1 << -1, 256 >> 4",
      "SELECT 0.1 + 0.2, 0.1 + 0.2 = 0.3, 1e308 * 10, -1e308 * 10, 1e-320, 2.0 / 3.0, "
      "100000000000000000000.0, 123456789.123456789",
      "SELECT round(2.5), round(-2.5), round(3.14159, 3), round(1234.5678, -2), round(0.5), "
      "round(1e300, 2)",
      "SELECT 10 BETWEEN 1 AND 20, 'b' BETWEEN 'a' AND 'c', 5 IN (1, 2, NULL), 5 NOT IN (1, 2, "
      "NULL), 2 IN (1, 2, NULL), NULL IN (), 3 IN ()",
      "SELECT max(1, '2', 3.5), min(1, '2', 3.5), max('a', 'B'), min(x'01', 'a', 1), "
      "max(1, NULL), coalesce(NULL, NULL, 'x')",
      "SELECT likely(1), unlikely(0), likelihood(1, 0.5), quote(zeroblob(3)), hex(zeroblob(5)), "
      "length(zeroblob(1000)), typeof(zeroblob(0))",
      "SELECT hex(x'00FF10'), hex('abc'), hex(123), hex(1.5), hex(NULL), length(x'0000'), "
      "octet_length('héllo'), length('héllo')",
      "SELECT unhex('414243'), unhex('4142zz'), unhex('41-42-43', '-'), hex(unhex('00ff')), "
      "unhex('abc')",
      NULL};
  section("types, affinity, casts and arithmetic");
  run_all(s);
}

static void sql_strings(void) {
  static const char *const s[] = {
      "SELECT substr('Hello, World', 8), substr('Hello, World', 1, 5), substr('Hello', -3), "
      "substr('Hello', -3, 2), substr('Hello', 0, 2), substr('Hello', 2, -1), substr('héllo', 2, 2), "
      "substring('abcdef', 3)",
      "SELECT replace('banana', 'an', 'AN'), replace('aaa', 'a', ''), replace('abc', '', 'x'), "
      "instr('banana', 'nan'), instr('banana', 'x'), instr(x'0102', x'02'), instr('héllo', 'l')",
      "SELECT upper('mixed Case ünï'), lower('MIXED Case ÜNÏ'), length('ünïcode'), "
      "length(NULL), length(123.45), length(x'010203')",
      "SELECT '[' || trim('  pad  ') || ']', '[' || ltrim('  pad  ') || ']', '[' || rtrim('  pad  ') "
      "|| ']', trim('xxhixx', 'x'), ltrim('abcba', 'ab'), rtrim('abcba', 'ab')",
      "SELECT quote('it''s'), quote(12), quote(1.5), quote(NULL), quote(x'ABCD'), quote(1e100)",
      "SELECT char(72, 105, 33), char(0x263A), char(), unicode('A'), unicode('☺'), unicode(''), "
      "unistr('\\u0041\\u00e9\\U0001F600'), hex(char(0x1F600))",
      "SELECT concat('a', NULL, 1, 2.5), concat_ws('-', 'a', NULL, 'b', 3), 'a' || NULL, "
      "'x' || 1 || 2.0",
      "SELECT 'abc' LIKE 'A%', 'abc' LIKE 'a_c', 'a%c' LIKE 'a\\%c' ESCAPE '\\', "
      "'abc' LIKE 'a\\%c' ESCAPE '\\', 'a_c' LIKE 'a#_c' ESCAPE '#', 'abc' NOT LIKE '%b%', "
      "'ÄBC' LIKE 'äbc'",
      "SELECT 'abc' GLOB 'a*', 'abc' GLOB 'A*', 'abc' GLOB 'a?c', 'a*c' GLOB 'a[*]c', "
      "'abc' GLOB '[a-c][!x]?', 'a1' GLOB '*[0-9]', 'x' GLOB '[^x]'",
      "SELECT like('a%', 'ABC'), glob('*.c', 'main.c'), like('a!%', 'a%', '!')",
      "SELECT printf('%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%c|%%', 42, 42, 42, 42, 42, 255, 255, 8, 'Z')",
      "SELECT printf('%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%.20g', 3.14159265358979, 2.675, "
      "-1.5, 2.25, 123456.789, 0.000123, 1e-5, 1e20, 0.1)",
      "SELECT printf('%.20g|%.17g|%.15g|%!.20g|%.0f|%.0e|%#g|%#x', 1.0/3, 2.0/3, 1e300, 0.1, "
      "2.5, 12345.0, 1.0, 255)",
      "SELECT printf('%s|%10s|%-10s|%.2s|%q|%Q|%Q|%w', 'str', 'right', 'left', 'trunc', "
      "'it''s', 'it''s', NULL, 'a\"b')",
      "SELECT printf('%lld|%llx|%,d|%,d|%d', 9223372036854775807, -1, 1234567890, -98765, '12abc')",
      "SELECT format('%s has %d items costing %.2f', 'cart', 3, 19.999), format('%5.1f%%', 99.44), "
      "printf('%c%c%c', 'abc', 'def', 'ghi'), printf('%z', 'zzz'), printf('no args'), printf(NULL)",
      "SELECT printf('%.3s|%.*d|%*d|%-*d|', 'abcdef', 5, 42, 6, 7, 4, 9)",
      "SELECT printf('%e|%e|%g|%g|%f', 0.0, -0.0, 1e100, 1e-100, 1e15), printf('%.5f', 1e-10), "
      "printf('%d', 3.99), printf('%f', 'x')",
      "SELECT group_concat(w, ',') FROM (SELECT 'x' || value AS w FROM seq(1, 12))",
      "INSERT INTO words VALUES ('apple', 1), ('Apple', 2), ('apple  ', 3), ('banana', 4), "
      "('BANANA ', 5), ('cherry', 6), ('Cherry', 7), ('date', 8)",
      "SELECT w, n FROM words WHERE w = 'apple' ORDER BY n",
      "SELECT w, n FROM words WHERE w = 'apple' COLLATE NOCASE ORDER BY n",
      "SELECT w COLLATE NOCASE AS k, count(*), group_concat(n) FROM words GROUP BY k ORDER BY k",
      "SELECT w, n FROM words ORDER BY w COLLATE REVERSE, n",
      "SELECT w, n FROM words ORDER BY w COLLATE BINARY DESC, n",
      "SELECT c_rot13('Hello, World!'), c_rot13(c_rot13('Round Trip')), c_rot13(NULL), "
      "c_describe(1), c_describe(2.5), c_describe('txt'), c_describe(x'0102'), c_describe(NULL)",
      "SELECT changes(), total_changes() > 0, last_insert_rowid()",
      "SELECT sqlite_compileoption_used('ENABLE_FTS5'), sqlite_compileoption_used('ENABLE_RTREE'), "
      "sqlite_compileoption_used('ENABLE_MATH_FUNCTIONS')",
      NULL};
  section("string functions, LIKE/GLOB, printf, collations");
  run_all(s);
}

static void sql_math_dates(void) {
  static const char *const math[] = {
      "SELECT printf('%.6f', sin(1)), printf('%.6f', cos(1)), printf('%.6f', tan(1)), "
      "printf('%.6f', asin(0.5)), printf('%.6f', acos(0.5)), printf('%.6f', atan(1)), "
      "printf('%.6f', atan2(1, -1))",
      "SELECT printf('%.6f', sinh(1)), printf('%.6f', cosh(1)), printf('%.6f', tanh(1)), "
      "printf('%.6f', asinh(1)), printf('%.6f', acosh(2)), printf('%.6f', atanh(0.5))",
      "SELECT pow(2, 10), power(2.5, 2), printf('%.6f', exp(1)), ln(1), log(100), log10(1000), "
      "log(2, 1024), log2(4096), printf('%.6f', sqrt(2)), sqrt(-1)",
      "SELECT ceil(1.2), ceiling(-1.2), floor(-1.2), floor(3), trunc(-2.7), trunc(2.7), "
      "mod(7, 3), mod(-7.5, 2), printf('%.6f', pi()), degrees(pi()), radians(180) = pi(), sign(-3), "
      "sign(0), sign(2.5)",
      "SELECT value, printf('%.6f', sin(value * pi() / 6)), printf('%.6f', pow(value, 0.5)), "
      "printf('%.6f', ln(value)), printf('%.6e', exp(value * 3)) FROM seq(1, 12)",
      "SELECT printf('%.6f', avg(sin(id))), printf('%.6f', sum(sqrt(a))), "
      "printf('%.3f', sum(log(a + 1))) FROM big",
      NULL};
  static const char *const dates[] = {
      "SELECT date('2024-02-29'), date('2024-02-29', '+1 year'), date('2024-01-31', '+1 month'), "
      "date('2023-03-31', '-1 month'), date('2024-03-10', 'weekday 0'), "
      "date('2024-03-15', 'start of month'), date('2024-08-20', 'start of year')",
      "SELECT datetime('2023-06-15 12:34:56'), datetime('2023-06-15 12:34:56', '+90 minutes'), "
      "time('23:59:59', '+2 seconds'), datetime('2000-01-01', '+1000000 seconds'), "
      "datetime('2024-01-01 00:00:00', '-1 day', '+12 hours')",
      "SELECT julianday('2000-01-01'), julianday('2024-06-01 12:00'), "
      "julianday('2024-06-01') - julianday('2024-01-01'), unixepoch('2020-01-01'), "
      "unixepoch('1970-01-02 00:00:01')",
      "SELECT datetime(1700000000, 'unixepoch'), datetime(2451545.0), date(0, 'unixepoch'), "
      "datetime(1e10, 'unixepoch'), datetime(-1, 'unixepoch')",
      "SELECT strftime('%Y-%m-%d %H:%M:%f', '2023-06-15 12:34:56.789'), "
      "strftime('%w %j %W %s %u %%', '2024-12-31 23:59:59'), strftime('%J', '2024-01-01'), "
      "strftime('%d/%m/%Y', '1999-12-31'), strftime('%H:%M', '2024-01-01 07:05')",
      "SELECT date('not a date'), date('2024-13-01'), date('2024-02-30'), time('25:00'), "
      "datetime('2024-01-01T10:20:30Z'), datetime('2024-01-01 10:20:30+02:00')",
      "SELECT timediff('2024-03-01', '2023-01-15'), timediff('2024-01-01 00:00:00', "
      "'2024-01-01 12:30:15.5')",
      "SELECT e.name, e.hired, strftime('%Y', e.hired) AS yr, "
      "CAST(julianday('2025-01-01') - julianday(e.hired) AS INTEGER) AS days, "
      "date(e.hired, '+5 years', 'start of month') AS anniv FROM emp e ORDER BY e.hired",
      "SELECT strftime('%Y-%m', hired) AS m, count(*) FROM emp GROUP BY m HAVING count(*) > 0 "
      "ORDER BY m LIMIT 6",
      "SELECT date('2024-01-01', '+' || value || ' months') FROM seq(0, 11, 2)",
      NULL};
  section("math functions");
  run_all(math);
  section("date and time functions (fixed inputs only)");
  run_all(dates);
}

static void sql_json(void) {
  static const char *const s[] = {
      "SELECT json_object('a', 1, 'b', 2.5, 'c', 'text', 'd', NULL, 'e', json('[1,2]'))",
      "SELECT json_array(1, 'two', 3.0, NULL, json_object('x', 1)), json_array()",
      "SELECT json('  {\"b\":1, \"a\" : [1, 2, {\"c\": null}] } '), json_valid('{\"a\":1}'), "
      "json_valid('{a:1}'), json_valid('[1,2'), json_type('[1, 2.5, \"s\", null, true]', '$[1]')",
      "SELECT json_extract('{\"a\":{\"b\":[10,20,30]}}', '$.a.b[1]'), "
      "json_extract('{\"a\":{\"b\":[10,20,30]}}', '$.a.b[#-1]'), "
      "json_extract('{\"a\":{\"b\":[10,20,30]}}', '$.a'), "
      "json_extract('{\"a\":1,\"b\":2}', '$.a', '$.b'), '{\"x\":{\"y\":5}}' -> '$.x', "
      "'{\"x\":{\"y\":5}}' ->> '$.x.y', '[1,2,3]' ->> 2",
      "SELECT json_insert('{\"a\":1}', '$.b', 2, '$.a', 99), json_replace('{\"a\":1}', '$.a', 'x', "
      "'$.b', 3), json_set('{\"a\":1}', '$.a', 5, '$.c', json('[true]')), "
      "json_remove('[0,1,2,3]', '$[1]', '$[1]'), json_patch('{\"a\":1,\"b\":2}', '{\"b\":null,\"c\":3}')",
      "SELECT json_array_length('[1,2,[3,4]]'), json_array_length('[1,2,[3,4]]', '$[2]'), "
      "json_quote('a\"b'), json_quote(3.5), json_error_position('{\"a\":1,}'), "
      "json_pretty('{\"a\":[1,2],\"b\":{}}')",
      "SELECT key, value, type, atom, path FROM json_each('{\"x\":1,\"y\":[2,3],\"z\":{\"w\":null},\"s\":\"str\"}')",
      "SELECT key, value, type, fullkey, path FROM json_tree('{\"a\":[1,{\"b\":2}],\"c\":3}') ORDER BY id",
      "SELECT json_group_array(name) FROM (SELECT name FROM emp ORDER BY id LIMIT 5)",
      "SELECT json_group_object(name, level) FROM (SELECT name, level FROM emp ORDER BY id LIMIT 5)",
      "SELECT d.name, json_group_array(json_object('n', e.name, 's', e.level)) FROM dept d "
      "JOIN emp e ON e.dept_id = d.id GROUP BY d.id ORDER BY d.id",
      "CREATE TABLE docs_json(id INTEGER PRIMARY KEY, body TEXT)",
      "INSERT INTO docs_json(body) SELECT json_object('n', value, 'sq', value * value, "
      "'tags', json_array('t' || (value % 3), 't' || (value % 5)), 'odd', json(CASE WHEN value % 2 "
      "THEN 'true' ELSE 'false' END)) FROM seq(1, 200)",
      "SELECT count(*), sum(body ->> '$.sq'), sum(body ->> '$.odd') FROM docs_json",
      "SELECT j.value AS tag, count(*) FROM docs_json, json_each(docs_json.body, '$.tags') j "
      "GROUP BY tag ORDER BY count(*) DESC, tag",
      "SELECT id, body FROM docs_json WHERE body ->> '$.sq' BETWEEN 1000 AND 1300 ORDER BY id",
      "SELECT json_extract('{\"a\":1}', '$.b'), json_type('{\"a\":1}', '$.b')",
      "SELECT json_extract('not json', '$')",
      "SELECT hex(jsonb('{\"a\":[1,2]}')), json(jsonb('{\"a\":[1,2]}')), jsonb_extract(jsonb('[5,6]'), '$[1]')",
      NULL};
  section("JSON");
  run_all(s);
}

static void sql_fts5(void) {
  static const char *const s[] = {
      "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61')",
      "INSERT INTO docs(title, body) VALUES\n"
      " ('SQLite overview', 'SQLite is a small fast self-contained SQL database engine'),\n"
      " ('Lua overview', 'Lua is a lightweight embeddable scripting language'),\n"
      " ('Compilers', 'A compiler translates source code into another language such as C'),\n"
      " ('Database indexes', 'Indexes make database queries fast; a B-tree index is common'),\n"
      " ('Full text search', 'FTS5 provides full text search with ranking using bm25'),\n"
      " ('Spatial data', 'The R*Tree module indexes spatial data such as bounding boxes'),\n"
      " ('Testing', 'Testing a compiler on a large database engine like SQLite finds bugs'),\n"
      " ('Cooking', 'Slow cooking is not related to databases or compilers at all'),\n"
      " ('Language design', 'Designing a scripting language: syntax, semantics, and a fast engine'),\n"
      " ('Query planning', 'The query planner picks indexes to make SQL queries fast')",
      "INSERT INTO docs(title, body) SELECT 'generated ' || value, 'filler text number ' || value "
      "|| CASE WHEN value % 7 = 0 THEN ' database' ELSE '' END || CASE WHEN value % 11 = 0 THEN "
      "' compiler engine' ELSE '' END FROM seq(1, 300)",
      "SELECT rowid, title FROM docs WHERE docs MATCH 'database' ORDER BY rank, rowid LIMIT 10",
      "SELECT rowid, title, printf('%.4f', bm25(docs)) FROM docs WHERE docs MATCH 'fast' "
      "ORDER BY bm25(docs), rowid",
      "SELECT rowid, printf('%.4f', bm25(docs, 10.0, 1.0)) FROM docs WHERE docs MATCH "
      "'compiler OR engine' ORDER BY bm25(docs, 10.0, 1.0), rowid LIMIT 12",
      "SELECT rowid, title FROM docs WHERE docs MATCH '\"database engine\"' ORDER BY rowid",
      "SELECT rowid, title FROM docs WHERE docs MATCH 'title:overview' ORDER BY rowid",
      "SELECT rowid FROM docs WHERE docs MATCH 'comp*' ORDER BY rowid LIMIT 8",
      "SELECT rowid FROM docs WHERE docs MATCH 'database NOT fast' ORDER BY rowid LIMIT 8",
      "SELECT rowid FROM docs WHERE docs MATCH 'NEAR(scripting language, 2)' ORDER BY rowid",
      "SELECT rowid, highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH 'fast AND sql' "
      "ORDER BY rowid",
      "SELECT rowid, snippet(docs, 1, '<', '>', '...', 4) FROM docs WHERE docs MATCH 'spatial' "
      "ORDER BY rowid",
      "SELECT count(*) FROM docs WHERE docs MATCH 'filler'",
      "SELECT count(*) FROM docs WHERE docs MATCH 'filler AND database AND compiler'",
      "SELECT rowid FROM docs WHERE docs MATCH '^filler text' ORDER BY rowid LIMIT 3",
      "SELECT * FROM docs WHERE docs MATCH 'AND AND'",
      "DELETE FROM docs WHERE rowid % 2 = 0",
      "UPDATE docs SET body = body || ' updated database' WHERE rowid IN (1, 3, 5)",
      "SELECT rowid, title FROM docs WHERE docs MATCH 'updated' ORDER BY rowid",
      "INSERT INTO docs(docs) VALUES ('optimize')",
      "INSERT INTO docs(docs) VALUES ('integrity-check')",
      "SELECT count(*), sum(rowid) FROM docs WHERE docs MATCH 'database OR compiler OR fast'",
      "CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs, 'row')",
      "SELECT term, doc, cnt FROM docs_vocab WHERE doc > 2 ORDER BY cnt DESC, term LIMIT 12",
      NULL};
  section("FTS5");
  run_all(s);
}

static void sql_rtree(void) {
  static const char *const s[] = {
      "CREATE VIRTUAL TABLE boxes USING rtree(id, minx, maxx, miny, maxy)",
      "INSERT INTO boxes SELECT value, (value * 37) % 1000, (value * 37) % 1000 + value % 50 + 1, "
      "(value * 91) % 1000, (value * 91) % 1000 + value % 30 + 1 FROM seq(1, 3000)",
      "SELECT count(*) FROM boxes",
      "SELECT id, minx, maxx, miny, maxy FROM boxes WHERE minx >= 100 AND maxx <= 140 "
      "AND miny >= 200 AND maxy <= 400 ORDER BY id",
      "SELECT count(*) FROM boxes WHERE maxx >= 500 AND minx <= 520 AND maxy >= 500 AND miny <= 520",
      "SELECT id FROM boxes WHERE maxx >= 0 AND minx <= 10 ORDER BY id LIMIT 10",
      "CREATE VIRTUAL TABLE pts USING rtree_i32(id, x0, x1, y0, y1)",
      "INSERT INTO pts VALUES (1, 0, 10, 0, 10), (2, 5, 15, 5, 15), (3, -20, -10, -20, -10), "
      "(4, 100, 200, 100, 200)",
      "SELECT a.id, b.id FROM pts a, pts b WHERE a.id < b.id AND a.x1 >= b.x0 AND a.x0 <= b.x1 "
      "AND a.y1 >= b.y0 AND a.y0 <= b.y1 ORDER BY 1, 2",
      "INSERT INTO pts VALUES (5, 10, 0, 0, 0)",
      "UPDATE boxes SET maxx = maxx + 1000 WHERE id <= 5",
      "DELETE FROM boxes WHERE id % 10 = 0",
      "SELECT count(*), sum(id), printf('%.1f', sum(maxx - minx)) FROM boxes",
      "SELECT rtreecheck('boxes')",
      NULL};
  section("R*Tree");
  run_all(s);
}

static void sql_pragmas_alter(void) {
  static const char *const s[] = {
      "PRAGMA table_info(emp)",
      "PRAGMA table_xinfo(emp)",
      "PRAGMA index_list(emp)",
      "PRAGMA index_info(emp_name_dept)",
      "PRAGMA index_xinfo(big_grp_b)",
      "PRAGMA index_list(big)",
      "PRAGMA user_version = 42",
      "PRAGMA user_version",
      "PRAGMA application_id = 7",
      "PRAGMA application_id",
      "PRAGMA encoding",
      "PRAGMA page_size",
      "ALTER TABLE words ADD COLUMN note TEXT DEFAULT 'n/a'",
      "ALTER TABLE words RENAME COLUMN n TO num",
      "ALTER TABLE words RENAME TO words2",
      "SELECT w, num, note FROM words2 ORDER BY num LIMIT 3",
      "ALTER TABLE words2 DROP COLUMN note",
      "ALTER TABLE words2 ADD COLUMN bad NOT NULL",
      "ALTER TABLE no_such RENAME TO x",
      "PRAGMA table_info(words2)",
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name LIKE 'words%' ORDER BY name",
      "VACUUM",
      "REINDEX",
      "PRAGMA integrity_check",
      "PRAGMA quick_check",
      "SELECT name FROM pragma_table_info('dept') ORDER BY cid",
      "SELECT count(*) FROM pragma_index_list('big')",
      NULL};
  section("PRAGMAs and ALTER TABLE");
  run_all(s);
}

static void sql_misc_errors(void) {
  static const char *const s[] = {
      "SELECT * FROM missing_table",
      "SELECT nosuchcol FROM emp",
      "SELECT 1 FROM emp WHERE",
      "INSERT INTO emp VALUES (1)",
      "CREATE TABLE emp(x)",
      "SELECT no_such_function(1)",
      "SELECT abs(1, 2)",
      "SELECT json_extract('{', '$')",
      "SELECT c_fib(-1)",
      "SELECT * FROM seq(1, 3) JOIN",
      "DROP TABLE IF EXISTS nothing_here",
      "DROP VIEW senior",
      "SELECT * FROM senior",
      "SELECT count(*) FROM emp e1, emp e2, emp e3",
      "SELECT max(a) FILTER (WHERE b > 0), min(a) FILTER (WHERE b < 0), count(*) FILTER (WHERE "
      "grp LIKE 'A%') FROM big",
      "SELECT 1 WHERE NULL",
      "VALUES (1, 'a'), (2, 'b'), (3, NULL)",
      "SELECT * FROM (VALUES (3), (1), (2)) ORDER BY 1 DESC",
      "SELECT RAISE(IGNORE)",
      "SELECT x'zz'",
      "SELECT 'unterminated",
      "SELECT 1; SELECT 2; SELECT nope; SELECT 4",
      NULL};
  section("misc and error paths");
  run_all(s);
}

static void sql_sections(void) {
  sql_schema();
  sql_big_insert();
  sql_queries();
  sql_cte();
  sql_dml();
  sql_triggers_views();
  sql_transactions();
  sql_types();
  sql_strings();
  sql_math_dates();
  sql_json();
  sql_fts5();
  sql_rtree();
  sql_pragmas_alter();
  sql_misc_errors();
}

static void sql_final(void) {
  section("final checksums");
  run("UPDATE big SET name = upper(name), c = round(c * 3, 3) WHERE id % 17 = 0");
  run("DELETE FROM big WHERE a % 101 = 0");
  run("SELECT count(*), sum(a), sum(b), printf('%.6f', total(c)), sum(length(name)), "
      "count(DISTINCT name) FROM big");
  run("SELECT c_fnv(id || ',' || a || ',' || b || ',' || printf('%.6f', c) || ',' || name || ',' "
      "|| grp) AS fnv FROM (SELECT * FROM big ORDER BY id)");
  run("SELECT sum((id * 2654435761 + a * 40503 + b * 97 + length(name)) % 1000000007) FROM big");
  run("SELECT grp, c_fnv(name) FROM (SELECT grp, name FROM big ORDER BY grp, id) GROUP BY grp "
      "ORDER BY grp");
  run("SELECT c_fnv(quote(k) || quote(v) || n) FROM (SELECT * FROM kv ORDER BY k)");
  run("SELECT c_fnv(id || name || coalesce(dept_id, '-') || printf('%.2f', salary) || level) "
      "FROM (SELECT * FROM emp ORDER BY id)");
  run("PRAGMA integrity_check");
}

static void c_api_formatting(void) {
  char buf[32];
  char *s;
  const char *names[] = {"plain", "it's", "O'Brien's \"quote\"", NULL};
  int i;
  section("sqlite3_mprintf / sqlite3_snprintf");
  for (i = 0; i < 4; i++) {
    s = sqlite3_mprintf("q=[%q] Q=[%Q] w=[%w] s=[%s]", names[i], names[i], names[i],
                        names[i] ? names[i] : "(null)");
    printf("%s\n", s);
    sqlite3_free(s);
  }
  s = sqlite3_mprintf("%d|%5d|%-5d|%05d|%x|%X|%o|%c|%%|%lld|%llu", 42, 42, 42, 42, 255,
                      255, 8, 'Z', (long long)-9223372036854775807LL - 1,
                      (unsigned long long)18446744073709551615ULL);
  printf("%s\n", s);
  sqlite3_free(s);
  s = sqlite3_mprintf("%f|%.2f|%10.3f|%e|%.3E|%g|%G|%.20g|%!.20g|%!.15g|%,d", 3.14159265358979,
                      2.675, -1.5, 123456.789, 0.000123, 1e-5, 1e20, 0.1, 0.1, 1.0 / 3,
                      1234567);
  printf("%s\n", s);
  sqlite3_free(s);
  s = sqlite3_mprintf("%.*s|%-8s|%8s|%z", 3, "abcdef", "left", "right",
                      sqlite3_mprintf("[inner %d]", 7));
  printf("%s\n", s);
  sqlite3_free(s);
  sqlite3_snprintf(sizeof buf, buf, "this string is far too long to fit %d", 12345);
  printf("snprintf truncated: [%s] len=%d\n", buf, (int)strlen(buf));
  sqlite3_snprintf(5, buf, "%s", "abcdefgh");
  printf("snprintf 5: [%s]\n", buf);
  s = sqlite3_mprintf("INSERT INTO t VALUES(%Q, %Q, %lld)", "x'y", (char *)NULL, 99LL);
  printf("%s\n", s);
  sqlite3_free(s);
  printf("strglob=%d strlike=%d stricmp=%d strnicmp=%d\n",
         sqlite3_strglob("a*c?", "abbcd"), sqlite3_strlike("A%c_", "abbcd", 0),
         sqlite3_stricmp("HeLLo", "hello"), sqlite3_strnicmp("abcX", "ABCy", 3));
  {
    const char *tests[] = {"SELECT 1", "SELECT 1;", "SELECT 'abc;", "CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;",
                           "-- comment only\n", "SELECT 1; SELECT", NULL};
    for (i = 0; tests[i]; i++) printf("complete(%d)=%d\n", i, sqlite3_complete(tests[i]));
  }
  printf("libversion_number=%d keyword_count=%d threadsafe=%d\n",
         sqlite3_libversion_number() / 1000000, sqlite3_keyword_count() > 100,
         sqlite3_threadsafe());
  printf("errstr: %s / %s / %s\n", sqlite3_errstr(SQLITE_CONSTRAINT), sqlite3_errstr(SQLITE_BUSY),
         sqlite3_errstr(SQLITE_NOMEM));
}

static void c_api_bind_loop(void) {
  sqlite3_stmt *ins = NULL, *sel = NULL;
  int i, rc;
  section("prepared statements with bound parameters");
  run("CREATE TABLE bound(id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT, b BLOB, n)");
  must(sqlite3_prepare_v2(db, "INSERT INTO bound(i, r, t, b, n) VALUES(?1, ?2, :txt, @blb, $nul)",
                          -1, &ins, NULL),
       "prepare insert");
  if (!ins) return;
  printf("param count=%d names: %s %s %s %s idx(:txt)=%d readonly=%d\n",
         sqlite3_bind_parameter_count(ins), sqlite3_bind_parameter_name(ins, 2),
         sqlite3_bind_parameter_name(ins, 3), sqlite3_bind_parameter_name(ins, 4),
         sqlite3_bind_parameter_name(ins, 5), sqlite3_bind_parameter_index(ins, ":txt"),
         sqlite3_stmt_readonly(ins));
  run("BEGIN");
  for (i = 0; i < 3000; i++) {
    unsigned char blob[8];
    char text[64];
    int k;
    sqlite3_int64 big = (sqlite3_int64)i * 1000003 * 1000003;
    for (k = 0; k < 8; k++) blob[k] = (unsigned char)((i * 31 + k * 7) & 0xff);
    sqlite3_snprintf(sizeof text, text, "row-%04d-%s", i, (i % 3) ? "odd" : "even");
    sqlite3_bind_int64(ins, 1, (i % 7 == 0) ? -big : big);
    sqlite3_bind_double(ins, 2, i / 8.0 - 100.0);
    if (i % 11 == 0) sqlite3_bind_null(ins, 3);
    else sqlite3_bind_text(ins, 3, text, -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob(ins, 4, blob, 1 + i % 8, SQLITE_TRANSIENT);
    if (i % 5 == 0) sqlite3_bind_int(ins, 5, i);
    else if (i % 5 == 1) sqlite3_bind_text(ins, 5, "5.5", -1, SQLITE_STATIC);
    else if (i % 5 == 2) sqlite3_bind_zeroblob(ins, 5, i % 4);
    else sqlite3_bind_null(ins, 5);
    rc = sqlite3_step(ins);
    if (rc != SQLITE_DONE) {
      n_fatal++;
      printf("insert step failed: %s\n", sqlite3_errmsg(db));
    }
    if (i % 500 == 0)
      printf("inserted i=%d rowid=%lld changes=%d\n", i,
             (long long)sqlite3_last_insert_rowid(db), sqlite3_changes(db));
    sqlite3_reset(ins);
    sqlite3_clear_bindings(ins);
  }
  run("COMMIT");
  {
    char *x = sqlite3_expanded_sql(ins);
    printf("expanded after clear: %s\n", x ? x : "(null)");
    sqlite3_free(x);
  }
  sqlite3_finalize(ins);

  must(sqlite3_prepare_v2(db,
                          "SELECT id, i, r, t, b, n, typeof(n) AS tn FROM bound "
                          "WHERE id % ?1 = 0 AND r < ?2 ORDER BY id LIMIT ?3",
                          -1, &sel, NULL),
       "prepare select");
  if (!sel) return;
  printf("sql: %s\ncolumns=%d decltype(1)=%s decltype(6)=%s readonly=%d\n", sqlite3_sql(sel),
         sqlite3_column_count(sel), sqlite3_column_decltype(sel, 1),
         sqlite3_column_decltype(sel, 6) ? sqlite3_column_decltype(sel, 6) : "(null)",
         sqlite3_stmt_readonly(sel));
  for (i = 1; i <= 4; i++) {
    char *x;
    sqlite3_bind_int(sel, 1, 97 * i);
    sqlite3_bind_double(sel, 2, 50.0 * i - 60.0);
    sqlite3_bind_int(sel, 3, 4);
    x = sqlite3_expanded_sql(sel);
    printf("-- %s\n", x);
    sqlite3_free(x);
    while ((rc = sqlite3_step(sel)) == SQLITE_ROW) print_stmt_row(sel);
    sqlite3_reset(sel);
  }
  sqlite3_finalize(sel);
  query("SELECT count(*), sum(i), total(r), count(t), sum(length(b)), count(n), "
        "sum(typeof(n)='blob'), sum(typeof(n)='text'), hex(max(b)) FROM bound");
  query("SELECT typeof(i), count(*) FROM bound GROUP BY 1 ORDER BY 1");

  /* errors through the prepared statement API */
  query("SELECT * FROM no_such_table");
  query("SELECT 1 +");
  query("SELECT c_fib(100)");
  {
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(db, "SELECT ?1", -1, &st, NULL);
    printf("bind out of range rc=%d\n", sqlite3_bind_int(st, 5, 1));
    sqlite3_finalize(st);
  }
}

static void c_api_blob_io(void) {
  sqlite3_blob *bl = NULL;
  unsigned char buf[16];
  int rc, i;
  section("incremental blob I/O");
  run("CREATE TABLE blobs(id INTEGER PRIMARY KEY, data BLOB)");
  run("INSERT INTO blobs VALUES(1, zeroblob(64)), (2, x'00112233445566778899')");
  rc = sqlite3_blob_open(db, "main", "blobs", "data", 1, 1, &bl);
  must(rc, "blob_open");
  if (rc == SQLITE_OK) {
    printf("blob bytes=%d\n", sqlite3_blob_bytes(bl));
    for (i = 0; i < 16; i++) buf[i] = (unsigned char)(i * 17);
    for (i = 0; i < 4; i++) must(sqlite3_blob_write(bl, buf, 16, i * 16), "blob_write");
    printf("write past end rc=%d\n", sqlite3_blob_write(bl, buf, 16, 60));
    must(sqlite3_blob_reopen(bl, 2), "blob_reopen");
    memset(buf, 0, sizeof buf);
    must(sqlite3_blob_read(bl, buf, 10, 0), "blob_read");
    printf("blob 2: ");
    print_hex(buf, 10);
    printf("\n");
    sqlite3_blob_close(bl);
  }
  query("SELECT id, length(data), hex(substr(data, 1, 20)), hex(substr(data, -4)) FROM blobs "
        "ORDER BY id");
}

static void c_api_progress_and_auth(void) {
  section("progress handler / authorizer / interrupt");
  sqlite3_progress_handler(db, 100, progress_cb, NULL);
  progress_calls = 0;
  run("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
      "SELECT count(*) FROM r");
  printf("progress handler stopped query: %s\n", progress_calls >= 50 ? "yes" : "no");
  sqlite3_progress_handler(db, 0, NULL, NULL);

  sqlite3_set_authorizer(db, auth_cb, NULL);
  run("SELECT name, salary FROM emp ORDER BY id LIMIT 3");
  run("DROP TABLE bound");
  sqlite3_set_authorizer(db, NULL, NULL);
  run("SELECT name, salary FROM emp ORDER BY id LIMIT 3");
}

static void c_api_backup(void) {
  sqlite3 *copy = NULL;
  sqlite3_backup *bk;
  sqlite3_stmt *st = NULL;
  int rc;
  section("online backup to a second in-memory database");
  must(sqlite3_open(":memory:", &copy), "open copy");
  bk = sqlite3_backup_init(copy, "main", db, "main");
  if (!bk) {
    n_fatal++;
    printf("backup_init failed: %s\n", sqlite3_errmsg(copy));
  } else {
    int steps = 0;
    do {
      rc = sqlite3_backup_step(bk, 16);
      steps++;
    } while (rc == SQLITE_OK);
    printf("backup done rc=%d multiple_steps=%d\n", rc, steps > 1);
    sqlite3_backup_finish(bk);
  }
  rc = sqlite3_prepare_v2(copy,
                          "SELECT (SELECT count(*) FROM big), (SELECT sum(b) FROM big), "
                          "(SELECT count(*) FROM sqlite_schema WHERE type='table'), "
                          "(SELECT group_concat(name, ',') FROM "
                          "(SELECT name FROM sqlite_schema WHERE type='index' "
                          "AND sql IS NOT NULL ORDER BY name))",
                          -1, &st, NULL);
  if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    printf("copy: ");
    print_stmt_row(st);
  } else {
    n_fatal++;
    printf("copy query failed: %s\n", sqlite3_errmsg(copy));
  }
  sqlite3_finalize(st);
  sqlite3_close(copy);
}

int main(void) {
  int rc;
  rc = sqlite3_open(":memory:", &db);
  if (rc != SQLITE_OK) {
    printf("cannot open database: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  must(sqlite3_create_function(db, "c_rot13", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                               fn_rot13, NULL, NULL),
       "create c_rot13");
  must(sqlite3_create_function(db, "c_fib", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                               fn_fib, NULL, NULL),
       "create c_fib");
  must(sqlite3_create_function_v2(db, "c_describe", 1, SQLITE_UTF8, NULL, fn_describe, NULL,
                                  NULL, NULL),
       "create c_describe");
  must(sqlite3_create_function(db, "c_fnv", 1, SQLITE_UTF8, NULL, NULL, fnv_step, fnv_final),
       "create c_fnv");
  must(sqlite3_create_window_function(db, "c_wsum", 1, SQLITE_UTF8, NULL, wsum_step,
                                      wsum_value, wsum_value, wsum_inverse, NULL),
       "create c_wsum");
  must(sqlite3_create_collation(db, "REVERSE", SQLITE_UTF8, NULL, coll_reverse),
       "create collation");
  must(sqlite3_create_module(db, "seq", &seq_module, NULL), "create module");

  printf("sqlite %s\n", sqlite3_libversion());
  c_api_formatting();
  sql_sections();
  c_api_bind_loop();
  c_api_blob_io();
  c_api_progress_and_auth();
  c_api_backup();
  sql_final();

  printf("\nerrors printed: %d, fatal: %d\n", n_errors, n_fatal);
  rc = sqlite3_close(db);
  printf("close rc=%d\n", rc);
  return n_fatal == 0 && rc == SQLITE_OK ? 0 : 1;
}
