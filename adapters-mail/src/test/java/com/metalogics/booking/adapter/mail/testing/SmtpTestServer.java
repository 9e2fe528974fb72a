package com.metalogics.booking.adapter.mail.testing;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailProxy;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on a free loopback port, started for each test as GreenMail's own
 * JUnit extension does, that answers without Nagle's delay.
 *
 * <p>GreenMail flushes every line of a reply of several lines (EHLO's) on its own. With Nagle's
 * algorithm on, the second line waits until the client acknowledges the first, and the client
 * delays that acknowledgement by 40 ms on Linux: every mail took 40 ms longer to send than the rest
 * of its conversation, which made the reminder suites wait minutes. A real mail server writes such
 * a reply at once, so switching Nagle off on the accepted connections is also closer to the real
 * thing.
 */
public final class SmtpTestServer extends GreenMailProxy
    implements BeforeEachCallback, AfterEachCallback {

  private GreenMail greenMail;

  @Override
  public void beforeEach(ExtensionContext context) {
    greenMail = new NoDelayGreenMail(ServerSetupTest.SMTP.dynamicPort());
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop();
  }

  @Override
  public boolean isRunning() {
    return greenMail != null && greenMail.isRunning();
  }

  @Override
  protected GreenMail getGreenMail() {
    return greenMail;
  }

  private static final class NoDelayGreenMail extends GreenMail {

    NoDelayGreenMail(ServerSetup setup) {
      super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
      Map<String, AbstractServer> services = super.createServices(config, managers);
      services.replaceAll(
          (protocol, server) ->
              server instanceof SmtpServer && !server.getServerSetup().isSecure()
                  ? new NoDelaySmtpServer(server.getServerSetup(), managers)
                  : server);
      return services;
    }
  }

  private static final class NoDelaySmtpServer extends SmtpServer {

    NoDelaySmtpServer(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket socket) {
      try {
        socket.setTcpNoDelay(true);
      } catch (SocketException e) {
        throw new UncheckedIOException(e);
      }
      return super.createProtocolHandler(socket);
    }
  }
}
