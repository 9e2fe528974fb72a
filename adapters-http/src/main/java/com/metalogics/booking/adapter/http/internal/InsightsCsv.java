package com.metalogics.booking.adapter.http.internal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One table of the insights answer as CSV (RFC 4180): a header of the JSON field names, then one
 * line per row. Text that a spreadsheet would run as a formula (lead sources come from visitors'
 * URLs) is prefixed with an apostrophe.
 */
final class InsightsCsv {

  /** A table of the answer: its rows, and the type whose fields are its columns. */
  record Table(
      Function<InsightsJson.Insights, List<? extends Record>> rows, Class<? extends Record> type) {}

  /** The tables, by the name {@code ?table=} uses, which is also their JSON field name. */
  static final Map<String, Table> TABLES =
      Map.of(
          "days", new Table(InsightsJson.Insights::days, InsightsJson.Day.class),
          "popularTimes",
              new Table(InsightsJson.Insights::popularTimes, InsightsJson.PopularTime.class),
          "hosts", new Table(InsightsJson.Insights::hosts, InsightsJson.Host.class),
          "leadSources", new Table(InsightsJson.Insights::leadSources, InsightsJson.Source.class),
          "crmSources", new Table(InsightsJson.Insights::crmSources, InsightsJson.Source.class),
          "vipTiers", new Table(InsightsJson.Insights::vipTiers, InsightsJson.VipTier.class),
          "integrations",
              new Table(InsightsJson.Insights::integrations, InsightsJson.Integration.class));

  private InsightsCsv() {}

  static String write(Table table, InsightsJson.Insights insights) {
    List<? extends Record> rows = table.rows().apply(insights);
    RecordComponent[] columns = table.type().getRecordComponents();
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      csv.append(i == 0 ? "" : ",").append(columns[i].getName());
    }
    csv.append("\r\n");
    for (Record row : rows) {
      for (int i = 0; i < columns.length; i++) {
        csv.append(i == 0 ? "" : ",").append(cell(value(columns[i], row)));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  private static Object value(RecordComponent column, Record row) {
    try {
      return column.getAccessor().invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + column.getName(), e);
    }
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
