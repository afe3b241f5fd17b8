/*
 * CSQLite: the system's libsqlite3 (Debian's libsqlite3-dev). Only LizaStore imports it.
 * Header-only (a SwiftPM systemLibrary target compiles no .c files), so helpers are `static inline`.
 *
 * SQLITE_TRANSIENT is a function-like cast macro that does not import into Swift; binding text
 * through these helpers makes SQLite copy the bytes before the call returns, so Swift's
 * temporary buffers may go away afterwards.
 */
#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

static inline int csqlite_bind_text(sqlite3_stmt *stmt, int index, const char *text, int bytes) {
    return sqlite3_bind_text(stmt, index, text, bytes, SQLITE_TRANSIENT);
}

#endif
