package com.metalogics.booking.adapter.jdbi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.port.out.Stored;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * One kind's table: its columns, how an item fills them and how it is read back. The same column
 * values make the audit log's documents, so each kind is mapped once.
 */
abstract class CatalogTable<T extends CatalogItem> {

  /** How a column's value is held: text, an integer, a boolean, or JSON text. */
  enum Type {
    TEXT,
    NUMBER,
    FLAG,
    JSON
  }

  record Column(String name, Type type) {}

  private final CatalogKind kind;
  private final Class<T> itemType;
  private final String table;
  private final List<Column> columns;
  private final DirectStatement insert;
  private final DirectStatement update;

  /**
   * @param columns every column but {@code version}; the first is the key
   */
  CatalogTable(CatalogKind kind, Class<T> itemType, String table, List<Column> columns) {
    this.kind = kind;
    this.itemType = itemType;
    this.table = table;
    this.columns = List.copyOf(columns);
    List<String> names = columns.stream().map(Column::name).toList();
    String key = names.get(0);
    this.insert =
        DirectStatement.of(
            "insert " + kind.label(),
            "INSERT INTO "
                + table
                + " (version, "
                + String.join(", ", names)
                + ") VALUES (:version, "
                + names.stream().map(n -> ":" + n).collect(Collectors.joining(", "))
                + ")");
    this.update =
        DirectStatement.of(
            "update " + kind.label(),
            "UPDATE "
                + table
                + " SET version = :version, "
                + names.stream().skip(1).map(n -> n + " = :" + n).collect(Collectors.joining(", "))
                + " WHERE "
                + key
                + " = :"
                + key
                + " AND version = :expected");
  }

  /** Every column's value for {@code item}: text, {@code Integer} or {@code Boolean}, or null. */
  abstract Map<String, Object> values(T item);

  /** The item whose column values are {@code values}. */
  abstract T item(Values values);

  CatalogKind kind() {
    return kind;
  }

  T cast(CatalogItem item) {
    return itemType.cast(item);
  }

  List<Stored<T>> all(Handle handle, Dialect dialect) {
    return handle
        .createQuery(
            "SELECT * FROM " + table + " ORDER BY " + dialect.byCodePoint(columns.get(0).name()))
        .define(SqlErrors.STATEMENT_NAME, "list " + kind.label())
        .map((rs, ctx) -> stored(rs))
        .list();
  }

  Optional<Stored<T>> find(Handle handle, String key) {
    return handle
        .createQuery("SELECT * FROM " + table + " WHERE " + columns.get(0).name() + " = :key")
        .define(SqlErrors.STATEMENT_NAME, "find " + kind.label())
        .bind("key", key)
        .map((rs, ctx) -> stored(rs))
        .findOne();
  }

  void insert(Handle handle, T item, long version) {
    Map<String, Object> values = new HashMap<>(values(item));
    values.put("version", version);
    insert.update(handle, values::get);
  }

  /** Replaces the stored item if its version is still {@code expected}; true when it was. */
  boolean update(Handle handle, T item, long version, long expected) {
    Map<String, Object> values = new HashMap<>(values(item));
    values.put("version", version);
    values.put("expected", expected);
    return update.update(handle, values::get) == 1;
  }

  /** The item as one JSON object of its column values, JSON columns embedded as JSON. */
  String document(CatalogItem item) {
    Map<String, Object> values = values(cast(item));
    ObjectNode document = CatalogJson.newObject();
    for (Column column : columns) {
      Object value = values.get(column.name());
      if (value != null) {
        switch (column.type()) {
          case TEXT -> document.put(column.name(), (String) value);
          case NUMBER -> document.put(column.name(), (Integer) value);
          case FLAG -> document.put(column.name(), (Boolean) value);
          case JSON -> document.set(column.name(), CatalogJson.tree((String) value));
        }
      }
    }
    return CatalogJson.write(document);
  }

  /** The item that {@link #document} wrote. */
  T fromDocument(String json) {
    JsonNode document = CatalogJson.tree(json);
    Map<String, Object> values = new HashMap<>();
    for (Column column : columns) {
      JsonNode node = document.get(column.name());
      if (node != null && !node.isNull()) {
        values.put(
            column.name(),
            switch (column.type()) {
              case TEXT -> node.textValue();
              case NUMBER -> node.intValue();
              case FLAG -> node.booleanValue();
              case JSON -> node.toString();
            });
      }
    }
    return item(new Values(values));
  }

  private Stored<T> stored(ResultSet rs) throws SQLException {
    Map<String, Object> values = new HashMap<>();
    for (Column column : columns) {
      String name = column.name();
      values.put(
          name,
          switch (column.type()) {
            case TEXT, JSON -> rs.getString(name);
            case NUMBER -> rs.getObject(name, Integer.class);
            case FLAG -> rs.getObject(name, Boolean.class);
          });
    }
    return new Stored<>(item(new Values(values)), rs.getLong("version"));
  }

  /** Column values by name, read back with their types; a missing one is absent. */
  record Values(Map<String, Object> byColumn) {

    String text(String column) {
      return optionalText(column).orElseThrow(() -> missing(column));
    }

    Optional<String> optionalText(String column) {
      return Optional.ofNullable((String) byColumn.get(column));
    }

    int number(String column) {
      Integer value = (Integer) byColumn.get(column);
      if (value == null) {
        throw missing(column);
      }
      return value;
    }

    OptionalInt optionalNumber(String column) {
      Integer value = (Integer) byColumn.get(column);
      return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    boolean flag(String column) {
      Boolean value = (Boolean) byColumn.get(column);
      if (value == null) {
        throw missing(column);
      }
      return value;
    }

    private static IllegalStateException missing(String column) {
      return new IllegalStateException("Stored catalog item lacks " + column);
    }
  }
}
