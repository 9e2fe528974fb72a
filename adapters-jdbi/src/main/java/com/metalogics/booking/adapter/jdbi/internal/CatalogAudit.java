package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.port.out.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** {@code catalog_audit}: one row per save, the items before and after as documents. */
final class CatalogAudit {

  private static final DirectStatement INSERT =
      DirectStatement.of(
          "insert catalog audit entry",
          "INSERT INTO catalog_audit (changed_at, actor, kind, item_key, before_item, after_item)"
              + " VALUES (:at, :actor, :kind, :key, :before, :after)");

  private final Map<CatalogKind, CatalogTable<?>> tables;

  CatalogAudit(Map<CatalogKind, CatalogTable<?>> tables) {
    this.tables = tables;
  }

  void insert(Handle handle, AuditEntry entry) {
    CatalogTable<?> table = tables.get(entry.kind());
    Optional<String> before = entry.before().map(table::document);
    String after = table.document(entry.after());
    INSERT.update(
        handle,
        name ->
            switch (name) {
              case "at" -> entry.at();
              case "actor" -> entry.actor();
              case "kind" -> entry.kind().name();
              case "key" -> entry.key();
              case "before" -> before.orElse(null);
              case "after" -> after;
              default -> throw new IllegalArgumentException("No parameter " + name);
            });
  }

  /** Newest first, in the order of the saves (which are serialised), whatever their clocks said. */
  List<AuditEntry> newest(Handle handle, Optional<CatalogKind> kind, int limit) {
    Query query =
        handle
            .createQuery(
                "SELECT * FROM catalog_audit"
                    + (kind.isPresent() ? " WHERE kind = :kind" : "")
                    + " ORDER BY id DESC LIMIT :limit")
            .define(SqlErrors.STATEMENT_NAME, "read catalog audit")
            .bind("limit", limit);
    kind.ifPresent(k -> query.bind("kind", k.name()));
    return query.map((rs, ctx) -> entry(rs)).list();
  }

  private AuditEntry entry(ResultSet rs) throws SQLException {
    CatalogKind kind = CatalogKind.valueOf(rs.getString("kind"));
    CatalogTable<?> table = tables.get(kind);
    Optional<CatalogItem> before =
        Optional.ofNullable(rs.getString("before_item")).<CatalogItem>map(table::fromDocument);
    return new AuditEntry(
        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        kind,
        rs.getString("item_key"),
        before,
        table.fromDocument(rs.getString("after_item")));
  }
}
