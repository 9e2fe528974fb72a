package com.metalogics.booking.adapter.jdbi.internal;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.StatementExceptions;

/** The one place the Jdbi instance is configured. */
public final class Jdbis {

  private Jdbis() {}

  public static Jdbi create(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    // SQL here is plain SQL with named parameters; "<" and ">" are comparisons, not templates.
    jdbi.setTemplateEngine(new NoTemplateEngine());
    jdbi.registerArgument(new InstantArgumentFactory());
    // Its default message quotes the bound values (e-mail addresses, names): none in any message.
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return jdbi;
  }
}
